//! Where a query matches in an article's own text: for the reader's marks, for the
//! snippet of `dossier search`, and as the plain scan the FTS5 index is checked against.
//!
//! Text is folded ([`crate::text::Folded`]) and cut into words as [`super::query::tokens`]
//! does; a term matches a run of words equal to its words (the last one as a prefix for
//! `word*`). As in the index, the title and the body are separate fields, and a phrase
//! may run from one paragraph into the next.

use super::query::{tokens, Query, Term};
use crate::article::Article;
use crate::text::Folded;
use std::ops::Range;

/// Characters of context a snippet shows before its first match.
pub const SNIPPET_BEFORE: usize = 50;
/// Characters a snippet runs to after the start of its first match.
pub const SNIPPET_AFTER: usize = 130;
/// How a snippet marks a match: `«word»`.
pub const MARK_OPEN: &str = "«";
pub const MARK_CLOSE: &str = "»";

/// A match in an article's paragraph: a byte range of its text, whole characters (the
/// combining marks of a decomposed letter included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub paragraph: usize,
    pub range: Range<usize>,
}

/// One word of a field: which part of the field it is in, and where.
struct Word<'a> {
    part: usize,
    /// Char positions in the part's folded text.
    chars: Range<usize>,
    text: &'a str,
}

/// The words of several texts read as one field.
fn words(parts: &[Folded]) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for (part, f) in parts.iter().enumerate() {
        for (at, text) in tokens(&f.text) {
            out.push(Word {
                part,
                chars: at..at + text.chars().count(),
                text,
            });
        }
    }
    out
}

/// Where `term` starts matching `words` at `i`: the index of its last word.
fn matches_at(words: &[Word], i: usize, term: &Term) -> Option<usize> {
    let n = term.words.len();
    let last = i + n.checked_sub(1)?;
    let run = words.get(i..=last)?;
    let ok = run.iter().zip(&term.words).enumerate().all(|(j, (w, t))| {
        if term.prefix && j + 1 == n {
            w.text.starts_with(t.as_str())
        } else {
            w.text == t
        }
    });
    ok.then_some(last)
}

fn field_holds(words: &[Word], term: &Term) -> bool {
    (0..words.len()).any(|i| matches_at(words, i, term).is_some())
}

/// Whether the article holds every term of the query, in its title or its text: the rule
/// the index answers, checked here by reading the text.
pub fn holds(article: &Article, query: &Query) -> bool {
    if query.is_empty() {
        return false;
    }
    let title = [Folded::new(&article.title)];
    let body: Vec<Folded> = article
        .paragraphs
        .iter()
        .map(|p| Folded::new(&p.text))
        .collect();
    let (title, body) = (words(&title), words(&body));
    query
        .terms
        .iter()
        .all(|t| field_holds(&title, t) || field_holds(&body, t))
}

/// Every match of any term in the parts, as (part, byte range of the part's original
/// text), in reading order, overlaps merged.
fn find_in(texts: &[&str], query: &Query) -> Vec<(usize, Range<usize>)> {
    let folded: Vec<Folded> = texts.iter().map(|t| Folded::new(t)).collect();
    let words = words(&folded);
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for term in &query.terms {
        for i in 0..words.len() {
            let Some(last) = matches_at(&words, i, term) else {
                continue;
            };
            // A phrase across two paragraphs marks its part in each.
            let mut j = i;
            while j <= last {
                let part = words[j].part;
                let mut k = j;
                while k < last && words[k + 1].part == part {
                    k += 1;
                }
                let positions: Vec<usize> = (words[j].chars.start..words[k].chars.end).collect();
                let ranges = folded[part].original_ranges(&positions);
                if let (Some(a), Some(b)) = (ranges.first(), ranges.last()) {
                    found.push((part, a.start..b.end));
                }
                j = k + 1;
            }
        }
    }
    found.sort_by_key(|(p, r)| (*p, r.start, r.end));
    let mut merged: Vec<(usize, Range<usize>)> = Vec::with_capacity(found.len());
    for (p, r) in found {
        match merged.last_mut() {
            Some((lp, lr)) if *lp == p && r.start <= lr.end => lr.end = lr.end.max(r.end),
            _ => merged.push((p, r)),
        }
    }
    merged
}

/// Every match in the article's paragraphs, in reading order.
pub fn places(article: &Article, query: &Query) -> Vec<Place> {
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    find_in(&texts, query)
        .into_iter()
        .map(|(paragraph, range)| Place { paragraph, range })
        .collect()
}

