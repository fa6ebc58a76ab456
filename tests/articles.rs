//! Articles written in the page styles of other outlets (tests/articles/) and pages saved
//! from them as HTML, MHTML and text dumps (tests/pages/), each with the clean output a
//! careful reader expects (`<name>.expected.toml`). dossier is judged on pages it has never
//! seen: these are its exam.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::article::{Article, ParagraphKind};
use dossier::corpus;
use dossier::pipeline::clean_files;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    article: Vec<Expect>,
    /// The file gives no article: its warning holds these words.
    no_article: Option<String>,
    /// Known defects: each entry is part of a problem line this fixture still gives. The
    /// test checks every entry still matches (a fix must remove it) and that the fixture
    /// gives no other problem.
    #[serde(default)]
    known: Vec<String>,
    /// What the model of this file alone must hold.
    #[serde(default)]
    model: ExpectModel,
}

/// `[model]`: `actors` each found as an actor's name or alias, `not_actors` none of them,
/// `events` (YYYY, YYYY-MM or YYYY-MM-DD) each the date of some event. `missed` lists
/// actors a reader expects that dossier does not find yet and `mistaken` non-actors it
/// still takes for actors: known defects, checked to be still there, so that a fix moves
/// them back to `actors`/`not_actors` rather than leaving a stale list.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
struct ExpectModel {
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    not_actors: Vec<String>,
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    missed: Vec<String>,
    #[serde(default)]
    mistaken: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expect {
    title: Option<String>,
    #[serde(default)]
    title_inferred: bool,
    title_prefix: Option<String>,
    date: Option<String>,
    date_basis: Option<String>,
    source: Option<String>,
    author: Option<String>,
    url: Option<String>,
    /// The page metadata's date, where it differs from the dateline.
    page_date: Option<String>,
    paragraphs: usize,
    first: String,
    last: String,
    #[serde(default)]
    headings: Vec<String>,
    #[serde(default)]
    captions: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    present: Vec<String>,
}

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// Every fixture of tests/articles and tests/pages with its expectations: each
/// `<stem>.expected.toml` with the file named `<stem>` or `<stem>.<ext>` beside it.
fn fixtures() -> Vec<(PathBuf, Expected)> {
    let mut out = Vec::new();
    for d in ["articles", "pages"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir(d))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for exp in &paths {
            let name = exp.file_name().unwrap().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".expected.toml") else {
                continue;
            };
            let raw = paths
                .iter()
                .find(|p| {
                    let n = p.file_name().unwrap().to_string_lossy();
                    n != name
                        && (n == stem
                            || n.strip_prefix(stem)
                                .is_some_and(|r| r.starts_with('.') && !r.contains(".expected")))
                })
                .unwrap_or_else(|| panic!("{}: no page beside it", exp.display()));
            let text =
                std::fs::read_to_string(exp).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
            let expected: Expected =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
            out.push((raw.clone(), expected));
        }
    }
    out
}

fn load(path: &Path) -> (Vec<Article>, Vec<String>) {
    let loaded = corpus::load(&[path.to_path_buf()]);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let (articles, warnings) = clean_files(&loaded.files);
    (articles, warnings.iter().map(ToString::to_string).collect())
}

