//! The page body as the text a person would copy from it: one line per block, a blank line
//! after paragraphs, headings, figures and tables. Markup that is not text (scripts,
//! styles, forms, embeds) is never read; blocks that are page furniture by their element or
//! class (navigation, site header and footer, share bars, comments, cookie banners,
//! related-news boxes) are left out with the rule that left them out. Everything else goes
//! to the line cleaner, which judges it as it judges pasted text.
//!
//! The walk is iterative (open and close edges), so a page nested 100,000 levels deep costs
//! no stack.

use super::rules::PageRules;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};
use std::borrow::Cow;
use std::collections::HashMap;

pub use crate::article::Dropped;

/// What the walk found besides the text: enough to tell an article page from an index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BodyStats {
    /// Links whose text reads like a headline (four words or more).
    pub headline_links: usize,
    /// The most prose (characters of blocks that are not links) under one container.
    pub best_container: usize,
}

impl BodyStats {
    /// Many headlines and no container with an article's worth of prose: a home or
    /// section page.
    pub fn is_index(&self, rules: &PageRules) -> bool {
        self.headline_links >= rules.index_min_headlines
            && self.best_container < rules.index_max_prose
    }
}

pub struct Walked {
    pub text: String,
    /// The first byline-classed element's text.
    pub byline: Option<String>,
    pub h1: Vec<String>,
    pub captions: Vec<String>,
    pub headings: Vec<String>,
    pub dropped: Vec<Dropped>,
    pub body: BodyStats,
}

/// A block this long or longer whose text is all one link is a teaser of another page
/// ("Nga - Mỹ kết thúc đàm phán an ninh ở Geneva" under a related-news box); shorter
/// link-only lines (menu items) stay for the line cleaner, whose runs of furniture they are.
const LINK_TEASER_CHARS: usize = 25;

/// Between the cells of a table row: not a tab or a bar, which the line cleaner reads as a
/// menu's or a breadcrumb's separators.
const CELL_GAP: &str = " · ";

#[derive(Default)]
struct Walker {
    text: String,
    line: String,
    /// Characters of the current line inside links.
    link_chars: usize,
    pending_gap: bool,
    /// Open table rows.
    rows: usize,
    /// An element boundary that a browser shows as a gap ("27/02/2022 08:40</time><a>Người
    /// Đưa Tin"): a space if letters meet across it.
    soft_space: bool,
    heading: Option<u8>,
    caption_depth: usize,
    /// Text of the current line came from inside a caption (a table cell's caption ends
    /// before its row's line does).
    line_caption: bool,
    link_depth: usize,
    h1: Vec<String>,
    captions: Vec<String>,
    headings: Vec<String>,
    dropped: Vec<Dropped>,
    stats: BodyStats,
    /// Prose characters per container (the block open when a line ends, and its parent).
    prose: HashMap<ego_tree::NodeId, usize>,
    /// Inline elements opened as blocks for their stamp class, to close them as blocks.
    stamp_blocks: std::collections::HashSet<ego_tree::NodeId>,
    /// The first byline-classed element's text.
    byline: Option<String>,
    /// Addresses of the headline links counted.
    headline_hrefs: std::collections::HashSet<String>,
    /// Open block elements, innermost last.
    blocks: Vec<ego_tree::NodeId>,
}

impl Walker {
    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            let c = if c.is_whitespace() { ' ' } else { c };
            if std::mem::take(&mut self.soft_space)
                && c.is_alphanumeric()
                && self
                    .line
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_alphanumeric() || ")]”\"'".contains(p))
            {
                self.line.push(' ');
            }
            if c == ' ' && (self.line.is_empty() || self.line.ends_with(' ')) {
                continue;
            }
            self.line.push(c);
            self.line_caption |= self.caption_depth > 0;
            if self.link_depth > 0 {
                self.link_chars += 1;
            }
        }
    }

    /// End the current line, if it has text.
    fn flush(&mut self) {
        let caption = std::mem::take(&mut self.line_caption);
        let line = self.line.trim();
        if line.is_empty() {
            self.line.clear();
            self.link_chars = 0;
            return;
        }
        let line = line.to_string();
        self.line.clear();
        let chars = line.chars().count();
        let linked = std::mem::take(&mut self.link_chars);
        // A block that is one link from end to end is a teaser of another page.
        if linked >= chars && chars >= LINK_TEASER_CHARS && self.heading != Some(1) {
            self.dropped.push(Dropped::new(line, 0, "link-teaser"));
            return;
        }
        if chars >= 80 && linked * 10 < chars * 3 {
            let n = self.blocks.len();
            for &id in &self.blocks[n.saturating_sub(2)..] {
                let total = self.prose.entry(id).or_default();
                *total += chars;
                self.stats.best_container = self.stats.best_container.max(*total);
            }
        }
        match self.heading {
            Some(1) => self.h1.push(line.clone()),
            Some(_) => self.headings.push(line.clone()),
            None if caption => self.captions.push(line.clone()),
            None => {}
        }
        if !self.text.is_empty() {
            self.text.push('\n');
            // A table that a sentence announces ("… như sau:") stays glued to it, as a
            // list under a colon is in pasted text.
            let announced = self.rows > 0 && self.text.trim_end().ends_with(':');
            if self.pending_gap && !announced {
                self.text.push('\n');
            }
        }
        self.pending_gap = false;
        self.text.push_str(&line);
    }
}

