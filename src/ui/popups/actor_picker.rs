//! The `a` picker: type part of a name, see the actors ranked with the matched letters
//! lit, their kind and counts, and the sentence of the selected one's first mention.

use super::{centered, frame_box, input_line, ActorPage, Ctx, Outcome, Popup, Request};
use crate::model::Model;
use crate::search::{ActorHit, ActorSearch};
use crate::text::sentence_around;
use crate::ui::action::Action;
use crate::ui::fmt::{date_label, plural, truncate};
use crate::ui::input::LineInput;
use crate::ui::scroll::ListCursor;
use crate::ui::theme::{self, Theme};
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
    pub hits: Vec<ActorHit>,
    pub cursor: ListCursor,
    /// The selected actor's first mention.
    pub preview: Option<Preview>,
    /// The id of the actor marked (Ctrl-t) to merge others into.
    pub target: Option<String>,
}

/// How many actors the picker lists at most.
pub const PICKER_LIMIT: usize = 100;

impl Picker {
    /// The picker with no name typed: the most mentioned actors.
    pub fn open(ctx: &Ctx, actors: &mut ActorSearch) -> Picker {
        let mut p = Picker::default();
        p.hits = query(ctx, actors, "");
        p.preview = preview(ctx, &p);
        p
    }

    /// Answer a key: type a name (the hits follow), move, jump to the highlighted
    /// actor's mentions (Enter) or page (`A`), mark it as the merge target, merge it into
    /// the target or split the last merge into it, or close (Esc).
    pub fn handle(&mut self, action: &Action, ctx: &Ctx, actors: &mut ActorSearch) -> Outcome {
        let outcome = self.answer(action, ctx, actors);
        self.preview = preview(ctx, self);
        outcome
    }

    fn answer(&mut self, action: &Action, ctx: &Ctx, actors: &mut ActorSearch) -> Outcome {
        let rows = rows(ctx.size);
        let len = self.hits.len();
        let none = || Outcome::OpenAnd(Request::Error(NO_MATCH.to_string()));
        match action {
            Action::MergeTarget => return self.mark_target(ctx),
            Action::Merge => return self.merge(ctx),
            Action::Split => {
                return match self.highlighted(ctx) {
                    Some((id, name)) => Outcome::OpenAnd(Request::Split { id, name }),
                    None => Outcome::Open,
                }
            }
            Action::Back => return Outcome::Closed,
            Action::ActorPage => {
                return match self.hits.get(self.cursor.selected) {
                    Some(hit) => Outcome::Replace(Box::new(Popup::Page(ActorPage::open(
                        ctx.model, hit.actor, ctx.size,
                    )))),
                    None => none(),
                }
            }
            Action::Submit => {
                return match self.hits.get(self.cursor.selected) {
                    Some(hit) => Outcome::ClosedAnd(Request::WalkActor(hit.actor)),
                    None => none(),
                }
            }
            Action::MoveDown => self.cursor.move_by(1, len, rows),
            Action::MoveUp => self.cursor.move_by(-1, len, rows),
            Action::PageDown => self.cursor.move_by(rows as isize, len, rows),
            Action::PageUp => self.cursor.move_by(-(rows as isize), len, rows),
            Action::Scroll { lines, .. } => {
                self.cursor.move_by(isize::from(lines.signum()), len, rows);
            }
            a => {
                if self.input.edit(a) {
                    self.hits = query(ctx, actors, self.input.text());
                    self.cursor = crate::ui::scroll::ListCursor::default();
                }
            }
        }
        Outcome::Open
    }

    /// The highlighted actor's id and name.
    fn highlighted(&self, ctx: &Ctx) -> Option<(String, String)> {
        let hit = self.hits.get(self.cursor.selected)?;
        let a = ctx.model.actors.get(hit.actor)?;
        Some((a.id.clone(), a.name.clone()))
    }

    /// Ctrl-t: the highlighted actor becomes the one others are merged into (again: no
    /// longer).
    fn mark_target(&mut self, ctx: &Ctx) -> Outcome {
        let Some((id, name)) = self.highlighted(ctx) else {
            return Outcome::Open;
        };
        if self.target.as_deref() == Some(id.as_str()) {
            self.target = None;
            return Outcome::OpenAnd(Request::Note(format!(
                "“{name}” is no longer the merge target"
            )));
        }
        self.target = Some(id);
        Outcome::OpenAnd(Request::Note(format!(
            "Merge target: “{name}” · highlight another actor, Ctrl-g merges it in"
        )))
    }

    /// Ctrl-g: ask to merge the highlighted actor into the target.
    fn merge(&mut self, ctx: &Ctx) -> Outcome {
        let error = |e: String| Outcome::OpenAnd(Request::Error(e));
        let Some(target) = self.target.clone() else {
            return error("Mark the actor to keep with Ctrl-t first".to_string());
        };
        let Some(keep_name) = name_of(ctx, &target) else {
            self.target = None;
            return error("The merge target is gone: mark it again with Ctrl-t".to_string());
        };
        let Some((gone, gone_name)) = self.highlighted(ctx) else {
            return Outcome::Open;
        };
        if gone == target {
            return error(format!(
                "“{keep_name}” is the target: highlight another actor"
            ));
        }
        Outcome::OpenAnd(Request::Merge {
            keep: target,
            gone,
            keep_name,
            gone_name,
        })
    }

    /// The actors were merged or split again: rank them anew for the name typed, with
    /// the actor whose id is `keep` highlighted.
    pub fn remerged(&mut self, ctx: &Ctx, actors: &mut ActorSearch, keep: &str) {
        self.hits = query(ctx, actors, self.input.text());
        self.cursor = crate::ui::scroll::ListCursor::default();
        let at = self
            .hits
            .iter()
            .position(|h| ctx.model.actors.get(h.actor).is_some_and(|a| a.id == keep));
        if let Some(at) = at {
            self.cursor.select(at, self.hits.len(), rows(ctx.size));
        }
        self.preview = preview(ctx, self);
    }
}

