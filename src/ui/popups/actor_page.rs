//! An actor's page (`A`, or Ctrl-o in the picker): kind and aliases, mentions over time as
//! a sparkline by week or month, the actors named most often in the same sentences, their
//! statements and the articles that name them, newest first. Every actor, statement and
//! article on it is a jump (`Enter`).

use super::statements::{named_as, statements_of, words, wrapped};
use super::{centered, frame_box, step_of, Ctx, Outcome, Popup, Request, Statements};
use crate::article::Date;
use crate::model::Model;
use crate::ui::action::Action;
use crate::ui::app::Walk;
use crate::ui::fmt::{date_label, plural, truncate};
use crate::ui::scroll::ListCursor;
use crate::ui::theme::{self, Theme};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Sparkline;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// How many co-occurring actors the page lists.
pub const WITH_SHOWN: usize = 8;
/// Mentions spread over more weeks than this are counted by month.
pub const MAX_WEEKS: i64 = 26;
/// Rows above the list: aliases, counts, chart label, chart (2), axis, rule.
const HEAD_ROWS: u16 = 7;

/// One row of the page's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageRow {
    /// A section title.
    Section(String),
    /// Nothing to list in a section.
    Empty(String),
    /// An actor named in the same sentences, and in how many.
    With { actor: usize, sentences: usize },
    /// A statement: its quotes (first part first).
    Statement(Vec<usize>),
    /// An article that names the actor.
    Article(usize),
}

impl PageRow {
    pub fn selectable(&self) -> bool {
        !matches!(self, PageRow::Section(_) | PageRow::Empty(_))
    }
}

/// Mentions counted by period: the first day of each period, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chart {
    pub by_month: bool,
    pub periods: Vec<(Date, u64)>,
    /// Mentions in articles with no known date.
    pub undated: usize,
}

/// The page of one actor, as built from the model (merges included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorPage {
    pub actor: usize,
    pub chart: Chart,
    pub statements: usize,
    pub rows: Vec<PageRow>,
    /// Over `rows`; always on a selectable row when there is one.
    pub cursor: ListCursor,
}

impl ActorPage {
    /// The page of `actor` on a terminal of `size`, on its first selectable row.
    pub fn open(model: &Model, actor: usize, size: (u16, u16)) -> ActorPage {
        let mut p = ActorPage::build(model, actor);
        p.step(0, list_rows(size));
        p
    }

    /// Answer a key: move, follow the selected row (Enter: another actor's page, a
    /// statement's article walking the statements, an article at its first mention), go
    /// to who-said-what (`"`) or the picker (`a`), or close.
    pub fn handle(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let rows = list_rows(ctx.size);
        if let Some(d) = step_of(action, rows) {
            self.step(d, rows);
            return Outcome::Open;
        }
        match action {
            Action::Back | Action::ActorPage => Outcome::Closed,
            Action::Quotes => Outcome::Replace(Box::new(Popup::Statements(Statements::build(
                ctx.model, self.actor,
            )))),
            Action::ActorJump => Outcome::ClosedAnd(Request::Picker),
            Action::Open | Action::Submit => match self.selected() {
                Some(PageRow::With { actor, .. }) => Outcome::Replace(Box::new(Popup::Page(
                    ActorPage::open(ctx.model, *actor, ctx.size),
                ))),
                Some(PageRow::Statement(entry)) => {
                    let quotes: Vec<usize> = statements_of(ctx.model, self.actor)
                        .iter()
                        .map(|e| e[0])
                        .collect();
                    let current = quotes.iter().position(|&q| q == entry[0]).unwrap_or(0);
                    Outcome::ClosedAnd(Request::Walk(Walk::Quotes {
                        actor: self.actor,
                        quotes,
                        current,
                    }))
                }
                Some(PageRow::Article(article)) => Outcome::ClosedAnd(Request::OpenAt {
                    article: *article,
                    actor: self.actor,
                }),
                _ => Outcome::Open,
            },
            _ => Outcome::Open,
        }
    }

    pub fn build(model: &Model, actor: usize) -> ActorPage {
        let mut rows = vec![PageRow::Section("Appears with".to_string())];
        let with = model.appears_with_actor(actor);
        if with.is_empty() {
            rows.push(PageRow::Empty("named alone in every sentence".to_string()));
        }
        rows.extend(with.iter().take(WITH_SHOWN).map(|&(a, n)| PageRow::With {
            actor: a,
            sentences: n,
        }));
        let statements = statements_of(model, actor);
        rows.push(PageRow::Section(format!(
            "Statements · {}",
            statements.len()
        )));
        if statements.is_empty() {
            rows.push(PageRow::Empty(
                "no statement is attributed to this actor".to_string(),
            ));
        }
        let n_statements = statements.len();
        rows.extend(statements.into_iter().map(PageRow::Statement));
        let mut articles = model
            .actors
            .get(actor)
            .map(|a| a.articles.clone())
            .unwrap_or_default();
        // Newest first; undated last.
        articles.sort_by_key(|&a| {
            let d = model.articles.get(a).and_then(|x| x.date);
            (d.is_none(), std::cmp::Reverse(d))
        });
        rows.push(PageRow::Section(format!(
            "Articles · {} (newest first)",
            articles.len()
        )));
        rows.extend(articles.into_iter().map(PageRow::Article));
        let mut page = ActorPage {
            actor,
            chart: chart(model, actor),
            statements: n_statements,
            rows,
            cursor: ListCursor::default(),
        };
        page.step(1, 1);
        page.step(-1, 1);
        page
    }

