//! The left pane: the listed articles, two rows each (title; date · outlet), the open
//! one marked `▶`, bookmarks `★`, articles already read `✓`, the selection lit.

use super::block;
use crate::ui::app::App;
use crate::ui::fmt::{date_label, truncate};
use crate::ui::layout::Pane;
use crate::ui::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let focused = app.focus == Pane::List;
    let title = format!(
        "Articles {}/{}",
        app.visible.len(),
        app.model.articles.len()
    );
    let block = block(title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let row = |i: u16| Rect::new(inner.x, inner.y + i, inner.width, 1);
    if app.visible.is_empty() && app.loading.is_none() {
        frame.render_widget(
            Line::from(Span::styled(" No article matches", theme::dim())),
            row(0),
        );
        if inner.height > 1 {
            frame.render_widget(
                Line::from(Span::styled(" Esc clears a filter", theme::dim())),
                row(1),
            );
        }
        return;
    }
    let items = (inner.height / 2) as usize;
    for (slot, pos) in (app.list.offset..app.visible.len()).take(items).enumerate() {
        let Some(article) = app
            .visible
            .get(pos)
            .and_then(|&i| app.model.articles.get(i).map(|a| (i, a)))
        else {
            break;
        };
        let (i, a) = article;
        let open = app.open == Some(i);
        let (marker, title_style) = if open {
            ("▶", theme::headline())
        } else {
            (" ", Default::default())
        };
        let star = if app.state.bookmarks.contains(&a.id) {
            "★ "
        } else {
            "  "
        };
        let read = if app.state.read.contains(&a.id) {
            " ✓ "
        } else {
            "   "
        };
        let mut meta = vec![date_label(a)];
        meta.extend(a.source.iter().cloned());
        let mut title = Line::from(vec![
            Span::styled(marker, theme::prompt()),
            Span::styled(star, theme::bookmark()),
            Span::styled(truncate(&a.title, w.saturating_sub(3)), title_style),
        ]);
        let selected = pos == app.list.selected;
        // Dim text on the selection's dim background would vanish: plain text there.
        let meta_style = if selected {
            Default::default()
        } else {
            theme::dim()
        };
        let mut sub = Line::from(vec![
            Span::styled(read, theme::mark()),
            Span::styled(truncate(&meta.join(" · "), w.saturating_sub(3)), meta_style),
        ]);
        if selected {
            let style = if focused {
                theme::selected_focused()
            } else {
                theme::selected()
            };
            title = title.style(style);
            sub = sub.style(style);
        }
        let y = slot as u16 * 2;
        frame.render_widget(title, row(y));
        frame.render_widget(sub, row(y + 1));
    }
}
