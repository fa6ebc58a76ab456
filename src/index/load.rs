//! Loading a corpus through its cache: files unchanged since they were cleaned are not
//! read again; the rest are read, cleaned and stored; files gone leave the cache. The
//! corpus-wide steps ([`model::build`]) then run on every file's result, stored or new,
//! exactly as [`crate::pipeline::load`] runs them: same model, same warnings, same order.
//! When no file changed since the last load, they do not run: the model they made then
//! is kept in the cache ([`super::kept`]) and taken back instead.
//!
//! A file counts as unchanged when its name, size and modification time are those stored
//! and that time was at least [`SETTLE`] old when it was stored (a file written in the
//! same instant as it was cleaned could change again within the clock's resolution).
//! Otherwise it is read: when its bytes hash as stored, the stored result is kept.

use super::fts::Group;
use super::store::{self, Built, Cache, Found as Opened, NewRow, Problem, Row, Update};
use crate::article::Article;
use crate::corpus::{self, Found, Warning};
use crate::extract::gazetteer::Gazetteer;
use crate::model;
use crate::model::reading::{Reader, Reading};
use crate::pipeline::{clean_source, gather, Outcome, Progress, Quiet};
use crate::state::store::corpus_key;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How old a modification time must be for size and time alone to tell a change.
pub const SETTLE: Duration = Duration::from_secs(2);

/// Where the cache is, or none.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum CacheAt {
    /// The user's cache directory (`$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`).
    #[default]
    Default,
    /// This directory.
    Dir(PathBuf),
    /// No cache: nothing read or written (`--no-cache`).
    Off,
}

/// What loading produced.
pub struct Loaded {
    /// The model and the warnings about files, as [`crate::pipeline::load`] gives them.
    pub outcome: Outcome,
    /// Lines about the cache (rebuilt, unavailable, busy): at most one a run.
    pub notes: Vec<String>,
    /// Each file's articles in the model, for the search index.
    pub groups: Vec<Group>,
    /// The cache, up to date with this corpus, when one is used.
    pub cache: Option<Cache>,
    /// What the cache saved.
    pub counts: Counts,
}

/// How the files of a load were had.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Taken from the cache without being read.
    pub stored: usize,
    /// Read again (their size or time changed) and found the same: not cleaned again.
    pub same: usize,
    /// Read and cleaned.
    pub cleaned: usize,
    /// Stored files no longer in the corpus, removed from the cache.
    pub removed: usize,
    /// The model was the one kept in the cache for these files, not built again.
    pub model_kept: bool,
    /// Articles of stored files whose readings ([`crate::model::reading`]) were not in the
    /// cache (or did not parse) when the model was built: read again from their text.
    pub reread: usize,
}

impl Loaded {
    /// Start the search index over this corpus: the cache's, completed; else one in
    /// memory. The line returned says why the cache's could not be used.
    pub fn pending_search(&mut self) -> (super::fts::Pending, Option<String>) {
        super::fts::Pending::new(
            self.cache.take(),
            self.groups.clone(),
            &self.outcome.model.articles,
        )
    }
}

/// One file's cleaning result: its articles, or why it gave none.
type Cleaned = Result<Vec<Article>, Warning>;

/// A stored file's result and its articles' readings, as stored (postcard).
type Blobs = (Vec<u8>, Vec<u8>);

/// What is stored for a file: its articles, or why it gave none (the warning names the
/// file by the name it was found under). Encoded with postcard, as the kept model is
/// ([`super::kept`]): at 10,000 articles it is read back in about 60% of the time JSON
/// takes, in 15% less space.
#[derive(serde::Serialize, serde::Deserialize)]
enum Stored {
    Articles(Vec<Article>),
    NoArticle(String),
}

fn encode(result: &Result<Vec<Article>, Warning>) -> Vec<u8> {
    let stored = match result {
        Ok(a) => postcard::to_stdvec(&StoredRef::Articles(a)),
        Err(w) => postcard::to_stdvec(&StoredRef::NoArticle(&w.reason)),
    };
    stored.unwrap_or_default()
}

