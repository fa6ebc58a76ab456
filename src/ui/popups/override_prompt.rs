//! The `D` prompt: set an article's publication date by hand (one day), or with an empty
//! line go back to the date as found. A form it cannot read is shown inside the prompt.

use super::{centered, frame_box, input_line, Outcome, Request};
use crate::article::Date;
use crate::daterange::parse_filter;
use crate::ui::action::Action;
use crate::ui::fmt::truncate;
use crate::ui::input::LineInput;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Clone, Debug, Default)]
pub struct DateOverride {
    pub input: LineInput,
    /// Why the last input was refused.
    pub error: Option<String>,
    /// The article being dated (index into `Model::articles`).
    pub article: usize,
    pub title: String,
    /// The date as the text gave it (`2022-01-13 (dateline)`, `unknown`).
    pub found: String,
}

impl DateOverride {
    /// A prompt for `article`, holding `current` (the date set before, to edit).
    pub fn new(article: usize, title: &str, found: String, current: &str) -> DateOverride {
        let mut input = LineInput::default();
        for c in current.chars() {
            input.edit(&crate::ui::Action::Insert(c));
        }
        DateOverride {
            input,
            error: None,
            article,
            title: title.to_string(),
            found,
        }
    }

    /// Answer a key: edit, set the date (Enter; a form that is not one day is shown and
    /// the prompt stays), or cancel (Esc).
    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Back => Outcome::Closed,
            Action::Submit => match one_day(self.input.text()) {
                Ok(date) => Outcome::ClosedAnd(Request::SetDate {
                    article: self.article,
                    date,
                }),
                Err(e) => {
                    self.error = Some(e);
                    Outcome::Open
                }
            },
            a => {
                if self.input.edit(a) {
                    self.error = None;
                }
                Outcome::Open
            }
        }
    }
}

/// One full day as the `d` prompt reads dates; blank is `None`.
fn one_day(text: &str) -> Result<Option<Date>, String> {
    match parse_filter(text)? {
        None => Ok(None),
        Some(r) if r.since.is_some() && r.since == r.until && !text.contains("..") => Ok(r.since),
        Some(_) => Err(format!(
            "{:?}: one day, e.g. 2022-01-12 or 12/1/2022",
            text.trim()
        )),
    }
}

pub fn draw(frame: &mut Frame, theme: &Theme, area: Rect, p: &DateOverride) {
    let rect = centered(area, 62, 9);
    let inner = frame_box(frame, theme, rect, "Set the publication date");
    if inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(truncate(&p.title, w), theme.headline())),
        Line::from(Span::styled(
            truncate(&format!("as found: {}", p.found), w),
            theme.dim(),
        )),
    ];
    let head = lines.len() as u16;
    lines.push(Line::default()); // the input line goes here
    lines.push(match &p.error {
        Some(e) => Line::from(Span::styled(truncate(&format!("✗ {e}"), w), theme.error())),
        None => Line::default(),
    });
    lines.push(Line::from(Span::styled(
        "one day: 2022-01-12 · 12/1/2022",
        theme.dim(),
    )));
    lines.push(Line::from(Span::styled(
        truncate("Enter sets · empty: the date as found · Esc cancels", w),
        theme.dim(),
    )));
    frame.render_widget(Paragraph::new(lines), inner);
    if inner.height > head {
        let row = Rect {
            y: inner.y + head,
            height: 1,
            ..inner
        };
        input_line(frame, theme, row, &p.input);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_prompt_takes_one_day() {
        let day = |s: &str| one_day(s).map(|d| d.map(|x| x.to_string()));
        assert_eq!(day("2022-01-12"), Ok(Some("2022-01-12".into())));
        assert_eq!(day("12/1/2022"), Ok(Some("2022-01-12".into())));
        assert_eq!(day("  "), Ok(None));
        assert!(day("2022-01").unwrap_err().contains("one day"));
        assert!(day("2022-01-12..2022-01-13").is_err());
        assert!(day("2022-01-12..").is_err());
        assert!(day("31/2/2022").is_err());
    }
}
