//! `w`: the files that gave no article, and why ("trang-chu.html: no article (an index
//! page: 48 headlines, no body text)"), one per line, scrolled with the usual keys. The
//! popup owns its scroll and keys and sees only the lines it shows.

use super::{centered, frame_box, Outcome};
use crate::ui::action::Action;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// The popup's state: how far down it is scrolled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotArticles {
    pub scroll: usize,
}

impl NotArticles {
    /// Answer a key: move, page, go to an end, or close (`Esc`, `w` again, `q`).
    pub fn handle(&mut self, action: &Action, size: (u16, u16), lines: usize) -> Outcome {
        let page = rows(size).max(1);
        let last = lines.saturating_sub(page);
        self.scroll = match action {
            Action::Back | Action::NotArticles | Action::Help => return Outcome::Closed,
            Action::MoveDown => self.scroll + 1,
            Action::MoveUp => self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll + page,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.scroll,
        }
        .min(last);
        Outcome::Open
    }
}

fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(100),
        size.1.saturating_sub(4).min(20),
    )
}

/// Lines shown at once.
fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(2) as usize
}

/// Draw the list of `warnings` (each "dossier: FILE: reason").
pub fn draw(
    frame: &mut Frame,
    theme: &Theme,
    size: (u16, u16),
    warnings: &[String],
    p: &NotArticles,
) {
    let inner = frame_box(
        frame,
        theme,
        area(size),
        &format!("Not articles · {} (Esc closes)", warnings.len()),
    );
    for (y, w) in warnings
        .iter()
        .skip(p.scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let text = w.strip_prefix("dossier: ").unwrap_or(w);
        let (file, why) = text.split_once(": ").unwrap_or((text, ""));
        let line = Line::from(vec![
            Span::styled(format!(" {file}"), theme.key()),
            Span::styled(format!("  {why}"), theme.dim()),
        ]);
        frame.render_widget(line, Rect::new(inner.x, inner.y + y as u16, inner.width, 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_scroll_within_the_list_and_close_it() {
        let mut p = NotArticles::default();
        let size = (80, 12); // 8 rows inside the box
        assert!(matches!(
            p.handle(&Action::MoveDown, size, 30),
            Outcome::Open
        ));
        assert_eq!(p.scroll, 1);
        p.handle(&Action::Bottom, size, 30);
        assert_eq!(p.scroll, 30 - rows(size));
        p.handle(&Action::PageDown, size, 30);
        assert_eq!(p.scroll, 30 - rows(size), "no scrolling past the end");
        assert!(matches!(p.handle(&Action::Back, size, 30), Outcome::Closed));
    }
}