#[derive(serde::Serialize)]
enum StoredRef<'a> {
    Articles(&'a [Article]),
    NoArticle(&'a str),
}

/// A stored result read back (`None`: it does not parse); `name` names the file in the
/// warning of a file with no article.
/// Stored readings read back; `None` when they do not parse (they are then read again
/// from the articles: a reading is never needed from the cache).
fn decode_readings(bytes: &[u8]) -> Option<Vec<Reading>> {
    postcard::from_bytes(bytes).ok()
}

pub(super) fn decode(bytes: &[u8], name: &str) -> Option<Result<Vec<Article>, Warning>> {
    Some(match postcard::from_bytes(bytes).ok()? {
        Stored::Articles(a) => Ok(a),
        Stored::NoArticle(reason) => Err(Warning {
            path: PathBuf::from(name),
            reason,
        }),
    })
}

/// What became of one file.
enum Got {
    /// Unchanged: its stored result is to be read (`touched` as in `Stored`).
    Keep {
        id: i64,
        read_warning: Option<Warning>,
        touched: Option<(i64, i64, bool)>,
    },
    /// Its stored result; `touched`: read again and found the same, with a new size/time;
    /// `readings`: its articles' stored readings, read when the model is to be built.
    Stored {
        id: i64,
        result: Result<Vec<Article>, Warning>,
        readings: Option<Vec<Reading>>,
        read_warning: Option<Warning>,
        touched: Option<(i64, i64, bool)>,
    },
    /// Read and cleaned now, its articles read too; `row` to store (its result still to
    /// be encoded), replacing the row `replaces`.
    Fresh {
        result: Result<Vec<Article>, Warning>,
        readings: Vec<Reading>,
        read_warning: Option<Warning>,
        row: Option<NewRow>,
        replaces: Option<i64>,
    },
    /// It could not be read (its row, if it had one, leaves).
    Unread(Warning, Option<i64>),
    /// Its stored result does not parse: the cache is damaged.
    Damaged,
}

fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_nanos()).ok())
        .unwrap_or(i64::MAX)
}

pub(super) fn path_key(p: &Path) -> Vec<u8> {
    p.as_os_str().as_encoded_bytes().to_vec()
}

/// Load one file, from the cache when it is unchanged (`row`: what is stored for it,
/// dropped as soon as it is read).
fn one<'r>(
    f: &Found,
    row: Option<Row>,
    store: bool,
    now: i64,
    reader: impl Fn() -> &'r Reader<'static>,
) -> Got {
    let replaces = row.as_ref().map(|r| r.id);
    let stat = f
        .stat_now()
        .map(|s| (s.size as i64, s.mtime_ns.unwrap_or(-1)));
    let stored = |r: &Row, touched| Got::Keep {
        id: r.id,
        read_warning: r.read_warning.as_ref().map(|reason| Warning {
            path: f.path.clone(),
            reason: reason.clone(),
        }),
        touched,
    };
    if let (Some(r), Some((size, mtime))) = (&row, stat) {
        if r.settled && mtime >= 0 && r.name == f.name && r.size == size && r.mtime == mtime {
            return stored(r, None);
        }
    }
    let bytes = match corpus::read_bytes(&f.path) {
        Ok(b) => b,
        Err(w) => return Got::Unread(w, replaces),
    };
    let (size, mtime) = stat.unwrap_or((-1, -1));
    let settle = SETTLE.as_nanos() as i64;
    let settled = mtime >= 0 && size == bytes.len() as i64 && now.saturating_sub(mtime) > settle;
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes) as i64;
    if let Some(r) = &row {
        if r.name == f.name && r.hash == hash && r.size == bytes.len() as i64 {
            return stored(r, Some((size, mtime, settled)));
        }
    }
    drop(row);
    let (file, read_warning) = match corpus::decode_file(&f.path, &f.name, &bytes) {
        Ok(x) => x,
        Err(w) => return Got::Unread(w, replaces),
    };
    drop(bytes);
    let result = clean_source(&file);
    let readings = match &result {
        Ok(articles) => articles.iter().map(|a| reader().read(a)).collect(),
        Err(_) => Vec::new(),
    };
    let row = store.then(|| NewRow {
        path: path_key(&f.path),
        name: f.name.clone(),
        size,
        mtime,
        hash,
        settled,
        read_warning: read_warning.as_ref().map(|w| w.reason.clone()),
        no_article: result.as_ref().err().map(|w| w.reason.clone()),
        result: Vec::new(),
        reading: Vec::new(),
    });
    Got::Fresh {
        result,
        readings,
        read_warning,
        row,
        replaces,
    }
}

