//! Resolving the years writers leave out ("ngày 12/1"), and inferring publication dates.
//!
//! A year-less date takes its year, in this order, from:
//! 1. the article's own publication date (dateline or user override): the latest such
//!    day on or before it, or a day up to 45 days after it, or (in a sentence about the
//!    future) up to half a year after it;
//! 2. full dates the same article prints ("21/1/2022"): the candidate year nearest one of
//!    them, within half a year;
//! 3. the corpus: other articles placing the same day and month in one known year;
//! 4. dates of the same article resolved by step 3, as in step 2.
//!
//! Otherwise it stays unresolved: a confident wrong year is worse than an honest gap.
//! Relative dates ("hôm qua") resolve only against a dateline or override.
//! An article without a dateline is dated by the latest day it mentions (outside
//! sentences about the future), `date_basis: "inferred"`.

use crate::article::{Article, Date, DateBasis, PartialDate, Precision};
use crate::extract::dates::{DateExpr, DateMention};
use std::collections::HashMap;

/// One dated mention awaiting its year.
#[derive(Clone, Copy, Debug)]
pub struct Pending {
    pub article: usize,
    pub mention: DateMention,
    /// The sentence speaks of the future ("sẽ", "dự kiến").
    pub future: bool,
}

/// How a mention got its date; only explicit and dateline-based ones teach the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    Explicit,
    Published,
    Anchor,
    Corpus,
}

const HALF_YEAR: i32 = 183;

/// Resolve every mention; sets inferred publication dates on `articles`.
pub fn resolve(articles: &mut [Article], pending: &[Pending]) -> Vec<Option<PartialDate>> {
    let published: Vec<Option<Date>> = articles
        .iter()
        .map(|a| match a.date_basis {
            Some(DateBasis::Dateline | DateBasis::Override) => a.date,
            _ => None,
        })
        .collect();
    let mut out: Vec<Option<(PartialDate, Basis)>> = pending
        .iter()
        .map(|p| first_pass(p, published[p.article]))
        .collect();

    // 2. Full dates printed in the same article.
    let anchors = anchors_by_article(pending, &out, &[Basis::Explicit]);
    fill(pending, &mut out, Basis::Anchor, |p, y| {
        near_anchor(p, y, anchors.get(&p.article))
    });

    // 3. The corpus: a day and month placed in exactly one year elsewhere.
    let mut years: HashMap<(u8, u8), Vec<i16>> = HashMap::new();
    for (d, b) in out.iter().flatten() {
        if *b != Basis::Corpus && d.precision() == Precision::Day {
            let ys = years.entry((d.month, d.day)).or_default();
            if !ys.contains(&d.year) {
                ys.push(d.year);
            }
        }
    }
    fill(pending, &mut out, Basis::Corpus, |_, y| {
        let (m, d) = (y.month?, y.day?);
        match years.get(&(m, d)).map(Vec::as_slice) {
            Some([year]) => PartialDate::day(*year, m, d),
            _ => None,
        }
    });

    // 4. Siblings resolved from the corpus anchor the rest of their article.
    let anchors = anchors_by_article(pending, &out, &[Basis::Explicit, Basis::Corpus]);
    fill(pending, &mut out, Basis::Anchor, |p, y| {
        near_anchor(p, y, anchors.get(&p.article))
    });

    infer_publication(articles, pending, &out);
    out.into_iter().map(|r| r.map(|(d, _)| d)).collect()
}

/// The parts of a year-less absolute date.
#[derive(Clone, Copy, Debug)]
struct YearLess {
    month: Option<u8>,
    day: Option<u8>,
}

fn year_less(p: &Pending) -> Option<YearLess> {
    match p.mention.expr {
        DateExpr::Absolute {
            year: None,
            month,
            day,
        } if month.is_some() => Some(YearLess { month, day }),
        _ => None,
    }
}

