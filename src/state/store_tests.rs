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
    assert_eq!(names(&dir), vec![file_name("/home/u/tin tức")]);
    // A second save replaces the first.
    let mut t = s.clone();
    t.bookmarks.clear();
    store.save(&t).unwrap();
    assert_eq!(store.load().state, t);
    assert_eq!(names(&dir).len(), 1);
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
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with(&format!("{}.broken-", file_name(BUNDLED))));
    // The broken bytes are kept for the user.
    let kept = fs::read(tmp.0.join(&files[0])).unwrap();
    assert!(kept.starts_with(b"{\"schema\""));
    // The next save writes a fresh file beside it.
    store.save(&sample_state(BUNDLED)).unwrap();
    assert_eq!(names(&tmp.0).len(), 2);
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
    let past = SystemTime::now() - Duration::from_secs(3600);
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
