//! Building the model from cleaned articles: actors, dated events, the timeline.

use super::{Model, TimelineEntry};
use crate::article::Article;
use crate::extract::actors::extract_actors;
use crate::extract::gazetteer::Gazetteer;

/// Extract actors and dates from cleaned articles and assemble the model.
pub fn build(articles: Vec<Article>, gazetteer: &Gazetteer) -> Model {
    let index = extract_actors(gazetteer, &articles);
    let mut model = Model {
        articles,
        actors: index.actors,
        mentions: index.mentions,
        events: Vec::new(),
        timeline: Vec::new(),
    };
    model.timeline = group_timeline(&model);
    model
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
            if !t.articles.contains(&ev.article) {
                t.articles.push(ev.article);
            }
        }
    }
    for t in &mut out {
        t.articles.sort_unstable();
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
