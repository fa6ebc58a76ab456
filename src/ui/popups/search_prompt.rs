//! The `/` prompt: search the open article as you type.

use super::find::find;
use super::{frame_box, input_line, Ctx, Outcome, Request};
use crate::ui::action::Action;
use crate::ui::app::{Mark, Walk};
use crate::ui::fmt::plural;
use crate::ui::input::LineInput;
use crate::ui::theme::Theme;
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

    /// Answer a key: edit (the matches follow, the first one below where the reader was
    /// is shown), keep the matches for `n`/`N` (Enter), or cancel (Esc).
    pub fn handle(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let Some(article) = ctx.open else {
            return Outcome::Closed;
        };
        match action {
            Action::Back => Outcome::ClosedAnd(Request::Restore {
                scroll: self.origin,
                error: None,
            }),
            Action::Submit => {
                let query = self.input.text().trim().to_string();
                if self.hits.is_empty() {
                    let error = (!query.is_empty())
                        .then(|| format!("No match for “{query}” in this article"));
                    return Outcome::ClosedAnd(Request::Restore {
                        scroll: self.origin,
                        error,
                    });
                }
                let current = self.first_after(ctx, self.origin);
                Outcome::ClosedAnd(Request::Walk(Walk::Search {
                    query,
                    article,
                    hits: std::mem::take(&mut self.hits),
                    current,
                }))
            }
            a => {
                if !self.input.edit(a) {
                    return Outcome::Open;
                }
                self.hits = ctx
                    .model
                    .articles
                    .get(article)
                    .map(|x| find(x, self.input.text()))
                    .unwrap_or_default();
                let at = self
                    .hits
                    .get(self.first_after(ctx, self.origin))
                    .map(|hit| (hit.paragraph, hit.range.start));
                Outcome::OpenAnd(Request::Reveal {
                    scroll: self.origin,
                    at,
                })
            }
        }
    }

    /// The first hit on or below row `row` of the open article, else the first hit.
    fn first_after(&self, ctx: &Ctx, row: usize) -> usize {
        self.hits
            .iter()
            .position(|h| ctx.page.row_of(h.paragraph, h.range.start) >= row)
            .unwrap_or(0)
    }
}

/// A box along the bottom of the screen, over the timeline, so the article stays in view.
pub fn draw(frame: &mut Frame, theme: &Theme, area: Rect, p: &SearchPrompt) {
    let h = 4.min(area.height);
    let rect = Rect::new(area.x, area.bottom().saturating_sub(h + 1), area.width, h);
    let inner = frame_box(frame, theme, rect, "Search the article");
    if inner.height == 0 {
        return;
    }
    input_line(frame, theme, Rect { height: 1, ..inner }, &p.input);
    let status = if p.input.text().trim().is_empty() {
        Span::styled(
            "type to search (case and accents ignored) · Enter keeps · Esc cancels",
            theme.dim(),
        )
    } else if p.hits.is_empty() {
        Span::styled("no match", theme.error())
    } else {
        Span::styled(
            format!(
                "{} · Enter keeps them for n/N",
                plural(p.hits.len(), "match", "matches")
            ),
            theme.dim(),
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
