//! Where a corpus' state lives and how it is read and written.
//!
//! - Directory: `$XDG_STATE_HOME/dossier/`, else `~/.local/state/dossier/`.
//! - File: `state-<fnv1a64 of the corpus key, 16 hex digits>-<readable stem>.json`; the key
//!   itself is stored inside, so a file is never taken for another corpus.
//! - Every write is atomic: a temporary file in the same directory is written and
//!   fsynced, renamed over the target, and the directory fsynced (`atomic.rs`). A reader
//!   killed at any moment leaves the old file or the new one, never a mix.
//! - A file that does not parse is renamed `*.broken-<unix time>` and reported: never a
//!   crash, never silently discarded.
//! - Two readers may have one corpus open. A reader saves only what it changed: under an
//!   exclusive lock on `state-….json.lock` (`lock.rs`), it reads the file again, does its
//!   own changes since it loaded or last saved to what is there ([`State::with_changes`]),
//!   and writes the result ([`Store::save_changes`]).

use super::atomic::write_atomic;
use super::fnv::fnv1a64;
use super::lock::lock;
use super::{State, SCHEMA};
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The key of the bundled corpus.
pub const BUNDLED: &str = "bundled";

/// Temporary files older than this are left over from a killed writer and removed.
const STALE: Duration = Duration::from_mins(10);

/// How long a save waits for another reader's save to end before giving up (one save
/// takes milliseconds; a reader that died holding the lock has already released it).
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// The state file of one corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
    key: String,
}

/// What [`Store::save_changes`] wrote.
#[derive(Clone, Debug)]
pub struct Saved {
    /// The state now on disk: this reader's changes on top of what the others saved.
    pub state: State,
    /// A problem met on the way (the file on disk was broken and is set aside), as
    /// [`Store::load`] reports one.
    pub warning: Option<Warning>,
}

/// Why a state file cannot be used (one line each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// It could not be read at all (permissions, I/O): left alone.
    Unreadable(String),
    /// It was read but is not a state of this corpus: set aside by [`Store::load`].
    Invalid(String),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::Unreadable(s) | Unusable::Invalid(s) => f.write_str(s),
        }
    }
}

/// A problem with the saved state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Everything: the file, the reason, what was done.
    pub line: String,
    /// What was done, in a few words.
    pub short: String,
}

/// What [`Store::load`] found.
#[derive(Debug)]
pub struct Loaded {
    /// The saved state, or a fresh one.
    pub state: State,
    /// A problem to tell the user: one full line (for stderr), and a short form (for a
    /// status bar).
    pub warning: Option<Warning>,
    /// Whether saving is safe: false when a file is there that could be neither read
    /// nor set aside, so that writing would destroy it.
    pub writable: bool,
}

impl Store {
    /// The state of the corpus `key` in `dir`.
    pub fn new(dir: impl Into<PathBuf>, key: &str) -> Store {
        Store {
            dir: dir.into(),
            key: key.to_string(),
        }
    }

    /// The state of the corpus given by these arguments (empty: the bundled corpus), in
    /// the user's state directory; `None` when there is no home to keep it in.
    pub fn for_corpus(paths: &[PathBuf]) -> Option<Store> {
        let dir = state_dir(|name| std::env::var_os(name))?;
        Some(Store::new(dir, &corpus_key(paths)))
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The state file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(file_name(&self.key))
    }

    /// The file locked while the state file is written: `<state file>.lock`.
    pub fn lock_path(&self) -> PathBuf {
        self.dir.join(format!("{}.lock", file_name(&self.key)))
    }

