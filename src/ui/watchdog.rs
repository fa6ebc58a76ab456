//! A last resort for a reader whose terminal has gone away.
//!
//! When a terminal closes, crossterm 0.29's event source spins on the dead tty inside
//! `event::poll` (crossterm issue #793): the loop never returns to see the stop flag that
//! SIGHUP raised, and the process would burn a core forever. This thread notices either a
//! stop flag left unanswered or a controlling terminal that can no longer be opened, and
//! ends the process. Bookmarks and corrections are saved when they are made; only the
//! reading position of that session is lost.

use std::fs::OpenOptions;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the event loop has to answer a stop request before the process is ended.
const GRACE: Duration = Duration::from_secs(2);

/// Watch `stop` and the controlling terminal from a background thread.
pub fn start(stop: Arc<AtomicBool>) {
    let had_tty = tty_alive();
    std::thread::spawn(move || {
        let mut stop_seen: Option<Instant> = None;
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if stop.load(Ordering::Relaxed) {
                let since = *stop_seen.get_or_insert_with(Instant::now);
                if since.elapsed() >= GRACE {
                    std::process::exit(0);
                }
            }
            if had_tty && !tty_alive() {
                std::process::exit(0);
            }
        }
    });
}

/// Whether this process still has a controlling terminal it can open.
fn tty_alive() -> bool {
    OpenOptions::new().read(true).open("/dev/tty").is_ok()
}