    /// Move the selection `delta` selectable rows (a page when large), keeping it in view
    /// of `height` rows.
    pub fn step(&mut self, delta: isize, height: usize) {
        let len = self.rows.len();
        let mut at = self.cursor.selected as isize;
        let dir = delta.signum();
        let mut left = delta.abs();
        if dir == 0 {
            return;
        }
        // Start from a selectable row.
        let mut moved_once = false;
        while left > 0 {
            let mut next = at + dir;
            while next >= 0 && (next as usize) < len && !self.rows[next as usize].selectable() {
                next += dir;
            }
            if next < 0 || next as usize >= len {
                break;
            }
            at = next;
            left -= 1;
            moved_once = true;
        }
        if !moved_once && !self.rows.get(at as usize).is_some_and(PageRow::selectable) {
            if let Some(first) = self.rows.iter().position(PageRow::selectable) {
                at = first as isize;
            }
        }
        self.cursor.select(at.max(0) as usize, len, height);
        // Show the section title above the first row of a section.
        if self.cursor.selected > 0
            && !self.rows[self.cursor.selected - 1].selectable()
            && self.cursor.offset == self.cursor.selected
        {
            self.cursor.offset -= 1;
        }
    }

    /// The selected row, if selectable.
    pub fn selected(&self) -> Option<&PageRow> {
        self.rows
            .get(self.cursor.selected)
            .filter(|r| r.selectable())
    }
}

/// The mentions of `actor` by the week (or month, over a longer span) of their article's
/// publication date, every period between the first and the last counted.
pub fn chart(model: &Model, actor: usize) -> Chart {
    let mut dates: Vec<Date> = Vec::new();
    let mut undated = 0;
    for m in model.mentions.iter().filter(|m| m.actor == actor) {
        match model.articles.get(m.article).and_then(|a| a.date) {
            Some(d) => dates.push(d),
            None => undated += 1,
        }
    }
    dates.sort_unstable();
    let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
        return Chart {
            by_month: false,
            periods: Vec::new(),
            undated,
        };
    };
    let weeks = i64::from((last - first).get_days()) / 7;
    let by_month = weeks > MAX_WEEKS;
    let start_of = |d: Date| -> Date {
        if by_month {
            d.first_of_month()
        } else {
            let back = i64::from(d.weekday().to_monday_zero_offset());
            d.checked_sub(jiff::Span::new().days(back)).unwrap_or(d)
        }
    };
    let next = |d: Date| -> Date {
        let step = if by_month {
            jiff::Span::new().months(1)
        } else {
            jiff::Span::new().weeks(1)
        };
        d.checked_add(step).unwrap_or(Date::MAX)
    };
    let mut periods: Vec<(Date, u64)> = Vec::new();
    let mut p = start_of(first);
    let end = start_of(last);
    while p <= end && periods.len() < 2400 {
        periods.push((p, 0));
        p = next(p);
    }
    for d in dates {
        let s = start_of(d);
        if let Ok(i) = periods.binary_search_by_key(&s, |x| x.0) {
            periods[i].1 += 1;
        }
    }
    Chart {
        by_month,
        periods,
        undated,
    }
}

/// Where the page goes on a terminal of `size`.
fn area(size: (u16, u16)) -> Rect {
    let screen = Rect::new(0, 0, size.0, size.1);
    centered(
        screen,
        size.0.saturating_sub(4).min(100),
        size.1.saturating_sub(2),
    )
}

/// Rows of the list shown at once.
fn list_rows(size: (u16, u16)) -> usize {
    area(size).height.saturating_sub(2 + HEAD_ROWS).max(1) as usize
}

