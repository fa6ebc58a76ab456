//! Small text helpers shared by the domain modules: diacritic folding and sentences.

use std::ops::Range;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// `char::is_alphabetic`, answered without a table lookup for ASCII and the Latin blocks
/// Vietnamese is written in (the hot path of every tokenizer here).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric` with the same fast path.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// `is_combining_mark`, answered at once for ASCII and precomposed Latin letters.
#[inline]
pub fn is_mark(c: char) -> bool {
    match c as u32 {
        0..=0x2FF | 0x1E00..=0x1EFF => false,
        _ => is_combining_mark(c),
    }
}

/// Fold one character for matching: `đ`/`Đ` → `d`, drop Vietnamese (and other) diacritics,
/// lowercase. Pushes nothing for a lone combining mark.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(b) = latin_fold(c) {
        out.push(b as char);
        return;
    }
    fold_slow(c, out);
}

/// The ASCII letter a non-ASCII character folds to, when it folds to exactly one (every
/// Vietnamese letter does): [`fold_char_into`] without a string, for tokenizers that hash
/// as they fold. `None`: ask [`fold_char_into`].
#[inline]
pub fn fold_to_ascii(c: char) -> Option<u8> {
    latin_fold(c)
}

/// The general rule, for any character.
fn fold_slow(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if is_mark(c) => {}
        c => decompose_canonical(c, |d| {
            if !is_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// The Latin blocks Vietnamese is written in (U+00C0–U+024F, U+1E00–U+1EFF), folded once
/// into a table: the ASCII letter a character folds to, when it folds to exactly one.
const LATIN_A: std::ops::RangeInclusive<u32> = 0xC0..=0x24F;
const LATIN_EXT: std::ops::RangeInclusive<u32> = 0x1E00..=0x1EFF;
const LATIN_A_LEN: u32 = 0x250 - 0xC0;

#[inline]
fn latin_fold(c: char) -> Option<u8> {
    static TABLE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        LATIN_A
            .chain(LATIN_EXT)
            .map(|u| {
                let mut s = String::new();
                if let Some(ch) = char::from_u32(u) {
                    fold_slow(ch, &mut s);
                }
                match s.as_bytes() {
                    [b] if b.is_ascii() => *b,
                    _ => 0,
                }
            })
            .collect()
    });
    table.get(latin_index(c)?).copied().filter(|b| *b != 0)
}

/// Where a character of the Latin blocks sits in their tables.
#[inline]
fn latin_index(c: char) -> Option<usize> {
    let u = c as u32;
    let index = if LATIN_A.contains(&u) {
        u - LATIN_A.start()
    } else if LATIN_EXT.contains(&u) {
        u - LATIN_EXT.start() + LATIN_A_LEN
    } else {
        return None;
    };
    Some(index as usize)
}

/// The lowercase of an ASCII or Latin (U+00C0–U+024F, U+1E00–U+1EFF) character, from a
/// table, when it is one character; `None` for anything else (ask `char::to_lowercase`).
#[inline]
pub fn lower_latin(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        LATIN_A
            .chain(LATIN_EXT)
            .map(|u| {
                let c = char::from_u32(u).unwrap_or('\0');
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(one), None) => one,
                    _ => '\0',
                }
            })
            .collect()
    });
    table.get(latin_index(c)?).copied().filter(|l| *l != '\0')
}

/// The month a Vietnamese month name stands for, from its folded words: "Một"/"Giêng" → 1,
/// "Hai" → 2, …, "Mười" → 10, "Mười một" → 11, "Mười hai"/"Chạp" → 12. Returns the month
/// and how many of `words` it took.
pub fn month_name(words: &[&str]) -> Option<(u8, usize)> {
    let m = match *words.first()? {
        "mot" | "gieng" => 1,
        "hai" => 2,
        "ba" => 3,
        "tu" => 4,
        "nam" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        "chap" => 12,
        "muoi" => {
            return Some(match words.get(1) {
                Some(&"mot") => (11, 2),
                Some(&"hai") => (12, 2),
                _ => (10, 1),
            })
        }
        _ => return None,
    };
    Some((m, 1))
}

