//! The cache database of one corpus: an SQLite file in the cache directory holding, per
//! corpus file, what was known about the file when it was cleaned (size, modification
//! time, a hash of its bytes) and what cleaning it gave; and an FTS5 index of the articles'
//! folded text for search.
//!
//! - Where: `$XDG_CACHE_HOME/dossier/`, else `~/.cache/dossier/` (mode 0700);
//!   `index-<hash>-<name>.sqlite`, named after the corpus key like the state file.
//! - Whose: the file records the build of dossier that wrote it ([`fingerprint`]): a file
//!   written by another build (a different cleaner), or one that cannot be read as a
//!   database, is rebuilt from the corpus, never trusted.
//! - Writes are transactions (write-ahead log): a process killed while writing leaves the
//!   old contents or the new ones. Readers do not wait for a writer; a writer waits
//!   [`LOCK_WAIT`] for another, then gives up (the run goes on without writing).

use super::BITS;
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The layout of the tables; part of the fingerprint.
const SCHEMA: &str = "dossier-index/4";

/// How long a write waits for another process' write to end.
pub const LOCK_WAIT: Duration = Duration::from_secs(2);

/// The assets the cleaner and extractor are built from: another word list is another
/// cleaner.
const ASSETS: [&str; 6] = [
    include_str!("../../assets/boilerplate.toml"),
    include_str!("../../assets/page.toml"),
    include_str!("../../assets/outlets.toml"),
    include_str!("../../assets/actors.toml"),
    include_str!("../../assets/dates.toml"),
    include_str!("../../assets/quotes.toml"),
];

/// Identifies the build that writes a cache: the table layout, the version, the bundled
/// assets, and the executable itself (its size and modification time: a rebuilt or
/// reinstalled program starts a new cache, without hashing megabytes at every start).
pub fn fingerprint() -> String {
    let mut assets = xxhash_rust::xxh3::Xxh3::new();
    for a in ASSETS {
        assets.update(a.as_bytes());
        assets.update(&[0]);
    }
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map_or_else(
            |_| "unknown".to_string(),
            |m| {
                let stat = crate::corpus::Stat::of(&m);
                format!("{}-{}", stat.size, stat.mtime_ns.unwrap_or(-1))
            },
        );
    format!(
        "{SCHEMA} {} assets:{:016x} exe:{exe}",
        env!("CARGO_PKG_VERSION"),
        assets.digest()
    )
}

/// The database's page size, in bytes. A file's stored result is a few kilobytes: with
/// SQLite's default 4,096 most results span several pages, each a read of its own.
const PAGE_SIZE: usize = 16_384;

/// `$XDG_CACHE_HOME/dossier` (when set to an absolute path), else `$HOME/.cache/dossier`;
/// `env` reads an environment variable.
pub fn cache_dir(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| env(name).map(PathBuf::from).filter(|p| p.is_absolute());
    if let Some(xdg) = absolute("XDG_CACHE_HOME") {
        return Some(xdg.join("dossier"));
    }
    absolute("HOME").map(|h| h.join(".cache").join("dossier"))
}

/// `index-<16 hex digits>-<stem>.sqlite`: the state file's name for the same corpus key
/// (see [`crate::state::store::file_name`]) with another prefix and extension.
pub fn file_name(key: &str) -> String {
    let state = crate::state::store::file_name(key);
    let middle = state
        .strip_prefix("state-")
        .and_then(|s| s.strip_suffix(".json"))
        .unwrap_or(&state);
    format!("index-{middle}.sqlite")
}

/// What is stored for one corpus file.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: i64,
    /// The name the file was cleaned under (its articles' ids and `file` come from it).
    pub name: String,
    pub size: i64,
    pub mtime: i64,
    pub hash: i64,
    /// The modification time was old enough, when stored, to tell a later change by.
    pub settled: bool,
    /// Why decoding lost bytes, when it did.
    pub read_warning: Option<String>,
    /// Why it gave no article, when it gave none.
    pub no_article: Option<String>,
    /// Its articles are in the search index.
    pub indexed: bool,
}

/// A file cleaned anew, to store.
#[derive(Clone, Debug)]
pub struct NewRow {
    pub path: Vec<u8>,
    pub name: String,
    pub size: i64,
    pub mtime: i64,
    pub hash: i64,
    pub settled: bool,
    pub read_warning: Option<String>,
    pub no_article: Option<String>,
    pub result: Vec<u8>,
    /// What each article says on its own ([`crate::model::reading`]), postcard.
    pub reading: Vec<u8>,
}

/// One article of the model as last built from the stored files: what `dossier search`
/// shows of it that the corpus-wide steps decide (its id made unique, its date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    pub id: String,
    pub date: Option<crate::article::Date>,
    pub basis: Option<crate::article::DateBasis>,
    /// The file it is in (a row id) and its position there.
    pub file: i64,
    pub ordinal: usize,
}

