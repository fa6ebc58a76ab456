//! Terminal size changes and what the loader sends.

use super::{error, filter, nav, note, saved, timeline};
use crate::article::Article;
use crate::model::Model;
use crate::search::ActorSearch;
use crate::ui::action::Action;
use crate::ui::app::{App, Loading};
use crate::ui::fmt::plural;
use crate::ui::index::Index;
use crate::ui::layout::Areas;
use crate::ui::popups::Popup;
use crate::ui::sanitize::sanitize_model;
use std::fmt::Write;

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

/// Whether `action` can be done while the corpus loads: help, and moving in and opening
/// the articles listed so far; anything else says to wait.
pub fn while_loading(app: &mut App, action: &Action) -> bool {
    match action {
        Action::Help => {
            app.popup = Some(Popup::Help(crate::ui::popups::Help::default()));
            false
        }
        _ if app.model.articles.is_empty() => false,
        Action::MoveDown
        | Action::MoveUp
        | Action::PageDown
        | Action::PageUp
        | Action::Top
        | Action::Bottom
        | Action::FocusNext
        | Action::FocusPrev
        | Action::Open
        | Action::Scroll { .. }
        | Action::Click { .. } => {
            app.moved_while_loading = true;
            true
        }
        _ => {
            note(
                app,
                "Still loading: actors, dates, filters and search come when every file is read",
            );
            false
        }
    }
}

/// Articles cleaned so far: add them to the list in file order, the selection and the
/// open article staying on the articles they were on.
pub fn arrived(app: &mut App, batch: Vec<(usize, Vec<Article>)>) {
    if app.loading.is_none() {
        return; // the model is here: it holds them all
    }
    let key_of = |app: &App, i: Option<usize>| i.and_then(|i| app.arrival.get(i)).copied();
    let selected = key_of(app, app.selected());
    let open = key_of(app, app.open);
    let mut files: std::collections::HashSet<usize> = app.arrival.iter().map(|k| k.0).collect();
    for (file, articles) in batch {
        if !files.insert(file) {
            continue; // sent again (a damaged cache read a second time)
        }
        let mut m = Model {
            articles,
            ..Model::default()
        };
        sanitize_model(&mut m);
        for (n, a) in m.articles.into_iter().enumerate() {
            app.model.articles.push(a);
            app.arrival.push((file, n));
        }
    }
    // File order: sort the new ones in (the list is mostly in order already).
    let mut order: Vec<usize> = (0..app.arrival.len()).collect();
    order.sort_by_key(|&i| app.arrival[i]);
    if order.windows(2).any(|w| w[0] > w[1]) {
        let mut articles: Vec<Option<Article>> = std::mem::take(&mut app.model.articles)
            .into_iter()
            .map(Some)
            .collect();
        app.model.articles = order.iter().filter_map(|&i| articles[i].take()).collect();
        app.arrival = order.iter().map(|&i| app.arrival[i]).collect();
    }
    // No copies are known before the model: every article its own row.
    super::copies::lay_out(app, (0..app.model.articles.len()).collect());
    let find = |app: &App, key: Option<(usize, usize)>| {
        key.and_then(|k| app.arrival.binary_search(&k).ok())
    };
    let height = app.areas.map_or(1, |a| a.list_items());
    let pos = find(app, selected).unwrap_or(0);
    app.list.select(pos, app.visible.len(), height);
    if let Some(o) = find(app, open) {
        if app.open != Some(o) {
            // The same article at a new place: wrap it again where it is now.
            let scroll = app.scroll;
            app.open = Some(o);
            app.page = crate::ui::page::Page::default();
            nav::rewrap(app);
            app.scroll = scroll.min(nav::max_scroll(app));
        }
    }
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
    // What the user opened while the corpus loaded stays open, where it was scrolled to.
    let open = app
        .open
        .and_then(|i| app.model.articles.get(i))
        .map(|a| (a.id.clone(), app.scroll));
    let selected = app
        .selected()
        .filter(|_| app.moved_while_loading)
        .and_then(|i| app.model.articles.get(i))
        .map(|a| a.id.clone());
    app.arrival.clear();
    app.moved_while_loading = false;
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
    let at = |app: &App, id: &str| app.model.articles.iter().position(|a| a.id == id);
    match open {
        Some((id, scroll)) => {
            if let Some(i) = at(app, &id) {
                nav::show_article(app, i);
                app.scroll = scroll.min(nav::max_scroll(app));
            }
        }
        None => saved::restore_position(app),
    }
    if let Some(i) = selected.and_then(|id| at(app, &id)) {
        let height = app.areas.map_or(1, |a| a.list_items());
        if let Some(pos) = app.position(i) {
            app.list.select(pos, app.visible.len(), height);
        }
    }
    timeline::place_cursor(app);
    timeline::relayout(app);
    let m = &app.model;
    // With copies the status bar counts the articles already ("29 articles · 13 stories").
    let articles = m
        .copies
        .is_empty()
        .then(|| plural(m.articles.len(), "article", "articles") + " · ");
    let mut text = format!(
        "{}{} · {}",
        articles.unwrap_or_default(),
        plural(m.actors.len(), "actor", "actors"),
        plural(m.timeline.len(), "date", "dates"),
    );
    if !app.warnings.is_empty() {
        let _ = write!(
            text,
            " · {} not articles (w lists them)",
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
