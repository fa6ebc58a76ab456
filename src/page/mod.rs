//! Saved web pages: HTML as a browser or a scraper saves it, and MHTML single-file
//! archives, recognised by their content whatever the file is called.
//!
//! A page becomes the text a person would select and copy from it (one line per block,
//! a blank line after paragraphs, headings and figures) plus what the page says about
//! itself ([`Meta`]: headline, publication time, outlet, author, address). The line cleaner
//! then judges the text as it judges any pasted page; the metadata is evidence applied to
//! the articles it finds ([`apply`]).
//!
//! HTML is parsed by html5ever (through `scraper`), MIME by `mail-parser`: no markup is
//! read by hand. What is hand-written is what no library knows: which blocks of a news
//! page are furniture (named rules in [`dom`]), Vietnamese URL date stamps ([`date`]).

mod apply;
pub mod date;
mod dom;
mod meta;
mod rules;

pub use rules::{PageRules, ELEMENT_RULES};

pub use apply::{apply, text_address};
pub use dom::Dropped;

use crate::article::Date;
use encoding_rs::Encoding;

/// What kind of file the bytes are, told by their content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Mhtml,
}

/// What a page says about itself, and how its blocks were read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// Headline candidates from the page's metadata, best first, site suffixes removed
    /// (JSON-LD `headline`, `og:title`, `<title>`).
    pub titles: Vec<String>,
    /// The `<h1>` texts of the page body.
    pub h1: Vec<String>,
    /// Publication date from metadata or the address, Vietnam time, and where it came from.
    pub date: Option<(Date, &'static str)>,
    /// The publishing site (`og:site_name`, JSON-LD `publisher.name`, the address' host).
    pub site: Option<String>,
    /// The host name of the page's address, without `www.`.
    pub host: Option<String>,
    /// Author named by the metadata (a person, not an outlet).
    pub author: Option<String>,
    /// The text of the first element the page marks as its byline (`class="author"`).
    pub byline: Option<String>,
    /// Authors named by the metadata, outlets included: an aggregator credits its origin
    /// so.
    pub credits: Vec<String>,
    /// The article's canonical address.
    pub url: Option<String>,
    /// Texts of `<figcaption>` and captioned table cells: caption paragraphs.
    pub captions: Vec<String>,
    /// Texts of subheadings (`<h2>`…`<h6>`) in the page body.
    pub headings: Vec<String>,
    /// The page declares itself an article (JSON-LD `NewsArticle`, `og:type` article).
    pub is_article: bool,
    /// The page declares itself a post of a discussion (JSON-LD `DiscussionForumPosting`):
    /// an article in it is quoted from elsewhere.
    pub is_discussion: bool,
    /// Blocks left out before the line cleaner saw them, with the rule that left each out.
    pub dropped: Vec<Dropped>,
    /// Set when the page is an index or section page: how many headlines it lists.
    pub index_headlines: Option<usize>,
}

/// A page read: its text for the line cleaner and its metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub meta: Meta,
    pub encoding: &'static str,
    pub lossy: bool,
}

