//! What the reader remembers: read marks, bookmarks, dates set by hand, actor merges, and
//! the saved state across runs.

use super::*;
use crate::article::{Date, DateBasis};
use crate::state::{State, Store};
use crate::ui::app::Filter;
use crate::ui::dispatch;
use crate::ui::fixture;
use crate::ui::update::support::{app, message, run, type_text};
use crate::ui::KeyMap;
use std::path::PathBuf;

fn id(app: &App, i: usize) -> String {
    app.model.articles[i].id.clone()
}

/// A fresh directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "dossier-ui-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A reader as `ui::run` starts it: the state loaded from `store`, then the model.
fn app_with(store: &Store) -> App {
    let mut app = App::loading(KeyMap::default());
    crate::ui::effect::open_store(&mut app, store.clone());
    run(
        &mut app,
        [
            Action::Resize {
                width: 80,
                height: 24,
            },
            Action::Loaded(Box::new(fixture::sample())),
        ],
    );
    app
}

#[test]
fn opening_marks_read_but_the_first_shown_article_is_not() {
    let mut app = app();
    assert_eq!(app.open, Some(0));
    assert!(app.state.read.is_empty(), "shown at load, not opened");
    run(&mut app, [Action::MoveDown, Action::Open]);
    assert!(app.state.read.contains(&id(&app, 1)));
    assert_eq!(app.state.read.len(), 1);
}

#[test]
fn m_bookmarks_the_selected_or_open_article_and_m_shift_lists_them() {
    let mut app = app();
    dispatch(&mut app, Action::BookmarksOnly);
    assert!(message(&app).contains("No bookmarks yet: m bookmarks"));
    assert!(app.filters.is_empty());
    // List focused: the selected article (2), not the open one (0).
    run(
        &mut app,
        [Action::MoveDown, Action::MoveDown, Action::ToggleBookmark],
    );
    assert!(app.state.bookmarks.contains(&id(&app, 2)));
    assert!(message(&app).starts_with("Bookmarked: Điện Kremlin"));
    // Reader focused: the open article (0).
    run(&mut app, [Action::FocusNext, Action::ToggleBookmark]);
    assert!(app.state.bookmarks.contains(&id(&app, 0)));
    dispatch(&mut app, Action::BookmarksOnly);
    assert_eq!(app.visible, vec![0, 2]);
    assert_eq!(app.filters, vec![Filter::Bookmarks]);
    assert_eq!(Filter::Bookmarks.describe(), "bookmarks");
    // Removing a bookmark under the filter takes the article off the list.
    dispatch(&mut app, Action::ToggleBookmark);
    assert!(message(&app).starts_with("Bookmark removed"));
    assert_eq!(app.visible, vec![2]);
    dispatch(&mut app, Action::BookmarksOnly);
    assert!(app.filters.is_empty() && app.visible.len() == 4);
    dispatch(&mut app, Action::BookmarksOnly);
    dispatch(&mut app, Action::Back);
    assert!(app.filters.is_empty(), "Esc drops the filter too");
}