pub fn draw(frame: &mut Frame, screen: Rect, ctx: &Ctx, page: &ActorPage) {
    let theme = ctx.theme;
    let model = ctx.model;
    let Some(actor) = model.actors.get(page.actor) else {
        return;
    };
    let rect = area((screen.width, screen.height));
    let title = format!("{} · {}", actor.name, theme::kind_name(actor.kind));
    let inner = frame_box(
        frame,
        theme,
        rect,
        &truncate(&title, rect.width.saturating_sub(4) as usize),
    );
    if inner.height < HEAD_ROWS + 1 {
        return;
    }
    let w = inner.width.saturating_sub(2) as usize;
    let row = |k: u16| Rect::new(inner.x + 1, inner.y + k, inner.width.saturating_sub(2), 1);
    let aliases: Vec<&str> = actor
        .aliases
        .iter()
        .filter(|a| **a != actor.name)
        .map(String::as_str)
        .collect();
    let also = if aliases.is_empty() {
        "no other names".to_string()
    } else {
        format!("also {}", aliases.join(", "))
    };
    frame.render_widget(Line::from(Span::raw(truncate(&also, w))), row(0));
    let counts = format!(
        "{} in {} · {}",
        plural(actor.mentions, "mention", "mentions"),
        plural(actor.articles.len(), "article", "articles"),
        plural(page.statements, "statement", "statements"),
    );
    frame.render_widget(
        Line::from(Span::styled(truncate(&counts, w), theme.dim())),
        row(1),
    );
    let c = &page.chart;
    let unit = if c.by_month { "month" } else { "week" };
    let label = match c.periods.iter().max_by_key(|p| p.1) {
        Some(&(at, n)) => format!("Mentions by {unit} · peak {n} ({unit} of {at})"),
        None => "Mentions over time: no dated article".to_string(),
    };
    frame.render_widget(
        Line::from(Span::styled(truncate(&label, w), theme.pane_title())),
        row(2),
    );
    // The last periods that fit, one column each.
    let shown: Vec<u64> = c
        .periods
        .iter()
        .rev()
        .take(w)
        .map(|p| p.1)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let chart_area = Rect {
        height: 2,
        width: (shown.len() as u16).min(row(3).width),
        ..row(3)
    };
    frame.render_widget(
        Sparkline::default().data(&shown).style(theme.mark()),
        chart_area,
    );
    let first_shown = c.periods.len().saturating_sub(w);
    let axis = match (c.periods.get(first_shown), c.periods.last()) {
        (Some(a), Some(b)) if a.0 != b.0 => format!("{} … {}", a.0, b.0),
        (Some(a), _) => a.0.to_string(),
        _ => String::new(),
    };
    let axis = if c.undated > 0 {
        format!("{axis}   (+{} in undated articles)", c.undated)
    } else {
        axis
    };
    frame.render_widget(
        Line::from(Span::styled(truncate(&axis, w), theme.dim())),
        row(5),
    );
    let rule = Line::from(Span::styled(
        "─".repeat(inner.width as usize),
        theme.border(),
    ));
    frame.render_widget(rule, Rect::new(inner.x, inner.y + 6, inner.width, 1));
    let list_h = inner.height - HEAD_ROWS;
    for (slot, (i, r)) in page
        .rows
        .iter()
        .enumerate()
        .skip(page.cursor.offset)
        .take(list_h as usize)
        .enumerate()
    {
        let selected = i == page.cursor.selected;
        let line = row_line(model, theme, r, selected, w);
        frame.render_widget(line, row(HEAD_ROWS + slot as u16));
    }
}

/// One list row as a line of `width` columns.
fn row_line(
    model: &Model,
    theme: &Theme,
    r: &PageRow,
    selected: bool,
    width: usize,
) -> Line<'static> {
    let marker = if selected { "▶ " } else { "  " };
    let room = width.saturating_sub(2);
    let line = match r {
        PageRow::Section(t) => {
            return Line::from(Span::styled(truncate(t, width), theme.pane_title()));
        }
        PageRow::Empty(t) => {
            return Line::from(Span::styled(
                format!("  {}", truncate(t, room)),
                theme.dim(),
            ));
        }
        PageRow::With { actor, sentences } => {
            let Some(a) = model.actors.get(*actor) else {
                return Line::default();
            };
            let n = format!(
                "  {} · {}",
                theme::kind_name(a.kind),
                plural(*sentences, "sentence", "sentences")
            );
            Line::from(vec![
                Span::raw(marker),
                Span::styled(
                    truncate(&a.name, room.saturating_sub(n.width())),
                    theme.actor(a.kind),
                ),
                Span::styled(n, theme.dim()),
            ])
        }
        PageRow::Statement(entry) => {
            let Some(q) = entry.first().and_then(|&i| model.quotes.get(i)) else {
                return Line::default();
            };
            let date = model
                .articles
                .get(q.article)
                .map(date_label)
                .unwrap_or_default();
            let said = named_as(model, entry[0]);
            let lit = said.len();
            let text = format!("{said}: {}", words(model, entry));
            let head = format!("{date}  ");
            let mut spans = vec![Span::raw(marker), Span::styled(head.clone(), theme.dim())];
            let style = q
                .speaker
                .and_then(|s| model.actors.get(s))
                .map_or(theme.dim(), |a| {
                    theme.actor(a.kind).add_modifier(Modifier::BOLD)
                });
            if let Some(first) = wrapped(
                &text,
                lit,
                room.saturating_sub(head.width()).max(8),
                1,
                style,
            )
            .into_iter()
            .next()
            {
                spans.extend(first);
            }
            Line::from(spans)
        }
        PageRow::Article(a) => {
            let Some(article) = model.articles.get(*a) else {
                return Line::default();
            };
            let mut head = vec![date_label(article)];
            head.extend(article.source.clone());
            let head = format!("{}  ", head.join(" · "));
            Line::from(vec![
                Span::raw(marker),
                Span::styled(head.clone(), theme.dim()),
                Span::raw(truncate(&article.title, room.saturating_sub(head.width()))),
            ])
        }
    };
    if selected {
        line.style(theme.selected_focused())
    } else {
        line
    }
}