/// Tell a file's format from its first bytes: an MHTML archive starts with MIME headers
/// naming a multipart type; an HTML page has a doctype, an `<html>`, `<head>` or `<body>`
/// tag, or a `<meta>` near its start. Anything else is text.
///
/// `sniff(b"<!DOCTYPE html><html>...")` is `Html`; `sniff(b"From: <Saved by Blink>\r\n
/// MIME-Version: 1.0\r\nContent-Type: multipart/related;...")` is `Mhtml`; a pasted article
/// that quotes "<html>" in its fifth paragraph stays `Text`.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(4096)];
    // UTF-16 pages: look at every other byte.
    let folded: Vec<u8> = if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        head.iter()
            .copied()
            .filter(|&b| b != 0)
            .skip(2)
            .map(|b| b.to_ascii_lowercase())
            .collect()
    } else {
        head.iter().map(u8::to_ascii_lowercase).collect()
    };
    let start = folded
        .strip_prefix(b"\xef\xbb\xbf".as_slice())
        .unwrap_or(&folded);
    let trimmed = trim_ascii_start(start);
    if looks_mime(trimmed) {
        return Format::Mhtml;
    }
    if trimmed.starts_with(b"<") {
        const OPENERS: [&[u8]; 6] = [
            b"<!doctype html",
            b"<html",
            b"<head",
            b"<body",
            b"<meta",
            b"<?xml",
        ];
        if OPENERS.iter().any(|o| trimmed.starts_with(o)) {
            return if trimmed.starts_with(b"<?xml") && !contains(trimmed, b"<html") {
                Format::Text
            } else {
                Format::Html
            };
        }
        // A comment or a fragment first: a page when it soon has a page's tags.
        const TAGS: [&[u8]; 4] = [b"<html", b"<head", b"<body", b"<meta "];
        if TAGS.iter().any(|t| contains(trimmed, t)) {
            return Format::Html;
        }
        // A scraper's body fragment: several block tags.
        let blocks = [&b"<p>"[..], b"<p ", b"<div", b"<h1", b"<h2", b"<article"]
            .iter()
            .map(|t| count(trimmed, t))
            .sum::<usize>();
        if blocks >= 3 {
            return Format::Html;
        }
    }
    Format::Text
}

/// MIME headers: a first line `Name: value` and a multipart content type in the header
/// block.
fn looks_mime(s: &[u8]) -> bool {
    let header_end = find(s, b"\n\n")
        .or_else(|| find(s, b"\r\n\r\n"))
        .unwrap_or(s.len());
    let headers = &s[..header_end];
    let first = headers.split(|&b| b == b'\n').next().unwrap_or(b"");
    let first_is_header = first.iter().position(|&b| b == b':').is_some_and(|i| {
        i > 0
            && first[..i]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
    });
    first_is_header && contains(headers, b"content-type: multipart/")
}

/// Markup nested deeper than this is no page a browser or a scraper saved: the HTML
/// parser's work grows with the square of the depth (100,000 nested `<div>`s take most of a
/// minute), while real news pages stay under a hundred levels.
pub const MAX_DEPTH: usize = 4096;

/// Read an HTML page's bytes: the charset from the BOM, then the page's `<meta charset>`
/// or `http-equiv` (among its first 4 KB), then detection. Binary data (NUL bytes outside
/// UTF-16) and markup nested past [`MAX_DEPTH`] are refused with the reason.
pub fn read_html(bytes: &[u8], url_hint: Option<&str>) -> Result<Page, String> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && memchr::memchr(0, bytes).is_some() {
        return Err("not a text file (binary data in an HTML page)".to_string());
    }
    let (text, encoding, lossy) = decode_html(bytes);
    let text = crate::corpus::decode::normalize(&text);
    check_depth(&text)?;
    Ok(parse(&text, encoding, lossy, url_hint))
}

/// Refuse markup nested past [`MAX_DEPTH`], counted on the tags' outline: an open tag
/// deepens, its closing tag goes back. Void elements (`<br>`, `<img>`) and elements whose
/// end tag may be left out (`<p>`, `<li>`, `<td>`: a thousand unclosed `<p>`s are siblings,
/// not a nest) are not counted. This is no parsing: it only bounds the parser's work.
fn check_depth(html: &str) -> Result<(), String> {
    const UNCOUNTED: [&[u8]; 26] = [
        b"br",
        b"img",
        b"meta",
        b"link",
        b"input",
        b"hr",
        b"area",
        b"base",
        b"col",
        b"embed",
        b"source",
        b"track",
        b"wbr",
        b"param",
        b"p",
        b"li",
        b"option",
        b"td",
        b"tr",
        b"th",
        b"dt",
        b"dd",
        b"tbody",
        b"thead",
        b"tfoot",
        b"optgroup",
    ];
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'<', b) {
        let closing = b.get(i + 1) == Some(&b'/');
        let start = i + 1 + usize::from(closing);
        let name_end = b[start.min(b.len())..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |n| start + n);
        let name = b[start.min(b.len())..name_end].to_ascii_lowercase();
        if name.is_empty() || !name[0].is_ascii_alphabetic() || UNCOUNTED.contains(&name.as_slice())
        {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if b.get(name_end..name_end + 2) != Some(b"/>") {
            depth += 1;
            max = max.max(depth);
        }
    }
    if max > MAX_DEPTH {
        return Err(format!(
            "skipped: markup nested {max} levels deep (a saved page has at most a few hundred)"
        ));
    }
    Ok(())
}

