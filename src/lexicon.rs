//! Where words live. Every word list the cleaner and the extractor read is in `assets/`
//! as a named, commented TOML list ("widget_words", "english_months", "company_heads");
//! the code holds the grammar (which words may stand where), the files hold the words.
//! This module has what the stages share to read them: a bundled file that fails to parse
//! stops with its name, and a small sorted set for exact lookups on hot paths.

use crate::state::fnv::Fnv;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::hash::BuildHasherDefault;

type FastMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
type FastSet = HashSet<String, BuildHasherDefault<Fnv>>;

thread_local! {
    /// The key a phrase lookup builds, kept between lookups.
    static KEY: RefCell<String> = const { RefCell::new(String::new()) };
}

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

/// A set of phrases of one or more lower-case words ("tổng thống", "cho biết", "người phát
/// ngôn"), looked up whole or by the words of a token run, with a quick test on the first
/// word (most lookups stop there). The one phrase set of the actor finder's and the quote
/// finder's lists; a phrase is kept with diacritics ([`crate::text::lower_same_len`]):
/// "bà" is a title, "ba" a number.
#[derive(Clone, Debug, Default)]
pub struct PhraseSet {
    /// Each phrase, words joined by one space, to its first index in the list.
    set: FastMap<usize>,
    firsts: FastSet,
    max_words: usize,
}

impl PhraseSet {
    pub fn new<S: AsRef<str>>(items: &[S]) -> Self {
        let mut p = PhraseSet::default();
        for (i, item) in items.iter().enumerate() {
            let key = normalise(item.as_ref());
            p.max_words = p.max_words.max(key.split(' ').count());
            p.firsts
                .insert(key.split(' ').next().unwrap_or("").to_string());
            p.set.entry(key).or_insert(i);
        }
        p
    }

    /// Whether `phrase` (lower case, single spaces) is in the set.
    pub fn contains(&self, phrase: &str) -> bool {
        self.set.contains_key(phrase)
    }

    /// Whether some phrase starts with the lower-case word `word`.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.firsts.contains(word)
    }

    /// The most words any phrase has.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// The longest phrase that `words` starts with: its length in words and its index in
    /// the list.
    pub fn longest(&self, words: &[&str]) -> Option<(usize, usize)> {
        self.longest_of(words.iter().copied())
    }

    /// As [`PhraseSet::longest`], over any run of words.
    pub fn longest_of<'w>(
        &self,
        mut words: impl Iterator<Item = &'w str>,
    ) -> Option<(usize, usize)> {
        let first = words.next()?;
        if !self.firsts.contains(first) {
            return None;
        }
        KEY.with(|k| {
            let mut key = k.borrow_mut();
            key.clear();
            key.push_str(first);
            let mut best = self.set.get(key.as_str()).map(|&i| (1, i));
            for (n, w) in words.take(self.max_words.saturating_sub(1)).enumerate() {
                key.push(' ');
                key.push_str(w);
                if let Some(&i) = self.set.get(key.as_str()) {
                    best = Some((n + 2, i));
                }
            }
            best
        })
    }

    /// Whether the words are exactly one phrase of the set.
    pub fn contains_words(&self, words: &[&str]) -> bool {
        !words.is_empty() && self.longest(words).is_some_and(|(n, _)| n == words.len())
    }
}

/// A phrase as the sets keep it: words joined by one space, lower case, diacritics kept.
pub fn normalise(s: &str) -> String {
    crate::text::lower_same_len(&s.split_whitespace().collect::<Vec<_>>().join(" "))
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
    fn a_phrase_set_finds_the_longest_phrase_a_run_starts_with() {
        let s = PhraseSet::new(&["cho biết", "Cho", "người  phát ngôn"]);
        assert!(s.contains("cho biết") && s.contains("người phát ngôn") && !s.contains("biết"));
        assert!(s.starts_with_word("người") && !s.starts_with_word("phát"));
        assert_eq!(s.longest(&["cho", "biết", "rằng"]), Some((2, 0)));
        assert_eq!(s.longest(&["cho", "hay"]), Some((1, 1)));
        assert!(s.contains_words(&["cho"]) && !s.contains_words(&["cho", "hay"]));
        assert_eq!(s.max_words(), 3);
    }

    #[test]
    #[should_panic(expected = "assets/x.toml does not parse")]
    fn a_broken_bundled_file_stops_with_its_name() {
        bundled::<(), _>("x.toml", Err("line 1: expected `=`"));
    }
}
