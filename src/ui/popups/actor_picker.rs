//! The `a` picker: type part of a name, see the actors ranked with the matched letters
//! lit, their kind and counts, and the sentence of the selected one's first mention.

use super::{centered, frame_box, input_line};
use crate::search::Hit;
use crate::ui::app::App;
use crate::ui::fmt::{plural, truncate};
use crate::ui::input::LineInput;
use crate::ui::scroll::ListCursor;
use crate::ui::theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default)]
pub struct Picker {
    pub input: LineInput,
    /// Best first.
    pub hits: Vec<Hit>,
    pub cursor: ListCursor,
    /// The selected actor's first mention.
    pub preview: Option<Preview>,
    /// The id of the actor marked (Ctrl-t) to merge others into.
    pub target: Option<String>,
}

/// Where the selected actor is first named.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub sentence: String,
    /// Title · outlet · date of the article.
    pub source: String,
}

/// Rows around the list: borders 2, input 1, rules 2, preview 3.
const CHROME: u16 = 8;

/// Where the picker goes on a terminal of `size`.
pub fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(84),
        size.1.saturating_sub(2).min(18),
    )
}

/// How many hits the picker shows at once.
pub fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(CHROME).max(1) as usize
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, p: &Picker) {
    let rect = area((screen.width, screen.height));
    let target = p
        .target
        .as_deref()
        .and_then(|id| app.model.actors.iter().find(|a| a.id == id));
    let title = match target {
        Some(t) => format!("Jump to an actor · ◆ Ctrl-g merges into {}", t.name),
        None => "Jump to an actor".to_string(),
    };
    let inner = frame_box(
        frame,
        rect,
        &truncate(&title, rect.width.saturating_sub(4) as usize),
    );
    if inner.height < CHROME - 2 {
        return;
    }
    let w = inner.width as usize;
    let row = |i: u16| Rect::new(inner.x, inner.y + i, inner.width, 1);
    let count = format!("{} ", plural(p.hits.len(), "actor", "actors"));
    let input_w = inner.width.saturating_sub(count.width() as u16);
    input_line(
        frame,
        Rect {
            width: input_w,
            ..row(0)
        },
        &p.input,
    );
    frame.render_widget(
        Line::from(Span::styled(count, theme::dim())).right_aligned(),
        row(0),
    );
    let rule = Line::from(Span::styled("─".repeat(w), theme::border()));
    frame.render_widget(rule.clone(), row(1));

    let list_rows = inner.height - CHROME + 2;
    for (i, hit) in p
        .hits
        .iter()
        .enumerate()
        .skip(p.cursor.offset)
        .take(list_rows as usize)
    {
        let is_target = target.is_some_and(|t| app.model.actors.get(hit.actor) == Some(t));
        let line = hit_line(app, hit, (i == p.cursor.selected, is_target), w);
        frame.render_widget(line, row(2 + (i - p.cursor.offset) as u16));
    }
    if p.hits.is_empty() {
        let none = Span::styled("  no actor matches", theme::dim());
        frame.render_widget(Line::from(none), row(2));
    }
    let below = 2 + list_rows;
    frame.render_widget(rule, row(below));
    if let Some(pv) = &p.preview {
        let sentence =
            Paragraph::new(Line::from(format!("“{}”", pv.sentence))).wrap(Wrap { trim: true });
        frame.render_widget(
            sentence,
            Rect {
                height: 2,
                ..row(below + 1)
            },
        );
        let src = Span::styled(truncate(&format!("— {}", pv.source), w), theme::dim());
        frame.render_widget(Line::from(src), row(below + 3));
    }
}

/// `▶ alias · Name          person · 12 mentions · 4 articles`, matched letters lit;
/// `◆` marks the merge target.
fn hit_line(app: &App, hit: &Hit, marks: (bool, bool), width: usize) -> Line<'static> {
    let (selected, target) = marks;
    let Some(actor) = app.model.actors.get(hit.actor) else {
        return Line::default();
    };
    let alias = actor.aliases.get(hit.alias).unwrap_or(&actor.name);
    let counts = format!(
        " {:<12} {:>12} {:>13} ",
        theme::kind_name(actor.kind),
        plural(actor.mentions, "mention", "mentions"),
        plural(actor.articles.len(), "article", "articles")
    );
    let room = width.saturating_sub(counts.width() + 2);
    let mut spans = vec![Span::raw(match (selected, target) {
        (true, true) => "▶◆",
        (true, false) => "▶ ",
        (false, true) => " ◆",
        (false, false) => "  ",
    })];
    spans.extend(lit(
        &truncate(alias, room),
        &hit.highlight,
        theme::actor(actor.kind),
    ));
    let mut used = alias.width().min(room);
    if *alias != actor.name && used + 3 < room {
        let rest = truncate(&format!(" · {}", actor.name), room - used);
        used += rest.width();
        spans.push(Span::styled(rest, theme::dim()));
    }
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::styled(counts, theme::dim()));
    let line = Line::from(spans);
    if selected {
        line.style(theme::selected_focused())
    } else {
        line
    }
}

/// Split `text` into spans with the byte ranges `lit` in the matched style.
fn lit(text: &str, ranges: &[Range<usize>], base: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        let (s, e) = (r.start.clamp(at, text.len()), r.end.min(text.len()));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        spans.push(Span::styled(text[at..s].to_string(), base));
        spans.push(Span::styled(
            text[s..e].to_string(),
            base.patch(theme::matched()),
        ));
        at = e;
    }
    spans.push(Span::styled(text[at..].to_string(), base));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matched_letters_are_lit_and_bad_ranges_ignored() {
        let spans = lit("Stoltenberg", &[0..4, 20..30], Style::new());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["", "Stol", "tenberg"]);
        assert_eq!(spans[1].style, theme::matched());
        let inside_y = 1..2;
        let spans = lit("Mỹ", std::slice::from_ref(&inside_y), Style::new());
        assert_eq!(
            spans.iter().map(|s| s.content.as_ref()).collect::<String>(),
            "Mỹ"
        );
    }
}
