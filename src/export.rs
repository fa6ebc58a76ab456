//! The `dossier/1` JSON shapes of SPEC.md: `export`, `actors --json`, `timeline --json`,
//! `quotes --json`.

use crate::article::{Article, DateBasis, Paragraph, Precision};
use crate::model::{ActorKind, Model, Quote, QuoteKind};
use serde::Serialize;

pub const SCHEMA: &str = "dossier/1";

#[derive(Serialize)]
pub struct Export<'a> {
    pub schema: &'static str,
    pub articles: Vec<ArticleOut<'a>>,
    pub actors: Vec<ActorOut<'a>>,
    pub events: Vec<EventOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub copies: Vec<CopiesOut<'a>>,
}

/// One group of articles that are mostly the same text.
#[derive(Serialize)]
pub struct CopiesOut<'a> {
    pub articles: Vec<&'a str>,
    /// The weakest link's share of the smaller article's text found in the other, to three
    /// decimals.
    pub shared: f64,
}

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: &'a str,
    pub title_inferred: bool,
    pub date: Option<String>,
    pub date_basis: Option<DateBasis>,
    pub source: Option<&'a str>,
    pub author: Option<&'a str>,
    pub url: Option<&'a str>,
    /// The page metadata's date where it differs from the dateline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_date: Option<String>,
    pub paragraphs: &'a [Paragraph],
    pub dropped: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct ActorOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ActorKind,
    pub aliases: &'a [String],
    pub mentions: usize,
    pub articles: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub date: String,
    pub precision: Precision,
    pub surface: &'a str,
    pub article: &'a str,
    pub paragraph: usize,
    pub text: &'a str,
    pub actors: Vec<&'a str>,
}

/// One line of `dossier actors --json`.
#[derive(Serialize)]
pub struct ActorHit<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ActorKind,
    pub mentions: usize,
    pub score: i64,
    /// How many statements the actor is the speaker of.
    pub quotes: usize,
    /// The actors named most often in the same sentences, most first.
    pub with: Vec<&'a str>,
}

/// One attributed statement: `quotes` of the export.
#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub article: &'a str,
    pub paragraph: usize,
    pub speaker: Option<&'a str>,
    pub kind: QuoteKind,
    pub cue: &'a str,
    pub text: &'a str,
}

/// One entry of `dossier quotes --json`: the export's with the speaker's name, the
/// article's date and its outlet.
#[derive(Serialize)]
pub struct QuoteLine<'a> {
    #[serde(flatten)]
    pub quote: QuoteOut<'a>,
    pub speaker_name: Option<&'a str>,
    pub date: Option<String>,
    pub source: Option<&'a str>,
}

/// One line of `dossier search --json`.
#[derive(Serialize)]
pub struct SearchHit<'a> {
    pub article: &'a str,
    pub title: &'a str,
    /// `YYYY-MM-DD`, or `null`.
    pub date: Option<String>,
    pub source: Option<&'a str>,
    /// BM25, higher is better.
    pub score: f64,
    /// Text around the first match, each match `«marked»`.
    pub snippet: String,
}

/// One entry of `dossier timeline --json`.
#[derive(Serialize)]
pub struct TimelineOut<'a> {
    pub date: String,
    pub precision: Precision,
    pub articles: Vec<&'a str>,
    /// How many distinct stories those articles tell (copies of one story count once).
    pub stories: usize,
    pub sources: &'a [String],
    /// Dated mentions, a story's counted once.
    pub mentions: usize,
    pub text: &'a str,
}

fn article_out(a: &Article) -> ArticleOut<'_> {
    ArticleOut {
        id: &a.id,
        file: &a.file,
        title: &a.title,
        title_inferred: a.title_inferred,
        date: a.date.map(|d| d.to_string()),
        date_basis: a.date.and(a.date_basis),
        source: a.source.as_deref(),
        author: a.author.as_deref(),
        url: a.url.as_deref(),
        page_date: a.page_date.map(|d| d.to_string()),
        paragraphs: &a.paragraphs,
        dropped: a.dropped.iter().map(|d| d.text.as_str()).collect(),
    }
}