/// Open the cache of the corpus `key`; `None` with one line when it cannot be used.
fn open(at: &CacheAt, key: &str) -> (Option<Cache>, Option<String>) {
    let dir = match at {
        CacheAt::Off => return (None, None),
        CacheAt::Dir(d) => d.clone(),
        CacheAt::Default => match store::cache_dir(|n| std::env::var_os(n)) {
            Some(d) => d,
            None => {
                return (
                    None,
                    Some(
                        "dossier: cache: neither XDG_CACHE_HOME nor HOME is set; running \
                         without a cache"
                            .to_string(),
                    ),
                )
            }
        },
    };
    let path = dir.join(store::file_name(key));
    match Cache::open(&dir, key) {
        Ok((c, Opened::Ready)) => (Some(c), None),
        Ok((c, Opened::Stale)) => (
            Some(c),
            Some(format!(
                "dossier: cache {}: written by another build of dossier; rebuilt",
                path.display()
            )),
        ),
        Err(Problem::Corrupt(e)) => rebuild(&dir, key, &e),
        Err(p) => (None, Some(unusable(&path, &p))),
    }
}

/// Start a damaged cache afresh.
fn rebuild(dir: &Path, key: &str, why: &str) -> (Option<Cache>, Option<String>) {
    let path = dir.join(store::file_name(key));
    match Cache::recreate(dir, key) {
        Ok(c) => (
            Some(c),
            Some(format!(
                "dossier: cache {}: unreadable ({why}); rebuilt",
                path.display()
            )),
        ),
        Err(p) => (
            None,
            Some(format!(
                "dossier: cache {}: unreadable ({why}) and cannot be rebuilt ({}); running \
                 without it",
                path.display(),
                reason(&p)
            )),
        ),
    }
}

fn reason(p: &Problem) -> String {
    match p {
        Problem::Locked => "busy: another dossier is writing it".to_string(),
        Problem::Corrupt(e) | Problem::Unavailable(e) => e.clone(),
    }
}

fn unusable(path: &Path, p: &Problem) -> String {
    format!(
        "dossier: cache {}: {}; running without it this time",
        path.display(),
        reason(p)
    )
}

