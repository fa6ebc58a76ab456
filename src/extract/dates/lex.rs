//! Tokens of article text for date matching: words (with a lowercase NFC key), chains of
//! numbers joined by separators (`12/1`, `24.2.2022`, `18:05`) and single symbols.
//!
//! One pass over the bytes, no allocation per token beyond the output vector.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Longest lowercase word (in UTF-8 bytes) kept as a key; every cue word is shorter.
const KEY_CAP: usize = 16;

/// A word lowercased and composed (NFC), kept inline. Longer words have no key.
#[derive(Clone, Copy, Debug)]
pub(super) struct Key {
    buf: [u8; KEY_CAP],
    len: u8,
    long: bool,
}

impl Key {
    fn new(word: &str) -> Key {
        let mut key = Key {
            buf: [0; KEY_CAP],
            len: 0,
            long: word.len() > 4 * KEY_CAP,
        };
        if key.long {
            return key;
        }
        if word.chars().any(is_combining_mark) {
            for c in word.chars().nfc() {
                key.push_lower(c);
            }
        } else {
            for c in word.chars() {
                key.push_lower(c);
            }
        }
        key
    }

    fn push_lower(&mut self, c: char) {
        if let Some(l) = crate::text::lower_latin(c) {
            self.push(l);
            return;
        }
        for l in c.to_lowercase() {
            self.push(l);
        }
    }

    fn push(&mut self, l: char) {
        let n = l.len_utf8();
        let at = self.len as usize;
        if self.long || at + n > KEY_CAP {
            self.long = true;
            return;
        }
        l.encode_utf8(&mut self.buf[at..at + n]);
        self.len += n as u8;
    }

    /// The lowercase word, or `""` when it was too long to keep.
    pub(super) fn as_str(&self) -> &str {
        if self.long {
            return "";
        }
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }
}

/// Most numbers a chain keeps; longer chains are never dates.
pub(super) const MAX_PARTS: usize = 4;

/// Digit runs joined by single separators with digits on both sides: `12/1`,
/// `21/1/2022`, `100.000`, `18:05`, `2,5`, `2020-2021`.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Chain {
    /// The value of each run (saturating), up to [`MAX_PARTS`].
    pub nums: [u32; MAX_PARTS],
    /// How many digits each run has (saturating).
    pub digits: [u8; MAX_PARTS],
    /// The separator after each run but the last.
    pub seps: [u8; MAX_PARTS - 1],
    /// Number of runs, capped at `MAX_PARTS + 1` (more than the arrays hold).
    pub parts: u8,
    /// Attached to letters or signs around it (`G7`, `Su-24`, `9h30`, `10%`,
    /// `15/2020/NĐ-CP`): part of a code or a measure, never a date.
    pub glued: bool,
}

impl Chain {
    /// The single number of a one-run chain that stands alone.
    pub(super) fn single(&self) -> Option<(u32, u8)> {
        (self.parts == 1 && !self.glued).then_some((self.nums[0], self.digits[0]))
    }

    /// The separators in use, or `None` for a chain of more than [`MAX_PARTS`] runs.
    pub(super) fn seps(&self) -> Option<&[u8]> {
        let n = self.parts as usize;
        (1..=MAX_PARTS).contains(&n).then(|| &self.seps[..n - 1])
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Kind {
    Word(Key),
    Num(Chain),
    Sym(char),
}

/// One token and its byte range in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub(super) fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(k) => Some(k.as_str()),
            _ => None,
        }
    }

    pub(super) fn chain(&self) -> Option<&Chain> {
        match &self.kind {
            Kind::Num(c) => Some(c),
            _ => None,
        }
    }

    pub(super) fn sym(&self) -> Option<char> {
        match self.kind {
            Kind::Sym(c) => Some(c),
            _ => None,
        }
    }
}

const CHAIN_SEPS: &[u8] = b"/.-:,";

fn is_word_char(c: char) -> bool {
    crate::text::is_letter(c) || crate::text::is_mark(c)
}

/// Split `text` into tokens; whitespace separates and is dropped.
pub(super) fn tokens(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let (chain, end) = lex_chain(text, i);
            out.push(Tok {
                kind: Kind::Num(chain),
                start: i,
                end,
            });
            i = end;
            continue;
        }
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                let end = word_end(text, i);
                out.push(word_tok(text, i, end));
                i = end;
            } else {
                if !b.is_ascii_whitespace() {
                    out.push(Tok {
                        kind: Kind::Sym(b as char),
                        start: i,
                        end: i + 1,
                    });
                }
                i += 1;
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_word_char(c) {
            let end = word_end(text, i);
            out.push(word_tok(text, i, end));
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    kind: Kind::Sym(c),
                    start: i,
                    end: i + c.len_utf8(),
                });
            }
            i += c.len_utf8();
        }
    }
    out
}

