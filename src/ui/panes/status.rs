//! The bottom line: how many articles and stories are listed (when some are copies of
//! one story), active filters, where `n`/`N` are, the last message, and key hints
//! for the focused pane (taken from the key map).

use crate::ui::action::Action;
use crate::ui::app::{App, Walk};
use crate::ui::fmt::{plural, truncate};
use crate::ui::layout::Pane;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let width = area.width as usize;
    let mut left: Vec<Span> = Vec::new();
    if !app.model.copies.is_empty() && app.loading.is_none() {
        // "12 articles · 8 stories": copies of one story are one story.
        let rows = &app.copy_rows;
        left.push(Span::styled(
            format!(
                "{} · {} ",
                plural(rows.listed, "article", "articles"),
                plural(rows.stories, "story", "stories")
            ),
            theme.dim(),
        ));
    }
    for f in &app.filters {
        left.push(Span::styled(format!(" {} ", f.describe()), theme.tag()));
        left.push(Span::raw(" "));
    }
    if let Some(w) = walk(app) {
        left.push(Span::styled(w, theme.prompt()));
        left.push(Span::raw("  "));
    }
    if let Some(m) = &app.message {
        let style = if m.error { theme.error() } else { Style::new() };
        left.push(Span::styled(m.text.clone(), style));
    }
    let used: usize = left.iter().map(|s| s.content.width()).sum();
    // Hints go first to last as room runs out; help and quit stay longest.
    let mut parts = hints(app);
    while parts.len() > 1 && used + parts.join(" · ").width() + 2 > width {
        parts.remove(0);
    }
    let hints = parts.join(" · ");
    let line = if used + hints.width() + 2 <= width {
        left.push(Span::raw(" ".repeat(width - used - hints.width())));
        left.push(Span::styled(hints, theme.dim()));
        Line::from(left)
    } else if left.is_empty() {
        Line::from(Span::styled(truncate(&hints, width), theme.dim()))
    } else {
        let text: String = left.iter().map(|s| s.content.as_ref()).collect();
        let style = left.last().map_or(Style::new(), |s| s.style);
        Line::from(Span::styled(truncate(&text, width), style))
    };
    frame.render_widget(line, area);
}

/// `Stoltenberg · mention 3 of 11` or `“nato” · match 2 of 7`.
fn walk(app: &App) -> Option<String> {
    match app.walk.as_ref()? {
        Walk::Search {
            query,
            hits,
            current,
            ..
        } => Some(format!(
            "“{query}” · match {} of {}",
            current + 1,
            hits.len()
        )),
        Walk::Corpus {
            article,
            hits,
            current,
        } => {
            // The query and the hit count are in the filter's tag.
            let listed = app.visible.len();
            let at = app.position(*article).map_or(String::new(), |p| {
                format!(" · article {} of {listed}", p + 1)
            });
            Some(if hits.is_empty() {
                format!("in the title{at}")
            } else {
                format!("match {} of {}{at}", current + 1, hits.len())
            })
        }
        Walk::Actor {
            actor,
            mentions,
            current,
        } => {
            let name = &app.model.actors.get(*actor)?.name;
            Some(format!(
                "{name} · mention {} of {}",
                current + 1,
                mentions.len()
            ))
        }
        Walk::Quotes {
            actor,
            quotes,
            current,
        } => {
            let name = &app.model.actors.get(*actor)?.name;
            Some(format!(
                "{name} · statement {} of {}",
                current + 1,
                quotes.len()
            ))
        }
    }
}

/// `Enter open · / search · a actors · d dates · ? help · q quit`, keys as bound.
fn hints(app: &App) -> Vec<String> {
    if let Some(l) = app.loading {
        return vec![
            format!("loading: {} read", plural(l.done, "file", "files")),
            "q quit".into(),
        ];
    }
    let mut wanted = match app.focus {
        Pane::List => vec![
            (Action::Open, "open"),
            (Action::FocusNext, "next pane"),
            (Action::ToggleBookmark, "bookmark"),
        ],
        Pane::Reader => vec![(Action::PageDown, "page"), (Action::Search, "search")],
        Pane::Timeline => vec![
            (Action::TimelineNext, "move"),
            (Action::ZoomIn, "zoom"),
            (Action::Open, "keep date"),
        ],
    };
    if app.walk.is_some() {
        wanted.push((Action::NextMatch, "next"));
    }
    wanted.extend([
        (Action::ActorJump, "actors"),
        (Action::DateFilter, "dates"),
        (Action::Help, "help"),
        (Action::Quit, "quit"),
    ]);
    wanted
        .iter()
        .filter_map(|(a, what)| app.keymap.key_for(a).map(|k| format!("{k} {what}")))
        .collect()
}
