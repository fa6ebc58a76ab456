//! `dossier export` applies the corrections the reader saved for the corpus (dates set by
//! hand, actor merges) before filtering, and reports a state file it cannot use.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Scratch;
use dossier::article::Date;
use dossier::state::{State, Store};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn export(state_home: &Path, args: &[&str]) -> (Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("export")
        .args(args)
        .env("XDG_STATE_HOME", state_home)
        .env("XDG_CACHE_HOME", state_home.join("cache"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json = serde_json::from_slice(&out.stdout).unwrap();
    (json, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn temp(tag: &str) -> Scratch {
    Scratch::new(&format!("corr-{tag}"))
}

fn ids(v: &Value, list: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn export_prints_dates_set_by_hand_and_filters_on_them() {
    let home = temp("dates");
    let (plain, _) = export(&home, &[]);
    let article = ids(&plain, "articles")[1].clone();
    let store = Store::new(home.join("dossier"), "bundled");
    let mut state = State::new("bundled");
    state.set_date(&article, Date::new(2020, 5, 5).ok());
    store.save(&state).unwrap();

    let (all, err) = export(&home, &[]);
    assert!(err.is_empty(), "{err}");
    let a = &all["articles"][1];
    assert_eq!(a["id"], article.as_str());
    assert_eq!(a["date"], "2020-05-05");
    assert_eq!(a["date_basis"], "override");
    let (kept, _) = export(&home, &["--since", "2020-05", "--until", "2020-05-31"]);
    assert_eq!(ids(&kept, "articles"), [article]);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_date_set_by_hand_dates_the_year_less_days_of_its_article() {
    // 004 (Dân trí) has no dateline and no full date: "ngày 20/4" stays without a year.
    let home = temp("redate");
    let (plain, _) = export(&home, &[]);
    let on_20_4 = |v: &Value| -> Vec<String> {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["surface"].as_str().unwrap().contains("20/4"))
            .map(|e| e["date"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(on_20_4(&plain).is_empty());
    let id = "004_eb87d9dc229bc997#1";
    assert!(ids(&plain, "articles").contains(&id.to_string()));
    let store = Store::new(home.join("dossier"), "bundled");
    let mut state = State::new("bundled");
    state.set_date(id, Date::new(2016, 4, 21).ok());
    store.save(&state).unwrap();

    let (dated, err) = export(&home, &[]);
    assert!(err.is_empty(), "{err}");
    assert_eq!(on_20_4(&dated), ["2016-04-20"]);
    // "hôm nay" ("today") is the day set by hand.
    let today: Vec<&str> = dated["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["article"] == id && e["surface"] == "hôm nay")
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert!(!today.is_empty() && today.iter().all(|d| *d == "2016-04-21"));
    // The events of every other article are as they were.
    let others = |v: &Value| {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["article"] != id)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(others(&plain), others(&dated));
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn export_applies_actor_merges() {
    let home = temp("merges");
    let (plain, _) = export(&home, &[]);
    let actors = plain["actors"].as_array().unwrap();
    let (keep, gone) = (&actors[0], &actors[1]);
    let (keep_id, gone_id) = (keep["id"].as_str().unwrap(), gone["id"].as_str().unwrap());
    let store = Store::new(home.join("dossier"), "bundled");
    let mut state = State::new("bundled");
    state
        .merges
        .push((keep_id.to_string(), gone_id.to_string()));
    store.save(&state).unwrap();

    let (merged, _) = export(&home, &[]);
    let list = ids(&merged, "actors");
    assert_eq!(list.len(), actors.len() - 1);
    assert!(!list.iter().any(|i| i == gone_id));
    let kept = merged["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == keep_id)
        .unwrap();
    assert_eq!(
        kept["mentions"].as_u64(),
        Some(keep["mentions"].as_u64().unwrap() + gone["mentions"].as_u64().unwrap())
    );
    for alias in gone["aliases"].as_array().unwrap() {
        assert!(kept["aliases"].as_array().unwrap().contains(alias));
    }
    for e in merged["events"].as_array().unwrap() {
        assert!(!e["actors"].as_array().unwrap().iter().any(|a| a == gone_id));
    }
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_broken_state_is_reported_and_left_for_the_reader() {
    let home = temp("broken");
    let store = Store::new(home.join("dossier"), "bundled");
    std::fs::create_dir_all(home.join("dossier")).unwrap();
    std::fs::write(store.path(), "{").unwrap();
    let (json, err) = export(&home, &[]);
    assert!(json["articles"].as_array().is_some_and(|a| !a.is_empty()));
    assert!(err.contains("saved state not applied"), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert!(store.path().exists(), "export does not move the file");
    let _ = std::fs::remove_dir_all(&home);
}
