//! `dossier search` on a corpus unchanged since it was last loaded: answered from the
//! cache alone, without reading a file or building the model.
//!
//! It applies when every file is stored, unchanged (as [`super::load`] tells: name, size
//! and a settled modification time), and in the search index; when no stored file has
//! gone; and when the cache keeps the model's articles as built from exactly these files
//! ([`super::store::Built`]: the ids made unique and the dates the corpus-wide steps
//! gave). Anything else: `None`, and the command loads the corpus as usual. What it
//! prints is what the full way prints: the same warnings in the same order, the same
//! hits, ids, dates (before the user's corrections, applied by the caller), titles,
//! outlets and snippets.

use super::fts::{Found, Group, Searcher};
use super::load::{decode, generation, path_key, CacheAt};
use super::store::{self, Built, Cache};
use super::Query;
use crate::article::Article;
use crate::corpus::{self, Warning};
use crate::state::store::corpus_key;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// A warm corpus ready to be searched.
pub struct Quick {
    /// The warnings loading the corpus would print, in its order.
    pub warnings: Vec<Warning>,
    /// How many files were read as text.
    pub files: usize,
    searcher: Searcher,
    built: Vec<Built>,
}

/// What one file is for the quick way.
enum File {
    Stored(store::Row),
    /// Not stored because it cannot be read as text: the warning loading gives.
    Skipped(Warning),
}

/// The corpus `args` answered from the cache at `at`, when it can be (see the module).
pub fn quick(args: &[PathBuf], at: &CacheAt) -> Option<Quick> {
    if args.is_empty() {
        return None;
    }
    let dir = match at {
        CacheAt::Off => return None,
        CacheAt::Dir(d) => d.clone(),
        CacheAt::Default => store::cache_dir(|n| std::env::var_os(n))?,
    };
    let key = corpus_key(args);
    let cache = Cache::peek(&dir, &key)?;
    let (found, walk_warnings) = corpus::find(args);
    let rows = cache.rows().ok()?;
    let files: Vec<File> = found
        .par_iter()
        .map(|f| {
            if let Some(r) = rows.get(&path_key(&f.path)) {
                let stat = f.stat_now()?;
                let (size, mtime) = (stat.size as i64, stat.mtime_ns?);
                let same = r.settled && r.indexed && r.name == f.name;
                (same && r.size == size && r.mtime == mtime).then(|| File::Stored(r.clone()))
            } else {
                // Loading does not store a file it cannot read as text: tell it the same way.
                let w = match corpus::read_bytes(&f.path) {
                    Err(w) => w,
                    Ok(bytes) => corpus::decode_file(&f.path, &f.name, &bytes).err()?,
                };
                Some(File::Skipped(w))
            }
        })
        .collect::<Option<Vec<File>>>()?;
    let stored: Vec<&store::Row> = files
        .iter()
        .filter_map(|f| match f {
            File::Stored(r) => Some(r),
            File::Skipped(_) => None,
        })
        .collect();
    if stored.is_empty() || stored.len() != rows.len() {
        return None; // nothing read, or stored files have gone
    }
    let ids: Vec<i64> = stored.iter().map(|r| r.id).collect();
    let built = cache.built(&generation(&ids))?;
    // The warnings in loading's order: finding, reading, then files with no article.
    let mut warnings = walk_warnings;
    for (f, file) in found.iter().zip(&files) {
        match file {
            File::Stored(r) => warnings.extend(r.read_warning.as_ref().map(|w| Warning {
                path: f.path.clone(),
                reason: w.clone(),
            })),
            File::Skipped(w) => warnings.push(w.clone()),
        }
    }
    for (f, file) in found.iter().zip(&files) {
        if let File::Stored(r) = file {
            warnings.extend(r.no_article.as_ref().map(|why| Warning {
                path: PathBuf::from(&f.name),
                reason: why.clone(),
            }));
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    for (i, b) in built.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if g.id == b.file => g.count += 1,
            _ => groups.push(Group {
                id: b.file,
                first: i,
                count: 1,
            }),
        }
    }
    Some(Quick {
        warnings,
        files: stored.len(),
        searcher: Searcher::on_disk(cache, groups),
        built,
    })
}

impl Quick {
    /// As [`Searcher::search`].
    pub fn search(&self, query: &Query) -> Result<Vec<Found>, String> {
        self.searcher.search(query)
    }

    /// The articles `indices` (into the model as built), as the model holds them before
    /// the user's corrections (id and date as the corpus-wide steps made them); `None`
    /// for one that cannot be read back.
    pub fn articles(&self, indices: &[usize]) -> Vec<Option<Article>> {
        let mut files: HashMap<i64, Option<Vec<Article>>> = HashMap::new();
        indices
            .iter()
            .map(|&i| {
                let b = self.built.get(i)?;
                let parsed = files.entry(b.file).or_insert_with(|| {
                    let blob = self.searcher.cache()?.result(b.file).ok()?;
                    decode(&blob, "").and_then(Result::ok)
                });
                let mut a = parsed.as_ref()?.get(b.ordinal)?.clone();
                a.id.clone_from(&b.id);
                a.date = b.date;
                a.date_basis = b.basis;
                Some(a)
            })
            .collect()
    }
}
