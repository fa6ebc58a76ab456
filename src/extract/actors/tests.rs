//! Whole-pipeline tests on the seed articles and on paragraphs written in other outlets' styles.

use super::seed_text::SEEDS;
use super::*;
use crate::article::{Article, Paragraph, ParagraphKind};
use crate::model::Actor;
use crate::model::ActorKind;
use std::fmt::Write;

fn article(i: usize, title: &str, paragraphs: &[(ParagraphKind, &str)]) -> Article {
    Article {
        id: format!("test#{i}"),
        file: "test.txt".into(),
        title: title.into(),
        title_inferred: false,
        date: None,
        date_basis: None,
        source: None,
        author: None,
        url: None,
        page_date: None,
        paragraphs: paragraphs
            .iter()
            .map(|(k, t)| Paragraph::new(*k, *t))
            .collect(),
        dropped: Vec::new(),
    }
}

fn seeds() -> Vec<Article> {
    SEEDS
        .iter()
        .enumerate()
        .map(|(i, (t, ps))| article(i, t, ps))
        .collect()
}

fn dump(ix: &ActorIndex) -> String {
    let mut out = String::new();
    for a in &ix.actors {
        let _ = writeln!(
            out,
            "{} {:?} [{}] {:?}",
            a.mentions, a.kind, a.name, a.aliases
        );
    }
    out
}

/// Paragraphs in the styles of other outlets, with actors the seeds do not have.
const OTHERS: &[&str] = &[
    "Tổng thư ký Liên Hợp Quốc António Guterres hôm 24/2 kêu gọi Tổng thống Nga Vladimir Putin rút quân. Ông Guterres nói rằng thế giới đang đứng trước thời khắc nguy hiểm nhất.",
    "Đại sứ Mỹ tại LHQ Linda Thomas-Greenfield cho biết Washington sẽ đưa dự thảo nghị quyết ra Hội đồng Bảo an. Bà Thomas-Greenfield nhấn mạnh Mỹ không muốn đối đầu.",
    "Chủ tịch Ủy ban châu Âu Ursula von der Leyen tuyên bố EU sẽ áp đặt thêm lệnh trừng phạt. Theo bà von der Leyen, các biện pháp nhằm vào ngành ngân hàng Nga.",
    "Thủ tướng Đức Olaf Scholz gặp Tổng thống Pháp Emmanuel Macron tại Berlin hôm 25/1. Hai nhà lãnh đạo kêu gọi Moskva xuống thang.",
    "Người phát ngôn Điện Kremlin Dmitry Peskov nói với hãng thông tấn RIA Novosti rằng Nga không có ý định tấn công ai. Peskov cũng bác bỏ các cáo buộc của phương Tây.",
    "Chiều 22/2, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Nga Sergei Lavrov. Bộ trưởng Sơn khẳng định Việt Nam mong muốn các bên kiềm chế. Sơn La là một tỉnh miền núi.",
    "Theo Viện Nghiên cứu Chiến lược Quốc tế (IISS) có trụ sở tại London, Nga đã điều khoảng 130.000 quân tới biên giới. IISS cho rằng con số này có thể còn tăng.",
    "Cố vấn Tổng thống Ukraine Mykhailo Podolyak cho biết Kiev sẵn sàng đàm phán. Tuy nhiên, ông Mikhailo Podoliak nhấn mạnh Ukraine sẽ không nhượng bộ lãnh thổ.",
    "Giáo sư John Mearsheimer của Đại học Chicago cho rằng phương Tây phải chịu trách nhiệm. Mearsheimer từ lâu đã cảnh báo về việc mở rộng NATO.",
    "Trong khi đó, Tổng thống Mỹ Joe Biden cho biết con trai Hunter Biden của ông không liên quan. Biden nói thêm rằng Nhà Trắng sẽ theo dõi sát tình hình.",
    "Thứ hai tuần trước, Phó Thủ tướng Phạm Bình Minh tiếp Đại sứ Nga Gennady Bezdetko tại Hà Nội. Bên cạnh đó, ca sĩ Mỹ Tâm và ông Nguyễn Minh Đức cũng có mặt.",
    "Các nhà phân tích của International Crisis Group (ICG) cảnh báo xung đột có thể lan rộng. Hôm qua, ICG công bố báo cáo mới về Donbass.",
    "Quân đội Nga đã tiến vào thị trấn Kramatorsk. Tàu khu trục Donald Cook của Mỹ đang ở Biển Đen.",
];

