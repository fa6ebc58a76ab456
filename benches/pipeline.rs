//! Throughput of the pipeline stages, with divan: `cargo bench --bench pipeline`.
//!
//! - `decode`: `corpus::decode` on one thread over 10,000 generated files (bytes in memory);
//! - `clean`: `clean_file` on one thread over the bundled pages repeated to 50 MB;
//! - `clean_html`: saved web pages (the HTML and MHTML fixtures of tests/pages, repeated to
//!   20 MB) from bytes to articles on one thread: sniffing, charset, html5ever, the block
//!   walk, metadata, the line cleaner and the metadata applied (`pipeline::clean_source`);
//! - `extract`: `model::build` (actors, dates, years, events, timeline) on pre-cleaned
//!   articles (the bundled pages repeated to 20 MB), and `find_dates` alone on one thread;
//! - `pipeline_build`: clean + extract + model for 10,000 and 100,000 generated articles;
//! - `quotes`: finding who said what (`extract_quotes`) in 10,000 generated articles whose
//!   actors and mentions are known: the share it adds to `pipeline_build`;
//! - `date_filter`: a `DateRange` over a 100,000-article model, and `Model::subset`;
//! - `export_json`: the `dossier/1` JSON of a 10,000-article model, pretty, into a sink;
//! - `copies`: finding the copy groups (shingles, MinHash, LSH, confirming pairs) among
//!   10,000, 30,000 and 100,000 cleaned generated articles (part of `pipeline_build`).
//!
//! Byte counts are of the raw text for `decode`, `clean` and `pipeline_build`, of
//! paragraph text for `extract`, of the JSON written for `export_json`.

mod support;

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use dossier::article::Article;
use dossier::corpus::SourceFile;
use dossier::daterange::{parse_filter, DateRange};
use dossier::model::Model;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// The bundled pages repeated until they weigh at least `bytes`, each copy in its own
/// folder so that article ids stay distinct.
fn bundled_repeated(bytes: usize) -> Vec<SourceFile> {
    let seeds = dossier::corpus::bundled();
    let mut out = Vec::new();
    let mut total = 0;
    for copy in 0.. {
        if total >= bytes {
            break;
        }
        for f in &seeds {
            total += f.text.len();
            out.push(SourceFile {
                name: format!("{copy:05}/{}", f.name),
                text: f.text.clone(),
                ..Default::default()
            });
        }
    }
    out
}

/// `n` generated articles, decoded as the loader would.
fn generated(n: usize) -> Vec<SourceFile> {
    support::generate(n, 1)
        .into_iter()
        .filter_map(|(name, text)| {
            let decoded = dossier::corpus::decode(text.as_bytes()).ok()?;
            Some(SourceFile {
                name,
                text: decoded.text,
                ..Default::default()
            })
        })
        .collect()
}

fn text_bytes(files: &[SourceFile]) -> usize {
    files.iter().map(|f| f.text.len()).sum()
}

fn paragraph_bytes(articles: &[Article]) -> usize {
    articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.len())
        .sum()
}

static RAW_50MB: LazyLock<Vec<SourceFile>> = LazyLock::new(|| bundled_repeated(50 << 20));

static CLEANED_20MB: LazyLock<Vec<Article>> =
    LazyLock::new(|| dossier::pipeline::clean_all(&bundled_repeated(20 << 20)));

/// Decoding alone (encoding sniffing, NFC, line ends), one file after another.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn decode(bencher: Bencher) {
    let files = support::generate(10_000, 1);
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        files
            .iter()
            .filter_map(|(_, t)| dossier::corpus::decode(black_box(t.as_bytes())).ok())
            .collect::<Vec<_>>()
    });
}

/// Cleaning alone, one file after another on one thread.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn clean(bencher: Bencher) {
    let files = &*RAW_50MB;
    bencher
        .counter(BytesCount::new(text_bytes(files)))
        .bench(|| {
            files
                .iter()
                .map(|f| dossier::clean::clean_file(&f.name, &f.text))
                .collect::<Vec<_>>()
        });
}