/// Fill the still unresolved year-less mentions with `f`.
fn fill(
    pending: &[Pending],
    out: &mut [Option<(PartialDate, Basis)>],
    basis: Basis,
    f: impl Fn(&Pending, YearLess) -> Option<PartialDate>,
) {
    for (p, r) in pending.iter().zip(out.iter_mut()) {
        if r.is_none() {
            if let Some(y) = year_less(p) {
                *r = f(p, y).map(|d| (d, basis));
            }
        }
    }
}

fn with_year(year: i16, y: YearLess) -> Option<PartialDate> {
    match (y.month, y.day) {
        (Some(m), Some(d)) => PartialDate::day(year, m, d),
        (Some(m), None) if (1..=12).contains(&m) => Some(PartialDate::month(year, m)),
        _ => None,
    }
}

fn first_pass(p: &Pending, published: Option<Date>) -> Option<(PartialDate, Basis)> {
    match p.mention.expr {
        DateExpr::Absolute {
            year: Some(y),
            month,
            day,
        } => {
            let d = match (month, day) {
                (Some(m), Some(d)) => PartialDate::day(y, m, d)?,
                (Some(m), None) if (1..=12).contains(&m) => PartialDate::month(y, m),
                _ => PartialDate::year(y),
            };
            Some((d, Basis::Explicit))
        }
        DateExpr::Relative(r) => published.map(|pd| (r.resolve(pd), Basis::Published)),
        DateExpr::Absolute { year: None, .. } => {
            let pd = published?;
            let y = year_less(p)?;
            before_published(pd, y, p.future).map(|d| (d, Basis::Published))
        }
    }
}

/// The year that puts the date on or before publication, or up to [`SOON`] days after it
/// (in a sentence about the future, up to half a year after it).
fn before_published(published: Date, y: YearLess, future: bool) -> Option<PartialDate> {
    let this = with_year(published.year(), y)?;
    if this.first_day() <= published {
        let far_back = days_between(this.last_day(), published) > HALF_YEAR;
        if future && far_back {
            return with_year(published.year() + 1, y);
        }
        return Some(this);
    }
    // "trước cuộc bầu cử ngày 9/3" in a page of 1 March: a day a few weeks ahead is this
    // year's, said in the future or not.
    if future || days_between(published, this.first_day()) <= SOON {
        return Some(this);
    }
    with_year(published.year() - 1, y)
}

/// How far after publication a year-less day is still read as coming, not past.
const SOON: i32 = 45;

fn days_between(a: Date, b: Date) -> i32 {
    (b - a).get_days().abs()
}

/// Day-precision dates of each article resolved on the given bases.
fn anchors_by_article(
    pending: &[Pending],
    out: &[Option<(PartialDate, Basis)>],
    bases: &[Basis],
) -> HashMap<usize, Vec<Date>> {
    let mut m: HashMap<usize, Vec<Date>> = HashMap::new();
    for (p, r) in pending.iter().zip(out) {
        if let Some((d, b)) = r {
            if bases.contains(b) && d.precision() == Precision::Day {
                m.entry(p.article).or_default().push(d.first_day());
            }
        }
    }
    m
}

/// The candidate year whose date lies nearest an anchor, within half a year.
fn near_anchor(_: &Pending, y: YearLess, anchors: Option<&Vec<Date>>) -> Option<PartialDate> {
    let mut best: Option<(i32, PartialDate)> = None;
    for a in anchors? {
        for year in [a.year() - 1, a.year(), a.year() + 1] {
            let Some(c) = with_year(year, y) else {
                continue;
            };
            let dist = days_between(c.first_day(), *a).min(days_between(c.last_day(), *a));
            if dist <= HALF_YEAR && best.is_none_or(|(bd, _)| dist < bd) {
                best = Some((dist, c));
            }
        }
    }
    best.map(|(_, d)| d)
}

