//! A paragraph cut into words and marks, its quoted spans found, and its sentences.

use super::lists::Lists;
use crate::extract::actors::words::is_word_char;
use crate::model::Mention;
use std::ops::Range;

/// One word or punctuation mark of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// `None` for a word.
    pub punct: Option<char>,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Holds a digit ("21/12", "2022").
    pub digit: bool,
    /// The mention (index into the paragraph's mentions) this word is part of.
    pub mention: Option<usize>,
    /// Where its lower-case form starts in the paragraph's `lower` (capitalised words only;
    /// others are lower case as written).
    pub low: u32,
}

/// `Tok::low` of a word that needs no lower-casing.
const AS_WRITTEN: u32 = u32::MAX;

impl Tok {
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

/// A top-level quotation in a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The byte of the opening mark; `None` when the paragraph opens inside a quotation
    /// that began in the paragraph before, with no mark.
    pub open: Option<usize>,
    /// The quoted words, between the marks.
    pub inner: Range<usize>,
    /// The byte of the closing mark; `None` when the quotation runs on into the next
    /// paragraph.
    pub close: Option<usize>,
    /// This span continues a quotation of the paragraph before.
    pub continued: bool,
}

impl Span {
    /// The bytes from the opening mark to after the closing one.
    pub fn outer(&self, text: &str) -> Range<usize> {
        let start = self.open.unwrap_or(self.inner.start);
        let end = match self.close {
            Some(c) => c + text[c..].chars().next().map_or(1, char::len_utf8),
            None => self.inner.end,
        };
        start..end
    }
}

/// A paragraph ready for the finder.
pub struct Para<'a> {
    pub text: &'a str,
    /// The lower-case forms of the capitalised words, one after another.
    pub lower: String,
    pub toks: Vec<Tok>,
    pub spans: Vec<Span>,
    /// The paragraph's mentions (a slice of the model's, in order).
    pub mentions: &'a [Mention],
    /// Bytes where a verb of saying (or "theo") may start, ascending.
    pub cues: Vec<usize>,
    /// The sentences read (those that may hold a statement), as token ranges.
    pub sents: Vec<Sentence>,
    /// How many sentences the paragraph has, read or not.
    pub all_sentences: usize,
}

/// A sentence of a paragraph: its tokens and its place among all the paragraph's sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub toks: Range<usize>,
    pub index: usize,
}

/// Push `src` lower-cased onto `out`, every character keeping its length (as
/// `lower_same_len` does), so that byte offsets stay those of `src`.
fn lower_into(src: &str, out: &mut String) {
    if src.is_ascii() {
        out.extend(src.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in src.chars() {
        let l = crate::text::lower_latin(c).or_else(|| {
            let mut it = c.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        });
        out.push(l.filter(|l| l.len_utf8() == c.len_utf8()).unwrap_or(c));
    }
}

/// Where `text` has a quotation mark or a colon: found by their bytes (`"`, `'`, `:`, and
/// the lead bytes of “ ” ‘ ’ « »), checked as characters.
fn mark_bytes(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', b':', b).collect();
    for i in memchr::memchr2_iter(0xE2, 0xC2, b) {
        if text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_quote_mark)
        {
            out.push(i);
        }
    }
    out.sort_unstable();
    out
}

/// What a paragraph shows before it is cut: where verbs of saying may start (at word
/// starts), where "Theo" opens a clause, where its quotation marks and colons are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signs {
    pub cues: Vec<usize>,
    pub theo: Vec<usize>,
    pub marks: Vec<usize>,
}

impl Signs {
    pub fn of(lists: &Lists, text: &str) -> Signs {
        let mut s = Signs::default();
        if let Some(ac) = &lists.cues {
            for m in ac.find_iter(text) {
                if m.pattern().as_usize() >= lists.theo_from {
                    s.theo.push(m.start());
                } else if !text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(is_word_char)
                {
                    // "lời cảnh báo", "các cáo buộc": a noun, as `verb_at` finds too.
                    let before = text[..m.start()]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .unwrap_or("");
                    if !lists.not_before.contains_words(&[before]) {
                        s.cues.push(m.start());
                    }
                }
            }
        }
        s.marks = mark_bytes(text);
        s
    }

    /// Whether the paragraph may hold a statement at all.
    pub fn any(&self) -> bool {
        !self.cues.is_empty() || !self.theo.is_empty() || !self.marks.is_empty()
    }

    /// Whether bytes `r` may hold (part of) a statement.
    pub fn within(&self, r: &Range<usize>) -> bool {
        let hit = |v: &[usize]| {
            v.get(v.partition_point(|&c| c < r.start))
                .is_some_and(|&c| c < r.end)
        };
        hit(&self.cues) || hit(&self.theo) || hit(&self.marks)
    }
}

