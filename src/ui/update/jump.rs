//! `n`/`N`: walking search matches in the open article, or an actor's mentions across
//! the listed articles in reading order.

use super::{error, nav, note};
use crate::ui::app::{App, Walk};
use crate::ui::layout::Pane;

/// Start walking the mentions of `actor` in the listed articles, at the first one.
pub fn start_actor(app: &mut App, actor: usize) {
    let Some(name) = app.model.actors.get(actor).map(|a| a.name.clone()) else {
        return;
    };
    let mentions: Vec<usize> = app
        .model
        .mentions
        .iter()
        .enumerate()
        // A folded copy repeats its group's first row: its mentions are walked there.
        .filter(|(_, m)| m.actor == actor && app.shown(m.article))
        .map(|(i, _)| i)
        .collect();
    if mentions.is_empty() {
        let why = if app.filters.is_empty() {
            ""
        } else {
            " (Esc clears the filter)"
        };
        return error(
            app,
            &format!("{name} is not mentioned in the listed articles{why}"),
        );
    }
    app.walk = Some(Walk::Actor {
        actor,
        mentions,
        current: 0,
    });
    show_current(app);
}

/// Step to the next (`dir` = 1) or previous (-1) match or mention, wrapping around.
pub fn next(app: &mut App, dir: isize) {
    let (len, current) = match &mut app.walk {
        Some(Walk::Search { hits, current, .. }) => (hits.len(), current),
        Some(Walk::Actor {
            mentions, current, ..
        }) => (mentions.len(), current),
        Some(Walk::Quotes {
            quotes, current, ..
        }) => (quotes.len(), current),
        Some(Walk::Corpus { .. }) => return super::corpus::step(app, dir),
        None => {
            return note(
                app,
                "Nothing to step through: / searches the article, a jumps to an actor",
            );
        }
    };
    if len == 0 {
        return;
    }
    let raw = *current as isize + dir;
    *current = raw.rem_euclid(len as isize) as usize;
    let wrapped = raw < 0 || raw >= len as isize;
    show_current(app);
    if wrapped && len > 1 {
        note(
            app,
            if dir > 0 {
                "Wrapped around to the first"
            } else {
                "Wrapped around to the last"
            },
        );
    }
}

/// Open and scroll to the walk's current place and focus the reader (the status bar
/// says where we are).
pub fn show_current(app: &mut App) {
    let target = match &app.walk {
        Some(Walk::Search {
            article,
            hits,
            current,
            ..
        }) => hits
            .get(*current)
            .map(|h| (*article, h.paragraph, h.range.start)),
        Some(Walk::Actor {
            mentions, current, ..
        }) => mentions
            .get(*current)
            .and_then(|&i| app.model.mentions.get(i))
            .map(|m| (m.article, m.paragraph, m.start)),
        Some(Walk::Quotes {
            quotes, current, ..
        }) => quotes
            .get(*current)
            .and_then(|&i| app.model.quotes.get(i))
            .map(|q| (q.article, q.paragraph, q.start)),
        Some(Walk::Corpus { .. }) | None => None,
    };
    let Some((article, paragraph, at)) = target else {
        return;
    };
    nav::open_article(app, article);
    nav::reveal(app, paragraph, at);
    app.focus = Pane::Reader;
}
