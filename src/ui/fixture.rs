//! Hand-built models for the reader's tests, snapshots and benchmarks: four short
//! Vietnamese articles about the January 2022 NATO–Russia talks ([`sample`]), and a corpus
//! of any size made from templates ([`generated`]). Not used by the reader itself.

use crate::article::{Article, Date, DateBasis, Paragraph, ParagraphKind, PartialDate};
use crate::model::{Actor, ActorKind, Event, Mention, Model, TimelineEntry};
use crate::text::sentence_around;
use std::collections::BTreeMap;

/// An actor to look for: name, kind, and its other surface forms.
pub type ActorSpec<'a> = (&'a str, ActorKind, &'a [&'a str]);

/// A dated mention: article, paragraph, the surface words and their date.
pub type DateSpec<'a> = (usize, usize, &'a str, PartialDate);

const ACTORS: [ActorSpec; 14] = [
    ("NATO", ActorKind::Organization, &[]),
    ("Nga", ActorKind::Country, &["Moskva"]),
    ("Jens Stoltenberg", ActorKind::Person, &["Stoltenberg"]),
    ("Mỹ", ActorKind::Country, &[]),
    ("Ukraine", ActorKind::Country, &[]),
    ("Brussels", ActorKind::Place, &[]),
    ("Alexander Grushko", ActorKind::Person, &["Grushko"]),
    ("Wendy Sherman", ActorKind::Person, &[]),
    ("Geneva", ActorKind::Place, &[]),
    ("Điện Kremlin", ActorKind::Organization, &[]),
    ("Dmitry Peskov", ActorKind::Person, &[]),
    ("Hội đồng NATO-Nga", ActorKind::Organization, &[]),
    ("Crimea", ActorKind::Place, &[]),
    ("OSCE", ActorKind::Organization, &[]),
];

fn day(y: i16, m: u8, d: u8) -> PartialDate {
    PartialDate::day(y, m, d).unwrap_or(PartialDate::year(y))
}

fn article(
    n: usize,
    title: &str,
    date: Option<(Date, DateBasis)>,
    source: Option<&str>,
    author: Option<&str>,
    paras: &[(ParagraphKind, &str)],
) -> Article {
    Article {
        id: format!("{n:03}_fixture#1"),
        file: format!("{n:03}_fixture.txt"),
        title: title.to_string(),
        title_inferred: source.is_none(),
        date: date.map(|d| d.0),
        date_basis: date.map(|d| d.1),
        source: source.map(str::to_string),
        author: author.map(str::to_string),
        url: None,
        page_date: None,
        paragraphs: paras.iter().map(|(k, t)| Paragraph::new(*k, *t)).collect(),
        dropped: vec![],
    }
}

