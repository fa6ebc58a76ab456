//! `update` tests of loading, moving, filters, the timeline, the mouse and resizing.

use super::*;
use crate::article::Date;
use crate::daterange::DateRange;
use crate::ui::app::Filter;
use crate::ui::axis::Unit;
use crate::ui::dispatch;
use crate::ui::fixture;
use crate::ui::update::support::{app, message, run, type_text};

#[test]
fn loading_shows_progress_then_fills_in() {
    let mut app = App::loading(crate::ui::KeyMap::default());
    run(
        &mut app,
        [
            Action::Resize {
                width: 80,
                height: 24,
            },
            Action::Progress { done: 3, total: 10 },
        ],
    );
    assert_eq!(app.loading.map(|l| (l.done, l.total)), Some((3, 10)));
    dispatch(&mut app, Action::Warning("bad.bin: not text".into()));
    assert!(app.message.as_ref().is_some_and(|m| m.error));
    dispatch(&mut app, Action::MoveDown); // ignored while loading
    assert_eq!(app.list.selected, 0);
    dispatch(&mut app, Action::Loaded(Box::new(fixture::sample())));
    assert!(app.loading.is_none());
    assert_eq!(app.visible, vec![0, 1, 2, 3]);
    assert_eq!(app.open, Some(0));
    assert!(
        message(&app)
            .starts_with("4 articles · 14 actors · 6 dates · 1 file not articles (w lists them)"),
        "{}",
        message(&app)
    );
    assert_eq!(app.warnings, vec!["bad.bin: not text".to_string()]);
}

#[test]
fn a_loader_that_dies_is_reported() {
    let mut app = App::loading(crate::ui::KeyMap::default());
    dispatch(&mut app, Action::LoadStopped);
    assert!(app.loading.is_none());
    assert!(message(&app).contains("Loading stopped"));
}

#[test]
fn list_moves_and_opens() {
    let mut app = app();
    run(&mut app, [Action::MoveDown, Action::MoveDown]);
    assert_eq!((app.list.selected, app.open), (2, Some(0)));
    dispatch(&mut app, Action::Open);
    assert_eq!((app.open, app.page.article, app.scroll), (Some(2), 2, 0));
    run(&mut app, [Action::MoveUp, Action::Bottom]);
    assert_eq!(app.list.selected, 3);
    run(&mut app, [Action::Top, Action::MoveUp]);
    assert_eq!(app.list.selected, 0);
    run(&mut app, [Action::PageDown]);
    assert_eq!(app.list.selected, 3);
}

