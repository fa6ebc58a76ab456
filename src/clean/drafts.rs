//! Second looks at the articles the segmenter found, once each is whole: a stray
//! paragraph before the first headline, and pull quotes printed beside their paragraph.

use super::segment::ArticleDraft;
use crate::article::{Dropped, Paragraph, ParagraphKind};

/// A lone paragraph, undated or without a headline, right before a headlined article
/// (dated, or of several paragraphs) is page furniture written as a sentence (a cookie notice, a newsletter's "view in browser", a
/// forum post's one-line intro under the thread title): it and any title it got join the
/// next article's dropped lines.
pub fn fold_stray_paragraphs(drafts: Vec<ArticleDraft>) -> Vec<ArticleDraft> {
    let mut out: Vec<ArticleDraft> = Vec::with_capacity(drafts.len());
    let mut stray: Option<ArticleDraft> = None;
    for mut d in drafts {
        if let Some(s) = stray.take() {
            let article = d.date.is_some() || d.lead_outlet.is_some() || d.paragraphs.len() >= 3;
            if d.title.is_some() && article {
                let stray = |t: String| Dropped::new(t, 0, "stray-notice");
                let mut dropped: Vec<Dropped> = s.title.into_iter().map(stray).collect();
                dropped.extend(s.paragraphs.into_iter().map(|p| stray(p.text)));
                dropped.extend(s.dropped.into_iter().map(|x| Dropped { at: 0, ..x }));
                dropped.append(&mut d.dropped);
                d.dropped = dropped;
                let mut furniture = s.furniture;
                furniture.append(&mut d.furniture);
                d.furniture = furniture;
            } else {
                out.push(s);
            }
        }
        let lone = (d.date.is_none() || d.title.is_none())
            && d.lead_outlet.is_none()
            && d.paragraphs.len() == 1;
        if lone {
            stray = Some(d);
        } else {
            out.push(d);
        }
    }
    out.extend(stray);
    out
}

/// A pull quote: a quotation printed again, on its own, from a paragraph near it. It is
/// decoration, not text; the paragraph it comes from stays.
pub fn drop_pull_quotes(d: &mut ArticleDraft) {
    const NEAR: usize = 8;
    // Wholly a quotation: opens and closes with a quote mark (no "…”, ông X nói.").
    // A long one set as a heading is one too ("a heading" of ten words in quotes that the
    // text beside it says again); a short quoted heading is a subheading.
    let quoted = |p: &Paragraph| {
        let least = match p.kind {
            ParagraphKind::Body => 6,
            ParagraphKind::Heading => 10,
            ParagraphKind::Caption => return false,
        };
        p.text.starts_with(['“', '"', '«', '‘'])
            && p.text.trim_end_matches('.').ends_with(['”', '"', '»', '’'])
            && p.text.split(' ').count() >= least
    };
    // A pull quote set without its quotation marks (the mark drawn apart, "“" on a line of
    // its own): a body paragraph of a sentence or two that a paragraph near it opens with.
    let opens_near = |i: usize| {
        let p = &d.paragraphs[i];
        p.kind == ParagraphKind::Body
            && p.text.split(' ').count() >= 6
            && (i + 1..(i + 3).min(d.paragraphs.len())).any(|k| {
                let q = &d.paragraphs[k];
                q.kind == ParagraphKind::Body
                    && q.text.len() > p.text.len()
                    && q.text.starts_with(&p.text)
            })
    };
    let repeats: Vec<usize> = (0..d.paragraphs.len())
        .filter(|&i| {
            let p = &d.paragraphs[i];
            if opens_near(i) {
                return true;
            }
            if !quoted(p) {
                return false;
            }
            // Case aside: the quote starts a sentence the paragraph has mid-sentence
            // ("Sâu xa hơn, cuộc khủng hoảng cho thấy …" and "“Cuộc khủng hoảng cho thấy …”").
            let inner = p
                .text
                .trim_matches(['“', '”', '"', '«', '»', '‘', '’', ' ', '.'])
                .to_lowercase();
            let finder = memchr::memmem::Finder::new(inner.as_bytes());
            let near = i.saturating_sub(NEAR)..(i + NEAR + 1).min(d.paragraphs.len());
            near.filter(|&k| k != i).any(|k| {
                let q = &d.paragraphs[k].text;
                q.len() > p.text.len() && finder.find(q.to_lowercase().as_bytes()).is_some()
            })
        })
        .collect();
    for &i in repeats.iter().rev() {
        // The pull quote's credit under it: a subheading that is only the author's name.
        let credit = d.paragraphs.get(i + 1).is_some_and(|c| {
            c.kind == ParagraphKind::Heading
                && d.author.as_deref().is_some_and(|a| {
                    c.text.ends_with(a) && c.text.split(' ').count() <= a.split(' ').count() + 1
                })
        });
        if credit {
            let c = d.paragraphs.remove(i + 1);
            d.dropped.push(Dropped::new(c.text, i + 1, "pull-quote"));
        }
        let p = d.paragraphs.remove(i);
        d.dropped.push(Dropped::new(p.text, i, "pull-quote"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Date;

    fn draft(title: Option<&str>, date: Option<Date>, paragraphs: &[&str]) -> ArticleDraft {
        ArticleDraft {
            title: title.map(str::to_string),
            date,
            paragraphs: paragraphs
                .iter()
                .map(|p| Paragraph::new(ParagraphKind::Body, *p))
                .collect(),
            ..ArticleDraft::default()
        }
    }

    #[test]
    fn a_notice_before_the_first_headline_is_furniture() {
        let notice = draft(
            None,
            None,
            &["Chúng tôi sử dụng cookie để cải thiện trải nghiệm."],
        );
        let article = draft(
            Some("Nga và NATO họp tại Brussels"),
            Date::new(2022, 1, 12).ok(),
            &["Hội đồng NATO-Nga họp ngày 12/1."],
        );
        let out = fold_stray_paragraphs(vec![notice, article]);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].title.as_deref(),
            Some("Nga và NATO họp tại Brussels")
        );
        assert!(out[0].dropped[0]
            .text
            .starts_with("Chúng tôi sử dụng cookie"));
    }

    #[test]
    fn a_short_dated_piece_between_articles_stays_an_article() {
        let d = Date::new(2022, 1, 12).ok();
        let brief = draft(
            Some("Tin vắn: OSCE họp"),
            d,
            &["OSCE họp tại Vienna ngày 13/1."],
        );
        let next = draft(Some("Nga cảnh báo NATO"), d, &["Một.", "Hai.", "Ba."]);
        assert_eq!(fold_stray_paragraphs(vec![brief, next]).len(), 2);
    }

    #[test]
    fn a_pull_quote_goes_and_its_paragraph_stays() {
        let said = "Ông nói: “NATO sẽ không thỏa hiệp về các nguyên tắc cốt lõi của mình”, rồi rời phòng họp.";
        let mut d = draft(
            Some("Hội đồng NATO - Nga"),
            None,
            &[
                said,
                "Đoạn khác của bài.",
                "“NATO sẽ không thỏa hiệp về các nguyên tắc cốt lõi của mình”",
                "“Chúng tôi sẽ gặp lại nhau”, ông Stoltenberg nói.",
            ],
        );
        drop_pull_quotes(&mut d);
        let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                said,
                "Đoạn khác của bài.",
                "“Chúng tôi sẽ gặp lại nhau”, ông Stoltenberg nói."
            ]
        );
        assert_eq!(d.dropped.len(), 1);
    }
}
