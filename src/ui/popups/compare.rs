//! `v`: an article against another copy of its story, word by word, interleaved: what both
//! print dimmed, what only the article has struck through, what only the other copy has
//! lit; a paragraph break only one of them makes is a `¶` in that one's style. `n`/`N`
//! (or `h`/`l`) go to the next or previous copy; the usual keys scroll; `Esc` or `v`
//! closes.
//!
//! ```text
//! ┌ Compare · copy 1 of 3 (n/N other copy · j/k scroll · Esc closes) ──────────┐
//! │ VnExpress · 2022-01-13  ⟷  Tuổi Trẻ · 2022-01-13                            │
//! │ in both · only in VnExpress · only in Tuổi Trẻ                              │
//! │ 21 words only in VnExpress, 12 only in Tuổi Trẻ · shared 0.88               │
//! ```

use super::{centered, frame_box, Outcome};
use crate::compare::{compare, Change, Comparison, Piece};
use crate::model::Model;
use crate::ui::action::Action;
use crate::ui::fmt::date_label;
use crate::ui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The popup's state: which two articles, the comparison, the scroll.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparePopup {
    /// The article compared from (its words struck where the other lacks them).
    pub article: usize,
    /// The other copies, earliest first.
    pub others: Vec<usize>,
    /// Which of `others` is shown.
    pub current: usize,
    pub scroll: usize,
    pub comparison: Comparison,
    /// The share of the smaller one's text found in the other, as the copy finder counts.
    pub shared: f64,
}

impl ComparePopup {
    /// `article` against the first of `others` (which must not be empty).
    pub fn new(model: &Model, article: usize, others: Vec<usize>) -> ComparePopup {
        let mut p = ComparePopup {
            article,
            others,
            current: 0,
            scroll: 0,
            comparison: Comparison::default(),
            shared: 0.0,
        };
        p.recompare(model);
        p
    }

    /// The copy shown against the article.
    pub fn other(&self) -> Option<usize> {
        self.others.get(self.current).copied()
    }

    fn recompare(&mut self, model: &Model) {
        let (Some(a), Some(b)) = (
            model.articles.get(self.article),
            self.other().and_then(|o| model.articles.get(o)),
        ) else {
            return;
        };
        self.comparison = compare(a, b);
        self.shared = crate::model::copies::shared_between(a, b);
        self.scroll = 0;
    }

    /// Answer a key: scroll, go to another copy, or close.
    pub fn handle(&mut self, model: &Model, action: &Action, size: (u16, u16)) -> Outcome {
        let page = rows(size).max(1);
        // The count does not depend on the colours.
        let last = lines(model, &Theme::default(), self, width(size))
            .len()
            .saturating_sub(page);
        let n = self.others.len().max(1);
        let step = match action {
            Action::Back | Action::Compare | Action::Help => return Outcome::Closed,
            Action::NextMatch | Action::TimelineNext | Action::FocusNext => 1,
            Action::PrevMatch | Action::TimelinePrev | Action::FocusPrev => n - 1,
            _ => 0,
        };
        if step > 0 {
            self.current = (self.current + step) % n;
            self.recompare(model);
            return Outcome::Open;
        }
        self.scroll = match action {
            Action::MoveDown => self.scroll + 1,
            Action::MoveUp => self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll + page,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Scroll { lines, .. } => self.scroll.saturating_add_signed(isize::from(*lines)),
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
        size.0.saturating_sub(4).min(110),
        size.1.saturating_sub(2),
    )
}

/// Lines shown at once.
fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(2) as usize
}

/// Columns of text inside the box (a space's margin on each side).
fn width(size: (u16, u16)) -> usize {
    (area(size).width as usize).saturating_sub(4).max(10)
}

/// An article as the popup names it: its outlet, else its file.
fn name(model: &Model, article: usize) -> String {
    model
        .articles
        .get(article)
        .map(|a| a.source.clone().unwrap_or_else(|| a.file.clone()))
        .unwrap_or_default()
}

fn style(theme: &Theme, change: Change) -> Style {
    match change {
        Change::Same => theme.diff_same(),
        Change::Removed => theme.diff_removed(),
        Change::Added => theme.diff_added(),
    }
}