    /// Read the saved state without touching the file: `Ok(None)` when there is none.
    pub fn read(&self) -> Result<Option<State>, Unusable> {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Unusable::Unreadable(format!(
                    "cannot read {}: {e}",
                    path.display()
                )))
            }
        };
        let state =
            parse(&bytes).map_err(|e| Unusable::Invalid(format!("{}: {e}", path.display())))?;
        if !(state.corpus == self.key || state.corpus.is_empty()) {
            return Err(Unusable::Invalid(format!(
                "{}: it is about another corpus ({:?})",
                path.display(),
                state.corpus
            )));
        }
        Ok(Some(State {
            corpus: self.key.clone(),
            ..state
        }))
    }

    /// Read the saved state for the reader. A missing file is a fresh state; a file
    /// that does not parse (or belongs to another corpus) is set aside as
    /// `*.broken-<unix time>` and reported.
    pub fn load(&self) -> Loaded {
        self.sweep_temporaries();
        let fresh = |warning: Option<Warning>, writable| Loaded {
            state: State::new(&self.key),
            warning,
            writable,
        };
        let path = self.path();
        let mut read = self.read();
        let mut _lock = None;
        if matches!(read, Err(Unusable::Invalid(_))) {
            // Another reader may be saving a good file over the broken one: look again
            // under the lock (when it can be had), and set the file aside holding it.
            _lock = lock(&self.lock_path(), LOCK_WAIT).ok();
            read = self.read();
        }
        let why = match read {
            Ok(Some(state)) => {
                return Loaded {
                    state,
                    warning: None,
                    writable: true,
                }
            }
            Ok(None) => return fresh(None, true),
            Err(Unusable::Invalid(why)) => why,
            Err(Unusable::Unreadable(why)) => {
                let w = Warning {
                    line: format!("dossier: saved state: {why}; nothing is saved this time"),
                    short: "The saved state cannot be read: nothing is saved this time \
                            (details on exit)"
                        .to_string(),
                };
                return fresh(Some(w), false);
            }
        };
        match set_aside(&path) {
            Ok(to) => {
                let name = to.file_name().map(|n| n.to_string_lossy().into_owned());
                let w = Warning {
                    line: format!(
                        "dossier: saved state {why}; kept as {}, starting afresh",
                        to.display()
                    ),
                    short: format!(
                        "The saved state was unreadable: kept as {}, starting afresh",
                        name.unwrap_or_default()
                    ),
                };
                fresh(Some(w), true)
            }
            Err(e) => {
                let w = Warning {
                    line: format!(
                        "dossier: saved state {why}; it could not be set aside ({e}), so it \
                         is left alone and nothing is saved this time"
                    ),
                    short: "The saved state is unreadable and could not be set aside: \
                            nothing is saved this time (details on exit)"
                        .to_string(),
                };
                fresh(Some(w), false)
            }
        }
    }

    /// Replace the saved state by `state` as a whole, atomically (see the module doc) and
    /// under the lock. `Err` is one line for the user. A reader saves with
    /// [`Store::save_changes`] instead, so as not to undo what another reader saved.
    pub fn save(&self, state: &State) -> Result<(), String> {
        let _lock = lock(&self.lock_path(), LOCK_WAIT).map_err(|e| self.cannot_save(&e))?;
        self.write(state)
    }

    /// Save what a reader changed since `base` (the state it loaded, or the one its last
    /// save returned) to `mine` (the state it has now), keeping what other readers saved
    /// meanwhile: under the lock, read the file again, do these changes to it
    /// ([`State::with_changes`]), write it atomically. Returns the state written, the
    /// reader's next `base`.
    ///
    /// A missing file is written as `mine`. A file that does not parse is set aside as
    /// [`Store::load`] does and replaced by `mine`, with a warning. `Err` (one line for
    /// the user; nothing written) when the file cannot be read, the lock is still busy
    /// after two seconds, or writing fails: `base` is then still the base, so the next
    /// save carries these changes too.
    ///
    /// ```no_run
    /// use dossier::state::Store;
    ///
    /// let store = Store::new("/tmp/dossier-state", "bundled");
    /// let mut base = store.load().state;
    /// let mut mine = base.clone();
    /// mine.toggle_bookmark("003_bb64801ae19f6d5c#1");
    /// // Meanwhile another reader saved a bookmark of its own: both are kept.
    /// match store.save_changes(&base, &mine) {
    ///     Ok(saved) => base = saved.state,
    ///     Err(line) => eprintln!("{line}"),
    /// }
    /// ```
    pub fn save_changes(&self, base: &State, mine: &State) -> Result<Saved, String> {
        self.save_changes_within(base, mine, LOCK_WAIT)
    }

    /// [`Store::save_changes`], waiting at most `wait` for the lock.
    fn save_changes_within(
        &self,
        base: &State,
        mine: &State,
        wait: Duration,
    ) -> Result<Saved, String> {
        let _lock = lock(&self.lock_path(), wait).map_err(|e| self.cannot_save(&e))?;
        let (state, warning) = match self.read() {
            Ok(Some(disk)) => (disk.with_changes(base, mine), None),
            Ok(None) => (mine.clone(), None),
            Err(Unusable::Unreadable(why)) => {
                return Err(format!("dossier: saved state: {why}; nothing is saved"))
            }
            Err(Unusable::Invalid(why)) => {
                let to = set_aside(&self.path()).map_err(|e| {
                    format!(
                        "dossier: saved state {why}; it could not be set aside ({e}), so it \
                         is left alone and nothing is saved"
                    )
                })?;
                let name = to.file_name().map(|n| n.to_string_lossy().into_owned());
                let w = Warning {
                    line: format!(
                        "dossier: saved state {why}; kept as {}, this reader's state saved \
                         in its place",
                        to.display()
                    ),
                    short: format!(
                        "The saved state was unreadable: kept as {}, saved afresh",
                        name.unwrap_or_default()
                    ),
                };
                (mine.clone(), Some(w))
            }
        };
        let state = State {
            schema: SCHEMA.to_string(),
            corpus: self.key.clone(),
            ..state
        };
        self.write(&state)?;
        Ok(Saved { state, warning })
    }

    /// Write `state` atomically; the caller holds the lock.
    fn write(&self, state: &State) -> Result<(), String> {
        let mut json = serde_json::to_vec_pretty(state).map_err(|e| self.cannot_save(&e))?;
        json.push(b'\n');
        write_atomic(&self.path(), &json).map_err(|e| self.cannot_save(&e))
    }

    /// The line for a save that failed.
    fn cannot_save(&self, e: &dyn std::fmt::Display) -> String {
        format!(
            "dossier: cannot save the reader state to {}: {e}",
            self.path().display()
        )
    }

    /// Remove temporary files of this state left by a writer that was killed.
    fn sweep_temporaries(&self) {
        let prefix = format!(".{}.", file_name(&self.key));
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        let now = SystemTime::now();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with(&prefix) && name.ends_with(".tmp")) {
                continue;
            }
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|age| age > STALE);
            if old {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Parse a state file: JSON of [`State`] with the right schema.
pub fn parse(bytes: &[u8]) -> Result<State, String> {
    let state: State = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if state.schema != SCHEMA {
        return Err(format!("schema {:?}, expected {SCHEMA:?}", state.schema));
    }
    Ok(state)
}

/// `$XDG_STATE_HOME/dossier` (when set to an absolute path), else
/// `$HOME/.local/state/dossier`; `env` reads an environment variable.
pub fn state_dir(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| env(name).map(PathBuf::from).filter(|p| p.is_absolute());
    if let Some(xdg) = absolute("XDG_STATE_HOME") {
        return Some(xdg.join("dossier"));
    }
    absolute("HOME").map(|h| h.join(".local").join("state").join("dossier"))
}

/// The key of a corpus: its paths canonicalized (made absolute when they cannot be),
/// sorted, once each, joined by newlines; [`BUNDLED`] for no paths.
pub fn corpus_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return BUNDLED.to_string();
    }
    let mut canon: Vec<String> = paths
        .iter()
        .map(|p| {
            fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .unwrap_or_else(|_| p.clone())
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    canon.sort();
    canon.dedup();
    canon.join("\n")
}

/// `state-<16 hex digits>-<stem>.json`: the stem is the last name of the first path,
/// folded to ASCII (`Tin tức` → `tin-tuc`), at most 40 characters.
pub fn file_name(key: &str) -> String {
    let last = key
        .lines()
        .next()
        .and_then(|p| Path::new(p).file_name())
        .map_or_else(|| key.to_string(), |n| n.to_string_lossy().into_owned());
    let mut stem = String::new();
    for c in crate::text::fold(&last).chars() {
        let keep = c.is_ascii_alphanumeric() || c == '_' || c == '.';
        if keep {
            stem.push(c);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.len() >= 40 {
            break;
        }
    }
    let stem = stem.trim_matches(|c| c == '-' || c == '.');
    let stem = if stem.is_empty() { "corpus" } else { stem };
    format!("state-{:016x}-{stem}.json", fnv1a64(key.as_bytes()))
}

/// Rename a broken file to `<name>.broken-<unix time>` (with `-2`, `-3` ... when taken).
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let base = format!("{}.broken-{secs}", path.display());
    let mut to = PathBuf::from(&base);
    for n in 2.. {
        if !to.exists() {
            break;
        }
        to = PathBuf::from(format!("{base}-{n}"));
    }
    fs::rename(path, &to)?;
    Ok(to)
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
