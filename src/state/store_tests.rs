use super::*;
use crate::article::Date;
use crate::state::Position;
use std::fs::File;
use std::sync::atomic::{AtomicU64, Ordering};

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let dir = std::env::temp_dir().join(format!(
            "dossier-test-{tag}-{}-{nanos}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn sample_state(key: &str) -> State {
    let mut s = State::new(key);
    s.position = Some(Position {
        article: "002_04c48dc39d6a4aed#1".into(),
        paragraph: Some(2),
        offset: 40,
        above: 0,
    });
    s.read.insert("002_04c48dc39d6a4aed#1".into());
    s.bookmarks.insert("003_bb64801ae19f6d5c#1".into());
    s.set_date("005_x#1", Date::new(2022, 1, 14).ok());
    s.merges.push(("nato".into(), "khoi-nato".into()));
    s
}

#[test]
fn a_missing_file_is_a_fresh_state() {
    let tmp = TempDir::new("missing");
    let store = Store::new(tmp.0.join("dossier"), BUNDLED);
    let loaded = store.load();
    assert_eq!(loaded.state, State::new(BUNDLED));
    assert!(loaded.warning.is_none() && loaded.writable);
}

#[test]
fn save_then_load_gives_the_same_state_and_leaves_one_file() {
    let tmp = TempDir::new("roundtrip");
    let dir = tmp.0.join("nested").join("dossier");
    let store = Store::new(&dir, "/home/u/tin tức");
    let s = sample_state(store.key());
    store.save(&s).unwrap();
    let loaded = store.load();
    assert_eq!(loaded.state, s);
    assert!(loaded.warning.is_none());
    let file = file_name("/home/u/tin tức");
    assert_eq!(names(&dir), vec![file.clone(), format!("{file}.lock")]);
    // A second save replaces the first.
    let mut t = s.clone();
    t.bookmarks.clear();
    store.save(&t).unwrap();
    assert_eq!(store.load().state, t);
    assert_eq!(names(&dir).len(), 2, "the state and its lock file");
    let text = fs::read_to_string(store.path()).unwrap();
    assert!(text.contains("\"corpus\": \"/home/u/tin tức\""), "{text}");
}

#[test]
fn a_broken_file_is_set_aside_and_reported() {
    let tmp = TempDir::new("broken");
    let store = Store::new(&tmp.0, BUNDLED);
    fs::write(
        store.path(),
        b"{\"schema\": \"dossier-state/1\", \"read\": [\"a\"",
    )
    .unwrap();
    let loaded = store.load();
    assert_eq!(loaded.state, State::new(BUNDLED));
    assert!(loaded.writable);
    let w = loaded.warning.unwrap();
    assert!(
        w.line.contains("kept as") && w.line.contains(".broken-") && w.line.contains("EOF"),
        "{w:?}"
    );
    assert!(w.short.contains(".broken-") && w.short.len() < 120, "{w:?}");
    let files = names(&tmp.0);
    let broken: Vec<&String> = files.iter().filter(|f| f.contains(".broken-")).collect();
    assert_eq!(broken.len(), 1, "{files:?}");
    assert!(broken[0].starts_with(&format!("{}.broken-", file_name(BUNDLED))));
    assert!(!store.path().exists());
    // The broken bytes are kept for the user.
    let kept = fs::read(tmp.0.join(broken[0])).unwrap();
    assert!(kept.starts_with(b"{\"schema\""));
    // The next save writes a fresh file beside it.
    store.save(&sample_state(BUNDLED)).unwrap();
    assert!(store.path().exists());
    assert!(store.load().warning.is_none());
}

#[test]
fn another_schema_or_another_corpus_is_not_taken() {
    let tmp = TempDir::new("schema");
    let store = Store::new(&tmp.0, BUNDLED);
    fs::write(store.path(), br#"{"schema": "dossier-state/9"}"#).unwrap();
    let w = store.load().warning.unwrap().line;
    assert!(w.contains("dossier-state/9"), "{w}");
    let mut other = State::new("/elsewhere");
    other.bookmarks.insert("x".into());
    store.save(&other).unwrap();
    let loaded = store.load();
    assert!(loaded.state.bookmarks.is_empty());
    assert!(loaded.warning.unwrap().line.contains("another corpus"));
}

#[test]
fn state_dir_prefers_an_absolute_xdg_state_home() {
    let env = |pairs: &'static [(&str, &str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    };
    assert_eq!(
        state_dir(env(&[("XDG_STATE_HOME", "/x/state"), ("HOME", "/home/u")])),
        Some(PathBuf::from("/x/state/dossier"))
    );
    assert_eq!(
        state_dir(env(&[("XDG_STATE_HOME", "relative"), ("HOME", "/home/u")])),
        Some(PathBuf::from("/home/u/.local/state/dossier"))
    );
    assert_eq!(state_dir(env(&[])), None);
}

#[test]
fn keys_and_file_names_are_stable_and_readable() {
    assert_eq!(corpus_key(&[]), "bundled");
    let tmp = TempDir::new("key");
    let a = tmp.0.join("a");
    let b = tmp.0.join("b");
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    let dotted = a.join("..").join("b");
    let k1 = corpus_key(&[b.clone(), a.clone()]);
    let k2 = corpus_key(&[a.clone(), dotted, b.clone()]);
    assert_eq!(k1, k2, "order, duplicates and `..` do not change the key");
    assert_eq!(k1.lines().count(), 2);
    assert_eq!(
        file_name("bundled"),
        format!("state-{:016x}-bundled.json", fnv1a64(b"bundled"))
    );
    let n = file_name("/home/u/Tin tức thế giới");
    assert!(n.ends_with("-tin-tuc-the-gioi.json"), "{n}");
    assert_ne!(file_name("/a/news"), file_name("/b/news"));
    assert!(file_name("/").ends_with("-corpus.json"));
}

#[test]
fn stale_temporaries_are_swept_fresh_ones_kept() {
    let tmp = TempDir::new("sweep");
    let store = Store::new(&tmp.0, BUNDLED);
    let name = file_name(BUNDLED);
    let old = tmp.0.join(format!(".{name}.1-0.tmp"));
    let new = tmp.0.join(format!(".{name}.2-0.tmp"));
    fs::write(&old, b"{").unwrap();
    fs::write(&new, b"{").unwrap();
    let past = SystemTime::now() - Duration::from_hours(1);
    File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(past)
        .unwrap();
    let _ = store.load();
    assert!(!old.exists() && new.exists());
}

#[test]
fn read_reports_a_broken_file_without_moving_it() {
    let tmp = TempDir::new("peek");
    let store = Store::new(&tmp.0, BUNDLED);
    assert_eq!(store.read(), Ok(None));
    fs::write(store.path(), b"not json").unwrap();
    assert!(matches!(store.read(), Err(Unusable::Invalid(_))));
    assert!(store.path().exists());
    store.save(&sample_state(BUNDLED)).unwrap();
    assert_eq!(store.read(), Ok(Some(sample_state(BUNDLED))));
}

#[cfg(unix)]
#[test]
fn the_state_is_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new("mode");
    let dir = tmp.0.join("dossier");
    let store = Store::new(&dir, BUNDLED);
    store.save(&State::new(BUNDLED)).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&store.path()), 0o600);
}

