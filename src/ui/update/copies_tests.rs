use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::fixture;
use crate::ui::update::support::{message, run, type_text};

/// The sample with three reprints of its first article (VnExpress, 13 January): Tuổi Trẻ
/// (13th, index 4), Báo Nghệ An (14th, index 5), VOV (13th, index 6).
fn app() -> App {
    App::with_model(fixture::with_copies(), 80, 24)
}

fn titles(app: &App) -> Vec<String> {
    app.visible
        .iter()
        .map(|&i| app.model.articles[i].source.clone().unwrap_or_default())
        .collect()
}

#[test]
fn a_story_printed_by_four_outlets_is_listed_once() {
    let app = app();
    assert_eq!(app.model.copies.groups.len(), 1);
    assert_eq!(app.model.copies.groups[0].articles, [0, 4, 5, 6]);
    assert_eq!(titles(&app), ["VnExpress", "Dân trí", "Tuổi Trẻ", ""]);
    assert_eq!((app.copy_rows.listed, app.copy_rows.stories), (7, 4));
    // The others, earliest first; the VOV copy is of the same day, after Tuổi Trẻ.
    assert_eq!(app.copy_rows.heads[&0], [4, 6, 5]);
    // A folded copy is found at its group's row.
    assert_eq!(app.position(5), Some(0));
    assert!(!app.shown(5));
}

#[test]
fn c_unfolds_the_group_under_its_row_and_folds_it_again() {
    let mut app = app();
    run(&mut app, [Action::ExpandCopies]);
    assert_eq!(
        titles(&app),
        [
            "VnExpress",
            "Tuổi Trẻ",
            "VOV",
            "Báo Nghệ An",
            "Dân trí",
            "Tuổi Trẻ",
            ""
        ]
    );
    assert!(
        message(&app).contains("3 other copies"),
        "{}",
        message(&app)
    );
    // On a copy's row, c folds its group and the selection goes to the group's row.
    run(
        &mut app,
        [Action::MoveDown, Action::MoveDown, Action::ExpandCopies],
    );
    assert_eq!(titles(&app).len(), 4);
    assert_eq!(app.list.selected, 0);
    // An article nobody reprinted has no copies to show.
    run(&mut app, [Action::MoveDown, Action::ExpandCopies]);
    assert!(app.message.as_ref().is_some_and(|m| m.error));
}

#[test]
fn shift_c_lists_copies_one_by_one_and_folds_them_again() {
    let mut app = app();
    run(&mut app, [Action::CollapseCopies]);
    assert_eq!(app.visible, [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(message(&app), "Copies listed one by one: 7 articles");
    run(&mut app, [Action::CollapseCopies]);
    assert_eq!(app.visible, [0, 1, 2, 3]);
    assert_eq!(message(&app), "Copies folded: 7 articles, 4 stories");
}

#[test]
fn reading_one_copy_reads_those_that_add_a_sentence_or_two() {
    let mut app = app();
    run(&mut app, [Action::Open]);
    let read = |app: &App, i: usize| app.state.read.contains(&app.model.articles[i].id);
    assert!(read(&app, 0));
    // Tuổi Trẻ: a word swapped, the closing sentence cut, a credit line. Báo Nghệ An:
    // paragraphs run together, a credit line. Both read with the original.
    assert!(read(&app, 4) && read(&app, 5));
    // VOV adds a paragraph of three sentences: still to read.
    assert!(!read(&app, 6));
    assert!(!read(&app, 1));
}

#[test]
fn the_earliest_listed_copy_stands_for_its_group() {
    let mut app = app();
    // Only the 14th: Báo Nghệ An's copy, alone, with nothing folded into it.
    run(&mut app, [Action::DateFilter]);
    type_text(&mut app, "2022-01-14");
    run(&mut app, [Action::Submit]);
    assert_eq!(app.visible, [5]);
    assert!(app.copy_rows.heads.is_empty());
    assert_eq!(message(&app), "1 article listed (Esc clears the filter)");
}

#[test]
fn walking_an_actor_skips_the_folded_copies() {
    let mut app = app();
    run(&mut app, [Action::ActorJump]);
    type_text(&mut app, "grushko");
    run(&mut app, [Action::Submit]);
    let walked = |app: &App| match &app.walk {
        Some(crate::ui::app::Walk::Actor { mentions, .. }) => mentions
            .iter()
            .map(|&m| app.model.mentions[m].article)
            .collect::<Vec<_>>(),
        _ => vec![],
    };
    // Grushko is named in the VnExpress story only (and its three copies).
    assert_eq!(walked(&app), [0]);
    run(
        &mut app,
        [Action::Back, Action::CollapseCopies, Action::ActorJump],
    );
    type_text(&mut app, "grushko");
    run(&mut app, [Action::Submit]);
    assert_eq!(walked(&app), [0, 4, 5, 6]);
}
