use super::*;
use crate::article::Paragraph;

fn article(paras: &[&str]) -> Article {
    Article {
        id: "t#1".into(),
        file: "t.txt".into(),
        title: "T".into(),
        paragraphs: paras
            .iter()
            .map(|p| Paragraph::new(ParagraphKind::Body, *p))
            .collect(),
        ..Article::default()
    }
}

const WIRE: [&str; 4] = [
    "Vòng đàm phán về ổn định chiến lược giữa Nga và Hoa Kỳ tại Geneva ngày 10/1 đã kết thúc sau gần 8 giờ thảo luận, song hai bên vẫn giữ nguyên lập trường về các đề xuất bảo đảm an ninh.",
    "Thứ trưởng Ngoại giao Nga Sergei Ryabkov cho biết Moscow cần những bảo đảm ràng buộc về mặt pháp lý rằng NATO sẽ không mở rộng thêm về phía Đông, đặc biệt là không kết nạp Ukraine.",
    "Về phía Hoa Kỳ, Thứ trưởng Ngoại giao Wendy Sherman cho biết Washington đã bác bỏ những đề xuất mà phía Hoa Kỳ cho là không thể chấp nhận, trong đó có yêu cầu ngừng kết nạp thành viên mới.",
    "Giới quan sát nhận định kết quả của cả ba vòng đàm phán sẽ quyết định liệu căng thẳng giữa Nga và phương Tây có hạ nhiệt trong những tuần tới hay không.",
];

fn share(a: &Article, b: &Article) -> f64 {
    shared_between(a, b)
}

#[test]
fn paragraph_breaks_case_and_diacritics_do_not_change_the_text() {
    let wire = article(&WIRE);
    let joined = WIRE.join(" ");
    let one_paragraph = article(&[joined.as_str()]);
    assert_eq!(shingles(&wire), shingles(&one_paragraph));
    let folded = article(&[crate::text::fold(&joined).as_str()]);
    assert_eq!(shingles(&wire), shingles(&folded));
}

#[test]
fn titles_and_captions_are_not_compared() {
    let mut a = article(&WIRE);
    let mut b = article(&WIRE);
    a.title = "Đàm phán Nga - Mỹ kết thúc".into();
    b.title = "Nga nói không tấn công Ukraine".into();
    b.paragraphs.insert(
        1,
        Paragraph::new(
            ParagraphKind::Caption,
            "Thứ trưởng Ngoại giao Nga Sergei Ryabkov tại Geneva ngày 10/1. Ảnh: Reuters",
        ),
    );
    assert_eq!(share(&a, &b), 1.0);
}

#[test]
fn reprint_edits_keep_the_share_high() {
    let wire = article(&WIRE);
    // A lead tag, Hoa Kỳ → Mỹ everywhere, the closing sentence cut, a credit line.
    let mut edited: Vec<String> = WIRE[..3]
        .iter()
        .map(|p| p.replace("Hoa Kỳ", "Mỹ"))
        .collect();
    edited[0] = format!("TTO - {}", edited[0]);
    edited.push("Theo TTXVN".into());
    let refs: Vec<&str> = edited.iter().map(String::as_str).collect();
    let reprint = article(&refs);
    let s = share(&wire, &reprint);
    assert!(s > 0.75, "{s}");
    // A brief of the first two paragraphs is all found in the whole story.
    assert_eq!(share(&wire, &article(&WIRE[..2])), 1.0);
}

#[test]
fn quotations_are_left_out_of_the_comparison() {
    let quote = "“Có những khác biệt đáng kể giữa các đồng minh NATO và Nga về những vấn đề này. Những khác biệt của chúng tôi sẽ không dễ thu hẹp”";
    let a = article(&[&format!(
        "Tổng thư ký NATO Jens Stoltenberg hôm 12/1 nói với báo giới tại Brussels sau phiên họp kéo dài bốn giờ: {quote}."
    )]);
    let b = article(&[&format!(
        "{quote}, người đứng đầu liên minh thừa nhận trong cuộc họp báo diễn ra ngay sau khi hội đồng kết thúc phiên làm việc đầu tiên từ năm 2019."
    )]);
    assert_eq!(share(&a, &b), 0.0);
    // Straight quotes too; a lone mark quotes nothing.
    let quoted = |text: &str| {
        let mut w = Words::default();
        w.paragraph(text);
        w.hashes.iter().map(|&h| is_quoted(h)).collect::<Vec<_>>()
    };
    assert_eq!(quoted("a \"b c\" d \"e"), [false; 5]);
    assert_eq!(quoted("a \"b c\" d"), [false, true, true, false]);
    assert_eq!(quoted("a “b” c “d"), [false, true, false, false]);
    assert_eq!(quoted("“a “b” c"), [true, true, false]);
}

#[test]
fn an_interview_that_is_all_quotation_is_compared_on_its_quotations() {
    let answers = [
        "“Chúng tôi luôn ủng hộ giải quyết các tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế và Hiến chương Liên hợp quốc”.",
        "“Việt Nam mong muốn các bên kiềm chế, tăng cường đối thoại và bảo đảm an toàn cho người dân, trong đó có cộng đồng người Việt Nam”.",
    ];
    let a = article(&answers);
    assert!(shingles(&a).len() > MIN_SHINGLES);
    assert_eq!(share(&a, &article(&answers)), 1.0);
}

