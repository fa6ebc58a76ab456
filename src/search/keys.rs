//! Match keys: how aliases and queries are folded and cut into words, the cheap
//! subsequence prefilter, and the word-level tier that ranks whole-word and prefix matches
//! above scattered ones.

use crate::text::fold_char_into;

/// The folded form of `s` that the matcher sees: folded like [`crate::text::fold`] (no
/// diacritics, lowercase, `đ` → `d`), with every non-ASCII character that is not a letter or
/// digit (en dash, curly quote, no-break space ...) turned into a space. One char of the key
/// per char of `Folded::new(s).text`, so char positions in the key map back through that
/// `Folded`.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(s, &mut out);
    out
}

/// Append the [`key`] of `s` to `out`.
pub fn push_key(s: &str, out: &mut String) {
    let start = out.len();
    for c in s.chars() {
        fold_char_into(c, out);
    }
    if !out[start..].is_ascii() {
        let folded = out.split_off(start);
        out.extend(folded.chars().map(|c| {
            if c.is_ascii() || c.is_alphanumeric() {
                c
            } else {
                ' '
            }
        }));
    }
}

/// Which kinds of byte a slice holds, one bit each: `a`..=`z`, digits, other ASCII,
/// non-ASCII. If a query byte's bit is missing from a key, the key cannot match.
pub fn byte_classes(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |mask, &b| mask | class_bit(b))
}

fn class_bit(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << 26,
        0x80.. => 1 << 27,
        _ => 1 << 28,
    }
}

/// The [`byte_classes`] of the first byte of each token of a key: a query token can only
/// be a prefix of an alias word that starts with the same byte.
pub fn head_classes(key: &[u8]) -> u32 {
    tokens(key).fold(0, |mask, t| mask | class_bit(t[0]))
}

/// Whether a word whose first byte is `first` may start a word of a key whose
/// [`head_classes`] are `heads`. A separator is never in a word, so it may be anywhere.
pub fn may_start_word(heads: u32, first: u8) -> bool {
    !is_word_byte(first) || heads & class_bit(first) != 0
}

/// A query, folded and cut into words, with what the prefilter and the tiers need.
pub struct Pattern {
    /// Folded words, cut at whitespace; each is matched on its own.
    pub words: Vec<String>,
    /// The letter-and-digit runs of all words, in order ("nga-nato" → nga, nato).
    tokens: Vec<Vec<u8>>,
    /// [`byte_classes`] of all words.
    classes: u32,
    /// [`head_classes`] of all words.
    heads: u32,
}

impl Pattern {
    pub fn new(query: &str) -> Self {
        let words: Vec<String> = key(query)
            .split_ascii_whitespace()
            .map(str::to_owned)
            .collect();
        let tokens: Vec<Vec<u8>> = words
            .iter()
            .flat_map(|w| tokens(w.as_bytes()))
            .map(<[u8]>::to_vec)
            .collect();
        let classes = words.iter().fold(0, |m, w| m | byte_classes(w.as_bytes()));
        let heads = tokens.iter().fold(0, |m, t| m | class_bit(t[0]));
        Pattern {
            words,
            tokens,
            classes,
            heads,
        }
    }

    /// Whether every word's bytes occur in order in `key` (whose [`byte_classes`] are
    /// `classes`). Implied by a fuzzy match, so it never drops one.
    pub fn may_match(&self, key: &[u8], classes: u32) -> bool {
        classes & self.classes == self.classes
            && self.words.iter().all(|w| is_subsequence(w.as_bytes(), key))
    }

    /// The [`Tier`] of `key` (whose [`head_classes`] are `heads`) for this query.
    pub fn tier(&self, key: &[u8], heads: u32) -> Tier {
        if heads & self.heads != self.heads {
            return Tier::Scattered;
        }
        Tier::of(key, &self.tokens)
    }
}

/// Whether a key byte belongs to a word. Keys hold only ASCII and alphanumeric non-ASCII
/// characters, so every non-ASCII byte is part of a letter.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The letter-and-digit runs of a key ("hoi dong nga-nato" → hoi, dong, nga, nato).
pub fn tokens(key: &[u8]) -> impl Iterator<Item = &[u8]> {
    key.split(|b| !is_word_byte(*b)).filter(|t| !t.is_empty())
}

/// Slice equality without a call to `memcmp`: tokens are a few bytes long.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Whether `token` starts with `prefix`, without a call to `memcmp`.
fn starts_with(token: &[u8], prefix: &[u8]) -> bool {
    token.len() >= prefix.len() && same(&token[..prefix.len()], prefix)
}

/// Whether every byte of `needle` occurs in `hay`, in order. On UTF-8 this is implied by the
/// char-level subsequence the fuzzy matcher needs, so it never drops a real match.
pub fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    if needle.len() > hay.len() {
        return false;
    }
    let mut rest = hay.iter();
    needle.iter().all(|n| rest.any(|b| b == n))
}

