//! A paragraph cut into words and marks, its quoted spans found, and its sentences.

use crate::extract::actors::words::{is_word_char, lower_same_len};
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
}

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
    pub lower: String,
    pub toks: Vec<Tok>,
    pub spans: Vec<Span>,
    /// The paragraph's mentions (a slice of the model's, in order).
    pub mentions: &'a [Mention],
}

impl<'a> Para<'a> {
    /// Cut `text`; `continuing` when a quotation of the paragraph before is still open.
    pub fn new(text: &'a str, mentions: &'a [Mention], continuing: bool) -> Para<'a> {
        let lower = lower_same_len(text);
        let spans = quote_spans(text, continuing);
        let toks = tokenize(text, mentions);
        Para {
            text,
            lower,
            toks,
            spans,
            mentions,
        }
    }

    /// The lower-case text of a token.
    pub fn word(&self, t: usize) -> &str {
        self.toks
            .get(t)
            .and_then(|k| self.lower.get(k.start..k.end))
            .unwrap_or("")
    }

    /// The lower-case words of tokens `r` (punctuation as itself).
    pub fn words(&self, r: Range<usize>) -> Vec<&str> {
        r.map(|t| self.word(t)).collect()
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

    /// Sentences as token ranges: split at `.`, `!`, `?`, `…` outside quotations (a
    /// quotation that ends a sentence inside its marks and is followed by a capital ends
    /// it too).
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let n = self.toks.len();
        for i in 0..n {
            let t = self.toks[i];
            let end_here = match t.punct {
                Some('.' | '!' | '?' | '…') => {
                    self.span_at(t.start).is_none()
                        && !self.one_letter_before(i)
                        && self.toks.get(i + 1).is_none_or(|next| {
                            next.start > t.end || next.punct.is_some_and(is_closing)
                        })
                }
                Some(c) if is_closing(c) => {
                    // “… nữa.” Ông X … : the quotation closed a sentence.
                    i > 0
                        && matches!(self.toks[i - 1].punct, Some('.' | '!' | '?' | '…'))
                        && self
                            .toks
                            .get(i + 1)
                            .is_some_and(|next| next.cap && next.is_word())
                        && self.spans.iter().any(|s| s.close == Some(t.start))
                }
                _ => false,
            };
            if end_here {
                // Closing marks right after the stop belong to this sentence.
                let mut end = i + 1;
                while end < n
                    && self.toks[end].punct.is_some_and(is_closing)
                    && self.toks[end].start == self.toks[end - 1].end
                {
                    end += 1;
                }
                if end > start {
                    out.push(start..end);
                }
                start = end.max(i + 1);
            }
        }
        if start < n {
            out.push(start..n);
        }
        // Stops inside a run of closing marks can leave empty or overlapping ranges.
        out.retain(|r| r.start < r.end);
        out
    }

    /// "ông A. Smith", "TP. Hồ Chí Minh": a stop right after a one-letter word or "TP".
    fn one_letter_before(&self, i: usize) -> bool {
        i > 0 && self.toks[i - 1].is_word() && self.toks[i - 1].end == self.toks[i].start && {
            let w = &self.text[self.toks[i - 1].start..self.toks[i - 1].end];
            (w.chars().count() == 1 && w.chars().all(char::is_alphabetic)) || w == "TP" || w == "St"
        }
    }
}

/// A closing quotation mark or bracket.
pub fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']')
}

/// An opening or closing quotation mark.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '\'')
}

/// Words (letters, digits, marks; inner `-`, `/`, `.`, `,` between digits and
/// apostrophes between letters kept) and single punctuation characters.
pub fn tokenize(text: &str, mentions: &[Mention]) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            out.push(Tok {
                start: at,
                end: at + c.len_utf8(),
                punct: Some(c),
                cap: false,
                digit: false,
                mention: None,
            });
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digit = false;
        loop {
            let (_, cj) = chars[j];
            digit |= cj.is_ascii_digit();
            let next = chars.get(j + 1).map(|x| x.1);
            match next {
                Some(n) if is_word_char(n) => j += 1,
                Some(sep @ ('-' | '/' | '.' | ',' | '\'' | '’'))
                    if chars.get(j + 2).is_some_and(|x| is_word_char(x.1)) =>
                {
                    let after = chars[j + 2].1;
                    let joins = match sep {
                        '-' => true,
                        '/' | '.' | ',' => cj.is_ascii_digit() && after.is_ascii_digit(),
                        _ => crate::text::is_letter(cj) && crate::text::is_letter(after),
                    };
                    if !joins {
                        break;
                    }
                    j += 2;
                }
                _ => break,
            }
        }
        let end = chars.get(j + 1).map_or(text.len(), |x| x.0);
        out.push(Tok {
            start: at,
            end,
            punct: None,
            cap: c.is_uppercase(),
            digit,
            mention: None,
        });
        i = j + 1;
    }
    // Mentions are sorted by start; each word inside one points at it.
    let mut m = 0;
    for t in out.iter_mut().filter(|t| t.is_word()) {
        while m < mentions.len() && mentions[m].end <= t.start {
            m += 1;
        }
        if let Some(x) = mentions.get(m) {
            if x.start <= t.start && t.start < x.end {
                t.mention = Some(m);
            }
        }
    }
    out
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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let first = chars.iter().find(|(_, c)| !c.is_whitespace());
    let mut skip_first = None;
    if continuing {
        match first {
            Some(&(at, c @ ('“' | '«' | '"'))) => {
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
    let word = |k: usize| chars.get(k).is_some_and(|x| is_word_char(x.1));
    for (k, &(at, c)) in chars.iter().enumerate() {
        if Some(at) == skip_first {
            continue;
        }
        let prev_word = k > 0 && word(k - 1);
        let next_word = word(k + 1);
        let next_space = chars.get(k + 1).is_none_or(|x| x.1.is_whitespace());
        let prev_space = k == 0 || chars[k - 1].1.is_whitespace();
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
                if stack.iter().any(|(m, _, _)| *m == MarkKind::Straight) && !prev_space {
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
