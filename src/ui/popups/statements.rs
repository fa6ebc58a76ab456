//! `"`: who said what. The statements of one actor across the corpus, oldest first: date
//! and outlet, then the words, introduced by the way the text named the speaker (lit:
//! "ông Stoltenberg", "Người đứng đầu NATO"). `Enter` opens the article at that paragraph.

use super::{centered, frame_box, step_of, ActorPage, Ctx, Outcome, Popup, Request};
use crate::model::{Model, QuoteKind};
use crate::ui::action::Action;
use crate::ui::app::Walk;
use crate::ui::fmt::{date_label, plural, truncate};
use crate::ui::page::wrap_ranges;
use crate::ui::scroll::ListCursor;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// Rows each statement takes: the date and outlet, two of text, a blank.
pub const ENTRY_ROWS: u16 = 4;

/// The who-said-what list of one actor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Statements {
    pub actor: usize,
    /// Each statement: its quotes (indices into `Model::quotes`), the first and the parts
    /// that continue it.
    pub entries: Vec<Vec<usize>>,
    pub cursor: ListCursor,
}

impl Statements {
    /// The statements of `actor`, oldest article first (undated last), in reading order.
    pub fn build(model: &Model, actor: usize) -> Statements {
        Statements {
            actor,
            entries: statements_of(model, actor),
            cursor: ListCursor::default(),
        }
    }

    /// Answer a key: move, open the selected statement's article there and walk the
    /// statements with `n`/`N` (Enter), go to the actor's page (`A`), or close.
    pub fn handle(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let rows = rows(ctx.size);
        if let Some(d) = step_of(action, rows) {
            self.cursor.move_by(d, self.entries.len(), rows);
            return Outcome::Open;
        }
        match action {
            Action::Back | Action::Quotes => Outcome::Closed,
            Action::ActorPage => Outcome::Replace(Box::new(Popup::Page(ActorPage::open(
                ctx.model, self.actor, ctx.size,
            )))),
            Action::Open | Action::Submit if !self.entries.is_empty() => {
                let quotes: Vec<usize> = self.entries.iter().map(|e| e[0]).collect();
                Outcome::ClosedAnd(Request::Walk(Walk::Quotes {
                    actor: self.actor,
                    quotes,
                    current: self.cursor.selected,
                }))
            }
            _ => Outcome::Open,
        }
    }
}

/// The statements of `actor`, oldest first, each with the parts that continue it.
pub fn statements_of(model: &Model, actor: usize) -> Vec<Vec<usize>> {
    let mut entries: Vec<Vec<usize>> = Vec::new();
    for (i, q) in model.quotes.iter().enumerate() {
        if q.speaker != Some(actor) {
            continue;
        }
        match entries.last_mut() {
            Some(e) if q.continues && e.last().is_some_and(|&l| l + 1 == i) => e.push(i),
            _ => entries.push(vec![i]),
        }
    }
    // Stable: reading order stays within an article and a date.
    entries.sort_by_key(|e| {
        let d = model.articles[model.quotes[e[0]].article].date;
        (d.is_none(), d)
    });
    entries
}

/// Where the list goes on a terminal of `size`.
fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(100),
        size.1.saturating_sub(2),
    )
}

/// How many statements show at once.
fn rows(size: (u16, u16)) -> usize {
    (area(size).height.saturating_sub(2) / ENTRY_ROWS).max(1) as usize
}

/// The words of a statement as one line: `“…”` for quoted words, parts joined by ` … `.
pub fn words(model: &Model, entry: &[usize]) -> String {
    entry
        .iter()
        .filter_map(|&i| {
            let q = model.quotes.get(i)?;
            let text = model
                .articles
                .get(q.article)?
                .paragraphs
                .get(q.paragraph)?
                .text
                .get(q.start..q.end)?;
            Some(match q.kind {
                QuoteKind::Direct => format!("“{text}”"),
                QuoteKind::Indirect => text.to_string(),
            })
        })
        .collect::<Vec<_>>()
        .join(" … ")
}

