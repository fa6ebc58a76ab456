//! The model as the cache keeps it: what the corpus-wide steps ([`crate::model::build`])
//! made of the stored files, so that reopening an unchanged corpus need not run them
//! again.
//!
//! The articles themselves are not kept twice: they are the files' stored results, in
//! the same order. What the steps change in them (the publication dates worked out from
//! the text) is kept beside the rest: actors, mentions, events, the timeline, quotes,
//! copies. The user's corrections are never in it: they are applied after loading, on the
//! kept model as on a built one.
//!
//! The encoding is postcard (a compact binary serde format): at 10,000 articles it is
//! read back about 3.5 times as fast as JSON, in about a quarter of the space, and gives
//! back floating-point numbers (the copies' shares) bit for bit, which serde_json does not
//! (README, "The cache and search"). A kept model carries a hash of its bytes; one whose
//! bytes or shape do not check out is not used.
//!
//! ```
//! use dossier::article::{Article, Paragraph, ParagraphKind};
//! use dossier::extract::gazetteer::Gazetteer;
//! use dossier::index::kept;
//!
//! let article = Article {
//!     id: "a#1".into(),
//!     paragraphs: vec![Paragraph::new(
//!         ParagraphKind::Body,
//!         "Ngày 12/1/2022, Ngoại trưởng Nga Sergei Lavrov nói tại Geneva.",
//!     )],
//!     ..Article::default()
//! };
//! let built = dossier::model::build(vec![article.clone()], &Gazetteer::bundled());
//! let bytes = kept::encode(&built);
//! let back = kept::decode(&bytes, vec![article.clone()]).unwrap();
//! assert_eq!(back.actors, built.actors);
//! assert_eq!(back.timeline, built.timeline);
//! // Other articles than those it was built from: not used.
//! assert!(kept::decode(&bytes, vec![article.clone(), article]).is_err());
//! ```

use crate::article::{Article, Date, DateBasis};
use crate::model::{Actor, Copies, CopyGroup, Event, Mention, Model, Quote, TimelineEntry};

/// What is kept, borrowed from a model.
#[derive(serde::Serialize)]
struct KeptRef<'a> {
    /// The articles' publication dates and where they came from, as the model has them.
    dates: Vec<(Option<Date>, Option<DateBasis>)>,
    actors: &'a [Actor],
    mentions: &'a [Mention],
    events: &'a [Event],
    timeline: &'a [TimelineEntry],
    quotes: &'a [Quote],
    copies: &'a [CopyGroup],
}

/// What is kept, read back (see [`read`]), to be joined to the articles ([`assemble`]).
#[derive(serde::Deserialize)]
pub struct Kept {
    dates: Vec<(Option<Date>, Option<DateBasis>)>,
    actors: Vec<Actor>,
    mentions: Vec<Mention>,
    events: Vec<Event>,
    timeline: Vec<TimelineEntry>,
    quotes: Vec<Quote>,
    copies: Vec<CopyGroup>,
}

/// The bytes kept for `model` (without its articles' text): a hash of the rest, then
/// the rest.
pub fn encode(model: &Model) -> Vec<u8> {
    let kept = KeptRef {
        dates: model
            .articles
            .iter()
            .map(|a| (a.date, a.date_basis))
            .collect(),
        actors: &model.actors,
        mentions: &model.mentions,
        events: &model.events,
        timeline: &model.timeline,
        quotes: &model.quotes,
        copies: &model.copies.groups,
    };
    let body = postcard::to_stdvec(&kept).unwrap_or_default();
    let mut out = Vec::with_capacity(body.len() + 8);
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The model kept as `bytes` for `articles` (the stored results, in model order, their
/// ids made unique as for building); the articles back when the bytes are damaged or
/// were kept for other articles.
pub fn decode(bytes: &[u8], articles: Vec<Article>) -> Result<Model, Vec<Article>> {
    match read(bytes) {
        Some(kept) => assemble(kept, articles),
        None => Err(articles),
    }
}

/// The kept parts, when their hash checks out and they parse: [`decode`] in two steps,
/// so that this one can run while the articles are read.
pub fn read(bytes: &[u8]) -> Option<Kept> {
    let (hash, body) = bytes.split_first_chunk::<8>()?;
    if u64::from_le_bytes(*hash) != xxhash_rust::xxh3::xxh3_64(body) {
        return None;
    }
    postcard::from_bytes(body).ok()
}

/// The model of `articles` with the kept parts; the articles back when the parts were
/// kept for other articles.
pub fn assemble(kept: Kept, mut articles: Vec<Article>) -> Result<Model, Vec<Article>> {
    if !fits(&kept, &articles) {
        return Err(articles);
    }
    for (a, (date, basis)) in articles.iter_mut().zip(kept.dates) {
        a.date = date;
        a.date_basis = basis;
    }
    let n = articles.len();
    Ok(Model {
        articles,
        actors: kept.actors,
        mentions: kept.mentions,
        events: kept.events,
        timeline: kept.timeline,
        quotes: kept.quotes,
        // Already in the order `Copies::new` puts them in; the article-to-group lookup
        // is made again.
        copies: Copies::new(kept.copies, n),
    })
}

/// Whether everything kept points at articles, paragraphs and actors there are, so that
/// a kept model made for other articles can never be indexed out of bounds.
fn fits(kept: &Kept, articles: &[Article]) -> bool {
    let n = articles.len();
    let paragraph = |a: usize, p: usize| articles.get(a).is_some_and(|a| p < a.paragraphs.len());
    let actors = kept.actors.len();
    kept.dates.len() == n
        && kept
            .actors
            .iter()
            .all(|a| a.articles.iter().all(|&i| i < n))
        && kept
            .mentions
            .iter()
            .all(|m| paragraph(m.article, m.paragraph) && m.actor < actors)
        && kept
            .events
            .iter()
            .all(|e| paragraph(e.article, e.paragraph) && e.actors.iter().all(|&x| x < actors))
        && kept.timeline.iter().all(|t| {
            t.events.iter().all(|&e| e < kept.events.len()) && t.articles.iter().all(|&a| a < n)
        })
        && kept.quotes.iter().all(|q| {
            paragraph(q.article, q.paragraph)
                && q.speaker.is_none_or(|s| s < actors)
                && q.named_at
                    .as_ref()
                    .is_none_or(|(p, _)| paragraph(q.article, *p))
        })
        && kept
            .copies
            .iter()
            .all(|g| g.articles.iter().all(|&a| a < n))
}
