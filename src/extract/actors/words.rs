//! Word-level helpers for finding names: case, Vietnamese syllable shape, the words around a
//! position, and a tokenizer that keeps gazetteer matches whole.

use crate::text::fold;

pub use crate::text::lower_same_len;

/// A letter, digit or combining mark: the characters that make up words.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    crate::text::is_letter_or_digit(c) || crate::text::is_mark(c)
}

/// Whether the word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// An acronym: at least two letters, every letter upper case ("NATO", "G7", "CHDCND").
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| crate::text::is_letter(*c)).count();
    letters >= 2 && word.chars().all(|c| !c.is_lowercase())
}

/// Whether the word is shaped like one Vietnamese syllable (onset, one to three vowels,
/// coda), after dropping diacritics: "Nguyễn", "Nga", "Anh", "Kim"; not "Putin", "Joe".
pub fn is_viet_syllable(word: &str) -> bool {
    // The longest syllable ("nghiêng") has seven letters; f, j, w and z are not Vietnamese.
    let mut letters = 0;
    for c in word.chars() {
        letters += 1;
        if letters > 7
            || matches!(
                c,
                'f' | 'j' | 'w' | 'z' | 'F' | 'J' | 'W' | 'Z' | '-' | '\''
            )
        {
            return false;
        }
    }
    let f = fold(word);
    if f.is_empty() || !f.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    const ONSETS: [&str; 26] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    let rest_ok = |rest: &str| -> bool {
        let vowels = rest.bytes().take_while(|b| b"aeiouy".contains(b)).count();
        if vowels == 0 || vowels > 3 || !VOWEL_NUCLEI.contains(&&rest[..vowels]) {
            return false;
        }
        matches!(
            &rest[vowels..],
            "" | "ng" | "nh" | "ch" | "c" | "m" | "n" | "p" | "t"
        )
    };
    rest_ok(&f)
        || ONSETS
            .iter()
            .any(|o| f.strip_prefix(o).is_some_and(rest_ok))
}

/// The vowels a Vietnamese syllable may hold between its onset and its final, without
/// their marks ("ươ" is "uo", "uyê" "uye"): "Thoeun" ("oeu") and "Neue" are not
/// Vietnamese, "khuỷu" ("uyu") and "ngoẹo" ("oeo") are.
const VOWEL_NUCLEI: [&str; 38] = [
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
    "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ya", "oai", "oay", "oeo", "uay", "uoi",
    "uou", "uya", "uye", "uyu", "ieu", "yeu",
];

/// Whether a position starts a sentence: only spaces and opening quotes or brackets lie
/// between it and the start of the text or a `.`, `!`, `?`, `:` or `…`.
pub fn is_sentence_initial(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            c if c.is_whitespace() => {}
            '"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '(' | '[' => {}
            '.' | '!' | '?' | ':' | '…' => return true,
            _ => return false,
        }
    }
    true
}

/// The byte range of the word right before `start`, when exactly one space separates them.
pub fn prev_word(text: &str, start: usize) -> Option<(usize, usize)> {
    let before = &text[..start];
    let space = before
        .chars()
        .next_back()
        .filter(|c| *c == ' ' || *c == '\u{a0}')?;
    let end = start - space.len_utf8();
    let word_start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    Some((word_start, end))
}

/// The byte range of the word right after `end`, when exactly one space separates them.
pub fn next_word(text: &str, end: usize) -> Option<(usize, usize)> {
    let after = &text[end..];
    let space = after
        .chars()
        .next()
        .filter(|c| *c == ' ' || *c == '\u{a0}')?;
    let start = end + space.len_utf8();
    let len: usize = text[start..]
        .chars()
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((start, start + len))
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A word (letters and digits, with inner hyphens and apostrophes: "Thomas-Greenfield").
    Word,
    /// A gazetteer match: index into the paragraph's hits.
    NameHit(usize),
    /// Any other character that is not a space.
    Punct(char),
}

/// One token of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Exactly one space separates it from the token before.
    pub spaced: bool,
    /// It starts a sentence.
    pub initial: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokKind::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// Split a paragraph into tokens; `hits` (sorted, not overlapping byte ranges) become one
