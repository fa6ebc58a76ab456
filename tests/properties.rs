//! Properties that must hold on any input: decoding never panics and gives NFC text with LF
//! line ends; cleaning never panics and gives articles a reader can show; the model built
//! from them keeps the export contract (every event points at a real paragraph and quotes
//! it). Inputs are arbitrary bytes and strings, and pages built from realistic pieces: seed
//! lines, junk, timestamps, numbers, dates and Vietnamese words in random order.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::article::Article;
use dossier::clean::clean_file;
use dossier::corpus::{decode, SourceFile};
use dossier::model::Model;
use dossier::pipeline;
use proptest::prelude::*;
use proptest::test_runner::Config;
use unicode_normalization::is_nfc;

const SEEDS: [&str; 5] = [
    include_str!("../assets/corpus/000_4bc8bb57eeb0e8ac.txt"),
    include_str!("../assets/corpus/001_2c8f21b71f9a2bec.txt"),
    include_str!("../assets/corpus/002_04c48dc39d6a4aed.txt"),
    include_str!("../assets/corpus/003_bb64801ae19f6d5c.txt"),
    include_str!("../assets/corpus/004_eb87d9dc229bc997.txt"),
];

const BOM: char = '\u{feff}';

const WORDS: [&str; 40] = [
    "Nga",
    "NATO",
    "Mỹ",
    "Ukraine",
    "Điện Kremlin",
    "Thứ trưởng",
    "Ngoại giao",
    "Bộ trưởng",
    "Tổng thống",
    "ông",
    "bà",
    "ngày",
    "hôm",
    "tháng",
    "năm",
    "chiều",
    "sáng",
    "tối",
    "qua",
    "tới",
    "trước",
    "nay",
    "cuộc họp",
    "đàm phán",
    "an ninh",
    "châu Âu",
    "Brussels",
    "Geneva",
    "Sergei Lavrov",
    "Wendy Sherman",
    "cho biết",
    "nói",
    "theo",
    "Ảnh:",
    "(Ảnh: AFP)",
    "Tin liên quan",
    "Bình luận",
    "Chia sẻ",
    "TP.",
    "–",
];

/// Every non-empty line of the five seed pages.
fn seed_lines() -> Vec<&'static str> {
    SEEDS
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// A timestamp or dateline in one of the shapes news pages print.
fn timestamp() -> impl Strategy<Value = String> {
    (1u32..=31, 1u32..=12, 1990u32..=2030, 0u32..=23, 0u32..=59).prop_flat_map(
        |(d, m, y, h, mi)| {
            prop_oneof![
                Just(format!("{d:02}/{m:02}/{y}, {h:02}:{mi:02}")),
                Just(format!("{h:02}:{mi:02}:{d:02} {d:02}/{m:02}/{y}")),
                Just(format!("Thứ tư, {d}/{m}/{y}, {h:02}:{mi:02} (GMT+7)")),
                Just(format!("{y}-{m:02}-{d:02}")),
                Just(format!("ngày {d}/{m}")),
                Just(format!("Ngày {d}.{m}, ")),
                Just(format!("tháng {m}/{y}")),
                Just(format!("cuối năm {y}")),
                Just(format!("{d}/{m}/{y}")),
                Just(format!("{d}-{m}")),
                Just(format!("{h} giờ trước")),
            ]
        },
    )
}

/// A sentence of Vietnamese words, sometimes with a date in it and a full stop.
fn vietnamese_sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..25),
        prop::option::of(timestamp()),
        any::<bool>(),
    )
        .prop_map(|(words, date, stop)| {
            let mut s = words.join(" ");
            if let Some(d) = date {
                s.push(' ');
                s.push_str(&d);
            }
            if stop {
                s.push('.');
            }
            s
        })
}

/// One line of junk: anything printable or not, odd spaces, marks, controls.
fn junk_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        any::<String>(),
        "[ \t\u{a0}\u{200b}\u{feff}\u{301}\u{323}.:;!?…\"“”()/0-9-]{0,20}",
        prop::collection::vec(any::<char>(), 0..30).prop_map(|v| v.into_iter().collect()),
    ]
}

/// A date glued to odd neighbours: multibyte punctuation, combining marks, digits.
fn glued_date() -> impl Strategy<Value = String> {
    let glue = "[…–—“”‘’\u{301}\u{323}\u{a0}./,:;()0-9a-zđư ]{0,3}";
    (glue, timestamp(), glue, vietnamese_sentence())
        .prop_map(|(a, d, b, rest)| format!("{rest} {a}{d}{b} {rest}"))
}