impl<'a> Para<'a> {
    /// Cut all of `text`; `continuing` when a quotation of the paragraph before is still
    /// open.
    pub fn new(
        lists: &Lists,
        text: &'a str,
        mentions: &'a [Mention],
        continuing: bool,
    ) -> Para<'a> {
        let signs = Signs::of(lists, text);
        let spans = if continuing || !signs.marks.is_empty() {
            quote_spans(text, continuing)
        } else {
            Vec::new()
        };
        Para::cut(text, mentions, spans, signs, true)
    }

    /// Cut the sentences of `text` that may hold a statement (a verb of saying, a quotation
    /// mark or colon, "Theo"); its quotations and cues are already found.
    pub fn with(
        text: &'a str,
        mentions: &'a [Mention],
        spans: Vec<Span>,
        signs: Signs,
    ) -> Para<'a> {
        Para::cut(text, mentions, spans, signs, false)
    }

    fn cut(
        text: &'a str,
        mentions: &'a [Mention],
        spans: Vec<Span>,
        signs: Signs,
        all: bool,
    ) -> Para<'a> {
        let ranges = sentence_bytes(text, &spans);
        let mut toks = Vec::with_capacity(text.len() / 6);
        let mut sents = Vec::new();
        let wanted = |r: &Range<usize>| {
            all || signs.within(r)
                || spans
                    .iter()
                    .any(|s| s.open.is_none() && s.inner.start <= r.start)
        };
        let mut lower = String::new();
        for (index, r) in ranges.iter().enumerate() {
            if !wanted(r) {
                continue;
            }
            let first = toks.len();
            tokenize_into(text, r.clone(), &mut toks);
            // Capitalised words in lower case; the others are read as written.
            for t in &mut toks[first..] {
                if t.cap {
                    t.low = lower.len() as u32;
                    lower_into(&text[t.start..t.end], &mut lower);
                }
            }
            if toks.len() > first {
                sents.push(Sentence {
                    toks: first..toks.len(),
                    index,
                });
            }
        }
        mark_mentions(&mut toks, mentions);
        Para {
            text,
            lower,
            toks,
            spans,
            mentions,
            cues: signs.cues,
            sents,
            all_sentences: ranges.len(),
        }
    }

    /// The lower-case text of a token.
    pub fn word(&self, t: usize) -> &str {
        let Some(k) = self.toks.get(t) else {
            return "";
        };
        if k.low == AS_WRITTEN {
            return self.text.get(k.start..k.end).unwrap_or("");
        }
        let at = k.low as usize;
        self.lower.get(at..at + (k.end - k.start)).unwrap_or("")
    }

    /// The lower-case words of tokens `r` (punctuation as itself).
    pub fn words(&self, r: Range<usize>) -> Vec<&str> {
        self.iter_words(r).collect()
    }

    /// The lower-case words of tokens `r`, one after another.
    pub fn iter_words(&self, r: Range<usize>) -> impl Iterator<Item = &str> + '_ {
        r.map(|t| self.word(t))
    }

    /// The top-level quotation holding byte `at`, if any.
    pub fn span_at(&self, at: usize) -> Option<usize> {
        self.spans.iter().position(|s| {
            let o = s.outer(self.text);
            o.start <= at && at < o.end
        })
    }

    /// The first token at or after byte `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    /// The sentences read, as token ranges.
    #[cfg(test)]
    pub fn sentences(&self) -> Vec<Range<usize>> {
        self.sents.iter().map(|s| s.toks.clone()).collect()
    }

    /// Whether a verb of saying may start at token `t`.
    pub fn cue_at(&self, t: usize) -> bool {
        self.toks
            .get(t)
            .is_some_and(|k| self.cues.binary_search(&k.start).is_ok())
    }
}

/// A closing quotation mark or bracket.
pub fn is_closing(c: char) -> bool {
    crate::text::is_closing_mark(c)
}

/// An opening or closing quotation mark.
pub fn is_quote_mark(c: char) -> bool {
    crate::text::is_quote_mark(c)
}

