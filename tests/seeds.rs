//! The bundled corpus, cleaned: what issue 2 promises a reader of the five seed pages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use dossier::article::{Article, ParagraphKind};
use dossier::corpus::bundled;
use dossier::pipeline::clean_all;

fn articles() -> Vec<Article> {
    clean_all(&bundled())
}

fn by_id<'a>(all: &'a [Article], id: &str) -> &'a Article {
    all.iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no article {id}"))
}

#[test]
fn six_articles_with_their_headlines() {
    let all = articles();
    let titles: Vec<(&str, &str, bool)> = all
        .iter()
        .map(|a| (a.id.as_str(), a.title.as_str(), a.title_inferred))
        .collect();
    assert_eq!(all.len(), 6, "{titles:#?}");
    let expect = [
        (
            "000_4bc8bb57eeb0e8ac#1",
            "Nga-NATO bắt đầu cuộc đối thoại \"nóng\" nhất trong nhiều năm trở lại đây",
        ),
        (
            "001_2c8f21b71f9a2bec#1",
            "Nga-NATO: Cuộc đọ sức Đông Tây chưa có hồi kết",
        ),
        (
            "001_2c8f21b71f9a2bec#2",
            "Thứ trưởng Nga tuyên bố không còn lý do để tiếp tục đàm phán với phương Tây",
        ),
        (
            "002_04c48dc39d6a4aed#1",
            "Đàm phán an ninh Nga-Mỹ: Mỹ sợ Nga công nhận Donetsk và Lugansk?",
        ),
        (
            "004_eb87d9dc229bc997#1",
            "Nga, NATO chưa thể thu hẹp “hố sâu ngăn cách” trong hội đàm cấp cao",
        ),
    ];
    for (id, title) in expect {
        let a = by_id(&all, id);
        assert_eq!((a.title.as_str(), a.title_inferred), (title, false), "{id}");
    }
    let untitled = by_id(&all, "003_bb64801ae19f6d5c#1");
    assert!(untitled.title_inferred);
    assert!(
        untitled.title.starts_with("Được mô tả là"),
        "{}",
        untitled.title
    );
    assert!(untitled.title.chars().count() <= 90);
}

#[test]
fn dateline_sources_and_authors() {
    let all = articles();
    let a0 = by_id(&all, "000_4bc8bb57eeb0e8ac#1");
    assert_eq!(
        a0.date.map(|d| d.to_string()).as_deref(),
        Some("2022-01-12")
    );
    let sources: Vec<(&str, Option<&str>)> = all
        .iter()
        .map(|a| (a.id.as_str(), a.source.as_deref()))
        .collect();
    assert_eq!(
        by_id(&all, "001_2c8f21b71f9a2bec#1").source.as_deref(),
        Some("VGT"),
        "{sources:?}"
    );
    assert_eq!(
        by_id(&all, "002_04c48dc39d6a4aed#1").source.as_deref(),
        Some("An ninh Thủ đô")
    );
    assert_eq!(
        by_id(&all, "003_bb64801ae19f6d5c#1").source.as_deref(),
        Some("VietNamNet")
    );
    assert_eq!(
        by_id(&all, "004_eb87d9dc229bc997#1").source.as_deref(),
        Some("Dân trí")
    );
    assert_eq!(
        by_id(&all, "003_bb64801ae19f6d5c#1").author.as_deref(),
        Some("Thanh Hảo")
    );
    assert_eq!(
        by_id(&all, "004_eb87d9dc229bc997#1").author.as_deref(),
        Some("An Bình")
    );
    // Leads are clean of their outlet prefix.
    assert!(by_id(&all, "002_04c48dc39d6a4aed#1").paragraphs[0]
        .text
        .starts_with("Đàm phán an ninh"));
    assert!(by_id(&all, "004_eb87d9dc229bc997#1").paragraphs[0]
        .text
        .starts_with("Đại sứ Nga"));
}

