//! The `dossier/1` JSON shapes of SPEC.md: `export`, `actors --json`, `timeline --json`.

use crate::article::{Article, DateBasis, Paragraph, Precision};
use crate::model::{ActorKind, Model};
use serde::Serialize;

pub const SCHEMA: &str = "dossier/1";

#[derive(Serialize)]
pub struct Export<'a> {
    pub schema: &'static str,
    pub articles: Vec<ArticleOut<'a>>,
    pub actors: Vec<ActorOut<'a>>,
    pub events: Vec<EventOut<'a>>,
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
    pub dropped: &'a [String],
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
    pub sources: &'a [String],
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
        dropped: &a.dropped,
    }
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
            sources: &t.sources,
            mentions: t.events.len(),
            text: t
                .events
                .first()
                .map(|&e| model.events[e].text.as_str())
                .unwrap_or(""),
        })
        .collect()
}
