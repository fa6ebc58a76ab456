//! The article list under the active filters.

use super::nav;
use crate::daterange::DateRange;
use crate::ui::app::{App, Filter};
use crate::ui::fmt::plural;

/// Recompute the list after a filter change. The selection stays on the same article
/// when it is still listed; the open article stays open when listed, else the first
/// listed article is shown (none when the list is empty; not marked read).
pub fn refresh(app: &mut App) {
    let selected = app.selected();
    let filters = &app.filters;
    let bookmarks = &app.state.bookmarks;
    let articles = &app.model.articles;
    let keeps = |i: usize| {
        articles
            .get(i)
            .is_some_and(|a| filters.iter().all(|f| f.keeps(i, a, bookmarks)))
    };
    let ranked = filters.iter().find_map(|f| match f {
        Filter::Search(h) => Some(&h.ranked),
        _ => None,
    });
    // A corpus search lists its hits best first; copies fold into their first listed.
    let listed: Vec<usize> = match ranked {
        Some(ranked) => ranked.iter().copied().filter(|&i| keeps(i)).collect(),
        None => (0..articles.len()).filter(|&i| keeps(i)).collect(),
    };
    let searched = ranked.is_some();
    super::copies::lay_out(app, listed);
    // Where each article is listed is `copy_rows.row_of`, in search order too.
    if !searched {
        if let Some(crate::ui::app::Walk::Corpus { .. }) = app.walk {
            app.walk = None;
        }
    }
    let height = app.areas.map_or(1, |a| a.list_items());
    let pos = selected.and_then(|s| app.position(s)).unwrap_or(0);
    app.list.select(pos, app.visible.len(), height);
    match app.open.and_then(|o| app.position(o)) {
        Some(_) => {}
        None => {
            if let Some(first) = app.visible.first().copied() {
                nav::show_article(app, first);
            } else {
                app.open = None;
                nav::rewrap(app);
            }
        }
    }
    if let Some(crate::ui::app::Walk::Actor { .. }) = app.walk {
        app.walk = None;
    }
}

/// Replace (or with `None` clear) the publication-date filter.
pub fn set_published(app: &mut App, range: Option<DateRange>) {
    app.filters.retain(|f| !matches!(f, Filter::Published(_)));
    let cleared = range.is_none();
    if let Some(r) = range {
        app.filters.push(Filter::Published(r));
    }
    refresh(app);
    let shown = plural(app.copy_rows.listed, "article", "articles");
    let text = if cleared {
        format!("Date filter cleared: {shown}")
    } else {
        format!("{shown} listed (Esc clears the filter)")
    };
    super::note(app, &text);
}

/// Keep the articles that mention a timeline date (replacing such a filter).
pub fn keep_mentions(app: &mut App, date: crate::article::PartialDate, articles: Vec<usize>) {
    app.filters
        .retain(|f| !matches!(f, Filter::Mentions { .. }));
    app.filters.push(Filter::Mentions { date, articles });
    refresh(app);
    let shown = plural(app.copy_rows.listed, "article", "articles");
    super::note(app, &format!("{shown} listed (Esc clears the filter)"));
}

/// `M`: list only the bookmarked articles, or drop that filter.
pub fn toggle_bookmarks(app: &mut App) {
    if app.filters.contains(&Filter::Bookmarks) {
        app.filters.retain(|f| *f != Filter::Bookmarks);
        refresh(app);
        let shown = plural(app.copy_rows.listed, "article", "articles");
        return super::note(app, &format!("Bookmarks filter cleared: {shown}"));
    }
    let any = app
        .model
        .articles
        .iter()
        .any(|a| app.state.bookmarks.contains(&a.id));
    if !any {
        let key = key_name(app, &crate::ui::Action::ToggleBookmark);
        return super::error(
            app,
            &format!("No bookmarks yet: {key} bookmarks the selected article"),
        );
    }
    app.filters.push(Filter::Bookmarks);
    refresh(app);
    let shown = plural(
        app.copy_rows.listed,
        "bookmarked article",
        "bookmarked articles",
    );
    super::note(app, &format!("{shown} (Esc lists all)"));
}

/// The key bound to `action`, for messages (`m`), or the action's name.
pub fn key_name(app: &App, action: &crate::ui::Action) -> String {
    app.keymap
        .key_for(action)
        .map(|k| k.to_string())
        .or_else(|| action.name().map(str::to_string))
        .unwrap_or_default()
}
