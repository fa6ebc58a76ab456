//! The cache of cleaned articles: what a user notices is that a second run gives exactly
//! what the first gave (and what a run without the cache gives), whatever happened to the
//! files or to the cache in between; and that a cache that cannot be used is said once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Scratch;
use dossier::index::{self, CacheAt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

/// A scratch directory for one test.
fn temp(tag: &str) -> Scratch {
    Scratch::new(&format!("cache-{tag}"))
}

/// A corpus of real pages in several encodings and shapes, an empty file (no article)
/// and a binary one (skipped), every time set an hour back (as files are that were not
/// just written).
fn corpus(root: &Path) -> PathBuf {
    let dir = root.join("corpus");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in std::fs::read_dir(here.join("assets/corpus")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    for name in [
        "baodongnai-india-abstention.cp1258.txt",
        "baomoi-unga-resolution.utf16.txt",
        "qdnd-two-articles.txt",
        "thanhnien-special-operation.nfd-crlf.txt",
    ] {
        std::fs::copy(
            here.join("tests/articles").join(name),
            dir.join("sub").join(name),
        )
        .unwrap();
    }
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("image.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2]).unwrap();
    age(&dir);
    dir
}

/// Set every file's modification time an hour back.
fn age(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            age(&p);
        } else {
            let f = std::fs::File::options().write(true).open(&p).unwrap();
            f.set_modified(SystemTime::now() - Duration::from_hours(1))
                .unwrap();
        }
    }
}

fn dossier(cache_home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("XDG_CACHE_HOME", cache_home)
        .env("XDG_STATE_HOME", cache_home.join("state"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The lines of stderr about the cache.
fn cache_lines(out: &Output) -> Vec<String> {
    text(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("dossier: cache"))
        .map(str::to_string)
        .collect()
}

/// stdout and stderr of a run without the cache.
fn uncached(root: &Path, args: &[&str]) -> (String, String) {
    let mut a = args.to_vec();
    a.push("--no-cache");
    let out = dossier(&root.join("unused"), &a);
    assert!(out.status.success(), "{}", text(&out.stderr));
    (text(&out.stdout), text(&out.stderr))
}

fn cache_file(cache_home: &Path) -> PathBuf {
    let dir = cache_home.join("dossier");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "sqlite"))
        .unwrap()
}

/// Each command, cold (files cleaned, model built and kept) and warm twice (the model
/// kept taken back), prints what it prints without the cache.
#[test]
fn commands_print_the_same_with_and_without_the_cache() {
    let root = temp("same");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let home = root.join("cache");
    for args in [
        &["export", c][..],
        &["actors", c],
        &["actors", c, "--json", "--query", "nga"],
        &["timeline", c],
        &["timeline", c, "--json"],
        &["quotes", c],
        &["quotes", c, "--json"],
        &["search", "nga", c],
        &["search", "\"hội đồng\" dam*", c, "--json"],
    ] {
        let (want_out, want_err) = uncached(&root, args);
        assert!(want_err.contains("image.txt"), "{want_err}");
        assert!(want_err.contains("empty.txt"), "{want_err}");
        for run in ["cold", "warm", "warm again"] {
            let out = dossier(&home, args);
            assert!(out.status.success(), "{args:?} {run}");
            assert!(
                text(&out.stdout) == want_out,
                "{args:?} {run}: stdout differs"
            );
            assert_eq!(text(&out.stderr), want_err, "{args:?} {run}");
        }
    }
    // The warm runs had a model kept to take (that a warm load takes it rather than
    // building one: `only_new_and_changed_files_are_cleaned_again`).
    let db = rusqlite::Connection::open(cache_file(&home)).unwrap();
    let kept: i64 = db
        .query_row("SELECT count(*) FROM model", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 1);
}

/// The export JSON and warnings of a load, for comparing runs.
fn seen(loaded: &index::Loaded) -> (String, Vec<String>) {
    let json = serde_json::to_string(&dossier::export::export(&loaded.outcome.model)).unwrap();
    let warnings = loaded
        .outcome
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    (json, warnings)
}

/// Search results as `dossier search --json` would rank them.
fn searched(loaded: &mut index::Loaded) -> Vec<Vec<(usize, f64)>> {
    let (pending, note) = loaded.pending_search();
    assert_eq!(note, None);
    let s = pending.finish().unwrap();
    ["nga", "\"hoi dong\"", "lav*", "ha noi", "ngay 12"]
        .iter()
        .map(|q| {
            s.search(&index::Query::parse(q))
                .unwrap()
                .iter()
                .map(|f| (f.article, f.score))
                .collect()
        })
        .collect()
}

/// The load gives what a load without the cache gives: model, warnings, search.
fn same_as_uncached(corpus: &Path, mut loaded: index::Loaded) {
    let mut fresh = index::load::load_quiet(&[corpus.to_path_buf()], &CacheAt::Off);
    assert_eq!(seen(&loaded), seen(&fresh));
    assert_eq!(loaded.outcome.files, fresh.outcome.files);
    let (got, want) = (searched(&mut loaded), searched(&mut fresh));
    assert!(want.iter().all(|hits| !hits.is_empty()), "{want:?}");
    assert_eq!(got, want);
}

/// The cache database under `root/cache`.
fn cache_db(root: &Path) -> PathBuf {
    std::fs::read_dir(root.join("cache"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "sqlite"))
        .unwrap()
}

#[test]
fn only_new_and_changed_files_are_cleaned_again() {
    let root = temp("changes");
    let corpus = corpus(&root);
    let at = CacheAt::Dir(root.join("cache"));
    let load = || index::load::load_quiet(std::slice::from_ref(&corpus), &at);
    let files = 10; // the binary file is read each time, never stored

    let cold = load();
    assert_eq!(cold.counts.cleaned, files);
    assert!(!cold.counts.model_kept);
    assert!(cold.notes.is_empty(), "{:?}", cold.notes);
    same_as_uncached(&corpus, cold);

    // Nothing changed: the model is the one kept, not built again, and the same.
    for _ in 0..2 {
        let warm = load();
        assert_eq!((warm.counts.stored, warm.counts.cleaned), (files, 0));
        assert!(warm.counts.model_kept);
        assert!(warm.notes.is_empty(), "{:?}", warm.notes);
        same_as_uncached(&corpus, warm);
    }

    // The kept model damaged: built again (one line says so), kept again.
    let db = rusqlite::Connection::open(cache_db(&root)).unwrap();
    let damaged = db
        .execute("UPDATE model SET body = zeroblob(length(body))", [])
        .unwrap();
    assert_eq!(damaged, 1);
    let rebuilt = load();
    assert!(!rebuilt.counts.model_kept);
    assert_eq!(rebuilt.notes.len(), 1, "{:?}", rebuilt.notes);
    assert!(
        rebuilt.notes[0].contains("kept model") && rebuilt.notes[0].ends_with("rebuilt"),
        "{:?}",
        rebuilt.notes
    );
    same_as_uncached(&corpus, rebuilt);
    let warm = load();
    assert!(warm.counts.model_kept && warm.notes.is_empty());
    drop(db);

    // Changed with the same size, just now.
    let a = corpus.join("001_2c8f21b71f9a2bec.txt");
    let mut bytes = std::fs::read(&a).unwrap();
    let at_ = bytes.iter().position(|b| *b == b'N').unwrap();
    bytes[at_] = b'M';
    std::fs::write(&a, &bytes).unwrap();
    let changed = load();
    assert_eq!(
        (changed.counts.stored, changed.counts.cleaned),
        (files - 1, 1)
    );
    assert!(!changed.counts.model_kept);
    // The other files' articles were not read again for the build: their readings were
    // stored (the model kept was damaged above, so the load that rebuilt it had to).
    assert_eq!(changed.counts.reread, 0, "{:?}", changed.counts);
    same_as_uncached(&corpus, changed);
    // Written a moment ago, it is read again next time (its time may not tell a change
    // made within the same tick) but not cleaned again: the model kept is still its.
    let again = load();
    assert_eq!((again.counts.same, again.counts.cleaned), (1, 0));
    assert!(again.counts.model_kept);
    same_as_uncached(&corpus, again);

    // Added, removed, truncated.
    std::fs::write(
        corpus.join("sub/new.txt"),
        "Nga và NATO họp ở Brussels\n\nHà Nội, ngày 14/1/2022 - Ngoại trưởng Lavrov nói \
         rằng cuộc họp không có kết quả. Đây là câu thứ hai của bài báo mới thêm vào.\n",
    )
    .unwrap();
    std::fs::remove_file(corpus.join("003_bb64801ae19f6d5c.txt")).unwrap();
    let t = corpus.join("004_eb87d9dc229bc997.txt");
    let half = std::fs::read(&t).unwrap().len() / 2;
    std::fs::File::options()
        .write(true)
        .open(&t)
        .unwrap()
        .set_len(half as u64)
        .unwrap();
    let after = load();
    assert_eq!(after.counts.removed, 1);
    assert_eq!(after.counts.cleaned, 2, "{:?}", after.counts);
    assert!(!after.counts.model_kept);
    assert_eq!(after.counts.reread, 0, "{:?}", after.counts);
    let ids: Vec<String> = after
        .outcome
        .model
        .articles
        .iter()
        .map(|a| a.id.clone())
        .collect();
    same_as_uncached(&corpus, after);
    assert!(ids.iter().any(|i| i == "sub/new#1"), "{ids:?}");
    assert!(!ids.iter().any(|i| i.starts_with("003_")), "{ids:?}");

    // A file truncated to nothing gives no article, as without the cache.
    std::fs::File::options()
        .write(true)
        .open(&t)
        .unwrap()
        .set_len(0)
        .unwrap();
    let emptied = load();
    assert!(seen(&emptied)
        .1
        .iter()
        .any(|w| w.contains("004_eb87d9dc229bc997.txt: no article")));
    same_as_uncached(&corpus, emptied);

    // A file gone and nothing else: the model kept was of other files, so it is built.
    let _ = load();
    std::fs::remove_file(corpus.join("sub/new.txt")).unwrap();
    let fewer = load();
    assert_eq!((fewer.counts.removed, fewer.counts.cleaned), (1, 0));
    assert!(!fewer.counts.model_kept);
    assert_eq!(fewer.counts.reread, 0, "{:?}", fewer.counts);
    same_as_uncached(&corpus, fewer);

    // Stored readings that do not parse are read again from the articles: the same model.
    let db = rusqlite::Connection::open(cache_db(&root)).unwrap();
    let spoiled = db.execute("UPDATE files SET reading = x'ff'", []).unwrap();
    assert!(spoiled >= files - 1, "{spoiled}");
    drop(db);
    std::fs::write(
        corpus.join("sub/new.txt"),
        "Một bài\n\nHà Nội - Bài thứ hai.\n",
    )
    .unwrap();
    let spoilt = load();
    assert!(!spoilt.counts.model_kept);
    assert!(spoilt.counts.reread > 0, "{:?}", spoilt.counts);
    same_as_uncached(&corpus, spoilt);
}

#[test]
fn a_damaged_cache_is_rebuilt_with_one_line() {
    let root = temp("corrupt");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let home = root.join("cache");
    let (want, _) = uncached(&root, &["export", c]);
    dossier(&home, &["export", c]);
    let file = cache_file(&home);

    // Not a database at all.
    std::fs::write(
        &file,
        b"this is not an SQLite file, just text written over it",
    )
    .unwrap();
    let out = dossier(&home, &["export", c]);
    assert!(out.status.success());
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("unreadable") && lines[0].ends_with("rebuilt"),
        "{lines:?}"
    );
    let out = dossier(&home, &["export", c]);
    assert!(cache_lines(&out).is_empty(), "{:?}", cache_lines(&out));
    assert!(text(&out.stdout) == want);

    // A database whose stored results are garbage.
    let db = rusqlite::Connection::open(&file).unwrap();
    db.execute("UPDATE files SET result = x'7b7b7b'", [])
        .unwrap();
    drop(db);
    let out = dossier(&home, &["export", c]);
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].ends_with("rebuilt"), "{lines:?}");
    assert!(cache_lines(&dossier(&home, &["export", c])).is_empty());

    // A kept model whose bytes are damaged: built again, with one line.
    let db = rusqlite::Connection::open(&file).unwrap();
    db.execute("UPDATE model SET body = zeroblob(length(body))", [])
        .unwrap();
    drop(db);
    let out = dossier(&home, &["export", c]);
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("kept model") && lines[0].ends_with("rebuilt"),
        "{lines:?}"
    );
    let out = dossier(&home, &["export", c]);
    assert!(cache_lines(&out).is_empty(), "{:?}", cache_lines(&out));
    assert!(text(&out.stdout) == want);

    // Written by another build of dossier.
    let db = rusqlite::Connection::open(&file).unwrap();
    db.execute(
        "UPDATE meta SET value = 'dossier-index/0 0.0.1' WHERE key = 'fingerprint'",
        [],
    )
    .unwrap();
    drop(db);
    let out = dossier(&home, &["export", c]);
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("another build"), "{lines:?}");
    assert!(cache_lines(&dossier(&home, &["export", c])).is_empty());
}

