//! Seed pages cut into blocks (the text between blank lines) and lines, with the people
//! and dates in them marked, so that a new article is written in one pass.

use super::dates::{self, NumericDate};
use super::names::SEEDS;
use std::ops::Range;

/// A piece of a line: text as is, a seed person, or a date to shift.
pub enum Seg {
    Text(String),
    Person { who: usize, short: bool },
    Date(NumericDate),
}

/// What a block is, by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One long line ending like a sentence: a paragraph of article text.
    Body,
    /// Pairs of lines, a title then its timestamp: a "related news" list.
    List,
    /// Anything else: headlines, menus, captions, widgets, blank space.
    Other,
}

pub struct Block {
    pub lines: Vec<Vec<Seg>>,
    /// Byte length of each line as in the seed.
    pub line_len: Vec<usize>,
    pub kind: Kind,
}

/// One seed page.
pub struct Page {
    pub blocks: Vec<Block>,
}

impl Page {
    pub fn parse(text: &str) -> Page {
        let blocks = text
            .split("\n\n")
            .map(|block| {
                let lines: Vec<&str> = block.split('\n').collect();
                Block {
                    kind: kind(&lines),
                    line_len: lines.iter().map(|l| l.len()).collect(),
                    lines: lines.iter().map(|l| segments(l)).collect(),
                }
            })
            .collect();
        Page { blocks }
    }
}

fn kind(lines: &[&str]) -> Kind {
    if let [line] = lines {
        let t = line.trim();
        let sentence_end = t.chars().last().is_some_and(|c| ".!?…\"”:)".contains(c));
        if t.chars().count() >= 100 && sentence_end {
            return Kind::Body;
        }
    }
    let timestamp =
        |l: &str| l.len() < 30 && l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(':');
    if lines.len() >= 4
        && lines.len().is_multiple_of(2)
        && lines.iter().skip(1).step_by(2).all(|l| timestamp(l))
    {
        return Kind::List;
    }
    Kind::Other
}

/// A line cut at the seed people and the numeric dates in it.
fn segments(line: &str) -> Vec<Seg> {
    let mut marks: Vec<(Range<usize>, Seg)> = Vec::new();
    for (who, seed) in SEEDS.iter().enumerate() {
        let forms = seed.full.iter().map(|f| (f, false));
        for (form, short) in forms.chain(seed.short.iter().map(|f| (f, true))) {
            for r in words(line, form) {
                marks.push((r, Seg::Person { who, short }));
            }
        }
    }
    marks.extend(
        dates::find(line)
            .into_iter()
            .map(|(r, d)| (r, Seg::Date(d))),
    );
    // Longest first at one start, then drop whatever overlaps an earlier mark.
    marks.sort_by_key(|(r, _)| (r.start, usize::MAX - r.end));
    let mut out = Vec::new();
    let mut at = 0;
    for (r, seg) in marks {
        if r.start < at {
            continue;
        }
        if r.start > at {
            out.push(Seg::Text(line[at..r.start].to_string()));
        }
        out.push(seg);
        at = r.end;
    }
    if at < line.len() {
        out.push(Seg::Text(line[at..].to_string()));
    }
    out
}

/// Where `word` stands in `line` as a whole word.
fn words(line: &str, word: &str) -> Vec<Range<usize>> {
    line.match_indices(word)
        .map(|(i, w)| i..i + w.len())
        .filter(|r| {
            let before = line[..r.start].chars().next_back();
            let after = line[r.end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}