#[test]
fn each_caption_once() {
    let all = articles();
    let captions: Vec<&str> = all
        .iter()
        .flat_map(|a| {
            a.paragraphs
                .iter()
                .filter(|p| p.kind == ParagraphKind::Caption)
                .map(|p| p.text.as_str())
        })
        .collect();
    for c in [
        "Nga muốn NATO rút bớt binh sỹ, phương tiện trang thiết bị khỏi các quốc gia giáp biên với nước này. Ảnh - AP",
        "Hội đồng Nga-NATO khai mạc cuộc họp về an ninh tại Brussels. Ảnh: Tass",
        "Thứ trưởng Bộ Ngoại giao Sergei Ryabkov trong cuộc họp báo sau đàm phán với phía Mỹ ngày 10.1. Ảnh AFP",
        "Đàm phán an ninh Nga-Mỹ có liên quan đến nhiều vấn đề, đặc biệt là tình trạng chia cắt ở đất nước Ukraine",
        "Tổng thư ký NATO Jens Stoltenberg (Ảnh: Delfi)",
    ] {
        assert_eq!(captions.iter().filter(|x| **x == c).count(), 1, "{c}\n{captions:#?}");
    }
    assert_eq!(captions.len(), 5, "{captions:#?}");
}

#[test]
fn no_boilerplate_in_any_paragraph() {
    let all = articles();
    let junk = [
        "Thời sự Quốc tế",
        "img",
        "Bạn cần đăng nhập",
        "Xin hãy đợi",
        "Theo dõi VGT",
        "Hình 1",
        "Video đang HOT",
        "hữu ích không",
        "Tin liên quan",
        "Tiêu điểm",
        "Elon Musk",
        "15/11/2024",
        "Kỳ Duyên",
        "Có thể bạn quan tâm",
        "0:00",
        "Nam miền Bắc",
        "Nữ miền Nam",
        "Đọc bình luận",
        "lằn ranh đỏ' trong quan hệ",
        "Phát ngôn viên của Tổng thống",
        "Dòng sự kiện",
        "Phe nổi dậy",
        "Chiến sự Nga - Ukraine",
    ];
    for a in &all {
        for p in &a.paragraphs {
            for j in junk {
                assert!(
                    !p.text.contains(j),
                    "{}: {j:?} in paragraph {:?}",
                    a.id,
                    p.text
                );
            }
        }
        for j in junk {
            assert!(!a.title.contains(j), "{}: {j:?} in title", a.id);
        }
    }
    // The related-news headlines of 001 never become articles of their own.
    assert!(all.iter().all(|a| !a.title.contains("Trump")));
}

#[test]
fn article_text_is_kept() {
    let all = articles();
    let a1 = by_id(&all, "001_2c8f21b71f9a2bec#1");
    assert!(a1
        .paragraphs
        .iter()
        .any(|p| p.kind == ParagraphKind::Heading && p.text == "Các lĩnh vực ảnh hưởng"));
    assert!(a1.paragraphs.last().unwrap().text.contains("Josep Borrell"));
    let a2 = by_id(&all, "001_2c8f21b71f9a2bec#2");
    assert!(a2.paragraphs[0]
        .text
        .starts_with("Thứ trưởng Bộ Ngoại giao Nga Sergei Ryabkov nói"));
    assert!(a2
        .paragraphs
        .last()
        .unwrap()
        .text
        .contains("bán đảo Crimea"));
    let a0 = by_id(&all, "000_4bc8bb57eeb0e8ac#1");
    assert!(a0.paragraphs[0].text.starts_with("Chiều 12/1"));
    assert!(a0
        .paragraphs
        .last()
        .unwrap()
        .text
        .starts_with("Mặt khác, NATO"));
    let a3 = by_id(&all, "003_bb64801ae19f6d5c#1");
    assert!(a3
        .paragraphs
        .last()
        .unwrap()
        .text
        .starts_with("Tuần lễ ngoại giao"));
    let a4 = by_id(&all, "004_eb87d9dc229bc997#1");
    assert!(a4.paragraphs.last().unwrap().text.contains("Dmitry Peskov"));
    // "không thay đổi được" is a quote, not the "hãy đợi" of a comment prompt.
    assert!(a4
        .paragraphs
        .iter()
        .any(|p| p.text.starts_with("“NATO và Nga có những khác biệt lớn")));
}