#[test]
fn a_cache_another_process_holds_is_not_waited_on_forever() {
    let root = temp("locked");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let home = root.join("cache");
    dossier(&home, &["export", c]);
    let db = rusqlite::Connection::open(cache_file(&home)).unwrap();
    db.execute_batch("BEGIN EXCLUSIVE").unwrap();
    db.execute("UPDATE files SET settled = settled", [])
        .unwrap();

    // Nothing changed: reading needs no lock.
    let (want, _) = uncached(&root, &["export", c]);
    let out = dossier(&home, &["export", c]);
    assert!(text(&out.stdout) == want);
    assert!(cache_lines(&out).is_empty(), "{:?}", cache_lines(&out));

    // A file changed: the run cannot store it, says so once, and prints the same.
    std::fs::write(
        corpus.join("sub/new.txt"),
        "Tin mới\n\nMột câu đủ dài về NATO và Nga để thành bài báo, ngày 12/1/2022.\n",
    )
    .unwrap();
    let (want, _) = uncached(&root, &["export", c]);
    let out = dossier(&home, &["export", c]);
    assert!(out.status.success());
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("busy"), "{lines:?}");

    // The holder goes (as a crashed process' lock goes with it): stored next time.
    drop(db);
    let out = dossier(&home, &["export", c]);
    assert!(cache_lines(&out).is_empty(), "{:?}", cache_lines(&out));
    assert!(text(&out.stdout) == want);
    let db = rusqlite::Connection::open(cache_file(&home)).unwrap();
    let stored: i64 = db
        .query_row(
            "SELECT count(*) FROM files WHERE name = 'sub/new.txt'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 1);
}