#[test]
fn copies_are_grouped_and_other_stories_are_not() {
    let mut articles = vec![article(&WIRE)];
    let reprint: Vec<String> = WIRE[..3]
        .iter()
        .map(|p| p.replace("Hoa Kỳ", "Mỹ"))
        .collect();
    let refs: Vec<&str> = reprint.iter().map(String::as_str).collect();
    articles.push(article(&refs));
    articles.push(article(&[
        "Giá dầu thế giới trong phiên giao dịch ngày 26/1 tăng hơn 2% và lần đầu tiên kể từ năm 2014 vượt ngưỡng 90 USD/thùng, trong bối cảnh căng thẳng giữa Nga và phương Tây.",
        "Kết thúc phiên, giá dầu Brent giao tháng 3/2022 tăng 1,76 USD lên 89,96 USD/thùng, sau khi có thời điểm chạm mức 90,47 USD/thùng.",
    ]));
    articles.push(article(&WIRE));
    articles.push(article(&["Quá ngắn để so sánh."]));
    let copies = find(&articles);
    assert_eq!(copies.groups.len(), 1);
    let g = &copies.groups[0];
    assert_eq!(g.articles, [0, 1, 3]);
    assert!(g.shared > 0.75 && g.shared <= 1.0, "{}", g.shared);
    assert_eq!(g.links.len(), 2);
    assert_eq!(copies.story(3), 0);
    assert_eq!(copies.story(2), 2);
    assert_eq!(copies.count_stories(&[0, 1, 2, 3, 4]), 3);
}

/// A tiny deterministic generator for the test texts.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

const SYLLABLES: [&str; 24] = [
    "nga", "mỹ", "đàm", "phán", "an", "ninh", "châu", "âu", "quân", "sự", "biên", "giới", "ngoại",
    "giao", "hội", "đồng", "tổng", "thống", "liên", "minh", "kinh", "tế", "dầu", "khí",
];

fn random_text(rng: &mut Lcg, words: usize) -> String {
    (0..words)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn many_copies_of_one_story_make_one_group_and_unrelated_texts_none() {
    let mut rng = Lcg(7);
    let base: Vec<&str> = random_text(&mut rng, 300).leak().split(' ').collect();
    let mut articles = Vec::new();
    // 300 reprints, each with about one word in twenty changed.
    for _ in 0..300 {
        let words: Vec<&str> = base
            .iter()
            .map(|w| {
                if rng.below(20) == 0 {
                    SYLLABLES[rng.below(SYLLABLES.len())]
                } else {
                    w
                }
            })
            .collect();
        articles.push(article(&[&words.join(" ")]));
    }
    // 200 texts of the same words in other orders.
    for _ in 0..200 {
        articles.push(article(&[&random_text(&mut rng, 300)]));
    }
    let copies = find(&articles);
    assert_eq!(copies.groups.len(), 1, "{:?}", copies.groups.len());
    assert_eq!(copies.groups[0].articles, (0..300).collect::<Vec<_>>());
}

#[test]
fn a_signature_is_the_same_for_the_same_set_and_fills_every_value() {
    let set: Vec<u32> = (0..20u32).map(|x| x.wrapping_mul(2_654_435_761)).collect();
    let a = signature(&set);
    assert_eq!(a, signature(&set));
    let mut other = set.clone();
    other[0] ^= 1;
    let b = signature(&other);
    let agree = a.iter().zip(b.iter()).filter(|(x, y)| x == y).count();
    // 19 of 21 distinct shingles shared: Jaccard 0.9, so most values agree.
    assert!(agree > SIGNATURE_LEN / 2, "{agree}");
}

#[test]
fn a_story_counts_its_mentions_once() {
    let m = |article, actor| Mention {
        article,
        paragraph: 0,
        start: 0,
        end: 1,
        actor,
    };
    // Actor 0: twice in article 0 and 1 (copies), once in article 2. Actor 1: once in 1.
    let mentions = [m(0, 0), m(0, 0), m(1, 0), m(1, 0), m(1, 1), m(2, 0)];
    let group = CopyGroup {
        articles: vec![0, 1],
        shared: 0.9,
        links: vec![Link {
            a: 0,
            b: 1,
            shared: 0.9,
        }],
    };
    let copies = Copies::new(vec![group], 3);
    assert_eq!(count_mentions(&mentions, 2, |a| a, &copies), [3, 1]);
    assert_eq!(
        count_mentions(&mentions, 2, |a| a, &Copies::default()),
        [5, 1]
    );
}

#[test]
fn a_subset_keeps_the_links_among_kept_articles() {
    let link = |a, b, shared| Link { a, b, shared };
    let group = CopyGroup {
        articles: vec![0, 1, 2],
        shared: 0.7,
        links: vec![link(0, 1, 0.9), link(1, 2, 0.7)],
    };
    let copies = Copies::new(vec![group], 4);
    // Keep 1, 2, 3: one group of two.
    let kept = copies.subset(&[usize::MAX, 0, 1, 2], 3);
    assert_eq!(kept.groups.len(), 1);
    assert_eq!(kept.groups[0].articles, [0, 1]);
    assert_eq!(kept.groups[0].shared, 0.7);
    // Keep 0 and 2: their link went through 1.
    let kept = copies.subset(&[0, usize::MAX, 1, usize::MAX], 2);
    assert!(kept.is_empty());
    assert_eq!(kept.group_of(0), None);
}

#[test]
fn the_radix_sort_sorts() {
    let mut rng = Lcg(3);
    for n in [0, 1, 63, 64, 65, 700, 5000] {
        let mut v: Vec<u32> = (0..n)
            .map(|_| (rng.below(1 << 16) as u32) << 16 | rng.below(1 << 16) as u32)
            .collect();
        let mut want = v.clone();
        want.sort_unstable();
        radix_sort(&mut v);
        assert_eq!(v, want, "{n}");
    }
}
