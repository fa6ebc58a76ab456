//! The one place where terminal events become [`Action`]s.
//!
//! Panes and help read the [`KeyMap`]'s bindings, rebindable by name from the config's
//! `[keys]` table (see `settings.rs`). A prompt or the actor picker sees keys first: it has
//! a fixed table of editing keys, and any other printable key is typed into it.

use super::action::{Action, ACTIONS};
pub use super::key::Key;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// Which table handles a key: it depends on the popup that is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No popup, or the help popup: the key map.
    Normal,
    /// The search or date prompt, or the actor picker: editing keys, then typing.
    Prompt,
}

/// Keys to actions: the rebindable normal-mode table, and the fixed prompt-editing table.
#[derive(Clone, Debug)]
pub struct KeyMap {
    normal: Vec<(Key, Action)>,
    prompt: Vec<(Key, Action)>,
}

impl Default for KeyMap {
    /// The keys of SPEC.md ("Default keys in the reader"), plus Home/End, Ctrl-C, the
    /// bookmark and date keys (`m`, `M`, `D`), the actor page (`A`; Ctrl-o in the picker)
    /// and the picker's merge keys (Ctrl-t, Ctrl-g, Ctrl-x). The reader's keys are the
    /// rows of [`ACTIONS`]; the prompt's editing keys are fixed here.
    fn default() -> Self {
        use KeyCode as K;
        let p = Key::plain;
        let normal = ACTIONS
            .iter()
            .flat_map(|b| {
                b.keys.iter().map(|k| {
                    let key = Key::parse(k).unwrap_or_else(|e| panic!("{}: {e}", b.name));
                    (key, b.action.clone())
                })
            })
            .collect();
        let prompt = vec![
            (p(K::Enter), Action::Submit),
            (p(K::Esc), Action::Back),
            (p(K::Backspace), Action::DeleteBack),
            (Key::ctrl('h'), Action::DeleteBack),
            (Key::ctrl('w'), Action::DeleteWord),
            (
                Key::new(K::Backspace, KeyModifiers::ALT),
                Action::DeleteWord,
            ),
            (Key::ctrl('u'), Action::ClearInput),
            (p(K::Left), Action::CursorLeft),
            (p(K::Right), Action::CursorRight),
            (p(K::Home), Action::CursorStart),
            (Key::ctrl('a'), Action::CursorStart),
            (p(K::End), Action::CursorEnd),
            (Key::ctrl('e'), Action::CursorEnd),
            (p(K::Down), Action::MoveDown),
            (Key::ctrl('n'), Action::MoveDown),
            (p(K::Tab), Action::MoveDown),
            (p(K::Up), Action::MoveUp),
            (Key::ctrl('p'), Action::MoveUp),
            (p(K::BackTab), Action::MoveUp),
            (Key::ctrl('t'), Action::MergeTarget),
            (Key::ctrl('g'), Action::Merge),
            (Key::ctrl('x'), Action::Split),
            (Key::ctrl('o'), Action::ActorPage),
            (Key::ctrl('c'), Action::Quit),
        ];
        KeyMap { normal, prompt }
    }
}

impl KeyMap {
    /// The bindable action called `name` (`"page_down"`), for a config file.
    pub fn parse_action(name: &str) -> Option<Action> {
        Action::from_name(name)
    }

    /// Bind `key_spec` (see [`Key::parse`]) to the action called `action_name`, replacing
    /// what that key did; the action `"none"` unbinds the key.
    pub fn bind(&mut self, key_spec: &str, action_name: &str) -> Result<(), String> {
        let key = Key::parse(key_spec)?;
        let action = match action_name {
            "none" => None,
            name => {
                Some(KeyMap::parse_action(name).ok_or_else(|| format!("unknown action {name:?}"))?)
            }
        };
        self.normal.retain(|(k, _)| *k != key);
        if let Some(action) = action {
            self.normal.push((key, action));
        }
        Ok(())
    }

    /// The normal-mode action of a key press.
    pub fn action(&self, key: &KeyEvent) -> Option<Action> {
        let key = Key::new(key.code, key.modifiers);
        lookup(&self.normal, key)
    }

    /// The action of any terminal event in the given mode.
    pub fn translate(&self, event: &Event, mode: Mode) -> Option<Action> {
        match event {
            Event::Key(k) if k.kind == KeyEventKind::Release => None,
            Event::Key(k) => match mode {
                Mode::Normal => self.action(k),
                Mode::Prompt => {
                    let key = Key::new(k.code, k.modifiers);
                    lookup(&self.prompt, key).or(match key {
                        Key {
                            code: KeyCode::Char(c),
                            mods,
                        } if !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                            Some(Action::Insert(c))
                        }
                        _ => None,
                    })
                }
            },
            Event::Resize(width, height) => Some(Action::Resize {
                width: *width,
                height: *height,
            }),
            Event::Mouse(m) => mouse(*m),
            _ => None,
        }
    }

    /// The first key bound to `action`, for hints in the status bar.
    pub fn key_for(&self, action: &Action) -> Option<Key> {
        self.normal
            .iter()
            .find(|(_, a)| same(a, action))
            .map(|(k, _)| *k)
    }

    /// For the help: each bindable action with the keys bound to it, in [`ACTIONS`]
    /// order; actions without a key are left out.
    pub fn help(&self) -> Vec<(String, &'static str)> {
        let order: Vec<Action> = ACTIONS.iter().map(|b| b.action.clone()).collect();
        rows(&self.normal, &order, Action::describe)
    }

    /// For the help: the prompt editing keys.
    pub fn prompt_help(&self) -> Vec<(String, &'static str)> {
        let mut order: Vec<Action> = Vec::new();
        for (_, a) in &self.prompt {
            if !order.iter().any(|o| same(o, a)) {
                order.push(a.clone());
            }
        }
        rows(&self.prompt, &order, Action::describe_in_prompt)
    }
}

fn lookup(table: &[(Key, Action)], key: Key) -> Option<Action> {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, a)| a.clone())
}

fn same(a: &Action, b: &Action) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn rows(
    table: &[(Key, Action)],
    order: &[Action],
    describe: fn(&Action) -> &'static str,
) -> Vec<(String, &'static str)> {
    order
        .iter()
        .filter_map(|action| {
            let keys: Vec<String> = table
                .iter()
                .filter(|(_, a)| same(a, action))
                .map(|(k, _)| k.to_string())
                .collect();
            (!keys.is_empty()).then(|| (keys.join(" "), describe(action)))
        })
        .collect()
}

fn mouse(m: MouseEvent) -> Option<Action> {
    let (column, row) = (m.column, m.row);
    match m.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            lines: 3,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            lines: -3,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        _ => None,
    }
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
