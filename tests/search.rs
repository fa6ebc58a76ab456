//! Full-text search finds the articles whose text holds the words: checked against a
//! plain scan of the folded text of every article, on real pages from many outlets.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use dossier::index::{self, hits, CacheAt, Query};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn corpus() -> Vec<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    vec![
        here.join("assets/corpus"),
        here.join("tests/articles"),
        here.join("tests/pages"),
    ]
}

/// Words, prefixes and phrases a reader of this story would look for, typed with and
/// without diacritics.
const QUERIES: &[&str] = &[
    "nga",
    "NATO",
    "lavrov",
    "Lavrov Blinken",
    "ha noi",
    "Hà Nội",
    "\"bộ ngoại giao\"",
    "\"bo ngoai giao\" nga",
    "dam*",
    "đàm phán",
    "dien",
    "điện kremlin",
    "\"hội đồng bảo an\"",
    "ukraine trung*",
    "putin biden",
    "zelensky",
    "trừng phạt",
    "\"ngày 12/1\"",
    "2022",
    "geneva",
    "my",
    "thủ tướng",
    "kinh te*",
    "belarus",
    "\"liên hợp quốc\"",
    "chiến dịch quân sự",
    "xăng",
    "iaea",
];

#[test]
fn search_finds_what_a_scan_of_the_folded_text_finds() {
    let mut loaded = index::load::load_quiet(&corpus(), &CacheAt::Off);
    let articles = loaded.outcome.model.articles.clone();
    assert!(articles.len() > 60, "{}", articles.len());
    let (pending, _) = loaded.pending_search();
    let searcher = pending.finish().unwrap();
    let (mut both, mut scanned, mut found) = (0usize, 0usize, 0usize);
    for q in QUERIES {
        let query = Query::parse(q);
        let want: BTreeSet<usize> = (0..articles.len())
            .filter(|&i| hits::holds(&articles[i], &query))
            .collect();
        let hits = searcher.search(&query).unwrap();
        let got: BTreeSet<usize> = hits.iter().map(|h| h.article).collect();
        assert_eq!(got.len(), hits.len(), "{q}: an article twice");
        assert!(
            !want.is_empty(),
            "{q}: the scan finds nothing; a useless query"
        );
        both += want.intersection(&got).count();
        scanned += want.len();
        found += got.len();
        // Best first.
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score), "{q}");
    }
    let recall = both as f64 / scanned as f64;
    let precision = both as f64 / found as f64;
    println!("recall {recall:.4}, precision {precision:.4} over {scanned} scanned hits");
    assert!(
        recall >= 0.95 && precision >= 0.95,
        "recall {recall:.3}, precision {precision:.3} ({both} of {scanned} scanned, {found} found)"
    );
}

#[test]
fn diacritics_and_case_are_optional_and_d_is_dj() {
    let mut loaded = index::load::load_quiet(&corpus(), &CacheAt::Off);
    let (pending, _) = loaded.pending_search();
    let s = pending.finish().unwrap();
    let ids = |q: &str| -> Vec<usize> {
        s.search(&Query::parse(q))
            .unwrap()
            .iter()
            .map(|h| h.article)
            .collect()
    };
    assert_eq!(ids("ha noi"), ids("Hà Nội"));
    assert_eq!(ids("\"dien kremlin\""), ids("\"ĐIỆN KREMLIN\""));
    assert!(!ids("\"dien kremlin\"").is_empty());
    assert!(ids("dam phan").len() >= ids("\"dam phan\"").len());
    assert!(ids("ngo*").len() > ids("ngo").len());
    assert!(ids("zzzqqq").is_empty());
}

/// A title that holds the words ranks above an article that names them once in passing.
#[test]
fn a_title_match_ranks_first() {
    let mut loaded = index::load::load_quiet(&corpus(), &CacheAt::Off);
    let articles = loaded.outcome.model.articles.clone();
    let (pending, _) = loaded.pending_search();
    let s = pending.finish().unwrap();
    let hits = s.search(&Query::parse("scholz")).unwrap();
    assert!(hits.len() >= 2, "{hits:?}");
    let first = &articles[hits[0].article];
    assert!(
        dossier::text::fold(&first.title).contains("scholz"),
        "{}",
        first.title
    );
}

fn dossier(args: &[&str]) -> std::process::Output {
    let home = common::Scratch::new("search");
    common::dossier_in(&home)
        .args(args)
        .arg("--no-cache")
        .output()
        .unwrap()
}

#[test]
fn the_command_prints_ranked_hits_with_a_marked_snippet() {
    let out = dossier(&["search", "\"hội đồng nga\"", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty());
    for h in hits {
        for k in ["article", "title", "date", "source", "score", "snippet"] {
            assert!(h.get(k).is_some(), "{k} missing: {h}");
        }
        let snippet = h["snippet"].as_str().unwrap();
        assert!(snippet.contains("«Hội đồng Nga»"), "{snippet}");
    }
    let out = dossier(&["search", "nga", "--limit", "2", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    // Plain text: the article, its title, then the snippet.
    let out = dossier(&["search", "stoltenberg", "-n", "1"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains('#'), "{text}");
    assert!(lines[1].contains("«Stoltenberg»"), "{text}");
    // No word: a usage error.
    let out = dossier(&["search", "*"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}
