//! The whole way from corpus arguments to a model: find, decode, clean, extract, build.

use crate::article::Article;
use crate::clean::clean_file;
use crate::corpus::{self, SourceFile, Warning};
use crate::extract::gazetteer::Gazetteer;
use crate::model::{self, Model};
use crate::page;
use rayon::prelude::*;
use std::path::PathBuf;

/// What loading produced: the model and the lines to print on stderr.
pub struct Outcome {
    pub model: Model,
    pub warnings: Vec<Warning>,
    /// How many files were read as text.
    pub files: usize,
}

/// Progress reports while loading: files read so far of the files found.
pub trait Progress: Sync {
    fn found(&self, total: usize);
    fn read_one(&self);
    /// Every file is read and cleaned: the corpus-wide steps (actors, dates, the model)
    /// begin.
    fn building(&self) {}
    /// The articles of the file at `file` (its position among the files found) are
    /// cleaned (or taken from the cache), as the model will hold them before the
    /// corpus-wide steps. Called from worker threads, files in no particular order.
    fn articles(&self, _file: usize, _articles: &[Article]) {}
}

/// No progress reports.
pub struct Quiet;

impl Progress for Quiet {
    fn found(&self, _: usize) {}
    fn read_one(&self) {}
}

/// Load the corpus arguments, or the bundled corpus when there are none.
pub fn load(args: &[PathBuf], progress: &dyn Progress) -> Outcome {
    let (files, warnings) = if args.is_empty() {
        let files = corpus::bundled();
        progress.found(files.len());
        (files, Vec::new())
    } else {
        let (found, mut warnings) = corpus::find(args);
        progress.found(found.len());
        let loaded = corpus::read_all(&found, &|| progress.read_one());
        warnings.extend(loaded.warnings);
        (loaded.files, warnings)
    };
    let n = files.len();
    // Each file's raw text is freed as soon as it is cleaned.
    let (articles, mut unread) = gather(files.into_par_iter().map(|f| clean_source(&f)).collect());
    let mut warnings = warnings;
    warnings.append(&mut unread);
    Outcome {
        model: model::build(articles, Gazetteer::shared()),
        warnings,
        files: n,
    }
}

/// Clean every file (in parallel) and build the model.
pub fn build(files: &[SourceFile]) -> Model {
    let articles = clean_all(files);
    model::build(articles, Gazetteer::shared())
}

/// Clean every file, in parallel, keeping file order; ids made unique across files.
pub fn clean_all(files: &[SourceFile]) -> Vec<Article> {
    clean_files(files).0
}

/// Clean every file, in parallel, keeping file order; ids made unique across files; each
/// file that gave no article named in a warning with the reason.
pub fn clean_files(files: &[SourceFile]) -> (Vec<Article>, Vec<Warning>) {
    gather(files.par_iter().map(clean_source).collect())
}

/// One file's articles, or why it gives none (one line for stderr, naming the file).
///
/// A saved page's metadata is applied to the articles of its text; a text file's address
/// line gives its article's address and, when no dateline does, its date. Outlets take their
/// canonical names.
pub fn clean_source(f: &SourceFile) -> Result<Vec<Article>, Warning> {
    let warn = |reason: String| Warning {
        path: PathBuf::from(&f.name),
        reason: format!("no article ({reason})"),
    };
    if let Some(n) = f.page.as_ref().and_then(|m| m.index_headlines) {
        return Err(warn(format!("an index page: {n} headlines, no body text")));
    }
    let mut articles = clean_file(&f.name, &f.text);
    match &f.page {
        Some(meta) => {
            let lead = articles
                .first()
                .and_then(|a| a.paragraphs.first())
                .map_or("", |p| p.text.as_str());
            let stamps = crate::clean::stamp_dates(&f.text, lead);
            page::apply(meta, &mut articles, &stamps);
        }
        None => page::text_address(&f.text, &mut articles),
    }
    if !articles.is_empty() {
        return Ok(articles);
    }
    let reason = if f.text.trim().is_empty() {
        match f.page {
            Some(_) => "a page with no text".to_string(),
            None => "the file is empty".to_string(),
        }
    } else {
        let lines = f.text.lines().filter(|l| !l.trim().is_empty()).count();
        format!(
            "no article text: all {lines} line{} read as page furniture; `dossier explain` shows why",
            if lines == 1 { "" } else { "s" }
        )
    };
    Err(warn(reason))
}

/// The articles of every file in file order, ids made unique, and the files that gave none.
pub fn gather(per_file: Vec<Result<Vec<Article>, Warning>>) -> (Vec<Article>, Vec<Warning>) {
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    for r in per_file {
        match r {
            Ok(a) => articles.extend(a),
            Err(w) => warnings.push(w),
        }
    }
    dedupe_ids(&mut articles);
    (articles, warnings)
}

/// Two files with one stem ("a.txt", "a.md") would share ids: suffix the later ones.
fn dedupe_ids(articles: &mut [Article]) {
    let mut seen = std::collections::HashSet::new();
    for a in articles.iter_mut() {
        if !seen.insert(a.id.clone()) {
            let base = a.id.clone();
            for n in 2.. {
                let candidate = format!("{base}~{n}");
                if seen.insert(candidate.clone()) {
                    a.id = candidate;
                    break;
                }
            }
        }
    }
}
