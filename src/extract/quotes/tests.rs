use super::lists::Lists;
use super::tokens::{quote_spans, Para};
use crate::article::{Article, Paragraph, ParagraphKind};
use crate::extract::gazetteer::Gazetteer;
use crate::model::{Model, QuoteKind};

/// One article of `text` (paragraphs split by blank lines) through the whole model.
fn model(text: &str) -> Model {
    let paragraphs = text
        .split("\n\n")
        .map(|p| Paragraph::new(ParagraphKind::Body, p.trim()))
        .collect();
    let article = Article {
        id: "x#1".into(),
        file: "x.txt".into(),
        title: "Tiêu đề".into(),
        paragraphs,
        ..Article::default()
    };
    crate::model::build(vec![article], &Gazetteer::bundled())
}

/// `(speaker name or "", cue, text)` of each statement of `text`.
fn statements(text: &str) -> Vec<(String, String, String)> {
    let m = model(text);
    m.quotes
        .iter()
        .map(|q| {
            let who = q
                .speaker
                .map_or(String::new(), |a| m.actors[a].name.clone());
            let words =
                m.articles[q.article].paragraphs[q.paragraph].text[q.start..q.end].to_string();
            (who, q.cue.clone(), words)
        })
        .collect()
}

#[test]
fn the_bundled_lists_parse() {
    let src = include_str!("../../../assets/quotes.toml");
    let lists = Lists::from_toml(src).unwrap();
    assert!(lists.verb_words.contains(&"cho biết".to_string()));
    assert!(lists.examples.len() >= 20);
    assert!(Lists::from_toml("[verbs]\nwords = 3").is_err());
}

/// Every example of every list in assets/quotes.toml: the statement it shows is found, with
/// its speaker and cue, or (`none`) nothing is.
#[test]
fn every_list_example_reads_as_its_list_says() {
    let lists = Lists::bundled();
    let mut failures = Vec::new();
    for (list, e) in &lists.examples {
        let found = statements(&e.text);
        if e.none {
            if !found.is_empty() {
                failures.push(format!(
                    "[{list}] {:?}: expected no statement, found {found:?}",
                    e.text
                ));
            }
            continue;
        }
        let want = e.quote.as_deref().unwrap_or("");
        let hit = found
            .iter()
            .find(|(_, _, w)| w.contains(want) || (!w.is_empty() && want.contains(w.as_str())));
        match hit {
            None => failures.push(format!(
                "[{list}] {:?}: no statement holding {want:?}; found {found:?}",
                e.text
            )),
            Some((who, cue, _)) => {
                if Some(who.as_str()) != e.speaker.as_deref()
                    || Some(cue.as_str()) != e.cue.as_deref()
                {
                    failures.push(format!(
                        "[{list}] {:?}: said by {who:?} ({cue:?}), expected {:?} ({:?})",
                        e.text, e.speaker, e.cue
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quotation_marks_pair_and_nest_and_apostrophes_are_not_quotes() {
    let t = "«Chúng tôi nói “không” với \"xâm lược\"», bà nói. O'Brien và ‘Dòng chảy’.";
    let spans = quote_spans(t, false);
    let texts: Vec<&str> = spans.iter().map(|s| &t[s.inner.clone()]).collect();
    assert_eq!(
        texts,
        ["Chúng tôi nói “không” với \"xâm lược\"", "Dòng chảy"]
    );
    // A quotation left open runs on; the next paragraph may open inside it.
    let open = quote_spans("“Một đoạn dài. Còn nữa", false);
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].close, None);
    let next = "Câu cuối”, ông nói.";
    let spans = quote_spans(next, true);
    assert_eq!(&next[spans[0].inner.clone()], "Câu cuối");
    assert!(spans[0].continued && spans[0].open.is_none());
}

#[test]
fn sentences_do_not_break_inside_quotations_or_after_initials() {
    let t = "“Một. Hai”, ông A. Smith nói. Câu hai 8.500 binh sĩ! Ba";
    let p = Para::new(Lists::bundled(), t, &[], false);
    let got: Vec<String> = p
        .sentences()
        .into_iter()
        .map(|r| t[p.toks[r.start].start..p.toks[r.end - 1].end].to_string())
        .collect();
    assert_eq!(
        got,
        [
            "“Một. Hai”, ông A. Smith nói.",
            "Câu hai 8.500 binh sĩ!",
            "Ba"
        ]
    );
}

#[test]
fn a_split_quote_and_a_quote_over_two_paragraphs_keep_their_speaker() {
    let m = model("“Chúng tôi muốn hòa bình”, ông Lavrov nói, “nhưng chúng tôi sẽ tự vệ”.\n\n“Chúng tôi đã nói rõ điều đó. Tình hình rất nguy hiểm.\n\nChúng tôi không có chương trình nghị sự nào với NATO”, ông Lavrov nói với các phóng viên.");
    let lavrov = m
        .actors
        .iter()
        .position(|a| a.name == "Sergei Lavrov")
        .unwrap();
    let q: Vec<(usize, bool, &str)> = m
        .quotes
        .iter()
        .map(|q| {
            (
                q.paragraph,
                q.continues,
                &m.articles[0].paragraphs[q.paragraph].text[q.start..q.end],
            )
        })
        .collect();
    assert_eq!(
        q,
        [
            (0, false, "Chúng tôi muốn hòa bình"),
            (0, true, "nhưng chúng tôi sẽ tự vệ"),
            (
                1,
                false,
                "Chúng tôi đã nói rõ điều đó. Tình hình rất nguy hiểm."
            ),
            (
                2,
                true,
                "Chúng tôi không có chương trình nghị sự nào với NATO"
            ),
        ]
    );
    assert!(m
        .quotes
        .iter()
        .all(|x| x.speaker == Some(lavrov) && x.kind == QuoteKind::Direct));
}

#[test]
fn scare_quotes_names_and_unknown_descriptions_are_not_statements_or_have_no_speaker() {
    assert!(statements(
        "Nga và NATO vẫn còn “hố sâu ngăn cách” về dự án “Dòng chảy phương Bắc 2”."
    )
    .is_empty());
    // Nobody was named as a diplomat before: the speaker is nobody, not a guess.
    let found = statements(
        "Ông Peskov phát biểu tại Moskva. Nhà ngoại giao Mỹ cho biết hai bên sẽ gặp lại.",
    );
    assert_eq!(
        found,
        [(
            String::new(),
            "cho biết".to_string(),
            "hai bên sẽ gặp lại".to_string()
        )]
    );
}
