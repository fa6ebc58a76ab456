//! `update` tests of the corpus search (`s`): hits listed best first, `n`/`N` across
//! articles, combined with the other filters, cleared with Esc.

use super::*;
use crate::ui::app::Walk;
use crate::ui::dispatch;
use crate::ui::fixture;
use crate::ui::update::support::{app, message, run, type_text};

fn search(app: &mut App, text: &str) {
    dispatch(app, Action::CorpusSearch);
    assert!(matches!(app.popup, Some(Popup::Corpus(_))), "no prompt");
    // The prompt holds the active search: typed anew.
    dispatch(app, Action::ClearInput);
    type_text(app, text);
    dispatch(app, Action::Submit);
}

/// (article, current match, matches) of the search walk.
fn walk(app: &App) -> (usize, usize, usize) {
    match &app.walk {
        Some(Walk::Corpus {
            article,
            hits,
            current,
        }) => (*article, *current, hits.len()),
        other => panic!("no corpus walk: {other:?}"),
    }
}

fn marked(app: &App) -> String {
    let (hits, cur) = app.search_marks();
    let m = &hits[cur.unwrap()];
    let a = &app.model.articles[app.open.unwrap()];
    a.paragraphs[m.paragraph].text[m.range.clone()].to_string()
}

#[test]
fn the_list_keeps_the_hits_best_first_and_the_best_is_shown_at_its_first_match() {
    let mut app = app();
    search(&mut app, "stoltenberg");
    assert!(app.popup.is_none());
    // Article 0 names him three times, article 1 once.
    assert_eq!(app.visible, [0, 1]);
    assert_eq!(app.selected(), Some(0));
    assert_eq!(app.open, Some(0));
    assert_eq!(walk(&app), (0, 0, 3));
    assert_eq!(marked(&app), "Stoltenberg");
    assert!(
        message(&app).starts_with("2 articles hold it"),
        "{}",
        message(&app)
    );
    assert_eq!(
        app.filters.last().unwrap().describe(),
        "search stoltenberg · 2 hits"
    );
    // Diacritics optional, d for đ.
    search(&mut app, "dien kremlin");
    assert_eq!(app.visible, [2]);
    assert_eq!(marked(&app), "Điện");
}

#[test]
fn n_walks_the_matches_across_articles_and_n_back() {
    let mut app = app();
    search(&mut app, "stoltenberg");
    run(&mut app, [Action::NextMatch, Action::NextMatch]);
    assert_eq!(walk(&app), (0, 2, 3));
    dispatch(&mut app, Action::NextMatch);
    assert_eq!(walk(&app), (1, 0, 1));
    assert_eq!(app.open, Some(1));
    assert!(app.state.read.contains(&app.model.articles[1].id));
    assert_eq!(marked(&app), "Stoltenberg");
    dispatch(&mut app, Action::NextMatch);
    assert_eq!(walk(&app), (0, 0, 3));
    assert_eq!(message(&app), "Wrapped around to the best hit");
    dispatch(&mut app, Action::PrevMatch);
    assert_eq!(walk(&app), (1, 0, 1));
    dispatch(&mut app, Action::PrevMatch);
    assert_eq!(
        walk(&app),
        (0, 2, 3),
        "N lands on the previous article's last match"
    );
}

#[test]
fn opening_a_hit_from_the_list_shows_its_first_match() {
    let mut app = App::with_model(fixture::sample(), 60, 15);
    search(&mut app, "ukraine");
    assert_eq!(app.visible.len(), 3);
    run(&mut app, [Action::MoveDown, Action::MoveDown, Action::Open]);
    let third = app.visible[2];
    assert_eq!(app.open, Some(third));
    assert_eq!(walk(&app).0, third);
    assert_eq!(marked(&app), "Ukraine");
    // The match is in view.
    let (hits, cur) = app.search_marks();
    let m = &hits[cur.unwrap()];
    let row = app.page.row_of(m.paragraph, m.range.start);
    let rows = app.areas.unwrap().reader_rows();
    assert!(row >= app.scroll && row < app.scroll + rows);
}

#[test]
fn the_search_combines_with_date_and_bookmark_filters_and_esc_clears_it() {
    let mut app = app();
    search(&mut app, "nga");
    let all = app.visible.clone();
    assert!(all.len() >= 3, "{all:?}");
    // Bookmark the second hit: M keeps it alone, the search still on.
    run(
        &mut app,
        [
            Action::MoveDown,
            Action::ToggleBookmark,
            Action::BookmarksOnly,
        ],
    );
    assert_eq!(app.visible, [all[1]]);
    assert_eq!(app.filters.len(), 2);
    dispatch(&mut app, Action::BookmarksOnly);
    assert_eq!(app.visible, all, "the hits, still best first");
    // A date filter: January 2022 only.
    dispatch(&mut app, Action::DateFilter);
    type_text(&mut app, "1/2022");
    dispatch(&mut app, Action::Submit);
    let january: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| app.model.articles[i].date.is_some_and(|d| d.year() == 2022))
        .collect();
    assert_eq!(app.visible, january);
    // Esc clears the search; the date filter stays.
    dispatch(&mut app, Action::Back);
    assert!(app.corpus_hits().is_none());
    assert!(app.walk.is_none());
    assert_eq!(app.filters.len(), 1);
    assert!(
        message(&app).starts_with("Search cleared"),
        "{}",
        message(&app)
    );
    assert!(
        app.visible.windows(2).all(|w| w[0] < w[1]),
        "in corpus order again"
    );
}

#[test]
fn nothing_found_stays_in_the_prompt_and_empty_clears() {
    let mut app = app();
    search(&mut app, "zzzqqq");
    let Some(Popup::Corpus(p)) = &app.popup else {
        panic!("the prompt closed")
    };
    assert_eq!(p.error.as_deref(), Some("no article holds zzzqqq"));
    assert_eq!(app.visible.len(), 4);
    dispatch(&mut app, Action::Back);
    search(&mut app, "geneva");
    assert_eq!(app.visible, [1]);
    // The prompt opens on the active search; emptied, it clears it.
    dispatch(&mut app, Action::CorpusSearch);
    dispatch(&mut app, Action::ClearInput);
    dispatch(&mut app, Action::Submit);
    assert_eq!(app.visible, [0, 1, 2, 3]);
}

#[test]
fn before_the_index_is_built_s_says_so() {
    let mut app = App::loading(crate::ui::KeyMap::default());
    dispatch(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    dispatch(&mut app, Action::Loaded(Box::new(fixture::sample())));
    dispatch(&mut app, Action::CorpusSearch);
    assert!(app.popup.is_none());
    assert!(
        message(&app).contains("still being built"),
        "{}",
        message(&app)
    );
}
