//! Finding and decoding corpus files: a CORPUS argument is a file or a directory (searched
//! recursively, in a stable order); every file is decoded to NFC text with LF line ends.
//! A file that cannot be read as text is reported, not fatal.

mod bundled;
pub mod decode;
mod walk;

pub use bundled::bundled;
pub use decode::{decode, Decoded};

use crate::page;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One decoded corpus file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as found under the corpus argument ("sub/a.txt"); for a file argument, the
    /// argument as given.
    pub name: String,
    /// NFC text with LF line ends: for a saved web page, the text of its blocks.
    pub text: String,
    /// What a saved web page says about itself; `None` for a text file.
    pub page: Option<Box<crate::page::Meta>>,
}

/// A file skipped or read with loss, and why: one line for stderr.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "dossier: {}: {}", self.path.display(), self.reason)
    }
}

/// What loading the corpus arguments gave.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    pub warnings: Vec<Warning>,
}

/// A file found under an argument, not yet read.
#[derive(Clone, Debug)]
pub struct Found {
    pub path: PathBuf,
    pub name: String,
    /// Its size and time when the walk listed it (`None` when not known): the cache
    /// compares them with what it stored, without asking the file system again.
    pub stat: Option<Stat>,
}

impl Found {
    /// Its size and time: the walk's, or asked now when the walk did not record them.
    pub fn stat_now(&self) -> Option<Stat> {
        self.stat
            .or_else(|| std::fs::metadata(&self.path).ok().map(|m| Stat::of(&m)))
    }
}

/// A file's size and modification time (nanoseconds since 1970; `None` when the file
/// system gives none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub size: u64,
    pub mtime_ns: Option<i64>,
}

impl Stat {
    pub fn of(m: &std::fs::Metadata) -> Stat {
        let mtime_ns = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| i64::try_from(d.as_nanos()).ok());
        Stat {
            size: m.len(),
            mtime_ns,
        }
    }
}

/// List the files under the arguments, in a stable order: arguments in the order given,
/// each directory sorted by name, recursively, following no symlink loop, each real file
/// once. Missing arguments, broken links, unreadable directories and special files (FIFOs,
/// sockets, devices) become warnings.
pub fn find(args: &[PathBuf]) -> (Vec<Found>, Vec<Warning>) {
    let mut walker = walk::Walker::default();
    for arg in args {
        walker.arg(arg);
    }
    (walker.found, walker.warnings)
}

/// Read and decode found files in parallel; `progress` is called after each file.
pub fn read_all(found: &[Found], progress: &(dyn Fn() + Sync)) -> Loaded {
    let results: Vec<Result<(SourceFile, Option<Warning>), Warning>> = found
        .par_iter()
        .map(|f| {
            let r = read_one(&f.path, &f.name);
            progress();
            r
        })
        .collect();
    let mut loaded = Loaded::default();
    for r in results {
        match r {
            Ok((file, warning)) => {
                loaded.files.push(file);
                loaded.warnings.extend(warning);
            }
            Err(w) => loaded.warnings.push(w),
        }
    }
    loaded
}

/// Find and read everything under `args`.
pub fn load(args: &[PathBuf]) -> Loaded {
    let (found, mut warnings) = find(args);
    let mut loaded = read_all(&found, &|| {});
    warnings.append(&mut loaded.warnings);
    loaded.warnings = warnings;
    loaded
}

fn read_one(path: &Path, name: &str) -> Result<(SourceFile, Option<Warning>), Warning> {
    let bytes = read_bytes(path)?;
    decode_file(path, name, &bytes)
}

/// The bytes of a corpus file, or why it cannot be read.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Warning> {
    std::fs::read(path).map_err(|e| Warning {
        path: path.to_path_buf(),
        reason: format!("cannot read: {}", io_reason(&e)),
    })
}

/// Decode the bytes of the file at `path`, found as `name`: as [`read_all`] does with
/// each file, for a caller that has its bytes already (the cache hashes them first).
pub fn decode_file(
    path: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<(SourceFile, Option<Warning>), Warning> {
    let warn = |reason: String| Warning {
        path: path.to_path_buf(),
        reason,
    };
    let (text, page, encoding, lossy) = match page::sniff(bytes) {
        page::Format::Text => {
            let d = decode(bytes).map_err(|e| warn(format!("skipped: {e}")))?;
            (d.text, None, d.encoding, d.lossy)
        }
        page::Format::Html => {
            let p = page::read_html(bytes, None).map_err(warn)?;
            (p.text, Some(Box::new(p.meta)), p.encoding, p.lossy)
        }
        page::Format::Mhtml => {
            let p = page::read_mhtml(bytes).map_err(|e| warn(format!("skipped: {e}")))?;
            (p.text, Some(Box::new(p.meta)), p.encoding, p.lossy)
        }
    };
    let warning = lossy.then(|| {
        warn(format!(
            "some bytes are not valid {encoding}; replaced with U+FFFD"
        ))
    });
    Ok((
        SourceFile {
            name: name.to_string(),
            text,
            page,
        },
        warning,
    ))
}

/// An I/O error as a short reason, without the "(os error 13)" tail.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            let s = s.find(" (os error").map_or(s.as_str(), |i| &s[..i]);
            // "Input/output error" → "input/output error", like the reasons above.
            let mut chars = s.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_lowercase().chain(chars).collect::<String>()
            })
        }
    }
}