fn others() -> Vec<Article> {
    OTHERS
        .iter()
        .enumerate()
        .map(|(i, p)| article(i, "Tin thế giới", &[(ParagraphKind::Body, p)]))
        .collect()
}

/// The bundled word lists without a single listed actor: everything must be discovered.
fn words_only() -> Gazetteer {
    let src = include_str!("../../../assets/actors.toml");
    let end = src.find("\n[countries]").unwrap();
    Gazetteer::from_toml(&src[..end]).unwrap()
}

/// The one actor that has `alias` among its aliases (panics on none or several).
fn owner<'a>(ix: &'a ActorIndex, alias: &str) -> &'a Actor {
    let found: Vec<&Actor> = ix
        .actors
        .iter()
        .filter(|a| a.aliases.iter().any(|x| x == alias))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{alias} should belong to exactly one actor:\n{}",
        dump(ix)
    );
    found[0]
}

/// Asserts the spellings are all aliases of one actor of the given kind, and returns it.
fn one_actor<'a>(ix: &'a ActorIndex, spellings: &[&str], kind: ActorKind) -> &'a Actor {
    let a = owner(ix, spellings[0]);
    for s in spellings {
        assert_eq!(
            owner(ix, s).id,
            a.id,
            "{s} is not with {}:\n{}",
            spellings[0],
            dump(ix)
        );
    }
    assert_eq!(a.kind, kind, "{}", a.name);
    a
}

#[test]
fn every_seed_person_is_one_actor_with_all_their_spellings() {
    let ix = extract_actors(&Gazetteer::bundled(), &seeds());
    let grushko = one_actor(
        &ix,
        &[
            "Alexander Grushko",
            "Aleksandr Grushko",
            "Grushko",
            "Grouchko",
        ],
        ActorKind::Person,
    );
    assert_eq!(grushko.name, "Alexander Grushko");
    let lavrov = one_actor(&ix, &["Sergei Lavrov", "Sergey Lavrov"], ActorKind::Person);
    assert_eq!(lavrov.id, "sergei-lavrov");
    one_actor(&ix, &["Jens Stoltenberg", "Stoltenberg"], ActorKind::Person);
    let ryabkov = one_actor(&ix, &["Sergei Ryabkov", "Ryabkov"], ActorKind::Person);
    assert_eq!(ryabkov.mentions, 7);
    one_actor(&ix, &["Vladimir Putin", "Putin"], ActorKind::Person);
    one_actor(&ix, &["Joe Biden", "Biden"], ActorKind::Person);
    // "Rasmussen Global", named after him, is an organisation, not a mention of him.
    one_actor(&ix, &["Anders Fogh Rasmussen"], ActorKind::Person);
    one_actor(&ix, &["Rasmussen Global"], ActorKind::Organization);
    one_actor(&ix, &["Maxim Suchkov", "Suchkov"], ActorKind::Person);
    for name in [
        "Alexander Fomin",
        "Wendy Sherman",
        "Maksim Samorukov",
        "Antony Blinken",
        "Josep Borrell",
        "Pierre Vimont",
        "Fabrice Pothier",
        "Oleg Ignatov",
        "Zbigniew Rau",
        "Dmitry Peskov",
    ] {
        let a = one_actor(&ix, &[name], ActorKind::Person);
        assert_eq!(a.name, name);
    }
    // A shared first name never makes two people one.
    assert_ne!(
        owner(&ix, "Sergei Lavrov").id,
        owner(&ix, "Sergei Ryabkov").id
    );
    assert_ne!(
        owner(&ix, "Alexander Grushko").id,
        owner(&ix, "Alexander Fomin").id
    );
}

