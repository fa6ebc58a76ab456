//! `s`: search the whole corpus. The list keeps the articles that hold the words, best
//! first, with the other filters; opening one shows its first match; `n`/`N` walk the
//! matches, article after article in list order; Esc clears the search.

use super::{error, filter, nav, note};
use crate::index::{hits, Query};
use crate::ui::app::{App, CorpusHits, Filter, Mark, Walk};
use crate::ui::fmt::plural;
use crate::ui::layout::Pane;
use crate::ui::popups::{CorpusPrompt, Popup};

/// `s`: the prompt, holding the active search to edit.
pub fn open_prompt(app: &mut App) {
    if app.searcher.is_none() {
        return error(
            app,
            "The search index is still being built: try again in a moment",
        );
    }
    let current = app
        .corpus_hits()
        .map(|h| h.text.clone())
        .unwrap_or_default();
    app.popup = Some(Popup::Corpus(CorpusPrompt::new(&current)));
}

/// What a search for `text` found: list the hits best first, select the best and show
/// its first match, closing the prompt; else say in the prompt why nothing is listed.
pub fn found(app: &mut App, text: &str, query: Query, result: Result<Vec<usize>, String>) {
    let ranked = result.and_then(|ranked| {
        if ranked.is_empty() {
            Err(format!("no article holds {query}"))
        } else {
            Ok(ranked)
        }
    });
    match ranked {
        Ok(ranked) => {
            if matches!(app.popup, Some(Popup::Corpus(_))) {
                app.popup = None;
            }
            show(app, text, query, ranked);
        }
        Err(e) => {
            if let Some(Popup::Corpus(p)) = &mut app.popup {
                p.error = Some(e);
            }
        }
    }
}

/// List the articles `ranked` (best first) that a search for `text` found.
fn show(app: &mut App, text: &str, query: Query, ranked: Vec<usize>) {
    let total = ranked.len();
    app.filters.retain(|f| !matches!(f, Filter::Search(_)));
    app.filters
        .push(Filter::Search(CorpusHits::new(text, query, ranked)));
    app.walk = None;
    filter::refresh(app);
    let height = app.areas.map_or(1, |a| a.list_items());
    app.list.select(0, app.visible.len(), height);
    if let Some(best) = app.visible.first().copied() {
        go(app, best, false, false);
    }
    let listed = app.visible.len();
    let text = if listed == total {
        format!(
            "{} best first (n/N walk the matches · Esc clears)",
            plural(total, "article holds it", "articles hold it")
        )
    } else {
        format!(
            "{}, {listed} listed with the other filters (Esc clears the search)",
            plural(total, "article holds it", "articles hold it")
        )
    };
    note(app, &text);
}

/// Drop the corpus search (and its walk).
pub fn clear(app: &mut App) {
    if app.corpus_hits().is_none() {
        return;
    }
    app.filters.retain(|f| !matches!(f, Filter::Search(_)));
    if matches!(app.walk, Some(Walk::Corpus { .. })) {
        app.walk = None;
    }
    filter::refresh(app);
    let shown = plural(app.visible.len(), "article", "articles");
    note(app, &format!("Search cleared: {shown}"));
}

/// The matches of the active search in `article`'s text.
fn marks(app: &App, article: usize) -> Vec<Mark> {
    let (Some(h), Some(a)) = (app.corpus_hits(), app.model.articles.get(article)) else {
        return Vec::new();
    };
    hits::places(a, &h.query)
        .into_iter()
        .map(|p| Mark {
            paragraph: p.paragraph,
            range: p.range,
        })
        .collect()
}

/// Put the walk on `article` at its first (`last`: its last) match and show it there;
/// `open` also marks it read and focuses the reader, as opening it does.
fn go(app: &mut App, article: usize, last: bool, open: bool) {
    let hits = marks(app, article);
    let current = if last {
        hits.len().saturating_sub(1)
    } else {
        0
    };
    app.walk = Some(Walk::Corpus {
        article,
        hits,
        current,
    });
    if open {
        nav::open_article(app, article);
        app.focus = Pane::Reader;
    } else {
        nav::show_article(app, article);
    }
    reveal(app);
}

/// Scroll the reader to the walk's current match (the top when the article has none).
fn reveal(app: &mut App) {
    let place = match &app.walk {
        Some(Walk::Corpus { hits, current, .. }) => {
            hits.get(*current).map(|m| (m.paragraph, m.range.start))
        }
        _ => return,
    };
    match place {
        Some((paragraph, at)) => nav::reveal(app, paragraph, at),
        None => app.scroll = 0,
    }
}

/// The open article changed to `article`: while a search lists the articles (and no
/// other walk is going on), show it at its first match.
pub fn entered(app: &mut App, article: usize) {
    if app.corpus_hits().is_none() {
        return;
    }
    match &app.walk {
        None => {}
        Some(Walk::Corpus { article: a, .. }) if *a != article => {}
        _ => return,
    }
    let hits = marks(app, article);
    app.walk = Some(Walk::Corpus {
        article,
        hits,
        current: 0,
    });
    reveal(app);
}

/// `n`/`N` on a search: the next match in the article, else the first match of the next
/// listed article (wrapping around the list).
pub fn step(app: &mut App, dir: isize) {
    let Some(Walk::Corpus {
        article,
        hits,
        current,
    }) = &mut app.walk
    else {
        return;
    };
    let article = *article;
    let next = *current as isize + dir;
    if next >= 0 && (next as usize) < hits.len() {
        *current = next as usize;
        if app.open != Some(article) {
            nav::open_article(app, article);
        }
        app.focus = Pane::Reader;
        return reveal(app);
    }
    let len = app.visible.len();
    if len == 0 {
        return;
    }
    let here = app
        .position(article)
        .unwrap_or(app.list.selected.min(len - 1));
    let raw = here as isize + dir;
    let to = app.visible[raw.rem_euclid(len as isize) as usize];
    go(app, to, dir < 0, true);
    if raw < 0 || raw >= len as isize {
        note(
            app,
            if dir > 0 {
                "Wrapped around to the best hit"
            } else {
                "Wrapped around to the last hit"
            },
        );
    }
}
