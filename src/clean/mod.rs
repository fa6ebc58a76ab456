//! Cleaning raw scraped text into articles. Boilerplate is told by its shape first —
//! line length and sentence form, runs of short lines, timestamps, repetition, position
//! before the headline or after the body — with `assets/boilerplate.toml` as a help.

mod classify;
mod drafts;
mod limits;
mod line;
mod meta;
mod phrases;
mod rules;
mod segment;
mod source;
mod stamp;

pub use phrases::Phrases;
pub use rules::{rule, Rule, RULES};

use crate::article::{Article, DateBasis, ParagraphKind};
use std::path::Path;

/// The articles of one corpus file (`file` as found under the corpus argument; `text`
/// already NFC with LF line ends).
pub fn clean_file(file: &str, text: &str) -> Vec<Article> {
    let phrases = Phrases::bundled();
    let (lines, kinds) = classified(text);
    let drafts = segment::segment(&lines, &kinds);
    // Each article's own outlet: named in its lead or byline, else in its furniture.
    let outlets: Vec<Option<String>> = drafts
        .iter()
        .map(|d| {
            let furniture =
                || source::from_furniture(d.furniture.iter().map(|&i| &lines[i]), phrases);
            match &d.lead_outlet {
                // "(BTN) - " under a masthead "Báo Tây Ninh": an unknown lead tag that is the
                // initials of the outlet the page names is that outlet.
                Some(tag) if crate::outlets::Outlets::bundled().lookup(tag).is_none() => {
                    furniture()
                        .filter(|named| source::is_initials_of(tag, named))
                        .or_else(|| Some(tag.clone()))
                }
                Some(tag) => Some(tag.clone()),
                None => furniture(),
            }
        })
        .collect();
    let page_outlet = outlets.iter().flatten().next().cloned();
    let stem = file_stem(file);
    drafts
        .into_iter()
        .zip(outlets)
        .enumerate()
        .map(|(n, (d, outlet))| {
            let mut source = outlet.or_else(|| page_outlet.clone());
            let mut paragraphs = d.paragraphs;
            if let (Some(first), Some(outlet)) = (paragraphs.first_mut(), source.as_deref()) {
                if let Some(rest) = meta::strip_outlet_prefix(&first.text, outlet) {
                    first.text = rest;
                }
            }
            // A summary that ends by naming its outlet ("… - VnExpress", "… (Dân trí)"), as
            // scrapers save it: the outlet is the source, and no part of the text.
            if let Some(first) = paragraphs.first_mut() {
                if let Some((rest, named)) = outlet_suffix(&first.text) {
                    if source.is_none() || source.as_deref() == Some(named.as_str()) {
                        first.text = rest;
                        source = Some(named);
                    }
                }
            }
            let (title, title_inferred) = match d.title {
                Some(t) => (t, false),
                None => (
                    meta::inferred_title(paragraphs.first().map_or("", |p| p.text.as_str())),
                    true,
                ),
            };
            // The outlet as the table names it ("TTO" → "Tuổi Trẻ"), once its lead is cut.
            let source = source.map(|s| {
                crate::outlets::Outlets::bundled()
                    .canonical(&s)
                    .map_or(s, str::to_string)
            });
            Article {
                id: format!("{stem}#{}", n + 1),
                file: file.to_string(),
                title,
                title_inferred,
                date: d.date,
                date_basis: d.date.map(|_| DateBasis::Dateline),
                source,
                author: d.author,
                url: None,
                page_date: None,
                paragraphs,
                dropped: d.dropped,
            }
        })
        .collect()
}

/// A lead that ends with its outlet's name after a dash or in brackets, the outlet one
/// the table knows: "Nga và NATO họp … - VnExpress" → ("Nga và NATO họp …", "VnExpress").
fn outlet_suffix(text: &str) -> Option<(String, String)> {
    let t = text.trim_end();
    let (rest, tail) = if let Some(inner) = t.strip_suffix(')') {
        let open = inner.rfind('(')?;
        (&t[..open], &inner[open + 1..])
    } else {
        let dash = t.rfind(" - ").or_else(|| t.rfind(" – "))?;
        (&t[..dash], t[dash..].trim_start_matches([' ', '-', '–']))
    };
    let tail = tail.trim();
    if tail.split_whitespace().count() > 4 || rest.split_whitespace().count() < 8 {
        return None;
    }
    let name = crate::outlets::Outlets::bundled().lookup(tail)?;
    if name.agency {
        return None;
    }
    Some((rest.trim_end().to_string(), name.name.clone()))
}

/// The person a byline names, without labels, titles, credits and outlets ("Bài và ảnh:
/// Thanh Bình/VietNamNet (theo Reuters)" → "Thanh Bình"); none for a masthead or a credit.
pub fn byline_name(text: &str) -> Option<String> {
    meta::byline_author(&line::Line::new(text.trim().to_string()))
}

