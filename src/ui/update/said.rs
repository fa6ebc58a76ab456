//! Who said what (`"`) and the actor's page (`A`): opening them for the actor in focus,
//! moving in them, and the jumps they make (a statement opens its article at its
//! paragraph and walks the actor's statements with `n`/`N`).

use super::{error, jump, nav};
use crate::ui::action::Action;
use crate::ui::app::{App, Walk};
use crate::ui::layout::Pane;
use crate::ui::popups::actor_page::{self, PageRow};
use crate::ui::popups::statements;
use crate::ui::popups::{ActorPage, Popup, Statements};

/// Open who-said-what (or, with `page`, the actor's page) for the actor in focus.
pub fn open(app: &mut App, page: bool) {
    let Some(actor) = app.actor_in_focus() else {
        let a = app
            .keymap
            .key_for(&Action::ActorJump)
            .map_or("a".to_string(), |k| k.to_string());
        return error(
            app,
            &format!("Pick an actor first ({a}), or open an article that names one"),
        );
    };
    app.popup = Some(if page {
        self::page(app, actor)
    } else {
        said(app, actor)
    });
}

/// The who-said-what popup of `actor`.
pub fn said(app: &App, actor: usize) -> Popup {
    Popup::Statements(Statements::build(&app.model, actor))
}

/// The page of `actor`.
pub fn page(app: &App, actor: usize) -> Popup {
    let mut p = ActorPage::build(&app.model, actor);
    p.step(0, actor_page::list_rows(app.size));
    Popup::Page(p)
}

/// A step for a movement action: `Some(delta)` in items.
fn delta(action: &Action, page: usize) -> Option<isize> {
    let page = page.max(1) as isize;
    Some(match action {
        Action::MoveDown => 1,
        Action::MoveUp => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::Scroll { lines, .. } => isize::from(lines.signum()),
        _ => return None,
    })
}

pub fn statements_keys(app: &mut App, mut s: Statements, action: &Action) -> Option<Popup> {
    let rows = statements::rows(app.size);
    if let Some(d) = delta(action, rows) {
        s.cursor.move_by(d, s.entries.len(), rows);
        return Some(Popup::Statements(s));
    }
    match action {
        Action::Back | Action::Quotes => None,
        Action::ActorPage => Some(page(app, s.actor)),
        Action::Open | Action::Submit => {
            if s.entries.is_empty() {
                return Some(Popup::Statements(s));
            }
            let quotes: Vec<usize> = s.entries.iter().map(|e| e[0]).collect();
            app.walk = Some(Walk::Quotes {
                actor: s.actor,
                quotes,
                current: s.cursor.selected,
            });
            jump::show_current(app);
            None
        }
        _ => Some(Popup::Statements(s)),
    }
}

pub fn page_keys(app: &mut App, mut p: ActorPage, action: &Action) -> Option<Popup> {
    let rows = actor_page::list_rows(app.size);
    if let Some(d) = delta(action, rows) {
        p.step(d, rows);
        return Some(Popup::Page(p));
    }
    match action {
        Action::Back | Action::ActorPage => None,
        Action::Quotes => Some(said(app, p.actor)),
        Action::ActorJump => {
            super::prompt::open_picker(app);
            app.popup.take()
        }
        Action::Open | Action::Submit => match p.selected().cloned() {
            Some(PageRow::With { actor, .. }) => Some(page(app, actor)),
            Some(PageRow::Statement(entry)) => {
                let quotes: Vec<usize> = statements::statements_of(&app.model, p.actor)
                    .iter()
                    .map(|e| e[0])
                    .collect();
                let current = quotes.iter().position(|&q| q == entry[0]).unwrap_or(0);
                app.walk = Some(Walk::Quotes {
                    actor: p.actor,
                    quotes,
                    current,
                });
                jump::show_current(app);
                None
            }
            Some(PageRow::Article(article)) => {
                open_at_first_mention(app, article, p.actor);
                None
            }
            _ => Some(Popup::Page(p)),
        },
        _ => Some(Popup::Page(p)),
    }
}

/// Open `article` at the first place it names `actor`.
fn open_at_first_mention(app: &mut App, article: usize, actor: usize) {
    nav::open_article(app, article);
    let first = app
        .index
        .mentions_of
        .get(article)
        .and_then(|r| app.model.mentions.get(r.clone()))
        .and_then(|ms| ms.iter().find(|m| m.actor == actor))
        .map(|m| (m.paragraph, m.start));
    if let Some((paragraph, at)) = first {
        nav::reveal(app, paragraph, at);
    }
    app.focus = Pane::Reader;
}
