//! Hostile corpora, driven through the real binary as a user would: `dossier export DIR`
//! on folders holding other encodings, odd line ends, broken bytes, binaries, empty files,
//! huge lines, many files, symlink loops, names that are not UTF-8 and files that cannot
//! be read. Every case checks what the user sees: the exit status, the JSON on stdout,
//! and one stderr line per skipped file naming it and the reason, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Scratch;
use serde_json::Value;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};
use unicode_normalization::UnicodeNormalization;

const TITLE: &str = "Nga và NATO họp tại Brussels";
const P1: &str = "Thứ trưởng Ngoại giao Nga Alexander Grushko cho biết ngày 12/1/2022 cuộc họp \
                  đã diễn ra trong ba giờ và hai bên trao đổi thẳng thắn về an ninh châu Âu.";
const P2: &str = "Đoàn Mỹ do Thứ trưởng Wendy Sherman dẫn đầu, bà nói rằng Washington sẵn sàng \
                  đối thoại với Moscow về những đảm bảo an ninh mà Nga đề xuất.";

/// A short article: a headline and two paragraphs, LF line ends, NFC.
fn article() -> String {
    format!("{TITLE}\n\n{P1}\n\n{P2}\n")
}

/// A temporary corpus folder, unique to one test, removed when dropped; the binary's
/// state and cache live beside it, in the same scratch folder.
struct Corpus {
    scratch: Scratch,
    dir: PathBuf,
}

impl Corpus {
    fn new(test: &str) -> Self {
        let scratch = Scratch::new(&format!("hostile-{test}"));
        let dir = scratch.join("corpus");
        std::fs::create_dir_all(&dir).unwrap();
        Corpus { scratch, dir }
    }

    fn path(&self, name: impl AsRef<Path>) -> PathBuf {
        self.dir.join(name)
    }

    fn write(&self, name: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    fn export(&self) -> Run {
        self.run(&[OsStr::new("export"), self.dir.as_os_str()])
    }

    /// Run the binary with a time limit (a hang is a failure, not a stuck test suite),
    /// and check that it never panics whatever it is given. It goes through a cache of
    /// its own: hostile files are stored and read back too.
    fn run(&self, args: &[&OsStr]) -> Run {
        run_in(self.scratch.join("home").as_path(), args)
    }
}

/// What one run of the binary showed.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Run {
    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }

    /// The export JSON, checked for its schema and its cross-references.
    fn json(&self) -> Value {
        let v: Value = serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {:.500}", self.stdout));
        assert_eq!(v["schema"], "dossier/1");
        let paragraphs: HashMap<&str, u64> = v["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .map(|a| {
                let n = a["paragraphs"].as_array().expect("paragraphs").len();
                (a["id"].as_str().expect("id"), n as u64)
            })
            .collect();
        for e in v["events"].as_array().expect("events") {
            let id = e["article"].as_str().expect("event article");
            let n = paragraphs
                .get(id)
                .unwrap_or_else(|| panic!("event names no article: {e}"));
            assert!(e["paragraph"].as_u64().expect("paragraph") < *n, "{e}");
        }
        v
    }

    fn articles(&self) -> Vec<Value> {
        match self.json() {
            Value::Object(mut o) => match o.remove("articles") {
                Some(Value::Array(a)) => a,
                other => panic!("articles: {other:?}"),
            },
            other => panic!("not an object: {other:.300}"),
        }
    }
}

fn run_in(home: &Path, args: &[&OsStr]) -> Run {
    let start = Instant::now();
    let mut child = common::dossier_in(home)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut s).unwrap();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut s).unwrap();
        s
    });
    let limit = Duration::from_mins(3);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("dossier {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let took = start.elapsed();
    let r = Run {
        code: status.code(),
        stdout: String::from_utf8(out.join().unwrap()).expect("stdout is UTF-8"),
        stderr: String::from_utf8(err.join().unwrap()).expect("stderr is UTF-8"),
        took,
    };
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(
            !r.stderr.contains(bad),
            "dossier {args:?} panicked:\n{}",
            r.stderr
        );
    }
    r
}

