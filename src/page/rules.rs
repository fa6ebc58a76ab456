//! The word lists and thresholds of `assets/page.toml`, read once.

use crate::lexicon::WordSet;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    furniture: BTreeMap<String, Vec<String>>,
    keep_class: Vec<String>,
    masthead_class: Vec<String>,
    stamp_class: Vec<String>,
    byline_class: Vec<String>,
    html: HtmlFile,
    index: Index,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HtmlFile {
    not_text: Vec<String>,
    spaced: Vec<String>,
    blocks: Vec<String>,
    paragraphs: Vec<String>,
    cells: Vec<String>,
    caption_blocks: Vec<String>,
    caption_class: Vec<String>,
    article_types: Vec<String>,
    discussion_types: Vec<String>,
    picture_extensions: Vec<String>,
    wrapper_min_links: usize,
}

/// The element names of `[html]` in `assets/page.toml`, by what they do to the text.
pub struct Html {
    /// "script", "button": never text a reader sees.
    pub not_text: WordSet,
    /// "a", "img": inline, but words do not run across their edges.
    pub spaced: WordSet,
    /// "p", "div", "time": end a line.
    pub blocks: WordSet,
    /// "p", "h2": a blank line after them in a person's copy.
    pub paragraphs: WordSet,
    /// "td", "th": the cells of a table row.
    pub cells: WordSet,
    /// "p", "div": may hold a caption, when their class says so ("caption", "image").
    pub caption_blocks: WordSet,
    pub caption_class: WordSet,
    /// JSON-LD types that are an article ("NewsArticle").
    pub article_types: WordSet,
    /// JSON-LD types of a post in a discussion ("DiscussionForumPosting").
    pub discussion_types: WordSet,
    /// ".jpg", ".png": a picture's address.
    pub picture_extensions: Vec<String>,
    /// This many links of a page's own host that hold another address make it a
    /// wrapper's copy (an archive's).
    pub wrapper_min_links: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    min_headlines: usize,
    max_prose: usize,
}

/// A furniture word this long is looked for inside compound class names too; shorter
/// ones ("ad", "menu", "share") only as whole words, or they would match "head", "menuitem"
/// of an article's own markup.
const MIN_COMPOUND: usize = 6;

/// The rules that leave a block of a page out by the element itself, not its class words
/// (those are the `[furniture]` tables of `assets/page.toml`, each named by its key), with
/// what each leaves out: the legend of `dossier explain`.
pub const ELEMENT_RULES: &[crate::clean::Rule] = &[
    crate::clean::Rule {
        name: "page-navigation",
        drops: "a <nav> element: the site's menus",
    },
    crate::clean::Rule {
        name: "page-header",
        drops: "a <header> outside the article: the site's masthead",
    },
    crate::clean::Rule {
        name: "page-footer",
        drops: "a <footer> outside the article: the site's footer",
    },
    crate::clean::Rule {
        name: "page-aside",
        drops: "an <aside> outside the article: a side column",
    },
    crate::clean::Rule {
        name: "site-header",
        drops: "an element classed as a masthead (\"header\", \"masthead\") outside the article",
    },
    crate::clean::Rule {
        name: "figure-credit",
        drops: "text in a picture's frame beside its <figcaption>: a photo credit laid over the picture",
    },
    crate::clean::Rule {
        name: "link-card",
        drops: "a link wrapped around blocks of text (a label, a title, a blurb): a card sending the reader to another page",
    },
    crate::clean::Rule {
        name: "cache-banner",
        drops: "what a cache put above its copy of a page (a <base> to the original, the original's whole document in the body): \"Đây là bộ nhớ đệm của Google …\"",
    },
    crate::clean::Rule {
        name: "link-teaser",
        drops: "a block that is one link from end to end: a teaser of another page",
    },
];

