//! What the snapshots cannot show: colours and marks on the drawn cells, and that hostile
//! corpus text reaches the screen defused.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use dossier::article::{Article, Paragraph, ParagraphKind};
use dossier::model::Model;
use dossier::ui::{draw, fixture, handle_event, App};
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

fn screen(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

fn press(app: &mut App, code: KeyCode) {
    handle_event(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The cells of the first place `text` is drawn at or right of column `from_x`.
fn find<'a>(buf: &'a Buffer, text: &str, from_x: u16) -> Vec<&'a Cell> {
    let area = buf.area;
    for y in 0..area.height {
        let cells: Vec<(u16, &Cell)> = (from_x..area.width).map(|x| (x, &buf[(x, y)])).collect();
        let symbols: Vec<&str> = cells.iter().map(|(_, c)| c.symbol()).collect();
        let n = text.chars().count();
        for start in 0..symbols.len().saturating_sub(n - 1) {
            if symbols[start..start + n].concat() == text {
                return cells[start..start + n].iter().map(|(_, c)| *c).collect();
            }
        }
    }
    panic!("{text:?} is not on screen")
}

#[test]
fn actors_are_coloured_by_kind_in_the_article() {
    let app = App::with_model(fixture::sample(), 120, 40);
    let buf = screen(&app);
    let reader_x = app.areas.unwrap().reader.x;
    assert!(find(&buf, "Stoltenberg", reader_x)
        .iter()
        .all(|c| c.fg == Color::Cyan));
    assert!(find(&buf, "Grushko", reader_x)
        .iter()
        .all(|c| c.fg == Color::Cyan));
    assert!(find(&buf, "Brussels.", reader_x)[..8]
        .iter()
        .all(|c| c.fg == Color::Blue));
    assert!(find(&buf, "Ukraine", reader_x)
        .iter()
        .all(|c| c.fg == Color::Magenta));
    assert!(find(&buf, "Hội đồng NATO-Nga", reader_x)
        .iter()
        .all(|c| c.fg == Color::Green));
    let caption = find(&buf, "Reuters", reader_x);
    assert!(caption
        .iter()
        .all(|c| c.modifier.contains(Modifier::ITALIC)));
    let headline = find(&buf, "Nga và NATO bất", reader_x);
    assert!(headline.iter().all(|c| c.modifier.contains(Modifier::BOLD)));
}

#[test]
fn search_hits_are_lit_and_the_current_one_reversed() {
    let mut app = App::with_model(fixture::sample(), 120, 40);
    for c in "/brussels".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    let buf = screen(&app);
    let x = app.areas.unwrap().reader.x;
    let first = find(&buf, "Brussels.", x);
    assert!(first[..8]
        .iter()
        .all(|c| c.modifier.contains(Modifier::REVERSED)));
    let second = find(&buf, "Brussels ngày", x);
    assert!(second[..8]
        .iter()
        .all(|c| c.bg == Color::Yellow && !c.modifier.contains(Modifier::REVERSED)));
}

#[test]
fn corpus_search_hits_are_lit_like_the_article_search() {
    let mut app = App::with_model(fixture::sample(), 120, 40);
    for c in "sbrussels".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    let buf = screen(&app);
    let x = app.areas.unwrap().reader.x;
    // The title holds it too, but the walk is on the text: its first match is current.
    let first = find(&buf, "Brussels.", x);
    assert!(first[..8]
        .iter()
        .all(|c| c.modifier.contains(Modifier::REVERSED)));
    let second = find(&buf, "Brussels ngày", x);
    assert!(second[..8]
        .iter()
        .all(|c| c.bg == Color::Yellow && !c.modifier.contains(Modifier::REVERSED)));
}

#[test]
fn the_focused_pane_and_the_timeline_cursor_stand_out() {
    let mut app = App::with_model(fixture::sample(), 80, 24);
    let buf = screen(&app);
    assert_eq!(buf[(0, 0)].fg, Color::Cyan, "the focused list's border");
    assert_eq!(buf[(app.areas.unwrap().reader.x, 0)].fg, Color::DarkGray);
    // The cursor starts on 2002, a date of the open article.
    let t = app.areas.unwrap().timeline;
    let axis_y = t.y + 1;
    let cursor = &buf[(t.x + 1, axis_y)];
    assert!(cursor.modifier.contains(Modifier::REVERSED));
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Char('l'));
    let buf = screen(&app);
    let slots = &app.timeline.axis.slots;
    let at = |i: usize| &buf[(t.x + 1 + slots[i].col as u16, axis_y)];
    assert_eq!(
        at(0).fg,
        Color::Yellow,
        "2002 is a date of the open article"
    );
    assert!(!at(0).modifier.contains(Modifier::REVERSED));
    assert!(
        at(1).modifier.contains(Modifier::REVERSED),
        "the cursor moved to 2014"
    );
    assert_eq!(at(1).fg, Color::Cyan, "2014 is not in the open article");
    assert_eq!(at(4).fg, Color::Yellow, "2022-01-12 is");
    assert_eq!(
        buf[(0, t.y)].fg,
        Color::Cyan,
        "the timeline's border is lit"
    );
}