/// The one article of a run, with the title and paragraphs of [`article`], exactly: NFC,
/// no carriage return, nothing lost.
fn assert_the_article(r: &Run, file: &str) {
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
    let articles = r.articles();
    assert_eq!(articles.len(), 1, "{articles:#?}");
    let a = &articles[0];
    assert_eq!(a["file"], file);
    assert_eq!(a["title"], TITLE);
    assert_eq!(a["title_inferred"], false);
    let texts: Vec<&str> = a["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, [P1, P2]);
    assert!(!r.stdout.contains("\\r"), "a carriage return in the output");
}

/// The article in Windows-1258 as Vietnamese Windows writes it: base letters (ư ơ â ê ô ă
/// đ, and the accented Latin letters the code page has) as single bytes, tone marks as
/// combining bytes after them (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot).
fn windows_1258(text: &str) -> Vec<u8> {
    const TONES: [(char, u8); 5] = [
        ('\u{300}', 0xCC),
        ('\u{301}', 0xEC),
        ('\u{303}', 0xDE),
        ('\u{309}', 0xD2),
        ('\u{323}', 0xF2),
    ];
    let tone = |c: char| TONES.iter().find(|t| t.0 == c).map(|t| t.1);
    let encode = |s: &str| {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(s);
        (!unmappable).then(|| bytes.into_owned())
    };
    let mut out = Vec::new();
    for c in text.chars() {
        if let Some(b) = encode(c.encode_utf8(&mut [0; 4])) {
            out.extend(b);
            continue;
        }
        let nfd: String = std::iter::once(c).nfd().collect();
        let base: String = nfd.chars().filter(|&d| tone(d).is_none()).nfc().collect();
        out.extend(encode(&base).unwrap_or_else(|| panic!("{c} not in cp1258")));
        out.extend(nfd.chars().filter_map(tone));
    }
    out
}

#[test]
fn utf16_little_endian_with_bom_loads() {
    let c = Corpus::new("utf16le");
    let mut bytes = vec![0xFF, 0xFE];
    for u in article().encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    c.write("le.txt", bytes);
    let r = c.export();
    assert_the_article(&r, "le.txt");
    assert_eq!(r.stderr, "");
}

#[test]
fn utf16_big_endian_with_bom_loads() {
    let c = Corpus::new("utf16be");
    let mut bytes = vec![0xFE, 0xFF];
    for u in article().replace('\n', "\r\n").encode_utf16() {
        bytes.extend(u.to_be_bytes());
    }
    c.write("be.txt", bytes);
    let r = c.export();
    assert_the_article(&r, "be.txt");
    assert_eq!(r.stderr, "");
}

#[test]
fn windows_1258_loads_composed() {
    let c = Corpus::new("cp1258");
    let bytes = windows_1258(&article());
    // Really the legacy code page: not UTF-8, ư as 0xFD, tone marks as their own bytes.
    assert!(std::str::from_utf8(&bytes).is_err());
    assert!(bytes.contains(&0xFD) && bytes.contains(&0xEC) && bytes.contains(&0xF2));
    c.write("cp1258.txt", bytes);
    let r = c.export();
    assert_the_article(&r, "cp1258.txt");
    assert_eq!(r.stderr, "");
}

#[test]
fn nfd_text_comes_out_nfc() {
    let c = Corpus::new("nfd");
    let nfd: String = article().nfd().collect();
    assert_ne!(nfd, article());
    c.write("nfd.txt", nfd);
    let r = c.export();
    assert_the_article(&r, "nfd.txt");
}

#[test]
fn crlf_line_ends_come_out_as_lf() {
    let c = Corpus::new("crlf");
    c.write("crlf.txt", article().replace('\n', "\r\n"));
    let r = c.export();
    assert_the_article(&r, "crlf.txt");
}

#[test]
fn lone_cr_line_ends_come_out_as_lf() {
    let c = Corpus::new("cr");
    c.write("cr.txt", article().replace('\n', "\r"));
    let r = c.export();
    assert_the_article(&r, "cr.txt");
}

#[test]
fn invalid_utf8_is_read_lossily_with_one_warning() {
    let c = Corpus::new("lossy");
    let mut bytes = article().into_bytes();
    bytes.extend_from_slice(b"\n\xFF\xFE\xC3 h\xF4ng ph\xE1i UTF-8 \xE2\x82.\n");
    c.write("broken.txt", bytes);
    c.write("fine.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let articles = r.articles();
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["file"], "broken.txt");
    assert_eq!(articles[0]["title"], TITLE);
    assert_eq!(articles[0]["paragraphs"][0]["text"], P1);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("broken.txt"), "{lines:?}");
    assert!(lines[0].contains("U+FFFD"), "{lines:?}");
}

