//! Who said what in articles written for this test in several outlets' styles
//! (tests/quotes/), against statements annotated by hand before the finder was written:
//! how many are found with the right speaker, how many found are real, and how often a
//! found statement has the right speaker. The misses are printed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::model::Model;
use dossier::pipeline::{load, Quiet};
use dossier::text::fold;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Statements found with the right speaker, of all annotated.
const MIN_RECALL: f64 = 0.85;
/// The floor for rounds written after the rules they measure: the bar is
/// `MIN_RECALL`, which they miss (README, "Who said what"); this keeps them from sliding.
const MIN_BLIND_RECALL: f64 = 0.65;
/// Statements found that are annotated ones, of all found.
const MIN_PRECISION: f64 = 0.9;
/// Statements found with the right speaker, of the annotated ones found.
const MIN_SPEAKER_ACCURACY: f64 = 0.95;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    statement: Vec<Statement>,
    #[serde(default)]
    trap: Vec<Trap>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Statement {
    speaker: Option<String>,
    #[serde(default)]
    anonymous: bool,
    kind: String,
    #[serde(default)]
    shape: Option<String>,
    text: String,
    #[serde(default)]
    also: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Trap {
    text: String,
    why: String,
}

/// A set of fixtures: `articles/` and one `<name>.quotes.toml` per article.
fn dir(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/quotes")
        .join(set)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A found quote: article id, paragraph, words, speaker's name and aliases (folded).
struct FoundQuote {
    article: String,
    text: String,
    speaker: Option<(String, Vec<String>)>,
}

fn found(model: &Model) -> Vec<FoundQuote> {
    model
        .quotes
        .iter()
        .map(|q| {
            let a = &model.articles[q.article];
            FoundQuote {
                article: a.id.clone(),
                text: squash(&a.paragraphs[q.paragraph].text[q.start..q.end]),
                speaker: q.speaker.map(|s| {
                    let x = &model.actors[s];
                    (x.name.clone(), x.aliases.iter().map(|n| fold(n)).collect())
                }),
            }
        })
        .collect()
}

impl Statement {
    fn parts(&self) -> Vec<String> {
        std::iter::once(&self.text)
            .chain(&self.also)
            .map(|t| squash(t))
            .collect()
    }

    fn matches(&self, q: &FoundQuote) -> bool {
        self.parts().iter().any(|part| {
            q.text.contains(part.as_str())
                || (q.text.split(' ').count() >= 2 && part.contains(q.text.as_str()))
        })
    }

    fn right_speaker(&self, q: &FoundQuote) -> bool {
        match (&q.speaker, self.anonymous) {
            (None, true) => true,
            (Some((_, aliases)), false) => {
                let want = fold(self.speaker.as_deref().unwrap_or(""));
                aliases.contains(&want)
            }
            _ => false,
        }
    }

    fn who(&self) -> String {
        if self.anonymous {
            "nobody".to_string()
        } else {
            self.speaker.clone().unwrap_or_default()
        }
    }
}

/// The first round: the Russia–NATO crisis of January 2022, nine outlets' styles.
#[test]
fn who_said_what_in_articles_written_for_the_test() {
    score(&dir(""), MIN_RECALL);
}

/// The second round, written blind (its writer never saw the finder): a land-auction
/// trial in a Vietnamese province, seven other outlets' styles.
#[test]
fn who_said_what_in_a_blind_round_on_another_story() {
    score(&dir("round2"), MIN_RECALL);
}

/// The third round, written blind after the second was scored: riverbank landslides and
/// sand mining in the Mekong delta, six more outlets' styles.
#[test]
fn who_said_what_in_a_third_blind_round() {
    score(&dir("round3"), MIN_BLIND_RECALL);
}

/// The fourth round, written blind after the third was scored: a coach crash on an
/// expressway, six more outlets' styles.
#[test]
fn who_said_what_in_a_fourth_blind_round() {
    score(&dir("round4"), MIN_BLIND_RECALL);
}

/// The fifth round, written blind after the fourth was scored: food poisoning at a school
/// canteen, six more outlets' styles.
#[test]
fn who_said_what_in_a_fifth_blind_round() {
    score(&dir("round5"), MIN_BLIND_RECALL);
}

/// The sixth round, written blind after the fifth was scored: a flash flood in a mountain
/// district and a hydropower plant blamed for it, six more outlets' styles.
#[test]
fn who_said_what_in_a_sixth_blind_round() {
    score(&dir("round6"), MIN_BLIND_RECALL);
}

fn score(dir: &Path, min_recall: f64) {
    let articles = dir.join("articles");
    let model = load(std::slice::from_ref(&articles), &Quiet).model;
    let quotes = found(&model);
    let (mut annotated, mut right, mut found_n) = (0usize, 0usize, 0usize);
    let (mut indirect, mut described, mut traps) = (0usize, 0usize, 0usize);
    let mut matched = vec![false; quotes.len()];
    let mut report: Vec<String> = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".quotes.toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expectation files in {}", dir.display());
    for file in &files {
        let name = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".quotes.toml", "");
        let exp: Expected = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let article = model
            .articles
            .iter()
            .find(|a| a.id == format!("{name}#1"))
            .unwrap_or_else(|| panic!("{name}: no article"));
        let body: Vec<String> = article.paragraphs.iter().map(|p| squash(&p.text)).collect();
        for s in &exp.statement {
            // The annotation's promise: its words are in the article, once.
            for part in s.parts() {
                let n: usize = body.iter().map(|p| p.matches(part.as_str()).count()).sum();
                assert_eq!(
                    n, 1,
                    "{name}: {part:?} should occur once in the article text"
                );
            }
            assert!(
                s.anonymous != s.speaker.is_some(),
                "{name}: {:?} needs a speaker or anonymous",
                s.text
            );
            assert!(matches!(s.kind.as_str(), "direct" | "indirect"));
            annotated += 1;
            indirect += usize::from(s.kind == "indirect");
            described += usize::from(s.shape.as_deref() == Some("description"));
            let hits: Vec<usize> = (0..quotes.len())
                .filter(|&i| quotes[i].article == article.id && s.matches(&quotes[i]))
                .collect();
            for &i in &hits {
                matched[i] = true;
            }
            if hits.is_empty() {
                report.push(format!("missed     {name}: {} said {:?}", s.who(), s.text));
                continue;
            }
            found_n += 1;
            let wrong: Vec<String> = hits
                .iter()
                .filter(|&&i| !s.right_speaker(&quotes[i]))
                .map(|&i| {
                    quotes[i]
                        .speaker
                        .as_ref()
                        .map_or("nobody".to_string(), |x| x.0.clone())
                })
                .collect();
            if wrong.is_empty() {
                right += 1;
            } else {
                report.push(format!(
                    "speaker    {name}: {:?} said by {}, found {}",
                    s.text,
                    s.who(),
                    wrong.join(", ")
                ));
            }
        }
        for t in &exp.trap {
            traps += 1;
            let part = squash(&t.text);
            // A statement that holds scare quotes is no trap taken.
            if let Some(q) = quotes.iter().enumerate().find_map(|(i, q)| {
                (!matched[i]
                    && q.article == article.id
                    && (q.text.contains(&part) || part.contains(&q.text)))
                .then_some(q)
            }) {
                report.push(format!(
                    "trap taken {name}: {:?} ({}) as {:?}",
                    t.text, t.why, q.text
                ));
            }
        }
    }
    let ids: Vec<String> = model.articles.iter().map(|a| a.id.clone()).collect();
    for (i, q) in quotes.iter().enumerate() {
        if !matched[i] && ids.contains(&q.article) {
            let who = q
                .speaker
                .as_ref()
                .map_or("nobody".to_string(), |x| x.0.clone());
            report.push(format!("not said   {}: {:?} (by {who})", q.article, q.text));
        }
    }
    let recall = right as f64 / annotated as f64;
    let precision = matched.iter().filter(|&&m| m).count() as f64 / quotes.len().max(1) as f64;
    let accuracy = right as f64 / found_n.max(1) as f64;
    println!(
        "{annotated} statements ({indirect} indirect, {described} through a description), {traps} traps; \
         {} quotes found\nrecall {recall:.3}  precision {precision:.3}  speaker accuracy {accuracy:.3}",
        quotes.len()
    );
    for line in &report {
        println!("  {line}");
    }
    assert!(annotated >= 40 && indirect >= 10 && described >= 5 && traps >= 5);
    assert!(recall >= min_recall, "recall {recall:.3} < {min_recall}");
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} < {MIN_PRECISION}"
    );
    assert!(
        accuracy >= MIN_SPEAKER_ACCURACY,
        "speaker accuracy {accuracy:.3} < {MIN_SPEAKER_ACCURACY}"
    );
}

