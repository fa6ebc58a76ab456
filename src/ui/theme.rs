//! Colours and styles, in one place.

use crate::model::ActorKind;
use ratatui::style::{Color, Modifier, Style};

/// The colour an actor's name has in article text, by kind.
pub fn actor(kind: ActorKind) -> Style {
    let color = match kind {
        ActorKind::Person => Color::Cyan,
        ActorKind::Organization => Color::Green,
        ActorKind::Country => Color::Magenta,
        ActorKind::Place => Color::Blue,
        ActorKind::Other => Color::LightRed,
    };
    Style::new().fg(color)
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

/// A search match in article text.
pub fn search_hit() -> Style {
    Style::new().bg(Color::Yellow).fg(Color::Black)
}

/// The match or mention `n`/`N` is on.
pub fn current() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn focused_border() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn border() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn pane_title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn headline() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn heading() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn caption() -> Style {
    Style::new()
        .fg(Color::Gray)
        .add_modifier(Modifier::ITALIC | Modifier::DIM)
}

/// The selected row of a focused list.
pub fn selected_focused() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// The selected row of a list that is not focused.
pub fn selected() -> Style {
    Style::new().bg(Color::DarkGray)
}

/// Matched letters in the actor picker.
pub fn matched() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// Dates of the open article on the timeline.
pub fn open_date() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn mark() -> Style {
    Style::new().fg(Color::Cyan)
}

pub fn prompt() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::new().fg(Color::Cyan)
}