/// Empty and blank files give no article, and each is named with the reason (no file
/// vanishes silently); the rest loads.
#[test]
fn empty_and_blank_files_give_no_article_and_say_so() {
    let c = Corpus::new("empty");
    c.write("a-empty.txt", "");
    c.write("b-blank.txt", " \n\n\t\r\n   \u{a0}\n");
    c.write("c-bom-only.txt", b"\xEF\xBB\xBF");
    c.write("d-article.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let articles = r.articles();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["file"], "d-article.txt");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    for (line, name) in lines
        .iter()
        .zip(["a-empty.txt", "b-blank.txt", "c-bom-only.txt"])
    {
        assert!(
            line.contains(name) && line.contains("no article (the file is empty)"),
            "{line}"
        );
    }
}

/// A folder of nothing but empty files was read: it exports an empty corpus, status 0, and
/// names each file.
#[test]
fn a_folder_of_empty_files_exports_no_articles() {
    let c = Corpus::new("allempty");
    c.write("a.txt", "");
    c.write("b.txt", "\n\n  \n");
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.articles().is_empty());
    assert_eq!(r.stderr.lines().count(), 2, "{}", r.stderr);
}

/// Bytes that look like noise: a fixed pseudo-random sequence with NULs in it.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if i % 97 == 5 {
                0
            } else {
                (x >> 24) as u8
            }
        })
        .collect()
}

#[test]
fn binary_files_and_images_are_skipped_with_a_warning_each() {
    let c = Corpus::new("binary");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(500));
    c.write("anh/photo.png", png);
    let mut jpeg = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0".to_vec();
    jpeg.extend(noise(300));
    c.write("anh/photo.jpg", jpeg);
    c.write("data.bin", noise(4096));
    c.write("tin.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let articles = r.articles();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["title"], TITLE);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 3, "{lines:?}");
    for (line, name) in lines.iter().zip(["photo.jpg", "photo.png", "data.bin"]) {
        assert!(line.contains(name), "{line:?} should name {name}");
        assert!(line.contains("not a text file"), "{line:?}");
    }
    assert!(lines[1].contains("PNG image"), "{lines:?}");
}

#[test]
fn a_folder_of_binaries_loads_nothing_and_exits_1() {
    let c = Corpus::new("onlybinary");
    c.write("a.png", b"\x89PNG\r\n\x1a\n\0\0\0");
    c.write("b.bin", noise(1000));
    let r = c.export();
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "");
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].contains("a.png") && lines[0].contains("PNG image"));
    assert!(lines[1].contains("b.bin") && lines[1].contains("not a text file"));
    assert!(lines[2].contains("nothing could be loaded"), "{lines:?}");
}

#[test]
fn an_empty_folder_loads_nothing_and_exits_1() {
    let c = Corpus::new("emptydir");
    let r = c.export();
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "");
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("nothing could be loaded"), "{lines:?}");
    assert!(lines[0].contains(&*c.dir.to_string_lossy()), "{lines:?}");
}

/// An article with one line of `n` bytes and no space in it, between two real paragraphs.
fn huge_line_corpus(test: &str, n: usize) -> Corpus {
    let c = Corpus::new(test);
    let line = "NATO".repeat(n / 4);
    c.write("long.txt", format!("{TITLE}\n\n{P1}\n\n{line}\n\n{P2}\n"));
    c
}

#[test]
fn a_10_mb_line_without_spaces_takes_linear_time() {
    let small = huge_line_corpus("line1mb", 1_000_000).export();
    let big = huge_line_corpus("line10mb", 10_000_000).export();
    for r in [&small, &big] {
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let articles = r.articles();
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0]["title"], TITLE);
        let texts: Vec<&str> = articles[0]["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["text"].as_str().unwrap())
            .collect();
        assert!(texts.contains(&P1) && texts.contains(&P2), "{texts:.300?}");
    }
    // Ten times the input may take ten times as long, not a hundred (with room for noise
    // on a busy machine, and a floor so a very fast small run does not skew the ratio).
    let base = small.took.max(Duration::from_millis(200));
    assert!(
        big.took < base * 30,
        "1 MB took {:?}, 10 MB took {:?}",
        small.took,
        big.took
    );
    assert!(
        big.took < Duration::from_mins(2),
        "10 MB took {:?}",
        big.took
    );
}

