//! Actor ids: ASCII slugs of names ("Sergei Lavrov" → "sergei-lavrov", "Mỹ" → "my").

use crate::text::fold;
use std::collections::HashSet;

/// Lower-case ASCII letters and digits of the name without diacritics, dash-separated.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("actor");
    }
    out
}

/// Slugs for `names` in order, made unique by a "-2", "-3" ... suffix where they clash.
pub fn unique_slugs<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = HashSet::new();
    let mut out = Vec::new();
    for name in names {
        let base = slug(name);
        let mut id = base.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        out.push(id);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_unique() {
        assert_eq!(slug("Sergei Lavrov"), "sergei-lavrov");
        assert_eq!(slug("Hội đồng Nga-NATO"), "hoi-dong-nga-nato");
        assert_eq!(slug("Mỹ"), "my");
        assert_eq!(slug("Điện Kremlin"), "dien-kremlin");
        assert_eq!(unique_slugs(["Mỹ", "My", "MY"]), ["my", "my-2", "my-3"]);
    }
}
