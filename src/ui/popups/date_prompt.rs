//! The `d` prompt: filter the list by publication date. A form it cannot read is shown
//! as an error inside the prompt, which stays open.

use super::{centered, frame_box, input_line, Outcome, Request};
use crate::daterange::parse_filter;
use crate::ui::action::Action;
use crate::ui::input::LineInput;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

#[derive(Clone, Debug, Default)]
pub struct DatePrompt {
    pub input: LineInput,
    /// Why the last input was refused.
    pub error: Option<String>,
}

impl DatePrompt {
    /// A prompt holding `current` (the active filter, to edit) with the cursor at its end.
    pub fn new(current: &str) -> DatePrompt {
        let mut input = LineInput::default();
        for c in current.chars() {
            input.edit(&crate::ui::Action::Insert(c));
        }
        DatePrompt { input, error: None }
    }

    /// Answer a key: edit, apply (Enter; empty drops the filter, a form it cannot read
    /// is shown and the prompt stays), or cancel (Esc).
    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Back => Outcome::Closed,
            Action::Submit => {
                let text = self.input.text().trim();
                if text.is_empty() {
                    return Outcome::ClosedAnd(Request::Published(None));
                }
                match parse_filter(text) {
                    Ok(range) => Outcome::ClosedAnd(Request::Published(range)),
                    Err(e) => {
                        self.error = Some(e);
                        Outcome::Open
                    }
                }
            }
            a => {
                if self.input.edit(a) {
                    self.error = None;
                }
                Outcome::Open
            }
        }
    }
}

const FORMS: [&str; 2] = [
    "e.g. 2022-01-12 · 2022-01-10..2022-01-14 · ..2022-01-13",
    "     12/1/2022 · 1/2022 · 2016 · 2022-01..",
];

pub fn draw(frame: &mut Frame, theme: &Theme, area: Rect, p: &DatePrompt) {
    let rect = centered(area, 62, 8);
    let inner = frame_box(frame, theme, rect, "Filter by publication date");
    if inner.height == 0 {
        return;
    }
    input_line(frame, theme, Rect { height: 1, ..inner }, &p.input);
    let mut lines = vec![match &p.error {
        Some(e) => Line::from(Span::styled(format!("✗ {e}"), theme.error())),
        None => Line::default(),
    }];
    lines.extend(FORMS.map(|f| Line::from(Span::styled(f, theme.dim()))));
    lines.push(Line::from(Span::styled(
        "Enter applies · empty clears · Esc cancels",
        theme.dim(),
    )));
    let rest = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_asks_for_the_filter_and_a_bad_form_stays_in_the_prompt() {
        let mut p = DatePrompt::new("2022-13");
        assert!(matches!(p.handle(&Action::Submit), Outcome::Open));
        assert!(p.error.is_some(), "the prompt says why");
        p.handle(&Action::DeleteBack);
        assert_eq!(p.error, None, "editing clears the error");
        let mut p = DatePrompt::new("2022-01-12");
        let Outcome::ClosedAnd(Request::Published(Some(range))) = p.handle(&Action::Submit) else {
            panic!("no filter asked for")
        };
        assert_eq!(range.to_string(), "2022-01-12");
        let mut p = DatePrompt::new("");
        assert!(matches!(
            p.handle(&Action::Submit),
            Outcome::ClosedAnd(Request::Published(None))
        ));
        assert!(matches!(p.handle(&Action::Back), Outcome::Closed));
    }
}