/// What one load changes in the cache, besides the files cleaned anew.
#[derive(Debug, Default)]
pub struct Update {
    /// Rows of files no longer in the corpus (or no longer readable), or cleaned anew.
    pub removed: Vec<i64>,
    /// Rows of files read again and found unchanged: their new size, time, settledness.
    pub touched: Vec<(i64, i64, i64, bool)>,
}

/// Why the cache cannot be used as it is.
#[derive(Debug)]
pub enum Problem {
    /// Not a database, or damaged: rebuilt.
    Corrupt(String),
    /// Another process holds it: not used this time.
    Locked,
    /// No place for it, or it cannot be opened or written: not used.
    Unavailable(String),
}

impl Problem {
    fn of(e: &rusqlite::Error) -> Problem {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Problem::Locked,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Problem::Corrupt(e.to_string())
            }
            _ => Problem::Unavailable(e.to_string()),
        }
    }
}

impl From<rusqlite::Error> for Problem {
    fn from(e: rusqlite::Error) -> Problem {
        Problem::of(&e)
    }
}

/// An open cache database.
pub struct Cache {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// How a cache was found on opening.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// Usable as it is (or new).
    Ready,
    /// Written by another build: emptied.
    Stale,
}

impl Cache {
    /// Open (creating it and its directory) the cache of corpus `key` in `dir`. A cache of
    /// another build is emptied ([`Found::Stale`]); a damaged one is [`Problem::Corrupt`]
    /// (see [`Cache::recreate`]).
    pub fn open(dir: &Path, key: &str) -> Result<(Cache, Found), Problem> {
        create_private_dir(dir)
            .map_err(|e| Problem::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join(file_name(key));
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(LOCK_WAIT)?;
        let mut cache = Cache { conn, path };
        let found = cache.prepare(key)?;
        Ok((cache, found))
    }

    /// Remove a damaged cache file (and its log) and open a new one.
    pub fn recreate(dir: &Path, key: &str) -> Result<Cache, Problem> {
        let path = dir.join(file_name(key));
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = path.clone().into_os_string();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(Problem::Unavailable(format!(
                        "cannot remove {}: {e}",
                        PathBuf::from(p).display()
                    )))
                }
            }
        }
        let (cache, _) = Cache::open(dir, key)?;
        Ok(cache)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Set the journal, check whose cache this is, create the tables.
    fn prepare(&mut self, key: &str) -> Result<Found, Problem> {
        let conn = &self.conn;
        // Takes effect only on a new, empty database (before the journal mode is set).
        conn.execute_batch(&format!("PRAGMA page_size={PAGE_SIZE}"))?;
        let _mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL")?;
        let has_meta: bool = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'",
            [],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?;
        let print = fingerprint();
        if has_meta {
            let get = |k: &str| -> Result<Option<String>, rusqlite::Error> {
                conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                    .optional()
            };
            let ours = get("fingerprint")?.as_deref() == Some(print.as_str())
                && get("corpus")?.as_deref() == Some(key);
            if ours {
                return Ok(Found::Ready);
            }
        }
        let empty: bool = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get::<_, i64>(0).map(|n| n == 0),
        )?;
        self.reset(key, &print)?;
        Ok(if empty { Found::Ready } else { Found::Stale })
    }

    /// Drop every table and create empty ones for `key` and this build, in one transaction.
    fn reset(&mut self, key: &str, print: &str) -> Result<(), Problem> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let tables: Vec<String> = {
            let mut st = tx.prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?;
            let names = st.query_map([], |r| r.get(0))?;
            names.collect::<Result<_, _>>()?
        };
        // The virtual table first: dropping it drops its shadow tables.
        for t in tables
            .iter()
            .filter(|t| *t == "search")
            .chain(tables.iter())
        {
            tx.execute_batch(&format!("DROP TABLE IF EXISTS \"{}\"", t.replace('"', "")))?;
        }
        tx.execute_batch(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
             CREATE TABLE files (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 path BLOB NOT NULL UNIQUE,
                 name TEXT NOT NULL,
                 size INTEGER NOT NULL,
                 mtime INTEGER NOT NULL,
                 hash INTEGER NOT NULL,
                 settled INTEGER NOT NULL,
                 indexed INTEGER NOT NULL DEFAULT 0,
                 read_warning TEXT,
                 no_article TEXT,
                 result BLOB NOT NULL,
                 reading BLOB NOT NULL
             );
             CREATE TABLE built (
                 idx INTEGER PRIMARY KEY,
                 id TEXT NOT NULL,
                 date TEXT,
                 basis TEXT NOT NULL,
                 file INTEGER NOT NULL,
                 ordinal INTEGER NOT NULL
             );
             CREATE TABLE model (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 body BLOB NOT NULL
             );",
        )?;
        super::fts::create(&tx)?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('fingerprint', ?1), ('corpus', ?2)",
            params![print, key],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every stored file, by path (as bytes), without its result (see [`Cache::result`]).
    pub fn rows(&self) -> Result<HashMap<Vec<u8>, Row>, Problem> {
        let mut st = self.conn.prepare(
            "SELECT id, path, name, size, mtime, hash, settled, read_warning, no_article, \
             indexed FROM files",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(1)?,
                Row {
                    id: r.get(0)?,
                    name: r.get(2)?,
                    size: r.get(3)?,
                    mtime: r.get(4)?,
                    hash: r.get(5)?,
                    settled: r.get(6)?,
                    read_warning: r.get(7)?,
                    no_article: r.get(8)?,
                    indexed: r.get(9)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One read transaction for many reads (dropped: ended): each read on its own
    /// would take and give back the database's read lock, two system calls a file.
    pub fn reading(&self) -> Result<rusqlite::Transaction<'_>, Problem> {
        Ok(self.conn.unchecked_transaction()?)
    }

    /// The stored cleaning result (postcard, see `load.rs`) of the file `id`.
    pub fn result(&self, id: i64) -> Result<Vec<u8>, Problem> {
        let mut st = self
            .conn
            .prepare_cached("SELECT result FROM files WHERE id = ?1")?;
        Ok(st.query_row([id], |r| r.get(0))?)
    }

    /// The stored cleaning result of the file `id`, with its articles' readings when
    /// `reading` (an empty blob when not).
    pub fn result_and_reading(
        &self,
        id: i64,
        reading: bool,
    ) -> Result<(Vec<u8>, Vec<u8>), Problem> {
        if !reading {
            return Ok((self.result(id)?, Vec::new()));
        }
        let mut st = self
            .conn
            .prepare_cached("SELECT result, reading FROM files WHERE id = ?1")?;
        Ok(st.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    /// Apply one load's changes and store the files cleaned anew (`added`, replacing any
    /// row of the same path; made one at a time, so that their bytes are never all in
    /// memory at once), in one transaction; returns the ids of the added rows, in order.
    /// A file's search rows leave with it.
    pub fn apply(
        &mut self,
        update: &Update,
        added: impl Iterator<Item = NewRow>,
    ) -> Result<Vec<i64>, Problem> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut ids = Vec::new();
        {
            let mut by_path = tx.prepare("SELECT id FROM files WHERE path = ?1")?;
            let mut remove_fts =
                tx.prepare("DELETE FROM search WHERE rowid >= ?1 AND rowid < ?2")?;
            let mut remove = tx.prepare("DELETE FROM files WHERE id = ?1")?;
            let mut drop_row = |id: i64| -> Result<(), rusqlite::Error> {
                remove_fts.execute(params![id << BITS, (id + 1) << BITS])?;
                remove.execute([id])?;
                Ok(())
            };
            for &id in &update.removed {
                drop_row(id)?;
            }
            let mut touch =
                tx.prepare("UPDATE files SET size = ?2, mtime = ?3, settled = ?4 WHERE id = ?1")?;
            for (id, size, mtime, settled) in &update.touched {
                touch.execute(params![id, size, mtime, settled])?;
            }
            let mut insert = tx.prepare(
                "INSERT INTO files (path, name, size, mtime, hash, settled, read_warning, \
                 no_article, result, reading) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for n in added {
                // Another process may have stored this path meanwhile.
                if let Some(old) = by_path
                    .query_row([&n.path], |r| r.get::<_, i64>(0))
                    .optional()?
                {
                    drop_row(old)?;
                }
                insert.execute(params![
                    n.path,
                    n.name,
                    n.size,
                    n.mtime,
                    n.hash,
                    n.settled,
                    n.read_warning,
                    n.no_article,
                    n.result,
                    n.reading
                ])?;
                ids.push(tx.last_insert_rowid());
            }
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Begin the transaction that adds search rows: `Err` when another process holds the
    /// cache longer than [`LOCK_WAIT`]. Ended by [`Cache::finish_indexing`].
    pub fn begin_indexing(&self) -> Result<Vec<i64>, Problem> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let ids = (|| {
            let mut st = self
                .conn
                .prepare("SELECT id FROM files WHERE indexed = 0")?;
            let ids = st.query_map([], |r| r.get(0))?;
            ids.collect::<Result<Vec<i64>, _>>()
        })();
        ids.map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            Problem::of(&e)
        })
    }

    /// Add the search rows of the files `ids` (begun with [`Cache::begin_indexing`]) and
    /// commit; on failure nothing is added.
    pub fn finish_indexing(&self, ids: &[i64], docs: &[super::fts::Doc]) -> Result<(), Problem> {
        let done = (|| {
            super::fts::insert(&self.conn, docs)?;
            let mut mark = self
                .conn
                .prepare("UPDATE files SET indexed = 1 WHERE id = ?1")?;
            for id in ids {
                mark.execute([id])?;
            }
            self.conn.execute_batch("COMMIT")
        })();
        done.map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            Problem::of(&e)
        })
    }

    /// The connection, for search.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Open the cache of corpus `key` in `dir` only if it is there and is this build's,
    /// changing nothing; `None` otherwise (then [`Cache::open`] says what is wrong).
    pub fn peek(dir: &Path, key: &str) -> Option<Cache> {
        let path = dir.join(file_name(key));
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(LOCK_WAIT).ok()?;
        let get = |k: &str| -> Option<String> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                .ok()
        };
        let ours = get("fingerprint")? == fingerprint() && get("corpus")? == key;
        ours.then_some(Cache { conn, path })
    }

    /// Keep the model as built from the files `generation` names (see `load.rs`): what
    /// search shows of its articles (`articles`) and the rest of it (`model`, the bytes
    /// of [`super::kept::encode`], made only when needed), unless they are kept already.
    /// One transaction: both are kept, or neither.
    pub fn store_built(
        &mut self,
        generation: &str,
        articles: impl Iterator<Item = Built>,
        model: impl FnOnce() -> Vec<u8>,
    ) -> Result<(), Problem> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'built'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if now.as_deref() == Some(generation) {
            return Ok(());
        }
        tx.execute("DELETE FROM built", [])?;
        {
            let mut st = tx.prepare(
                "INSERT INTO built (idx, id, date, basis, file, ordinal) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for (i, b) in articles.enumerate() {
                st.execute(params![
                    i as i64,
                    b.id,
                    b.date.map(|d| d.to_string()),
                    serde_json::to_string(&b.basis).unwrap_or_default(),
                    b.file,
                    b.ordinal as i64
                ])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO model (id, body) VALUES (1, ?1)",
            [model()],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('built', ?1)",
            [generation],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The bytes of the model kept for the files `generation` names; `None` when what is
    /// kept is of other files (or nothing is).
    pub fn kept_model(&self, generation: &str) -> Option<Vec<u8>> {
        if !self.kept_for(generation) {
            return None;
        }
        self.conn
            .query_row("SELECT body FROM model WHERE id = 1", [], |r| r.get(0))
            .ok()
    }

    /// Whether what is kept (the model and the articles' ids and dates) was built from the
    /// files `generation` names.
    fn kept_for(&self, generation: &str) -> bool {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = 'built'", [], |r| {
                r.get::<_, String>(0)
            })
            .is_ok_and(|kept| kept == generation)
    }

    /// Forget the kept model and articles (found damaged): the next load keeps them anew.
    pub fn forget_built(&mut self) -> Result<(), Problem> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "DELETE FROM meta WHERE key = 'built'; DELETE FROM built; DELETE FROM model;",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The model's articles as kept for the files `generation` names, in model order;
    /// `None` when what is kept is of other files.
    pub fn built(&self, generation: &str) -> Option<Vec<Built>> {
        if !self.kept_for(generation) {
            return None;
        }
        let mut st = self
            .conn
            .prepare("SELECT id, date, basis, file, ordinal FROM built ORDER BY idx")
            .ok()?;
        let rows = st
            .query_map([], |r| {
                let date: Option<String> = r.get(1)?;
                Ok((
                    r.get::<_, String>(0)?,
                    date,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            })
            .ok()?;
        let mut out = Vec::new();
        for row in rows {
            let (id, date, basis, file, ordinal) = row.ok()?;
            let date = match date {
                Some(d) => Some(d.parse().ok()?),
                None => None,
            };
            out.push(Built {
                id,
                date,
                basis: serde_json::from_str(&basis).ok()?,
                file,
                ordinal: usize::try_from(ordinal).ok()?,
            });
        }
        Some(out)
    }
}

/// Create `dir` and its parents; the last one private (0700) where that means something.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_lives_in_xdg_cache_home_else_in_home() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            cache_dir(env(&[("XDG_CACHE_HOME", "/x/cache"), ("HOME", "/home/u")])),
            Some(PathBuf::from("/x/cache/dossier"))
        );
        assert_eq!(
            cache_dir(env(&[("XDG_CACHE_HOME", "relative"), ("HOME", "/home/u")])),
            Some(PathBuf::from("/home/u/.cache/dossier"))
        );
        assert_eq!(cache_dir(env(&[])), None);
    }

    #[test]
    fn the_file_is_named_like_the_state_file() {
        let key = "/data/Tin tức";
        let state = crate::state::store::file_name(key);
        let index = file_name(key);
        assert!(index.starts_with("index-") && index.ends_with("-tin-tuc.sqlite"));
        assert_eq!(index[6..22], state[6..22]);
    }
}