/// Runs of whitespace as one space, trimmed: how a reader compares texts.
fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Check one fixture; returns the problems found, one line each.
fn check(path: &Path, expected: &Expected) -> Vec<String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (got, warnings) = load(path);
    let mut problems = Vec::new();
    let mut bad = |what: String| problems.push(format!("{name}: {what}"));
    match &expected.no_article {
        Some(words) if !warnings.iter().any(|w| w.contains(words.as_str())) => {
            bad(format!("no warning saying {words:?}: {warnings:?}"));
        }
        None if !warnings.is_empty() => bad(format!("unexpected warnings {warnings:?}")),
        _ => {}
    }
    if got.len() != expected.article.len() {
        let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
        bad(format!(
            "{} articles, expected {}: {titles:?}",
            got.len(),
            expected.article.len()
        ));
        return problems;
    }
    check_model(&got, &expected.model, &mut bad);
    for (n, (a, e)) in got.iter().zip(&expected.article).enumerate() {
        let at = format!("article {}", n + 1);
        if a.title_inferred != e.title_inferred {
            bad(format!(
                "{at}: title_inferred {} ({:?})",
                a.title_inferred, a.title
            ));
        }
        if let Some(t) = &e.title {
            if ws(&a.title) != ws(t) {
                bad(format!("{at}: title {:?}, expected {t:?}", a.title));
            }
        }
        if let Some(prefix) = &e.title_prefix {
            if !a.title.starts_with(prefix.as_str()) {
                bad(format!(
                    "{at}: inferred title {:?} does not start with {prefix:?}",
                    a.title
                ));
            }
        }
        use dossier::article::DateBasis;
        let date = a
            .date
            .filter(|_| matches!(a.date_basis, Some(DateBasis::Dateline | DateBasis::Page)))
            .map(|d| d.to_string());
        let basis = match a.date_basis {
            Some(DateBasis::Dateline) if date.is_some() => Some("dateline"),
            Some(DateBasis::Page) if date.is_some() => Some("page"),
            _ => None,
        };
        if e.date_basis.is_some() && (date != e.date || basis != e.date_basis.as_deref()) {
            bad(format!(
                "{at}: date {date:?} ({basis:?}), expected {:?} ({:?})",
                e.date, e.date_basis
            ));
        }
        if e.date_basis.is_none() && date.is_some() {
            bad(format!(
                "{at}: found a date {date:?} ({basis:?}) the page does not give"
            ));
        }
        let page_date = a.page_date.map(|d| d.to_string());
        if page_date != e.page_date {
            bad(format!(
                "{at}: page date {page_date:?}, expected {:?}",
                e.page_date
            ));
        }
        if e.url.is_some() && a.url != e.url {
            bad(format!("{at}: url {:?}, expected {:?}", a.url, e.url));
        }
        if a.source != e.source {
            bad(format!(
                "{at}: source {:?}, expected {:?}",
                a.source, e.source
            ));
        }
        if a.author != e.author {
            bad(format!(
                "{at}: author {:?}, expected {:?}",
                a.author, e.author
            ));
        }
        let texts: Vec<String> = a.paragraphs.iter().map(|p| ws(&p.text)).collect();
        if a.paragraphs.len() != e.paragraphs {
            bad(format!(
                "{at}: {} paragraphs, expected {}",
                a.paragraphs.len(),
                e.paragraphs
            ));
        }
        if texts.first() != Some(&ws(&e.first)) {
            bad(format!("{at}: first paragraph {:?}", texts.first()));
        }
        if texts.last() != Some(&ws(&e.last)) {
            bad(format!("{at}: last paragraph {:?}", texts.last()));
        }
        let of_kind = |k: ParagraphKind| {
            a.paragraphs
                .iter()
                .filter(|p| p.kind == k)
                .map(|p| ws(&p.text))
                .collect::<Vec<_>>()
        };
        let wss = |v: &[String]| v.iter().map(|s| ws(s)).collect::<Vec<_>>();
        if of_kind(ParagraphKind::Heading) != wss(&e.headings) {
            bad(format!(
                "{at}: headings {:?}, expected {:?}",
                of_kind(ParagraphKind::Heading),
                e.headings
            ));
        }
        if of_kind(ParagraphKind::Caption) != wss(&e.captions) {
            bad(format!(
                "{at}: captions {:?}, expected {:?}",
                of_kind(ParagraphKind::Caption),
                e.captions
            ));
        }
        for s in &e.absent {
            if texts.iter().any(|t| t.contains(&ws(s))) || ws(&a.title).contains(&ws(s)) {
                bad(format!("{at}: boilerplate {s:?} left in the article"));
            }
        }
        for s in &e.present {
            if !texts.iter().any(|t| t.contains(&ws(s))) {
                bad(format!(
                    "{at}: article text {s:?} lost{}",
                    why_lost(&got, s)
                ));
            }
        }
    }
    problems
}

/// Which rule dropped a line holding `s`, as the failure message says it: " (dropped by
/// `widget-word` before paragraph 3 of article 1)", or nothing when no article kept it as
/// a dropped line (it stood before or between articles).
fn why_lost(articles: &[Article], s: &str) -> String {
    let s = ws(s);
    articles
        .iter()
        .enumerate()
        .find_map(|(n, a)| {
            let d = a.dropped.iter().find(|d| ws(&d.text).contains(&s))?;
            Some(format!(
                " (dropped by `{}` before paragraph {} of article {})",
                d.rule,
                d.at + 1,
                n + 1
            ))
        })
        .unwrap_or_default()
}

/// The actors and events of the file's own model.
fn check_model(articles: &[Article], e: &ExpectModel, bad: &mut impl FnMut(String)) {
    let nothing = [&e.actors, &e.not_actors, &e.events, &e.missed, &e.mistaken];
    if nothing.iter().all(|v| v.is_empty()) {
        return;
    }
    let model = dossier::model::build(
        articles.to_vec(),
        &dossier::extract::gazetteer::Gazetteer::bundled(),
    );
    let named = |s: &str| {
        model
            .actors
            .iter()
            .any(|a| a.name == s || a.aliases.iter().any(|x| x == s))
    };
    for s in &e.actors {
        if !named(s) {
            bad(format!("actor {s:?} not found"));
        }
    }
    for s in &e.not_actors {
        if named(s) {
            bad(format!("{s:?} taken for an actor"));
        }
    }
    for s in &e.missed {
        if named(s) {
            bad(format!(
                "actor {s:?} is found now: move it from `missed` to `actors`"
            ));
        }
    }
    for s in &e.mistaken {
        if !named(s) {
            bad(format!(
                "{s:?} is no actor now: move it from `mistaken` to `not_actors`"
            ));
        }
    }
    let dates: Vec<String> = model.events.iter().map(|ev| ev.date.to_string()).collect();
    for d in &e.events {
        if !dates.contains(d) {
            bad(format!("no event on {d} (events: {dates:?})"));
        }
    }
}