#[test]
fn seed_organizations_countries_and_places_merge_their_variants() {
    let ix = extract_actors(&Gazetteer::bundled(), &seeds());
    let nrc = one_actor(
        &ix,
        &[
            "Hội đồng Nga-NATO",
            "Hội đồng Nga - NATO",
            "Hội đồng NATO-Nga",
            "Hội đồng Nga – Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)",
        ],
        ActorKind::Organization,
    );
    assert_eq!(nrc.id, "hoi-dong-nga-nato");
    let nato = one_actor(
        &ix,
        &["NATO", "Tổ chức Hiệp ước Bắc Đại Tây Dương"],
        ActorKind::Organization,
    );
    assert_ne!(nato.id, nrc.id);
    one_actor(
        &ix,
        &[
            "OSCE",
            "Tổ chức An ninh và Hợp tác châu Âu",
            "Tổ chức an ninh và hợp tác châu Âu",
        ],
        ActorKind::Organization,
    );
    one_actor(&ix, &["EU", "Liên minh châu Âu"], ActorKind::Organization);
    one_actor(&ix, &["Điện Kremlin", "Kremlin"], ActorKind::Organization);
    assert_eq!(one_actor(&ix, &["Mỹ"], ActorKind::Country).id, "my");
    let nga = one_actor(&ix, &["Nga"], ActorKind::Country);
    assert_eq!(ix.actors[0].id, nga.id, "Russia is the most mentioned");
    one_actor(&ix, &["Ukraine", "Ukraina"], ActorKind::Country);
    one_actor(&ix, &["Moscow", "Moskva"], ActorKind::Place);
    for place in [
        "Brussels", "Geneva", "Vienna", "Crimea", "Donetsk", "Lugansk", "Brest",
    ] {
        one_actor(&ix, &[place], ActorKind::Place);
    }
    for org in [
        "Trung tâm Carnegie Moscow",
        "Carnegie Europe",
        "Nhóm Khủng hoảng quốc tế",
    ] {
        one_actor(&ix, &[org], ActorKind::Organization);
    }
}

#[test]
fn no_actor_is_a_title_a_sentence_starter_or_a_time_word() {
    let g = Gazetteer::bundled();
    let ix = extract_actors(&g, &seeds());
    let lex = g.lexicon();
    for a in &ix.actors {
        let lower = words::lower_same_len(&a.name);
        let first = lower.split(' ').next().unwrap_or("");
        assert!(
            !lex.roles.contains(&lower) && !lex.roles.contains(first),
            "title as actor: {}",
            a.name
        );
        assert!(
            !lex.stopwords.contains(&lower) && !lex.stopwords.contains(first),
            "common word as actor: {}",
            a.name
        );
        assert!(
            !a.name.starts_with("Thứ") && !a.name.starts_with("Tháng"),
            "{}",
            a.name
        );
    }
    for word in [
        "Theo",
        "Tuy nhiên",
        "Đây",
        "Ông",
        "Bà",
        "Các",
        "Video",
        "Thứ trưởng",
        "Tổng thống",
        "Ngoại",
        "Chiến tranh Lạnh",
        "RTVI",
        "Delfi",
    ] {
        assert!(
            ix.actors.iter().all(|a| a.name != word),
            "{word} is not an actor"
        );
    }
}

#[test]
fn mentions_point_at_their_alias_in_reading_order() {
    let arts = seeds();
    let ix = extract_actors(&Gazetteer::bundled(), &arts);
    assert!(ix
        .mentions
        .windows(2)
        .all(|w| (w[0].article, w[0].paragraph, w[0].start)
            < (w[1].article, w[1].paragraph, w[1].start)));
    let mut counts = vec![0; ix.actors.len()];
    for m in &ix.mentions {
        let slice = &arts[m.article].paragraphs[m.paragraph].text[m.start..m.end];
        let a = &ix.actors[m.actor];
        assert!(
            a.aliases.iter().any(|x| x == slice),
            "{slice:?} is not an alias of {}",
            a.name
        );
        assert!(a.articles.binary_search(&m.article).is_ok());
        counts[m.actor] += 1;
    }
    for (a, n) in ix.actors.iter().zip(&counts) {
        assert_eq!(a.mentions, *n, "{}", a.name);
        assert!(a.articles.windows(2).all(|w| w[0] < w[1]));
    }
    assert!(ix
        .actors
        .windows(2)
        .all(|w| (w[1].mentions, &w[0].name) <= (w[0].mentions, &w[1].name)));
    let mut ids: Vec<&str> = ix.actors.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ix.actors.len(), "ids are unique");
    // The title is not counted: "Nga-NATO: Cuộc đọ sức ..." names Russia but is a title.
    let p = "Quan hệ Nga-NATO.";
    let one = [article(0, "Nga và NATO", &[(ParagraphKind::Body, p)])];
    let ix = extract_actors(&Gazetteer::bundled(), &one);
    assert_eq!(ix.mentions.len(), 2);
    assert_eq!(
        (ix.mentions[0].start, ix.mentions[0].end),
        (p.find("Nga").unwrap(), p.find('-').unwrap())
    );
}