/// Walk the page's body (the whole document when it has none).
pub fn walk(doc: &Html, rules: &PageRules) -> Walked {
    let mut w = Walker::default();
    let mut skip: Option<ego_tree::NodeId> = None;
    let copied = copied_page(doc);
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => w.push_text(t),
                    Node::Element(el) => {
                        let name = el.name();
                        if rules.html.not_text.contains(name) || hidden(el) {
                            skip = Some(node.id());
                            continue;
                        }
                        if let Some(er) = ElementRef::wrap(node) {
                            let banner = copied.as_ref().is_some_and(|c| c.is_banner(node));
                            if let Some(rule) = banner
                                .then_some("cache-banner")
                                .or_else(|| furniture(er, rules))
                            {
                                w.flush();
                                let text = collapse(&er.text().collect::<String>());
                                if !text.is_empty() {
                                    w.dropped.push(Dropped::new(text, 0, rule));
                                }
                                skip = Some(node.id());
                                continue;
                            }
                        }
                        if name == "a" {
                            w.link_depth += 1;
                        }
                        if rules.html.spaced.contains(name) {
                            w.soft_space = true;
                        }
                        // A break inside a heading sets the headline over two lines on
                        // screen; it is still one headline.
                        if name == "br" && w.heading.is_some() {
                            w.push_text(" ");
                        } else if name == "br" {
                            w.flush();
                        }
                        if name == "tr" {
                            w.rows += 1;
                        }
                        // A table row is a line, its cells in order (a block inside a
                        // layout table's cell still makes lines of its own).
                        if rules.html.cells.contains(name) && !w.line.trim().is_empty() {
                            w.line.push_str(CELL_GAP);
                        }
                        // "<strong class=\"date\">17/12/2021:</strong> Nga công bố …": a stamp
                        // that labels the words after it (a chronology's entry) stays in
                        // their line.
                        let label = || {
                            !rules.html.blocks.contains(name)
                                && ElementRef::wrap(node).is_some_and(|e| {
                                    collapse(&e.text().collect::<String>()).ends_with(':')
                                })
                        };
                        if is_block(el, rules) && !label() {
                            if !rules.html.blocks.contains(name) {
                                w.stamp_blocks.insert(node.id());
                            }
                            if w.byline.is_none() && tokens(el).any(|t| rules.is_byline_class(&t)) {
                                let text = collapse(
                                    &ElementRef::wrap(node)
                                        .map(|e| e.text().collect::<String>())
                                        .unwrap_or_default(),
                                );
                                w.byline = (!text.is_empty()
                                    && text.split_whitespace().count() <= 12)
                                    .then_some(text);
                            }
                            w.flush();
                            w.blocks.push(node.id());
                            if let Some(level) = heading_level(name) {
                                w.heading = Some(level);
                            }
                        }
                        if name == "figcaption" || is_caption_block(el, name, rules) {
                            w.caption_depth += 1;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip {
                    if id == node.id() {
                        skip = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if rules.html.spaced.contains(name) {
                        w.soft_space = true;
                    }
                    if name == "tr" {
                        w.flush();
                        w.rows = w.rows.saturating_sub(1);
                    }
                    if name == "a" {
                        w.link_depth = w.link_depth.saturating_sub(1);
                        if let Some(er) = ElementRef::wrap(node) {
                            let words = er.text().flat_map(str::split_whitespace).nth(3);
                            // One headline linked from its picture and its title counts once.
                            let href = el.attr("href").unwrap_or("").to_string();
                            if words.is_some() && w.headline_hrefs.insert(href) {
                                w.stats.headline_links += 1;
                            }
                        }
                    }
                    if rules.html.blocks.contains(name) || w.stamp_blocks.remove(&node.id()) {
                        w.flush();
                        w.blocks.pop();
                        if heading_level(name).is_some() {
                            w.heading = None;
                        }
                        if rules.html.paragraphs.contains(name) {
                            w.pending_gap = true;
                        }
                    }
                    if name == "figcaption" || is_caption_block(el, name, rules) {
                        w.caption_depth = w.caption_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    w.flush();
    Walked {
        byline: w.byline,
        text: w.text,
        h1: w.h1,
        captions: w.captions,
        headings: w.headings,
        dropped: w.dropped,
        body: w.stats,
    }
}

/// A block element, or an inline one whose class says it holds a time stamp
/// (`<span class="date">Thứ Hai, 24/01/2022, 21:40</span><a>Quốc tế</a>`): the stamp is a
/// line of its own, as a dateline is.
fn is_block(el: &scraper::node::Element, rules: &PageRules) -> bool {
    rules.html.blocks.contains(el.name())
        || tokens(el).any(|t| rules.is_stamp_class(&t) || rules.is_byline_class(&t))
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// `hidden`, `aria-hidden="true"` on a block, or an inline `display: none`.
fn hidden(el: &scraper::node::Element) -> bool {
    el.attr("hidden").is_some()
        || el.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        })
}

/// A block whose class or id says it holds a caption (`<p class="Image">` under a picture
/// in VnExpress' CMS, `<div class="caption">`, `<td class="image-desc">`).
fn is_caption_block(el: &scraper::node::Element, name: &str, rules: &PageRules) -> bool {
    rules.html.caption_blocks.contains(name)
        && tokens(el).any(|t| rules.html.caption_class.contains(&t))
}

/// The words of an element's class and id: `class="box-comment fb_share"` gives "box",
/// "comment", "fb", "share", lower-case (borrowed when they already are, as most are).
fn tokens(el: &scraper::node::Element) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    el.attr("class")
        .into_iter()
        .chain(el.attr("id"))
        .chain(el.attr("role"))
        // What a React page names its parts by ("data-testid=\"byline\""), and the id of
        // the heading a section is labelled by ("aria-labelledby=\"related-topics\"").
        .chain(el.attr("data-testid"))
        .chain(el.attr("data-component"))
        .chain(el.attr("aria-labelledby"))
        .flat_map(|s| s.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(t.to_ascii_lowercase())
            } else {
                Cow::Borrowed(t)
            }
        })
}

/// The rule that makes an element page furniture, if one does. An element that holds the
/// page's headline or its article body is never furniture, whatever its class says.
/// A cache's copy of a page (Google's cache, a proxy's snapshot): the cache's own page,
/// with a `<base href>` to the original, holds the original page's whole document inside
/// its body, whose `<title>` is then in the body. What the cache put before the copied
/// document is its banner ("Đây là bộ nhớ đệm của Google …", "Phiên bản chỉ có văn bản").
struct CopiedPage {
    /// The nested document's `<title>` and the elements around it.
    around: std::collections::HashSet<ego_tree::NodeId>,
    title: ego_tree::NodeId,
}

impl CopiedPage {
    /// Rule cache-banner: an element of the body that comes before the copied document and
    /// holds no part of it.
    fn is_banner(&self, node: ego_tree::NodeRef<'_, Node>) -> bool {
        !self.around.contains(&node.id())
            && node.parent().is_some_and(|p| {
                self.around.contains(&p.id())
                    && p.value().as_element().is_some_and(|e| e.name() != "html")
            })
            && node
                .next_siblings()
                .any(|n| n.id() == self.title || self.around.contains(&n.id()))
    }
}

fn copied_page(doc: &Html) -> Option<CopiedPage> {
    let is = |n: &ego_tree::NodeRef<'_, Node>, name: &str| {
        n.value()
            .as_element()
            .is_some_and(|e| e.name() == name && &*e.name.ns == "http://www.w3.org/1999/xhtml")
    };
    let root = doc.tree.root();
    let head_base = root
        .descendants()
        .any(|n| is(&n, "base") && n.ancestors().any(|a| is(&a, "head")));
    if !head_base {
        return None;
    }
    let title = root
        .descendants()
        .find(|n| is(n, "title") && n.ancestors().any(|a| is(&a, "body")))?;
    let around = title.ancestors().map(|a| a.id()).collect();
    Some(CopiedPage {
        around,
        title: title.id(),
    })
}

