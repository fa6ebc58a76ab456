//! Loading a corpus from disk through the cache, with divan: `cargo bench --bench load`.
//!
//! 10,000 generated articles (`gen_corpus`) written to a temporary folder in each shape:
//! `blocks` (paragraphs between blank lines), `long-lines` (no blank lines, the text in
//! lines of 1–3 KB) and `one-line` (the whole text on one line), as real scraped pages
//! are. For each:
//!
//! - `no_cache`: find, read, decode, clean, model (`--no-cache`);
//! - `cold`: the same with an empty cache, which is filled (results stored, no index);
//! - `warm`: nothing changed since the last load: stored results and the model kept
//!   in the cache (not built again);
//! - `search`: one query of the search index of the warm corpus (built once), and a
//!   query that hits most articles.
//!
//! Byte counts are of the files on disk.

#[path = "support/mod.rs"]
mod support;

use divan::counter::BytesCount;
use divan::Bencher;
use dossier::index::{self, CacheAt, Query, Searcher};
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};
use support::Shape;

fn main() {
    divan::main();
    // The corpora and caches of this run.
    let _ = std::fs::remove_dir_all(&*ROOT);
}

const SHAPES: [&str; 3] = ["blocks", "long-lines", "one-line"];

/// How many articles each corpus holds.
const N: usize = 10_000;

/// The root of this run's corpora and caches, removed at the end of the run.
static ROOT: LazyLock<PathBuf> = LazyLock::new(|| {
    let d = std::env::temp_dir().join(format!("dossier-bench-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
});

/// The corpora written so far, by shape: (folder, bytes).
static CORPORA: Mutex<Vec<(String, PathBuf, usize)>> = Mutex::new(Vec::new());

/// The corpus of `shape` on disk, written on first use.
fn corpus(shape: &str) -> (PathBuf, usize) {
    let mut all = CORPORA
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, p, b)) = all.iter().find(|(s, _, _)| s == shape) {
        return (p.clone(), *b);
    }
    let dir = ROOT.join(shape);
    let parsed = Shape::parse(shape).unwrap_or(Shape::Blocks);
    let mut bytes = 0;
    for (path, text) in support::articles_shaped(N, 1, parsed) {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if std::fs::write(&path, &text).is_ok() {
            bytes += text.len();
        }
    }
    all.push((shape.to_string(), dir.clone(), bytes));
    (dir, bytes)
}

fn load(corpus: &Path, at: &CacheAt) -> index::Loaded {
    index::load::load_quiet(&[corpus.to_path_buf()], at)
}

#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn no_cache(bencher: Bencher, shape: &str) {
    let (dir, bytes) = corpus(shape);
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| load(&dir, &CacheAt::Off));
}

#[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
fn cold(bencher: Bencher, shape: &str) {
    let (dir, bytes) = corpus(shape);
    let run = std::sync::atomic::AtomicUsize::new(0);
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| {
            let n = run.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let cache = ROOT.join(format!("cold-{shape}-{n}"));
            let _ = std::fs::remove_dir_all(&cache);
            CacheAt::Dir(cache)
        })
        .bench_values(|at| load(&dir, &at));
}

#[divan::bench(args = SHAPES, sample_count = 5, sample_size = 1)]
fn warm(bencher: Bencher, shape: &str) {
    let (dir, bytes) = corpus(shape);
    let at = CacheAt::Dir(ROOT.join(format!("warm-{shape}")));
    drop(load(&dir, &at));
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| load(&dir, &at));
}

/// The warm corpus of the first shape and its search index.
static SEARCHER: LazyLock<Option<Mutex<Searcher>>> = LazyLock::new(|| {
    let (dir, _) = corpus(SHAPES[0]);
    let at = CacheAt::Dir(ROOT.join("search"));
    let mut loaded = load(&dir, &at);
    loaded.pending_search().0.finish().ok().map(Mutex::new)
});

/// One query over 10,000 articles, ranked: a name in few articles, a phrase, and a word
/// in nearly all of them.
#[divan::bench(args = ["lavrov", "\"hoi dong nga\"", "nga"])]
fn search(bencher: Bencher, query: &str) {
    let Some(s) = SEARCHER.as_ref() else {
        panic!("the search index could not be built");
    };
    let s = s.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let q = Query::parse(query);
    bencher.bench_local(|| s.search(&q).map(|f| f.len()));
}
