use super::*;

fn press(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

fn name(a: Option<Action>) -> Option<&'static str> {
    a.and_then(|a| a.name())
}

#[test]
fn spec_default_keys_map_to_their_actions() {
    let km = KeyMap::default();
    let n = KeyModifiers::NONE;
    let cases = [
        (KeyCode::Char('j'), "move_down"),
        (KeyCode::Down, "move_down"),
        (KeyCode::Char('k'), "move_up"),
        (KeyCode::Up, "move_up"),
        (KeyCode::Tab, "focus_next"),
        (KeyCode::BackTab, "focus_prev"),
        (KeyCode::Enter, "open"),
        (KeyCode::Char(' '), "page_down"),
        (KeyCode::PageDown, "page_down"),
        (KeyCode::Char('b'), "page_up"),
        (KeyCode::PageUp, "page_up"),
        (KeyCode::Char('g'), "top"),
        (KeyCode::Char('G'), "bottom"),
        (KeyCode::Char('/'), "search"),
        (KeyCode::Char('n'), "next_match"),
        (KeyCode::Char('N'), "prev_match"),
        (KeyCode::Char('a'), "actor_jump"),
        (KeyCode::Char('d'), "date_filter"),
        (KeyCode::Char('m'), "toggle_bookmark"),
        (KeyCode::Char('M'), "bookmarks_only"),
        (KeyCode::Char('D'), "set_date"),
        (KeyCode::Char('h'), "timeline_prev"),
        (KeyCode::Left, "timeline_prev"),
        (KeyCode::Char('l'), "timeline_next"),
        (KeyCode::Right, "timeline_next"),
        (KeyCode::Char('+'), "zoom_in"),
        (KeyCode::Char('-'), "zoom_out"),
        (KeyCode::Char('?'), "help"),
        (KeyCode::Esc, "back"),
        (KeyCode::Char('q'), "quit"),
    ];
    for (code, want) in cases {
        assert_eq!(
            name(km.translate(&press(code, n), Mode::Normal)),
            Some(want),
            "{code:?}"
        );
    }
}

#[test]
fn terminals_that_add_shift_still_match() {
    let km = KeyMap::default();
    let shift = KeyModifiers::SHIFT;
    assert_eq!(
        name(km.translate(&press(KeyCode::Char('N'), shift), Mode::Normal)),
        Some("prev_match")
    );
    assert_eq!(
        name(km.translate(&press(KeyCode::Char('G'), shift), Mode::Normal)),
        Some("bottom")
    );
    assert_eq!(
        name(km.translate(&press(KeyCode::BackTab, shift), Mode::Normal)),
        Some("focus_prev")
    );
    assert_eq!(
        name(km.translate(&press(KeyCode::Char('?'), shift), Mode::Normal)),
        Some("help")
    );
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(name(km.translate(&ctrl_c, Mode::Normal)), Some("quit"));
}

#[test]
fn a_prompt_takes_printable_keys_as_text() {
    let km = KeyMap::default();
    let n = KeyModifiers::NONE;
    let typed = |c| km.translate(&press(KeyCode::Char(c), n), Mode::Prompt);
    assert!(matches!(typed('q'), Some(Action::Insert('q'))));
    assert!(matches!(typed('j'), Some(Action::Insert('j'))));
    assert!(matches!(typed('ơ'), Some(Action::Insert('ơ'))));
    let enter = km.translate(&press(KeyCode::Enter, n), Mode::Prompt);
    assert!(matches!(enter, Some(Action::Submit)));
    let esc = km.translate(&press(KeyCode::Esc, n), Mode::Prompt);
    assert!(matches!(esc, Some(Action::Back)));
    let bs = km.translate(&press(KeyCode::Backspace, n), Mode::Prompt);
    assert!(matches!(bs, Some(Action::DeleteBack)));
    let down = km.translate(&press(KeyCode::Down, n), Mode::Prompt);
    assert!(matches!(down, Some(Action::MoveDown)));
    let ctrl_y = km.translate(
        &press(KeyCode::Char('y'), KeyModifiers::CONTROL),
        Mode::Prompt,
    );
    assert!(ctrl_y.is_none());
}