#[test]
fn escape_sequences_in_the_corpus_never_reach_the_terminal() {
    let evil = "Tiêu đề \x1b]0;pwned\x07 \x1b[2J\u{202e}";
    let article = Article {
        id: "x#1".into(),
        file: "x.txt".into(),
        title: evil.into(),
        title_inferred: false,
        date: None,
        date_basis: None,
        source: Some("\x1b]52;c;cHduZWQ=\x07VnE".into()),
        author: None,
        url: None,
        page_date: None,
        paragraphs: vec![Paragraph::new(
            ParagraphKind::Body,
            format!("Đoạn\tmột {evil}"),
        )],
        dropped: vec![],
    };
    let model = Model {
        articles: vec![article],
        ..Model::default()
    };
    let app = App::with_model(model, 100, 30);
    let buf = screen(&app);
    let all: String = buf
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert!(
        !all.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{all:?}"
    );
    assert!(all.contains("Tiêu đề �]0;pwned� �[2J"));
    assert!(all.contains("Đoạn một"));
}

#[test]
fn without_a_terminal_the_reader_refuses_in_one_line() {
    use std::io::IsTerminal;
    // Only checkable where the tests themselves have no terminal (CI, piped output).
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return;
    }
    let (_tx, rx) = std::sync::mpsc::channel();
    let err = dossier::ui::run(rx, dossier::ui::RunOptions::default()).unwrap_err();
    assert_eq!(
        err,
        "dossier: the reader needs a terminal; try `dossier export` for JSON"
    );
    assert!(!err.contains('\n'));
}

/// Attributed words are underlined in the article (in every theme: no colour needed), the
/// reporting verb is not; the statement `n`/`N` walks to is reversed; in who-said-what the
/// way the text names the speaker is lit.
#[test]
fn statements_are_underlined_and_the_speaker_lit() {
    let mut app = App::with_model(fixture::sample(), 120, 40);
    let buf = screen(&app);
    let reader_x = app.areas.unwrap().reader.x;
    assert!(find(&buf, "thảo luận nghiêm túc", reader_x)
        .iter()
        .all(|c| c.modifier.contains(Modifier::UNDERLINED)));
    assert!(find(&buf, "cho biết", reader_x)
        .iter()
        .all(|c| !c.modifier.contains(Modifier::UNDERLINED)));
    for c in "astol".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('"'));
    let buf = screen(&app);
    let lit = find(&buf, "Tổng thư ký NATO Jens Stoltenberg:", 0);
    assert!(lit[..lit.len() - 1]
        .iter()
        .all(|c| c.modifier.contains(Modifier::BOLD) && c.fg == Color::Cyan));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    let buf = screen(&app);
    assert!(find(&buf, "thảo luận nghiêm túc", reader_x)
        .iter()
        .all(|c| c.modifier.contains(Modifier::REVERSED)));
}

/// The compare view: what both copies print is dim, what the reprint cut is struck
/// through in the error colour, what it added or swapped in is green and bold.
#[test]
fn the_compare_view_marks_what_each_copy_has_alone() {
    let mut app = App::with_model(fixture::with_copies(), 120, 40);
    handle_event(
        &mut app,
        &Event::Key(KeyEvent::new(KeyCode::Char('v'), KeyModifiers::NONE)),
    );
    let buf = screen(&app);
    let cut = find(&buf, "Moskva", 0);
    assert!(cut
        .iter()
        .all(|c| c.fg == Color::Red && c.modifier.contains(Modifier::CROSSED_OUT)));
    let added = find(&buf, "Moscow", 0);
    assert!(added
        .iter()
        .all(|c| c.fg == Color::Green && c.modifier.contains(Modifier::BOLD)));
    let credit = find(&buf, "TTXVN", 0);
    assert!(credit.iter().all(|c| c.fg == Color::Green));
    let shared = find(&buf, "Grushko", 0);
    assert!(shared.iter().all(|c| c.fg == Color::DarkGray));
}