/// How well the query's tokens line up with an alias's words, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// Letters found somewhere, not all at word starts.
    Scattered = 0,
    /// Every query token starts some word of the alias.
    WordPrefixes = 1,
    /// The alias starts with the query, its last token cut short ("nga" in "Ngân hàng").
    Starts = 2,
    /// Every query token is a whole word of the alias ("nga" in "Hội đồng Nga-NATO").
    WholeWords = 3,
    /// The alias starts with the query's words, whole ("my" in "Mỹ Latinh").
    StartsWithWords = 4,
    /// The alias is exactly the query, punctuation aside.
    Exact = 5,
}

impl Tier {
    pub const COUNT: usize = 6;

    pub const ALL_BEST_FIRST: [Tier; Tier::COUNT] = [
        Tier::Exact,
        Tier::StartsWithWords,
        Tier::WholeWords,
        Tier::Starts,
        Tier::WordPrefixes,
        Tier::Scattered,
    ];

    /// The tier of an alias key for the query's tokens (see [`tokens`]).
    pub fn of<T: AsRef<[u8]>>(key: &[u8], query_tokens: &[T]) -> Tier {
        let Some((last, init)) = query_tokens.split_last() else {
            return Tier::Scattered;
        };
        let mut alias = tokens(key);
        let mut starts = false;
        if init
            .iter()
            .all(|q| alias.next().is_some_and(|at| same(at, q.as_ref())))
        {
            if let Some(at) = alias.next() {
                if same(at, last.as_ref()) {
                    return match alias.next() {
                        None => Tier::Exact,
                        Some(_) => Tier::StartsWithWords,
                    };
                }
                starts = starts_with(at, last.as_ref());
            }
        }
        let mut whole = true;
        for q in query_tokens {
            let q = q.as_ref();
            let mut prefix = false;
            let mut equal = false;
            for at in tokens(key) {
                if same(at, q) {
                    equal = true;
                    break;
                }
                prefix |= starts_with(at, q);
            }
            if !equal && !prefix {
                return Tier::Scattered;
            }
            whole &= equal;
        }
        match (whole, starts) {
            (true, _) => Tier::WholeWords,
            (false, true) => Tier::Starts,
            (false, false) => Tier::WordPrefixes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Folded;

    fn tier(alias: &str, query: &str) -> Tier {
        let k = key(alias);
        let tier = Pattern::new(query).tier(k.as_bytes(), head_classes(k.as_bytes()));
        let q = key(query);
        let q: Vec<&[u8]> = tokens(q.as_bytes()).collect();
        assert_eq!(
            tier,
            Tier::of(k.as_bytes(), &q),
            "the head mask only saves time"
        );
        tier
    }

    #[test]
    fn key_has_one_char_per_folded_char() {
        for s in [
            "Hội đồng Nga – NATO",
            "“Điện Kremlin”",
            "My\u{303}",
            "Søren\u{a0}Ærø",
        ] {
            let k = key(s);
            let f = Folded::new(s);
            assert_eq!(k.chars().count(), f.text.chars().count(), "{s}");
        }
        assert_eq!(key("Hội đồng Nga – NATO"), "hoi dong nga   nato");
    }

    #[test]
    fn query_words_fold_and_split() {
        assert_eq!(Pattern::new("  Mỹ   Latinh ").words, vec!["my", "latinh"]);
        assert!(Pattern::new(" \t").words.is_empty());
    }

    #[test]
    fn prefilter_needs_every_word_in_order() {
        let k = key("Hội đồng Nga-NATO");
        let classes = byte_classes(k.as_bytes());
        let may = |q: &str| Pattern::new(q).may_match(k.as_bytes(), classes);
        assert!(may("hdn"));
        assert!(may("nato hoi"));
        assert!(!may("nato z"));
        assert!(!may("ndh"));
    }

    #[test]
    fn subsequence_is_ordered() {
        assert!(is_subsequence(b"lvr", b"sergei lavrov"));
        assert!(!is_subsequence(b"rvl", b"sergei lavrov"));
        assert!(!is_subsequence(b"abc", b"ab"));
    }

    #[test]
    fn tiers_rank_word_matches_over_scattered_ones() {
        assert_eq!(tier("Mỹ", "my"), Tier::Exact);
        assert_eq!(tier("Hội đồng Nga-NATO", "hoi dong nga nato"), Tier::Exact);
        assert_eq!(tier("Mỹ Latinh", "my"), Tier::StartsWithWords);
        assert_eq!(tier("Hội đồng Nga-NATO", "hoi dong n"), Tier::Starts);
        assert_eq!(tier("Ngân hàng Nhà nước", "nga"), Tier::Starts);
        assert_eq!(tier("Hội đồng Nga-NATO", "nga"), Tier::WholeWords);
        assert_eq!(
            tier("Hội đồng NATO-Nga", "hoi dong nga nato"),
            Tier::WholeWords
        );
        assert_eq!(tier("Jens Stoltenberg", "stol"), Tier::WordPrefixes);
        assert_eq!(tier("Maksim Samorukov", "my"), Tier::Scattered);
        assert_eq!(tier("Nguyễn Văn An", "nga"), Tier::Scattered);
    }
}
