//! `update` tests of the list filling while the corpus loads: articles listed in file
//! order as they arrive, readable at once, and kept open when the model comes.

use super::*;
use crate::article::Article;
use crate::ui::dispatch;
use crate::ui::fixture;
use crate::ui::update::support::{message, run};

/// A reader still loading, 60×15.
fn loading() -> App {
    let mut app = App::loading(crate::ui::KeyMap::default());
    dispatch(
        &mut app,
        Action::Resize {
            width: 60,
            height: 15,
        },
    );
    dispatch(&mut app, Action::Progress { done: 0, total: 4 });
    app
}

/// The sample's articles, one per file.
fn files() -> Vec<(usize, Vec<Article>)> {
    fixture::sample()
        .articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| (i, vec![a]))
        .collect()
}

fn titles(app: &App) -> Vec<String> {
    app.visible
        .iter()
        .map(|&i| app.model.articles[i].title.clone())
        .collect()
}

#[test]
fn articles_are_listed_in_file_order_as_they_arrive_the_selection_staying_put() {
    let mut app = loading();
    let mut f = files();
    let (third, rest) = (f.remove(2), f);
    dispatch(
        &mut app,
        Action::Arrived(vec![third.clone(), rest[3 - 1].clone()]),
    );
    assert_eq!(app.visible.len(), 2);
    // Select the second listed (the fourth file's article), then earlier files arrive.
    dispatch(&mut app, Action::MoveDown);
    let chosen = app.model.articles[app.selected().unwrap()].title.clone();
    dispatch(
        &mut app,
        Action::Arrived(vec![rest[1].clone(), rest[0].clone()]),
    );
    let all = files();
    let want: Vec<String> = all.iter().map(|(_, a)| a[0].title.clone()).collect();
    assert_eq!(titles(&app), want);
    assert_eq!(app.model.articles[app.selected().unwrap()].title, chosen);
    // A file sent twice is listed once.
    dispatch(&mut app, Action::Arrived(vec![third]));
    assert_eq!(app.visible.len(), 4);
    assert!(app.loading.is_some());
}

#[test]
fn an_article_can_be_read_while_loading_and_stays_open_when_the_model_comes() {
    let mut app = loading();
    // Before any article: keys wait, help works.
    dispatch(&mut app, Action::Open);
    assert_eq!(app.open, None);
    dispatch(
        &mut app,
        Action::Arrived(files().into_iter().skip(1).collect()),
    );
    run(&mut app, [Action::MoveDown, Action::Open]);
    let open = app.open.map(|i| app.model.articles[i].id.clone()).unwrap();
    assert_eq!(open, fixture::sample().articles[2].id);
    assert!(app.state.read.contains(&open));
    run(&mut app, [Action::FocusNext, Action::MoveDown]);
    assert_eq!(app.scroll, 1);
    // The first file's article arrives: the open one moves down a place, still open.
    dispatch(
        &mut app,
        Action::Arrived(files().into_iter().take(1).collect()),
    );
    assert_eq!(app.open, Some(2));
    assert_eq!(app.page.article, 2);
    // What needs the model says to wait.
    dispatch(&mut app, Action::ActorJump);
    assert!(app.popup.is_none());
    assert!(
        message(&app).starts_with("Still loading"),
        "{}",
        message(&app)
    );
    // The model comes: the same article open, scrolled where it was, selected.
    dispatch(&mut app, Action::Loaded(Box::new(fixture::sample())));
    assert!(app.loading.is_none());
    assert_eq!(app.open, Some(2));
    assert_eq!(app.scroll, 1);
    assert_eq!(app.selected(), Some(2));
    assert!(app.arrival.is_empty());
}

#[test]
fn untouched_while_loading_the_model_opens_as_before() {
    let mut app = loading();
    dispatch(&mut app, Action::Arrived(files()));
    assert_eq!(app.open, None, "nothing opens by itself while loading");
    dispatch(&mut app, Action::Loaded(Box::new(fixture::sample())));
    assert_eq!(app.open, Some(0));
    assert_eq!(app.selected(), Some(0));
}