/// One reader of a corpus: its store, the state it loaded or last saved, and the state
/// it has now. It takes in everything the others saved when it saves.
struct Reader {
    store: Store,
    base: State,
    state: State,
}

impl Reader {
    fn open(dir: &Path) -> Reader {
        let store = Store::new(dir, BUNDLED);
        let loaded = store.load();
        assert!(loaded.warning.is_none(), "{:?}", loaded.warning);
        Reader {
            store,
            base: loaded.state.clone(),
            state: loaded.state,
        }
    }

    fn save(&mut self) -> Option<Warning> {
        let saved = self.store.save_changes(&self.base, &self.state).unwrap();
        self.base = saved.state.clone();
        self.state = saved.state;
        saved.warning
    }
}

fn day(d: i8) -> Date {
    Date::new(2022, 1, d).unwrap()
}

fn on_disk(dir: &Path) -> State {
    Store::new(dir, BUNDLED).read().unwrap().unwrap()
}

fn set(ids: &[&str]) -> std::collections::BTreeSet<String> {
    ids.iter().map(std::string::ToString::to_string).collect()
}

#[test]
fn two_readers_keep_each_others_bookmarks_and_read_marks() {
    let tmp = TempDir::new("two");
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    a.state.toggle_bookmark("x#1");
    a.state.read.insert("x#1".into());
    b.state.toggle_bookmark("y#1");
    b.state.read.insert("y#1".into());
    a.save();
    b.save();
    let disk = on_disk(&tmp.0);
    assert_eq!(disk.bookmarks, set(&["x#1", "y#1"]));
    assert_eq!(disk.read, set(&["x#1", "y#1"]));
    // The second to save sees the first one's bookmark at once, the first at its next save.
    assert_eq!(b.state.bookmarks, set(&["x#1", "y#1"]));
    a.save();
    assert_eq!(a.state.bookmarks, set(&["x#1", "y#1"]));
    // A third reader started now has everything.
    assert_eq!(Reader::open(&tmp.0).state.bookmarks, set(&["x#1", "y#1"]));
}

