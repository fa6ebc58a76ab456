//! Opening the reader: the config is read first (a bad one stops here, before the
//! terminal is touched); the corpus loads on a background thread while the reader is
//! already on screen with a progress gauge; warnings are shown there and printed again
//! on stderr when the reader closes.

use crate::article::Article;
use crate::index::{self, CacheAt};
use crate::pipeline::Progress;
use crate::state::Store;
use crate::ui::theme::Theme;
use crate::ui::{self, LoadEvent, RunOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Sends load progress to the reader, a few hundred times at most, and the cleaned
/// articles in batches, so that the list fills while the corpus loads.
struct ToReader {
    tx: Sender<LoadEvent>,
    total: AtomicUsize,
    done: AtomicUsize,
    /// Articles not sent yet, and when a batch was last sent.
    batch: Mutex<(Batch, Instant)>,
}

/// Files' articles, each with the file's position among the files found.
type Batch = Vec<(usize, Vec<Article>)>;

/// A batch of articles goes when it holds this many articles, or when this long has
/// passed since the last one went.
const BATCH_ARTICLES: usize = 500;
const BATCH_EVERY: Duration = Duration::from_millis(50);

impl ToReader {
    fn new(tx: Sender<LoadEvent>) -> ToReader {
        ToReader {
            tx,
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            batch: Mutex::new((Vec::new(), Instant::now())),
        }
    }

    /// Send what is waiting (all of it when `now`, else when the batch is due).
    fn flush(&self, now: bool) {
        let Ok(mut b) = self.batch.lock() else {
            return;
        };
        let held: usize = b.0.iter().map(|(_, a)| a.len()).sum();
        if held == 0 || !(now || held >= BATCH_ARTICLES || b.1.elapsed() >= BATCH_EVERY) {
            return;
        }
        let batch = std::mem::take(&mut b.0);
        b.1 = Instant::now();
        drop(b);
        let _ = self.tx.send(LoadEvent::Articles(batch));
    }
}

impl Progress for ToReader {
    fn found(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        let _ = self.tx.send(LoadEvent::Progress { done: 0, total });
    }

    fn read_one(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let total = self.total.load(Ordering::Relaxed);
        if done == total || done.is_multiple_of((total / 200).max(1)) {
            let _ = self.tx.send(LoadEvent::Progress { done, total });
        }
    }

    fn articles(&self, file: usize, articles: &[Article]) {
        if let Ok(mut b) = self.batch.lock() {
            b.0.push((file, articles.to_vec()));
        }
        self.flush(false);
    }

    fn building(&self) {
        self.flush(true);
    }
}

/// Open the reader on the corpus (the bundled one when empty) with the config file
/// `config` (else the default one) and the cache at `cache` (`CacheAt::Off` for
/// `--no-cache`); returns the exit status (2 for a bad config).
pub fn launch(corpus: Vec<PathBuf>, config: Option<&Path>, cache: CacheAt) -> i32 {
    let no_color = Theme::no_color_requested(std::env::var_os("NO_COLOR").as_deref());
    let (keymap, theme) = match ui::settings::load(config, no_color) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let opts = RunOptions {
        keymap,
        theme,
        store: Store::for_corpus(&corpus),
        ..RunOptions::default()
    };
    let (tx, rx) = mpsc::channel();
    let warnings: Arc<Mutex<Vec<String>>> = Arc::default();
    let kept = Arc::clone(&warnings);
    std::thread::spawn(move || {
        let progress = ToReader::new(tx.clone());
        let mut loaded = index::load(&corpus, &cache, &progress);
        for n in &loaded.notes {
            let _ = tx.send(LoadEvent::Note(n.clone()));
        }
        // Taken before the model goes: the text of the articles the index lacks.
        let (pending, note) = loaded.pending_search();
        let outcome = loaded.outcome;
        let mut lines: Vec<String> = outcome.warnings.iter().map(ToString::to_string).collect();
        if outcome.files == 0 {
            lines.push("dossier: nothing could be loaded".to_string());
        }
        for w in &lines {
            let _ = tx.send(LoadEvent::Warning(w.clone()));
        }
        if let Ok(mut k) = kept.lock() {
            k.extend(lines);
        }
        let _ = tx.send(LoadEvent::Loaded(Box::new(outcome.model)));
        if let Some(n) = note {
            let _ = tx.send(LoadEvent::Note(n));
        }
        match pending.finish() {
            Ok(s) => {
                let _ = tx.send(LoadEvent::Search(Arc::new(Mutex::new(s))));
            }
            Err(line) => {
                let _ = tx.send(LoadEvent::Note(line));
            }
        }
    });
    let status = match ui::run(rx, opts) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            1
        }
    };
    if let Ok(w) = warnings.lock() {
        for line in w.iter() {
            eprintln!("{line}");
        }
    }
    status
}