/// Date each undated article by the latest day it mentions outside talk of the future.
fn infer_publication(
    articles: &mut [Article],
    pending: &[Pending],
    out: &[Option<(PartialDate, Basis)>],
) {
    let mut latest: HashMap<usize, Date> = HashMap::new();
    for (p, r) in pending.iter().zip(out) {
        if let Some((d, _)) = r {
            if d.precision() == Precision::Day && !p.future {
                let e = latest.entry(p.article).or_insert(d.first_day());
                *e = (*e).max(d.first_day());
            }
        }
    }
    for (i, a) in articles.iter_mut().enumerate() {
        if a.date.is_none() {
            if let Some(d) = latest.get(&i) {
                a.date = Some(*d);
                a.date_basis = Some(DateBasis::Inferred);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Paragraph, ParagraphKind};
    use crate::extract::dates::find_dates;

    fn article(date: Option<&str>, text: &str) -> Article {
        Article {
            id: "t#1".into(),
            file: "t.txt".into(),
            title: "T".into(),
            title_inferred: false,
            date: date.map(|d| d.parse().unwrap()),
            date_basis: date.map(|_| DateBasis::Dateline),
            source: None,
            author: None,
            url: None,
            page_date: None,
            paragraphs: vec![Paragraph::new(ParagraphKind::Body, text)],
            dropped: vec![],
        }
    }

    fn run(articles: &mut [Article]) -> Vec<String> {
        let pending: Vec<Pending> = articles
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                let text = a.paragraphs[0].text.clone();
                find_dates(&text).into_iter().map(move |m| Pending {
                    article: i,
                    mention: m,
                    future: crate::extract::dates::speaks_of_future(&text),
                })
            })
            .collect();
        resolve(articles, &pending)
            .into_iter()
            .map(|d| d.map_or("?".to_string(), |d| d.to_string()))
            .collect()
    }

    #[test]
    fn a_dateline_gives_the_year_on_or_before_publication() {
        let mut a = [article(
            Some("2022-01-05"),
            "Hôm 28/12, Nga gửi đề xuất. Ngày 3/1, hai bên điện đàm.",
        )];
        assert_eq!(run(&mut a), ["2021-12-28", "2022-01-03"]);
    }

    #[test]
    fn talk_of_the_future_may_pass_publication() {
        let mut a = [article(
            Some("2022-01-05"),
            "Hai bên sẽ gặp nhau tại Geneva ngày 10/1.",
        )];
        assert_eq!(run(&mut a), ["2022-01-10"]);
    }

    #[test]
    fn relative_dates_need_a_dateline() {
        let mut dated = [article(
            Some("2022-02-24"),
            "Rạng sáng nay, Nga tấn công. Hôm qua, Mỹ cảnh báo.",
        )];
        assert_eq!(run(&mut dated), ["2022-02-24", "2022-02-23"]);
        let mut undated = [article(None, "Hôm qua, Mỹ cảnh báo.")];
        assert_eq!(run(&mut undated), ["?"]);
    }

    #[test]
    fn full_dates_in_the_article_anchor_the_rest() {
        let mut a = [article(
            None,
            "Ngày 21/1/2022 hai ngoại trưởng gặp nhau. Hôm 26/1, Mỹ trả lời.",
        )];
        assert_eq!(run(&mut a), ["2022-01-21", "2022-01-26"]);
        assert_eq!(
            a[0].date.map(|d| d.to_string()).as_deref(),
            Some("2022-01-26")
        );
        assert_eq!(a[0].date_basis, Some(DateBasis::Inferred));
    }

    #[test]
    fn the_corpus_places_a_day_in_its_year_and_siblings_follow() {
        let mut a = [
            article(Some("2022-01-12"), "Chiều 12/1, cuộc họp khai mạc."),
            article(
                None,
                "Tại cuộc họp ngày 12/1, hai bên bất đồng. Ngày 14/1, ông Lavrov lên tiếng.",
            ),
        ];
        assert_eq!(run(&mut a), ["2022-01-12", "2022-01-12", "2022-01-14"]);
    }

    #[test]
    fn a_year_that_cannot_be_told_is_left_open() {
        let mut a = [article(
            None,
            "Hội đồng được lập năm 2002. Cuộc họp diễn ra ngày 20/4 tại Brussels.",
        )];
        assert_eq!(run(&mut a), ["2002", "?"]);
        assert_eq!(a[0].date, None);
    }
}
