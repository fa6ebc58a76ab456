//! The three panes and the status bar, each drawn from the state alone.

pub mod list;
pub mod reader;
pub mod status;
pub mod timeline;

use super::theme::Theme;
use ratatui::text::Span;
use ratatui::widgets::Block;

/// A pane's frame: its border lit when focused, its title on top.
pub fn block(theme: &Theme, title: String, focused: bool) -> Block<'static> {
    let (border, mark) = if focused {
        (theme.focused_border(), "▸ ")
    } else {
        (theme.border(), "")
    };
    Block::bordered()
        .border_style(border)
        .title(Span::styled(format!(" {mark}{title} "), theme.pane_title()))
}
