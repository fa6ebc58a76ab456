//! Where words live. Every word list the cleaner and the extractor read is in `assets/`
//! as a named, commented TOML list ("widget_words", "english_months", "company_heads");
//! the code holds the grammar (which words may stand where), the files hold the words.
//! This module has what the stages share to read them: a bundled file that fails to parse
//! stops with its name, and a small sorted set for exact lookups on hot paths.

use std::fmt::Display;

/// A bundled asset as parsed at first use. The files are compiled in, so one that does not
/// parse is a bug of the build: every loader has a unit test that parses its file, and here
/// the program stops naming the file ("assets/boilerplate.toml does not parse: …") rather
/// than run on with empty lists and quietly keep every widget line.
pub fn bundled<T, E: Display>(file: &str, parsed: Result<T, E>) -> T {
    parsed.unwrap_or_else(|e| panic!("the bundled assets/{file} does not parse: {e}"))
}

/// A small set of strings ("img", "ảnh minh họa") for exact lookups: sorted, searched by
/// halves, and a string longer than every entry is answered without a comparison. As fast
/// as the `matches!` of string literals it replaces, and the words stay in `assets/`.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    items: Box<[Box<str>]>,
    max_len: usize,
}

impl WordSet {
    /// The set of `items`, each as given (the caller folds or lowers them first).
    pub fn new<I, S>(items: I) -> WordSet
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut v: Vec<Box<str>> = items.into_iter().map(|s| s.into().into()).collect();
        v.sort_unstable();
        v.dedup();
        let max_len = v.iter().map(|s| s.len()).max().unwrap_or(0);
        WordSet {
            items: v.into_boxed_slice(),
            max_len,
        }
    }

    /// The set of `items` folded ("Ảnh minh họa" → "anh minh hoa"), to look folded text up.
    pub fn folded<S: AsRef<str>>(items: &[S]) -> WordSet {
        WordSet::new(items.iter().map(|s| crate::text::fold(s.as_ref())))
    }

    pub fn contains(&self, s: &str) -> bool {
        s.len() <= self.max_len && self.items.binary_search_by(|w| (**w).cmp(s)).is_ok()
    }

    /// The entries, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|s| &**s)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_finds_its_words_and_only_them() {
        let s = WordSet::folded(&["Ảnh", "hình ảnh", "img"]);
        assert!(s.contains("anh") && s.contains("hinh anh") && s.contains("img"));
        assert!(!s.contains("hinh") && !s.contains("anh minh hoa") && !s.contains(""));
        assert_eq!(s.len(), 3);
    }

    #[test]
    #[should_panic(expected = "assets/x.toml does not parse")]
    fn a_broken_bundled_file_stops_with_its_name() {
        bundled::<(), _>("x.toml", Err("line 1: expected `=`"));
    }
}
