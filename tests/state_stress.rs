//! Killing the reader while it saves never leaves a torn state file: a child process saves
//! states of growing size in a loop and is killed (SIGKILL) at random moments; each time,
//! the file on disk must parse and be exactly one of the versions written (or not exist
//! yet, when the child died before its first write).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::state::{Position, State, Store};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const ENV: &str = "DOSSIER_STATE_STRESS";
const KEY: &str = "/stress/corpus";

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
    for n in 0.. {
        if let Err(e) = store.save(&version(n)) {
            panic!("save failed: {e}");
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
                || (f.starts_with(&format!(".{name}.")) && f.ends_with(".tmp")),
            "unexpected file {f}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        !seen.is_empty(),
        "the child never got to write (seed {seed})"
    );
}