/// A line of text around the first match (in the text, else in the title), every match
/// in it marked `«…»`, cut at word ends with `…`.
pub fn snippet(article: &Article, query: &Query) -> String {
    let found = places(article, query);
    let (text, marks): (&str, Vec<Range<usize>>) = if let Some(first) = found.first() {
        let p = first.paragraph;
        let marks = found
            .iter()
            .filter(|x| x.paragraph == p)
            .map(|x| x.range.clone())
            .collect();
        (article.paragraphs[p].text.as_str(), marks)
    } else {
        let marks = find_in(&[article.title.as_str()], query)
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        (article.title.as_str(), marks)
    };
    let anchor = marks.first().map_or(0, |r| r.start);
    let start = cut_before(text, anchor, SNIPPET_BEFORE);
    let end = cut_after(text, anchor, SNIPPET_AFTER).max(marks.first().map_or(0, |r| r.end));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for r in marks.iter().filter(|r| r.start >= start && r.end <= end) {
        out.push_str(&text[at..r.start]);
        out.push_str(MARK_OPEN);
        out.push_str(&text[r.clone()]);
        out.push_str(MARK_CLOSE);
        at = r.end;
    }
    out.push_str(&text[at..end]);
    if end < text.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A byte offset about `chars` characters before `at`, moved forward to the start of a
/// word (the start of the text when that is near).
fn cut_before(text: &str, at: usize, chars: usize) -> usize {
    let before = &text[..at];
    let Some((from, _)) = before.char_indices().rev().nth(chars) else {
        return 0;
    };
    match before[from..].find(char::is_whitespace) {
        Some(space) => from + space + 1,
        None => from,
    }
}

/// A byte offset about `chars` characters after `at`, moved back to the end of a word.
fn cut_after(text: &str, at: usize, chars: usize) -> usize {
    let after = &text[at..];
    let Some((to, _)) = after.char_indices().nth(chars) else {
        return text.len();
    };
    match after[..to].rfind(char::is_whitespace) {
        Some(space) if space > 0 => at + space,
        _ => at + to,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Paragraph, ParagraphKind};

    fn article(title: &str, paragraphs: &[&str]) -> Article {
        Article {
            id: "a#1".into(),
            title: title.into(),
            paragraphs: paragraphs
                .iter()
                .map(|t| Paragraph::new(ParagraphKind::Body, *t))
                .collect(),
            ..Article::default()
        }
    }

    fn marked(a: &Article, q: &str) -> Vec<String> {
        places(a, &Query::parse(q))
            .iter()
            .map(|p| a.paragraphs[p.paragraph].text[p.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn whole_words_match_without_diacritics_prefixes_with_a_star() {
        let a = article(
            "Đàm phán Nga - Mỹ",
            &[
                "Hà Nội, ngày 12/1. Ngoại trưởng Lavrov nói về Nga và Ngày hội.",
                "Hà Nội.",
            ],
        );
        assert_eq!(marked(&a, "ha noi"), ["Hà", "Nội", "nói", "Hà", "Nội"]);
        assert_eq!(marked(&a, "\"ha noi\""), ["Hà Nội", "Hà Nội"]);
        assert_eq!(marked(&a, "nga"), ["Nga"]);
        assert_eq!(marked(&a, "nga*"), ["ngày", "Nga", "Ngày"]);
        assert!(holds(&a, &Query::parse("dam phan lavrov")));
        assert!(
            holds(&a, &Query::parse("\"đàm phán\"")),
            "a phrase in the title"
        );
        assert!(
            !holds(&a, &Query::parse("\"phan nga lavrov\"")),
            "title and body apart"
        );
        assert!(!holds(&a, &Query::parse("lav")), "a word, not a prefix");
        assert!(holds(&a, &Query::parse("lav*")));
        assert!(!holds(&a, &Query::parse("")));
    }

    #[test]
    fn a_phrase_may_run_from_one_paragraph_into_the_next() {
        let a = article("t", &["Cuộc họp ở Brussels", "kết thúc sớm."]);
        assert!(holds(&a, &Query::parse("\"brussels ket thuc\"")));
        assert_eq!(marked(&a, "\"brussels ket\""), ["Brussels", "kết"]);
    }

    #[test]
    fn a_decomposed_letter_is_marked_whole() {
        let a = article("t", &["quan sa\u{301}t viên"]);
        assert_eq!(marked(&a, "sat"), ["sa\u{301}t"]);
    }

    #[test]
    fn snippets_cut_at_words_and_mark_every_match() {
        let long = format!(
            "{} Ngoại trưởng Lavrov cho biết Nga muốn Lavrov {}",
            "mở đầu ".repeat(20),
            "kết thúc ".repeat(30)
        );
        let a = article("Tiêu đề", &["Không liên quan.", &long]);
        let s = snippet(&a, &Query::parse("lavrov"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(
            s.contains("Ngoại trưởng «Lavrov» cho biết Nga muốn «Lavrov» kết"),
            "{s}"
        );
        assert!(!s.contains("Không"), "{s}");
        assert!(
            s.chars().count() < SNIPPET_BEFORE + SNIPPET_AFTER + 10,
            "{s}"
        );
        // A match only in the title: the title, marked.
        assert_eq!(snippet(&a, &Query::parse("tieu de")), "«Tiêu» «đề»");
        let short = article("t", &["Ngắn: Nga."]);
        assert_eq!(snippet(&short, &Query::parse("nga")), "Ngắn: «Nga».");
    }
}
