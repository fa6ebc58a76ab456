//! The terminal reader: a list of articles, the open article, and a timeline strip.
//!
//! One [`App`] holds the state; every key, mouse, terminal and loader event becomes an
//! [`Action`] (through the [`KeyMap`]); [`update`] is the only thing that changes the
//! state, and it does no I/O: it returns [`effect::Effect`]s (save, search) that the loop
//! carries out ([`dispatch`]); [`draw`] is a pure function of the state. The loop in
//! [`run`] is small and synchronous: draw, wait for input or the loader, update.

pub mod action;
pub mod app;
pub mod axis;
pub mod effect;
#[cfg(any(test, feature = "fixture"))]
pub mod fixture;
pub mod fmt;
pub mod index;
pub mod input;
pub mod key;
pub mod keymap;
pub mod layout;
pub mod page;
pub mod panes;
pub mod popups;
pub mod sanitize;
pub mod scroll;
pub mod settings;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
mod watchdog;

pub use action::Action;
pub use app::App;
pub use keymap::{Key, KeyMap, Mode};
pub use update::update;
pub use view::draw;

use crate::model::Model;
use crate::state::Store;
use crossterm::event::{self, Event};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::Arc;
use std::time::Duration;

/// What the loader thread sends while the reader is up.
#[derive(Debug)]
pub enum LoadEvent {
    /// `done` of `total` files read.
    Progress { done: usize, total: usize },
    /// Articles cleaned so far (before the corpus-wide steps), each with the position of
    /// its file among the files found: listed while the rest loads.
    Articles(Vec<(usize, Vec<crate::article::Article>)>),
    /// One skipped file or other problem, one line.
    Warning(String),
    /// A line about the cache (rebuilt, unavailable): not a file skipped.
    Note(String),
    /// The model, once built.
    Loaded(Box<Model>),
    /// The search index over that model, once built.
    Search(SharedSearcher),
}

/// The search index, handed from the loader thread to the reader.
pub type SharedSearcher = std::sync::Arc<std::sync::Mutex<crate::index::Searcher>>;

impl From<LoadEvent> for Action {
    fn from(e: LoadEvent) -> Action {
        match e {
            LoadEvent::Progress { done, total } => Action::Progress { done, total },
            LoadEvent::Articles(a) => Action::Arrived(a),
            LoadEvent::Warning(w) => Action::Warning(w),
            LoadEvent::Note(n) => Action::Note(n),
            LoadEvent::Loaded(m) => Action::Loaded(m),
            LoadEvent::Search(s) => Action::SearchReady(s),
        }
    }
}

/// How the reader runs. Built with `RunOptions::default()` and then adjusted, so that
/// options added later do not break callers.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Capture the mouse (wheel scrolling, clicks). On by default.
    pub mouse: bool,
    /// The keys.
    pub keymap: KeyMap,
    /// The colours.
    pub theme: theme::Theme,
    /// Where this corpus' state is remembered; `None`: nothing is remembered.
    pub store: Option<Store>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            mouse: true,
            keymap: KeyMap::default(),
            theme: theme::Theme::default(),
            store: None,
        }
    }
}

/// The message when there is no terminal to draw on.
pub const NOT_A_TERMINAL: &str =
    "dossier: the reader needs a terminal; try `dossier export` for JSON";

/// Run the reader until the user quits (or a signal asks it to stop), showing the
/// loader's progress until its model arrives. The saved state is read first and saved
/// again on the way out. The terminal is restored on every way out; problems with the
/// saved state are printed on stderr afterwards (load warnings are the caller's). `Err`
/// is one line for the caller to print before exiting with status 1.
pub fn run(rx: Receiver<LoadEvent>, opts: RunOptions) -> Result<(), String> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(NOT_A_TERMINAL.to_string());
    }
    let stop = terminal::stop_flag()?;
    watchdog::start(Arc::clone(&stop));
    let mut app = App::loading(opts.keymap);
    app.theme = opts.theme;
    if let Some(store) = opts.store {
        effect::open_store(&mut app, store);
    }
    let mut session = terminal::Session::start(opts.mouse)
        .map_err(|e| format!("dossier: cannot set up the terminal: {e}"))?;
    let result = event_loop(&mut session.terminal, &mut app, &rx, &stop);
    close(&mut app);
    drop(session);
    for note in &app.notes {
        eprintln!("{note}");
    }
    result
}

/// Apply `action` with [`update`] and carry out the effects it returns, feeding each
/// answer (what was saved, what a search found) back through `update` in turn.
pub fn dispatch(app: &mut App, action: Action) {
    let effects = update(app, action);
    carry_out(app, effects);
}

fn carry_out(app: &mut App, effects: Vec<effect::Effect>) {
    for e in effects {
        if let Some(answer) = effect::perform(app, e) {
            dispatch(app, answer);
        }
    }
}

/// The reader is closing: save where it is (unless the corpus never finished loading).
pub fn close(app: &mut App) {
    let effects = update::saved::on_exit(app);
    carry_out(app, effects);
}

/// Feed one terminal event through the key map to [`dispatch`]; returns whether it did
/// anything.
pub fn handle_event(app: &mut App, event: &Event) -> bool {
    match app.keymap.translate(event, app.mode()) {
        Some(action) => {
            dispatch(app, action);
            true
        }
        None => false,
    }
}

fn event_loop(
    terminal: &mut terminal::Tui,
    app: &mut App,
    rx: &Receiver<LoadEvent>,
    stop: &AtomicBool,
) -> Result<(), String> {
    let io = |e: std::io::Error| format!("dossier: terminal error: {e}");
    let size = terminal.size().map_err(io)?;
    dispatch(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let mut connected = true;
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| draw(f, app)).map_err(io)?;
            dirty = false;
            // For the end-to-end test that the panic hook gives the terminal back.
            assert!(
                std::env::var_os("DOSSIER_TEST_PANIC").is_none(),
                "DOSSIER_TEST_PANIC is set: panicking after the first frame"
            );
        }
        if app.quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let wait = Duration::from_millis(if app.loading.is_some() { 40 } else { 250 });
        if event::poll(wait).map_err(io)? {
            // Take every pending event before drawing again, so held keys do not lag.
            loop {
                dirty |= handle_event(app, &event::read().map_err(io)?);
                if app.quit || !event::poll(Duration::ZERO).map_err(io)? {
                    break;
                }
            }
        }
        while connected {
            match rx.try_recv() {
                Ok(e) => dispatch(app, e.into()),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    connected = false;
                    dispatch(app, Action::LoadStopped);
                }
            }
            dirty = true;
        }
    }
}
