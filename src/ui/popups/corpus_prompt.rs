//! The `s` prompt: search the whole corpus. Enter keeps the articles that hold the words,
//! best first; a query that finds nothing is shown as an error inside the prompt, which
//! stays open.

use super::{centered, frame_box, input_line, Outcome, Request};
use crate::index::Query;
use crate::ui::action::Action;
use crate::ui::input::LineInput;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

#[derive(Clone, Debug, Default)]
pub struct CorpusPrompt {
    pub input: LineInput,
    /// Why the last query gave nothing.
    pub error: Option<String>,
}

impl CorpusPrompt {
    /// A prompt holding `current` (the active search, to edit) with the cursor at its end.
    pub fn new(current: &str) -> CorpusPrompt {
        let mut input = LineInput::default();
        for c in current.chars() {
            input.edit(&crate::ui::Action::Insert(c));
        }
        CorpusPrompt { input, error: None }
    }

    /// Answer a key: edit, search (Enter: the prompt stays until the search answers;
    /// empty clears the search), or cancel (Esc).
    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Back => Outcome::Closed,
            Action::Submit => {
                let text = self.input.text().trim().to_string();
                if text.is_empty() {
                    return Outcome::ClosedAnd(Request::ClearSearch);
                }
                let query = Query::parse(&text);
                if query.is_empty() {
                    self.error = Some("no word to look for".to_string());
                    return Outcome::Open;
                }
                Outcome::OpenAnd(Request::Search { text, query })
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

const SYNTAX: [&str; 2] = [
    "words: ha noi · prefix: dam* · phrase: \"bo ngoai giao\"",
    "all required; case and accents ignored",
];

pub fn draw(frame: &mut Frame, theme: &Theme, area: Rect, p: &CorpusPrompt) {
    let rect = centered(area, 62, 7);
    let inner = frame_box(frame, theme, rect, "Search the corpus");
    if inner.height == 0 {
        return;
    }
    input_line(frame, theme, Rect { height: 1, ..inner }, &p.input);
    let mut lines = vec![match &p.error {
        Some(e) => Line::from(Span::styled(format!("✗ {e}"), theme.error())),
        None => Line::default(),
    }];
    lines.extend(SYNTAX.map(|f| Line::from(Span::styled(f, theme.dim()))));
    lines.push(Line::from(Span::styled(
        "Enter searches · empty clears · Esc cancels",
        theme.dim(),
    )));
    let rest = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), rest);
}
