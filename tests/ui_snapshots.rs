//! Snapshots of the reader's screens on a test terminal, driven by real key events
//! through the key map, `update` and `draw`.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use dossier::search::Hit;
use dossier::ui::popups::Popup;
use dossier::ui::{draw, fixture, handle_event, update, Action, App, KeyMap};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn render(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app)).unwrap();
    terminal.backend().to_string()
}

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn press(app: &mut App, code: KeyCode) {
    handle_event(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn app(w: u16, h: u16) -> App {
    App::with_model(fixture::sample(), w, h)
}

#[test]
fn initial_screen() {
    insta::assert_snapshot!("initial_80x24", render(&app(80, 24)));
    insta::assert_snapshot!("initial_120x40", render(&app(120, 40)));
}

#[test]
fn article_open_and_scrolled() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        keys(&mut app, "j");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Tab);
        keys(&mut app, "jj");
        insta::assert_snapshot!(format!("article_scrolled_{w}x{h}"), render(&app));
    }
}

#[test]
fn wide_and_combining_characters_keep_columns_aligned() {
    let mut app = app(80, 24);
    keys(&mut app, "G");
    press(&mut app, KeyCode::Enter);
    let screen = render(&app);
    assert!(screen.contains("北约"), "{screen}");
    insta::assert_snapshot!("cjk_and_combining_80x24", screen);
}

#[test]
fn search_marks_and_status() {
    let mut app = app(80, 24);
    keys(&mut app, "/stoltenberg");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "n");
    let screen = render(&app);
    assert!(screen.contains("“stoltenberg” · match 2 of 3"), "{screen}");
    insta::assert_snapshot!("search_80x24", screen);
}

/// The picker with what a fuzzy search for "stol" finds (the ranking itself is the
/// search module's, tested there): Stoltenberg, its first four letters lit.
#[test]
fn actor_picker_with_a_query() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        keys(&mut app, "astol");
        let stol = app
            .model
            .actors
            .iter()
            .position(|a| a.name == "Jens Stoltenberg")
            .unwrap();
        if let Some(Popup::Picker(p)) = &mut app.popup {
            p.hits = vec![Hit {
                actor: stol,
                score: 100,
                alias: 1,
                highlight: std::iter::once(0..4).collect(),
            }];
        }
        update(&mut app, Action::MoveUp); // refresh the preview
        insta::assert_snapshot!(format!("actor_picker_stol_{w}x{h}"), render(&app));
    }
}

#[test]
fn date_prompt_with_an_error() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        keys(&mut app, "dhôm qua");
        press(&mut app, KeyCode::Enter);
        let screen = render(&app);
        assert!(screen.contains("✗"), "{screen}");
        insta::assert_snapshot!(format!("date_prompt_error_{w}x{h}"), screen);
    }
}

#[test]
fn help_lists_the_key_map() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        keys(&mut app, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), render(&app));
    }
}

#[test]
fn help_follows_a_rebinding() {
    let mut km = KeyMap::default();
    km.bind("ctrl-d", "page_down").unwrap();
    let mut app = App::loading(km);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    update(&mut app, Action::Loaded(Box::new(fixture::sample())));
    keys(&mut app, "?");
    assert!(render(&app).contains("Space PgDn Ctrl-d"));
}

#[test]
fn timeline_cursor_moved() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        press(&mut app, KeyCode::BackTab);
        keys(&mut app, "llll");
        insta::assert_snapshot!(format!("timeline_cursor_{w}x{h}"), render(&app));
    }
}

#[test]
fn timeline_kept_date_filters_the_list() {
    let mut app = app(80, 24);
    press(&mut app, KeyCode::BackTab);
    keys(&mut app, "l");
    press(&mut app, KeyCode::Enter);
    let screen = render(&app);
    assert!(
        screen.contains("Articles 1/4") && screen.contains("mentions 2014"),
        "{screen}"
    );
    insta::assert_snapshot!("timeline_kept_80x24", screen);
}

#[test]
fn too_small_terminal() {
    let mut app = app(80, 24);
    update(
        &mut app,
        Action::Resize {
            width: 50,
            height: 12,
        },
    );
    let screen = render(&app);
    assert!(
        screen.contains("Terminal too small (50x12); need at least 60×15"),
        "{screen}"
    );
    insta::assert_snapshot!("too_small", screen);
}

#[test]
fn loading_gauge() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = App::loading(KeyMap::default());
        update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        update(
            &mut app,
            Action::Progress {
                done: 41_250,
                total: 100_000,
            },
        );
        let screen = render(&app);
        assert!(screen.contains("41,250 / 100,000 files"), "{screen}");
        insta::assert_snapshot!(format!("loading_{w}x{h}"), screen);
    }
}