/// Whether a text is a date stamp and nothing else ("Thứ Hai, 07/03/2022 09:15").
pub fn is_stamp(text: &str) -> bool {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    stamp::parse(&line::Line::new(text), Phrases::bundled()).is_some()
}

/// A page's tidy lines and the class of each.
fn classified(text: &str) -> (Vec<line::Line>, Vec<classify::Kind>) {
    let phrases = Phrases::bundled();
    let lines = line::split_lines(text);
    let kinds = lines
        .iter()
        .map(|l| classify::classify(l, phrases))
        .collect();
    (lines, kinds)
}

/// The file's path without its extension ("sub/a.txt" → "sub/a").
fn file_stem(file: &str) -> String {
    let p = Path::new(file);
    match (p.parent(), p.file_stem()) {
        (Some(parent), Some(stem)) if !parent.as_os_str().is_empty() => {
            format!("{}/{}", parent.to_string_lossy(), stem.to_string_lossy())
        }
        (_, Some(stem)) => stem.to_string_lossy().into_owned(),
        _ => file.to_string(),
    }
}

/// What the cleaner made of one line of a page, and the rule that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The line as the cleaner saw it (whitespace tidied, wrapped lines joined).
    pub text: String,
    /// `title`, `dateline`, `byline`, `body`, `heading`, `caption` or `dropped`.
    pub verdict: &'static str,
    /// The 1-based article the line went to (none for a dropped line outside every
    /// article).
    pub article: Option<usize>,
    /// Why: for a kept line its class (`timestamp`, `caption-credit`, `prose` …); for a
    /// dropped one the rule that dropped it (`widget-phrase`, `list-header`,
    /// `before-headline`, `after-body`, `repeated-paragraph`, `pull-quote` …).
    pub rule: &'static str,
}

/// Every line of a page with what the cleaner made of it and why: what `dossier explain`
/// prints.
pub fn explain(file: &str, text: &str) -> Vec<Verdict> {
    let (lines, kinds) = classified(text);
    let articles = clean_file(file, text);
    let mut seen_body = false;
    let mut claimed = std::collections::HashSet::new();
    let mut dropped_claimed = std::collections::HashSet::new();
    lines
        .iter()
        .zip(&kinds)
        .map(|(l, k)| {
            let class = classify::rule(k);
            let t = l.text.as_str();
            let found = articles.iter().enumerate().find_map(|(n, a)| {
                if a.title == t && !a.title_inferred {
                    return Some((n, "title"));
                }
                // Each paragraph stands for one line: the same text again was dropped
                // as a repeat.
                if let Some((j, p)) = a.paragraphs.iter().enumerate().find(|&(j, p)| {
                    !claimed.contains(&(n, j))
                        && (p.text == t || (t.ends_with(&p.text) && p.text.len() * 2 > t.len()))
                }) {
                    claimed.insert((n, j));
                    return Some((
                        n,
                        match p.kind {
                            ParagraphKind::Body => "body",
                            ParagraphKind::Heading => "heading",
                            ParagraphKind::Caption => "caption",
                        },
                    ));
                }
                if let Some((j, d)) = a
                    .dropped
                    .iter()
                    .enumerate()
                    .find(|&(j, d)| !dropped_claimed.contains(&(n, j)) && d.text == t)
                {
                    dropped_claimed.insert((n, j));
                    return Some((n, d.rule));
                }
                if a.author.as_deref().is_some_and(|au| t.contains(au)) {
                    return Some((n, "byline"));
                }
                if matches!(k, classify::Kind::Stamp(_)) && a.date.is_some() {
                    return Some((n, "dateline"));
                }
                None
            });
            const KEPT: [&str; 6] = ["title", "body", "heading", "caption", "byline", "dateline"];
            let (article, verdict, rule) = match found {
                Some((n, v)) if KEPT.contains(&v) => (Some(n + 1), v, class),
                // A dropped line carries the rule that dropped it.
                Some((n, rule)) => (Some(n + 1), "dropped", rule),
                None if !seen_body => (None, "dropped", "before-any-article"),
                None => (None, "dropped", "between-articles"),
            };
            if verdict == "body" {
                seen_body = true;
            }
            Verdict {
                text: l.text.clone(),
                verdict,
                article,
                rule,
            }
        })
        .collect()
}

/// The dates of the time-stamp lines of a page above its first paragraph (`lead`), in page
/// order: what a page's metadata date is checked against (a masthead's "Thứ bảy,
/// 18/12/2021" above the article's own "17/12/2021 22:40"). Stamps below the lead belong
/// to comments and lists of other stories.
pub fn stamp_dates(text: &str, lead: &str) -> Vec<crate::article::Date> {
    let phrases = Phrases::bundled();
    let head: String = lead.chars().take(40).collect();
    line::split_lines(text)
        .iter()
        .take_while(|l| head.is_empty() || !l.text.contains(&head))
        .filter(|l| l.words <= 12)
        .filter_map(|l| stamp::parse(l, phrases)?.date)
        .collect()
}