#[test]
fn a_bookmark_one_reader_removes_stays_removed() {
    let tmp = TempDir::new("remove");
    let store = Store::new(&tmp.0, BUNDLED);
    let mut s = State::new(BUNDLED);
    s.bookmarks = set(&["x#1", "z#1"]);
    store.save(&s).unwrap();
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    a.state.toggle_bookmark("x#1");
    b.state.toggle_bookmark("y#1");
    a.save();
    b.save(); // b still has x#1, but did not touch it: it is not brought back
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["y#1", "z#1"]));
    // And a bookmark removed by b while a added one elsewhere.
    b.state.toggle_bookmark("z#1");
    a.state.toggle_bookmark("w#1");
    b.save();
    a.save();
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["w#1", "y#1"]));
}

#[test]
fn dates_set_by_two_readers_are_kept_per_article_last_writer_winning() {
    let tmp = TempDir::new("dates");
    let store = Store::new(&tmp.0, BUNDLED);
    let mut s = State::new(BUNDLED);
    s.set_date("old#1", Some(day(1)));
    store.save(&s).unwrap();
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    a.state.set_date("p#1", Some(day(12)));
    b.state.set_date("q#1", Some(day(13)));
    a.state.set_date("same#1", Some(day(20)));
    b.state.set_date("same#1", Some(day(21)));
    a.state.set_date("old#1", None);
    a.save();
    b.save();
    let dates = on_disk(&tmp.0).dates;
    assert_eq!(dates.get("p#1"), Some(&day(12)));
    assert_eq!(dates.get("q#1"), Some(&day(13)));
    assert_eq!(dates.get("same#1"), Some(&day(21)), "b saved last");
    assert_eq!(dates.get("old#1"), None, "a removed it, b did not touch it");
    assert_eq!(dates.len(), 3);
}

#[test]
fn merges_of_two_readers_are_both_kept_and_a_split_removes_one() {
    let tmp = TempDir::new("merges");
    let store = Store::new(&tmp.0, BUNDLED);
    let pair = |k: &str, g: &str| (k.to_string(), g.to_string());
    let mut s = State::new(BUNDLED);
    s.merges = vec![pair("nato", "khoi-nato"), pair("my", "hoa-ky")];
    store.save(&s).unwrap();
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    a.state.merges.push(pair("nga", "dien-kremlin"));
    a.state.merges.push(pair("eu", "lien-minh-chau-au"));
    assert_eq!(b.state.split_last("nato"), Some(pair("nato", "khoi-nato")));
    b.state.merges.push(pair("eu", "lien-minh-chau-au"));
    a.save();
    b.save();
    assert_eq!(
        on_disk(&tmp.0).merges,
        vec![
            pair("my", "hoa-ky"),
            pair("nga", "dien-kremlin"),
            pair("eu", "lien-minh-chau-au"),
        ],
        "the split pair gone, the same merge made twice kept once"
    );
}