/// Every line of the comparison, wrapped to `width` columns.
pub fn lines(model: &Model, theme: &Theme, p: &ComparePopup, width: usize) -> Vec<Line<'static>> {
    let Some(other) = p.other() else {
        return Vec::new();
    };
    let (a, b) = (name(model, p.article), name(model, other));
    let date = |i: usize| model.articles.get(i).map(date_label).unwrap_or_default();
    let c = &p.comparison;
    let mut out = vec![
        Line::from(vec![
            Span::styled(format!("{a} · {}", date(p.article)), theme.pane_title()),
            Span::raw("  ⟷  "),
            Span::styled(format!("{b} · {}", date(other)), theme.pane_title()),
        ]),
        Line::from(vec![
            Span::styled("in both", theme.diff_same()),
            Span::raw(" · "),
            Span::styled(format!("only in {a}"), theme.diff_removed()),
            Span::raw(" · "),
            Span::styled(format!("only in {b}"), theme.diff_added()),
            Span::styled(" · ¶ break in one only", theme.dim()),
        ]),
        Line::from(Span::raw(format!(
            "{} only in {a}, {} only in {b} · shared {:.2}",
            crate::ui::fmt::plural(c.removed, "word", "words"),
            c.added,
            p.shared
        ))),
        Line::default(),
    ];
    let title: Vec<(String, Style)> = c
        .title
        .iter()
        .map(|piece| {
            (
                piece.text.clone(),
                style(theme, piece.change).patch(theme.headline()),
            )
        })
        .collect();
    if c.new_title {
        // A new title: the old one, then the new one, each whole.
        for t in title {
            out.extend(wrap(&[t], width));
        }
    } else {
        out.extend(wrap(&title, width));
    }
    for block in &c.blocks {
        out.push(Line::default());
        let mut runs: Vec<(String, Style)> = block.pieces.iter().map(|p| run(theme, p)).collect();
        if let Some(change) = block.break_only_in {
            runs.push(("¶".to_string(), style(theme, change)));
        }
        out.extend(wrap(&runs, width));
    }
    out
}

fn run(theme: &Theme, piece: &Piece) -> (String, Style) {
    (piece.text.clone(), style(theme, piece.change))
}

/// Runs of styled words wrapped into lines of at most `width` columns, breaking at spaces
/// (a word longer than a line is cut). The spaces inside a run keep its style, so a struck
/// phrase is struck through.
fn wrap(runs: &[(String, Style)], width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (text, style) in runs {
        for (k, word) in text.split(' ').filter(|w| !w.is_empty()).enumerate() {
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                lines.push(Line::from(std::mem::take(&mut spans)));
                used = 0;
            }
            if used > 0 {
                // Between two runs the space is plain; inside one it takes the run's style.
                let gap = if k > 0 { *style } else { Style::new() };
                spans.push(Span::styled(" ", gap));
                used += 1;
            }
            let mut word = word.to_string();
            while word.width() > width {
                let mut cut = String::new();
                let mut cw = 0;
                for ch in word.chars() {
                    let chw = ch.width().unwrap_or(0);
                    if cw + chw > width {
                        break;
                    }
                    cut.push(ch);
                    cw += chw;
                }
                let rest = word[cut.len()..].to_string();
                spans.push(Span::styled(cut, *style));
                lines.push(Line::from(std::mem::take(&mut spans)));
                word = rest;
            }
            used += word.width();
            spans.push(Span::styled(word, *style));
        }
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

pub fn draw(frame: &mut Frame, theme: &Theme, model: &Model, size: (u16, u16), p: &ComparePopup) {
    let title = format!(
        "Compare · copy {} of {} (n/N other copy · j/k scroll · Esc closes)",
        p.current + 1,
        p.others.len()
    );
    let inner = frame_box(frame, theme, area(size), &title);
    let text = Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    for (y, line) in lines(model, theme, p, width(size))
        .into_iter()
        .skip(p.scroll)
        .take(text.height as usize)
        .enumerate()
    {
        frame.render_widget(line, Rect::new(text.x, text.y + y as u16, text.width, 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn runs_wrap_at_spaces_and_keep_their_style_inside() {
        let struck = Theme::default().diff_removed();
        let runs = vec![
            ("Nga và".to_string(), Style::new()),
            ("Hoa Kỳ đàm phán".to_string(), struck),
        ];
        let lines = wrap(&runs, 10);
        assert_eq!(plain(&lines), ["Nga và Hoa", "Kỳ đàm", "phán"]);
        // The space between "Hoa" and "Kỳ" would be struck; the one before "Hoa" is not.
        assert_eq!(lines[0].spans[3].style, Style::new());
        assert_eq!(lines[1].spans[1].style, struck);
        assert_eq!(
            plain(&wrap(&[("abcdefghijkl".into(), Style::new())], 5)),
            ["abcde", "fghij", "kl"]
        );
    }

    #[test]
    fn keys_move_between_copies_scroll_and_close() {
        let model = crate::ui::fixture::with_copies();
        let mut p = ComparePopup::new(&model, 0, vec![4, 6, 5]);
        let size = (80, 24);
        assert_eq!(p.other(), Some(4));
        p.handle(&model, &Action::MoveDown, size);
        assert_eq!(p.scroll, 1);
        p.handle(&model, &Action::NextMatch, size);
        assert_eq!((p.other(), p.scroll), (Some(6), 0));
        p.handle(&model, &Action::PrevMatch, size);
        p.handle(&model, &Action::PrevMatch, size);
        assert_eq!(p.other(), Some(5));
        assert!(matches!(
            p.handle(&model, &Action::Back, size),
            Outcome::Closed
        ));
    }
}
