//! Who said what (`"`) and the actor's page (`A`): which actor they open on, their jumps,
//! and the page following merges and splits.

use super::support::{actor, app, message, run, type_text};
use crate::ui::action::Action;
use crate::ui::app::{App, Walk};
use crate::ui::layout::Pane;
use crate::ui::popups::actor_page::PageRow;
use crate::ui::popups::Popup;

fn pick(app: &mut App, query: &str) {
    run(app, [Action::ActorJump]);
    type_text(app, query);
    run(app, [Action::Submit]);
}

#[test]
fn quotes_need_an_actor_and_take_the_one_in_focus() {
    let mut app = app();
    app.open = None;
    run(&mut app, [Action::Quotes]);
    assert!(app.popup.is_none());
    assert!(
        message(&app).starts_with("Pick an actor first (a)"),
        "{}",
        message(&app)
    );
    // With the first article open, the first person on the rows shown: Stoltenberg.
    run(&mut app, [Action::Open, Action::Quotes]);
    let stol = actor(&app, "Jens Stoltenberg");
    assert!(matches!(&app.popup, Some(Popup::Statements(s)) if s.actor == stol));
    // An actor picked with `a` wins.
    run(&mut app, [Action::Back]);
    pick(&mut app, "peskov");
    run(&mut app, [Action::Quotes]);
    let peskov = actor(&app, "Dmitry Peskov");
    let Some(Popup::Statements(s)) = &app.popup else {
        panic!("no statements popup")
    };
    assert_eq!(s.actor, peskov);
    assert_eq!(s.entries.len(), 1);
}

#[test]
fn enter_on_a_statement_opens_its_paragraph_and_n_walks_the_others() {
    let mut app = app();
    pick(&mut app, "stol");
    run(
        &mut app,
        [
            Action::Quotes,
            Action::MoveDown,
            Action::MoveDown,
            Action::Open,
        ],
    );
    assert!(app.popup.is_none());
    assert_eq!(app.focus, Pane::Reader);
    let Some(Walk::Quotes {
        quotes, current, ..
    }) = &app.walk
    else {
        panic!("no quotes walk");
    };
    assert_eq!((quotes.len(), *current), (3, 2));
    let q = app.model.quotes[quotes[2]].clone();
    assert_eq!(app.open, Some(q.article));
    let mark = app.current_quote().unwrap();
    assert_eq!((mark.paragraph, mark.range), (q.paragraph, q.start..q.end));
    let text = &app.model.articles[q.article].paragraphs[q.paragraph].text[q.start..q.end];
    assert_eq!(text, "Ukraine có quyền tự chọn con đường của mình");
    run(&mut app, [Action::NextMatch]);
    assert!(
        message(&app).contains("Wrapped around"),
        "{}",
        message(&app)
    );
}

#[test]
fn the_page_jumps_to_company_statements_and_articles() {
    let mut app = app();
    pick(&mut app, "stol");
    run(&mut app, [Action::ActorPage]);
    let Some(Popup::Page(p)) = &app.popup else {
        panic!("no page")
    };
    assert!(matches!(p.selected(), Some(PageRow::With { .. })));
    let first_with = match p.selected() {
        Some(PageRow::With { actor, .. }) => *actor,
        _ => unreachable!(),
    };
    // Enter on a companion opens its page.
    run(&mut app, [Action::Open]);
    assert!(matches!(&app.popup, Some(Popup::Page(p)) if p.actor == first_with));
    // Back to Stoltenberg's page; the last row is an article: Enter opens it.
    run(&mut app, [Action::Back, Action::ActorPage, Action::Bottom]);
    let Some(Popup::Page(p)) = &app.popup else {
        panic!("no page")
    };
    let Some(PageRow::Article(article)) = p.selected().cloned() else {
        panic!("the last row is an article")
    };
    run(&mut app, [Action::Open]);
    assert_eq!(app.open, Some(article));
    assert!(app.popup.is_none());
}

#[test]
fn merging_and_splitting_show_on_the_page() {
    let mut app = app();
    let page = |app: &mut App| {
        run(app, [Action::ActorPage]);
        let Some(Popup::Page(p)) = app.popup.clone() else {
            panic!("no page")
        };
        run(app, [Action::Back]);
        let a = &app.model.actors[p.actor];
        (a.aliases.clone(), p.statements)
    };
    pick(&mut app, "stol");
    let (aliases, before) = page(&mut app);
    assert_eq!((aliases.len(), before), (2, 3));
    // Merge Grushko into Stoltenberg in the picker, then open the page from it.
    run(&mut app, [Action::ActorJump]);
    type_text(&mut app, "stol");
    run(&mut app, [Action::MergeTarget, Action::ClearInput]);
    type_text(&mut app, "grushko");
    run(&mut app, [Action::Merge, Action::ActorPage]);
    let Some(Popup::Page(p)) = app.popup.clone() else {
        panic!("no page from the picker")
    };
    let stol = &app.model.actors[p.actor];
    assert_eq!(stol.name, "Jens Stoltenberg");
    assert!(stol.aliases.contains(&"Alexander Grushko".to_string()));
    assert_eq!(p.statements, before + 1);
    // `a` from the page goes to the picker; Ctrl-x splits Grushko off again.
    run(&mut app, [Action::ActorJump]);
    assert!(matches!(app.popup, Some(Popup::Picker(_))));
    type_text(&mut app, "stol");
    run(&mut app, [Action::Split, Action::ActorPage]);
    let Some(Popup::Page(p)) = app.popup.clone() else {
        panic!("no page")
    };
    assert_eq!(p.statements, before);
    assert!(!app.model.actors[p.actor]
        .aliases
        .contains(&"Alexander Grushko".to_string()));
}