fn furniture(er: ElementRef<'_>, rules: &PageRules) -> Option<&'static str> {
    let el = er.value();
    let rule = match el.name() {
        "nav" => Some("page-navigation"),
        "footer" if !inside(er, "article") => Some("page-footer"),
        "header" if !inside(er, "article") => Some("page-header"),
        "aside" if !inside(er, "article") => Some("page-aside"),
        "a" if link_card(er, rules) => Some("link-card"),
        _ if figure_credit(er) => Some("figure-credit"),
        _ => None,
    }
    .or_else(|| {
        // A site's masthead by class ("header", "masthead"), outside the article: an
        // article's own header ("article-header") holds its headline and stays.
        let masthead = tokens(el).any(|t| rules.masthead_class.contains(t.as_ref()));
        (masthead && !inside(er, "article") && !inside(er, "main") && !holds_stamp(er, rules))
            .then_some("site-header")
    })
    .or_else(|| {
        // Each class name, the id, the role and the type judged on its own; one that says
        // "the article" keeps the element whatever the others say.
        let names = el
            .attr("class")
            .into_iter()
            .flat_map(str::split_whitespace)
            .chain(el.attr("id"))
            .chain(el.attr("role"))
            .chain(el.attr("type"));
        let mut rule = None;
        for name in names {
            match rules.judge_class_name(name) {
                Some(Ok(())) => return None,
                Some(Err(r)) => rule = rule.or(Some(r)),
                None => {}
            }
        }
        rule
    })?;
    // "<div class=\"article__footer-meta\">Minh Châu · <time>…</time>": a footer inside the
    // article that holds its time stamp is the article's byline and date, not the site's.
    if rule == "site-footer" && inside(er, "article") && holds_stamp(er, rules) {
        return None;
    }
    (!holds_article(er)).then_some(rule)
}

/// A link wrapped around blocks of text (a label, a title, a blurb: "<a href=…><span>
/// VnEconomy English</span><p>Vietnamese exporters …</p><p>Seafood …</p></a>"): a card
/// that sends the reader to another page, whatever its parts look like alone. Not a
/// picture's link around its caption.
fn link_card(er: ElementRef<'_>, rules: &PageRules) -> bool {
    let href = er.value().attr("href").unwrap_or("").to_ascii_lowercase();
    let picture = rules
        .html
        .picture_extensions
        .iter()
        .any(|e| href.ends_with(e.as_str()) || href.contains(&format!("{e}?")));
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript") || picture {
        return false;
    }
    let mut blocks = er.descendants().filter_map(ElementRef::wrap).filter(|d| {
        let name = d.value().name();
        rules.html.blocks.contains(name) && !d.text().all(|t| t.trim().is_empty())
    });
    let has_block = blocks.next().is_some();
    has_block
        && !er
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|d| matches!(d.value().name(), "figcaption" | "h1"))
        && collapse(&er.text().collect::<String>()).chars().count() >= LINK_TEASER_CHARS
}

