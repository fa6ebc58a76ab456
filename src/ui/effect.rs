//! What `update` asks for outside the reader's state, and the loop's side of it: the
//! saved state read and written, the corpus searched. [`update`](super::update) only
//! returns [`Effect`]s; [`perform`] does the I/O and answers with an [`Action`] (the
//! result) that goes through `update` again.
//!
//! ```text
//! m  →  update: bookmark, Effect::Save  →  perform: Store::save_changes
//!    →  Action::Saved(Ok(saved))  →  update: take in the other readers' marks
//! ```

use super::action::Action;
use super::app::App;
use crate::index::Query;
use crate::state::Store;

/// Something `update` needs done that is not a change to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Save the state (its position already noted): this reader's changes since the last
    /// save, on top of what other readers saved meanwhile. Answered by [`Action::Saved`]
    /// when there is a store.
    Save,
    /// Search the corpus for `query` (as typed: `text`). Answered by [`Action::Found`].
    Search { text: String, query: Query },
}

/// Carry out `effect`; the answer, if any, for `update`.
pub fn perform(app: &App, effect: Effect) -> Option<Action> {
    match effect {
        Effect::Save => {
            let store = app.store.as_ref()?;
            Some(Action::Saved(store.save_changes(&app.base, &app.state)))
        }
        Effect::Search { text, query } => {
            let result = search(app, &query).map(|found| {
                let n = app.model.articles.len();
                found.into_iter().filter(|&i| i < n).collect()
            });
            Some(Action::Found {
                text,
                query,
                result,
            })
        }
    }
}

/// The articles that hold `query`, best first.
fn search(app: &App, query: &Query) -> Result<Vec<usize>, String> {
    let Some(shared) = &app.searcher else {
        return Err("the search index is not ready yet".to_string());
    };
    let searcher = shared
        .lock()
        .map_err(|_| "the search index cannot be used".to_string())?;
    let found = searcher
        .search(query)
        .map_err(|e| e.trim_start_matches("dossier: ").to_string())?;
    Ok(found.into_iter().map(|f| f.article).collect())
}

/// Read the saved state from `store` before the corpus is loaded; a problem with it is
/// kept for the status bar and for stderr on exit. The store is kept for saving unless
/// writing would destroy a file that could be neither read nor set aside.
pub fn open_store(app: &mut App, store: Store) {
    let loaded = store.load();
    app.state = loaded.state;
    app.base = app.state.clone();
    if let Some(w) = loaded.warning {
        app.notes.push(w.line);
        app.notice = Some(w.short);
    }
    app.store = loaded.writable.then_some(store);
}
