//! The `/` prompt: search the open article as you type.

use super::{frame_box, input_line};
use crate::ui::app::Mark;
use crate::ui::fmt::plural;
use crate::ui::input::LineInput;
use crate::ui::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

#[derive(Clone, Debug, Default)]
pub struct SearchPrompt {
    pub input: LineInput,
    /// Matches of what is typed so far.
    pub hits: Vec<Mark>,
    /// The reader's scroll when the prompt opened, restored by Esc.
    pub origin: usize,
}

impl SearchPrompt {
    pub fn new(origin: usize) -> SearchPrompt {
        SearchPrompt {
            origin,
            ..SearchPrompt::default()
        }
    }
}

/// A box along the bottom of the screen, over the timeline, so the article stays in view.
pub fn draw(frame: &mut Frame, area: Rect, p: &SearchPrompt) {
    let h = 4.min(area.height);
    let rect = Rect::new(area.x, area.bottom().saturating_sub(h + 1), area.width, h);
    let inner = frame_box(frame, rect, "Search the article");
    if inner.height == 0 {
        return;
    }
    input_line(frame, Rect { height: 1, ..inner }, &p.input);
    let status = if p.input.text().trim().is_empty() {
        Span::styled(
            "type to search (case and accents ignored) · Enter keeps · Esc cancels",
            theme::dim(),
        )
    } else if p.hits.is_empty() {
        Span::styled("no match", theme::error())
    } else {
        Span::styled(
            format!(
                "{} · Enter keeps them for n/N",
                plural(p.hits.len(), "match", "matches")
            ),
            theme::dim(),
        )
    };
    if inner.height > 1 {
        let row = Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        };
        frame.render_widget(Line::from(status), row);
    }
}
