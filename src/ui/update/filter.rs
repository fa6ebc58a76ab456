//! The article list under the active filters.

use super::nav;
use crate::daterange::DateRange;
use crate::ui::app::{App, Filter};
use crate::ui::fmt::plural;

/// Recompute the list after a filter change. The selection stays on the same article
/// when it is still listed; the open article stays open when listed, else the first
/// listed article opens (none when the list is empty).
pub fn refresh(app: &mut App) {
    let selected = app.selected();
    let filters = &app.filters;
    app.visible = app
        .model
        .articles
        .iter()
        .enumerate()
        .filter(|(i, a)| filters.iter().all(|f| f.keeps(*i, a)))
        .map(|(i, _)| i)
        .collect();
    let height = app.areas.map_or(1, |a| a.list_items());
    let pos = selected.and_then(|s| app.position(s)).unwrap_or(0);
    app.list.select(pos, app.visible.len(), height);
    match app.open.and_then(|o| app.position(o)) {
        Some(_) => {}
        None => match app.visible.first().copied() {
            Some(first) => nav::open_article(app, first),
            None => {
                app.open = None;
                nav::rewrap(app);
            }
        },
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
    let shown = plural(app.visible.len(), "article", "articles");
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
    let shown = plural(app.visible.len(), "article", "articles");
    super::note(app, &format!("{shown} listed (Esc clears the filter)"));
}