#[test]
fn the_picker_merge_keys_are_control_keys_so_typing_stays_free() {
    let km = KeyMap::default();
    let ctrl = |c| {
        km.translate(
            &press(KeyCode::Char(c), KeyModifiers::CONTROL),
            Mode::Prompt,
        )
    };
    assert!(matches!(ctrl('t'), Some(Action::MergeTarget)));
    assert!(matches!(ctrl('g'), Some(Action::Merge)));
    assert!(matches!(ctrl('x'), Some(Action::Split)));
    let plain = km.translate(&press(KeyCode::Char('m'), KeyModifiers::NONE), Mode::Prompt);
    assert!(matches!(plain, Some(Action::Insert('m'))));
    let help = km.prompt_help();
    assert!(help
        .iter()
        .any(|(k, d)| k == "Ctrl-g" && *d == Action::Merge.describe()));
}

#[test]
fn key_releases_are_ignored() {
    let km = KeyMap::default();
    let mut k = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    k.kind = KeyEventKind::Release;
    assert!(km.translate(&Event::Key(k), Mode::Normal).is_none());
}

#[test]
fn key_specs_parse() {
    let ok = |s: &str| Key::parse(s).unwrap();
    assert_eq!(ok("ctrl-d"), Key::ctrl('d'));
    assert_eq!(ok("Ctrl-D"), Key::ctrl('d'));
    assert_eq!(ok("shift-tab"), Key::plain(KeyCode::BackTab));
    assert_eq!(ok("shift-n"), Key::plain(KeyCode::Char('N')));
    assert_eq!(ok("J"), Key::plain(KeyCode::Char('J')));
    assert_eq!(ok("-"), Key::plain(KeyCode::Char('-')));
    assert_eq!(
        ok("ctrl--"),
        Key::new(KeyCode::Char('-'), KeyModifiers::CONTROL)
    );
    assert_eq!(ok("space"), Key::plain(KeyCode::Char(' ')));
    assert_eq!(ok("PgDn"), Key::plain(KeyCode::PageDown));
    assert_eq!(ok("f5"), Key::plain(KeyCode::F(5)));
    assert_eq!(ok("alt-left"), Key::new(KeyCode::Left, KeyModifiers::ALT));
    assert!(Key::parse("ctrl-").is_err());
    assert!(Key::parse("nope").is_err());
    assert!(Key::parse("f99").is_err());
}

#[test]
fn rebinding_replaces_the_key_and_help_follows() {
    let mut km = KeyMap::default();
    km.bind("ctrl-d", "page_down").unwrap();
    km.bind("j", "quit").unwrap();
    km.bind("q", "none").unwrap();
    let ctrl_d = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(name(km.translate(&ctrl_d, Mode::Normal)), Some("page_down"));
    let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(name(km.translate(&j, Mode::Normal)), Some("quit"));
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert!(km.translate(&q, Mode::Normal).is_none());
    assert_eq!(km.bind("x", "fly").unwrap_err(), "unknown action \"fly\"");
    assert!(km.bind("hyper-x", "quit").is_err());

    let help = km.help();
    let row = |desc: &str| {
        help.iter()
            .find(|(_, d)| *d == desc)
            .map(|(k, _)| k.clone())
    };
    assert_eq!(
        row(Action::PageDown.describe()).as_deref(),
        Some("Space PgDn Ctrl-d")
    );
    assert_eq!(row(Action::MoveDown.describe()).as_deref(), Some("↓"));
    assert_eq!(row(Action::Quit.describe()).as_deref(), Some("Ctrl-c j"));
}

#[test]
fn mouse_wheel_and_click_become_actions() {
    let km = KeyMap::default();
    let ev = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 7,
            row: 3,
            modifiers: KeyModifiers::NONE,
        })
    };
    let down = km.translate(&ev(MouseEventKind::ScrollDown), Mode::Normal);
    assert!(matches!(
        down,
        Some(Action::Scroll {
            column: 7,
            row: 3,
            lines: 3
        })
    ));
    let up = km.translate(&ev(MouseEventKind::ScrollUp), Mode::Normal);
    assert!(matches!(up, Some(Action::Scroll { lines: -3, .. })));
    let click = km.translate(&ev(MouseEventKind::Down(MouseButton::Left)), Mode::Normal);
    assert!(matches!(click, Some(Action::Click { column: 7, row: 3 })));
    let resize = km.translate(&Event::Resize(100, 30), Mode::Prompt);
    assert!(matches!(
        resize,
        Some(Action::Resize {
            width: 100,
            height: 30
        })
    ));
}
