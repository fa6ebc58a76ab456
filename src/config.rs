//! The reader's configuration file, read into plain data (the UI turns it into a key map
//! and a theme): `~/.config/dossier/config.toml` (`$XDG_CONFIG_HOME` respected), or the
//! file given with `--config`.
//!
//! ```toml
//! [keys]            # key = "action", over the default keys; "none" unbinds a key
//! "ctrl-d" = "page_down"
//! x = "none"
//!
//! [colors]          # colour names (red, lightblue, darkgray ...) or "#rrggbb"
//! person = "#5fafff"
//! accent = "yellow"
//! ```
//!
//! Every problem is one [`ConfigError`] naming the file and the line.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The colours a config can set, as `[colors]` names them.
pub const COLOR_NAMES: [&str; 9] = [
    "person",
    "organization",
    "country",
    "place",
    "other",
    "accent",
    "highlight",
    "dim",
    "error",
];

/// A colour as a terminal knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    /// The terminal's own foreground or background.
    Reset,
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
    Rgb(u8, u8, u8),
}

/// One `[keys]` line: bind `key` to the action called `action`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySetting {
    pub key: String,
    pub action: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// One `[colors]` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColorSetting {
    /// One of [`COLOR_NAMES`].
    pub name: String,
    pub color: Color,
    pub line: usize,
}

/// A configuration as read; empty when there is no file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The file it came from.
    pub path: Option<PathBuf>,
    /// In file order.
    pub keys: Vec<KeySetting>,
    pub colors: Vec<ColorSetting>,
}

/// A configuration that cannot be used: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based, when the problem is on a line.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    /// `dossier: /home/u/.config/dossier/config.toml:4: unknown action "fly"`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dossier: config {}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl ConfigError {
    pub fn new(path: &Path, line: Option<usize>, message: impl Into<String>) -> ConfigError {
        ConfigError {
            path: path.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

/// The file as TOML sees it; spans give the lines.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    colors: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// The default config file: `$XDG_CONFIG_HOME/dossier/config.toml` (when absolute), else
/// `$HOME/.config/dossier/config.toml`; `env` reads an environment variable.
pub fn default_path(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| env(name).map(PathBuf::from).filter(|p| p.is_absolute());
    let base = absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|h| h.join(".config")));
    base.map(|b| b.join("dossier").join("config.toml"))
}

/// Read the config: `explicit` (from `--config`) must exist; the default file may not.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match default_path(|n| std::env::var_os(n)) {
            Some(p) => p,
            None => return Ok(Config::default()),
        },
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &path),
        Err(e) if explicit.is_none() && e.kind() == std::io::ErrorKind::NotFound => {
            Ok(Config::default())
        }
        Err(e) => Err(ConfigError::new(&path, None, format!("cannot read: {e}"))),
    }
}

/// Parse config text read from `path` (named in errors).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let line = |offset: usize| line_of(text, offset);
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| line(s.start));
        ConfigError::new(path, at, e.message().trim().replace('\n', " "))
    })?;
    let mut keys: Vec<KeySetting> = raw
        .keys
        .into_iter()
        .map(|(k, v)| KeySetting {
            line: line(k.span().start),
            key: k.into_inner(),
            action: v.into_inner(),
        })
        .collect();
    keys.sort_by_key(|k| k.line);
    let mut colors = Vec::new();
    for (k, v) in raw.colors {
        let at = line(k.span().start);
        let name = k.into_inner();
        if !COLOR_NAMES.contains(&name.as_str()) {
            let known = COLOR_NAMES.join(", ");
            let msg = format!("unknown colour {name:?} (known: {known})");
            return Err(ConfigError::new(path, Some(at), msg));
        }
        let color = parse_color(v.get_ref()).map_err(|m| ConfigError::new(path, Some(at), m))?;
        colors.push(ColorSetting {
            name,
            color,
            line: at,
        });
    }
    colors.sort_by_key(|c| c.line);
    Ok(Config {
        path: Some(path.to_path_buf()),
        keys,
        colors,
    })
}

