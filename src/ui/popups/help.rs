//! `?`: the keys, drawn from the key map itself so that a rebound key shows as bound.

use super::{centered, frame_box, Ctx, Outcome};
use crate::ui::action::Action;
use crate::ui::keymap::KeyMap;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The help popup: how far down it is scrolled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: usize,
}

impl Help {
    /// Answer a key: scroll (a line, a page, an end, the wheel), or close (`?`, `Esc`).
    pub fn handle(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let page = rows(ctx.size).max(1) as isize;
        let delta = match action {
            Action::Help | Action::Back => return Outcome::Closed,
            Action::MoveDown => 1,
            Action::MoveUp => -1,
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            Action::Scroll { lines, .. } => isize::from(*lines),
            _ => 0,
        };
        self.scroll = self
            .scroll
            .saturating_add_signed(delta)
            .min(max_scroll(ctx.keymap, ctx.size));
        Outcome::Open
    }

    pub fn draw(&self, frame: &mut Frame, screen: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let all = lines(ctx.keymap, theme);
        let rect = area((screen.width, screen.height));
        let more = all.len() > rows((screen.width, screen.height));
        let title = if more {
            "Keys (j/k scroll · Esc closes)"
        } else {
            "Keys (Esc closes)"
        };
        let inner = frame_box(frame, theme, rect, title);
        for (i, line) in all
            .into_iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .enumerate()
        {
            frame.render_widget(line, Rect::new(inner.x, inner.y + i as u16, inner.width, 1));
        }
    }
}

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
fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(2) as usize
}

/// The help text: the reader's keys, then the prompts' editing keys.
pub fn lines(keymap: &KeyMap, theme: &Theme) -> Vec<Line<'static>> {
    let normal = keymap.help();
    let prompt = keymap.prompt_help();
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
            Span::styled(format!(" {keys:<key_w$}"), theme.key()),
            Span::raw(what.to_string()),
        ])
    };
    let mut out = vec![Line::from(Span::styled(
        " In the reader",
        theme.pane_title(),
    ))];
    out.extend(normal.iter().map(row));
    out.push(Line::default());
    out.push(Line::from(Span::styled(
        " In a prompt or the actor picker",
        theme.pane_title(),
    )));
    out.extend(prompt.iter().map(row));
    out.push(Line::from(vec![
        Span::styled(format!(" {:<key_w$}", "other keys"), theme.key()),
        Span::raw("type into the prompt"),
    ]));
    out
}

/// The furthest the help scrolls on a terminal of `size`.
pub fn max_scroll(keymap: &KeyMap, size: (u16, u16)) -> usize {
    // The count does not depend on the colours.
    lines(keymap, &Theme::default())
        .len()
        .saturating_sub(rows(size))
}
