//! What the integration tests share: a scratch folder that no earlier run can have
//! touched, and the binary run with its state, cache and config kept inside one.
//!
//! A folder named after the process id alone is not enough: a CI machine that starts
//! fresh often gives the test binary the same pid as last time, and a cache left in
//! `/tmp` by the previous build then answers "written by another build; rebuilt".
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// An empty folder unique to this call (process, clock and a counter), removed when
/// dropped.
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    pub fn new(tag: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "dossier-test-{tag}-{}-{nanos}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }
}

/// A scratch folder is used where a path is: `scratch.join("corpus")`, `&scratch`.
impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.dir
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The dossier binary with its state, cache and config under `home`, never the user's,
/// and no backtraces (a panic must show as one, not as noise).
pub fn dossier_in(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dossier"));
    c.env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("RUST_BACKTRACE");
    c
}