#[test]
fn no_cache_reads_and_writes_nothing_and_an_unusable_place_is_said_once() {
    let root = temp("nocache");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let (want, _) = uncached(&root, &["timeline", c]);

    let home = root.join("fresh");
    for args in [
        &["--no-cache", "timeline", c][..],
        &["timeline", "--no-cache", c],
        &["timeline", c, "--no-cache"],
    ] {
        let out = dossier(&home, args);
        assert!(text(&out.stdout) == want, "{args:?}");
        assert!(cache_lines(&out).is_empty());
        assert!(!home.exists(), "{args:?} created {}", home.display());
    }

    // The cache directory cannot be made (its parent is a file).
    let file = root.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let out = dossier(&file.join("cache"), &["timeline", c]);
    assert!(out.status.success());
    assert!(text(&out.stdout) == want);
    let lines = cache_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("running without it"), "{lines:?}");
}

/// `dossier search` on an unchanged corpus answers from the cache alone: the same
/// warnings, hits, ids, dates and text as a full load; a change anywhere, and it does not.
#[test]
fn a_search_of_an_unchanged_corpus_is_answered_from_the_cache() {
    let root = temp("quick");
    let corpus = corpus(&root);
    let at = CacheAt::Dir(root.join("cache"));
    let args = [corpus.clone()];
    let quick = || index::quick::quick(&args, &at);
    assert!(quick().is_none(), "no cache yet");
    let mut loaded = index::load::load_quiet(&args, &at);
    let model = loaded.outcome.model.clone();
    let warnings: Vec<String> = loaded
        .outcome
        .warnings
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    // Not indexed for search yet: the full way indexes it.
    assert!(quick().is_none());
    let (pending, _) = loaded.pending_search();
    let full = pending.finish().unwrap();
    let q = quick().expect("an unchanged, indexed corpus");
    let got: Vec<String> = q
        .warnings
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    assert_eq!(got, warnings);
    assert_eq!(q.files, loaded.outcome.files);
    for text in ["nga", "\"hoi dong\"", "lav*", "ha noi"] {
        let query = index::Query::parse(text);
        let hits = q.search(&query).unwrap();
        assert_eq!(hits, full.search(&query).unwrap(), "{text}");
        let indices: Vec<usize> = hits.iter().map(|h| h.article).collect();
        for (i, a) in indices.iter().zip(q.articles(&indices)) {
            assert_eq!(a.as_ref(), Some(&model.articles[*i]), "{text}");
        }
    }
    drop(q);
    // Changed, added, removed: the full way again.
    let a = corpus.join("002_04c48dc39d6a4aed.txt");
    let text = std::fs::read_to_string(&a).unwrap();
    std::fs::write(&a, text.replace("Nga", "Mỹ")).unwrap();
    assert!(quick().is_none(), "a file changed");
    // Loaded again (its time set back, as if written a while ago): answered again.
    age(&corpus);
    index::load::load_quiet(&args, &at)
        .pending_search()
        .0
        .finish()
        .unwrap();
    assert!(quick().is_some());
    std::fs::write(
        corpus.join("sub/added.txt"),
        "Tin mới\n\nMột câu đủ dài về NATO.\n",
    )
    .unwrap();
    assert!(quick().is_none(), "a file added");
    std::fs::remove_file(corpus.join("sub/added.txt")).unwrap();
    assert!(quick().is_some());
    std::fs::remove_file(corpus.join("empty.txt")).unwrap();
    assert!(quick().is_none(), "a file removed");
}

