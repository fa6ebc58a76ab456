//! One key press handled and one frame drawn, on a 120×40 test terminal, with a large
//! generated corpus (10 paragraphs an article, actors, mentions and events in each).
//! Target: under 5 ms each.

// Benchmark set-up code, like test code, may fail loudly.
#![allow(clippy::unwrap_used)]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use divan::Bencher;
use dossier::ui::{draw, fixture, handle_event, App};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const SIZES: [usize; 2] = [10_000, 100_000];

fn main() {
    divan::main();
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// Press `keys` in turn, one per iteration, drawing a frame after each.
fn keys_and_frames(bencher: Bencher, n: usize, setup: &str, keys: &[char]) {
    let mut app = App::with_model(fixture::generated(n), 120, 40);
    for c in setup.chars() {
        handle_event(&mut app, &key(c));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let events: Vec<Event> = keys.iter().map(|&c| key(c)).collect();
    let mut i = 0;
    bencher.bench_local(|| {
        handle_event(&mut app, &events[i % events.len()]);
        i += 1;
        terminal.draw(|f| draw(f, &app)).unwrap();
    });
}

/// `j` in the article list (alternating with `k` so the end is never reached).
#[divan::bench(args = SIZES)]
fn list_j(bencher: Bencher, n: usize) {
    keys_and_frames(bencher, n, "", &['j', 'j', 'k', 'k']);
}

/// `j`/`k` scrolling the open article.
#[divan::bench(args = SIZES)]
fn reader_j(bencher: Bencher, n: usize) {
    keys_and_frames(bencher, n, "\t", &['j', 'k']);
}

/// `l`/`h` along the timeline.
#[divan::bench(args = SIZES)]
fn timeline_l(bencher: Bencher, n: usize) {
    keys_and_frames(bencher, n, "\t\t", &['l', 'l', 'h', 'h']);
}

/// `n` walking NATO's mentions across articles (opens and re-wraps an article each time).
#[divan::bench(args = SIZES)]
fn actor_walk_n(bencher: Bencher, n: usize) {
    let mut app = App::with_model(fixture::generated(n), 120, 40);
    let nato = app
        .model
        .actors
        .iter()
        .position(|a| a.name == "NATO")
        .unwrap();
    for c in "aNATO".chars() {
        handle_event(&mut app, &key(c));
    }
    if let Some(dossier::ui::popups::Popup::Picker(p)) = &mut app.popup {
        p.hits = vec![dossier::search::ActorHit {
            actor: nato,
            score: 0,
            alias: 0,
            highlight: Vec::new(),
        }];
    }
    handle_event(
        &mut app,
        &Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let next = key('n');
    bencher.bench_local(|| {
        handle_event(&mut app, &next);
        terminal.draw(|f| draw(f, &app)).unwrap();
    });
}

/// Receiving the model: sanitizing, indexing, listing (once per corpus, not per frame).
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn load(bencher: Bencher, n: usize) {
    bencher
        .with_inputs(|| fixture::generated(n))
        .bench_local_values(|model| App::with_model(model, 120, 40));
}