#[test]
fn focus_cycles_both_ways() {
    let mut app = app();
    let mut seen = vec![app.focus];
    for _ in 0..3 {
        dispatch(&mut app, Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(seen, [Pane::List, Pane::Reader, Pane::Timeline, Pane::List]);
    dispatch(&mut app, Action::FocusPrev);
    assert_eq!(app.focus, Pane::Timeline);
}

#[test]
fn reader_scrolls_by_line_page_and_to_the_ends() {
    let mut app = App::with_model(fixture::sample(), 60, 15);
    dispatch(&mut app, Action::FocusNext);
    let rows = app.areas.unwrap().reader_rows();
    let max = app.page.rows.len() - rows;
    assert!(max > 5, "the article must be longer than the pane");
    dispatch(&mut app, Action::MoveDown);
    assert_eq!(app.scroll, 1);
    dispatch(&mut app, Action::PageDown);
    assert_eq!(app.scroll, 1 + rows - 2);
    dispatch(&mut app, Action::Bottom);
    assert_eq!(app.scroll, max);
    dispatch(&mut app, Action::MoveDown);
    assert_eq!(app.scroll, max);
    dispatch(&mut app, Action::PageUp);
    assert_eq!(app.scroll, max - (rows - 2));
    dispatch(&mut app, Action::Top);
    assert_eq!(app.scroll, 0);
}

#[test]
fn date_filter_sets_clears_and_reports_errors() {
    let mut app = app();
    dispatch(&mut app, Action::DateFilter);
    type_text(&mut app, "hôm qua");
    dispatch(&mut app, Action::Submit);
    let Some(Popup::Date(p)) = &app.popup else {
        panic!("the prompt must stay open")
    };
    assert!(p.error.is_some());
    dispatch(&mut app, Action::Insert('x'));
    let Some(Popup::Date(p)) = &app.popup else {
        panic!()
    };
    assert!(p.error.is_none(), "typing clears the error");
    dispatch(&mut app, Action::Back);
    assert!(app.popup.is_none() && app.filters.is_empty());

    let range = DateRange {
        since: Date::new(2022, 1, 10).ok(),
        until: Date::new(2022, 1, 14).ok(),
    };
    filter::set_published(&mut app, Some(range));
    assert_eq!(
        app.visible,
        vec![0, 1],
        "undated and December articles are dropped"
    );
    assert_eq!(app.filters, vec![Filter::Published(range)]);
    dispatch(&mut app, Action::DateFilter);
    let Some(Popup::Date(p)) = &app.popup else {
        panic!()
    };
    assert_eq!(
        p.input.text(),
        "2022-01-10..2022-01-14",
        "the prompt edits the active filter"
    );
    run(&mut app, [Action::ClearInput, Action::Submit]);
    assert!(app.filters.is_empty() && app.popup.is_none());
    assert_eq!(app.visible.len(), 4);
    filter::set_published(&mut app, Some(range));
    dispatch(&mut app, Action::Back);
    assert!(app.filters.is_empty());
    assert!(message(&app).contains("Filter cleared: published 2022-01-10..2022-01-14"));
}

#[test]
fn date_prompt_reads_spec_forms() {
    let mut app = app();
    dispatch(&mut app, Action::DateFilter);
    type_text(&mut app, "2022-01-10..2022-01-14");
    dispatch(&mut app, Action::Submit);
    assert!(app.popup.is_none());
    assert_eq!(app.visible, vec![0, 1]);
}

#[test]
fn a_filter_that_hides_the_open_article_opens_the_first_listed() {
    let mut app = app();
    let range = DateRange {
        since: Date::new(2021, 12, 1).ok(),
        until: Date::new(2021, 12, 31).ok(),
    };
    filter::set_published(&mut app, Some(range));
    assert_eq!((app.visible.clone(), app.open), (vec![2], Some(2)));
    let none = DateRange {
        since: Date::new(1990, 1, 1).ok(),
        until: Date::new(1990, 1, 2).ok(),
    };
    filter::set_published(&mut app, Some(none));
    assert!(app.visible.is_empty() && app.open.is_none());
    assert!(app.page.rows.is_empty());
}

#[test]
fn timeline_moves_zooms_and_keeps_a_date() {
    let mut app = app();
    dispatch(&mut app, Action::TimelineNext);
    assert!(
        message(&app).contains("Tab"),
        "h/l outside the timeline explain themselves"
    );
    dispatch(&mut app, Action::FocusPrev);
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.timeline.axis.unit, Unit::Day);
    assert_eq!(
        app.timeline.cursor,
        Some(0),
        "starts on the open article's first date (2002)"
    );
    dispatch(&mut app, Action::TimelineNext);
    assert_eq!(app.timeline.cursor, Some(1));
    dispatch(&mut app, Action::Open);
    assert_eq!(app.visible, vec![1], "only the article that mentions 2014");
    assert_eq!(app.open, Some(1));
    dispatch(&mut app, Action::Back);
    assert_eq!(app.visible.len(), 4);
    run(&mut app, [Action::ZoomOut, Action::ZoomOut]);
    assert_eq!(app.timeline.axis.unit, Unit::Year);
    dispatch(&mut app, Action::ZoomOut);
    assert!(message(&app).contains("already shows years"));
    run(&mut app, [Action::Bottom, Action::Open]);
    assert_eq!(
        app.visible,
        vec![0, 1, 3],
        "every article that mentions a date in 2022"
    );
    dispatch(&mut app, Action::ZoomIn);
    assert_eq!(app.timeline.axis.unit, Unit::Month);
    run(
        &mut app,
        [
            Action::Top,
            Action::MoveDown,
            Action::MoveUp,
            Action::TimelinePrev,
        ],
    );
    assert_eq!(app.timeline.cursor, Some(0));
}

#[test]
fn resize_relays_everything() {
    let mut app = app();
    let narrow = app.page.width;
    dispatch(
        &mut app,
        Action::Resize {
            width: 40,
            height: 10,
        },
    );
    assert!(app.areas.is_none());
    dispatch(&mut app, Action::MoveDown); // harmless when too small
    dispatch(
        &mut app,
        Action::Resize {
            width: 200,
            height: 50,
        },
    );
    assert_eq!(app.page.width, crate::ui::layout::MAX_TEXT_WIDTH);
    assert!(app.page.width > narrow);
    assert!(app.timeline.axis.width <= app.areas.unwrap().axis_width());
}

#[test]
fn mouse_scrolls_the_pane_under_it_and_clicks_pick() {
    let mut app = App::with_model(fixture::sample(), 60, 15);
    let areas = app.areas.unwrap();
    dispatch(
        &mut app,
        Action::Scroll {
            column: areas.reader.x + 5,
            row: 3,
            lines: 3,
        },
    );
    assert_eq!(app.scroll, 3);
    dispatch(
        &mut app,
        Action::Scroll {
            column: 2,
            row: 3,
            lines: 3,
        },
    );
    assert_eq!(app.list.selected, 1);
    dispatch(
        &mut app,
        Action::Click {
            column: 3,
            row: areas.list.y + 1 + 2 * 2,
        },
    );
    assert_eq!((app.open, app.focus), (Some(2), Pane::List));
    let axis = &app.timeline.axis;
    let col = areas.timeline.x + 1 + axis.slots[2].col as u16;
    dispatch(
        &mut app,
        Action::Click {
            column: col,
            row: areas.timeline.y + 1,
        },
    );
    assert_eq!((app.timeline.cursor, app.focus), (Some(2), Pane::Timeline));
}

#[test]
fn editing_keys_without_a_prompt_do_nothing() {
    let mut app = app();
    let before = (app.list, app.open, app.scroll, app.focus);
    run(
        &mut app,
        [
            Action::Insert('x'),
            Action::DeleteBack,
            Action::Submit,
            Action::CursorLeft,
        ],
    );
    assert_eq!((app.list, app.open, app.scroll, app.focus), before);
}

#[test]
fn loader_warnings_are_defused_too() {
    let mut app = App::loading(crate::ui::KeyMap::default());
    dispatch(
        &mut app,
        Action::Warning("skipping \x1b]0;x\x07.txt".into()),
    );
    assert_eq!(app.warnings, vec!["skipping �]0;x�.txt".to_string()]);
}

/// `w` lists the files that gave no article; `x` shows the open article's dropped lines in
/// place with their rules, and hides them again.
#[test]
fn not_articles_and_dropped_lines_show_on_request() {
    let mut app = app();
    dispatch(&mut app, Action::NotArticles);
    assert!(app.popup.is_none(), "nothing to list");
    app.warnings.push(
        "dossier: trang-chu.html: no article (an index page: 48 headlines, no body text)".into(),
    );
    dispatch(&mut app, Action::NotArticles);
    assert!(matches!(app.popup, Some(Popup::NotArticles(_))));
    dispatch(&mut app, Action::Back);
    assert!(app.popup.is_none());

    use crate::ui::page::Row;
    use crate::ui::popups::Popup;
    let i = app.open.unwrap();
    app.model.articles[i].dropped = vec![crate::article::Dropped::new(
        "Tin liên quan",
        1,
        "list-header",
    )];
    let rows = app.page.rows.len();
    dispatch(&mut app, Action::ShowDropped);
    let shown: Vec<&Row> = app
        .page
        .rows
        .iter()
        .filter(|r| matches!(r, Row::DroppedRule(_) | Row::Dropped { .. }))
        .collect();
    assert_eq!(shown.len(), 2, "{:?}", app.page.rows);
    let at = app
        .page
        .rows
        .iter()
        .position(|r| matches!(r, Row::DroppedRule(0)))
        .unwrap();
    assert!(
        at < app.page.paragraph_rows[1] && at > app.page.paragraph_rows[0],
        "in place: before paragraph 1"
    );
    dispatch(&mut app, Action::ShowDropped);
    assert_eq!(app.page.rows.len(), rows);
}