const NO_MATCH: &str = "No actor matches: edit the name, or Esc";

/// The name of the actor with id `id`.
pub fn name_of(ctx: &Ctx, id: &str) -> Option<String> {
    ctx.model
        .actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
}

/// Ranked actors for the picker; with no query, the most mentioned.
fn query(ctx: &Ctx, actors: &mut ActorSearch, text: &str) -> Vec<ActorHit> {
    if !text.trim().is_empty() {
        return actors.query(text, PICKER_LIMIT);
    }
    let actors = &ctx.model.actors;
    (0..actors.len().min(PICKER_LIMIT))
        .map(|i| ActorHit {
            actor: i,
            score: 0,
            alias: actors[i]
                .aliases
                .iter()
                .position(|a| *a == actors[i].name)
                .unwrap_or(0),
            highlight: Vec::new(),
        })
        .collect()
}

/// The sentence of the selected actor's first mention in a listed article.
fn preview(ctx: &Ctx, p: &Picker) -> Option<Preview> {
    let actor = p.hits.get(p.cursor.selected)?.actor;
    let model = ctx.model;
    let first = ctx.index.first_mention.get(actor).copied().flatten();
    let listed = |m: usize| model.mentions.get(m).is_some_and(|x| ctx.listed(x.article));
    let m = match first {
        Some(m) if listed(m) => m,
        _ => (0..model.mentions.len()).find(|&i| model.mentions[i].actor == actor && listed(i))?,
    };
    let m = model.mentions.get(m)?;
    let article = model.articles.get(m.article)?;
    let text = &article.paragraphs.get(m.paragraph)?.text;
    let sentence = text
        .get(sentence_around(text, m.start))
        .unwrap_or(text)
        .to_string();
    let mut source = vec![article.title.clone()];
    source.extend(article.source.clone());
    source.push(date_label(article));
    Some(Preview {
        sentence,
        source: source.join(" · "),
    })
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
fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(84),
        size.1.saturating_sub(2).min(18),
    )
}

/// How many hits the picker shows at once.
fn rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(CHROME).max(1) as usize
}

pub fn draw(frame: &mut Frame, screen: Rect, ctx: &Ctx, p: &Picker) {
    let theme = ctx.theme;
    let rect = area((screen.width, screen.height));
    let target = p
        .target
        .as_deref()
        .and_then(|id| ctx.model.actors.iter().find(|a| a.id == id));
    let title = match target {
        Some(t) => format!("Jump to an actor · ◆ Ctrl-g merges into {}", t.name),
        None => "Jump to an actor".to_string(),
    };
    let inner = frame_box(
        frame,
        theme,
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
        theme,
        Rect {
            width: input_w,
            ..row(0)
        },
        &p.input,
    );
    frame.render_widget(
        Line::from(Span::styled(count, theme.dim())).right_aligned(),
        row(0),
    );
    let rule = Line::from(Span::styled("─".repeat(w), theme.border()));
    frame.render_widget(rule.clone(), row(1));

    let list_rows = inner.height - CHROME + 2;
    for (i, hit) in p
        .hits
        .iter()
        .enumerate()
        .skip(p.cursor.offset)
        .take(list_rows as usize)
    {
        let is_target = target.is_some_and(|t| ctx.model.actors.get(hit.actor) == Some(t));
        let line = hit_line(
            ctx.model,
            theme,
            hit,
            (i == p.cursor.selected, is_target),
            w,
        );
        frame.render_widget(line, row(2 + (i - p.cursor.offset) as u16));
    }
    if p.hits.is_empty() {
        let none = Span::styled("  no actor matches", theme.dim());
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
        let src = Span::styled(truncate(&format!("— {}", pv.source), w), theme.dim());
        frame.render_widget(Line::from(src), row(below + 3));
    }
}

/// `▶ alias · Name          person · 12 mentions · 4 articles`, matched letters lit;
/// `◆` marks the merge target.
fn hit_line(
    model: &Model,
    theme: &Theme,
    hit: &ActorHit,
    marks: (bool, bool),
    width: usize,
) -> Line<'static> {
    let (selected, target) = marks;
    let Some(actor) = model.actors.get(hit.actor) else {
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
        theme.actor(actor.kind),
        theme.matched(),
    ));
    let mut used = alias.width().min(room);
    if *alias != actor.name && used + 3 < room {
        let rest = truncate(&format!(" · {}", actor.name), room - used);
        used += rest.width();
        spans.push(Span::styled(rest, theme.dim()));
    }
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::styled(counts, theme.dim()));
    let line = Line::from(spans);
    if selected {
        line.style(theme.selected_focused())
    } else {
        line
    }
}

/// Split `text` into spans with the byte ranges `lit` in the matched style.
fn lit(text: &str, ranges: &[Range<usize>], base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        let (s, e) = (r.start.clamp(at, text.len()), r.end.min(text.len()));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        spans.push(Span::styled(text[at..s].to_string(), base));
        spans.push(Span::styled(text[s..e].to_string(), base.patch(matched)));
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
        let matched = Theme::default().matched();
        let spans = lit("Stoltenberg", &[0..4, 20..30], Style::new(), matched);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["", "Stol", "tenberg"]);
        assert_eq!(spans[1].style, matched);
        let inside_y = 1..2;
        let spans = lit("Mỹ", std::slice::from_ref(&inside_y), Style::new(), matched);
        assert_eq!(
            spans.iter().map(|s| s.content.as_ref()).collect::<String>(),
            "Mỹ"
        );
    }
}
