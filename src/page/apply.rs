//! A page's metadata as evidence for the articles the line cleaner found in its text: the
//! headline, the publication date, the outlet, the author, the address, and which
//! paragraphs are captions and subheadings.

use super::Meta;
use crate::article::{Article, DateBasis, ParagraphKind};
use crate::outlets::Outlets;
use crate::text::fold;

/// Headings longer than this are a sapo set in a heading tag (`<h2 class="sapo">`), body.
const MAX_HEADING_CHARS: usize = 160;

/// Apply a page's metadata to the articles cleaned from its text. The first article is
/// the page's own; the metadata's date, address and outlet are its.
///
/// The dateline printed in the article wins over the metadata's date; when the two differ
/// the metadata's is kept as `page_date` ("page says 2022-01-12, dateline 13/1"). But when
/// the page prints a time stamp of the metadata's day too (`stamps`, the dates of its
/// stamp lines), the cleaner took a masthead's date for the dateline, and the printed
/// stamp that agrees with the metadata is the dateline.
pub fn apply(meta: &Meta, articles: &mut Vec<Article>, stamps: &[crate::article::Date]) {
    let outlets = Outlets::bundled();
    if meta.is_article {
        merge_into_one(articles);
    }
    let site = site_outlet(meta, outlets);
    for (n, a) in articles.iter_mut().enumerate() {
        mark_kinds(meta, a);
        if n > 0 {
            continue;
        }
        // The cleaner's title stands when it is the page's <h1> (an SEO title in the
        // metadata may differ from the headline printed).
        let title_is_h1 = !a.title_inferred && meta.h1.iter().any(|h| same_text(h, &a.title));
        // A post of a discussion that quotes an article: the headline the cleaner found in
        // the post is the article's; the page's is the thread's.
        let quoted = meta.is_discussion && !a.title_inferred;
        if let Some(headline) = headline(meta).filter(|_| !title_is_h1 && !quoted) {
            set_title(a, &headline);
        }
        match (a.date, meta.date) {
            (Some(d), Some((p, _))) if a.date_basis == Some(DateBasis::Dateline) => {
                if d != p && stamps.contains(&p) {
                    a.date = Some(p);
                } else if d != p {
                    a.page_date = Some(p);
                }
            }
            (None, Some((p, _))) => {
                a.date = Some(p);
                a.date_basis = Some(DateBasis::Page);
            }
            _ => {}
        }
        match &site {
            // An aggregator's page, or a discussion quoting an article: the origin it
            // credits is the source.
            Some(s) if s.aggregator || meta.is_discussion => {
                let names_itself = a
                    .source
                    .as_deref()
                    .is_some_and(|x| outlets.canonical(x).unwrap_or(x) == s.name);
                if a.source.is_none() || names_itself {
                    a.source = Some(credited(meta, a, outlets).unwrap_or_else(|| s.name.clone()));
                }
            }
            Some(s) => a.source = Some(s.name.clone()),
            None => {}
        }
        if a.author.is_none() {
            a.author = meta
                .author
                .clone()
                .or_else(|| meta.byline.as_deref().and_then(crate::clean::byline_name));
        }
        if a.url.is_none() {
            a.url.clone_from(&meta.url);
        }
    }
}

/// The outlet an aggregator's page credits as its origin: a JSON-LD author that is an
/// outlet, or a "Nguồn: X" / "Theo X" line among the dropped ones.
fn credited(meta: &Meta, a: &Article, outlets: &Outlets) -> Option<String> {
    let known = |s: &str| {
        let s = s.split(['·', '|', '(']).next().unwrap_or(s).trim();
        outlets
            .lookup(s)
            .filter(|o| !o.aggregator && !o.agency)
            .map(|o| o.name.clone())
    };
    meta.credits.iter().find_map(|c| known(c)).or_else(|| {
        a.dropped.iter().find_map(|d| {
            let d = d.text.as_str();
            let rest = d
                .strip_prefix("Nguồn:")
                .or_else(|| d.strip_prefix("Theo "))
                .or_else(|| d.strip_prefix("Nguồn bài viết:"))?;
            known(rest)
        })
    })
}

/// A page that declares itself an article (JSON-LD `NewsArticle`, `og:type` article) is
/// one article: what the cleaner took for a second one (a subheading that looked like a
/// headline, a table's title) goes back into it, its title as a subheading.
fn merge_into_one(articles: &mut Vec<Article>) {
    if articles.len() < 2 {
        return;
    }
    let rest: Vec<Article> = articles.drain(1..).collect();
    let Some(first) = articles.first_mut() else {
        return;
    };
    for a in rest {
        let base = first.paragraphs.len();
        if !a.title_inferred {
            first.paragraphs.push(crate::article::Paragraph::new(
                ParagraphKind::Heading,
                a.title,
            ));
        }
        let shift = first.paragraphs.len();
        first.paragraphs.extend(a.paragraphs);
        first
            .dropped
            .extend(a.dropped.into_iter().map(|d| crate::article::Dropped {
                at: if d.at == 0 { base } else { d.at + shift },
                ..d
            }));
    }
}

