//! The whole way from corpus arguments to a model: find, decode, clean, extract, build.

use crate::article::Article;
use crate::clean::clean_file;
use crate::corpus::{self, SourceFile, Warning};
use crate::extract::gazetteer::Gazetteer;
use crate::model::{self, Model};
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
    let articles = finish_ids(
        files
            .into_par_iter()
            .map(|f| clean_file(&f.name, &f.text))
            .collect(),
    );
    Outcome {
        model: model::build(articles, &Gazetteer::bundled()),
        warnings,
        files: n,
    }
}

/// Clean every file (in parallel) and build the model.
pub fn build(files: &[SourceFile]) -> Model {
    let articles = clean_all(files);
    model::build(articles, &Gazetteer::bundled())
}

/// Clean every file, in parallel, keeping file order; ids made unique across files.
pub fn clean_all(files: &[SourceFile]) -> Vec<Article> {
    finish_ids(
        files
            .par_iter()
            .map(|f| clean_file(&f.name, &f.text))
            .collect(),
    )
}

/// The articles of every file in file order, ids made unique.
fn finish_ids(per_file: Vec<Vec<Article>>) -> Vec<Article> {
    let mut articles: Vec<Article> = per_file.into_iter().flatten().collect();
    dedupe_ids(&mut articles);
    articles
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