/// token each.
pub fn tokenize(text: &str, hits: &[(usize, usize)]) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut next_hit = 0;
    let mut at_start = true;
    let mut last_end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        let hit = hits.get(next_hit).filter(|h| h.0 <= i);
        let (end, kind) = if let Some(&(hs, he)) = hit {
            next_hit += 1;
            if hs < i {
                continue;
            }
            while chars.peek().is_some_and(|(j, _)| *j < he) {
                chars.next();
            }
            (he, TokKind::NameHit(next_hit - 1))
        } else if c.is_whitespace() {
            chars.next();
            continue;
        } else if is_word_char(c) {
            let limit = hits.get(next_hit).map_or(text.len(), |h| h.0);
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if j >= limit {
                    break;
                }
                let joins = matches!(d, '-' | '\'' | '’')
                    && end > i
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char)
                    && j + d.len_utf8() < limit;
                if !is_word_char(d) && !joins {
                    break;
                }
                chars.next();
                end = j + d.len_utf8();
            }
            (end, TokKind::Word)
        } else {
            chars.next();
            (i + c.len_utf8(), TokKind::Punct(c))
        };
        let gap = &text[last_end..i];
        let spaced = gap == " " || gap == "\u{a0}";
        toks.push(Tok {
            start: i,
            end,
            kind,
            spaced: spaced && !toks.is_empty(),
            initial: at_start,
        });
        match kind {
            TokKind::Punct('.' | '!' | '?' | ':' | '…') => at_start = true,
            TokKind::Punct('"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '(' | '[') => {}
            _ => at_start = false,
        }
        last_end = end;
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowering_keeps_offsets() {
        let s = "Đại sứ Mỹ tại LHQ Linda Thomas-Greenfield";
        let l = lower_same_len(s);
        assert_eq!(l.len(), s.len());
        assert_eq!(l, "đại sứ mỹ tại lhq linda thomas-greenfield");
    }

    #[test]
    fn vietnamese_syllables_are_told_from_foreign_words() {
        for w in [
            "Nguyễn", "Nga", "Anh", "Đức", "Thanh", "Sơn", "Kim", "Mỹ", "Quốc", "Nghiêm", "Khuỷu",
            "Ngoẹo", "Khuya", "Chan",
        ] {
            assert!(is_viet_syllable(w), "{w}");
        }
        for w in [
            "Putin", "Joe", "Olaf", "Grushko", "Kiev", "Tass", "Trump", "Moscow", "Boris",
            "Thoeun", "Neue", "Lee",
        ] {
            assert!(!is_viet_syllable(w), "{w}");
        }
    }

    #[test]
    fn sentence_starts_and_neighbour_words() {
        let p = "Ông nói: “Nga sẽ đáp trả”, ông Ryabkov cho biết.";
        assert!(is_sentence_initial(p, 0));
        assert!(is_sentence_initial(p, p.find("Nga").unwrap()));
        assert!(!is_sentence_initial(p, p.find("Ryabkov").unwrap()));
        let r = p.find("Ryabkov").unwrap();
        assert_eq!(prev_word(p, r).map(|(s, e)| &p[s..e]), Some("ông"));
        assert_eq!(
            next_word(p, r + "Ryabkov".len()).map(|(s, e)| &p[s..e]),
            Some("cho")
        );
        assert_eq!(prev_word(p, p.find("ông").unwrap()), None);
    }

    #[test]
    fn tokens_keep_hyphenated_names_and_hits_whole() {
        let p = "Bà Linda Thomas-Greenfield (Mỹ) nói, Nga-NATO.";
        let nga = p.find("Nga-").unwrap();
        let toks = tokenize(p, &[(nga, nga + 3)]);
        let words: Vec<&str> = toks.iter().map(|t| &p[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "Bà",
                "Linda",
                "Thomas-Greenfield",
                "(",
                "Mỹ",
                ")",
                "nói",
                ",",
                "Nga",
                "-",
                "NATO",
                "."
            ]
        );
        assert!(toks[0].initial && !toks[1].initial);
        assert!(toks[2].spaced && !toks[4].spaced);
        assert_eq!(toks[8].kind, TokKind::NameHit(0));
    }
}
