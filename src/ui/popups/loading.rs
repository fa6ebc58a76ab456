//! The progress gauge shown while the corpus loads in the background.

use super::{centered, frame_box};
use crate::ui::app::Loading;
use crate::ui::fmt::count;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::widgets::Gauge;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, theme: &Theme, area: Rect, loading: Loading) {
    let rect = centered(area, 52, 3);
    let inner = frame_box(frame, theme, rect, "Loading the corpus");
    let (ratio, label) = if loading.total == 0 {
        (0.0, "finding files…".to_string())
    } else {
        let ratio = (loading.done as f64 / loading.total as f64).clamp(0.0, 1.0);
        (
            ratio,
            format!("{} / {} files", count(loading.done), count(loading.total)),
        )
    };
    let gauge = Gauge::default()
        .ratio(ratio)
        .label(label)
        .style(theme.dim())
        .gauge_style(theme.gauge());
    frame.render_widget(gauge, inner);
}
