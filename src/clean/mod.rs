//! Cleaning raw scraped text into articles. Boilerplate is told by its shape first —
//! line length and sentence form, runs of short lines, timestamps, repetition, position
//! before the headline or after the body — with `assets/boilerplate.toml` as a help.

mod classify;
mod drafts;
mod line;
mod meta;
mod phrases;
mod segment;
mod source;
mod stamp;

pub use phrases::Phrases;

use crate::article::{Article, DateBasis};
use std::path::Path;

/// The articles of one corpus file (`file` as found under the corpus argument; `text`
/// already NFC with LF line ends).
pub fn clean_file(file: &str, text: &str) -> Vec<Article> {
    let phrases = Phrases::bundled();
    let lines = line::split_lines(text);
    let kinds: Vec<classify::Kind> = lines
        .iter()
        .map(|l| classify::classify(l, phrases))
        .collect();
    let drafts = segment::segment(&lines, &kinds);
    // Each article's own outlet: named in its lead or byline, else in its furniture.
    let outlets: Vec<Option<String>> = drafts
        .iter()
        .map(|d| {
            d.lead_outlet
                .clone()
                .or_else(|| source::from_furniture(d.furniture.iter().map(|&i| &lines[i]), phrases))
        })
        .collect();
    let page_outlet = outlets.iter().flatten().next().cloned();
    let stem = file_stem(file);
    drafts
        .into_iter()
        .zip(outlets)
        .enumerate()
        .map(|(n, (d, outlet))| {
            let source = outlet.or_else(|| page_outlet.clone());
            let mut paragraphs = d.paragraphs;
            if let (Some(first), Some(outlet)) = (paragraphs.first_mut(), source.as_deref()) {
                if let Some(rest) = meta::strip_outlet_prefix(&first.text, outlet) {
                    first.text = rest;
                }
            }
            let (title, title_inferred) = match d.title {
                Some(t) => (t, false),
                None => (
                    meta::inferred_title(paragraphs.first().map(|p| p.text.as_str()).unwrap_or("")),
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
