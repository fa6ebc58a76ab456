//! Colours and styles, in one place. The colours come from a [`Theme`]: the defaults,
//! changed by the config's `[colors]`, or none at all when `NO_COLOR` is set — then only
//! bold, reverse, underline and dim remain, which is enough to see focus, selection and
//! highlights. The theme is set once per thread ([`set`]) before drawing.

use crate::model::ActorKind;
use ratatui::style::{Color, Modifier, Style};
use std::cell::Cell;

/// The colours the reader draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub person: Color,
    pub organization: Color,
    pub country: Color,
    pub place: Color,
    pub other: Color,
    /// Focused borders, prompts, key names, marks.
    pub accent: Color,
    /// Search matches, filter tags, matched letters, the open article's dates.
    pub highlight: Color,
    /// Borders and secondary text.
    pub dim: Color,
    pub error: Color,
    /// False under `NO_COLOR`: styles keep only their modifiers.
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            person: Color::Cyan,
            organization: Color::Green,
            country: Color::Magenta,
            place: Color::Blue,
            other: Color::LightRed,
            accent: Color::Cyan,
            highlight: Color::Yellow,
            dim: Color::DarkGray,
            error: Color::Red,
            color: true,
        }
    }
}

impl Theme {
    /// The default theme without colours, as `NO_COLOR` asks.
    pub fn no_color() -> Theme {
        Theme {
            color: false,
            ..Theme::default()
        }
    }

    /// Whether `NO_COLOR` (the value of that variable) asks for no colour: any
    /// non-empty value does (<https://no-color.org>).
    pub fn no_color_requested(value: Option<&std::ffi::OsStr>) -> bool {
        value.is_some_and(|v| !v.is_empty())
    }
}

thread_local! {
    static CURRENT: Cell<Theme> = Cell::new(Theme::default());
}

/// Draw with `theme` from now on (on this thread).
pub fn set(theme: Theme) {
    CURRENT.with(|c| c.set(theme));
}

/// The theme in use.
pub fn current() -> Theme {
    CURRENT.with(Cell::get)
}

/// `with` when colours are on, else `without`.
fn pick(with: impl FnOnce(Theme) -> Style, without: Style) -> Style {
    let t = current();
    if t.color {
        with(t)
    } else {
        without
    }
}

fn fg(c: impl FnOnce(Theme) -> Color, mods: Modifier) -> Style {
    let plain = Style::new().add_modifier(mods);
    pick(|t| plain.fg(c(t)), plain)
}

/// The colour an actor's name has in article text, by kind.
pub fn actor(kind: ActorKind) -> Style {
    fg(
        |t| match kind {
            ActorKind::Person => t.person,
            ActorKind::Organization => t.organization,
            ActorKind::Country => t.country,
            ActorKind::Place => t.place,
            ActorKind::Other => t.other,
        },
        Modifier::empty(),
    )
}

pub fn kind_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
        ActorKind::Place => "place",
        ActorKind::Other => "other",
    }
}

/// Attributed words in article text: underlined, in every theme.
pub fn quote() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED)
}

/// A search match in article text.
pub fn search_hit() -> Style {
    pick(
        |t| Style::new().bg(t.highlight).fg(Color::Black),
        Style::new().add_modifier(Modifier::REVERSED),
    )
}

/// The match or mention `n`/`N` is on.
pub fn current_mark() -> Style {
    let s = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
    pick(|_| s, s.add_modifier(Modifier::UNDERLINED))
}

/// An active filter in the status bar.
pub fn tag() -> Style {
    pick(
        |t| Style::new().fg(Color::Black).bg(t.highlight),
        Style::new().add_modifier(Modifier::REVERSED),
    )
}

pub fn focused_border() -> Style {
    fg(|t| t.accent, Modifier::BOLD)
}

pub fn border() -> Style {
    fg(|t| t.dim, Modifier::empty())
}

pub fn pane_title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    pick(
        |t| Style::new().fg(t.dim),
        Style::new().add_modifier(Modifier::DIM),
    )
}

pub fn headline() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn heading() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn caption() -> Style {
    fg(|_| Color::Gray, Modifier::ITALIC | Modifier::DIM)
}

/// The selected row of a focused list.
pub fn selected_focused() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// The selected row of a list that is not focused.
pub fn selected() -> Style {
    pick(
        |t| Style::new().bg(t.dim),
        Style::new().add_modifier(Modifier::UNDERLINED),
    )
}

/// Matched letters in the actor picker.
pub fn matched() -> Style {
    fg(|t| t.highlight, Modifier::BOLD | Modifier::UNDERLINED)
}

/// Dates of the open article on the timeline.
pub fn open_date() -> Style {
    fg(|t| t.highlight, Modifier::BOLD)
}

pub fn mark() -> Style {
    fg(|t| t.accent, Modifier::empty())
}

/// A bookmark star in the list.
pub fn bookmark() -> Style {
    fg(|t| t.highlight, Modifier::BOLD)
}

pub fn prompt() -> Style {
    fg(|t| t.accent, Modifier::BOLD)
}

pub fn error() -> Style {
    fg(|t| t.error, Modifier::BOLD)
}

pub fn key() -> Style {
    fg(|t| t.accent, Modifier::empty())
}

/// Compare view: words both copies print.
pub fn diff_same() -> Style {
    dim()
}

/// Compare view: words only the article compared from has (cut by the other copy).
pub fn diff_removed() -> Style {
    fg(|t| t.error, Modifier::CROSSED_OUT)
}

/// Compare view: words only the other copy has (added or swapped in).
pub fn diff_added() -> Style {
    pick(
        |_| Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    )
}

/// The loading gauge.
pub fn gauge() -> Style {
    pick(
        |t| Style::new().fg(t.accent).bg(Color::Black),
        Style::new().add_modifier(Modifier::BOLD),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_the_modifiers_that_show_focus_and_marks() {
        set(Theme::no_color());
        for s in [
            actor(ActorKind::Person),
            search_hit(),
            tag(),
            focused_border(),
            dim(),
            selected(),
            error(),
            gauge(),
        ] {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(search_hit().add_modifier.contains(Modifier::REVERSED));
        assert!(focused_border().add_modifier.contains(Modifier::BOLD));
        assert!(selected_focused().add_modifier.contains(Modifier::REVERSED));
        assert_ne!(search_hit(), current_mark(), "the current match stands out");
        assert_ne!(selected(), Style::new());
        set(Theme::default());
        assert_eq!(actor(ActorKind::Person).fg, Some(Color::Cyan));
        assert_eq!(search_hit().bg, Some(Color::Yellow));
    }

    #[test]
    fn no_color_is_any_non_empty_value() {
        use std::ffi::OsStr;
        assert!(Theme::no_color_requested(Some(OsStr::new("1"))));
        assert!(!Theme::no_color_requested(Some(OsStr::new(""))));
        assert!(!Theme::no_color_requested(None));
    }
}