/// Lower-case `s` character by character, keeping every byte offset: a character whose
/// lower case has another UTF-8 length (rare outside Latin script) is kept as it is.
pub fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(l) = lower_latin(c) {
            out.push(if l.len_utf8() == c.len_utf8() { l } else { c });
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// A closing quotation mark or bracket ("”", "»", ")"): what may follow the last word of a
/// sentence ("… đáp trả.”"). The punctuation classes live here, once, as `matches!` (the
/// cleaner asks them of every line).
#[inline]
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | '»' | ']')
}

/// An opening quotation mark or bracket ("“", "«", "("): what may come before a first word.
#[inline]
pub fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '«' | '[')
}

/// A quotation mark, opening or closing ("“…”", "«…»").
#[inline]
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '\'')
}

/// Whether the word `w` is a single character among `marks` ("–" of `['-', '–', '—']`):
/// a dash or a bar standing alone between words.
pub fn is_one_of(w: &str, marks: &[char]) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| marks.contains(&c)) && chars.next().is_none()
}

/// Fold a whole string (see [`fold_char_into`]).
pub fn fold(s: &str) -> String {
    fold_prefix(s, usize::MAX)
}

/// Fold the first `chars` characters of a string.
pub fn fold_prefix(s: &str, chars: usize) -> String {
    let mut out = String::with_capacity(s.len().min(chars.saturating_mul(2)));
    for c in s.chars().take(chars) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char_into(c, &mut out);
        }
    }
    out
}

/// A folded string that remembers where each of its characters came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// For each char of `text`, the byte range in the original string of the grapheme it
    /// came from (a base character and the combining marks after it).
    pub origin: Vec<Range<usize>>,
}

impl Folded {
    pub fn new(s: &str) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut origin: Vec<Range<usize>> = Vec::with_capacity(s.len());
        let mut buf = String::new();
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            if is_combining_mark(c) {
                // Extend the grapheme the previous folded chars came from.
                if let Some(last) = origin.last().map(|r| r.start) {
                    for r in origin.iter_mut().rev() {
                        if r.start != last {
                            break;
                        }
                        r.end = end;
                    }
                }
                continue;
            }
            buf.clear();
            fold_char_into(c, &mut buf);
            for f in buf.chars() {
                text.push(f);
                origin.push(i..end);
            }
        }
        Folded { text, origin }
    }

    /// Map char positions in the folded text back to byte ranges in the original, merged
    /// where they touch, in order.
    pub fn original_ranges(&self, char_positions: &[usize]) -> Vec<Range<usize>> {
        let mut pos: Vec<usize> = char_positions.to_vec();
        pos.sort_unstable();
        let mut out: Vec<Range<usize>> = Vec::new();
        for p in pos {
            let Some(r) = self.origin.get(p) else {
                continue;
            };
            match out.last_mut() {
                Some(last) if last.end >= r.start => last.end = last.end.max(r.end),
                _ => out.push(r.clone()),
            }
        }
        out
    }
}

/// The byte range of the sentence around `at` in a paragraph: from after the previous
/// `.`, `!`, `?` or `…` that is followed by a space, to the next one (inclusive).
pub fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let at = at.min(text.len());
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| -> bool {
        // `i` is the byte index of a terminator; a sentence ends there when what follows
        // is a space (or the end) and, for '.', the thing before is not a single digit/abbrev
        let next_is_space = bytes.get(i + 1).is_none_or(|b| *b == b' ');
        if !next_is_space {
            return false;
        }
        if bytes[i] == b'.' {
            // "TP. Hồ Chí Minh", "ông A. Smith": a one-letter word before the dot is no end.
            let before = text[..i].rsplit(' ').next().unwrap_or("");
            if before.chars().count() <= 1 || before == "TP" || before == "St" {
                return false;
            }
        }
        true
    };
    // Walk back from `at` to the terminator that ends the previous sentence.
    let mut start = 0;
    for (i, c) in text[..at].char_indices().rev() {
        if matches!(c, '.' | '!' | '?') && ends_sentence(i) {
            start = i + 1;
            break;
        }
    }
    while start < text.len() && bytes[start] == b' ' {
        start += 1;
    }
    let mut end = text.len();
    for (i, c) in text[at..].char_indices() {
        let i = at + i;
        if matches!(c, '.' | '!' | '?') && ends_sentence(i) {
            end = i + 1;
            // Keep a closing quote with its sentence.
            let rest = &text[end..];
            if let Some(q) = rest
                .chars()
                .next()
                .filter(|q| matches!(q, '"' | '”' | '’' | ')'))
            {
                end += q.len_utf8();
            }
            break;
        }
    }
    start.min(end)..end
}

