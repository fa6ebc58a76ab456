//! Actions while a popup is open: it sees them before the panes do. The popup answers
//! each with an [`Outcome`]; what it asks of the reader ([`Request`]) is carried out here.

use super::{corpus, error, filter, jump, merge, nav, note, said, saved};
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::effect::Effect;
use crate::ui::popups::{Outcome, Picker, Popup, Request};

/// Hand `action` to the open popup, then do what it asks.
pub fn handle(app: &mut App, action: Action) {
    let Some(mut popup) = app.popup.take() else {
        return;
    };
    let (ctx, actors) = app.ctx_and_actors();
    match popup.handle(&action, &ctx, actors) {
        Outcome::Open => app.popup = Some(popup),
        Outcome::Closed => {}
        Outcome::Replace(next) => app.popup = Some(*next),
        Outcome::OpenAnd(request) => {
            let remerged = carry_out(app, request);
            if let (Popup::Picker(p), Some(keep)) = (&mut popup, remerged) {
                let (ctx, actors) = app.ctx_and_actors();
                p.remerged(&ctx, actors, &keep);
            }
            app.popup = Some(popup);
        }
        Outcome::ClosedAnd(request) => {
            carry_out(app, request);
        }
    }
}

/// Do what a popup asks. After a merge or a split, the id of the actor to highlight in
/// the picker.
fn carry_out(app: &mut App, request: Request) -> Option<String> {
    match request {
        Request::Note(text) => note(app, &text),
        Request::Error(text) => error(app, &text),
        Request::Restore { scroll, error: why } => {
            if let Some(why) = why {
                error(app, &why);
            }
            app.scroll = scroll;
        }
        Request::Reveal { scroll, at } => {
            app.scroll = scroll;
            if let Some((paragraph, at)) = at {
                nav::reveal(app, paragraph, at);
            }
        }
        Request::Walk(walk) => {
            app.walk = Some(walk);
            jump::show_current(app);
        }
        Request::WalkActor(actor) => jump::start_actor(app, actor),
        Request::OpenAt { article, actor } => said::open_at_first_mention(app, article, actor),
        Request::Picker => open_picker(app),
        Request::Published(range) => filter::set_published(app, range),
        Request::SetDate { article, date } => saved::set_date(app, article, date),
        // The prompt stays open; the answer comes back as `Action::Found`.
        Request::Search { text, query } => app.effects.push(Effect::Search { text, query }),
        Request::ClearSearch => corpus::clear(app),
        Request::Merge {
            keep,
            gone,
            keep_name,
            gone_name,
        } => {
            merge::merge(app, &keep, gone, &keep_name, &gone_name);
            return Some(keep);
        }
        Request::Split { id, name } => return merge::split(app, &id, &name).then_some(id),
    }
    None
}

/// `a`: the actor picker, the most mentioned actors first.
pub fn open_picker(app: &mut App) {
    if app.model.actors.is_empty() {
        return error(app, "No actors were found in this corpus");
    }
    let (ctx, actors) = app.ctx_and_actors();
    let p = Picker::open(&ctx, actors);
    app.popup = Some(Popup::Picker(p));
}