#[test]
fn d_shift_sets_a_date_the_filter_uses_and_empty_goes_back() {
    let mut app = app();
    // Article 3 has no date; select it and set one.
    run(&mut app, [Action::Bottom, Action::SetDate]);
    let Some(Popup::Override(p)) = &app.popup else {
        panic!("no date prompt")
    };
    assert_eq!((p.article, p.found.as_str()), (3, "unknown"));
    type_text(&mut app, "2022-01");
    dispatch(&mut app, Action::Submit);
    let Some(Popup::Override(p)) = &app.popup else {
        panic!("a month is refused, the prompt stays")
    };
    assert!(p.error.as_deref().unwrap_or("").contains("one day"));
    run(&mut app, [Action::ClearInput]);
    type_text(&mut app, "14/1/2022");
    dispatch(&mut app, Action::Submit);
    assert!(app.popup.is_none());
    let a = &app.model.articles[3];
    assert_eq!(a.date, Date::new(2022, 1, 14).ok());
    assert_eq!(a.date_basis, Some(DateBasis::Override));
    assert_eq!(
        app.state.dates.get(&a.id),
        Date::new(2022, 1, 14).ok().as_ref()
    );
    assert!(message(&app).ends_with("2022-01-14✎"), "{}", message(&app));
    // The date filter sees it.
    filter::set_published(
        &mut app,
        crate::daterange::parse_filter("2022-01-14").unwrap(),
    );
    assert_eq!(app.visible, vec![3]);
    // The prompt edits the date set; empty goes back to the date as found.
    dispatch(&mut app, Action::SetDate);
    let Some(Popup::Override(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(p.input.text(), "2022-01-14");
    run(&mut app, [Action::ClearInput, Action::Submit]);
    assert_eq!(app.model.articles[3].date, None);
    assert!(app.state.dates.is_empty());
    assert!(app.visible.is_empty(), "the filter drops it again");
    // A dated article shows how its date was found.
    dispatch(&mut app, Action::Back);
    run(&mut app, [Action::Top, Action::SetDate]);
    let Some(Popup::Override(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(p.found, "2022-01-13 (dateline)");
}

#[test]
fn a_date_set_by_hand_moves_the_articles_year_less_dates_on_the_timeline() {
    let mut app = app();
    let dates = |app: &App| -> Vec<String> {
        app.model
            .events_of(3)
            .iter()
            .map(|e| e.date.to_string())
            .collect()
    };
    // "ngày 13/1" takes its year from the rest of the corpus.
    assert_eq!(dates(&app), ["2022-01-13"]);
    run(&mut app, [Action::Bottom, Action::SetDate]);
    type_text(&mut app, "20/1/2023");
    dispatch(&mut app, Action::Submit);
    assert_eq!(dates(&app), ["2023-01-13"]);
    let on_timeline = |app: &App, d: &str| {
        app.model
            .timeline
            .iter()
            .any(|t| t.date.to_string() == d && t.articles.contains(&3))
    };
    assert!(on_timeline(&app, "2023-01-13"));
    assert!(!on_timeline(&app, "2022-01-13"));
    assert_eq!(app.index.entries_of[3].len(), 1);
    // Removing the date puts the corpus' reading back.
    run(
        &mut app,
        [Action::SetDate, Action::ClearInput, Action::Submit],
    );
    assert_eq!(dates(&app), ["2022-01-13"]);
    assert!(on_timeline(&app, "2022-01-13") && !on_timeline(&app, "2023-01-13"));
}

fn picker_to(app: &mut App, name: &str) {
    if app.popup.is_none() {
        dispatch(app, Action::ActorJump);
    }
    run(app, [Action::ClearInput]);
    type_text(app, name);
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no picker")
    };
    let first = p
        .hits
        .first()
        .map(|h| app.model.actors[h.actor].name.clone());
    assert_eq!(
        first.as_deref(),
        Some(name),
        "the query must find {name} first"
    );
}

fn actor<'a>(app: &'a App, name: &str) -> Option<&'a crate::model::Actor> {
    app.model.actors.iter().find(|a| a.name == name)
}

#[test]
fn the_picker_merges_into_a_marked_actor_and_splits_again() {
    let mut app = app();
    let kremlin = actor(&app, "Điện Kremlin").unwrap().mentions;
    let nga = actor(&app, "Nga").unwrap().mentions;
    let actors = app.model.actors.len();
    picker_to(&mut app, "Nga");
    dispatch(&mut app, Action::Merge);
    assert!(message(&app).contains("Ctrl-t first"));
    dispatch(&mut app, Action::MergeTarget);
    assert!(message(&app).contains("Merge target: “Nga”"));
    dispatch(&mut app, Action::Merge);
    assert!(message(&app).contains("is the target"));
    picker_to(&mut app, "Điện Kremlin");
    dispatch(&mut app, Action::Merge);
    assert!(message(&app).starts_with("Merged “Điện Kremlin” into “Nga”"));
    assert_eq!(app.model.actors.len(), actors - 1);
    let merged = actor(&app, "Nga").unwrap();
    assert_eq!(merged.mentions, nga + kremlin);
    assert!(merged.aliases.contains(&"Điện Kremlin".to_string()));
    assert_eq!(
        app.state.merges,
        [("nga".to_string(), "dien-kremlin".to_string())]
    );
    // The picker now highlights the kept actor; searching the old name finds it.
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(
        app.model.actors[p.hits[p.cursor.selected].actor].name,
        "Nga"
    );
    type_text(&mut app, "x");
    run(&mut app, [Action::ClearInput]);
    type_text(&mut app, "kremlin");
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(app.model.actors[p.hits[0].actor].name, "Nga");
    // Jumping walks the mentions of both.
    dispatch(&mut app, Action::Submit);
    let Some(crate::ui::app::Walk::Actor { mentions, .. }) = &app.walk else {
        panic!("no walk")
    };
    assert_eq!(mentions.len(), nga + kremlin);
    // Split it off again.
    picker_to(&mut app, "Nga");
    dispatch(&mut app, Action::Split);
    assert_eq!(message(&app), "Split “Điện Kremlin” off “Nga”");
    assert!(app.walk.is_none(), "the walk named old actor indices");
    assert_eq!(app.model.actors.len(), actors);
    assert_eq!(actor(&app, "Nga").unwrap().mentions, nga);
    assert!(app.state.merges.is_empty());
    dispatch(&mut app, Action::Split);
    assert!(message(&app).contains("Nothing was merged into “Nga”"));
}

#[test]
fn the_state_is_saved_on_each_change_and_restored_at_load() {
    let tmp = TempDir::new("roundtrip");
    let store = Store::new(&tmp.0, "bundled");
    let mut app = app_with(&store);
    assert!(!store.path().exists(), "nothing is written before a change");
    run(&mut app, [Action::MoveDown, Action::MoveDown, Action::Open]);
    dispatch(&mut app, Action::ToggleBookmark);
    let saved = store.read().unwrap().unwrap();
    assert!(saved.bookmarks.contains(&id(&app, 2)), "saved at once");
    // Set a date and quit.
    run(&mut app, [Action::SetDate]);
    type_text(&mut app, "2021-12-20");
    dispatch(&mut app, Action::Submit);
    crate::ui::close(&mut app);

    let mut again = app_with(&store);
    assert_eq!(again.open, Some(2), "the article we were on");
    assert!(again.state.read.contains(&id(&again, 2)));
    assert!(again.state.bookmarks.contains(&id(&again, 2)));
    let a = &again.model.articles[2];
    assert_eq!(
        (a.date, a.date_basis),
        (Date::new(2021, 12, 20).ok(), Some(DateBasis::Override))
    );
    assert!(again.notes.is_empty());
    // Scrolled down a long article: back at the same line, even at another width.
    run(&mut again, [Action::Top, Action::Open, Action::FocusNext]);
    run(
        &mut again,
        [Action::MoveDown, Action::MoveDown, Action::MoveDown],
    );
    assert!(matches!(
        again.page.rows[again.scroll],
        crate::ui::page::Row::Blank
    ));
    let top = again.page.rows[again.scroll + 1].clone();
    crate::ui::close(&mut again);
    let mut third = app_with(&store);
    assert_eq!((third.open, third.scroll), (Some(0), again.scroll));
    dispatch(
        &mut third,
        Action::Resize {
            width: 60,
            height: 15,
        },
    );
    saved::restore_position(&mut third);
    let crate::ui::page::Row::Text { paragraph, range } = top else {
        panic!("the top row is text")
    };
    let row = third.page.row_of(paragraph, range.start) - 1;
    assert_eq!(third.scroll, row.min(nav::max_scroll(&third)));
    assert!(third.scroll > 0);
    // Quitting while loading keeps the saved position.
    let mut loading = App::loading(KeyMap::default());
    loading.state = store.load().state;
    loading.store = Some(store.clone());
    crate::ui::close(&mut loading);
    assert_eq!(
        store.read().unwrap().unwrap().position,
        again.state.position
    );
}

#[test]
fn merges_are_applied_at_load() {
    let tmp = TempDir::new("merges");
    let store = Store::new(&tmp.0, "bundled");
    let mut state = State::new("bundled");
    state.merges.push(("nga".into(), "dien-kremlin".into()));
    store.save(&state).unwrap();
    let app = app_with(&store);
    assert!(actor(&app, "Điện Kremlin").is_none());
    let nga = actor(&app, "Nga").unwrap();
    assert!(nga.aliases.contains(&"Điện Kremlin".to_string()));
    // The picker's search knows the merged actor under its old name.
    let mut search = crate::search::ActorSearch::new(&app.model.actors);
    let hit = search.query("kremlin", 1);
    assert_eq!(app.model.actors[hit[0].actor].name, "Nga");
}

#[test]
fn a_broken_state_file_is_reported_in_the_status_bar_and_on_exit() {
    let tmp = TempDir::new("broken");
    let store = Store::new(&tmp.0, "bundled");
    std::fs::create_dir_all(&tmp.0).unwrap();
    std::fs::write(store.path(), "{ not json").unwrap();
    let app = app_with(&store);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains(".broken-"), "{}", m.text);
    assert_eq!(app.notes.len(), 1);
    assert_eq!(app.visible.len(), 4, "the reader works all the same");
}

