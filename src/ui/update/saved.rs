//! What the reader remembers (see `crate::state`): the position restored at load and
//! saved on quit, read marks, bookmarks, and publication dates set by hand. Every change
//! the user makes on purpose is saved at once, on top of what other readers of the corpus
//! saved meanwhile; their read marks and bookmarks show here from then on.

use super::{error, filter, nav, note, timeline};
use crate::article::Date;
use crate::model::Model;
use crate::state::{Position, Saved};
use crate::ui::app::{App, AsBuilt, Filter};
use crate::ui::effect::Effect;
use crate::ui::fmt::{date_label, truncate};
use crate::ui::page::Row;
use crate::ui::popups::{DateOverride, Popup};

/// Take the model as built (for undoing corrections later), then apply the saved
/// corrections to it.
pub fn correct(app: &mut App, model: &mut Model) {
    app.as_built = AsBuilt {
        actors: crate::model::Unmerged::of(model),
        dates: model
            .articles
            .iter()
            .map(|a| (a.date, a.date_basis))
            .collect(),
        events: app
            .state
            .dated(model)
            .into_iter()
            .map(|i| (i, model.events_of(i).to_vec()))
            .collect(),
    };
    app.state.correct(model);
}

/// Open the article the reader was on when it closed, scrolled where it was.
pub fn restore_position(app: &mut App) {
    let Some(pos) = app.state.position.clone() else {
        return;
    };
    let Some(i) = app.model.articles.iter().position(|a| a.id == pos.article) else {
        return;
    };
    if app.position(i).is_none() {
        return;
    }
    nav::show_article(app, i);
    if let Some(p) = pos.paragraph {
        let row = app.page.row_of(p, pos.offset).saturating_sub(pos.above);
        app.scroll = row.min(nav::max_scroll(app));
    }
}

/// Note where the reader is: the open article and the text at the top of the view.
fn capture_position(app: &mut App) {
    let Some(article) = app.open.and_then(|i| app.model.articles.get(i)) else {
        return; // nothing open (an empty filter): keep the last known place
    };
    // The first text row at or below the top; only blank rows may come before it.
    let top = app.page.rows.get(app.scroll..).unwrap_or(&[]);
    let text = top
        .iter()
        .take_while(|r| matches!(r, Row::Text { .. } | Row::Blank))
        .enumerate()
        .find_map(|(above, r)| match r {
            Row::Text { paragraph, range } => Some((*paragraph, range.start, above)),
            _ => None,
        });
    app.state.position = Some(Position {
        article: article.id.clone(),
        paragraph: text.map(|t| t.0),
        offset: text.map_or(0, |t| t.1),
        above: text.map_or(0, |t| t.2),
    });
}

/// Save the state now (with the current position): note where the reader is and ask the
/// loop to save (see [`saved`] for what comes back).
pub fn persist(app: &mut App) {
    capture_position(app);
    app.effects.push(Effect::Save);
}

/// What saving gave: this reader's changes went on top of what other readers saved
/// meanwhile. Their read marks and bookmarks are taken in (the list follows); their dates
/// and merges show from the next start, as the model would have to be built again for
/// them. A failure is shown and printed again on exit, once; the changes stay for the
/// next save.
pub fn saved(app: &mut App, result: Result<Saved, String>) {
    let saved = match result {
        Ok(saved) => saved,
        Err(e) => {
            if !app.notes.contains(&e) {
                app.notes.push(e.clone());
            }
            return error(app, &e);
        }
    };
    app.state.read = saved.state.read;
    if app.state.bookmarks != saved.state.bookmarks {
        app.state.bookmarks = saved.state.bookmarks;
        if app.filters.contains(&Filter::Bookmarks) {
            filter::refresh(app);
        }
    }
    app.base = app.state.clone();
    if let Some(w) = saved.warning {
        app.notes.push(w.line);
        error(app, &w.short);
    }
}

/// The reader is closing: save where it is, unless the corpus never finished loading
/// (then there is nothing new, and the old position must not be lost).
pub fn on_exit(app: &mut App) -> Vec<Effect> {
    if app.loading.is_none() {
        persist(app);
    }
    std::mem::take(&mut app.effects)
}

/// `m`: bookmark the target article, or remove its bookmark.
pub fn toggle_bookmark(app: &mut App) {
    let Some(i) = app.target() else {
        return error(app, "No article to bookmark");
    };
    let Some(a) = app.model.articles.get(i) else {
        return;
    };
    let on = app.state.toggle_bookmark(&a.id);
    let title = truncate(&a.title, 50);
    if app.filters.contains(&Filter::Bookmarks) {
        filter::refresh(app);
    }
    note(
        app,
        &if on {
            format!("Bookmarked: {title}")
        } else {
            format!("Bookmark removed: {title}")
        },
    );
    persist(app);
}

/// `D`: open the prompt for the target article's publication date.
pub fn open_set_date(app: &mut App) {
    let Some(i) = app.target() else {
        return error(app, "No article to date");
    };
    let Some(a) = app.model.articles.get(i) else {
        return;
    };
    let found = match app.as_built.dates.get(i) {
        Some((Some(d), basis)) => {
            let how = match basis {
                Some(crate::article::DateBasis::Inferred) => " (inferred)",
                Some(crate::article::DateBasis::Dateline) => " (dateline)",
                _ => "",
            };
            format!("{d}{how}")
        }
        _ => "unknown".to_string(),
    };
    let current = app
        .state
        .dates
        .get(&a.id)
        .map(std::string::ToString::to_string)
        .unwrap_or_default();
    let title = a.title.clone();
    app.popup = Some(Popup::Override(DateOverride::new(
        i, &title, found, &current,
    )));
}

/// The article's year-less dates follow its new publication date; with the date removed,
/// they go back to what the corpus gave them. The timeline follows.
fn redate(app: &mut App, article: usize, set: bool) {
    if set {
        let found = app.model.events_of(article).to_vec();
        app.as_built.events.entry(article).or_insert(found);
        app.model.redate(&[article]);
    } else if let Some(events) = app.as_built.events.get(&article) {
        app.model.set_events_of(article, events.clone());
    }
    app.index = crate::ui::index::Index::new(&app.model);
    timeline::place_cursor(app);
    timeline::relayout(app);
}

/// Set (or with `None` remove) the publication date of `article`, show it, save it.
pub fn set_date(app: &mut App, article: usize, date: Option<Date>) {
    let Some(a) = app.model.articles.get_mut(article) else {
        return;
    };
    app.state.set_date(&a.id, date);
    if let Some(d) = date {
        a.date = Some(d);
        a.date_basis = Some(crate::article::DateBasis::Override);
    } else {
        let (d, basis) = app.as_built.dates.get(article).copied().unwrap_or_default();
        a.date = d;
        a.date_basis = basis;
    }
    let (label, title) = (date_label(a), truncate(&a.title, 40));
    redate(app, article, date.is_some());
    if app
        .filters
        .iter()
        .any(|f| matches!(f, Filter::Published(_)))
    {
        filter::refresh(app);
    }
    let text = match date {
        Some(_) => format!("Date set: {title} · {label}"),
        None => format!("Date as found: {title} · {label}"),
    };
    note(app, &text);
    persist(app);
}