/// How the text named the speaker of quote `i` ("ông Stoltenberg"), else the actor's name.
pub fn named_as(model: &Model, i: usize) -> String {
    let Some(q) = model.quotes.get(i) else {
        return String::new();
    };
    let written = q.named_at.as_ref().and_then(|(p, r)| {
        model
            .articles
            .get(q.article)?
            .paragraphs
            .get(*p)?
            .text
            .get(r.clone())
    });
    let actor = q.speaker.and_then(|s| model.actors.get(s));
    let name = actor.map(|a| a.name.as_str());
    // "ông Stoltenberg" names the speaker; "Người đứng đầu NATO" needs the name after it.
    let names_them = |w: &str| {
        let w = crate::text::fold(w);
        actor.is_some_and(|a| a.aliases.iter().any(|x| w.contains(&crate::text::fold(x))))
    };
    match (written, name) {
        (Some(w), Some(_)) if names_them(w) => w.to_string(),
        (Some(w), Some(n)) => format!("{w} ({n})"),
        (Some(w), None) => w.to_string(),
        (None, Some(n)) => n.to_string(),
        (None, None) => "(unnamed source)".to_string(),
    }
}

pub fn draw(frame: &mut Frame, screen: Rect, ctx: &Ctx, s: &Statements) {
    let theme = ctx.theme;
    let model = ctx.model;
    let Some(actor) = model.actors.get(s.actor) else {
        return;
    };
    let rect = area((screen.width, screen.height));
    let title = format!(
        "Who said what · {} · {}",
        actor.name,
        plural(s.entries.len(), "statement", "statements")
    );
    let inner = frame_box(
        frame,
        theme,
        rect,
        &truncate(&title, rect.width.saturating_sub(4) as usize),
    );
    let w = inner.width.saturating_sub(2) as usize;
    if s.entries.is_empty() {
        let line = Span::styled(
            format!(" No statement is attributed to {}.", actor.name),
            theme.dim(),
        );
        frame.render_widget(Line::from(line), Rect { height: 1, ..inner });
        return;
    }
    let lit = theme.actor(actor.kind).add_modifier(Modifier::BOLD);
    let shown = (inner.height / ENTRY_ROWS).max(1) as usize;
    for (slot, (i, entry)) in s
        .entries
        .iter()
        .enumerate()
        .skip(s.cursor.offset)
        .take(shown)
        .enumerate()
    {
        let y = inner.y + slot as u16 * ENTRY_ROWS;
        let row = |k: u16| Rect::new(inner.x + 1, y + k, inner.width.saturating_sub(2), 1);
        let Some(q) = model.quotes.get(entry[0]) else {
            continue;
        };
        let Some(article) = model.articles.get(q.article) else {
            continue;
        };
        let selected = i == s.cursor.selected;
        let mut head = vec![date_label(article)];
        head.extend(article.source.clone());
        head.push(q.cue.clone());
        let head = truncate(&head.join(" · "), w.saturating_sub(2));
        let head_style = if selected {
            theme.selected_focused()
        } else {
            theme.dim()
        };
        let marker = if selected { "▶ " } else { "  " };
        frame.render_widget(
            Line::from(vec![Span::raw(marker), Span::styled(head, head_style)]),
            row(0),
        );
        let said = named_as(model, entry[0]);
        let text = format!("{said}: {}", words(model, entry));
        for (k, line) in wrapped(&text, said.len(), w.saturating_sub(2), 2, lit)
            .into_iter()
            .enumerate()
        {
            let mut spans = vec![Span::raw("  ")];
            spans.extend(line);
            frame.render_widget(Line::from(spans), row(1 + k as u16));
        }
    }
}

/// `text` wrapped to `width` in at most `max` rows (the last cut with `…`), its first
/// `lit` bytes in `style`.
pub fn wrapped(
    text: &str,
    lit: usize,
    width: usize,
    max: usize,
    style: Style,
) -> Vec<Vec<Span<'static>>> {
    let ranges = wrap_ranges(text, width.max(1));
    let mut out = Vec::new();
    for (k, r) in ranges.iter().take(max).enumerate() {
        let last = k + 1 == max && ranges.len() > max;
        let mut piece = text[r.clone()].to_string();
        if last {
            piece = truncate(&format!("{piece} …"), width);
            if !piece.ends_with('…') {
                piece.push('…');
            }
        }
        let cut = lit.saturating_sub(r.start).min(piece.len());
        let cut = (0..=cut)
            .rev()
            .find(|&c| piece.is_char_boundary(c))
            .unwrap_or(0);
        let (a, b) = piece.split_at(cut);
        let mut spans = Vec::new();
        if !a.is_empty() {
            spans.push(Span::styled(a.to_string(), style));
        }
        spans.push(Span::raw(b.to_string()));
        out.push(spans);
    }
    out
}
