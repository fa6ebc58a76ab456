//! The config file (read by `crate::config` into plain data) turned into the reader's
//! key map and theme. A key or action name that does not exist is an error on its line.

use super::keymap::KeyMap;
use super::theme::Theme;
use crate::config::{Color as C, Config, ConfigError};
use ratatui::style::Color;
use std::path::Path;

/// The keys and colours a config asks for, over the defaults; `no_color` (from
/// `NO_COLOR`) drops every colour.
pub fn apply(config: &Config, no_color: bool) -> Result<(KeyMap, Theme), ConfigError> {
    let path = config.path.as_deref().unwrap_or(Path::new("config"));
    let mut keymap = KeyMap::default();
    for k in &config.keys {
        keymap
            .bind(&k.key, &k.action)
            .map_err(|e| ConfigError::new(path, Some(k.line), format!("[keys] {e}")))?;
    }
    let mut theme = Theme::default();
    for c in &config.colors {
        let color = color(c.color);
        let slot = match c.name.as_str() {
            "person" => &mut theme.person,
            "organization" => &mut theme.organization,
            "country" => &mut theme.country,
            "place" => &mut theme.place,
            "other" => &mut theme.other,
            "accent" => &mut theme.accent,
            "highlight" => &mut theme.highlight,
            "dim" => &mut theme.dim,
            "error" => &mut theme.error,
            name => {
                let msg = format!("unknown colour {name:?}");
                return Err(ConfigError::new(path, Some(c.line), msg));
            }
        };
        *slot = color;
    }
    theme.color = !no_color;
    Ok((keymap, theme))
}

/// Read the config (`explicit` from `--config`, else the default file) and apply it.
pub fn load(explicit: Option<&Path>, no_color: bool) -> Result<(KeyMap, Theme), ConfigError> {
    apply(&crate::config::load(explicit)?, no_color)
}

fn color(c: C) -> Color {
    match c {
        C::Reset => Color::Reset,
        C::Black => Color::Black,
        C::Red => Color::Red,
        C::Green => Color::Green,
        C::Yellow => Color::Yellow,
        C::Blue => Color::Blue,
        C::Magenta => Color::Magenta,
        C::Cyan => Color::Cyan,
        C::Gray => Color::Gray,
        C::DarkGray => Color::DarkGray,
        C::LightRed => Color::LightRed,
        C::LightGreen => Color::LightGreen,
        C::LightYellow => Color::LightYellow,
        C::LightBlue => Color::LightBlue,
        C::LightMagenta => Color::LightMagenta,
        C::LightCyan => Color::LightCyan,
        C::White => Color::White,
        C::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::{Action, Mode};
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    fn cfg(text: &str) -> Result<(KeyMap, Theme), ConfigError> {
        apply(
            &crate::config::parse(text, Path::new("/c/config.toml"))?,
            false,
        )
    }

    fn action(km: &KeyMap, code: KeyCode, mods: KeyModifiers) -> Option<&'static str> {
        let ev = Event::Key(KeyEvent::new(code, mods));
        km.translate(&ev, Mode::Normal).and_then(|a| a.name())
    }

    #[test]
    fn keys_rebind_over_the_defaults_and_colours_change() {
        let (km, theme) = cfg(
            "[keys]\n\"ctrl-d\" = \"page_down\"\nq = \"none\"\nB = \"toggle_bookmark\"\n\
             [colors]\nperson = \"#102030\"\nhighlight = \"lightblue\"\n",
        )
        .unwrap();
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(action(&km, KeyCode::Char('d'), ctrl), Some("page_down"));
        assert_eq!(action(&km, KeyCode::Char('q'), KeyModifiers::NONE), None);
        assert_eq!(
            action(&km, KeyCode::Char('B'), KeyModifiers::SHIFT),
            Some("toggle_bookmark")
        );
        assert_eq!(
            action(&km, KeyCode::Char('m'), KeyModifiers::NONE),
            Some("toggle_bookmark"),
            "the default stays"
        );
        assert_eq!(theme.person, Color::Rgb(0x10, 0x20, 0x30));
        assert_eq!(theme.highlight, Color::LightBlue);
        assert_eq!(theme.organization, Theme::default().organization);
        assert!(theme.color);
        assert!(km.key_for(&Action::PageDown).is_some());
    }

    #[test]
    fn unknown_actions_and_keys_name_their_line() {
        let e = cfg("[keys]\nj = \"move_down\"\n\nk = \"fly\"\n").unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e.to_string().contains("unknown action \"fly\""), "{e}");
        let e = cfg("[keys]\n\"hyper-x\" = \"quit\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.to_string().contains("unknown key"), "{e}");
    }

    #[test]
    fn no_color_wins_over_configured_colours() {
        let c = crate::config::parse("[colors]\nperson = \"red\"\n", Path::new("c")).unwrap();
        let (_, theme) = apply(&c, true).unwrap();
        assert!(!theme.color);
    }
}