/// A statement in the export shape.
pub fn quote_out<'a>(model: &'a Model, q: &'a Quote) -> QuoteOut<'a> {
    QuoteOut {
        article: model.articles[q.article].id.as_str(),
        paragraph: q.paragraph,
        speaker: q
            .speaker
            .and_then(|s| model.actors.get(s))
            .map(|a| a.id.as_str()),
        kind: q.kind,
        cue: &q.cue,
        text: model.articles[q.article].paragraphs[q.paragraph]
            .text
            .get(q.start..q.end)
            .unwrap_or(""),
    }
}

/// A statement as `dossier quotes --json` prints it.
pub fn quote_line<'a>(model: &'a Model, q: &'a Quote) -> QuoteLine<'a> {
    let article = &model.articles[q.article];
    QuoteLine {
        quote: quote_out(model, q),
        speaker_name: q
            .speaker
            .and_then(|s| model.actors.get(s))
            .map(|a| a.name.as_str()),
        date: article.date.map(|d| d.to_string()),
        source: article.source.as_deref(),
    }
}

/// The statements of `model`, oldest article first (undated ones last), each article's in
/// reading order; with `speaker`, only that actor's.
pub fn quotes_oldest_first(model: &Model, speaker: Option<usize>) -> Vec<&Quote> {
    let mut out: Vec<&Quote> = model
        .quotes
        .iter()
        .filter(|q| speaker.is_none() || q.speaker == speaker)
        .collect();
    // Stable: reading order within an article and between articles of one date.
    out.sort_by_key(|q| {
        let d = model.articles[q.article].date;
        (d.is_none(), d)
    });
    out
}

/// The whole model in the `dossier/1` export shape.
pub fn export(model: &Model) -> Export<'_> {
    let aid = |i: usize| model.articles[i].id.as_str();
    Export {
        schema: SCHEMA,
        articles: model.articles.iter().map(article_out).collect(),
        actors: model
            .actors
            .iter()
            .map(|a| ActorOut {
                id: &a.id,
                name: &a.name,
                kind: a.kind,
                aliases: &a.aliases,
                mentions: a.mentions,
                articles: a.articles.iter().map(|&i| aid(i)).collect(),
            })
            .collect(),
        events: model
            .events
            .iter()
            .map(|e| EventOut {
                date: e.date.to_string(),
                precision: e.date.precision(),
                surface: &e.surface,
                article: aid(e.article),
                paragraph: e.paragraph,
                text: &e.text,
                actors: e
                    .actors
                    .iter()
                    .map(|&i| model.actors[i].id.as_str())
                    .collect(),
            })
            .collect(),
        quotes: model.quotes.iter().map(|q| quote_out(model, q)).collect(),
        copies: model
            .copies
            .groups
            .iter()
            .map(|g| CopiesOut {
                articles: g.articles.iter().map(|&i| aid(i)).collect(),
                // Never rounded to 0: a group shares at least `SHARED_MIN`.
                shared: ((g.shared * 1000.0).round() / 1000.0).clamp(0.001, 1.0),
            })
            .collect(),
    }
}

/// The timeline entries, oldest first.
pub fn timeline(model: &Model) -> Vec<TimelineOut<'_>> {
    model
        .timeline
        .iter()
        .map(|t| TimelineOut {
            date: t.date.to_string(),
            precision: t.date.precision(),
            articles: t
                .articles
                .iter()
                .map(|&i| model.articles[i].id.as_str())
                .collect(),
            stories: model.copies.count_stories(&t.articles),
            sources: &t.sources,
            mentions: model.story_mentions(t),
            text: t
                .events
                .first()
                .map_or("", |&e| model.events[e].text.as_str()),
        })
        .collect()
}