/// One line of a page built from realistic pieces.
fn piece() -> impl Strategy<Value = String> {
    let seeds = seed_lines();
    prop_oneof![
        4 => prop::sample::select(seeds).prop_map(str::to_string),
        2 => vietnamese_sentence(),
        1 => glued_date(),
        1 => junk_line(),
        1 => timestamp(),
        1 => any::<u32>().prop_map(|n| n.to_string()),
        1 => Just(String::new()),
        1 => Just("   ".to_string()),
    ]
}

/// A page: pieces joined by single or double line ends.
fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), any::<bool>()), 0..60).prop_map(|lines| {
        let mut s = String::new();
        for (line, blank) in lines {
            s.push_str(&line);
            s.push_str(if blank { "\n\n" } else { "\n" });
        }
        s
    })
}

/// Bytes that are text mostly, broken sometimes: BOMs, CRs, NULs, stray high bytes.
fn text_like_bytes() -> impl Strategy<Value = Vec<u8>> {
    let prefix = prop::sample::select(vec![
        &b""[..],
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\x89PNG",
    ]);
    (
        prefix,
        page(),
        prop::collection::vec((any::<usize>(), any::<u8>()), 0..8),
    )
        .prop_map(|(prefix, text, noise)| {
            let mut b = prefix.to_vec();
            b.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
            if !b.is_empty() {
                for (at, byte) in noise {
                    let i = at % b.len();
                    b[i] = byte;
                }
            }
            b
        })
}

/// What a reader is shown of an article must make sense: a title, and paragraphs of text
/// on one line each.
fn check_articles(file: &str, articles: &[Article]) -> Result<(), TestCaseError> {
    for (n, a) in articles.iter().enumerate() {
        prop_assert!(!a.title.trim().is_empty(), "empty title: {a:#?}");
        prop_assert!(!a.title.contains('\n'), "title on two lines: {a:#?}");
        prop_assert_eq!(&a.file, file);
        prop_assert!(
            a.id.ends_with(&format!("#{}", n + 1)),
            "id {} is not #{}",
            a.id,
            n + 1
        );
        for p in &a.paragraphs {
            prop_assert!(!p.text.trim().is_empty(), "empty paragraph: {a:#?}");
            prop_assert!(!p.text.contains('\n'), "paragraph with a line end: {a:#?}");
        }
    }
    Ok(())
}