/// Letters, all of them capitals: "THỦ TƯỚNG", "QUYẾT NGHỊ:", "TGVN".
pub fn is_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Reads a string field back from the cache, checking it is UTF-8 with SIMD
/// (`simdutf8`) instead of `std::str::from_utf8`, which a warm load spent a sixth of its
/// time in on Vietnamese text (every letter with a mark is two or three bytes). Used as
/// `#[serde(deserialize_with = "crate::text::de_string")]` on the long text fields;
/// any serde format that gives a string as a string or as bytes works.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct P {
///     #[serde(deserialize_with = "dossier::text::de_string")]
///     text: String,
/// }
/// let p: P = serde_json::from_str(r#"{"text": "Hà Nội"}"#).unwrap();
/// assert_eq!(p.text, "Hà Nội");
/// assert!(serde_json::from_slice::<P>(b"{\"text\": \"\xff\"}").is_err());
/// ```
pub fn de_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a UTF-8 string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<String, E> {
            Ok(s.to_owned())
        }
        fn visit_string<E: serde::de::Error>(self, s: String) -> Result<String, E> {
            Ok(s)
        }
        fn visit_bytes<E: serde::de::Error>(self, b: &[u8]) -> Result<String, E> {
            simdutf8::basic::from_utf8(b)
                .map(str::to_owned)
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Bytes(b), &self))
        }
        fn visit_byte_buf<E: serde::de::Error>(self, b: Vec<u8>) -> Result<String, E> {
            String::from_utf8(b)
                .map_err(|e| E::invalid_value(serde::de::Unexpected::Bytes(e.as_bytes()), &self))
        }
    }
    d.deserialize_bytes(Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latin_lowercase_table_agrees_with_the_standard_library() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            if let Some(l) = lower_latin(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c}");
            }
        }
        assert_eq!(lower_latin('Ấ'), Some('ấ'));
        assert_eq!(lower_latin('Đ'), Some('đ'));
        assert_eq!(lower_latin('İ'), None);
    }

    #[test]
    fn fast_letter_tests_agree_with_the_standard_library() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_mark(c), is_combining_mark(c), "{c:?}");
        }
    }

    #[test]
    fn the_latin_table_folds_like_the_general_rule() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char_into(c, &mut fast);
            if c.is_ascii() {
                slow.push(c.to_ascii_lowercase());
            } else {
                fold_slow(c, &mut slow);
            }
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    #[test]
    fn folding_drops_vietnamese_marks_and_case() {
        assert_eq!(fold("Mỹ"), "my");
        assert_eq!(fold("Điện Kremlin"), "dien kremlin");
        assert_eq!(fold("Hội đồng Nga-NATO"), "hoi dong nga-nato");
        assert_eq!(fold("António Guterres"), "antonio guterres");
    }

    #[test]
    fn folded_positions_map_back_to_whole_graphemes() {
        let nfc = "Mỹ";
        let f = Folded::new(nfc);
        assert_eq!(f.text, "my");
        assert_eq!(f.original_ranges(&[1]), vec![1..nfc.len()]);
        // NFD: y + tilde + dot below; the highlight must cover the marks too.
        let nfd = "My\u{303}\u{323}";
        let f = Folded::new(nfd);
        assert_eq!(f.text, "my");
        assert_eq!(f.original_ranges(&[0, 1]), vec![0..nfd.len()]);
    }

    #[test]
    fn sentence_around_a_date() {
        let p = "Đây là câu một. Chiều 12/1, cuộc họp khai mạc ở Brussels. Câu ba.";
        let r = sentence_around(p, p.find("12/1").unwrap());
        assert_eq!(&p[r], "Chiều 12/1, cuộc họp khai mạc ở Brussels.");
    }
}