/// Read an MHTML archive: its first `text/html` part (quoted-printable or base64 and its
/// charset decoded by the MIME parser), with the archive's address as a hint for the URL.
pub fn read_mhtml(bytes: &[u8]) -> Result<Page, String> {
    let message = mail_parser::MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| "not a readable MHTML archive".to_string())?;
    let location = message
        .header_raw("Snapshot-Content-Location")
        .map(|s| s.trim().to_string());
    for part in &message.parts {
        if let mail_parser::PartType::Html(html) = &part.body {
            let part_location = part
                .headers
                .iter()
                .find(|h| h.name.as_str().eq_ignore_ascii_case("Content-Location"))
                .and_then(|h| h.value.as_text().map(|s| s.trim().to_string()));
            let hint = location.clone().or(part_location);
            let text = crate::corpus::decode::normalize(html);
            check_depth(&text)?;
            return Ok(parse(&text, "MHTML", false, hint.as_deref()));
        }
    }
    Err("an MHTML archive with no HTML page in it".to_string())
}

fn parse(text: &str, encoding: &'static str, lossy: bool, url_hint: Option<&str>) -> Page {
    let doc = scraper::Html::parse_document(text);
    let mut meta = meta::read(&doc, url_hint);
    let rules = PageRules::bundled();
    let walked = dom::walk(&doc, rules);
    meta.h1 = walked.h1;
    meta.captions = walked.captions;
    meta.headings = walked.headings;
    meta.byline = walked.byline;
    meta.dropped = walked.dropped;
    meta.index_headlines =
        (!meta.is_article && walked.body.is_index(rules)).then_some(walked.body.headline_links);
    Page {
        text: walked.text,
        meta,
        encoding,
        lossy,
    }
}

fn decode_html(bytes: &[u8]) -> (String, &'static str, bool) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name(), had_errors);
    }
    if let Some(enc) = declared_charset(&bytes[..bytes.len().min(4096)]) {
        // A page saved as UTF-8 by the browser may still declare its old charset: trust
        // bytes that are valid UTF-8 over a declaration that says otherwise.
        let enc =
            if enc != encoding_rs::UTF_8 && std::str::from_utf8(bytes).is_ok() && !bytes.is_ascii()
            {
                encoding_rs::UTF_8
            } else {
                enc
            };
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return (text.into_owned(), enc.name(), had_errors);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), "UTF-8", false);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"vn"), chardetng::Utf8Detection::Allow);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc.name(), had_errors)
}

/// The charset a page declares in its head: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`. A name no encoding
/// answers to ("x-unknown") is no declaration. UTF-16 labels are ignored: bytes read as
/// ASCII cannot be UTF-16.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"charset") {
        let at = from + i + b"charset".len();
        from = at;
        let rest = trim_ascii_start(&lower[at..]);
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = trim_ascii_start(rest);
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/'))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..end]) {
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Some(encoding_rs::UTF_8);
            }
            return Some(enc);
        }
    }
    None
}

fn trim_ascii_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    memchr::memmem::find_iter(hay, needle).count()
}

#[cfg(test)]
mod tests;