/// The export contract, checked on the model: every index in range, every byte range on
/// char boundaries, every event quoting its paragraph.
fn check_model(m: &Model) -> Result<(), TestCaseError> {
    for e in &m.events {
        prop_assert!(e.article < m.articles.len(), "event article out of range");
        let paras = &m.articles[e.article].paragraphs;
        prop_assert!(e.paragraph < paras.len(), "event paragraph out of range");
        let text = &paras[e.paragraph].text;
        prop_assert!(
            e.start < e.end && text.get(e.start..e.end).is_some(),
            "event range {}..{} not in paragraph {:?}",
            e.start,
            e.end,
            text
        );
        prop_assert_eq!(&text[e.start..e.end], e.surface.as_str());
        prop_assert!(!e.surface.is_empty());
        prop_assert!(
            e.text.contains(&e.surface),
            "surface {:?} not in its sentence {:?}",
            e.surface,
            e.text
        );
        prop_assert!(
            text.contains(&e.text),
            "sentence {:?} not in its paragraph",
            e.text
        );
        prop_assert!(e.actors.iter().all(|&x| x < m.actors.len()));
    }
    for x in &m.mentions {
        prop_assert!(x.article < m.articles.len() && x.actor < m.actors.len());
        let paras = &m.articles[x.article].paragraphs;
        prop_assert!(x.paragraph < paras.len());
        prop_assert!(x.start < x.end && paras[x.paragraph].text.get(x.start..x.end).is_some());
    }
    for a in &m.actors {
        prop_assert!(a.articles.iter().all(|&i| i < m.articles.len()));
    }
    for t in &m.timeline {
        prop_assert!(!t.events.is_empty());
        prop_assert!(t.events.iter().all(|&e| e < m.events.len()));
        prop_assert!(t.articles.iter().all(|&a| a < m.articles.len()));
    }
    // The JSON a script reads: events name existing articles and paragraphs.
    let json = serde_json::to_value(dossier::export::export(m)).expect("export serialises");
    let articles = json["articles"].as_array().expect("articles array");
    for e in json["events"].as_array().expect("events array") {
        let id = e["article"].as_str().expect("event article id");
        let a = articles.iter().find(|a| a["id"] == id);
        prop_assert!(a.is_some(), "event names unknown article {id}");
        let paras = a
            .and_then(|a| a["paragraphs"].as_array())
            .map_or(0, Vec::len);
        let p = e["paragraph"].as_u64().expect("paragraph index") as usize;
        prop_assert!(p < paras, "paragraph {p} of {paras} in {id}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config::with_cases(256))]

    #[test]
    fn decode_never_panics_and_gives_nfc_lf_text(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(d) = decode(&bytes) {
            prop_assert!(is_nfc(&d.text), "not NFC: {:?}", d.text);
            prop_assert!(!d.text.contains('\r'));
            prop_assert!(!d.text.starts_with(BOM), "BOM left in");
        }
    }

    #[test]
    fn decode_of_damaged_text_gives_nfc_lf_text(bytes in text_like_bytes()) {
        if let Ok(d) = decode(&bytes) {
            prop_assert!(is_nfc(&d.text), "not NFC: {:?}", d.text);
            prop_assert!(!d.text.contains('\r'));
            prop_assert!(!d.text.starts_with(BOM), "BOM left in");
        }
    }
}

proptest! {
    #![proptest_config(Config::with_cases(128))]

    #[test]
    fn clean_file_never_panics_on_arbitrary_strings(text in any::<String>()) {
        let articles = clean_file("junk.txt", &text);
        check_articles("junk.txt", &articles)?;
    }

    #[test]
    fn clean_file_never_panics_on_junk_lines(lines in prop::collection::vec(junk_line(), 0..40)) {
        let text = lines.join("\n");
        let articles = clean_file("junk.txt", &text);
        check_articles("junk.txt", &articles)?;
    }

    #[test]
    fn clean_file_gives_readable_articles_from_realistic_pages(text in page()) {
        let articles = clean_file("sub/page.txt", &text);
        check_articles("sub/page.txt", &articles)?;
    }
}

proptest! {
    #![proptest_config(Config::with_cases(64))]

    #[test]
    fn build_keeps_the_export_contract(pages in prop::collection::vec(page(), 1..4)) {
        let files: Vec<SourceFile> = pages
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let d = decode(p.as_bytes()).ok()?;
                Some(SourceFile { name: format!("{i:03}.txt"), text: d.text, ..Default::default() })
            })
            .collect();
        let model = pipeline::build(&files);
        for f in &files {
            let mine: Vec<Article> =
                model.articles.iter().filter(|a| a.file == f.name).cloned().collect();
            check_articles(&f.name, &mine)?;
        }
        check_model(&model)?;
    }

    #[test]
    fn build_keeps_the_export_contract_on_damaged_bytes(raw in prop::collection::vec(text_like_bytes(), 1..3)) {
        let files: Vec<SourceFile> = raw
            .iter()
            .enumerate()
            .filter_map(|(i, b)| {
                let d = decode(b).ok()?;
                Some(SourceFile { name: format!("{i:03}.txt"), text: d.text, ..Default::default() })
            })
            .collect();
        let model = pipeline::build(&files);
        check_model(&model)?;
    }
}

/// The realistic pages do reach the parts the properties are about: articles with
/// paragraphs, and dated events. Without this the model checks could pass on nothing.
#[test]
fn realistic_pages_give_articles_and_events() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    // Junk lines may hold NULs, which make a page binary: those pages are left out.
    let files: Vec<SourceFile> = (0..32)
        .filter_map(|i| {
            let text = page().new_tree(&mut runner).expect("a page").current();
            Some(SourceFile {
                name: format!("{i:03}.txt"),
                text: decode(text.as_bytes()).ok()?.text,
                ..Default::default()
            })
        })
        .collect();
    assert!(files.len() >= 24, "{} pages are text", files.len());
    let model = pipeline::build(&files);
    let paragraphs: usize = model.articles.iter().map(|a| a.paragraphs.len()).sum();
    assert!(
        model.articles.len() >= 16,
        "{} articles",
        model.articles.len()
    );
    assert!(paragraphs >= 100, "{paragraphs} paragraphs");
    assert!(model.events.len() >= 20, "{} events", model.events.len());
    assert!(!model.timeline.is_empty());
}

/// A page pasted without its headline, whose first paragraph opens with an ellipsis, is
/// still listed with a title.
#[test]
fn a_lead_opening_with_an_ellipsis_still_gets_a_title() {
    let text = "... và đó là lý do Nga không thể chấp nhận đề xuất của NATO về an ninh châu Âu, \
                ông Lavrov nói với các phóng viên tại Moscow hôm 14/1.\n\n\
                Phía NATO chưa đưa ra phản hồi chính thức về tuyên bố này của ngoại trưởng Nga.\n";
    let articles = clean_file("a.txt", text);
    assert_eq!(articles.len(), 1);
    assert!(articles[0].title_inferred);
    assert!(
        articles[0].title.contains("và đó là lý do Nga"),
        "title {:?}",
        articles[0].title
    );
}
