//! Merging and splitting actors, as the picker asks (Ctrl-g merges the highlighted actor
//! into the one marked with Ctrl-t, Ctrl-x undoes the last merge into the highlighted
//! actor). Merges are saved as id pairs and applied to the model again from the actors
//! as built.

use super::{error, note, saved};
use crate::search::ActorSearch;
use crate::ui::app::{App, Walk};
use crate::ui::index::Index;

/// Merge the actor with id `gone` into the one with id `keep`, and save.
pub fn merge(app: &mut App, keep: &str, gone: String, keep_name: &str, gone_name: &str) {
    app.state.merges.push((keep.to_string(), gone));
    remerge(app);
    note(
        app,
        &format!(
            "Merged “{gone_name}” into “{keep_name}” · Ctrl-x on “{keep_name}” splits it off again"
        ),
    );
    saved::persist(app);
}

/// Undo the last merge into the actor with id `id` (called `name`), and save; false
/// when nothing was merged into it.
pub fn split(app: &mut App, id: &str, name: &str) -> bool {
    let Some((_, gone_id)) = app.state.split_last(id) else {
        error(app, &format!("Nothing was merged into “{name}”"));
        return false;
    };
    remerge(app);
    let gone = app
        .model
        .actors
        .iter()
        .find(|a| a.id == gone_id)
        .map_or(gone_id, |a| a.name.clone());
    note(app, &format!("Split “{gone}” off “{name}”"));
    saved::persist(app);
    true
}

/// Merge again from the actors as built, and rebuild what depends on actor indices.
fn remerge(app: &mut App) {
    app.as_built.actors.restore(&mut app.model);
    app.model.apply_merges(&app.state.merges);
    app.index = Index::new(&app.model);
    app.actor_search = ActorSearch::new(&app.model.actors);
    if matches!(app.walk, Some(Walk::Actor { .. } | Walk::Quotes { .. })) {
        app.walk = None;
    }
}
