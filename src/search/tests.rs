use super::*;
use crate::model::ActorKind;

fn actor(name: &str, kind: ActorKind, aliases: &[&str], mentions: usize) -> Actor {
    let mut all: Vec<String> = vec![name.to_owned()];
    all.extend(aliases.iter().map(|a| (*a).to_owned()));
    let id = crate::text::fold(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Actor {
        id,
        name: name.to_owned(),
        kind,
        aliases: all,
        mentions,
        articles: vec![0],
    }
}

/// The actors of the story, then a few hundred people, bodies and places that share
/// letters, words and prefixes with them (Nguyễn Thị Nga, Trần My, Ngân hàng ...).
fn corpus() -> Vec<Actor> {
    use ActorKind::*;
    let mut actors = vec![
        actor("Mỹ", Country, &["Hoa Kỳ"], 60),
        actor("Nga", Country, &["Liên bang Nga"], 80),
        actor("NATO", Organization, &["Liên minh Bắc Đại Tây Dương"], 70),
        actor("Điện Kremlin", Place, &["Kremlin"], 12),
        actor(
            "Sergei Lavrov",
            Person,
            &["Lavrov", "Ngoại trưởng Lavrov"],
            9,
        ),
        actor(
            "Jens Stoltenberg",
            Person,
            &["Stoltenberg", "ông Stoltenberg"],
            8,
        ),
        actor(
            "Alexander Grushko",
            Person,
            &["Grushko", "Alexander Grouchko"],
            5,
        ),
        actor(
            "Hội đồng Nga-NATO",
            Organization,
            &["Hội đồng Nga - NATO", "Hội đồng NATO-Nga", "NRC"],
            7,
        ),
        actor("Mỹ Latinh", Place, &[], 2),
        actor("Maksim Samorukov", Person, &["Samorukov"], 3),
        actor("Sergei Ryabkov", Person, &["Ryabkov"], 6),
        actor("Wendy Sherman", Person, &["Sherman"], 6),
        actor("Vladimir Putin", Person, &["Putin", "Tổng thống Putin"], 15),
        actor("Joe Biden", Person, &["Biden", "Tổng thống Biden"], 11),
        actor("Ukraine", Country, &[], 40),
        actor("Nhà Trắng", Place, &[], 4),
        actor("Ngân hàng Nhà nước", Organization, &[], 1),
        actor("Bộ Ngoại giao Nga", Organization, &[], 5),
        actor("Stockholm", Place, &[], 1),
        actor("Kremlyovskaya", Place, &[], 1),
        actor("Nghị viện châu Âu", Organization, &[], 2),
        actor("Myanmar", Country, &[], 2),
    ];
    let surnames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý",
    ];
    let middles = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Hữu"];
    let givens = [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Hà",
        "Hải",
        "Hùng",
        "Lan",
        "Mai",
        "My",
        "Nga",
        "Ngân",
        "Phương",
        "Quân",
        "Sơn",
        "Thảo",
        "Trung",
        "Tuấn",
        "Yến",
        "Mỹ Linh",
    ];
    let mut n = 0usize;
    for s in surnames {
        for m in middles {
            for g in givens {
                n += 1;
                if n.is_multiple_of(3) {
                    actors.push(actor(&format!("{s} {m} {g}"), Person, &[], n % 7));
                }
            }
        }
    }
    let foreign = [
        "Maria Zakharova",
        "Dmitry Peskov",
        "Antony Blinken",
        "Olaf Scholz",
        "Emmanuel Macron",
        "Josep Borrell",
        "Ned Price",
        "Mikhail Ulyanov",
        "Anatoly Antonov",
        "Kamala Harris",
        "Volodymyr Zelensky",
        "Dmytro Kuleba",
        "Sergei Shoigu",
        "Valery Gerasimov",
        "Stanislav Zas",
        "Mykola Azarov",
    ];
    for f in foreign {
        actors.push(actor(f, Person, &[], 2));
    }
    for place in [
        "Moskva",
        "Washington",
        "Brussels",
        "Geneva",
        "Vienna",
        "Kiev",
        "Minsk",
        "Donbass",
        "Crimea",
        "Ba Lan",
        "Estonia",
        "Latvia",
        "Litva",
        "Romania",
        "Mông Cổ",
    ] {
        actors.push(actor(place, Place, &[], 3));
    }
    assert!(
        actors.len() > 150,
        "the fixture should be realistic in size"
    );
    actors
}

fn names(actors: &[Actor], hits: &[ActorHit]) -> Vec<String> {
    hits.iter().map(|h| actors[h.actor].name.clone()).collect()
}

fn top(query: &str) -> String {
    let actors = corpus();
    let hits = ActorSearch::new(&actors).query(query, 10);
    names(&actors, &hits).into_iter().next().unwrap_or_default()
}