/// Text set in a picture's frame beside its caption (the photo agency laid over the
/// picture, "Getty Images"): a child of a `<figure>` that has a `<figcaption>`, other than
/// the caption, holding text. The caption is the picture's words a reader reads.
fn figure_credit(er: ElementRef<'_>) -> bool {
    let is = |e: &ElementRef<'_>, name: &str| e.value().name() == name;
    if is(&er, "figcaption") || er.text().all(|t| t.trim().is_empty()) {
        return false;
    }
    let Some(figure) = er.parent().and_then(ElementRef::wrap) else {
        return false;
    };
    is(&figure, "figure")
        && figure
            .children()
            .filter_map(ElementRef::wrap)
            .any(|c| is(&c, "figcaption"))
        && !er
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|c| is(&c, "figcaption"))
}

fn inside(er: ElementRef<'_>, name: &str) -> bool {
    er.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == name)
}

/// The element holds the headline (an `<h1>` of four words or more: a logo set in an
/// `<h1>` is no headline) or the article body (`itemprop="articleBody"`, an `<article>` of
/// three paragraphs or more: sites wrap each teaser of a list in an `<article>` too):
/// looked for among its first 2,000 descendants.
fn holds_article(er: ElementRef<'_>) -> bool {
    er.descendants()
        .take(2000)
        .filter_map(ElementRef::wrap)
        .any(|d| {
            let v = d.value();
            match v.name() {
                "h1" => d.text().flat_map(str::split_whitespace).nth(3).is_some(),
                "article" => d
                    .descendants()
                    .take(2000)
                    .filter_map(ElementRef::wrap)
                    .filter(|p| p.value().name() == "p")
                    .nth(2)
                    .is_some(),
                _ => v.attr("itemprop") == Some("articleBody"),
            }
        })
}

/// The element holds a `<time>` or a stamp-classed element: it may be the article's own
/// header with its dateline.
fn holds_stamp(er: ElementRef<'_>, rules: &PageRules) -> bool {
    er.descendants()
        .take(2000)
        .filter_map(ElementRef::wrap)
        .any(|d| {
            let v = d.value();
            v.name() == "time" || tokens(v).any(|t| rules.is_stamp_class(&t))
        })
}

/// Runs of whitespace as one space, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