#[test]
fn ten_thousand_tiny_files_all_load() {
    let c = Corpus::new("many");
    for i in 0..10_000 {
        c.write(
            format!("{:02}/{i:05}.txt", i / 500),
            format!("Bản tin số {i} về Nga và NATO\n\n{P1}\n"),
        );
    }
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let articles = r.articles();
    assert_eq!(articles.len(), 10_000);
    assert_eq!(articles[0]["file"], "00/00000.txt");
    assert_eq!(articles[9_999]["file"], "19/09999.txt");
    assert_eq!(articles[1234]["title"], "Bản tin số 1234 về Nga và NATO");
    assert!(r.took < Duration::from_secs(90), "took {:?}", r.took);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_terminates_and_loads_each_file_once() {
    use std::os::unix::fs::symlink;
    let c = Corpus::new("loop");
    c.write("a/one.txt", article());
    c.write("b/two.txt", article().replace(TITLE, "Bài thứ hai về NATO"));
    symlink("..", c.path("a/up")).unwrap();
    symlink("../a", c.path("b/to-a")).unwrap();
    symlink(c.path("b"), c.path("a/to-b")).unwrap();
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let articles = r.articles();
    let titles: Vec<&str> = articles
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, [TITLE, "Bài thứ hai về NATO"], "{articles:#?}");
    // b/ may be reached through a/to-b first: under either name, but once.
    assert!(articles[1]["file"].as_str().unwrap().ends_with("two.txt"));
}

#[cfg(unix)]
#[test]
fn a_link_to_itself_is_skipped_with_a_warning() {
    let c = Corpus::new("selflink");
    std::os::unix::fs::symlink("self.txt", c.path("self.txt")).unwrap();
    c.write("tin.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.articles().len(), 1);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("self.txt"), "{lines:?}");
    assert!(lines[0].contains("symbolic links"), "{lines:?}");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_loads_with_a_lossy_name() {
    use std::os::unix::ffi::OsStrExt;
    let c = Corpus::new("latin1name");
    c.write(OsStr::from_bytes(b"tin-caf\xE9-\xFF.txt"), article());
    let r = c.export();
    assert_the_article_named(&r, "tin-caf\u{FFFD}-\u{FFFD}.txt");
}

#[cfg(unix)]
fn assert_the_article_named(r: &Run, lossy: &str) {
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let articles = r.articles();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["file"], lossy);
    assert_eq!(articles[0]["title"], TITLE);
    let id = articles[0]["id"].as_str().unwrap();
    assert!(id.starts_with("tin-caf") && id.ends_with("#1"), "{id}");
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_skipped_with_a_warning() {
    let c = Corpus::new("dangling");
    std::os::unix::fs::symlink(c.path("gone.txt"), c.path("a-link.txt")).unwrap();
    c.write("b.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.articles().len(), 1);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("a-link.txt"), "{lines:?}");
    assert!(lines[0].contains("broken symbolic link"), "{lines:?}");
}

/// A file that cannot be read: mode 000 for an ordinary user. Root reads through mode
/// bits, so there the unreadable file is one the kernel refuses to read for anyone:
/// `/proc/self/mem` at offset 0 (an I/O error), given as a second argument.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_file_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let c = Corpus::new("unreadable");
    let secret = c.write("secret.txt", article());
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    c.write("tin.txt", article());
    let privileged = std::fs::read(&secret).is_ok();
    let (r, culprit, reason) = if privileged {
        let r = c.run(&[
            OsStr::new("export"),
            c.dir.as_os_str(),
            OsStr::new("/proc/self/mem"),
        ]);
        (r, "/proc/self/mem", "cannot read: input/output error")
    } else {
        (c.export(), "secret.txt", "cannot read: permission denied")
    };
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let files: Vec<Value> = r.articles().iter().map(|a| a["file"].clone()).collect();
    let expect = if privileged {
        vec!["secret.txt", "tin.txt"]
    } else {
        vec!["tin.txt"]
    };
    assert_eq!(files, expect);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(culprit), "{lines:?}");
    assert!(lines[0].ends_with(reason), "{lines:?}");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).unwrap();
}

/// A directory where a file is expected ("tin.txt/") is walked as the folder it is.
#[test]
fn a_directory_named_like_a_file_is_walked_not_read() {
    let c = Corpus::new("dirfile");
    std::fs::create_dir_all(c.path("a.txt")).unwrap();
    c.write("a.txt/inside.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let articles = r.articles();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["file"], "a.txt/inside.txt");
}

#[test]
fn a_missing_corpus_argument_is_one_line_and_exit_1() {
    let c = Corpus::new("missing");
    let missing = c.path("no-such-folder");
    let r = c.run(&[OsStr::new("export"), missing.as_os_str()]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "");
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("no-such-folder"), "{lines:?}");
    assert!(lines[0].contains("no such file or directory"), "{lines:?}");
}

