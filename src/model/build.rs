//! Building the model from cleaned articles: actors, dated events, the timeline.

use super::reading::{dated_mentions, Reader, Reading};
use super::resolve::{resolve, Pending};
use super::{Event, Mention, Model, TimelineEntry};
use crate::article::Article;
use crate::extract::actors::extract_actors_read;
use crate::extract::dates::{find_dates, speaks_of_future};
use crate::extract::gazetteer::Gazetteer;
use crate::extract::quotes::extract_quotes;
use crate::text::sentence_around;
use std::ops::Range;

/// Extract actors and dates from cleaned articles and assemble the model.
pub fn build(articles: Vec<Article>, gazetteer: &Gazetteer) -> Model {
    let known = vec![None; articles.len()];
    build_read(articles, known, gazetteer)
}

/// [`build`], with what each article says on its own already read for some of them
/// (`known[i]` for `articles[i]`; see [`super::reading`]): the same model.
pub fn build_read(
    mut articles: Vec<Article>,
    known: Vec<Option<Reading>>,
    gazetteer: &Gazetteer,
) -> Model {
    // First, while the least is held in memory: the shingle sets are the biggest thing it
    // keeps for a while.
    let copies = super::copies::find(&articles);
    // The reader (its gazetteer matcher) is made only when some article is to be read.
    let readings = if known.iter().all(Option::is_some) {
        known.into_iter().flatten().collect()
    } else {
        Reader::new(gazetteer).complete(&articles, known)
    };
    let (names, dates): (Vec<_>, Vec<_>) = readings.into_iter().map(Reading::split).unzip();
    let index = extract_actors_read(gazetteer, &articles, names);
    let quotes = extract_quotes(
        &articles,
        &index.actors,
        &index.mentions,
        gazetteer.lexicon(),
    );
    let (pending, places): (Vec<_>, Vec<_>) = dates
        .iter()
        .enumerate()
        .flat_map(|(a, d)| dated_mentions(a, d))
        .unzip();
    drop(dates);
    let resolved = resolve(&mut articles, &pending);
    let mut events = Vec::new();
    for ((p, place), date) in pending.iter().zip(&places).zip(resolved) {
        let Some(date) = date else { continue };
        events.push(event(&articles, &index.mentions, p, place, date));
    }
    let mut model = Model {
        articles,
        actors: index.actors,
        mentions: index.mentions,
        events,
        timeline: Vec::new(),
        quotes,
        copies: crate::model::Copies::default(),
    };
    model.set_copies(copies);
    model.timeline = group_timeline(&model);
    model
}

/// The event of a dated mention.
pub(super) fn event(
    articles: &[Article],
    mentions: &[Mention],
    p: &Pending,
    place: &Place,
    date: crate::article::PartialDate,
) -> Event {
    let text = &articles[p.article].paragraphs[place.paragraph].text;
    Event {
        date,
        surface: p.mention.surface(text).to_string(),
        article: p.article,
        paragraph: place.paragraph,
        start: p.mention.start,
        end: p.mention.end,
        text: text[place.sentence.clone()].to_string(),
        actors: actors_within(mentions, p.article, place.paragraph, &place.sentence),
    }
}

/// Where a dated mention stands: its paragraph and the sentence around it.
pub(super) struct Place {
    pub paragraph: usize,
    pub sentence: Range<usize>,
}

/// The date mentions of article `a`, in reading order.
pub(super) fn article_dates(a: usize, art: &Article) -> Vec<(Pending, Place)> {
    let mut out = Vec::new();
    for (pi, para) in art.paragraphs.iter().enumerate() {
        // Mentions of one sentence share its reading of the future.
        let mut last: Option<(Range<usize>, bool)> = None;
        for m in find_dates(&para.text) {
            let sentence = sentence_of(&para.text, m.start..m.end);
            let future = match &last {
                Some((r, f)) if *r == sentence => *f,
                _ => speaks_of_future(&para.text[sentence.clone()]),
            };
            last = Some((sentence.clone(), future));
            out.push((
                Pending {
                    article: a,
                    mention: m,
                    future,
                },
                Place {
                    paragraph: pi,
                    sentence,
                },
            ));
        }
    }
    out
}

/// The sentence (or sentences) that hold the whole byte range `r`.
fn sentence_of(text: &str, r: Range<usize>) -> Range<usize> {
    let a = sentence_around(text, r.start);
    let b = sentence_around(text, r.end.saturating_sub(1).max(r.start));
    a.start.min(b.start)..a.end.max(b.end)
}

/// The actors named inside `range` of one paragraph, once each, in order of appearance.
fn actors_within(
    mentions: &[Mention],
    article: usize,
    paragraph: usize,
    range: &Range<usize>,
) -> Vec<usize> {
    let lo = mentions
        .partition_point(|m| (m.article, m.paragraph, m.start) < (article, paragraph, range.start));
    let mut out = Vec::new();
    for m in &mentions[lo..] {
        if m.article != article || m.paragraph != paragraph || m.start >= range.end {
            break;
        }
        if m.end <= range.end && !out.contains(&m.actor) {
            out.push(m.actor);
        }
    }
    out
}

/// Group events by date (at their precision), oldest first.
pub(super) fn group_timeline(model: &Model) -> Vec<TimelineEntry> {
    let mut order: Vec<usize> = (0..model.events.len()).collect();
    order.sort_by_key(|&e| (model.events[e].date, e));
    let mut out: Vec<TimelineEntry> = Vec::new();
    for e in order {
        let ev = &model.events[e];
        if out.last().is_none_or(|t| t.date != ev.date) {
            out.push(TimelineEntry {
                date: ev.date,
                events: Vec::new(),
                articles: Vec::new(),
                sources: Vec::new(),
            });
        }
        if let Some(t) = out.last_mut() {
            t.events.push(e);
            // Events are in reading order, so an entry meets its articles in ascending order.
            if t.articles.last() != Some(&ev.article) {
                t.articles.push(ev.article);
            }
        }
    }
    for t in &mut out {
        for &a in &t.articles {
            if let Some(s) = &model.articles[a].source {
                if !t.sources.contains(s) {
                    t.sources.push(s.clone());
                }
            }
        }
    }
    out
}
