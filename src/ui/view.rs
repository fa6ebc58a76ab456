//! Drawing: a pure function of the state.

use super::app::App;
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use super::{panes, popups};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::Frame;

/// Draw the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(areas) = Areas::new(area.width, area.height) else {
        let msg = format!(
            "Terminal too small ({}x{}); need at least {MIN_WIDTH}×{MIN_HEIGHT}",
            area.width, area.height
        );
        let row = Rect::new(
            area.x,
            area.y + area.height / 2,
            area.width,
            area.height.min(1),
        );
        frame.render_widget(Line::from(msg).centered(), row);
        return;
    };
    panes::list::draw(frame, areas.list, app);
    panes::reader::draw(frame, areas.reader, app);
    panes::timeline::draw(frame, areas.timeline, app);
    panes::status::draw(frame, areas.status, app);
    if let Some(loading) = app.loading {
        // Over the timeline once articles are listed, so that they can be read.
        let over = if app.model.articles.is_empty() {
            area
        } else {
            areas.timeline
        };
        popups::loading::draw(frame, &app.theme, over, loading);
    }
    if let Some(p) = &app.popup {
        popups::draw(frame, p, &app.ctx());
    }
}