#[test]
fn a_missing_argument_beside_a_good_one_is_a_warning() {
    let c = Corpus::new("missingbeside");
    c.write("tin.txt", article());
    let missing = c.path("no-such-file.txt");
    let r = c.run(&[OsStr::new("export"), missing.as_os_str(), c.dir.as_os_str()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.articles().len(), 1);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("no-such-file.txt"), "{lines:?}");
}

#[test]
fn a_bad_since_is_a_usage_error_on_one_line() {
    let c = Corpus::new("badsince");
    c.write("tin.txt", article());
    for bad in ["2022-13", "yesterday", "12/1/2022", ""] {
        let r = c.run(&[
            OsStr::new("export"),
            c.dir.as_os_str(),
            OsStr::new("--since"),
            OsStr::new(bad),
        ]);
        assert_eq!(r.code, Some(2), "--since {bad:?}: {}", r.stderr);
        assert_eq!(r.stdout, "");
        let lines = r.stderr_lines();
        assert_eq!(lines.len(), 1, "--since {bad:?}: {lines:?}");
        assert!(lines[0].contains("--since"), "{lines:?}");
    }
}

#[test]
fn a_good_since_still_works_beside_the_bad_ones() {
    let c = Corpus::new("goodsince");
    c.write(
        "tin.txt",
        format!("{TITLE}\n\n12/01/2022, 18:05\n\n{P1}\n\n{P2}\n"),
    );
    let keep = c.run(&[
        OsStr::new("export"),
        c.dir.as_os_str(),
        OsStr::new("--since"),
        OsStr::new("2022-01"),
    ]);
    assert_eq!(keep.code, Some(0), "{}", keep.stderr);
    assert_eq!(keep.articles().len(), 1);
    let drop = c.run(&[
        OsStr::new("export"),
        c.dir.as_os_str(),
        OsStr::new("--since"),
        OsStr::new("2022-02"),
    ]);
    assert_eq!(drop.code, Some(0), "{}", drop.stderr);
    assert!(drop.articles().is_empty());
}

/// Hostile web pages: each gives an article or one line naming it, never a panic or a hang,
/// and the rest of the corpus loads.
#[test]
fn hostile_html_pages_are_read_or_named_and_the_rest_loads() {
    let c = Corpus::new("hostile-html");
    let para = "<p>Tổng thư ký NATO Jens Stoltenberg nói liên minh và Nga còn những khác biệt \
                đáng kể sau cuộc họp kéo dài bốn giờ tại Brussels ngày 12/1.</p>";
    c.write(
        "a-unclosed.html",
        format!("<!doctype html><html><body><h1>Nga và NATO họp ở Brussels lần đầu sau hai năm<p>{}<p>Hai bên hẹn gặp lại<div><span>", &para[3..]),
    );
    c.write(
        "b-deep.html",
        format!(
            "<html><body>{}{para}{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
    );
    c.write(
        "c-script-only.html",
        format!(
            "<!DOCTYPE html><html><head><script>{}</script></head></html>",
            "var a = '<p>x</p>';".repeat(2000)
        ),
    );
    c.write("d-bad-charset.htm", format!("<html><head><meta charset=\"x-no-such-charset\"></head><body><h1>Nga và NATO họp ở Brussels lần đầu sau hai năm</h1>{para}</body></html>"));
    let mut binary = b"<!DOCTYPE html><html>".to_vec();
    binary.extend((0..=255u8).cycle().take(4096));
    c.write("e-binary.html", binary);
    c.write("f-article.txt", article());
    let r = c.export();
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let files: Vec<String> = r
        .articles()
        .iter()
        .map(|a| a["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(files.contains(&"a-unclosed.html".to_string()), "{files:?}");
    assert!(
        files.contains(&"d-bad-charset.htm".to_string()),
        "{files:?}"
    );
    assert!(files.contains(&"f-article.txt".to_string()), "{files:?}");
    let said = |name: &str, why: &str| {
        r.stderr
            .lines()
            .any(|l| l.contains(name) && l.contains(why))
    };
    assert!(said("b-deep.html", "nested"), "{}", r.stderr);
    assert!(said("c-script-only.html", "no article"), "{}", r.stderr);
    assert!(said("e-binary.html", "not a text file"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let unclosed = r
        .articles()
        .into_iter()
        .find(|a| a["file"] == "a-unclosed.html")
        .unwrap();
    assert_eq!(
        unclosed["title"],
        "Nga và NATO họp ở Brussels lần đầu sau hai năm"
    );
    assert!(
        !unclosed.to_string().contains("<span>"),
        "markup shown: {unclosed}"
    );
}