#[test]
fn my_finds_the_united_states_first() {
    let actors = corpus();
    let hits = ActorSearch::new(&actors).query("my", 10);
    let names = names(&actors, &hits);
    assert_eq!(names[0], "Mỹ");
    assert_eq!(names[1], "Mỹ Latinh");
    // Names where the word "my" appears come before those with the letters scattered.
    let hits = ActorSearch::new(&actors).query("my", 500);
    let names = super::tests::names(&actors, &hits);
    let pos = |n: &str| names.iter().position(|x| x == n);
    assert!(pos("Dmitry Peskov").is_some() && pos("Mikhail Ulyanov").is_some());
    assert!(pos("Myanmar") < pos("Dmitry Peskov"));
    assert!(pos("Myanmar") < pos("Mikhail Ulyanov"));
    assert!(
        names.iter().all(|n| n != "Maksim Samorukov"),
        "no y in Maksim Samorukov"
    );
}

#[test]
fn nga_finds_russia_first() {
    assert_eq!(top("nga"), "Nga");
    assert_eq!(top("Nga"), "Nga");
    // A whole word "Nga" beats a word that merely starts with it ("Ngân hàng").
    let actors = corpus();
    let hits = ActorSearch::new(&actors).query("nga", 500);
    let names = names(&actors, &hits);
    let pos = |n: &str| names.iter().position(|x| x == n);
    assert!(pos("Hội đồng Nga-NATO") < pos("Ngân hàng Nhà nước"));
    assert!(pos("Ngân hàng Nhà nước").is_some());
}

#[test]
fn kremlin_finds_the_kremlin() {
    assert_eq!(top("kremlin"), "Điện Kremlin");
}

#[test]
fn full_council_name_finds_the_council() {
    assert_eq!(top("hoi dong nga nato"), "Hội đồng Nga-NATO");
    assert_eq!(top("hoi dong nato nga"), "Hội đồng Nga-NATO");
}

#[test]
fn dien_kremlin_finds_the_kremlin() {
    assert_eq!(top("dien kremlin"), "Điện Kremlin");
}

#[test]
fn lavrov_finds_sergei_lavrov() {
    assert_eq!(top("lavrov"), "Sergei Lavrov");
}

#[test]
fn stoltenberg_finds_jens_stoltenberg() {
    assert_eq!(top("stoltenberg"), "Jens Stoltenberg");
}

#[test]
fn grouchko_finds_grushko_through_an_alias() {
    let actors = corpus();
    let hits = ActorSearch::new(&actors).query("grouchko", 5);
    let first = &hits[0];
    assert_eq!(actors[first.actor].name, "Alexander Grushko");
    let alias = first.alias_text(&actors).unwrap_or_default();
    assert_eq!(alias, "Alexander Grouchko");
    let lit: String = first.highlight.iter().map(|r| &alias[r.clone()]).collect();
    assert_eq!(lit, "Grouchko");
}

#[test]
fn empty_query_lists_by_mentions() {
    let actors = corpus();
    let mut search = ActorSearch::new(&actors);
    let hits = search.query("  ", 4);
    assert_eq!(names(&actors, &hits), ["Nga", "NATO", "Mỹ", "Ukraine"]);
    assert!(hits.iter().all(|h| h.highlight.is_empty()));
    assert!(hits
        .iter()
        .all(|h| h.alias_text(&actors) == Some(&*actors[h.actor].name)));
}

#[test]
fn diacritics_are_ignored_both_ways() {
    // Typed with marks, matched against the same name.
    assert_eq!(top("Mỹ"), "Mỹ");
    assert_eq!(top("Điện Kremlin"), "Điện Kremlin");
    assert_eq!(top("HỘI ĐỒNG NGA"), "Hội đồng Nga-NATO");
    // Typed with marks, matched against a name without any.
    assert_eq!(top("Lávrov"), "Sergei Lavrov");
    // NFD query.
    assert_eq!(top("My\u{303}"), "Mỹ");
    // With or without marks, the same hits, scores and highlights.
    let actors = corpus();
    let mut search = ActorSearch::new(&actors);
    for (marked, plain) in [("Mỹ", "my"), ("Hội đồng", "hoi dong"), ("ĐIỆN", "dien")] {
        assert_eq!(
            search.query(marked, 20),
            search.query(plain, 20),
            "{marked}"
        );
    }
}

#[test]
fn highlight_covers_whole_graphemes() {
    let actors = vec![
        actor("Mỹ", ActorKind::Country, &[], 1),
        actor("Điện Kremlin", ActorKind::Place, &[], 1),
    ];
    let mut search = ActorSearch::new(&actors);
    let hits = search.query("my", 5);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].highlight, vec![0.."Mỹ".len()]);
    let hits = search.query("dien", 5);
    assert_eq!(hits[0].highlight, vec![0.."Điện".len()]);
    let hits = search.query("kremlin", 5);
    let start = "Điện ".len();
    assert_eq!(hits[0].highlight, vec![start.."Điện Kremlin".len()]);
}

