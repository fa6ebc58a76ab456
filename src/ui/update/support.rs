//! Helpers shared by the `update` tests: a sample app, and driving it with actions.

use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::dispatch;
use crate::ui::fixture;

/// The sample model in an 80×24 reader.
pub fn app() -> App {
    App::with_model(fixture::sample(), 80, 24)
}

pub fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        dispatch(app, a);
    }
}

/// Type `text` into whatever has the keys (a prompt or the picker).
pub fn type_text(app: &mut App, text: &str) {
    run(app, text.chars().map(Action::Insert));
}

/// The status bar's message, or "".
pub fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// The index of the actor named `name` in the app's model.
pub fn actor(app: &App, name: &str) -> usize {
    app.model
        .actors
        .iter()
        .position(|a| a.name == name)
        .unwrap()
}