/// Words (letters, digits, marks; inner `-`, `/`, `.`, `,` between digits and
/// apostrophes between letters kept) and single punctuation characters.
/// The tokens of bytes `r` of `text`, appended to `out`.
pub fn tokenize_into(text: &str, r: Range<usize>, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let end_of = r.end.min(text.len());
    // The character at byte `i` and its length, ASCII read directly.
    let at = |i: usize| -> Option<(char, usize)> {
        if i >= end_of {
            return None;
        }
        let b = bytes[i];
        if b < 0x80 {
            return Some((char::from(b), 1));
        }
        text.get(i..end_of)?
            .chars()
            .next()
            .map(|c| (c, c.len_utf8()))
    };
    let word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            is_word_char(c)
        }
    };
    let mut i = r.start;
    while let Some((c, len)) = at(i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !word(c) {
            out.push(Tok {
                start: i,
                end: i + len,
                punct: Some(c),
                cap: false,
                digit: false,
                mention: None,
                low: AS_WRITTEN,
            });
            i += len;
            continue;
        }
        let start = i;
        let mut digit = c.is_ascii_digit();
        let mut last = c;
        i += len;
        loop {
            match at(i) {
                Some((n, nl)) if word(n) => {
                    digit |= n.is_ascii_digit();
                    last = n;
                    i += nl;
                }
                Some((sep @ ('-' | '/' | '.' | ',' | '\'' | '’'), sl)) => {
                    let joins = at(i + sl).is_some_and(|(a, _)| {
                        word(a)
                            && match sep {
                                '-' => true,
                                '/' | '.' | ',' => last.is_ascii_digit() && a.is_ascii_digit(),
                                _ => crate::text::is_letter(last) && crate::text::is_letter(a),
                            }
                    });
                    if !joins {
                        break;
                    }
                    i += sl;
                }
                _ => break,
            }
        }
        out.push(Tok {
            start,
            end: i,
            punct: None,
            cap: c.is_uppercase(),
            digit,
            mention: None,
            low: AS_WRITTEN,
        });
    }
}

/// Point each word inside a mention at it (mentions sorted by start).
pub fn mark_mentions(toks: &mut [Tok], mentions: &[Mention]) {
    let mut m = 0;
    for t in toks.iter_mut().filter(|t| t.is_word()) {
        while m < mentions.len() && mentions[m].end <= t.start {
            m += 1;
        }
        if let Some(x) = mentions.get(m) {
            if x.start <= t.start && t.start < x.end {
                t.mention = Some(m);
            }
        }
    }
}

/// The longest abbreviation a stop may follow without ending a sentence ("pgs.ts", "bsckii").
const MAX_ABBREVIATION_BYTES: usize = 8;

/// The sentences of a paragraph as byte ranges: split at `.`, `!`, `?`, `…` followed by a
/// space (closing marks right after the stop stay with it), never inside a quotation nor
/// after a one-letter word or an abbreviation (`[sentences]` in quotes.toml: "TS.",
/// "TP."); a quotation that ends a sentence inside its marks and is followed by a capital
/// ends it too.
pub fn sentence_bytes(text: &str, spans: &[Span]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let inside = |at: usize| {
        spans.iter().any(|s| {
            let o = s.outer(text);
            o.start <= at && at < o.end
        })
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Only stops and closing marks matter: find them byte by byte.
        let stop_len = match bytes[i] {
            b'.' | b'!' | b'?' => 1,
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
            _ => 0,
        };
        let mut end_at = None;
        if stop_len > 0 && !inside(i) {
            let word = text[..i]
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let initial = (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
                || (word.len() <= MAX_ABBREVIATION_BYTES
                    && super::lists::Lists::bundled()
                        .abbreviations
                        .contains(&word.to_lowercase()));
            let mut j = i + stop_len;
            while let Some(c) = text[j..].chars().next().filter(|&c| is_closing(c)) {
                j += c.len_utf8();
            }
            let spaced = text[j..].chars().next().is_none_or(char::is_whitespace);
            if !initial && spaced {
                end_at = Some(j);
            }
        } else if matches!(bytes[i], 0xE2 | 0xC2 | b'"' | b'\'' | b')' | b']') {
            // “… nữa.” Ông X …: a quotation closed at a stop, a capital after it.
            if let Some(c) = text
                .get(i..)
                .and_then(|t| t.chars().next())
                .filter(|&c| is_closing(c))
            {
                let after_stop = text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| matches!(p, '.' | '!' | '?' | '…'));
                let rest = &text[i + c.len_utf8()..];
                if after_stop
                    && spans.iter().any(|s| s.close == Some(i))
                    && rest.starts_with(' ')
                    && rest
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                {
                    end_at = Some(i + c.len_utf8());
                }
            }
        }
        match end_at {
            Some(e) => {
                if text[start..e].chars().any(|x| !x.is_whitespace()) {
                    out.push(trim_range(text, start..e));
                }
                start = e;
                i = e;
            }
            None => i += 1,
        }
    }
    if text[start..].chars().any(|x| !x.is_whitespace()) {
        out.push(trim_range(text, start..text.len()));
    }
    out
}

/// `r` without the spaces at either end.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    r.start + lead..r.end - trail
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkKind {
    Curly,
    Guillemet,
    Straight,
    SingleCurly,
    SingleStraight,
}