/// Four articles (one undated, with CJK and a combining mark), 14 actors, and events in
/// 2002, 2014, December 2021 and January 2022.
pub fn sample() -> Model {
    use ParagraphKind::{Body, Caption, Heading};
    let d = |y, m, dd| Date::new(y, m, dd).ok();
    let articles = vec![
        article(1, "Nga và NATO bất đồng sâu sắc sau cuộc họp tại Brussels", d(2022, 1, 13).map(|x| (x, DateBasis::Dateline)), Some("VnExpress"), Some("Thanh Tâm"), &[
            (Body, "Tổng thư ký NATO Jens Stoltenberg ngày 12/1 cho biết Hội đồng NATO-Nga đã có cuộc thảo luận nghiêm túc nhưng khó khăn tại Brussels."),
            (Body, "Thứ trưởng Ngoại giao Nga Alexander Grushko nói Moskva không chấp nhận việc NATO mở rộng về phía đông. Ông Stoltenberg đáp rằng Ukraine có quyền tự chọn con đường của mình."),
            (Caption, "Ông Jens Stoltenberg phát biểu tại Brussels ngày 12/1. Ảnh: Reuters"),
            (Heading, "Đối thoại còn tiếp tục"),
            (Body, "Hội đồng NATO-Nga được thành lập năm 2002 nhưng đã lâu không họp. Các bên đồng ý để ngỏ khả năng gặp lại."),
        ]),
        article(2, "Mỹ và Nga đàm phán về an ninh tại Geneva", d(2022, 1, 10).map(|x| (x, DateBasis::Inferred)), Some("Dân trí"), None, &[
            (Body, "Ngày 10/1, phái đoàn Mỹ do Thứ trưởng Ngoại giao Wendy Sherman dẫn đầu gặp phái đoàn Nga tại Geneva."),
            (Body, "Nga yêu cầu NATO cam kết không kết nạp Ukraine, điều Mỹ gọi là không thể chấp nhận. Tổng thư ký Stoltenberg cho rằng các đồng minh sẵn sàng đối thoại."),
            (Body, "Căng thẳng leo thang từ năm 2014, khi Nga sáp nhập bán đảo Crimea."),
        ]),
        article(3, "Điện Kremlin chờ câu trả lời về đề xuất an ninh", d(2021, 12, 18).map(|x| (x, DateBasis::Dateline)), Some("Tuổi Trẻ"), Some("Minh Khôi"), &[
            (Body, "Tháng 12/2021, Nga công bố hai dự thảo hiệp ước an ninh gửi Mỹ và NATO."),
            (Body, "Người phát ngôn Điện Kremlin Dmitry Peskov nói Moskva muốn nhận được câu trả lời nhanh chóng."),
        ]),
        article(4, "Báo chí châu Á bình luận cuộc họp 北约-俄罗斯", None, None, None, &[
            (Body, "Báo chí Trung Quốc gọi cuộc họp là 北约-俄罗斯理事会会议; ngày 13/1 OSCE họp tiếp tại Viên."),
            (Body, "Ba cuộc họp trong một tuần khiến giới quan sa\u{301}t lo ngại về Ukraine."),
        ]),
    ];
    let dates: [DateSpec; 7] = [
        (0, 0, "ngày 12/1", day(2022, 1, 12)),
        (0, 2, "ngày 12/1", day(2022, 1, 12)),
        (0, 4, "năm 2002", PartialDate::year(2002)),
        (1, 0, "Ngày 10/1", day(2022, 1, 10)),
        (1, 2, "năm 2014", PartialDate::year(2014)),
        (2, 0, "Tháng 12/2021", PartialDate::month(2021, 12)),
        (3, 0, "ngày 13/1", day(2022, 1, 13)),
    ];
    assemble(articles, &ACTORS, &dates)
}