/// Load the corpus arguments (the bundled corpus when there are none) through the cache
/// at `at`: the same outcome as [`crate::pipeline::load`], faster when files are stored.
/// The bundled corpus is never cached (it is five embedded files).
pub fn load(args: &[PathBuf], at: &CacheAt, progress: &dyn Progress) -> Loaded {
    if args.is_empty() {
        let files = corpus::bundled();
        progress.found(files.len());
        let results: Vec<_> = files
            .par_iter()
            .enumerate()
            .map(|(i, f)| {
                let r = clean_source(f);
                if let Ok(a) = &r {
                    progress.articles(i, a);
                }
                r
            })
            .collect();
        let ids = (1..=files.len() as i64).collect();
        progress.building();
        let readings = vec![None; results.len()];
        return finish(
            results,
            readings,
            ids,
            Vec::new(),
            Vec::new(),
            files.len(),
            None,
            None,
        );
    }
    let (found, walk_warnings) = corpus::find(args);
    progress.found(found.len());
    let key = corpus_key(args);
    let (mut cache, note) = if found.is_empty() {
        (None, None)
    } else {
        open(at, &key)
    };
    let mut notes: Vec<String> = note.into_iter().collect();
    let mut rows = HashMap::new();
    if let Some(c) = &cache {
        match c.rows() {
            Ok(r) => rows = r,
            Err(p) => {
                let (c, line) = rebuild_after(&mut cache, &key, &p);
                cache = c;
                notes.extend(line);
            }
        }
    }
    let now = now_ns();
    let keep = cache.is_some();
    // Made when the first file is cleaned: an unchanged corpus needs none.
    let reader = OnceLock::new();
    let reader = || reader.get_or_init(|| Reader::new(Gazetteer::shared()));
    // Each file takes its row; what is left are the rows of files gone.
    let mine: Vec<Option<Row>> = found
        .iter()
        .map(|f| rows.remove(&path_key(&f.path)))
        .collect();
    let mut got: Vec<Got> = found
        .par_iter()
        .zip(mine.into_par_iter())
        .enumerate()
        .map(|(i, (f, row))| {
            let g = one(f, row, keep, now, reader);
            if !matches!(g, Got::Keep { .. }) {
                if let Got::Fresh { result: Ok(a), .. } = &g {
                    progress.articles(i, a);
                }
                progress.read_one();
            }
            g
        })
        .collect();
    // With no file to clean, the model may be kept for exactly the files stored: read it
    // while their articles are.
    let early = cache
        .as_ref()
        .filter(|_| !got.iter().any(|g| matches!(g, Got::Fresh { .. })))
        .map(|_| {
            let ids: Vec<i64> = got
                .iter()
                .filter_map(|g| match g {
                    Got::Keep { id, .. } => Some(*id),
                    _ => None,
                })
                .collect();
            generation(&ids)
        });
    let bytes = early
        .as_deref()
        .and_then(|g| cache.as_ref().and_then(|c| c.kept_model(g)));
    // No model kept for these files: it is built, from their readings too.
    let with_readings = bytes.is_none();
    let kept = std::thread::scope(|s| {
        let reading = bytes.map(|b| s.spawn(move || super::kept::read(&b)));
        if let Some(c) = &cache {
            take_stored(c, &found, &mut got, progress, with_readings);
        }
        reading.map(|r| r.join().ok().flatten())
    });
    if got.iter().any(|g| matches!(g, Got::Damaged)) {
        let (c, line) = rebuild_after(
            &mut cache,
            &key,
            &Problem::Corrupt("a stored result does not parse".into()),
        );
        cache = c;
        notes.extend(line);
        rows.clear();
        let keep = cache.is_some();
        got = found
            .par_iter()
            .map(|f| one(f, None, keep, now, reader))
            .collect();
    }
    let mut counts = Counts::default();
    for g in &got {
        match g {
            Got::Stored { touched: None, .. } => counts.stored += 1,
            Got::Stored { .. } => counts.same += 1,
            Got::Fresh { .. } => counts.cleaned += 1,
            _ => {}
        }
    }
    counts.removed = rows.len();
    let gone: Vec<i64> = rows.into_values().map(|r| r.id).collect();
    let ids = write(&mut cache, gone, &mut got, &mut notes);
    let mut warnings = walk_warnings;
    let mut results = Vec::with_capacity(got.len());
    let mut readings = Vec::with_capacity(got.len());
    let mut file_ids = Vec::with_capacity(got.len());
    for (g, id) in got.into_iter().zip(ids) {
        match g {
            Got::Stored {
                result,
                readings: r,
                read_warning,
                ..
            } => {
                warnings.extend(read_warning);
                results.push(result);
                readings.push(r);
                file_ids.push(id);
            }
            Got::Fresh {
                result,
                readings: r,
                read_warning,
                ..
            } => {
                warnings.extend(read_warning);
                results.push(result);
                readings.push(Some(r));
                file_ids.push(id);
            }
            Got::Unread(w, _) => warnings.push(w),
            // Every kept file was read above; a damaged one read again.
            Got::Keep { .. } | Got::Damaged => {}
        }
    }
    let read = results.len();
    progress.building();
    let print = generation(&file_ids);
    // Files cleaned now have new ids: no model can be kept for them.
    let kept = kept.filter(|_| {
        counts.cleaned == 0 && cache.is_some() && early.as_deref() == Some(print.as_str())
    });
    let mut loaded = finish(
        results, readings, file_ids, warnings, notes, read, cache, kept,
    );
    counts.model_kept = loaded.counts.model_kept;
    counts.reread = loaded.counts.reread;
    loaded.counts = counts;
    if !counts.model_kept {
        keep_built(&mut loaded, &print);
    }
    loaded
}

/// Names the files a model is built from: their row ids in order (a row id is never
/// used again, so a file changed is a new id).
pub fn generation(ids: &[i64]) -> String {
    let bytes: Vec<u8> = ids.iter().flat_map(|i| i.to_le_bytes()).collect();
    format!("{}:{:016x}", ids.len(), xxhash_rust::xxh3::xxh3_64(&bytes))
}