/// The seventh round, written blind after the sixth was scored: a petrol shortage in the
/// southern provinces, six more outlets' styles.
#[test]
fn who_said_what_in_a_seventh_blind_round() {
    score(&dir("round7"), MIN_BLIND_RECALL);
}

/// The eighth round, written blind after the seventh was scored: world news this time
/// (a border clash between Thailand and Cambodia and the mediation that followed), with
/// invented foreign names, an interview in questions and answers, six more outlets.
#[test]
fn who_said_what_in_an_eighth_blind_round() {
    score(&dir("round8"), MIN_BLIND_RECALL);
}

/// The ninth round, written blind after the eighth was scored: sport (a semi-final lost on
/// penalties, a red card after a video review, a ban and an appeal), press conferences and
/// interviews in dashes, players called by their given names, six sports desks' styles.
#[test]
fn who_said_what_in_a_ninth_blind_round() {
    score(&dir("round9"), MIN_BLIND_RECALL);
}

/// The tenth round, written blind after the ninth was scored: business and technology (a
/// data leak at an e-commerce company, its e-wallet, the regulators, the share price),
/// press releases and posts on X in translation, five more outlets' styles.
#[test]
fn who_said_what_in_a_tenth_blind_round() {
    score(&dir("round10"), MIN_BLIND_RECALL);
}