#[test]
fn a_failing_save_is_shown_and_kept_for_exit_once() {
    let tmp = TempDir::new("readonly");
    let dir = tmp.0.join("dossier");
    let store = Store::new(&dir, "bundled");
    let mut app = app_with(&store);
    assert!(app.store.is_some());
    // Then a file appears where the state directory should be: every save fails.
    std::fs::create_dir_all(&tmp.0).unwrap();
    std::fs::write(&dir, "").unwrap();
    run(&mut app, [Action::ToggleBookmark, Action::ToggleBookmark]);
    let m = app.message.as_ref().unwrap();
    assert!(m.error && m.text.contains("cannot save"), "{}", m.text);
    assert_eq!(app.notes.len(), 1);
}

#[test]
fn two_readers_of_one_corpus_keep_each_others_work() {
    let tmp = TempDir::new("two");
    let store = Store::new(&tmp.0, "bundled");
    let mut one = app_with(&store);
    let mut two = app_with(&store);
    // Each opens and bookmarks an article of its own; the first also dates one.
    run(
        &mut one,
        [Action::MoveDown, Action::Open, Action::ToggleBookmark],
    );
    run(&mut one, [Action::SetDate]);
    type_text(&mut one, "2021-12-20");
    dispatch(&mut one, Action::Submit);
    run(
        &mut two,
        [
            Action::MoveDown,
            Action::MoveDown,
            Action::Open,
            Action::ToggleBookmark,
        ],
    );
    let (a1, a2) = (id(&one, 1), id(&one, 2));
    assert!(
        two.state.bookmarks.contains(&a1),
        "the first reader's bookmark shows in the second once it saves"
    );
    // Quit both, the first one first.
    crate::ui::close(&mut one);
    crate::ui::close(&mut two);
    assert!(one.notes.is_empty() && two.notes.is_empty());
    let again = app_with(&store);
    assert!(again.state.bookmarks.contains(&a1) && again.state.bookmarks.contains(&a2));
    assert!(again.state.read.contains(&a1) && again.state.read.contains(&a2));
    assert_eq!(
        again.model.articles[1].date,
        Date::new(2021, 12, 20).ok(),
        "the second reader never had the date and did not drop it"
    );
    assert_eq!(again.open, Some(2), "where the last reader to move was");
}

#[test]
fn update_asks_for_saving_and_searching_and_does_neither_itself() {
    use crate::ui::effect::Effect;
    let tmp = TempDir::new("effects");
    let store = Store::new(&tmp.0, "bundled");
    let mut app = app_with(&store);
    assert_eq!(update(&mut app, Action::MoveDown), []);
    assert_eq!(update(&mut app, Action::ToggleBookmark), [Effect::Save]);
    assert!(!store.path().exists(), "update wrote nothing");
    assert!(
        app.state.position.is_some(),
        "the position is noted for the save"
    );
    dispatch(&mut app, Action::ToggleBookmark);
    assert!(store.path().exists(), "dispatch carries the save out");
    let mut app = crate::ui::update::support::app();
    update(&mut app, Action::CorpusSearch);
    type_text(&mut app, "nga");
    let effects = update(&mut app, Action::Submit);
    assert!(
        matches!(&effects[..], [Effect::Search { text, .. }] if text == "nga"),
        "{effects:?}"
    );
    assert!(
        app.filters.is_empty(),
        "nothing is listed before the answer"
    );
}
