//! `dossier quotes`, the export's `quotes` and `actors --json`'s `quotes` and `with`, as
//! scripts use them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use serde_json::Value;
use std::process::Output;

fn dossier(args: &[&str]) -> Output {
    let home = common::Scratch::new("quotes-cli");
    common::dossier_in(&home).args(args).output().unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = dossier(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quotes/articles");

#[test]
fn quotes_of_an_actor_print_one_line_each_with_date_outlet_and_words() {
    let out = dossier(&["quotes", "--actor", "lavrov"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.is_empty(),
        "the bundled corpus has Lavrov's statement"
    );
    for line in text.lines() {
        assert!(line.contains("Sergei Lavrov ("), "{line}");
    }
    assert!(text.contains("hết kiên nhẫn"), "{text}");
    // A query that matches nobody says so and prints nothing.
    let none = dossier(&["quotes", "--actor", "zzzzqqq"]);
    assert!(none.stdout.is_empty());
    assert!(String::from_utf8_lossy(&none.stderr).contains("no actor matches"));
}

#[test]
fn quotes_json_adds_speaker_name_date_and_source_oldest_first() {
    let all = json(&["quotes", FIXTURES, "--json"]);
    let all = all.as_array().unwrap();
    assert!(all.len() >= 60, "{}", all.len());
    let dates: Vec<&str> = all.iter().map(|q| q["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let grushko = json(&["quotes", FIXTURES, "--actor", "grushko", "--json"]);
    let grushko = grushko.as_array().unwrap();
    assert_eq!(grushko.len(), 4, "{grushko:#?}");
    for q in grushko {
        assert_eq!(q["speaker"], "alexander-grushko");
        assert_eq!(q["speaker_name"], "Alexander Grushko");
        assert_eq!(q["date"], "2022-01-12");
        assert_eq!(q["source"], "Tuổi Trẻ");
        assert!(q["kind"] == "direct" || q["kind"] == "indirect");
    }
    // The quote over two paragraphs is two entries, in two paragraphs, one after the other.
    let two: Vec<&Value> = grushko
        .iter()
        .filter(|q| q["cue"] == "nói" && q["kind"] == "direct")
        .collect();
    assert_eq!(two.len(), 2);
    assert_eq!(
        two[1]["paragraph"].as_u64().unwrap(),
        two[0]["paragraph"].as_u64().unwrap() + 1
    );
}

#[test]
fn the_export_carries_quotes_within_their_paragraphs() {
    let m = json(&["export", FIXTURES]);
    let quotes = m["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    let actors: Vec<&str> = m["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    for q in quotes {
        let a = m["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == q["article"])
            .unwrap();
        let p = a["paragraphs"][q["paragraph"].as_u64().unwrap() as usize]["text"]
            .as_str()
            .unwrap();
        assert!(p.contains(q["text"].as_str().unwrap()), "{q}");
        assert!(q["speaker"].is_null() || actors.contains(&q["speaker"].as_str().unwrap()));
    }
    // An anonymous source has no speaker.
    let anon = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains("rời trụ sở NATO"))
        .unwrap();
    assert!(anon["speaker"].is_null());
}

#[test]
fn actors_json_counts_statements_and_names_company() {
    let hits = json(&[
        "actors",
        FIXTURES,
        "--query",
        "zakharova",
        "--limit",
        "1",
        "--json",
    ]);
    let z = &hits[0];
    assert_eq!(z["id"], "maria-zakharova");
    let said = json(&["quotes", FIXTURES, "--actor", "zakharova", "--json"]);
    assert_eq!(
        z["quotes"].as_u64().unwrap() as usize,
        said.as_array().unwrap().len()
    );
    assert!(z["quotes"].as_u64().unwrap() >= 5);
    let with: Vec<&str> = z["with"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(!with.is_empty() && with.len() <= 5, "{with:?}");
    assert!(
        with.contains(&"nga") || with.contains(&"bo-ngoai-giao-nga"),
        "{with:?}"
    );
    let help = String::from_utf8(dossier(&["quotes", "--help"]).stdout).unwrap();
    assert!(
        help.contains("--actor") && help.contains("--json"),
        "{help}"
    );
}
