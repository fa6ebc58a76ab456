//! Colours and styles, in one place. The colours come from a [`Theme`]: the defaults,
//! changed by the config's `[colors]`, or none at all when `NO_COLOR` is set — then only
//! bold, reverse, underline and dim remain, which is enough to see focus, selection and
//! highlights. The reader holds its theme (`App::theme`) and drawing is handed it: each
//! style is a method (`theme.dim()`).

use crate::model::ActorKind;
use ratatui::style::{Color, Modifier, Style};

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

impl Theme {
    /// `with` when colours are on, else `without`.
    fn pick(&self, with: impl FnOnce(Theme) -> Style, without: Style) -> Style {
        if self.color {
            with(*self)
        } else {
            without
        }
    }

    fn fg(&self, c: impl FnOnce(Theme) -> Color, mods: Modifier) -> Style {
        let plain = Style::new().add_modifier(mods);
        self.pick(|t| plain.fg(c(t)), plain)
    }

    /// The colour an actor's name has in article text, by kind.
    pub fn actor(&self, kind: ActorKind) -> Style {
        self.fg(
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

    /// Attributed words in article text: underlined, in every theme.
    pub fn quote(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// A search match in article text.
    pub fn search_hit(&self) -> Style {
        self.pick(
            |t| Style::new().bg(t.highlight).fg(Color::Black),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// The match or mention `n`/`N` is on.
    pub fn current_mark(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        self.pick(|_| s, s.add_modifier(Modifier::UNDERLINED))
    }

    /// An active filter in the status bar.
    pub fn tag(&self) -> Style {
        self.pick(
            |t| Style::new().fg(Color::Black).bg(t.highlight),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn focused_border(&self) -> Style {
        self.fg(|t| t.accent, Modifier::BOLD)
    }

    pub fn border(&self) -> Style {
        self.fg(|t| t.dim, Modifier::empty())
    }

    pub fn pane_title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.pick(
            |t| Style::new().fg(t.dim),
            Style::new().add_modifier(Modifier::DIM),
        )
    }

    pub fn headline(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn caption(&self) -> Style {
        self.fg(|_| Color::Gray, Modifier::ITALIC | Modifier::DIM)
    }

    /// The selected row of a focused list.
    pub fn selected_focused(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The selected row of a list that is not focused.
    pub fn selected(&self) -> Style {
        self.pick(
            |t| Style::new().bg(t.dim),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    /// Matched letters in the actor picker.
    pub fn matched(&self) -> Style {
        self.fg(|t| t.highlight, Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Dates of the open article on the timeline.
    pub fn open_date(&self) -> Style {
        self.fg(|t| t.highlight, Modifier::BOLD)
    }

    pub fn mark(&self) -> Style {
        self.fg(|t| t.accent, Modifier::empty())
    }

    /// A bookmark star in the list.
    pub fn bookmark(&self) -> Style {
        self.fg(|t| t.highlight, Modifier::BOLD)
    }

    pub fn prompt(&self) -> Style {
        self.fg(|t| t.accent, Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(|t| t.error, Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        self.fg(|t| t.accent, Modifier::empty())
    }

    /// Compare view: words both copies print.
    pub fn diff_same(&self) -> Style {
        self.dim()
    }

    /// Compare view: words only the article compared from has (cut by the other copy).
    pub fn diff_removed(&self) -> Style {
        self.fg(|t| t.error, Modifier::CROSSED_OUT)
    }

    /// Compare view: words only the other copy has (added or swapped in).
    pub fn diff_added(&self) -> Style {
        self.pick(
            |_| Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// The loading gauge.
    pub fn gauge(&self) -> Style {
        self.pick(
            |t| Style::new().fg(t.accent).bg(Color::Black),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
}

/// The kind as the reader names it.
pub fn kind_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
        ActorKind::Place => "place",
        ActorKind::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_the_modifiers_that_show_focus_and_marks() {
        let t = Theme::no_color();
        for s in [
            t.actor(ActorKind::Person),
            t.search_hit(),
            t.tag(),
            t.focused_border(),
            t.dim(),
            t.selected(),
            t.error(),
            t.gauge(),
        ] {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(t.search_hit().add_modifier.contains(Modifier::REVERSED));
        assert!(t.focused_border().add_modifier.contains(Modifier::BOLD));
        assert!(t
            .selected_focused()
            .add_modifier
            .contains(Modifier::REVERSED));
        assert_ne!(
            t.search_hit(),
            t.current_mark(),
            "the current match stands out"
        );
        assert_ne!(t.selected(), Style::new());
        let t = Theme::default();
        assert_eq!(t.actor(ActorKind::Person).fg, Some(Color::Cyan));
        assert_eq!(t.search_hit().bg, Some(Color::Yellow));
    }

    #[test]
    fn no_color_is_any_non_empty_value() {
        use std::ffi::OsStr;
        assert!(Theme::no_color_requested(Some(OsStr::new("1"))));
        assert!(!Theme::no_color_requested(Some(OsStr::new(""))));
        assert!(!Theme::no_color_requested(None));
    }
}
