//! What `dossier search` and `s` in the reader accept: words, prefixes (`đàm*`) and
//! "quoted phrases", all required, case and Vietnamese diacritics ignored (`đ` is `d`).
//!
//! A query is folded and cut into words the way article text is (see [`tokens`]), so
//! `Hà Nội`, `ha noi` and `HA NOI` are one query, and a word written with a hyphen or a
//! dot (`NATO-Nga`) is the phrase of its parts. Nothing the user types reaches SQLite as
//! syntax: the FTS5 expression is built from the folded words alone ([`Query::fts`]).

use crate::text::{fold, is_letter_or_digit};

/// One thing the text must hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded words, in order: one word, or a phrase of several.
    pub words: Vec<String>,
    /// The last word may be the start of a longer word (`nga*` finds Nga and Ngay).
    pub prefix: bool,
}

/// A parsed query: every term must be in the article (title or text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    /// Parse what the user typed. Never fails: an unclosed quote runs to the end, stray
    /// `*` and punctuation are ignored; a query of no words is empty.
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        let mut rest = input;
        while !rest.is_empty() {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('"') {
                let (inside, next) = match after.find('"') {
                    Some(end) => (&after[..end], &after[end + 1..]),
                    None => (after, ""),
                };
                terms.extend(term(inside));
                rest = next;
            } else {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '"')
                    .unwrap_or(rest.len());
                terms.extend(term(&rest[..end]));
                rest = &rest[end..];
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The FTS5 MATCH expression: each term a quoted phrase of folded words (`"ha noi"`),
    /// a prefix marked `*`, all of them required (FTS5's implicit AND).
    pub fn fts(&self) -> String {
        self.terms
            .iter()
            .map(|t| {
                let phrase = format!("\"{}\"", t.words.join(" "));
                if t.prefix {
                    phrase + " *"
                } else {
                    phrase
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }
}

impl std::fmt::Display for Query {
    /// The query as understood: `"ha noi" dam*`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<String> = self
            .terms
            .iter()
            .map(|t| {
                let star = if t.prefix { "*" } else { "" };
                if t.words.len() > 1 {
                    format!("\"{}{star}\"", t.words.join(" "))
                } else {
                    format!("{}{star}", t.words.join(" "))
                }
            })
            .collect();
        f.write_str(&shown.join(" "))
    }
}

/// A word or a quoted phrase as one term; `None` when it holds no word.
fn term(text: &str) -> Option<Term> {
    let prefix = text.trim_end().ends_with('*');
    let folded = fold(text);
    let words: Vec<String> = tokens(&folded).map(|(_, w)| w.to_string()).collect();
    (!words.is_empty()).then_some(Term { words, prefix })
}

/// The words of folded text with the char position each starts at: runs of letters and
/// digits, as SQLite's `unicode61` tokenizer cuts them (anything else separates).
pub fn tokens(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = folded.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        // Skip separators.
        let (pos, (start, _)) = loop {
            let (pos, (at, c)) = chars.next()?;
            if is_letter_or_digit(c) {
                break (pos, (at, c));
            }
        };
        let mut end = folded.len();
        while let Some(&(_, (at, c))) = chars.peek() {
            if !is_letter_or_digit(c) {
                end = at;
                break;
            }
            chars.next();
        }
        Some((pos, &folded[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &Query) -> Vec<(Vec<&str>, bool)> {
        q.terms
            .iter()
            .map(|t| (t.words.iter().map(String::as_str).collect(), t.prefix))
            .collect()
    }

    #[test]
    fn words_prefixes_and_phrases_fold_case_and_diacritics() {
        let q = Query::parse("Lavrov  đàm* \"Hội đồng Nga\"");
        assert_eq!(
            words(&q),
            [
                (vec!["lavrov"], false),
                (vec!["dam"], true),
                (vec!["hoi", "dong", "nga"], false)
            ]
        );
        assert_eq!(q.fts(), "\"lavrov\" AND \"dam\" * AND \"hoi dong nga\"");
        assert_eq!(q.to_string(), "lavrov dam* \"hoi dong nga\"");
        assert_eq!(Query::parse("ha noi"), Query::parse("Hà Nội"));
    }

    #[test]
    fn a_hyphenated_word_is_a_phrase_and_syntax_is_never_passed_on() {
        let q = Query::parse("NATO-Nga");
        assert_eq!(words(&q), [(vec!["nato", "nga"], false)]);
        // FTS5 operators and column filters are plain words here; quotes cannot escape.
        let q = Query::parse("title:nga OR \"x\"\" NEAR(a b) -c ^d");
        // `"x"` is a phrase; the quote after it is unclosed and runs to the end.
        assert_eq!(
            q.fts(),
            "\"title nga\" AND \"or\" AND \"x\" AND \"near a b c d\""
        );
    }

    #[test]
    fn nothing_to_search_is_an_empty_query() {
        for s in ["", "   ", "\"", "* - ,", "\"\""] {
            assert!(Query::parse(s).is_empty(), "{s:?}");
        }
        // An unclosed quote runs to the end.
        assert_eq!(
            words(&Query::parse("\"bo ngoai")),
            [(vec!["bo", "ngoai"], false)]
        );
    }

    #[test]
    fn tokens_are_runs_of_letters_and_digits_with_char_positions() {
        let t: Vec<(usize, &str)> = tokens("nga, 12/1 — bac kinh 北约").collect();
        assert_eq!(
            t,
            [
                (0, "nga"),
                (5, "12"),
                (8, "1"),
                (12, "bac"),
                (16, "kinh"),
                (21, "北约")
            ]
        );
    }
}