fn model() -> dossier::model::Model {
    dossier::pipeline::build(&bundled())
}

#[test]
fn timeline_holds_the_dates_of_the_story() {
    let m = model();
    let dates: Vec<String> = m.timeline.iter().map(|t| t.date.to_string()).collect();
    for d in [
        "2002",
        "2008",
        "2014-03",
        "2014-06",
        "2021-12",
        "2022-01-10",
        "2022-01-12",
        "2022-01-13",
        "2022-01-14",
        "2022-01-21",
        "2022-01-26",
    ] {
        assert!(dates.contains(&d.to_string()), "{d} missing from {dates:?}");
    }
    // Nothing from the related-news lists of 001 (November 2024).
    assert!(dates.iter().all(|d| !d.starts_with("2024")), "{dates:?}");
    let council = m
        .timeline
        .iter()
        .find(|t| t.date.to_string() == "2022-01-12")
        .unwrap();
    assert_eq!(
        council.articles.len(),
        5,
        "the NATO–Russia Council is reported by five articles"
    );
    assert!(council.sources.contains(&"VGT".to_string()));
}

#[test]
fn publication_dates_are_printed_or_inferred_and_20_4_stays_unresolved() {
    let m = model();
    let date = |id: &str| {
        let a = m.articles.iter().find(|a| a.id == id).unwrap();
        (a.date.map(|d| d.to_string()), a.date_basis)
    };
    use dossier::article::DateBasis::*;
    assert_eq!(
        date("000_4bc8bb57eeb0e8ac#1"),
        (Some("2022-01-12".into()), Some(Dateline))
    );
    assert_eq!(
        date("001_2c8f21b71f9a2bec#2"),
        (Some("2022-01-13".into()), Some(Inferred))
    );
    assert_eq!(
        date("003_bb64801ae19f6d5c#1"),
        (Some("2022-01-14".into()), Some(Inferred))
    );
    // "ngày 20/4" with only 2002 and 2014 around it: no year can be told, so none is guessed.
    assert_eq!(date("004_eb87d9dc229bc997#1"), (None, None));
    assert!(m.events.iter().all(|e| !e.surface.contains("20/4")));
}

#[test]
fn short_pieces_pasted_one_after_another_each_become_an_article() {
    let page = "Nga và NATO họp lần đầu sau hai năm tại Brussels\n12/01/2022, 18:05\n\n\
        Chiều 12/1, Hội đồng Nga-NATO họp tại trụ sở NATO ở Brussels sau hai năm gián đoạn.\n\n\
        Hai bên thảo luận về an ninh châu Âu nhưng không đạt được đột phá nào đáng kể.\n\n\
        OSCE tổ chức cuộc họp về an ninh châu Âu tại Vienna\n13/01/2022, 20:10\n\n\
        Ngày 13/1, Tổ chức An ninh và Hợp tác châu Âu (OSCE) họp tại Vienna về tình hình Ukraine.\n\n\
        Chủ tịch luân phiên OSCE Zbigniew Rau cảnh báo nguy cơ chiến tranh ở châu Âu.\n";
    let articles = dossier::clean::clean_file("short.txt", page);
    let titles: Vec<&str> = articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Nga và NATO họp lần đầu sau hai năm tại Brussels",
            "OSCE tổ chức cuộc họp về an ninh châu Âu tại Vienna"
        ]
    );
    assert!(articles.iter().all(|a| a.paragraphs.len() == 2));
}
