//! The command line as scripts use it: exit codes, one-line errors, the JSON commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Output;

fn dossier(args: &[&str]) -> Output {
    let home = common::Scratch::new("cli");
    common::dossier_in(&home).args(args).output().unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = dossier(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn usage_errors_are_one_line_and_exit_2() {
    for args in [
        &["export", "--since", "2022-13"][..],
        &["--bogus"],
        &["actors", "--limit", "many"],
    ] {
        let out = dossier(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("dossier: "), "{err}");
    }
}

/// The progress bar is for a terminal: in a pipe stderr holds warnings only.
#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let here = env!("CARGO_MANIFEST_DIR");
    let home = common::Scratch::new("cli-pipe");
    let out = common::dossier_in(&home)
        .args(["timeline", &format!("{here}/tests/articles"), "--no-cache"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    assert!(!err.contains("reading and cleaning"), "{err}");
    assert!(err.lines().all(|l| l.starts_with("dossier: ")), "{err}");
}

#[test]
fn nothing_loadable_exits_1_naming_the_path() {
    let out = dossier(&["export", "/no/such/corpus"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/no/such/corpus") && !err.contains("panicked"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn help_describes_every_command_and_option() {
    let top = String::from_utf8(dossier(&["--help"]).stdout).unwrap();
    for c in ["export", "actors", "timeline"] {
        assert!(top.contains(c), "{top}");
    }
    let export = String::from_utf8(dossier(&["export", "--help"]).stdout).unwrap();
    for o in ["--since", "--until", "--actor"] {
        assert!(export.contains(o), "{export}");
    }
    let actors = String::from_utf8(dossier(&["actors", "--help"]).stdout).unwrap();
    for o in ["--query", "--limit", "--json"] {
        assert!(actors.contains(o), "{actors}");
    }
}

#[test]
fn every_person_is_found_by_surname_typed_in_ascii() {
    let export = json(&["export"]);
    let people: Vec<&str> = export["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "person")
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert!(people.len() >= 15, "{people:?}");
    for name in people {
        let surname = dossier::text::fold(name.rsplit(' ').next().unwrap());
        let hits = json(&["actors", "--query", &surname, "--limit", "3", "--json"]);
        let names: Vec<&str> = hits
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["name"].as_str().unwrap())
            .collect();
        // Found among the first three ("rasmussen" also names Rasmussen Global).
        assert!(names.contains(&name), "{surname} → {names:?}");
    }
}

#[test]
fn queries_ignore_case_and_diacritics() {
    for (q, want) in [
        ("my", "Mỹ"),
        ("nga", "Nga"),
        ("kremlin", "Điện Kremlin"),
        ("dien kremlin", "Điện Kremlin"),
        ("hoi dong nga nato", "Hội đồng Nga-NATO"),
    ] {
        let hits = json(&["actors", "--query", q, "--limit", "1", "--json"]);
        assert_eq!(hits[0]["name"], want, "{q}");
    }
}

#[test]
fn export_filters_by_date_and_actor() {
    let by_date = json(&["export", "--since", "2022-01-13", "--until", "2022-01-13"]);
    let ids: Vec<&str> = by_date["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["001_2c8f21b71f9a2bec#1", "001_2c8f21b71f9a2bec#2"]);
    // Events exported are those of the kept articles only.
    assert!(by_date["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["article"].as_str().unwrap().starts_with("001_")));
    let lavrov = json(&["export", "--actor", "lavrov"]);
    let ids: Vec<&str> = lavrov["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["002_04c48dc39d6a4aed#1", "003_bb64801ae19f6d5c#1"]);
}

#[test]
fn the_timeline_lists_dates_oldest_first_with_their_articles() {
    let t = json(&["timeline", "--json"]);
    let entries = t.as_array().unwrap();
    let dates: Vec<&str> = entries
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);
    let council = entries.iter().find(|e| e["date"] == "2022-01-12").unwrap();
    assert_eq!(council["articles"].as_array().unwrap().len(), 5);
    assert_eq!(council["precision"], "day");
}

/// `dossier explain` says what became of every line of a page and, for each dropped line,
/// which rule dropped it; for a saved web page also the blocks left out before the text.
#[test]
fn explain_names_a_rule_for_every_dropped_line() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dropped = 0;
    for entry in std::fs::read_dir(root.join("assets/corpus")).unwrap() {
        let path = entry.unwrap().path();
        let out = dossier(&["explain", path.to_str().unwrap()]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        // The lines, then what each rule that dropped one drops.
        let (lines, legend) = text
            .split_once("\nthe rules that dropped lines:\n")
            .unwrap_or((&text, ""));
        let described: Vec<&str> = legend
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        for line in lines.lines() {
            let mut cols = line.split_whitespace();
            let (verdict, rule) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            assert!(
                ["title", "dateline", "byline", "body", "heading", "caption", "dropped"]
                    .contains(&verdict),
                "{line}"
            );
            if verdict == "dropped" {
                dropped += 1;
                assert!(
                    described.contains(&rule),
                    "rule not described: {line}\n{legend}"
                );
            }
        }
    }
    assert!(
        dropped > 50,
        "{dropped} dropped lines in the bundled corpus"
    );
    let page = root.join("tests/pages/vnexpress-nato-russia-council-jsonld.html");
    let out = dossier(&["explain", page.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("a saved web page"), "{text}");
    assert!(
        text.contains("related-news") && text.contains("page-header"),
        "{text}"
    );
    assert!(text.contains("\n  title "), "{text}");
    // What each rule that left a block out leaves out, before the lines.
    let (_, blocks) = text
        .split_once("\nthe rules that left blocks out:\n")
        .expect("a legend of the block rules");
    let related = blocks
        .lines()
        .find(|l| l.trim_start().starts_with("related-news "));
    assert!(related.is_some_and(|l| l.contains("class")), "{blocks}");
    // A site the page names by a short form is shown with the outlet table's name.
    let antd = root.join("tests/pages/b-antd-nato-standby-comments.jsp");
    let antd = dossier(&["explain", antd.to_str().unwrap()]);
    let antd = String::from_utf8_lossy(&antd.stdout);
    assert!(
        antd.contains("\n  site      ANTĐ (the outlet An ninh Thủ đô)\n"),
        "{antd}"
    );
    // Then the names the actor finder found in the article, each with its rule, and what
    // those rules mean.
    let (_, names) = text
        .split_once("names the actor finder found in the text")
        .expect("a names section");
    assert!(
        names.contains("\n  name      capitalised-run") && names.contains("Stoltenberg"),
        "{names}"
    );
    assert!(
        names.contains("\nthe name finder's rules used:\n  capitalised-run "),
        "{names}"
    );
}
