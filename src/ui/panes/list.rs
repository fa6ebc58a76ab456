//! The left pane: the listed articles, two rows each (title; date · outlet), the open
//! one marked `▶`, bookmarks `★`, articles already read `✓`, the selection lit. A copy
//! group shows as its earliest article with `+N · outlets` of the others; unfolded, the
//! others follow it marked `↳`.

use super::block;
use crate::ui::app::App;
use crate::ui::fmt::{date_label, truncate};
use crate::ui::layout::Pane;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let focused = app.focus == Pane::List;
    let title = format!(
        "Articles {}/{}",
        app.copy_rows.listed,
        app.model.articles.len()
    );
    let block = block(theme, title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let row = |i: u16| Rect::new(inner.x, inner.y + i, inner.width, 1);
    if app.visible.is_empty() && app.loading.is_none() {
        frame.render_widget(
            Line::from(Span::styled(" No article matches", theme.dim())),
            row(0),
        );
        if inner.height > 1 {
            frame.render_widget(
                Line::from(Span::styled(" Esc clears a filter", theme.dim())),
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
        let others = app.copy_rows.heads.get(&i);
        let folded = others.is_some_and(|o| !o.iter().any(|&x| app.shown(x)));
        // A copy shown under its group's first row.
        let copy = others.is_none()
            && app.copy_rows.collapse
            && app.model.copies.group_of(i).is_some()
            && app.shown(i);
        let open = app.open == Some(i)
            || (folded
                && app
                    .open
                    .is_some_and(|o| others.is_some_and(|x| x.contains(&o))));
        let (marker, title_style) = if open {
            ("▶", theme.headline())
        } else {
            (" ", ratatui::style::Style::default())
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
        let indent = if copy { "↳ " } else { "" };
        let mut title = Line::from(vec![
            Span::styled(marker, theme.prompt()),
            Span::styled(star, theme.bookmark()),
            Span::styled(indent, theme.prompt()),
            Span::styled(
                truncate(&a.title, w.saturating_sub(3 + indent.chars().count())),
                title_style,
            ),
        ]);
        let selected = pos == app.list.selected;
        // Dim text on the selection's dim background would vanish: plain text there.
        let meta_style = if selected {
            ratatui::style::Style::default()
        } else {
            theme.dim()
        };
        let meta = meta.join(" · ");
        let mut spans = vec![Span::styled(read, theme.mark())];
        match others {
            Some(others) => {
                // `2022-01-13 · VnExpress · +3 · Tuổi Trẻ, VOV, Báo Nghệ An`; where that
                // does not fit, `2022-01-13 +3 · Tuổi Trẻ, VOV, …` keeps `+3` in view.
                let mut outlets: Vec<&str> = Vec::new();
                for s in others
                    .iter()
                    .filter_map(|&o| app.model.articles.get(o)?.source.as_deref())
                {
                    if !outlets.contains(&s) && a.source.as_deref() != Some(s) {
                        outlets.push(s);
                    }
                }
                let room = w.saturating_sub(3);
                let plus = format!("+{}", others.len());
                let wide = [meta.as_str(), plus.as_str(), &outlets.join(", ")]
                    .iter()
                    .filter(|p| !p.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ");
                let (head, tail) = if wide.width() <= room {
                    (format!("{meta} · "), format!(" · {}", outlets.join(", ")))
                } else {
                    (
                        format!("{} ", date_label(a)),
                        format!(" · {}", outlets.join(", ")),
                    )
                };
                let tail = if tail == " · " { String::new() } else { tail };
                let head = truncate(&head, room.saturating_sub(plus.width()));
                let left = room.saturating_sub(head.width() + plus.width());
                spans.push(Span::styled(head, meta_style));
                spans.push(Span::styled(plus, theme.prompt()));
                spans.push(Span::styled(truncate(&tail, left), meta_style));
            }
            None => spans.push(Span::styled(
                truncate(&meta, w.saturating_sub(3)),
                meta_style,
            )),
        }
        let mut sub = Line::from(spans);
        if selected {
            let style = if focused {
                theme.selected_focused()
            } else {
                theme.selected()
            };
            title = title.style(style);
            sub = sub.style(style);
        }
        let y = slot as u16 * 2;
        frame.render_widget(title, row(y));
        frame.render_widget(sub, row(y + 1));
    }
}