/// The 1-based line of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// `red`, `light-blue`, `dark_gray`, `grey`, `default`, `#5fafff` (case ignored).
pub fn parse_color(s: &str) -> Result<Color, String> {
    let t = s.trim().to_ascii_lowercase();
    if let Some(hex) = t.strip_prefix('#') {
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        return match (hex.len(), byte(0), byte(2), byte(4)) {
            (6, Some(r), Some(g), Some(b)) => Ok(Color::Rgb(r, g, b)),
            _ => Err(format!("bad colour {s:?} (expected #rrggbb)")),
        };
    }
    let name: String = t
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect();
    Ok(match name.replace("grey", "gray").as_str() {
        "default" | "reset" | "none" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" => Color::Gray,
        "darkgray" => Color::DarkGray,
        "lightred" => Color::LightRed,
        "lightgreen" => Color::LightGreen,
        "lightyellow" => Color::LightYellow,
        "lightblue" => Color::LightBlue,
        "lightmagenta" => Color::LightMagenta,
        "lightcyan" => Color::LightCyan,
        "white" => Color::White,
        _ => {
            return Err(format!(
                "bad colour {s:?} (a colour name like \"lightblue\", or \"#rrggbb\")"
            ))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("/cfg/config.toml")
    }

    #[test]
    fn keys_and_colours_with_their_lines() {
        let text = "# mine\n[keys]\n\"ctrl-d\" = \"page_down\"\nx = \"none\"\n\n[colors]\nperson = \"#5FAFFF\"\naccent = \"Light-Blue\"\n";
        let c = parse(text, p()).unwrap();
        let keys: Vec<(&str, &str, usize)> = c
            .keys
            .iter()
            .map(|k| (k.key.as_str(), k.action.as_str(), k.line))
            .collect();
        assert_eq!(keys, [("ctrl-d", "page_down", 3), ("x", "none", 4)]);
        assert_eq!(c.colors[0].color, Color::Rgb(0x5f, 0xaf, 0xff));
        assert_eq!((c.colors[0].name.as_str(), c.colors[0].line), ("person", 7));
        assert_eq!(c.colors[1].color, Color::LightBlue);
        assert_eq!(parse("", p()).unwrap().keys, vec![]);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = parse(
            "[keys]\nj = \"down\"\n[colors]\nperson = \"chartreuse\"\n",
            p(),
        )
        .unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e
            .to_string()
            .starts_with("dossier: config /cfg/config.toml:4: bad colour"));
        let e = parse("[colors]\n\nfrog = \"red\"\n", p()).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("unknown colour \"frog\""), "{e}");
        let e = parse("[keys]\nj = \n", p()).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let e = parse("[keys]\nj = 3\n", p()).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let e = parse("\n\n[colours]\nperson = \"red\"\n", p()).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn colour_forms() {
        assert_eq!(parse_color("dark_grey"), Ok(Color::DarkGray));
        assert_eq!(parse_color("DEFAULT"), Ok(Color::Reset));
        assert_eq!(parse_color("#000000"), Ok(Color::Rgb(0, 0, 0)));
        assert!(parse_color("#12345").is_err());
        assert!(parse_color("#12345g").is_err());
        assert!(parse_color("#1234567").is_err());
    }

    #[test]
    fn the_default_path_follows_xdg() {
        let env = |xdg: Option<&'static str>| {
            move |n: &str| match n {
                "XDG_CONFIG_HOME" => xdg.map(OsString::from),
                "HOME" => Some(OsString::from("/home/u")),
                _ => None,
            }
        };
        assert_eq!(
            default_path(env(Some("/x"))),
            Some(PathBuf::from("/x/dossier/config.toml"))
        );
        assert_eq!(
            default_path(env(None)),
            Some(PathBuf::from("/home/u/.config/dossier/config.toml"))
        );
    }

    #[test]
    fn an_explicit_file_must_exist() {
        let e = load(Some(Path::new("/nonexistent/dossier.toml"))).unwrap_err();
        assert!(
            e.to_string()
                .contains("/nonexistent/dossier.toml: cannot read"),
            "{e}"
        );
    }
}
