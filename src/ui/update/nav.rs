//! Moving in the list and the reader, opening articles, scrolling to a place.

use super::timeline;
use crate::ui::app::{App, Walk};
use crate::ui::layout::Pane;
use crate::ui::page::Page;

/// One step in the focused pane.
pub fn step(app: &mut App, delta: isize) {
    match app.focus {
        Pane::List => move_selection(app, delta),
        Pane::Reader => scroll_by(app, delta),
        Pane::Timeline => timeline::step(app, delta),
    }
}

/// A page in the focused pane: a list-full of articles, a screen of text less two lines
/// of overlap, five dates.
pub fn page(app: &mut App, dir: isize) {
    let Some(areas) = app.areas else { return };
    match app.focus {
        Pane::List => move_selection(app, dir * areas.list_items() as isize),
        Pane::Reader => scroll_by(
            app,
            dir * (areas.reader_rows().saturating_sub(2).max(1)) as isize,
        ),
        Pane::Timeline => timeline::step(app, dir * 5),
    }
}

/// The first or last of the focused pane.
pub fn edge(app: &mut App, last: bool) {
    let far = if last {
        isize::MAX / 2
    } else {
        -(isize::MAX / 2)
    };
    match app.focus {
        Pane::List => move_selection(app, far),
        Pane::Reader => scroll_by(app, far),
        Pane::Timeline => timeline::step(app, far),
    }
}

pub fn move_selection(app: &mut App, delta: isize) {
    let height = app.areas.map_or(1, |a| a.list_items());
    app.list.move_by(delta, app.visible.len(), height);
}

pub fn scroll_by(app: &mut App, delta: isize) {
    app.scroll = app.scroll.saturating_add_signed(delta).min(max_scroll(app));
}

/// The last first-row that still fills the reader.
pub fn max_scroll(app: &App) -> usize {
    let rows = app.areas.map_or(1, |a| a.reader_rows());
    app.page.rows.len().saturating_sub(rows)
}

pub fn open_selected(app: &mut App) {
    if let Some(article) = app.selected() {
        open_article(app, article);
    }
}

/// Open `article` for the user: as [`show_article`], and mark it read.
pub fn open_article(app: &mut App, article: usize) {
    show_article(app, article);
    if let Some(a) = app.model.articles.get(article) {
        if !app.state.read.contains(&a.id) {
            app.state.read.insert(a.id.clone());
        }
    }
    super::copies::read_with(app, article);
}

/// Show `article` at its top, select it in the list if listed, and drop a search made in
/// another article.
pub fn show_article(app: &mut App, article: usize) {
    if app.open != Some(article) {
        if matches!(&app.walk, Some(Walk::Search { article: a, .. }) if *a != article) {
            app.walk = None;
        }
        app.open = Some(article);
        app.scroll = 0;
        rewrap(app);
        super::corpus::entered(app, article);
    }
    if let Some(pos) = app.position(article) {
        let height = app.areas.map_or(1, |a| a.list_items());
        app.list.select(pos, app.visible.len(), height);
    }
}

/// Wrap the open article for the reader's current width, if not done yet.
pub fn rewrap(app: &mut App) {
    let width = app.areas.map_or(80, |a| a.text_width());
    match app
        .open
        .and_then(|i| app.model.articles.get(i).map(|a| (i, a)))
    {
        Some((i, article)) => {
            let stale = app.page.article != i
                || app.page.width != width
                || app.page.dropped != app.show_dropped
                || app.page.rows.is_empty();
            if stale {
                app.page = Page::new(i, article, width, app.show_dropped);
            }
        }
        None => app.page = Page::default(),
    }
    app.scroll = app.scroll.min(max_scroll(app));
}

/// Bring byte `at` of paragraph `paragraph` into view: left alone if visible, else put
/// a third of the way down the reader.
pub fn reveal(app: &mut App, paragraph: usize, at: usize) {
    let row = app.page.row_of(paragraph, at);
    let rows = app.areas.map_or(1, |a| a.reader_rows());
    if row < app.scroll || row >= app.scroll + rows {
        app.scroll = row.saturating_sub(rows / 3).min(max_scroll(app));
    }
}