#[test]
fn fixtures_cover_enough_outlets_and_encodings() {
    let all = fixtures();
    assert!(all.len() >= 10, "only {} fixtures", all.len());
    let names: Vec<String> = all
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for marker in [".cp1258.", ".nfd-crlf.", ".utf16."] {
        assert!(
            names.iter().any(|n| n.contains(marker)),
            "no {marker} fixture in {names:?}"
        );
    }
}

#[test]
fn every_fixture_cleans_as_expected() {
    let mut problems = Vec::new();
    for (path, expected) in fixtures() {
        let found = check(&path, &expected);
        for k in &expected.known {
            if !found.iter().any(|p| p.contains(k.as_str())) {
                problems.push(format!(
                    "{}: known problem {k:?} is gone: remove it from `known`",
                    path.display()
                ));
            }
        }
        problems.extend(
            found
                .into_iter()
                .filter(|p| !expected.known.iter().any(|k| p.contains(k.as_str()))),
        );
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every rule of the line cleaner (`dossier::clean::RULES`) drops some line of the
/// fixtures or the saved pages, as `dossier explain` shows them, and every line it shows
/// dropped names one of them: a rule that never fires is untested and goes, and a rule
/// missing from the table would be one `explain` cannot describe.
#[test]
fn every_cleaner_rule_fires_and_is_in_the_table() {
    let mut hits = std::collections::BTreeMap::<&str, usize>::new();
    for d in ["articles", "pages"] {
        for f in corpus::load(&[dir(d)]).files {
            for v in dossier::clean::explain(&f.name, &f.text) {
                if v.verdict == "dropped" {
                    *hits.entry(v.rule).or_default() += 1;
                }
            }
        }
    }
    let table: Vec<&str> = dossier::clean::RULES.iter().map(|r| r.name).collect();
    table_matches_hits(&table, &hits, "clean::RULES");
}

/// Every rule that decided something (`hits`) is in `table`, and every rule of `table`
/// decided something: a rule that never fires is untested, and goes.
fn table_matches_hits(table: &[&str], hits: &std::collections::BTreeMap<&str, usize>, name: &str) {
    for (rule, n) in hits {
        assert!(
            table.contains(rule),
            "`{rule}` decided {n} times but is not in {name}"
        );
    }
    for rule in table {
        assert!(
            hits.contains_key(rule),
            "`{rule}` of {name} decides nothing in the fixtures: test it or remove it \
             (hits: {hits:?})"
        );
    }
}

/// Every block a saved page leaves out names a rule `dossier explain` can describe (an
/// element rule of `page::ELEMENT_RULES` or a `[furniture]` list of assets/page.toml), and
/// every such rule leaves out some block of tests/pages: a rule that never fires is
/// untested, and goes.
#[test]
fn every_page_block_rule_fires_and_is_described() {
    let rules = dossier::page::PageRules::bundled();
    let mut hits = std::collections::BTreeMap::<&str, usize>::new();
    for f in corpus::load(&[dir("pages")]).files {
        for d in f.page.iter().flat_map(|m| &m.dropped) {
            *hits.entry(d.rule).or_default() += 1;
            assert!(
                rules.describe(d.rule).is_some(),
                "{}: `{}` left out a block but explain cannot describe it",
                f.name,
                d.rule
            );
        }
    }
    let furniture: toml::Value =
        toml::from_str(include_str!("../assets/page.toml")).expect("page.toml parses");
    let names = furniture["furniture"].as_table().unwrap().keys();
    let element = dossier::page::ELEMENT_RULES.iter().map(|r| r.name);
    for name in names.map(String::as_str).chain(element) {
        assert!(
            hits.contains_key(name),
            "`{name}` leaves out no block of tests/pages: test it or remove it (hits: {hits:?})"
        );
    }
}

/// Every rule of the name finder (`dossier::extract::actors::NAME_RULES`) decides some
/// run of capitalised words in the fixtures (articles, pages, the quote rounds), and every
/// verdict names one of them.
#[test]
fn every_name_rule_fires_and_is_in_the_table() {
    let g = dossier::extract::gazetteer::Gazetteer::bundled();
    let mut hits = std::collections::BTreeMap::<&str, usize>::new();
    let dirs = [
        "articles",
        "pages",
        "quotes/articles",
        "quotes/round2/articles",
        "quotes/round3/articles",
        "quotes/round4/articles",
        "quotes/round5/articles",
        "quotes/round6/articles",
        "quotes/round7/articles",
        "quotes/round8/articles",
        "quotes/round9/articles",
        "quotes/round10/articles",
    ];
    for d in dirs {
        let loaded = corpus::load(&[dir(d)]);
        for a in clean_files(&loaded.files).0 {
            let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
            for v in dossier::extract::actors::explain_names(&g, &paragraphs)
                .into_iter()
                .flatten()
            {
                *hits.entry(v.rule).or_default() += 1;
            }
        }
    }
    let table: Vec<&str> = dossier::extract::actors::NAME_RULES
        .iter()
        .map(|(name, _)| *name)
        .collect();
    table_matches_hits(&table, &hits, "NAME_RULES");
}
