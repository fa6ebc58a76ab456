//! Merging and splitting actors from the picker: Ctrl-t marks the highlighted actor as the
//! one to keep, Ctrl-g merges the highlighted actor into it, Ctrl-x undoes the last merge
//! into the highlighted actor. Merges are saved as id pairs and applied to the model
//! again from the actors as built.

use super::{error, note, prompt, saved};
use crate::search::ActorSearch;
use crate::ui::action::Action;
use crate::ui::app::{App, Walk};
use crate::ui::index::Index;
use crate::ui::popups::Picker;

/// Handle a merge key in the picker; returns false for any other action.
pub fn handle(app: &mut App, p: &mut Picker, action: &Action) -> bool {
    match action {
        Action::MergeTarget => mark_target(app, p),
        Action::Merge => merge(app, p),
        Action::Split => split(app, p),
        _ => return false,
    }
    true
}

/// The highlighted actor's id and name.
fn highlighted(app: &App, p: &Picker) -> Option<(String, String)> {
    let hit = p.hits.get(p.cursor.selected)?;
    let a = app.model.actors.get(hit.actor)?;
    Some((a.id.clone(), a.name.clone()))
}

fn name_of(app: &App, id: &str) -> Option<String> {
    app.model
        .actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
}

fn mark_target(app: &mut App, p: &mut Picker) {
    let Some((id, name)) = highlighted(app, p) else {
        return;
    };
    if p.target.as_deref() == Some(id.as_str()) {
        p.target = None;
        return note(app, &format!("“{name}” is no longer the merge target"));
    }
    p.target = Some(id);
    note(
        app,
        &format!("Merge target: “{name}” · highlight another actor, Ctrl-g merges it in"),
    );
}

fn merge(app: &mut App, p: &mut Picker) {
    let Some(target) = p.target.clone() else {
        return error(app, "Mark the actor to keep with Ctrl-t first");
    };
    let Some(keep) = name_of(app, &target) else {
        p.target = None;
        return error(app, "The merge target is gone: mark it again with Ctrl-t");
    };
    let Some((gone_id, gone)) = highlighted(app, p) else {
        return;
    };
    if gone_id == target {
        return error(
            app,
            &format!("“{keep}” is the target: highlight another actor"),
        );
    }
    app.state.merges.push((target.clone(), gone_id));
    remerge(app, p, &target);
    note(
        app,
        &format!("Merged “{gone}” into “{keep}” · Ctrl-x on “{keep}” splits it off again"),
    );
    saved::persist(app);
}

fn split(app: &mut App, p: &mut Picker) {
    let Some((id, name)) = highlighted(app, p) else {
        return;
    };
    let Some((_, gone_id)) = app.state.split_last(&id) else {
        return error(app, &format!("Nothing was merged into “{name}”"));
    };
    remerge(app, p, &id);
    let gone = name_of(app, &gone_id).unwrap_or(gone_id);
    note(app, &format!("Split “{gone}” off “{name}”"));
    saved::persist(app);
}

/// Merge again from the actors as built, rebuild what depends on actor indices, and
/// refresh the picker with the actor `keep` highlighted.
fn remerge(app: &mut App, p: &mut Picker, keep: &str) {
    app.as_built.actors.restore(&mut app.model);
    app.model.apply_merges(&app.state.merges);
    app.index = Index::new(&app.model);
    app.actor_search = ActorSearch::new(&app.model.actors);
    if matches!(app.walk, Some(Walk::Actor { .. } | Walk::Quotes { .. })) {
        app.walk = None;
    }
    p.hits = prompt::query(app, p.input.text());
    p.cursor = Default::default();
    let rows = crate::ui::popups::actor_picker::rows(app.size);
    let at = p
        .hits
        .iter()
        .position(|h| app.model.actors.get(h.actor).is_some_and(|a| a.id == keep));
    if let Some(at) = at {
        p.cursor.select(at, p.hits.len(), rows);
    }
}
