//! The actor gazetteer, read from `assets/actors.toml`.

/// Known actors with their names in Vietnamese and other languages.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {}

impl Gazetteer {
    /// The gazetteer bundled in the binary.
    pub fn bundled() -> Self {
        Gazetteer {}
    }
}
