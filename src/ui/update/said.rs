//! Who said what (`"`) and the actor's page (`A`): opening them for the actor in focus,
//! and opening an article where it names an actor (from the page). Their keys are theirs
//! (`popups/statements.rs`, `popups/actor_page.rs`).

use super::{error, nav};
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::layout::Pane;
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
        Popup::Page(ActorPage::open(&app.model, actor, app.size))
    } else {
        Popup::Statements(Statements::build(&app.model, actor))
    });
}

/// Open `article` at the first place it names `actor`.
pub fn open_at_first_mention(app: &mut App, article: usize, actor: usize) {
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