/// While the corpus loads, the articles cleaned so far are listed (in file order) and
/// can be opened; the gauge moves over the timeline.
#[test]
fn the_list_fills_while_loading() {
    for (w, h) in SIZES {
        let mut app = App::loading(KeyMap::default());
        update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        update(&mut app, Action::Progress { done: 3, total: 10 });
        let mut articles: Vec<_> = fixture::sample().articles.into_iter().enumerate().collect();
        articles.swap(0, 2);
        let batch = articles
            .into_iter()
            .take(3)
            .map(|(i, a)| (i * 2, vec![a]))
            .collect();
        update(&mut app, Action::Arrived(batch));
        press(&mut app, KeyCode::Enter);
        let screen = render(&app);
        assert!(screen.contains("Articles 3/3"), "{screen}");
        assert!(screen.contains("3 / 10 files"), "{screen}");
        assert!(
            screen.contains("Tổng thư ký NATO Jens Stoltenberg"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("loading_list_{w}x{h}"), screen);
    }
}

#[test]
fn smallest_terminal_still_draws_three_panes() {
    let app = app(60, 15);
    insta::assert_snapshot!("smallest_60x15", render(&app));
}

/// Hundreds of dates over 23 years: years fit the strip; at days the axis scrolls with
/// the cursor and shows `‹`/`›` where it goes on.
#[test]
fn a_long_timeline_scrolls_with_the_cursor() {
    let mut app = App::with_model(fixture::generated(400), 80, 24);
    press(&mut app, KeyCode::BackTab);
    let years = render(&app);
    assert!(years.contains("Timeline · years"), "{years}");
    keys(&mut app, "++");
    for _ in 0..40 {
        keys(&mut app, "l");
    }
    let screen = render(&app);
    assert!(
        screen.contains("Timeline · days") && screen.contains('‹') && screen.contains('›'),
        "{screen}"
    );
    insta::assert_snapshot!("timeline_scrolled_days_80x24", screen);
}

fn press_ctrl(app: &mut App, c: char) {
    handle_event(
        app,
        &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    );
}

/// Both sizes of the contract: 80×24 and 120×40.
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Two bookmarks, one article read, then only the bookmarks listed.
#[test]
fn bookmarks_read_marks_and_the_bookmarks_filter() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "j");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "mjm");
        let screen = render(&app);
        assert!(
            screen.contains("│ ★ Mỹ và Nga") || screen.contains("│▶★ Mỹ và Nga"),
            "{screen}"
        );
        assert!(screen.contains("│ ✓ ~2022-01-10"), "{screen}");
        insta::assert_snapshot!(format!("bookmarks_marked_{w}x{h}"), screen);
        keys(&mut app, "M");
        let screen = render(&app);
        assert!(
            screen.contains("Articles 2/4") && screen.contains(" bookmarks "),
            "{screen}"
        );
        insta::assert_snapshot!(format!("bookmarks_only_{w}x{h}"), screen);
    }
}

#[test]
fn the_set_date_prompt_and_the_date_it_sets() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "GD14/1/2022");
        let screen = render(&app);
        assert!(screen.contains("as found: unknown"), "{screen}");
        insta::assert_snapshot!(format!("set_date_prompt_{w}x{h}"), screen);
        press(&mut app, KeyCode::Enter);
        let screen = render(&app);
        assert!(screen.contains("2022-01-14✎"), "{screen}");
    }
}

#[test]
fn the_picker_shows_the_merge_target() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "anga");
        press_ctrl(&mut app, 't');
        let screen = render(&app);
        assert!(screen.contains("Ctrl-g merges into Nga"), "{screen}");
        assert!(screen.contains("▶◆"), "{screen}");
        insta::assert_snapshot!(format!("picker_merge_target_{w}x{h}"), screen);
    }
}

#[test]
fn the_corpus_search_prompt_and_its_hits() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "s\"hoi dong\"");
        let screen = render(&app);
        assert!(screen.contains("Search the corpus"), "{screen}");
        insta::assert_snapshot!(format!("corpus_prompt_{w}x{h}"), screen);
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "n");
        let screen = render(&app);
        // Only the first article holds the phrase, twice: the list keeps it, the count
        // and the walk are in the status bar, the second match is lit.
        assert!(screen.contains("Articles 1/4"), "{screen}");
        assert!(screen.contains("search \"hoi dong\" · 1 hit"), "{screen}");
        assert!(screen.contains("match 2 of 2"), "{screen}");
        insta::assert_snapshot!(format!("corpus_hits_{w}x{h}"), screen);
    }
}
