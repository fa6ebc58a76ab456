//! How dossier's page reading compares with a Readability port (`dom_smoothie`) on the
//! saved-page fixtures of tests/pages: `cargo run --release --example readability_compare`.
//!
//! For each page with an article, the expectations name text that must be in the article
//! (first and last paragraph, subheadings, captions, `present`) and furniture that must not
//! (`absent`). Each extractor's article text (title left out) is scored by the share of the
//! first it keeps (recall of text) and the share of the second it leaves out (precision
//! against furniture), after whitespace is collapsed. Dates, outlets and authors are
//! dossier's alone: Readability gives none of them from Vietnamese pages reliably.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut rows = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for exp in &paths {
        let name = exp.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".expected.toml") else {
            continue;
        };
        let Some(raw) = paths.iter().find(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n != name
                && (n == stem
                    || n.strip_prefix(stem)
                        .is_some_and(|r| r.starts_with('.') && !r.contains(".expected")))
        }) else {
            continue;
        };
        let bytes = std::fs::read(raw).unwrap();
        if dossier::page::sniff(&bytes) == dossier::page::Format::Text {
            continue;
        }
        let e: toml::Value = toml::from_str(&std::fs::read_to_string(exp).unwrap()).unwrap();
        let Some(a) = e
            .get("article")
            .and_then(|a| a.as_array())
            .and_then(|a| a.first())
        else {
            continue;
        };
        let list = |k: &str| -> Vec<String> {
            a.get(k)
                .and_then(|v| v.as_array())
                .map(|v| v.iter().filter_map(|s| s.as_str().map(ws)).collect())
                .unwrap_or_default()
        };
        let mut want: Vec<String> = ["first", "last"]
            .iter()
            .filter_map(|k| a.get(*k).and_then(|v| v.as_str()).map(ws))
            .collect();
        want.extend(list("headings"));
        want.extend(list("captions"));
        want.extend(list("present"));
        let absent = list("absent");
        // dossier
        let loaded = dossier::corpus::load(std::slice::from_ref(raw));
        let (articles, _) = dossier::pipeline::clean_files(&loaded.files);
        let ours = articles
            .first()
            .map(|a| {
                ws(&a
                    .paragraphs
                    .iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"))
            })
            .unwrap_or_default();
        // dom_smoothie on the page's HTML as dossier decoded it (MHTML: its HTML part)
        let html = match dossier::page::sniff(&bytes) {
            dossier::page::Format::Mhtml => {
                let m = mail_html(&bytes);
                m.unwrap_or_default()
            }
            _ => decode(&bytes),
        };
        let theirs = dom_smoothie::Readability::new(html.as_str(), None, None)
            .ok()
            .and_then(|mut r| r.parse().ok())
            .map(|a| {
                ws(
                    &unicode_normalization::UnicodeNormalization::nfc(a.text_content.as_ref())
                        .collect::<String>(),
                )
            })
            .unwrap_or_default();
        let score = |text: &str| {
            let kept = want.iter().filter(|w| text.contains(w.as_str())).count();
            let left = absent.iter().filter(|w| !text.contains(w.as_str())).count();
            (kept, want.len(), left, absent.len())
        };
        rows.push((stem.to_string(), score(&ours), score(&theirs)));
    }
    let mut tot = [0usize; 8];
    println!("{:<48} {:>14} {:>14}", "page", "dossier", "dom_smoothie");
    for (stem, o, t) in &rows {
        println!(
            "{:<48} {:>3}/{:<3} {:>3}/{:<3} {:>3}/{:<3} {:>3}/{:<3}",
            stem, o.0, o.1, o.2, o.3, t.0, t.1, t.2, t.3
        );
        for (i, v) in [o.0, o.1, o.2, o.3, t.0, t.1, t.2, t.3]
            .into_iter()
            .enumerate()
        {
            tot[i] += v;
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "text kept: dossier {:.1}%  dom_smoothie {:.1}%;  furniture left out: dossier {:.1}%  dom_smoothie {:.1}%",
        pct(tot[0], tot[1]),
        pct(tot[4], tot[5]),
        pct(tot[2], tot[3]),
        pct(tot[6], tot[7])
    );
}

/// The page decoded as dossier decodes it (charset from BOM, meta, detection), as UTF-8.
fn decode(bytes: &[u8]) -> String {
    // dossier's own reading normalises and parses; for the comparison the raw decoded
    // markup is wanted, so take the declared or detected charset the simple way.
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let enc = if head.contains("windows-1258") {
        encoding_rs::WINDOWS_1258
    } else {
        encoding_rs::UTF_8
    };
    enc.decode(bytes).0.into_owned()
}

fn mail_html(bytes: &[u8]) -> Option<String> {
    let m = mail_parser::MessageParser::default().parse(bytes)?;
    m.parts.iter().find_map(|p| match &p.body {
        mail_parser::PartType::Html(h) => Some(h.to_string()),
        _ => None,
    })
}