/// The four articles of [`sample`] and three reprints of the first, as outlets reprint a
/// story: Tuổi Trẻ with a new title, "Moskva" spelt "Moscow", the closing sentence cut
/// and a credit line; Báo Nghệ An a day later with two paragraphs run together and a
/// credit; VOV with a paragraph of its own (three sentences more). The copy groups are
/// found as the pipeline finds them.
pub fn with_copies() -> Model {
    use ParagraphKind::{Body, Caption, Heading};
    let base = sample();
    let mut articles = base.articles.clone();
    let d = |y, m, dd| Date::new(y, m, dd).ok().map(|x| (x, DateBasis::Dateline));
    let p = |a: usize, i: usize| base.articles[a].paragraphs[i].text.clone();
    let (p0, p1, p4) = (p(0, 0), p(0, 1), p(0, 4));
    let p1_moscow = p1.replace("Moskva", "Moscow");
    let p4_cut = p4.replace(" Các bên đồng ý để ngỏ khả năng gặp lại.", "");
    let joined = format!("{p0} {p1}");
    articles.push(article(
        5,
        "NATO và Nga vẫn chia rẽ sau phiên họp ở Brussels",
        d(2022, 1, 13),
        Some("Tuổi Trẻ"),
        None,
        &[
            (Body, p0.as_str()),
            (Body, p1_moscow.as_str()),
            (Heading, "Đối thoại còn tiếp tục"),
            (Body, p4_cut.as_str()),
            (Body, "Theo TTXVN"),
        ],
    ));
    articles.push(article(
        6,
        "Nga và NATO bất đồng sâu sắc sau cuộc họp tại Brussels",
        d(2022, 1, 14),
        Some("Báo Nghệ An"),
        None,
        &[
            (Body, joined.as_str()),
            (Heading, "Đối thoại còn tiếp tục"),
            (Body, p4.as_str()),
            (Body, "Theo VnExpress"),
        ],
    ));
    articles.push(article(7, "Nga - NATO: Đối thoại khó khăn ở Brussels", d(2022, 1, 13), Some("VOV"), None, &[
        (Body, p0.as_str()),
        (Body, p1.as_str()),
        (Caption, "Trụ sở NATO ở Brussels. Ảnh: AFP"),
        (Body, p4.as_str()),
        (Body, "Giới phân tích cho rằng hai bên khó sớm thu hẹp bất đồng. NATO vẫn để ngỏ cánh cửa đối thoại. Nga chưa trả lời đề nghị gặp lại."),
    ]));
    let dates: [DateSpec; 13] = [
        (0, 0, "ngày 12/1", day(2022, 1, 12)),
        (0, 2, "ngày 12/1", day(2022, 1, 12)),
        (0, 4, "năm 2002", PartialDate::year(2002)),
        (1, 0, "Ngày 10/1", day(2022, 1, 10)),
        (1, 2, "năm 2014", PartialDate::year(2014)),
        (2, 0, "Tháng 12/2021", PartialDate::month(2021, 12)),
        (3, 0, "ngày 13/1", day(2022, 1, 13)),
        (4, 0, "ngày 12/1", day(2022, 1, 12)),
        (4, 3, "năm 2002", PartialDate::year(2002)),
        (5, 0, "ngày 12/1", day(2022, 1, 12)),
        (5, 2, "năm 2002", PartialDate::year(2002)),
        (6, 0, "ngày 12/1", day(2022, 1, 12)),
        (6, 3, "năm 2002", PartialDate::year(2002)),
    ];
    let mut model = assemble(articles, &ACTORS, &dates);
    let copies = crate::model::copies::find(&model.articles);
    model.set_copies(copies);
    model
}

/// `n` articles of ten paragraphs each, made from templates: actors, mentions and events
/// in every article, dates spread over 2000–2022.
pub fn generated(n: usize) -> Model {
    let mut articles = Vec::with_capacity(n);
    let mut dates = Vec::with_capacity(n * 2);
    for i in 0..n {
        let (y, m, d) = (
            2000 + (i % 23) as i16,
            1 + (i % 12) as u8,
            1 + (i % 28) as u8,
        );
        let a = &ACTORS[i % ACTORS.len()].0;
        let b = &ACTORS[(i * 7 + 3) % ACTORS.len()].0;
        let paras: Vec<Paragraph> = (0..10)
            .map(|p| {
                let text = match p {
                    0 => format!("Ngày {d}/{m}/{y}, {a} gặp {b} để bàn về an ninh châu Âu, bài số {i}."),
                    _ => format!("Đoạn {p}: {a} cho rằng các cuộc đàm phán với {b} và NATO cần thêm thời gian, trong khi Nga tiếp tục tập trận gần biên giới Ukraine."),
                };
                Paragraph::new(ParagraphKind::Body, text)
            })
            .collect();
        let mut art = article(
            i,
            &format!("Bài {i}: {a} và {b} thảo luận về an ninh"),
            Date::new(y, m as i8, d as i8)
                .ok()
                .map(|x| (x, DateBasis::Dateline)),
            Some(["VnExpress", "Dân trí", "Tuổi Trẻ"][i % 3]),
            None,
            &[],
        );
        art.paragraphs = paras;
        articles.push(art);
        dates.push((i, 0, format!("Ngày {d}/{m}/{y}"), day(y, m, d)));
    }
    let dates: Vec<DateSpec> = dates
        .iter()
        .map(|(a, p, s, d)| (*a, *p, s.as_str(), *d))
        .collect();
    assemble(articles, &ACTORS, &dates)
}

