//! The bundled default corpus, embedded so that `dossier` with no argument works anywhere.

use super::SourceFile;

const FILES: [(&str, &str); 5] = [
    (
        "000_4bc8bb57eeb0e8ac.txt",
        include_str!("../../assets/corpus/000_4bc8bb57eeb0e8ac.txt"),
    ),
    (
        "001_2c8f21b71f9a2bec.txt",
        include_str!("../../assets/corpus/001_2c8f21b71f9a2bec.txt"),
    ),
    (
        "002_04c48dc39d6a4aed.txt",
        include_str!("../../assets/corpus/002_04c48dc39d6a4aed.txt"),
    ),
    (
        "003_bb64801ae19f6d5c.txt",
        include_str!("../../assets/corpus/003_bb64801ae19f6d5c.txt"),
    ),
    (
        "004_eb87d9dc229bc997.txt",
        include_str!("../../assets/corpus/004_eb87d9dc229bc997.txt"),
    ),
];

/// The bundled articles, decoded like any other corpus file.
pub fn bundled() -> Vec<SourceFile> {
    FILES
        .iter()
        .filter_map(|(name, text)| {
            let decoded = super::decode(text.as_bytes()).ok()?;
            Some(SourceFile {
                name: (*name).to_string(),
                text: decoded.text,
                ..Default::default()
            })
        })
        .collect()
}