fn word_tok(text: &str, start: usize, end: usize) -> Tok {
    Tok {
        kind: Kind::Word(Key::new(&text[start..end])),
        start,
        end,
    }
}

fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if !b.is_ascii_alphabetic() {
                break;
            }
            i += 1;
            continue;
        }
        match text[i..].chars().next() {
            Some(c) if is_word_char(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// Read a number chain starting at the digit at `start`; returns it and its end.
fn lex_chain(text: &str, start: usize) -> (Chain, usize) {
    let bytes = text.as_bytes();
    let mut chain = Chain::default();
    let mut i = start;
    loop {
        let (value, digits, end) = digit_run(bytes, i);
        let k = chain.parts as usize;
        if k < MAX_PARTS {
            chain.nums[k] = value;
            chain.digits[k] = digits;
        }
        chain.parts = chain.parts.saturating_add(1).min(MAX_PARTS as u8 + 1);
        i = end;
        let joined = bytes.get(i).is_some_and(|s| CHAIN_SEPS.contains(s))
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !joined {
            break;
        }
        let k = chain.parts as usize;
        if k < MAX_PARTS {
            chain.seps[k - 1] = bytes[i];
        }
        i += 1;
    }
    chain.glued = glued_before(text, start) || glued_after(text, i);
    (chain, i)
}

fn digit_run(bytes: &[u8], start: usize) -> (u32, u8, usize) {
    let mut value: u32 = 0;
    let mut digits: u8 = 0;
    let mut i = start;
    while let Some(b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
        value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
        digits = digits.saturating_add(1);
        i += 1;
    }
    (value, digits, i)
}

/// A letter or digit right before, or a separator with one before it (`COVID-19`).
fn glued_before(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        None => false,
        Some(c) if crate::text::is_letter_or_digit(c) || crate::text::is_mark(c) => true,
        Some(c) if c.is_ascii() && b"/.-:,_+#".contains(&(c as u8)) => {
            before.next().is_some_and(crate::text::is_letter_or_digit)
        }
        Some(_) => false,
    }
}

/// A letter, a unit sign, or a separator and a letter right after (`9h`, `10%`, `2020/NĐ`).
fn glued_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        None => false,
        Some(c) if crate::text::is_letter_or_digit(c) || crate::text::is_mark(c) => true,
        Some('%' | '‰' | '°' | '_' | '+' | '#' | '$' | '€' | '£') => true,
        Some('/' | '-') => after.next().is_some_and(crate::text::is_letter_or_digit),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokens(text)
            .iter()
            .filter_map(|t| t.word().map(str::to_owned))
            .collect()
    }

    #[test]
    fn words_are_lowercased_and_composed() {
        assert_eq!(words("Chiều NGÀY Đêm"), ["chiều", "ngày", "đêm"]);
        // NFD "tháng" (a + breve-free acute) composes to the NFC key.
        assert_eq!(words("tha\u{301}ng"), ["tháng"]);
    }

    #[test]
    fn chains_join_digits_across_single_separators() {
        let t = tokens("12/1, 21/1/2022 100.000 18:05");
        let chains: Vec<_> = t.iter().filter_map(Tok::chain).collect();
        assert_eq!(chains.len(), 4);
        assert_eq!(&chains[0].nums[..2], &[12, 1]);
        assert_eq!(chains[1].parts, 3);
        assert_eq!(chains[1].seps().unwrap(), b"//");
        assert_eq!(chains[2].digits[1], 3);
        assert_eq!(chains[3].seps().unwrap(), b":");
        assert!(chains.iter().all(|c| !c.glued));
    }

    #[test]
    fn codes_and_measures_are_glued() {
        for s in [
            "G7",
            "Su-24",
            "COVID-19",
            "9h",
            "10%",
            "15/2020/NĐ-CP",
            "F-16",
        ] {
            let t = tokens(s);
            assert!(
                t.iter().filter_map(Tok::chain).all(|c| c.glued),
                "{s} should be glued"
            );
        }
    }
}
