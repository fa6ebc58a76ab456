//! `?`: the keys, drawn from the key map itself so that a rebound key shows as bound.

use super::{centered, frame_box};
use crate::ui::app::App;
use crate::ui::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Where the help goes on a terminal of `size`.
fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(80),
        size.1.saturating_sub(2),
    )
}

/// Lines of help shown at once.
pub fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(2) as usize
}

/// The help text: the reader's keys, then the prompts' editing keys.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let normal = app.keymap.help();
    let prompt = app.keymap.prompt_help();
    let key_w = normal
        .iter()
        .chain(&prompt)
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(24)
        + 2;
    let row = |(keys, what): &(String, &str)| {
        Line::from(vec![
            Span::styled(format!(" {keys:<key_w$}"), theme::key()),
            Span::raw(what.to_string()),
        ])
    };
    let mut out = vec![Line::from(Span::styled(
        " In the reader",
        theme::pane_title(),
    ))];
    out.extend(normal.iter().map(row));
    out.push(Line::default());
    out.push(Line::from(Span::styled(
        " In a prompt or the actor picker",
        theme::pane_title(),
    )));
    out.extend(prompt.iter().map(row));
    out.push(Line::from(vec![
        Span::styled(format!(" {:<key_w$}", "other keys"), theme::key()),
        Span::raw("type into the prompt"),
    ]));
    out
}

pub fn max_scroll(app: &App) -> usize {
    lines(app).len().saturating_sub(rows(app.size))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, scroll: usize) {
    let all = lines(app);
    let rect = area((screen.width, screen.height));
    let more = all.len() > rows((screen.width, screen.height));
    let title = if more {
        "Keys (j/k scroll · Esc closes)"
    } else {
        "Keys (Esc closes)"
    };
    let inner = frame_box(frame, rect, title);
    for (i, line) in all
        .into_iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        frame.render_widget(line, Rect::new(inner.x, inner.y + i as u16, inner.width, 1));
    }
}
