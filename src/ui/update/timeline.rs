//! The timeline cursor and zoom.

use super::{filter, note};
use crate::ui::app::App;
use crate::ui::axis::Axis;

/// Lay the axis out again for the strip's width and the zoom.
pub fn relayout(app: &mut App) {
    let avail = app.areas.map_or(0, |a| a.axis_width());
    let tl = &app.model.timeline;
    let unit = app
        .timeline
        .zoom
        .unwrap_or_else(|| Axis::fitting_unit(tl, avail));
    app.timeline.axis = Axis::new(tl, unit, avail);
    // Keep the cursor on the first entry of its slot.
    let axis = &app.timeline.axis;
    app.timeline.cursor = app
        .timeline
        .cursor
        .and_then(|c| axis.slot_of(c))
        .and_then(|s| axis.slots.get(s))
        .map(|s| s.entries.start)
        .or(app.timeline.cursor);
}

/// Put the cursor on the open article's first date, else on the latest date.
pub fn place_cursor(app: &mut App) {
    let first = app
        .open
        .and_then(|a| app.index.entries_of.get(a)?.first().copied());
    app.timeline.cursor = first.or(app.model.timeline.len().checked_sub(1));
}

/// Move the cursor by `delta` slots (dates at the axis' unit), clamped.
pub fn step(app: &mut App, delta: isize) {
    let axis = &app.timeline.axis;
    if axis.slots.is_empty() {
        return note(app, "The timeline is empty: no dated events were found");
    }
    let here = app
        .timeline
        .cursor
        .and_then(|c| axis.slot_of(c))
        .unwrap_or(0);
    let to = here.saturating_add_signed(delta).min(axis.slots.len() - 1);
    app.timeline.cursor = Some(axis.slots[to].entries.start);
}

/// Zoom in (finer unit) or out.
pub fn zoom(app: &mut App, finer: bool) {
    let unit = app.timeline.axis.unit;
    let to = if finer { unit.finer() } else { unit.coarser() };
    if to == unit {
        return note(app, &format!("The timeline already shows {}", unit.name()));
    }
    app.timeline.zoom = Some(to);
    relayout(app);
    note(app, &format!("Timeline in {}", to.name()));
}

/// Enter on the timeline: keep the articles that mention a date of the cursor's slot.
pub fn keep_date(app: &mut App) {
    let axis = &app.timeline.axis;
    let Some(slot) = app
        .timeline
        .cursor
        .and_then(|c| axis.slot_of(c))
        .and_then(|s| axis.slots.get(s))
    else {
        return;
    };
    let key = slot.key;
    let mut articles: Vec<usize> = app.model.timeline[slot.entries.clone()]
        .iter()
        .flat_map(|e| e.articles.iter().copied())
        .collect();
    articles.sort_unstable();
    articles.dedup();
    filter::keep_mentions(app, key, articles);
}
