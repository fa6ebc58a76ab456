//! The bottom strip: the compressed time axis (see `axis.rs`) with a mark per date, its
//! labels, and an info line about the date under the cursor.
//!
//! ```text
//! ┌ ▸ Timeline · days ───────────────────────────────────────────────────────────┐
//! │●────────┄┄┄●────────┄┄┄●────────┄┄┄●─────────────────●────────●              │
//! │2002        2014        2021-12     2022-01-10        2022-01-12              │
//! │2022-01-12 · 1 article · VnExpress · Tổng thư ký NATO Jens Stoltenberg ngày … │
//! └──────────────────────────────────────────────────────────────────────────────┘
//! ```
//!
//! Marks: `·` `•` `●` by how many articles cite the slot's dates (relative to the
//! busiest); the cursor's mark in reverse video, the open article's dates in yellow.

use super::block;
use crate::ui::app::App;
use crate::ui::axis::label;
use crate::ui::fmt::{plural, truncate};
use crate::ui::layout::Pane;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let axis = &app.timeline.axis;
    let focused = app.focus == Pane::Timeline;
    let title = if axis.slots.is_empty() {
        "Timeline".to_string()
    } else {
        format!("Timeline · {}", axis.unit.name())
    };
    let block = block(theme, title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let row = |i: u16| Rect::new(inner.x, inner.y + i, inner.width, 1);
    if axis.slots.is_empty() {
        let why = if app.loading.is_some() {
            ""
        } else {
            "No dated events in this corpus"
        };
        frame.render_widget(Line::from(Span::styled(why, theme.dim())), row(0));
        return;
    }
    let avail = inner.width as usize;
    if avail == 0 {
        return;
    }
    let cursor = app.timeline.cursor.and_then(|c| axis.slot_of(c));
    let offset = axis.view_offset(cursor, avail);
    let open: &[usize] = app
        .open
        .and_then(|a| app.index.entries_of.get(a))
        .map_or(&[], |v| v);
    let is_open = |s: usize| open.iter().any(|e| axis.slots[s].entries.contains(e));

    // The axis row: a line, breaks, and a mark per slot.
    let mut cells: Vec<(char, Style)> = (0..avail)
        .map(|x| {
            if x + offset < axis.width {
                ('─', theme.border())
            } else {
                (' ', Style::new())
            }
        })
        .collect();
    let mut put = |col: usize, c: char, style: Style| {
        if let Some(cell) = col.checked_sub(offset).and_then(|x| cells.get_mut(x)) {
            *cell = (c, style);
        }
    };
    for &b in &axis.breaks {
        (b..b + crate::ui::axis::BREAK_WIDTH).for_each(|c| put(c, '┄', theme.dim()));
    }
    for (i, slot) in axis.slots.iter().enumerate() {
        let mut style = if is_open(i) {
            theme.open_date()
        } else {
            theme.mark()
        };
        if Some(i) == cursor {
            style = style.patch(theme.current_mark());
        }
        put(slot.col, axis.mark(slot), style);
    }
    if offset > 0 {
        cells[0] = ('‹', theme.prompt());
    }
    if offset + avail < axis.width {
        cells[avail - 1] = ('›', theme.prompt());
    }
    frame.render_widget(runs(&cells), row(0));

    if inner.height > 1 {
        frame.render_widget(labels(app, offset, avail, cursor), row(1));
    }
    if inner.height > 2 {
        frame.render_widget(info(app, cursor, avail), row(2));
    }
}

/// The label row: the cursor's label always, others left to right where they fit.
fn labels(app: &App, offset: usize, avail: usize, cursor: Option<usize>) -> Line<'static> {
    let theme = &app.theme;
    let axis = &app.timeline.axis;
    let mut cells: Vec<(char, Style)> = vec![(' ', Style::new()); avail];
    let visible = |col: usize| col >= offset && col < offset + avail;
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut place = |text: &str, col: usize, style: Style, taken: &mut Vec<(usize, usize)>| {
        // A label that would run off the right edge moves left to fit.
        let start = (col - offset).min(avail.saturating_sub(text.len()));
        let end = (start + text.len()).min(avail);
        if taken.iter().any(|&(s, e)| start < e + 1 && s < end + 1) {
            return false;
        }
        for (k, c) in text.chars().enumerate().take(end - start) {
            cells[start + k] = (c, style);
        }
        taken.push((start, end));
        true
    };
    if let Some(c) = cursor.filter(|&c| visible(axis.slots[c].col)) {
        let text = label(axis.slots[c].key, None);
        place(&text, axis.slots[c].col, theme.pane_title(), &mut taken);
    }
    let mut last_drawn = None;
    for (i, slot) in axis.slots.iter().enumerate() {
        if !visible(slot.col) {
            continue;
        }
        let text = if Some(i) == cursor {
            continue;
        } else {
            label(slot.key, last_drawn)
        };
        if place(&text, slot.col, theme.dim(), &mut taken) {
            last_drawn = Some(slot.key);
        }
    }
    runs(&cells)
}

/// `2022-01-12 · 2 articles · VnExpress, Dân trí · the first sentence`; where some are
/// copies of one story, `5 articles, 1 story · …`.
fn info(app: &App, cursor: Option<usize>, avail: usize) -> Line<'static> {
    let theme = &app.theme;
    let axis = &app.timeline.axis;
    let Some(slot) = cursor.and_then(|c| axis.slots.get(c)) else {
        return Line::default();
    };
    let entries = &app.model.timeline[slot.entries.clone()];
    let mut sources: Vec<&str> = Vec::new();
    for s in entries.iter().flat_map(|e| &e.sources) {
        if !sources.contains(&s.as_str()) {
            sources.push(s);
        }
    }
    let first = entries
        .first()
        .and_then(|e| e.events.first())
        .and_then(|&ev| app.model.events.get(ev))
        .map_or("", |e| e.text.as_str());
    let mut parts = vec![plural(slot.articles, "article", "articles")];
    if !app.model.copies.is_empty() {
        // "5 articles, 1 story": five outlets printed one story.
        let mut articles: Vec<usize> = entries.iter().flat_map(|e| e.articles.clone()).collect();
        articles.sort_unstable();
        articles.dedup();
        let stories = app.model.copies.count_stories(&articles);
        if stories < articles.len() {
            parts[0] = format!(
                "{}, {}",
                plural(articles.len(), "article", "articles"),
                plural(stories, "story", "stories")
            );
        }
    }
    if entries.len() > 1 {
        parts.push(plural(entries.len(), "date", "dates"));
    }
    if !sources.is_empty() {
        parts.push(sources.join(", "));
    }
    let head = format!("{} · ", slot.key);
    let rest = truncate(
        &format!("{} · {first}", parts.join(" · ")),
        avail.saturating_sub(head.len()),
    );
    Line::from(vec![
        Span::styled(head, theme.pane_title()),
        Span::raw(rest),
    ])
}

/// Cells as spans, one per run of equal style.
fn runs(cells: &[(char, Style)]) -> Line<'static> {
    let mut spans: Vec<Span> = Vec::new();
    let mut text = String::new();
    let mut style = cells.first().map_or(Style::new(), |c| c.1);
    for &(c, s) in cells {
        if s != style {
            spans.push(Span::styled(std::mem::take(&mut text), style));
            style = s;
        }
        text.push(c);
    }
    spans.push(Span::styled(text, style));
    Line::from(spans)
}