/// The top-level quotations of a paragraph. Curly quotes, guillemets and straight double
/// quotes nest in each other; single quotes count only at word edges (an apostrophe is no
/// quote). A quotation left open runs to the end of the paragraph; with `continuing`, the
/// paragraph opens inside one (with a mark of its own, or none).
pub fn quote_spans(text: &str, continuing: bool) -> Vec<Span> {
    let mut out = Vec::new();
    // (kind, byte of the mark, continues the paragraph before)
    let mut stack: Vec<(MarkKind, Option<usize>, bool)> = Vec::new();
    let marks: Vec<usize> = mark_bytes(text)
        .into_iter()
        .filter(|&i| text.as_bytes()[i] != b':')
        .collect();
    if !continuing && marks.is_empty() {
        return Vec::new();
    }
    let first = text.char_indices().find(|(_, c)| !c.is_whitespace());
    let mut skip_first = None;
    if continuing {
        match first {
            Some((at, c @ ('“' | '«' | '"'))) => {
                let kind = match c {
                    '“' => MarkKind::Curly,
                    '«' => MarkKind::Guillemet,
                    _ => MarkKind::Straight,
                };
                stack.push((kind, Some(at), true));
                skip_first = Some(at);
            }
            _ => stack.push((MarkKind::Curly, None, true)),
        }
    }
    for at in marks {
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        if Some(at) == skip_first {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let prev_word = prev.is_some_and(is_word_char);
        let next_word = next.is_some_and(is_word_char);
        let next_space = next.is_none_or(char::is_whitespace);
        let prev_space = prev.is_none_or(char::is_whitespace);
        let closes = |kind: MarkKind, stack: &[(MarkKind, Option<usize>, bool)]| {
            stack.iter().rposition(|(m, _, _)| *m == kind).or_else(|| {
                // A run-on quotation from the paragraph before closes with any double mark.
                stack
                    .first()
                    .filter(|(_, o, cont)| o.is_none() && *cont)
                    .map(|_| 0)
            })
        };
        let action: Option<Result<MarkKind, MarkKind>> = match c {
            '“' => Some(Ok(MarkKind::Curly)),
            '«' => Some(Ok(MarkKind::Guillemet)),
            '”' => Some(Err(MarkKind::Curly)),
            '»' => Some(Err(MarkKind::Guillemet)),
            '"' => {
                // A quotation run on from the paragraph before ends at a mark that closes
                // by its shape: after a word, before a comma or a space ("…giám sát", ông
                // Việt phân tích.").
                let run_on = stack
                    .first()
                    .is_some_and(|(_, o, cont)| o.is_none() && *cont);
                let straight_open = stack.iter().any(|(m, _, _)| *m == MarkKind::Straight);
                if !prev_space && (straight_open || (run_on && !next_word)) {
                    Some(Err(MarkKind::Straight))
                } else if !next_space {
                    Some(Ok(MarkKind::Straight))
                } else {
                    None
                }
            }
            '‘' if !prev_word => Some(Ok(MarkKind::SingleCurly)),
            '’' if !(prev_word && next_word) => Some(Err(MarkKind::SingleCurly)),
            '\'' if prev_word && next_word => None,
            '\'' if stack.iter().any(|(m, _, _)| *m == MarkKind::SingleStraight) && !prev_space => {
                Some(Err(MarkKind::SingleStraight))
            }
            '\'' if !prev_word && next_word => Some(Ok(MarkKind::SingleStraight)),
            _ => None,
        };
        match action {
            Some(Ok(kind)) => stack.push((kind, Some(at), false)),
            Some(Err(kind)) => {
                let found = match kind {
                    MarkKind::Curly | MarkKind::Guillemet | MarkKind::Straight => {
                        closes(kind, &stack)
                    }
                    _ => stack.iter().rposition(|(m, _, _)| *m == kind),
                };
                if let Some(pos) = found {
                    if pos == 0 {
                        let (kind0, open, cont) = stack[0];
                        let len =
                            open.map_or(0, |o| text[o..].chars().next().map_or(1, char::len_utf8));
                        let _ = kind0;
                        out.push(Span {
                            open,
                            inner: open.map_or(0, |o| o + len)..at,
                            close: Some(at),
                            continued: cont,
                        });
                    }
                    stack.truncate(pos);
                }
            }
            None => {}
        }
    }
    // A double quotation still open runs on to the next paragraph.
    if let Some(&(kind, open, cont)) = stack.first() {
        if matches!(
            kind,
            MarkKind::Curly | MarkKind::Guillemet | MarkKind::Straight
        ) {
            let len = open.map_or(0, |o| text[o..].chars().next().map_or(1, char::len_utf8));
            out.push(Span {
                open,
                inner: open.map_or(0, |o| o + len)..text.len(),
                close: None,
                continued: cont,
            });
        }
    }
    out
}