/// The saved-page fixtures' bytes (HTML and MHTML), repeated to at least `bytes`.
fn pages_repeated(bytes: usize) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter_map(|p| {
            let b = std::fs::read(&p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            (dossier::page::sniff(&b) != dossier::page::Format::Text).then_some((name, b))
        })
        .collect();
    pages.sort();
    let one: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let copies = bytes.div_ceil(one.max(1));
    pages
        .iter()
        .cycle()
        .take(pages.len() * copies)
        .cloned()
        .collect()
}

/// Saved web pages from bytes to articles, one after another on one thread.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn clean_html(bencher: Bencher) {
    let pages = pages_repeated(20 << 20);
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        pages
            .iter()
            .map(|(name, b)| {
                let (text, page) = if dossier::page::sniff(b) == dossier::page::Format::Mhtml {
                    let p = dossier::page::read_mhtml(b).ok()?;
                    (p.text, p.meta)
                } else {
                    let p = dossier::page::read_html(b, None).ok()?;
                    (p.text, p.meta)
                };
                let f = SourceFile {
                    name: name.clone(),
                    text,
                    page: Some(Box::new(page)),
                };
                dossier::pipeline::clean_source(&f).ok()
            })
            .collect::<Vec<_>>()
    });
}

mod extract {
    use super::{black_box, paragraph_bytes, Bencher, BytesCount, CLEANED_20MB};

    /// Actors, dates, year resolution, events and timeline from cleaned articles (the
    /// date finding inside runs on rayon's pool).
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn model_build(bencher: Bencher) {
        let articles = &*CLEANED_20MB;
        let gazetteer = dossier::extract::gazetteer::Gazetteer::bundled();
        bencher
            .counter(BytesCount::new(paragraph_bytes(articles)))
            .with_inputs(|| articles.clone())
            .bench_values(|a| dossier::model::build(a, &gazetteer));
    }

    /// The date finder alone over every paragraph, on one thread.
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn find_dates(bencher: Bencher) {
        let articles = &*CLEANED_20MB;
        bencher
            .counter(BytesCount::new(paragraph_bytes(articles)))
            .bench(|| {
                articles
                    .iter()
                    .flat_map(|a| &a.paragraphs)
                    .map(|p| dossier::extract::dates::find_dates(black_box(&p.text)).len())
                    .sum::<usize>()
            });
    }
}

/// Clean + extract + model (`pipeline::build`) for generated corpora; the files are
/// already in memory and decoded.
mod pipeline_build {
    use super::{generated, text_bytes, Bencher, BytesCount, SourceFile, FILES_100K};

    fn bench(bencher: Bencher, files: &[SourceFile]) {
        bencher
            .counter(BytesCount::new(text_bytes(files)))
            .bench(|| dossier::pipeline::build(files));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn articles_10_000(bencher: Bencher) {
        bench(bencher, &generated(10_000));
    }

    /// About a minute a sample on a busy 2-core machine: two samples only.
    #[divan::bench(sample_count = 2, sample_size = 1)]
    fn articles_100_000(bencher: Bencher) {
        bench(bencher, &FILES_100K);
    }
}

static FILES_100K: LazyLock<Vec<SourceFile>> = LazyLock::new(|| generated(100_000));

/// `model::copies::find` alone, on 2 cores; items are articles. The generated articles are
/// five seed pages recast and reshuffled, so most of them are copies of one another: few
/// huge groups, the worst case for the candidate buckets.
mod copies {
    use super::{
        black_box, generated, paragraph_bytes, Article, Bencher, BytesCount, ItemsCount,
        CLEANED_20MB, FILES_100K,
    };

