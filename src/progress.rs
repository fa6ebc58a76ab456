//! A progress bar on stderr while the commands read and clean files (`indicatif`), drawn
//! only when stderr is a terminal: never in a pipe, a file or a CI log. It is cleared
//! when loading ends, so that what follows on stderr (warnings) starts on a clean line.

use crate::pipeline::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// What the bar shows: files done of files found.
const TEMPLATE: &str = "{prefix} [{bar:30}] {pos}/{len} files {elapsed}";
/// Then, while the corpus-wide steps run.
const BUILDING: &str = "{spinner} {prefix} {elapsed}";

/// Progress on stderr, or nothing when stderr is not a terminal.
pub struct StderrBar {
    bar: Option<ProgressBar>,
}

impl StderrBar {
    /// A bar for loading, when stderr is a terminal.
    pub fn new() -> StderrBar {
        StderrBar::drawn_if(std::io::stderr().is_terminal())
    }

    /// A bar drawn on stderr when `terminal`, else none.
    pub fn drawn_if(terminal: bool) -> StderrBar {
        let bar = terminal.then(|| {
            let style = ProgressStyle::with_template(TEMPLATE)
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr())
                .with_style(style)
                .with_prefix("reading and cleaning")
        });
        StderrBar { bar }
    }

    /// Whether anything is drawn.
    #[cfg(test)]
    pub fn is_drawn(&self) -> bool {
        self.bar.is_some()
    }

    /// Remove the bar from the screen.
    pub fn clear(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Default for StderrBar {
    fn default() -> Self {
        StderrBar::new()
    }
}

impl Progress for StderrBar {
    fn found(&self, total: usize) {
        if let Some(b) = &self.bar {
            b.set_length(total as u64);
        }
    }

    fn read_one(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    fn building(&self) {
        if let Some(b) = &self.bar {
            let style = ProgressStyle::with_template(BUILDING)
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            b.set_style(style);
            b.set_prefix("finding actors, dates and events");
            b.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }
}

impl Drop for StderrBar {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_drawn_off_a_terminal() {
        let bar = StderrBar::drawn_if(false);
        bar.found(10);
        bar.read_one();
        assert!(!bar.is_drawn());
        assert!(StderrBar::drawn_if(true).is_drawn());
    }
}