#[test]
fn search_prints_dates_set_by_hand_with_and_without_the_cache() {
    let root = temp("searchdate");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let home = root.join("cache");
    let args = ["search", "nga", c, "--json"];
    let first: serde_json::Value = serde_json::from_slice(&dossier(&home, &args).stdout).unwrap();
    let id = first[0]["article"].as_str().unwrap().to_string();
    let key = dossier::state::store::corpus_key(std::slice::from_ref(&corpus));
    let mut state = dossier::state::State::new(&key);
    state.set_date(&id, dossier::article::Date::new(2019, 3, 3).ok());
    dossier::state::Store::new(home.join("state/dossier"), &key)
        .save(&state)
        .unwrap();
    let want = {
        let mut a = args.to_vec();
        a.push("--no-cache");
        dossier(&home, &a)
    };
    let v: serde_json::Value = serde_json::from_slice(&want.stdout).unwrap();
    assert_eq!(v[0]["date"], "2019-03-03");
    for run in ["a first run", "a second run"] {
        let out = dossier(&home, &args);
        assert!(out.stdout == want.stdout, "{run}");
        assert_eq!(text(&out.stderr), text(&want.stderr), "{run}");
    }
}

/// The model kept in the cache is the model as built, before the user's corrections:
/// dates set by hand and actor merges apply to it as to a model built anew, run after run.
#[test]
fn corrections_apply_to_the_kept_model_as_to_a_built_one() {
    let root = temp("keptfix");
    let corpus = corpus(&root);
    let c = corpus.to_str().unwrap();
    let home = root.join("cache");
    let actors: serde_json::Value =
        serde_json::from_slice(&dossier(&home, &["actors", c, "--json"]).stdout).unwrap();
    let (first, second) = (
        actors[0]["id"].as_str().unwrap().to_string(),
        actors[1]["id"].as_str().unwrap().to_string(),
    );
    let export: serde_json::Value =
        serde_json::from_slice(&dossier(&home, &["export", c]).stdout).unwrap();
    let id = export["articles"][0]["id"].as_str().unwrap().to_string();
    let key = dossier::state::store::corpus_key(std::slice::from_ref(&corpus));
    let mut state = dossier::state::State::new(&key);
    state.set_date(&id, dossier::article::Date::new(2019, 3, 3).ok());
    state.merges.push((first, second));
    dossier::state::Store::new(home.join("state/dossier"), &key)
        .save(&state)
        .unwrap();
    for args in [
        &["export", c][..],
        &["actors", c, "--json"],
        &["timeline", c, "--json"],
        &["quotes", c],
    ] {
        let want = {
            let mut a = args.to_vec();
            a.push("--no-cache");
            dossier(&home, &a)
        };
        for run in ["a first run", "a second run"] {
            let out = dossier(&home, args);
            assert!(out.stdout == want.stdout, "{args:?} {run}");
            assert_eq!(text(&out.stderr), text(&want.stderr), "{args:?} {run}");
        }
    }
    let dated: serde_json::Value =
        serde_json::from_slice(&dossier(&home, &["export", c]).stdout).unwrap();
    assert_eq!(dated["articles"][0]["date"], "2019-03-03");
}