#[test]
fn highlight_on_nfd_text_includes_the_marks() {
    let nfd = "My\u{303}";
    let actors = vec![actor(nfd, ActorKind::Country, &[], 1)];
    let mut search = ActorSearch::new(&actors);
    assert_eq!(search.query("my", 5)[0].highlight, vec![0..nfd.len()]);
    // Only the "y" typed: the y and its tilde, not the M.
    assert_eq!(search.query("y", 5)[0].highlight, vec![1..nfd.len()]);
    // A word after an NFD one starts where it should.
    let text = "Ho\u{302}\u{323}i đo\u{302}\u{300}ng Nga";
    let actors = vec![actor(text, ActorKind::Organization, &[], 1)];
    let hits = ActorSearch::new(&actors).query("nga", 5);
    assert_eq!(hits[0].highlight, vec![text.len() - 3..text.len()]);
}

#[test]
fn every_word_must_match() {
    let actors = corpus();
    let mut search = ActorSearch::new(&actors);
    let hits = search.query("sergei lavrov", 10);
    assert_eq!(names(&actors, &hits), ["Sergei Lavrov"]);
    assert!(search.query("sergei zzz", 10).is_empty());
    // Both words highlighted, in the one alias.
    let hits = search.query("jens stol", 10);
    assert_eq!(names(&actors, &hits), ["Jens Stoltenberg"]);
    assert_eq!(hits[0].highlight, vec![0..4, 5..9]);
}

#[test]
fn no_match_gives_nothing() {
    let actors = corpus();
    assert!(ActorSearch::new(&actors).query("qqxj", 10).is_empty());
}

#[test]
fn limit_is_respected() {
    let actors = corpus();
    let mut search = ActorSearch::new(&actors);
    assert_eq!(search.query("n", 7).len(), 7);
    assert_eq!(search.query("", 3).len(), 3);
    assert!(search.query("nga", 0).is_empty());
    assert_eq!(search.query("sergei", 1).len(), 1);
}

#[test]
fn ties_go_to_the_more_mentioned_actor() {
    let actors = vec![
        actor("Lê Văn Hùng", ActorKind::Person, &[], 2),
        actor("Lê Văn Hưng", ActorKind::Person, &[], 9),
        actor("Lê Văn Hừng", ActorKind::Person, &[], 5),
    ];
    let hits = ActorSearch::new(&actors).query("hung", 10);
    assert_eq!(hits.len(), 3);
    assert!(hits.windows(2).all(|w| w[0].score == w[1].score));
    assert_eq!(
        names(&actors, &hits),
        ["Lê Văn Hưng", "Lê Văn Hừng", "Lê Văn Hùng"]
    );
}

#[test]
fn ties_on_mentions_go_to_the_shorter_name() {
    let actors = vec![
        actor("Sergei Lavrov Jr", ActorKind::Person, &[], 3),
        actor("Sergei Lavrov", ActorKind::Person, &[], 3),
    ];
    let hits = ActorSearch::new(&actors).query("lavrov", 10);
    assert_eq!(hits[0].score, hits[1].score);
    assert_eq!(names(&actors, &hits), ["Sergei Lavrov", "Sergei Lavrov Jr"]);
}

#[test]
fn narrowing_gives_the_same_results_as_a_fresh_search() {
    let actors = corpus();
    let sequences: &[&[&str]] = &[
        &["s", "st", "sto", "stol"],
        &["n", "ng", "nga", "nga ", "nga n", "nga na", "nga nat"],
        &["h", "ho", "hoi", "hoi d", "hoi do", "hoi dong n"],
        &["m", "my", "my l", "my", "m", "ma"],
        &["l", "la", "lav", "lavx", "lav", "lavr"],
        &["nguyen", "nguyen t", "nguyen th", "nguyen thi n"],
    ];
    for seq in sequences {
        let mut incremental = ActorSearch::new(&actors);
        for q in *seq {
            let narrowed = incremental.query(q, 15);
            let fresh = ActorSearch::new(&actors).query(q, 15);
            assert_eq!(narrowed, fresh, "query {q:?} in {seq:?}");
        }
    }
}

#[test]
fn narrowing_only_looks_at_the_previous_candidates() {
    let actors = corpus();
    let mut search = ActorSearch::new(&actors);
    search.query("ser", 5);
    let before = search.last.as_ref().map_or(0, |l| l.candidates.len());
    search.query("serg", 5);
    let after = search.last.as_ref().map_or(0, |l| l.candidates.len());
    assert!(after > 0 && after <= before);
    // A query that does not extend the last one scans everyone again.
    let hits = search.query("putin", 5);
    assert_eq!(names(&actors, &hits), ["Vladimir Putin"]);
}

#[test]
fn a_smaller_limit_gives_a_prefix_of_the_full_ranking() {
    let actors = corpus();
    for q in ["s", "n", "nga", "my", "h", "nguyen th", "a b", "ly"] {
        let all = ActorSearch::new(&actors).query(q, usize::MAX);
        for limit in [1, 3, 10, 40] {
            let some = ActorSearch::new(&actors).query(q, limit);
            assert_eq!(some[..], all[..limit.min(all.len())], "{q:?} limit {limit}");
        }
    }
}
