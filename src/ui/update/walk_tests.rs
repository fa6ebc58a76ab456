//! `update` tests of search, the actor jump and the popups.

use super::*;
use crate::ui::app::Walk;
use crate::ui::dispatch;
use crate::ui::fixture;
use crate::ui::update::support::{actor, app, message, run, type_text};

#[test]
fn search_finds_steps_and_wraps() {
    let mut app = app();
    dispatch(&mut app, Action::Search);
    assert_eq!(app.mode(), crate::ui::Mode::Prompt);
    type_text(&mut app, "stoltenberg");
    let Some(Popup::Search(p)) = &app.popup else {
        panic!("no prompt")
    };
    assert_eq!(p.hits.len(), 3);
    dispatch(&mut app, Action::Submit);
    assert!(app.popup.is_none());
    let current = |app: &App| match &app.walk {
        Some(Walk::Search { current, hits, .. }) => (*current, hits.len()),
        _ => panic!("no search walk"),
    };
    assert_eq!(current(&app), (0, 3));
    dispatch(&mut app, Action::NextMatch);
    assert_eq!(current(&app), (1, 3));
    run(&mut app, [Action::PrevMatch, Action::PrevMatch]);
    assert_eq!(current(&app), (2, 3));
    assert_eq!(message(&app), "Wrapped around to the last");
    // The current match is what the reader marks.
    let (hits, cur) = app.search_marks();
    assert_eq!(cur, Some(2));
    assert_eq!(hits.len(), 3);
}

#[test]
fn a_search_without_match_says_so_and_esc_restores_the_view() {
    let mut app = App::with_model(fixture::sample(), 60, 15);
    dispatch(&mut app, Action::Search);
    type_text(&mut app, "zzz");
    dispatch(&mut app, Action::Submit);
    assert!(app.walk.is_none());
    assert!(message(&app).contains("No match for “zzz”"));
    dispatch(&mut app, Action::Search);
    type_text(&mut app, "hoi dong"); // second match is far down
    run(&mut app, [Action::Back]);
    assert!(app.popup.is_none() && app.walk.is_none());
    assert_eq!(app.scroll, 0);
}

#[test]
fn actor_jump_walks_mentions_across_articles() {
    let mut app = app();
    dispatch(&mut app, Action::ActorJump);
    let stol = actor(&app, "Jens Stoltenberg");
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no picker")
    };
    let pos = p.hits.iter().position(|h| h.actor == stol).unwrap();
    run(&mut app, std::iter::repeat_n(Action::MoveDown, pos));
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no picker")
    };
    assert!(p
        .preview
        .as_ref()
        .unwrap()
        .sentence
        .starts_with("Tổng thư ký NATO Jens Stoltenberg"));
    dispatch(&mut app, Action::Submit);
    assert!(app.popup.is_none());
    assert_eq!((app.open, app.focus), (Some(0), Pane::Reader));
    let at = |app: &App| match &app.walk {
        Some(Walk::Actor {
            current, mentions, ..
        }) => (*current, mentions.len()),
        _ => panic!("no actor walk"),
    };
    assert_eq!(at(&app), (0, 4));
    assert!(app.current_mention().is_some());
    run(
        &mut app,
        [Action::NextMatch, Action::NextMatch, Action::NextMatch],
    );
    assert_eq!(at(&app), (3, 4));
    assert_eq!((app.open, app.list.selected), (Some(1), 1));
    let m = app.current_mention().unwrap();
    let text = &app.model.articles[1].paragraphs[m.paragraph].text;
    assert_eq!(&text[m.range], "Stoltenberg");
    dispatch(&mut app, Action::NextMatch);
    assert_eq!((at(&app), app.open), ((0, 4), Some(0)));
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = app();
    dispatch(&mut app, Action::Help);
    assert!(matches!(app.popup, Some(Popup::Help(Help { scroll: 0 }))));
    run(&mut app, [Action::MoveDown, Action::MoveDown]);
    assert!(matches!(app.popup, Some(Popup::Help(Help { scroll: 2 }))));
    run(&mut app, [Action::Bottom, Action::MoveDown]);
    let max = crate::ui::popups::help::max_scroll(&app.keymap, app.size);
    assert!(matches!(app.popup, Some(Popup::Help(Help { scroll })) if scroll == max));
    dispatch(&mut app, Action::Help);
    assert!(app.popup.is_none());
    run(&mut app, [Action::Help, Action::Back]);
    assert!(app.popup.is_none());
}

#[test]
fn esc_clears_marks_before_filters_and_quit_quits_even_in_a_prompt() {
    let mut app = app();
    run(&mut app, [Action::FocusPrev, Action::Open]);
    dispatch(&mut app, Action::Search);
    type_text(&mut app, "nato");
    dispatch(&mut app, Action::Submit);
    assert!(app.walk.is_some() && !app.filters.is_empty());
    dispatch(&mut app, Action::Back);
    assert!(app.walk.is_none() && !app.filters.is_empty());
    dispatch(&mut app, Action::Back);
    assert!(app.filters.is_empty());
    dispatch(&mut app, Action::Back);
    assert!(message(&app).contains("Nothing to clear"));
    run(&mut app, [Action::ActorJump, Action::Quit]);
    assert!(app.quit);
}

#[test]
fn a_picker_with_no_match_stays_open_and_says_so() {
    let mut app = app();
    dispatch(&mut app, Action::ActorJump);
    type_text(&mut app, "zzzz");
    dispatch(&mut app, Action::Submit);
    assert!(matches!(app.popup, Some(Popup::Picker(_))));
    assert!(app.message.as_ref().is_some_and(|m| m.error));
    run(&mut app, [Action::ClearInput]);
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(
        p.hits.len(),
        14,
        "an empty query lists every actor, most mentioned first"
    );
    assert_eq!(app.model.actors[p.hits[0].actor].name, "Nga");
    dispatch(&mut app, Action::Back);
    assert!(app.popup.is_none() && app.walk.is_none());
}

#[test]
fn typing_part_of_a_name_ranks_the_actor_first() {
    let mut app = app();
    dispatch(&mut app, Action::ActorJump);
    type_text(&mut app, "stol");
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no picker")
    };
    let first = &app.model.actors[p.hits[0].actor];
    assert_eq!(first.name, "Jens Stoltenberg");
    assert!(!p.hits[0].highlight.is_empty());
    dispatch(&mut app, Action::Submit);
    assert_eq!(app.open, Some(0));
    assert!(app.current_mention().is_some());
}