/// Keep the model in the cache (when it is up to date): what `dossier search` needs of
/// its articles, so that a search of an unchanged corpus need not load the corpus, and
/// the rest, so that the next load of an unchanged corpus need not build it again. A
/// failure only means the next load builds it.
fn keep_built(loaded: &mut Loaded, generation: &str) {
    let Some(cache) = &mut loaded.cache else {
        return;
    };
    let articles = &loaded.outcome.model.articles;
    let built = loaded.groups.iter().flat_map(|g| {
        (0..g.count).filter_map(move |n| {
            articles.get(g.first + n).map(|a| Built {
                id: a.id.clone(),
                date: a.date,
                basis: a.date_basis,
                file: g.id,
                ordinal: n,
            })
        })
    });
    let model = &loaded.outcome.model;
    let _ = cache.store_built(generation, built, || super::kept::encode(model));
}

/// Stored results read at a time: the bytes of a batch are in memory, never all of them.
const STORED_BATCH: usize = 256;

/// Read and parse the stored results of the unchanged files, a batch at a time (read in
/// order, parsed in parallel). A result that cannot be read or parsed makes its file
/// [`Got::Damaged`].
fn take_stored(
    cache: &Cache,
    found: &[Found],
    got: &mut [Got],
    progress: &dyn Progress,
    with_readings: bool,
) {
    let kept: Vec<usize> = (0..got.len())
        .filter(|&i| matches!(got[i], Got::Keep { .. }))
        .collect();
    // Without it the reads below still work, one transaction each.
    let _one_snapshot = cache.reading().ok();
    for batch in kept.chunks(STORED_BATCH) {
        let blobs: Vec<(usize, Option<Blobs>)> = batch
            .iter()
            .map(|&i| {
                let blob = match &got[i] {
                    Got::Keep { id, .. } => cache.result_and_reading(*id, with_readings).ok(),
                    _ => None,
                };
                (i, blob)
            })
            .collect();
        let parsed: Vec<(usize, Option<Cleaned>, Option<Vec<Reading>>)> = blobs
            .into_par_iter()
            .map(|(i, blob)| {
                let (result, readings) = match blob {
                    Some((r, reading)) => (
                        decode(&r, &found[i].name),
                        with_readings.then(|| decode_readings(&reading)).flatten(),
                    ),
                    None => (None, None),
                };
                if let Some(Ok(a)) = &result {
                    progress.articles(i, a);
                }
                progress.read_one();
                (i, result, readings)
            })
            .collect();
        for (i, result, readings) in parsed {
            let g = std::mem::replace(&mut got[i], Got::Damaged);
            got[i] = match (g, result) {
                (
                    Got::Keep {
                        id,
                        read_warning,
                        touched,
                    },
                    Some(result),
                ) => Got::Stored {
                    id,
                    result,
                    readings,
                    read_warning,
                    touched,
                },
                _ => Got::Damaged,
            };
        }
    }
}

/// The cache was found damaged while reading it: start it afresh (one line says so).
fn rebuild_after(
    cache: &mut Option<Cache>,
    key: &str,
    p: &Problem,
) -> (Option<Cache>, Option<String>) {
    let Some(c) = cache.take() else {
        return (None, None);
    };
    let dir = c.path().parent().map(Path::to_path_buf);
    let path = c.path().to_path_buf();
    drop(c);
    match (p, dir) {
        (Problem::Corrupt(why), Some(dir)) => rebuild(&dir, key, why),
        _ => (None, Some(unusable(&path, p))),
    }
}

