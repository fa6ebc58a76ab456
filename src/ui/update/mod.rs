//! The one function that changes the reader's state: [`update`]. It routes each action to
//! the open popup first, else to the focused pane; the helpers live in `update/`.

mod copies;
mod corpus;
mod filter;
mod jump;
mod load;
mod merge;
mod mouse;
mod nav;
mod prompt;
mod said;
pub mod saved;
mod timeline;

use super::action::Action;
use super::app::{App, Message};
use super::effect::Effect;
use super::layout::Pane;
use super::popups::{DatePrompt, Help, Popup, SearchPrompt};

/// Apply one action to the state; returns what the loop is to do beyond it (save,
/// search), in order. `update` itself reads and writes nothing but the state.
///
/// ```
/// use dossier::ui::{effect::Effect, fixture, update, Action, App};
/// let mut app = App::with_model(fixture::sample(), 80, 24);
/// assert_eq!(update(&mut app, Action::MoveDown), []);
/// assert_eq!(update(&mut app, Action::ToggleBookmark), [Effect::Save]);
/// ```
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    apply(app, action);
    std::mem::take(&mut app.effects)
}

fn apply(app: &mut App, action: Action) {
    match action {
        Action::Resize { width, height } => return load::resize(app, width, height),
        Action::Progress { done, total } => return load::progress(app, done, total),
        Action::Arrived(batch) => return load::arrived(app, batch),
        Action::Warning(text) => return load::warning(app, text),
        Action::Note(text) => return load::cache_note(app, text),
        Action::Loaded(model) => return load::loaded(app, *model),
        Action::SearchReady(s) => {
            app.searcher = Some(s);
            return;
        }
        Action::LoadStopped => return load::stopped(app),
        Action::Saved(result) => return saved::saved(app, result),
        Action::Found {
            text,
            query,
            result,
        } => return corpus::found(app, &text, query, result),
        Action::Quit => {
            app.quit = true;
            return;
        }
        _ => {}
    }
    app.message = None;
    if app.popup.is_some() {
        return prompt::handle(app, action);
    }
    if app.loading.is_some() && !load::while_loading(app, &action) {
        return;
    }
    match action {
        Action::MoveDown => nav::step(app, 1),
        Action::MoveUp => nav::step(app, -1),
        Action::PageDown => nav::page(app, 1),
        Action::PageUp => nav::page(app, -1),
        Action::Top => nav::edge(app, false),
        Action::Bottom => nav::edge(app, true),
        Action::FocusNext => app.focus = app.focus.next(),
        Action::FocusPrev => app.focus = app.focus.prev(),
        Action::Open => match app.focus {
            Pane::List => nav::open_selected(app),
            Pane::Reader => note(
                app,
                "Enter opens the article selected in the list (Tab to it)",
            ),
            Pane::Timeline => timeline::keep_date(app),
        },
        Action::TimelinePrev | Action::TimelineNext if app.focus != Pane::Timeline => {
            note(app, "h/l move along the timeline: Tab to focus it first");
        }
        Action::TimelinePrev => timeline::step(app, -1),
        Action::TimelineNext => timeline::step(app, 1),
        Action::ZoomIn => timeline::zoom(app, true),
        Action::ZoomOut => timeline::zoom(app, false),
        Action::Search => open_search(app),
        Action::CorpusSearch => corpus::open_prompt(app),
        Action::NextMatch => jump::next(app, 1),
        Action::PrevMatch => jump::next(app, -1),
        Action::ActorJump => prompt::open_picker(app),
        Action::Quotes => said::open(app, false),
        Action::ActorPage => said::open(app, true),
        Action::DateFilter => {
            let current = app.filters.iter().find_map(|f| match f {
                super::app::Filter::Published(r) => Some(r.to_string()),
                _ => None,
            });
            app.popup = Some(Popup::Date(DatePrompt::new(
                current.as_deref().unwrap_or(""),
            )));
        }
        Action::ToggleBookmark => saved::toggle_bookmark(app),
        Action::BookmarksOnly => filter::toggle_bookmarks(app),
        Action::SetDate => saved::open_set_date(app),
        Action::NotArticles if app.warnings.is_empty() => {
            note(app, "Every file gave an article");
        }
        Action::NotArticles => {
            app.popup = Some(Popup::NotArticles(crate::ui::popups::NotArticles::default()));
        }
        Action::ShowDropped => {
            app.show_dropped = !app.show_dropped;
            nav::rewrap(app);
            let n = app
                .open
                .and_then(|i| app.model.articles.get(i))
                .map_or(0, |a| a.dropped.len());
            match (app.show_dropped, n) {
                (true, 0) => note(app, "Nothing was dropped from this article (x hides)"),
                (true, n) => note(
                    app,
                    &format!(
                        "{n} dropped lines shown dimmed, with the rule that dropped each (x hides)"
                    ),
                ),
                (false, _) => note(app, "Dropped lines hidden"),
            }
        }
        Action::ExpandCopies => copies::toggle_group(app),
        Action::CollapseCopies => copies::toggle_collapse(app),
        Action::Compare => copies::open_compare(app),
        Action::Help => app.popup = Some(Popup::Help(Help::default())),
        Action::Back => back(app),
        Action::Scroll { column, row, lines } => mouse::scroll(app, column, row, lines),
        Action::Click { column, row } => mouse::click(app, column, row),
        // Prompt editing with no prompt open does nothing.
        _ => {}
    }
}

/// Esc with no popup: clear a corpus search being walked, else the search or actor
/// marks, else drop the newest filter.
fn back(app: &mut App) {
    if matches!(app.walk, Some(super::app::Walk::Corpus { .. })) {
        return corpus::clear(app);
    }
    if app.walk.take().is_some() {
        return;
    }
    match app.filters.pop() {
        Some(f) => {
            filter::refresh(app);
            note(app, &format!("Filter cleared: {}", f.describe()));
        }
        None => note(app, "Nothing to clear (q quits)"),
    }
}

fn open_search(app: &mut App) {
    if app.open.is_none() {
        return error(app, "Open an article first (Enter in the list)");
    }
    app.popup = Some(Popup::Search(SearchPrompt::new(app.scroll)));
}

/// A note in the status bar.
fn note(app: &mut App, text: &str) {
    app.message = Some(Message {
        text: text.to_string(),
        error: false,
    });
}

/// An error in the status bar.
fn error(app: &mut App, text: &str) {
    app.message = Some(Message {
        text: text.to_string(),
        error: true,
    });
}

#[cfg(test)]
pub(crate) mod support;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod walk_tests;

#[cfg(test)]
mod state_tests;

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod said_tests;

#[cfg(test)]
mod loading_tests;