/// The page rules: furniture class words by rule name, and the index-page thresholds.
pub struct PageRules {
    /// (rule name, class words), in the file's order of names.
    furniture: Vec<(&'static str, HashSet<String>)>,
    pub keep_class: HashSet<String>,
    pub masthead_class: HashSet<String>,
    stamp_class: HashSet<String>,
    byline_class: HashSet<String>,
    pub html: Html,
    pub index_min_headlines: usize,
    pub index_max_prose: usize,
}

impl PageRules {
    pub fn from_toml(s: &str) -> Result<Self, String> {
        let f: File = toml::from_str(s).map_err(|e| e.to_string())?;
        Ok(PageRules {
            furniture: f
                .furniture
                .into_iter()
                .map(|(name, words)| {
                    let name: &'static str = Box::leak(name.into_boxed_str());
                    (
                        name,
                        words.into_iter().map(|w| w.to_ascii_lowercase()).collect(),
                    )
                })
                .collect(),
            keep_class: f.keep_class.into_iter().collect(),
            masthead_class: f.masthead_class.into_iter().collect(),
            stamp_class: f.stamp_class.into_iter().collect(),
            byline_class: f.byline_class.into_iter().collect(),
            html: Html {
                not_text: WordSet::new(f.html.not_text),
                spaced: WordSet::new(f.html.spaced),
                blocks: WordSet::new(f.html.blocks),
                paragraphs: WordSet::new(f.html.paragraphs),
                cells: WordSet::new(f.html.cells),
                caption_blocks: WordSet::new(f.html.caption_blocks),
                caption_class: WordSet::new(f.html.caption_class),
                article_types: WordSet::new(f.html.article_types),
                discussion_types: WordSet::new(f.html.discussion_types),
                picture_extensions: f.html.picture_extensions,
                wrapper_min_links: f.html.wrapper_min_links,
            },
            index_min_headlines: f.index.min_headlines,
            index_max_prose: f.index.max_prose,
        })
    }

    /// The bundled `assets/page.toml` (its parsing is tested).
    pub fn bundled() -> &'static PageRules {
        static RULES: OnceLock<PageRules> = OnceLock::new();
        RULES.get_or_init(|| {
            crate::lexicon::bundled(
                "page.toml",
                PageRules::from_toml(include_str!("../../assets/page.toml")),
            )
        })
    }

    /// The furniture rule one word names, if any: whole, also with a version number after
    /// it ("tinlienquanv2"), and for a furniture word of six letters or more also inside a
    /// compound ("relatednews", "fbcomments", "boxtinlienquan").
    pub fn furniture_word(&self, w: &str) -> Option<&'static str> {
        let bare = w.trim_end_matches(|c: char| c.is_ascii_digit());
        let bare = if bare.len() < w.len() {
            bare.strip_suffix('v').unwrap_or(bare)
        } else {
            bare
        };
        self.furniture
            .iter()
            .find(|(_, set)| {
                set.contains(bare)
                    || (bare.len() > MIN_COMPOUND
                        && set.iter().any(|f| {
                            f.len() >= MIN_COMPOUND
                                && f.len() < bare.len()
                                && bare.contains(f.as_str())
                        }))
            })
            .map(|(name, _)| *name)
    }

    /// What the block rule `name` leaves out, for `dossier explain`: an element rule's
    /// description, or the class words of a `[furniture]` rule ("an element whose class, id
    /// or role says \"share\", \"sharing\", \"social\"…").
    pub fn describe(&self, name: &str) -> Option<String> {
        if let Some(r) = ELEMENT_RULES.iter().find(|r| r.name == name) {
            return Some(r.drops.to_string());
        }
        let (_, words) = self.furniture.iter().find(|(n, _)| *n == name)?;
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        words.sort_unstable();
        let shown: Vec<String> = words.iter().take(4).map(|w| format!("\"{w}\"")).collect();
        let more = if words.len() > 4 { ", …" } else { "" };
        Some(format!(
            "an element whose class, id or role says {}{more} (assets/page.toml)",
            shown.join(", ")
        ))
    }

    /// A class word of an element holding a time stamp: "date", also at the end of a
    /// compound ("articledate", "publishtime").
    pub fn is_stamp_class(&self, word: &str) -> bool {
        ends_with_any(word, &self.stamp_class)
    }

    /// A class word of an element holding the byline ("author", "articleauthor").
    pub fn is_byline_class(&self, word: &str) -> bool {
        ends_with_any(word, &self.byline_class)
    }

    /// What one class name (or id, role, type) says: `Some(Ok(()))` the article's own
    /// ("detail-content"), `Some(Err(rule))` furniture ("box-tin-lien-quan"), `None`
    /// nothing. Its last telling word decides, as the head of a compound name does:
    /// "link-content-footer" is a footer, "comment-content" a comment's text,
    /// "article-content" the article. A name with no telling word is looked at squashed,
    /// so "box-tin-lien-quan" reads as "boxtinlienquan".
    pub fn judge_class_name(&self, name: &str) -> Option<Result<(), &'static str>> {
        let lower = name.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for w in words.iter().rev() {
            if self.keep_class.contains(*w) {
                return Some(Ok(()));
            }
            if let Some(rule) = self.furniture_word(w) {
                return Some(Err(rule));
            }
        }
        (words.len() > 1)
            .then(|| self.furniture_word(&words.concat()))
            .flatten()
            .map(Err)
    }
}

/// `word` is one of `set`, or ends with one of its words of four letters or more.
fn ends_with_any(word: &str, set: &HashSet<String>) -> bool {
    set.contains(word)
        || set
            .iter()
            .any(|w| w.len() >= 4 && word.len() > w.len() && word.ends_with(w.as_str()))
}
