//! Killing the reader while it saves never leaves a torn state file: a child process saves
//! states of growing size in a loop and is killed (SIGKILL) at random moments; each time,
//! the file on disk must parse and be exactly one of the versions written (or not exist
//! yet, when the child died before its first write), and the lock the child may have held
//! is free again at once.
//!
//! Two readers saving at the same time lose nothing: two child processes each bookmark
//! articles of their own one at a time, saving after each; every bookmark is on disk at
//! the end.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::state::{Position, State, Store};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const ENV: &str = "DOSSIER_STATE_STRESS";
const RACE: &str = "DOSSIER_STATE_RACE";
const KEY: &str = "/stress/corpus";
/// Bookmarks each racing reader saves.
const PER_READER: usize = 60;

/// Version `n` of the state: its size grows with `n`, and `n` is readable from it.
fn version(n: usize) -> State {
    let mut s = State::new(KEY);
    s.position = Some(Position {
        article: format!("v{n}"),
        paragraph: Some(n),
        offset: n * 7,
        above: 0,
    });
    let width = (n % 400) * 20;
    s.read = (0..width).map(|i| format!("{i:06}_article#{n}")).collect();
    s.bookmarks = (0..width / 10).map(|i| format!("b{i}#{n}")).collect();
    s
}

/// Not a test of its own: the child process. With `DOSSIER_STATE_STRESS=dir` set, save
/// versions 0, 1, 2 ... into `dir` until killed; without it, return at once.
#[test]
fn stress_child_writes_until_killed() {
    let Some(dir) = std::env::var_os(ENV) else {
        return;
    };
    let store = Store::new(PathBuf::from(dir), KEY);
    let mut base = store.load().state;
    for n in 0.. {
        // The file on disk is `base` (this is the only writer): version n is written
        // whole, through the merge a reader saves with.
        match store.save_changes(&base, &version(n)) {
            Ok(saved) => base = saved.state,
            Err(e) => panic!("save failed: {e}"),
        }
    }
}

/// Not a test of its own: a racing reader. With `DOSSIER_STATE_RACE=dir:tag` set,
/// bookmark and read `tag0`, `tag1` ... in `dir`, saving after each; without it, return
/// at once.
#[test]
fn race_child_bookmarks_one_at_a_time() {
    let Some(arg) = std::env::var_os(RACE) else {
        return;
    };
    let arg = arg.to_string_lossy().into_owned();
    let (dir, tag) = arg.rsplit_once(':').unwrap();
    let store = Store::new(dir, KEY);
    let mut base = store.load().state;
    let mut state = base.clone();
    for i in 0..PER_READER {
        state.toggle_bookmark(&format!("{tag}{i}"));
        state.read.insert(format!("{tag}{i}"));
        match store.save_changes(&base, &state) {
            Ok(saved) => {
                base = saved.state;
                state = base.clone();
            }
            Err(e) => panic!("save failed: {e}"),
        }
    }
}

/// Pseudo-random delays (no crate needed): xorshift seeded by the clock.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn a_killed_writer_leaves_an_old_or_a_new_file_never_a_torn_one() {
    let dir = std::env::temp_dir().join(format!("dossier-stress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::new(&dir, KEY);
    let exe = std::env::current_exe().unwrap();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Rng(seed | 1);
    let mut seen = Vec::new();
    for round in 0..10 {
        let mut child = Command::new(&exe)
            .args(["--exact", "stress_child_writes_until_killed", "--nocapture"])
            .env(ENV, &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + rng.next(180)));
        child.kill().unwrap(); // SIGKILL: no chance to finish the write
        child.wait().unwrap();
        match store.read() {
            Ok(None) => assert!(seen.is_empty(), "round {round}: the file vanished"),
            Ok(Some(state)) => {
                let n = state
                    .position
                    .as_ref()
                    .and_then(|p| p.paragraph)
                    .expect("a version has a position");
                assert_eq!(state, version(n), "round {round}: not version {n}");
                seen.push(n);
            }
            Err(e) => panic!("round {round} (seed {seed}): torn or unreadable file: {e}"),
        }
        // The killed child's lock went with it: a save gets it at once.
        let start = Instant::now();
        let now = store.read().unwrap().unwrap_or_else(|| State::new(KEY));
        store.save_changes(&now, &now).unwrap();
        assert!(start.elapsed() < Duration::from_secs(1), "round {round}");
    }
    // Only the state file, its lock file and temporaries of killed writes are there.
    let name = store
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let f = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            f == name
                || f == format!("{name}.lock")
                || (f.starts_with(&format!(".{name}.")) && f.rsplit('.').next() == Some("tmp")),
            "unexpected file {f}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        !seen.is_empty(),
        "the child never got to write (seed {seed})"
    );
}

fn race_child(dir: &Path, tag: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "race_child_bookmarks_one_at_a_time",
            "--nocapture",
        ])
        .env(RACE, format!("{}:{tag}", dir.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

#[test]
fn two_readers_saving_at_once_keep_every_bookmark() {
    let dir = std::env::temp_dir().join(format!("dossier-race-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut one = race_child(&dir, "one-");
    let mut two = race_child(&dir, "two-");
    assert!(one.wait().unwrap().success(), "the first reader failed");
    assert!(two.wait().unwrap().success(), "the second reader failed");
    let state = Store::new(&dir, KEY).read().unwrap().unwrap();
    for tag in ["one-", "two-"] {
        for i in 0..PER_READER {
            let id = format!("{tag}{i}");
            assert!(state.bookmarks.contains(&id), "bookmark {id} lost");
            assert!(state.read.contains(&id), "read mark {id} lost");
        }
    }
    assert_eq!(state.bookmarks.len(), 2 * PER_READER);
    let _ = std::fs::remove_dir_all(&dir);
}
