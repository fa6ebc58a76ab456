//! The in-memory model the reader and the exports draw from: articles, actors with their
//! mentions, and dated events grouped into a timeline.

use crate::article::{Article, PartialDate};
use std::ops::Range;

mod build;
mod cooccur;
pub mod copies;
pub mod reading;
mod redate;
pub mod resolve;
mod subset;
mod user_merges;

pub use build::{build, build_read};
pub use copies::{Copies, CopyGroup};
pub use user_merges::Unmerged;

/// What kind of thing an actor is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Place,
    Other,
}

/// A person, organisation, country or place named in the corpus.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Actor {
    /// Stable slug: ASCII, lowercase, dash-separated ("sergei-lavrov").
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Every surface form found in the corpus, the name included.
    pub aliases: Vec<String>,
    /// How many times it is mentioned in article text.
    pub mentions: usize,
    /// Indices into `Model::articles`, ascending.
    pub articles: Vec<usize>,
}

/// One place in article text where an actor is named.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Mention {
    pub article: usize,
    pub paragraph: usize,
    /// Byte range within the paragraph text.
    pub start: usize,
    pub end: usize,
    pub actor: usize,
}

/// One dated mention in article text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub date: PartialDate,
    /// The words that gave the date ("ngày 12/1").
    pub surface: String,
    pub article: usize,
    pub paragraph: usize,
    /// Byte range of the surface within the paragraph text.
    pub start: usize,
    pub end: usize,
    /// The sentence that holds the date.
    #[serde(deserialize_with = "crate::text::de_string")]
    pub text: String,
    /// Indices into `Model::actors` of the actors named in that sentence.
    pub actors: Vec<usize>,
}

/// All events of one date (at its precision), across articles.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimelineEntry {
    pub date: PartialDate,
    /// Indices into `Model::events`, in reading order.
    pub events: Vec<usize>,
    /// Indices into `Model::articles`, ascending, once each.
    pub articles: Vec<usize>,
    /// The outlets of those articles, once each, in first-seen order.
    pub sources: Vec<String>,
}

/// Whether a statement is quoted words or reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// One attributed statement in article text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    pub article: usize,
    pub paragraph: usize,
    /// Byte range of the attributed words within the paragraph text.
    pub start: usize,
    pub end: usize,
    /// Index into `Model::actors` of who said it; `None` for an anonymous source or a
    /// description the article does not resolve.
    pub speaker: Option<usize>,
    pub kind: QuoteKind,
    /// The reporting word or mark: "nói", "cho biết", "theo", ":".
    pub cue: String,
    /// Where the text names the speaker: paragraph and byte range.
    pub named_at: Option<(usize, Range<usize>)>,
    /// The same statement as the quote before it: the other part of a split quote, or the
    /// next paragraph of a long one.
    pub continues: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Model {
    pub articles: Vec<Article>,
    /// Most mentioned first.
    pub actors: Vec<Actor>,
    /// Every actor mention, in reading order (article, paragraph, start).
    pub mentions: Vec<Mention>,
    /// Every dated mention, in reading order.
    pub events: Vec<Event>,
    /// Oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// Every attributed statement, in reading order.
    pub quotes: Vec<Quote>,
    /// Articles that are mostly the same text (see `copies.rs`).
    pub copies: Copies,
}