/// Find the actors' names (longest first, whole words) and the given dates in the
/// articles, and build the model the way the real pipeline shapes it.
pub fn assemble(articles: Vec<Article>, actors: &[ActorSpec], dates: &[DateSpec]) -> Model {
    let mut forms: Vec<(&str, usize)> = actors
        .iter()
        .enumerate()
        .flat_map(|(i, (name, _, more))| {
            std::iter::once((*name, i)).chain(more.iter().map(move |f| (*f, i)))
        })
        .collect();
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let mut mentions = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        for (p, para) in art.paragraphs.iter().enumerate() {
            let mut taken: Vec<(usize, usize, usize)> = Vec::new();
            for &(form, actor) in &forms {
                for (start, _) in para.text.match_indices(form) {
                    let end = start + form.len();
                    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                    let free = !taken.iter().any(|&(s, e, _)| start < e && s < end);
                    if free
                        && !word(para.text[..start].chars().next_back())
                        && !word(para.text[end..].chars().next())
                    {
                        taken.push((start, end, actor));
                    }
                }
            }
            mentions.extend(taken.into_iter().map(|(start, end, actor)| Mention {
                article: a,
                paragraph: p,
                start,
                end,
                actor,
            }));
        }
    }
    // Most mentioned first, as the model orders actors.
    let mut count = vec![0usize; actors.len()];
    for m in &mentions {
        count[m.actor] += 1;
    }
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(count[i]));
    let mut rank = vec![0; actors.len()];
    order.iter().enumerate().for_each(|(r, &i)| rank[i] = r);
    for m in &mut mentions {
        m.actor = rank[m.actor];
    }
    mentions.sort_unstable();
    let actors: Vec<Actor> = order
        .iter()
        .map(|&i| {
            let (name, kind, more) = actors[i];
            let mut arts: Vec<usize> = mentions
                .iter()
                .filter(|m| m.actor == rank[i])
                .map(|m| m.article)
                .collect();
            arts.dedup();
            Actor {
                id: crate::text::fold(name).replace(' ', "-"),
                name: name.to_string(),
                kind,
                aliases: std::iter::once(name)
                    .chain(more.iter().copied())
                    .map(str::to_string)
                    .collect(),
                mentions: count[i],
                articles: arts,
            }
        })
        .collect();
    let mut events = Vec::new();
    for &(a, p, surface, date) in dates {
        let Some(text) = articles
            .get(a)
            .and_then(|x| x.paragraphs.get(p))
            .map(|x| x.text.as_str())
        else {
            continue;
        };
        let Some(start) = text.find(surface) else {
            continue;
        };
        let sentence = sentence_around(text, start);
        let first = mentions.partition_point(|m| (m.article, m.paragraph) < (a, p));
        let mut who: Vec<usize> = mentions[first..]
            .iter()
            .take_while(|m| (m.article, m.paragraph) == (a, p))
            .filter(|m| sentence.contains(&m.start))
            .map(|m| m.actor)
            .collect();
        who.sort_unstable();
        who.dedup();
        events.push(Event {
            date,
            surface: surface.to_string(),
            article: a,
            paragraph: p,
            start,
            end: start + surface.len(),
            text: text[sentence].to_string(),
            actors: who,
        });
    }
    events.sort_by_key(|e| (e.article, e.paragraph, e.start));
    let mut by_date: BTreeMap<PartialDate, Vec<usize>> = BTreeMap::new();
    events
        .iter()
        .enumerate()
        .for_each(|(i, e)| by_date.entry(e.date).or_default().push(i));
    let timeline = by_date
        .into_iter()
        .map(|(date, evs)| {
            let mut arts: Vec<usize> = evs.iter().map(|&e| events[e].article).collect();
            arts.sort_unstable();
            arts.dedup();
            let mut sources: Vec<String> = Vec::new();
            for s in arts.iter().filter_map(|&a| articles[a].source.clone()) {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            TimelineEntry {
                date,
                events: evs,
                articles: arts,
                sources,
            }
        })
        .collect();
    let quotes = crate::extract::quotes::extract_quotes(
        &articles,
        &actors,
        &mentions,
        crate::extract::gazetteer::Gazetteer::bundled().lexicon(),
    );
    Model {
        articles,
        actors,
        mentions,
        events,
        timeline,
        quotes,
        copies: crate::model::Copies::default(),
    }
}