/// Store what changed; returns each file's id (the cache's, or its position when the
/// cache is not used). A cache that cannot be written is let go, with one line.
fn write(
    cache: &mut Option<Cache>,
    gone: Vec<i64>,
    got: &mut [Got],
    notes: &mut Vec<String>,
) -> Vec<i64> {
    let n = got.len() as i64;
    let positions = || (1..=n).collect::<Vec<i64>>();
    let Some(c) = cache else {
        return positions();
    };
    let mut update = Update {
        removed: gone,
        touched: Vec::new(),
    };
    let mut added = 0;
    for g in got.iter() {
        match g {
            Got::Stored {
                id,
                touched: Some((size, mtime, settled)),
                ..
            } => update.touched.push((*id, *size, *mtime, *settled)),
            Got::Fresh { row, replaces, .. } => {
                update.removed.extend(*replaces);
                added += usize::from(row.is_some());
            }
            Got::Unread(_, replaces) => update.removed.extend(*replaces),
            _ => {}
        }
    }
    update.removed.sort_unstable();
    let nothing = update.removed.is_empty() && update.touched.is_empty();
    if nothing && added == 0 {
        return got
            .iter()
            .map(|g| match g {
                Got::Stored { id, .. } => *id,
                _ => 0,
            })
            .collect();
    }
    // Each new row's bytes are made as it is stored.
    let rows = got.iter_mut().filter_map(|g| match g {
        Got::Fresh {
            result,
            readings,
            row,
            ..
        } => row.take().map(|mut new| {
            new.result = encode(result);
            new.reading = postcard::to_stdvec(readings.as_slice()).unwrap_or_default();
            new
        }),
        _ => None,
    });
    match c.apply(&update, rows) {
        Ok(new_ids) => {
            let mut new_ids = new_ids.into_iter();
            got.iter()
                .map(|g| match g {
                    Got::Stored { id, .. } => *id,
                    Got::Fresh { .. } => new_ids.next().unwrap_or(0),
                    _ => 0,
                })
                .collect()
        }
        Err(p) => {
            let line = match &p {
                Problem::Locked => format!(
                    "dossier: cache {}: busy (another dossier is writing it); not updated \
                     this time",
                    c.path().display()
                ),
                _ => format!(
                    "dossier: cache {}: cannot be written ({}); running without it this time",
                    c.path().display(),
                    reason(&p)
                ),
            };
            notes.push(line);
            *cache = None;
            positions()
        }
    }
}

/// Gather the files' results in order, group each file's articles, build the model, or
/// take the one `kept` for them (see [`super::kept`]; `Some(None)`: one was kept but does
/// not check out, so it is forgotten, with one line, and the model built).
#[allow(clippy::option_option)] // none asked, none that checks out, or one: three cases
#[allow(clippy::too_many_arguments)]
fn finish(
    results: Vec<Result<Vec<Article>, Warning>>,
    readings: Vec<Option<Vec<Reading>>>,
    ids: Vec<i64>,
    mut warnings: Vec<Warning>,
    mut notes: Vec<String>,
    files: usize,
    mut cache: Option<Cache>,
    kept: Option<Option<super::kept::Kept>>,
) -> Loaded {
    let mut groups = Vec::new();
    let mut known: Vec<Option<Reading>> = Vec::new();
    let mut first = 0;
    for ((r, id), read) in results.iter().zip(ids).zip(readings) {
        if let Ok(a) = r {
            match read.filter(|read| read.len() == a.len()) {
                Some(read) => known.extend(read.into_iter().map(Some)),
                None => known.extend(std::iter::repeat_n(None, a.len())),
            }
            groups.push(Group {
                id,
                first,
                count: a.len(),
            });
            first += a.len();
        }
    }
    let reread = known.iter().filter(|r| r.is_none()).count();
    let (articles, mut unread) = gather(results);
    warnings.append(&mut unread);
    let build = |articles| model::build_read(articles, known, Gazetteer::shared());
    let decoded = match kept {
        Some(Some(parts)) => super::kept::assemble(parts, articles).map_err(|a| (a, true)),
        Some(None) => Err((articles, true)),
        None => Err((articles, false)),
    };
    let (model, model_kept) = match decoded {
        Ok(model) => (model, true),
        Err((articles, true)) => {
            if let Some(c) = &mut cache {
                notes.push(format!(
                    "dossier: cache {}: unreadable (the kept model does not check out); \
                     rebuilt",
                    c.path().display()
                ));
                let _ = c.forget_built();
            }
            (build(articles), false)
        }
        Err((articles, false)) => (build(articles), false),
    };
    Loaded {
        outcome: Outcome {
            model,
            warnings,
            files,
        },
        notes,
        groups,
        cache,
        counts: Counts {
            model_kept,
            reread: if model_kept { 0 } else { reread },
            ..Counts::default()
        },
    }
}

/// [`load`] with no progress reports.
pub fn load_quiet(args: &[PathBuf], at: &CacheAt) -> Loaded {
    load(args, at, &Quiet)
}