    fn bench(bencher: Bencher, articles: &[Article]) {
        bencher
            .counter(ItemsCount::new(articles.len()))
            .bench(|| dossier::model::copies::find(black_box(articles)));
    }

    fn cleaned(n: usize) -> Vec<Article> {
        dossier::pipeline::clean_all(&generated(n))
    }

    /// Shingling alone (folding, hashing, quotations left out, sorting), one article after
    /// another on one thread; bytes are paragraph text.
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn shingles(bencher: Bencher) {
        let articles = &*CLEANED_20MB;
        bencher
            .counter(BytesCount::new(paragraph_bytes(articles)))
            .bench(|| {
                articles
                    .iter()
                    .map(|a| dossier::model::copies::shingles(black_box(a)).len())
                    .sum::<usize>()
            });
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn articles_10_000(bencher: Bencher) {
        bench(bencher, &cleaned(10_000));
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn articles_30_000(bencher: Bencher) {
        bench(bencher, &cleaned(30_000));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn articles_100_000(bencher: Bencher) {
        bench(bencher, &dossier::pipeline::clean_all(&FILES_100K));
    }
}

/// Who said what alone, over the articles of a 10,000-article model (actors and mentions
/// already found, as `model::build` has them when it calls it).
mod quotes {
    use super::{black_box, generated, paragraph_bytes, Bencher, BytesCount};

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn extract_10_000(bencher: Bencher) {
        let model = dossier::pipeline::build(&generated(10_000));
        let gazetteer = dossier::extract::gazetteer::Gazetteer::bundled();
        bencher
            .counter(BytesCount::new(paragraph_bytes(&model.articles)))
            .bench(|| {
                dossier::extract::quotes::extract_quotes(
                    black_box(&model.articles),
                    &model.actors,
                    &model.mentions,
                    gazetteer.lexicon(),
                )
                .len()
            });
    }
}

mod date_filter {
    use super::{
        black_box, parse_filter, Bencher, DateRange, ItemsCount, LazyLock, Model, FILES_100K,
    };

    static MODEL_100K: LazyLock<Model> = LazyLock::new(|| dossier::pipeline::build(&FILES_100K));

    fn range() -> DateRange {
        match parse_filter("2022-01-10..2022-01-14") {
            Ok(Some(r)) => r,
            other => panic!("the bench's date filter does not parse: {other:?}"),
        }
    }

    /// Indices of the articles published in the range.
    fn kept(model: &Model, range: DateRange) -> Vec<usize> {
        model
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.date.is_some_and(|d| range.contains(d)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Pick the articles of 2022-01-10..2022-01-14 out of 100,000.
    #[divan::bench]
    fn indices(bencher: Bencher) {
        let model = &*MODEL_100K;
        let range = range();
        bencher
            .counter(ItemsCount::new(model.articles.len()))
            .bench(|| kept(black_box(model), black_box(range)));
    }

    /// Pick them and cut the model down to them (actors recounted, events, timeline).
    #[divan::bench(sample_count = 20)]
    fn indices_and_subset(bencher: Bencher) {
        let model = &*MODEL_100K;
        let range = range();
        bencher
            .counter(ItemsCount::new(model.articles.len()))
            .bench(|| model.subset(&kept(black_box(model), black_box(range))));
    }
}

/// Serialising the export of a 10,000-article model (no filter), pretty-printed as
/// `dossier export` prints it, into a sink.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn export_json(bencher: Bencher) {
    let model = dossier::pipeline::build(&generated(10_000));
    let mut size = Counted(0);
    if let Err(e) = serde_json::to_writer_pretty(&mut size, &dossier::export::export(&model)) {
        panic!("the export does not serialise: {e}");
    }
    bencher.counter(BytesCount::new(size.0)).bench(|| {
        let mut out = std::io::BufWriter::new(std::io::sink());
        serde_json::to_writer_pretty(&mut out, &dossier::export::export(black_box(&model))).is_ok()
    });
}

/// A writer that only counts bytes.
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
