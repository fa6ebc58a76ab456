//! Snapshots of the reader's screens on a test terminal, driven by real key events
//! through the key map, `update` and `draw`.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use dossier::search::ActorHit;
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
            p.hits = vec![ActorHit {
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
fn dropped_lines_in_place_and_the_files_that_gave_no_article() {
    let mut app = app(80, 24);
    let i = app.open.unwrap();
    app.model.articles[i].dropped = vec![
        dossier::article::Dropped::new("Tin liên quan", 1, "list-header"),
        dossier::article::Dropped::new("Chia sẻ Facebook Zalo", 0, "widget-phrase"),
    ];
    keys(&mut app, "x");
    let screen = render(&app);
    assert!(screen.contains("✂ dropped · list-header"), "{screen}");
    insta::assert_snapshot!("dropped_lines_80x24", screen);
    keys(&mut app, "x");
    update(
        &mut app,
        Action::Warning(
            "dossier: trang-chu.html: no article (an index page: 48 headlines, no body text)"
                .into(),
        ),
    );
    keys(&mut app, "w");
    let screen = render(&app);
    assert!(
        screen.contains("trang-chu.html") && screen.contains("an index page"),
        "{screen}"
    );
    insta::assert_snapshot!("not_articles_80x24", screen);
}

/// `a stol` Enter, then `"`: Stoltenberg's statements, oldest first, with date, outlet and
/// the words; Enter opens the article at the statement, marked, and `n` walks on.
#[test]
fn who_said_what_for_the_picked_actor() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "astol");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "\"");
        let screen = render(&app);
        assert!(
            screen.contains("Who said what · Jens Stoltenberg · 3 statements"),
            "{screen}"
        );
        assert!(
            screen.contains("2021-12-18") || screen.contains("2022-01-10"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("who_said_what_{w}x{h}"), screen);
        keys(&mut app, "j");
        press(&mut app, KeyCode::Enter);
        let screen = render(&app);
        assert!(
            screen.contains("Jens Stoltenberg · statement 2 of 3"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("who_said_what_opened_{w}x{h}"), screen);
    }
}

/// `A` on the picked actor: kind, aliases, mentions by week, the actors named with them,
/// their statements, their articles.
#[test]
fn the_actor_page() {
    for (w, h) in SIZES {
        let mut app = app(w, h);
        keys(&mut app, "astol");
        press(&mut app, KeyCode::Enter);
        keys(&mut app, "A");
        let screen = render(&app);
        for part in [
            "Jens Stoltenberg · person",
            "also Stoltenberg",
            "Mentions by",
            "Appears with",
        ] {
            assert!(screen.contains(part), "{part}: {screen}");
        }
        insta::assert_snapshot!(format!("actor_page_{w}x{h}"), screen);
    }
}

/// A story printed by four outlets: listed once as its earliest article with `+3 ·` the
/// other outlets; the status bar counts articles and stories; the timeline's date says
/// how many stories its articles tell.
#[test]
fn copies_folded_into_their_earliest() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = App::with_model(fixture::with_copies(), w, h);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        keys(&mut app, "llll");
        press(&mut app, KeyCode::Tab);
        let screen = render(&app);
        let plus = if w > 100 {
            "2022-01-13 +3 · Tuổi Trẻ, VOV,"
        } else {
            "2022-01-13 +3 · Tu"
        };
        assert!(screen.contains(plus), "{screen}");
        assert!(screen.contains("4 articles, 1 story"), "{screen}");
        assert!(screen.contains("7 articles · 4 stories"), "{screen}");
        insta::assert_snapshot!(format!("copies_folded_{w}x{h}"), screen);
    }
}

/// `c` unfolds the group under its first row (`↳`); opening the original marks the
/// copies that add at most a sentence or two read (`✓`), not VOV's longer one.
#[test]
fn copies_unfolded_and_read_together() {
    let mut app = App::with_model(fixture::with_copies(), 80, 24);
    keys(&mut app, "c");
    press(&mut app, KeyCode::Enter);
    let screen = render(&app);
    assert!(screen.contains("↳ NATO và Nga vẫn"), "{screen}");
    insta::assert_snapshot!("copies_unfolded_80x24", screen);
}

/// `v` on a story's first row: VnExpress against the Tuổi Trẻ reprint, word by word: the
/// new title, "Moskva" spelt "Moscow", the caption and closing sentence it cut, its credit.
#[test]
fn compare_view_against_a_copy() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = App::with_model(fixture::with_copies(), w, h);
        keys(&mut app, "v");
        let screen = render(&app);
        assert!(screen.contains("copy 1 of 3"), "{screen}");
        let shown: &[&str] = if h > 30 {
            &["Moskva", "Moscow", "Các bên đồng ý", "Theo TTXVN"]
        } else {
            &["Moskva", "Moscow"]
        };
        for words in shown {
            assert!(screen.contains(words), "{words}: {screen}");
        }
        insta::assert_snapshot!(format!("compare_{w}x{h}"), screen);
    }
    // n: the next copy (VOV, with a paragraph of its own).
    let mut app = App::with_model(fixture::with_copies(), 120, 40);
    keys(&mut app, "vn");
    let screen = render(&app);
    assert!(
        screen.contains("copy 2 of 3") && screen.contains("VOV"),
        "{screen}"
    );
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
