//! The mouse: the wheel scrolls the pane under the pointer, a click focuses it and picks
//! the article or the timeline date under the pointer.

use super::nav;
use crate::ui::app::App;
use crate::ui::layout::Pane;

pub fn scroll(app: &mut App, column: u16, row: u16, lines: i16) {
    let Some(pane) = app.areas.and_then(|a| a.pane_at(column, row)) else {
        return;
    };
    let lines = isize::from(lines);
    match pane {
        Pane::List => nav::move_selection(app, lines.signum()),
        Pane::Reader => nav::scroll_by(app, lines),
        Pane::Timeline => super::timeline::step(app, lines.signum()),
    }
}

pub fn click(app: &mut App, column: u16, row: u16) {
    let Some(areas) = app.areas else { return };
    let Some(pane) = areas.pane_at(column, row) else {
        return;
    };
    app.focus = pane;
    match pane {
        Pane::List => {
            let inner_row = row.saturating_sub(areas.list.y + 1) as usize;
            if row == areas.list.y || row + 1 >= areas.list.y + areas.list.height {
                return; // a border
            }
            if let Some(pos) = app.list.item_at(inner_row / 2, app.visible.len()) {
                app.list.select(pos, app.visible.len(), areas.list_items());
                nav::open_selected(app);
            }
        }
        Pane::Timeline => {
            let axis = &app.timeline.axis;
            let cursor_slot = app.timeline.cursor.and_then(|c| axis.slot_of(c));
            let offset = axis.view_offset(cursor_slot, areas.axis_width());
            let col = (column.saturating_sub(areas.timeline.x + 1) as usize) + offset;
            if let Some(slot) = axis.slot_near(col) {
                app.timeline.cursor = Some(axis.slots[slot].entries.start);
            }
        }
        Pane::Reader => {}
    }
}