#[test]
fn the_position_is_the_last_one_that_moved() {
    let tmp = TempDir::new("position");
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    let at = |article: &str| {
        Some(Position {
            article: article.into(),
            paragraph: Some(1),
            offset: 0,
            above: 0,
        })
    };
    a.state.position = at("a#1");
    b.state.position = at("b#1");
    a.save();
    b.save();
    assert_eq!(on_disk(&tmp.0).position, at("b#1"), "the last writer wins");
    // a saves again (a bookmark) without moving: b's place stays.
    a.state.toggle_bookmark("x#1");
    a.save();
    assert_eq!(on_disk(&tmp.0).position, at("b#1"));
}

#[test]
fn a_file_broken_at_save_time_is_set_aside_and_replaced_by_the_savers_state() {
    let tmp = TempDir::new("broken-merge");
    let store = Store::new(&tmp.0, BUNDLED);
    let mut s = State::new(BUNDLED);
    s.bookmarks = set(&["w#1"]);
    store.save(&s).unwrap();
    let (mut a, mut b) = (Reader::open(&tmp.0), Reader::open(&tmp.0));
    a.state.toggle_bookmark("x#1");
    a.save();
    b.state.toggle_bookmark("y#1");
    fs::write(
        store.path(),
        b"{\"schema\": \"dossier-state/1\", \"read\": [",
    )
    .unwrap();
    let w = b.save().unwrap();
    assert!(
        w.line.contains("kept as") && w.line.contains(".broken-"),
        "{w:?}"
    );
    assert!(w.short.contains(".broken-") && w.short.len() < 120, "{w:?}");
    let broken: Vec<String> = names(&tmp.0)
        .into_iter()
        .filter(|n| n.contains(".broken-"))
        .collect();
    assert_eq!(broken.len(), 1);
    let kept = fs::read(tmp.0.join(&broken[0])).unwrap();
    assert!(kept.ends_with(b"\"read\": ["), "the broken bytes are kept");
    // b's whole state is written in its place, not only its changes: what it loaded
    // stays. (a's x#1 was only in the file that broke.)
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["w#1", "y#1"]));
    // a goes on saving its changes, without a warning.
    a.state.toggle_bookmark("z#1");
    assert!(a.save().is_none());
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["w#1", "y#1", "z#1"]));
}

#[test]
fn a_state_file_removed_under_a_reader_is_written_again_whole() {
    let tmp = TempDir::new("removed");
    let mut a = Reader::open(&tmp.0);
    a.state.toggle_bookmark("x#1");
    a.save();
    fs::remove_file(a.store.path()).unwrap();
    a.state.toggle_bookmark("y#1");
    a.save();
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["x#1", "y#1"]));
}

#[test]
fn a_busy_lock_fails_the_save_with_one_line_and_the_next_save_catches_up() {
    let tmp = TempDir::new("busy");
    let mut a = Reader::open(&tmp.0);
    a.state.toggle_bookmark("x#1");
    a.save();
    let held = crate::state::lock::lock(&a.store.lock_path(), Duration::ZERO).unwrap();
    a.state.toggle_bookmark("y#1");
    let e = a
        .store
        .save_changes_within(&a.base, &a.state, Duration::from_millis(100))
        .unwrap_err();
    assert!(
        e.starts_with("dossier: cannot save") && e.contains(".lock") && !e.contains('\n'),
        "{e}"
    );
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["x#1"]), "nothing written");
    drop(held);
    a.state.toggle_bookmark("z#1");
    a.save();
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["x#1", "y#1", "z#1"]));
}

#[test]
fn a_save_waits_for_another_readers_save_to_end() {
    let tmp = TempDir::new("wait");
    let mut a = Reader::open(&tmp.0);
    a.state.toggle_bookmark("x#1");
    a.save();
    let held = crate::state::lock::lock(&a.store.lock_path(), Duration::ZERO).unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        drop(held);
    });
    a.state.toggle_bookmark("y#1");
    let start = std::time::Instant::now();
    a.save();
    assert!(start.elapsed() >= Duration::from_millis(150));
    release.join().unwrap();
    assert_eq!(on_disk(&tmp.0).bookmarks, set(&["x#1", "y#1"]));
}