#[test]
fn discovers_and_merges_names_in_other_outlets_styles() {
    let arts = others();
    let ix = extract_actors(&Gazetteer::bundled(), &arts);
    one_actor(&ix, &["António Guterres", "Guterres"], ActorKind::Person);
    one_actor(
        &ix,
        &["Linda Thomas-Greenfield", "Thomas-Greenfield"],
        ActorKind::Person,
    );
    one_actor(
        &ix,
        &["Ursula von der Leyen", "von der Leyen"],
        ActorKind::Person,
    );
    one_actor(&ix, &["Dmitry Peskov", "Peskov"], ActorKind::Person);
    one_actor(&ix, &["Olaf Scholz"], ActorKind::Person);
    one_actor(
        &ix,
        &["Mykhailo Podolyak", "Mikhailo Podoliak"],
        ActorKind::Person,
    );
    one_actor(&ix, &["John Mearsheimer", "Mearsheimer"], ActorKind::Person);
    one_actor(&ix, &["Gennady Bezdetko"], ActorKind::Person);
    one_actor(&ix, &["Phạm Bình Minh"], ActorKind::Person);
    // A Vietnamese minister is called by his given name after a title, not in "Sơn La".
    let son = one_actor(&ix, &["Bùi Thanh Sơn", "Sơn"], ActorKind::Person);
    assert_eq!(son.mentions, 2);
    let iiss = one_actor(
        &ix,
        &["Viện Nghiên cứu Chiến lược Quốc tế", "IISS"],
        ActorKind::Organization,
    );
    assert_eq!(
        (iiss.name.as_str(), iiss.mentions),
        ("Viện Nghiên cứu Chiến lược Quốc tế", 3)
    );
    one_actor(
        &ix,
        &["International Crisis Group", "ICG"],
        ActorKind::Organization,
    );
    one_actor(&ix, &["Đại học Chicago"], ActorKind::Organization);
    one_actor(&ix, &["RIA Novosti"], ActorKind::Organization);
    one_actor(&ix, &["Kramatorsk"], ActorKind::Place);
    // Two Bidens: the surname alone names neither.
    assert_ne!(owner(&ix, "Joe Biden").id, owner(&ix, "Hunter Biden").id);
    assert!(ix
        .actors
        .iter()
        .all(|a| !a.aliases.iter().any(|x| x == "Biden")));
    // "Đức" in "Nguyễn Minh Đức" and "Mỹ" in "Mỹ Tâm" are not the countries.
    one_actor(&ix, &["Nguyễn Minh Đức"], ActorKind::Person);
    assert_eq!(owner(&ix, "Đức").mentions, 1);
    let my = owner(&ix, "Mỹ");
    let tam = arts
        .iter()
        .position(|a| a.paragraphs[0].text.contains("Mỹ Tâm"))
        .unwrap();
    assert!(ix
        .mentions
        .iter()
        .all(|m| !(m.article == tam && ix.actors[m.actor].id == my.id)));
    // A ship is not an actor.
    assert!(ix.actors.iter().all(|a| !a.name.contains("Donald Cook")));
}

#[test]
fn without_listed_actors_names_are_still_found_and_merged() {
    let ix = extract_actors(&words_only(), &seeds());
    one_actor(&ix, &["Sergei Lavrov", "Sergey Lavrov"], ActorKind::Person);
    one_actor(
        &ix,
        &["Alexander Grushko", "Aleksandr Grushko"],
        ActorKind::Person,
    );
    one_actor(&ix, &["Jens Stoltenberg", "Stoltenberg"], ActorKind::Person);
    one_actor(&ix, &["Sergei Ryabkov", "Ryabkov"], ActorKind::Person);
    one_actor(&ix, &["Vladimir Putin", "Putin"], ActorKind::Person);
    for name in [
        "Maksim Samorukov",
        "Fabrice Pothier",
        "Oleg Ignatov",
        "Zbigniew Rau",
        "Pierre Vimont",
        "Wendy Sherman",
    ] {
        one_actor(&ix, &[name], ActorKind::Person);
    }
    one_actor(
        &ix,
        &["Hội đồng Nga-NATO", "Hội đồng NATO-Nga"],
        ActorKind::Organization,
    );
    // "Long Name (ABBR)" teaches that the long name and the abbreviation are one actor.
    one_actor(
        &ix,
        &[
            "OSCE",
            "Tổ chức An ninh và Hợp tác châu Âu",
            "Tổ chức an ninh và hợp tác châu Âu",
        ],
        ActorKind::Organization,
    );
    one_actor(
        &ix,
        &["EUCOM", "Bộ Tư lệnh châu Âu của Quân đội Mỹ"],
        ActorKind::Organization,
    );
    one_actor(
        &ix,
        &["INF", "Hiệp ước Lực lượng Hạt nhân Tầm trung"],
        ActorKind::Other,
    );
    one_actor(&ix, &["Ukraine", "Ukraina"], ActorKind::Place);
    assert!(ix
        .actors
        .iter()
        .all(|a| a.name != "Nga-Mỹ" && a.name != "Điện Kremlin"));
}