struct Site {
    name: String,
    aggregator: bool,
}

/// The publishing outlet: the site name the page gives, else its address' host, as the
/// outlet table names it. A site name the table does not know is taken as written.
fn site_outlet(meta: &Meta, outlets: &Outlets) -> Option<Site> {
    let known = meta
        .site
        .as_deref()
        .and_then(|s| outlets.lookup(s))
        .or_else(|| meta.host.as_deref().and_then(|h| outlets.by_host(h)))
        .filter(|o| !o.agency);
    if let Some(o) = known {
        return Some(Site {
            name: o.name.clone(),
            aggregator: o.aggregator,
        });
    }
    let site = meta.site.as_deref()?;
    (site.split_whitespace().count() <= 5 && !site.contains("://")).then(|| Site {
        name: site.to_string(),
        aggregator: false,
    })
}

/// The page's headline: the `<h1>` that a metadata title agrees with, else the metadata's
/// best title, else a lone `<h1>` of four words or more.
fn headline(meta: &Meta) -> Option<String> {
    for h in &meta.h1 {
        if meta.titles.iter().any(|t| same_text(h, t)) {
            return Some(h.clone());
        }
    }
    if let Some(t) = meta.titles.first() {
        return Some(t.clone());
    }
    meta.h1
        .iter()
        .filter(|h| h.split_whitespace().count() >= 4)
        .max_by_key(|h| h.len())
        .cloned()
}

/// Two texts the same but for case, diacritics and punctuation, or one the other with a
/// site's name added ("Nga và NATO … - VnExpress").
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (letters(a), letters(b));
    !a.is_empty()
        && (a == b || (a.len() > 20 && b.starts_with(&a)) || (b.len() > 20 && a.starts_with(&b)))
}

fn letters(s: &str) -> String {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Give the article the page's headline. A paragraph that is the headline again goes; a
/// title the cleaner had taken from the text that is not the headline goes back to the
/// text as its first paragraph, so nothing is lost.
fn set_title(a: &mut Article, headline: &str) {
    if same_text(&a.title, headline) && !a.title_inferred {
        return;
    }
    a.paragraphs.retain(|p| !same_text(&p.text, headline));
    let old = std::mem::replace(&mut a.title, headline.to_string());
    if !a.title_inferred && old.split_whitespace().count() >= 12 {
        a.paragraphs
            .insert(0, crate::article::Paragraph::new(ParagraphKind::Body, old));
    }
    a.title_inferred = false;
}

/// Paragraphs the page marks as captions (`<figcaption>`) or subheadings (`<h2>`…) take
/// that kind.
fn mark_kinds(meta: &Meta, a: &mut Article) {
    for (i, p) in a.paragraphs.iter_mut().enumerate() {
        if p.kind != ParagraphKind::Caption && meta.captions.iter().any(|c| c == &p.text) {
            p.kind = ParagraphKind::Caption;
        } else if i > 0
            && p.kind == ParagraphKind::Body
            && p.text.chars().count() <= MAX_HEADING_CHARS
            && meta.headings.iter().any(|h| h == &p.text)
        {
            p.kind = ParagraphKind::Heading;
        }
    }
}

/// A text page's address: a line that is only a web address of a page (not a picture),
/// the way scrapers and people who paste note where a text came from. It gives the
/// article its `url` and, when no dateline dates it, the address' date stamp. In a file of
/// several articles nobody can tell whose address it is, so it is used for one only.
pub fn text_address(text: &str, articles: &mut [Article]) {
    let [a] = articles else {
        return;
    };
    let Some(url) = text.lines().map(str::trim).find(|l| is_page_address(l)) else {
        return;
    };
    a.url = Some(url.to_string());
    if a.source.is_none() {
        let outlets = Outlets::bundled();
        a.source = super::meta::host(url)
            .and_then(|h| outlets.by_host(&h))
            .filter(|o| !o.agency && !o.aggregator)
            .map(|o| o.name.clone());
    }
    if a.date.is_none() {
        if let Some(d) = super::date::url_date(url) {
            a.date = Some(d);
            a.date_basis = Some(DateBasis::Page);
        }
    }
}

/// "https://tuoitre.vn/…-20220110.htm" is; "https://…/anh.jpg", "xem tại https://…" and a
/// bare host are not.
fn is_page_address(line: &str) -> bool {
    let pictures = &super::rules::PageRules::bundled().html.picture_extensions;
    let lower = line.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !line.contains(char::is_whitespace)
        && line.split('/').filter(|s| !s.is_empty()).count() >= 3
        && !pictures
            .iter()
            .any(|p| lower.ends_with(p) || lower.contains(&format!("{p}?")))
}
