//! Terminal size changes and what the loader sends.

use super::{error, filter, nav, note, saved, timeline};
use crate::model::Model;
use crate::search::ActorSearch;
use crate::ui::app::{App, Loading};
use crate::ui::fmt::plural;
use crate::ui::index::Index;
use crate::ui::layout::Areas;
use crate::ui::sanitize::sanitize_model;

/// Re-lay the panes for a new terminal size: re-wrap the open article, re-fit the
/// timeline, keep the list selection in view.
pub fn resize(app: &mut App, width: u16, height: u16) {
    app.size = (width, height);
    app.areas = Areas::new(width, height);
    let Some(areas) = app.areas else { return };
    nav::rewrap(app);
    timeline::relayout(app);
    app.list.follow(app.visible.len(), areas.list_items());
}

pub fn progress(app: &mut App, done: usize, total: usize) {
    if let Some(loading) = &mut app.loading {
        *loading = Loading { done, total };
    }
}

pub fn warning(app: &mut App, mut text: String) {
    crate::ui::sanitize::clean(&mut text);
    error(app, &text);
    app.warnings.push(text);
}

/// A line about the cache: shown when the corpus is loaded (unless a problem with the
/// saved state is shown then), printed again on exit.
pub fn cache_note(app: &mut App, mut text: String) {
    crate::ui::sanitize::clean(&mut text);
    let short = text.strip_prefix("dossier: ").unwrap_or(&text).to_string();
    if app.loading.is_none() {
        error(app, &short);
    } else if app.notice.is_none() {
        app.notice = Some(short);
    }
    app.notes.push(text);
}

/// The model is here: make its text safe, apply the saved corrections, index it, list
/// every article and open the one the reader was on (else the first).
pub fn loaded(app: &mut App, mut model: Model) {
    sanitize_model(&mut model);
    model.mentions.sort_unstable();
    model.timeline.sort_by_key(|e| e.date);
    saved::correct(app, &mut model);
    app.index = Index::new(&model);
    app.actor_search = ActorSearch::new(&model.actors);
    app.model = model;
    app.loading = None;
    app.filters.clear();
    app.walk = None;
    app.open = None;
    app.timeline.cursor = None;
    filter::refresh(app);
    saved::restore_position(app);
    timeline::place_cursor(app);
    timeline::relayout(app);
    let m = &app.model;
    let mut text = format!(
        "{} · {} · {}",
        plural(m.articles.len(), "article", "articles"),
        plural(m.actors.len(), "actor", "actors"),
        plural(m.timeline.len(), "date", "dates"),
    );
    if !app.warnings.is_empty() {
        text += &format!(
            " · {} skipped (listed on exit)",
            plural(app.warnings.len(), "file", "files")
        );
    }
    match app.notice.take() {
        Some(problem) => error(app, &problem),
        None => note(app, &text),
    }
}

pub fn stopped(app: &mut App) {
    if app.loading.take().is_some() {
        error(app, "Loading stopped before the corpus was read (q quits)");
    }
}