#[test]
fn a_vietnamese_name_by_its_last_two_words_and_a_body_by_its_owners_initials() {
    let arts = [article(
        0,
        "Tin thể thao",
        &[
            (ParagraphKind::Body, "Trung vệ Bùi Tiến Khoa nhận thẻ đỏ ở phút 71 sau khi xem lại VAR."),
            (ParagraphKind::Body, "Ban Kỷ luật AFF cho biết Tiến Khoa bị treo giò ba trận."),
            (ParagraphKind::Body, "Hai cầu thủ Nguyễn Văn Hải và Trần Văn Hải không được gọi, còn Văn Hải là tên một trường học."),
            (ParagraphKind::Body, "Ông Ban Ki-moon cho biết ông theo dõi trận đấu."),
            (ParagraphKind::Body, "Công ty CP Thương mại điện tử Sao Việt tài trợ giải. Đại diện Sao Việt cho biết công ty sẽ thưởng thêm."),
        ],
    )];
    let ix = extract_actors(&words_only(), &arts);
    let khoa = one_actor(&ix, &["Bùi Tiến Khoa", "Tiến Khoa"], ActorKind::Person);
    assert_eq!(khoa.mentions, 2);
    // Two people's names end with "Văn Hải": the two words alone name neither.
    assert!(ix
        .actors
        .iter()
        .all(|a| a.name != "Văn Hải" && !a.aliases.iter().any(|x| x == "Văn Hải")));
    one_actor(&ix, &["Ban Kỷ luật AFF"], ActorKind::Organization);
    // "Ban" opens Vietnamese bodies only: before a foreign name it is that name's first word.
    one_actor(&ix, &["Ban Ki-moon"], ActorKind::Person);
    // A company is called by the brand that ends its name (rule company-brand).
    let company = one_actor(
        &ix,
        &["Công ty CP Thương mại điện tử Sao Việt", "Sao Việt"],
        ActorKind::Organization,
    );
    assert_eq!(company.mentions, 2);
}

#[test]
fn headings_are_counted_but_not_mined_for_names() {
    let arts = [article(
        0,
        "Tin",
        &[
            (ParagraphKind::Heading, "Ông Karl Bildt nói về Nga"),
            (ParagraphKind::Body, "Nga và NATO họp."),
        ],
    )];
    let ix = extract_actors(&Gazetteer::bundled(), &arts);
    assert_eq!(owner(&ix, "Nga").mentions, 2);
    assert!(ix.actors.iter().all(|a| !a.name.contains("Bildt")));
    assert!(extract_actors(&Gazetteer::bundled(), &[]).actors.is_empty());
}

/// A sentence and a name the actor finder must or must not find in it (the `[[examples]]`
/// of `assets/actors.toml`).
#[derive(serde::Deserialize)]
struct Example {
    text: String,
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    not_actor: Option<String>,
}

#[derive(serde::Deserialize)]
struct Examples {
    examples: Vec<Example>,
}

#[test]
fn the_examples_of_the_actor_word_lists_hold() {
    let src = include_str!("../../../assets/actors.toml");
    let examples: Examples = toml::from_str(src).unwrap();
    assert!(examples.examples.len() >= 5);
    let g = Gazetteer::bundled();
    for e in &examples.examples {
        let ix = extract_actors(
            &g,
            &[article(
                0,
                "Tin thế giới",
                &[(ParagraphKind::Body, &e.text)],
            )],
        );
        // A name the text gives once is a candidate, not yet an actor: either counts.
        let found = super::discover::tests::findings(&e.text);
        let named = |n: &str| {
            found.names.iter().any(|c| c.surface == n)
                || ix
                    .actors
                    .iter()
                    .any(|a| a.name == n || a.aliases.iter().any(|x| x == n))
        };
        if let Some(n) = &e.actor {
            assert!(
                named(n),
                "{}: {n} should be an actor:\n{}{:?}",
                e.text,
                dump(&ix),
                found.names
            );
        }
        if let Some(n) = &e.not_actor {
            assert!(
                !named(n),
                "{}: {n} should be no actor:\n{}{:?}",
                e.text,
                dump(&ix),
                found.names
            );
        }
    }
}
