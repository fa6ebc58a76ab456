//! What each line of a page is, judged on its own: furniture, a stamp, a caption, an
//! image placeholder, a list item, or text (whose role the segmenter decides in context).

use super::limits::{
    AGENCY_CAPTION_MAX_WORDS, BREADCRUMB_MAX_WORDS, BREADCRUMB_PART_MAX_WORDS, CAPTION_MIN_CHARS,
    CREDIT_MAX_WORDS, CREDIT_QUALIFIER_MAX_WORDS, CREDIT_TAIL_BYTES, EMBED_CREDIT_MAX_WORDS,
    LINK_MAX_WORDS, LIST_HEADER_MAX_WORDS, MENU_CAPITAL_SHARE, MENU_GAPPED_MAX_WORDS,
    MENU_MIN_GAPS, MENU_MIN_WORDS, OWNER_HEAD_BYTES, OWNER_LINE_MAX_WORDS, OWNER_NAME_MAX_WORDS,
    PROMPT_LINE_MAX_WORDS, TERSE_LINE_MAX_WORDS, VIEW_COUNT_MAX_WORDS, WIDGET_LINE_MAX_WORDS,
    WIDGET_ROW_MAX_WORDS, WIDGET_ROW_MIN_WORDS, WIDGET_ROW_SHARE, WIDGET_WORD_ANYWHERE_MAX_WORDS,
};
use super::line::Line;
use super::phrases::Phrases;
use super::stamp::{self, Stamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A date and/or time line.
    Stamp(Stamp),
    /// Widgets, menus, prompts, ads, copyright, tags, with the rule that judged it so
    /// (`"breadcrumb"` for "Trang chủ » Thế giới").
    Junk(&'static str),
    /// "Tin liên quan", "Đọc nhiều": a list of other stories starts here.
    ListHeader,
    /// "img", "<headline> - Hình 1": where a picture was.
    Placeholder,
    /// A caption with its credit ("… Ảnh: Tass", "(Ảnh: Delfi)").
    Caption,
    /// "• Nam miền Bắc", "2. Phe nổi dậy …": a menu or list entry.
    Bullet,
    Text,
}

/// The rule name of a line's class, as `dossier explain` and the reader show it.
pub fn rule(k: &Kind) -> &'static str {
    match k {
        Kind::Stamp(_) => "timestamp",
        Kind::Junk(rule) => rule,
        Kind::ListHeader => "list-header",
        Kind::Placeholder => "image-placeholder",
        Kind::Caption => "caption-credit",
        Kind::Bullet => "list-entry",
        Kind::Text => "prose",
    }
}

pub fn classify(line: &Line, phrases: &Phrases) -> Kind {
    let f = line.folded.as_str();
    if let Some(s) = stamp::parse(line, phrases) {
        return Kind::Stamp(s);
    }
    if line.words <= LIST_HEADER_MAX_WORDS
        && (phrases.is_list_header(f) || is_comment_count(f, phrases))
    {
        return Kind::ListHeader;
    }
    if is_placeholder(line, phrases) {
        return Kind::Placeholder;
    }
    if phrases.has_prefix(f) || (line.words <= PROMPT_LINE_MAX_WORDS && phrases.has_contained(f)) {
        return Kind::Junk("widget-phrase");
    }
    if let Some(rule) = furniture_shape(line, phrases) {
        return Kind::Junk(rule);
    }
    if !line.is_prose() && line.words <= WIDGET_LINE_MAX_WORDS {
        let words: Vec<&str> = f
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if (line.words <= WIDGET_WORD_ANYWHERE_MAX_WORDS && phrases.has_widget_word(&words, false))
            || phrases.has_widget_word(&words, true)
        {
            return Kind::Junk("widget-word");
        }
    }
    // A row of widgets: "Chia sẻ Facebook Zalo In bài Cỡ chữ A- A+".
    if !line.is_prose() && (WIDGET_ROW_MIN_WORDS..=WIDGET_ROW_MAX_WORDS).contains(&line.words) {
        let words: Vec<&str> = f
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if phrases.widget_share(&words) >= WIDGET_ROW_SHARE {
            return Kind::Junk("widget-row");
        }
    }
    if caption_credit(&line.text, phrases).is_some() || agency_credit(line, phrases) {
        return Kind::Caption;
    }
    if is_bullet(&line.text) {
        return Kind::Bullet;
    }
    // Not a label in capitals ("QUYẾT NGHỊ:" over a document's articles).
    if line.words <= TERSE_LINE_MAX_WORDS
        && line.ends_sentence()
        && !line.is_name_like()
        && !line.is_capitals_label()
    {
        return Kind::Junk("poll-answer"); // "Có;", "Không."
    }
    Kind::Text
}

/// The furniture a line's shape gives away, by rule name, in the order they are tried.
fn furniture_shape(line: &Line, phrases: &Phrases) -> Option<&'static str> {
    type Test = fn(&Line, &Phrases) -> bool;
    const RULES: [(&str, Test); 8] = [
        ("no-words", |l, _| l.words == 0),
        ("view-count", is_view_count),
        ("footnote", |l, _| is_footnote(&l.text)),
        ("embed-credit", |l, _| is_embed_credit(l)),
        ("breadcrumb", |l, _| is_breadcrumb(l)),
        ("link", |l, _| is_link(l)),
        ("menu", is_menu),
        ("owner-line", |l, _| is_owner_line(l)),
    ];
    RULES
        .iter()
        .find(|(_, fires)| fires(line, phrases))
        .map(|&(rule, _)| rule)
}

/// "img", "ảnh", "[image]", "<headline> - Hình 1", "Ảnh minh họa", "[Ảnh: Cử tri …]".
/// The words are `placeholder_lines`, `placeholder_bracketed` and `picture_numbers` of
/// `assets/boilerplate.toml`.
fn is_placeholder(line: &Line, phrases: &Phrases) -> bool {
    let bracketed = line.text.starts_with('[') && line.text.ends_with(']');
    if bracketed && phrases.opens_alt_text(&line.folded[1..]) {
        return true;
    }
    let f = line.folded.trim_matches(|c: char| !c.is_alphanumeric());
    if phrases.is_placeholder_line(f) {
        return true;
    }
    let mut words = f.rsplitn(3, ' ');
    let (n, w) = (words.next(), words.next());
    let numbered = |n: &str| n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
    n.is_some_and(numbered)
        && w.is_some_and(|w| phrases.is_picture_number_word(w))
        && line.folded.contains(" - ")
}

/// "Trang chủ > Thế giới > Quân sự", "Thế giới | Quân sự | Châu Âu".
fn is_breadcrumb(line: &Line) -> bool {
    if line.words > BREADCRUMB_MAX_WORDS || !line.text.contains(['>', '›', '»', '|', '/']) {
        return false;
    }
    // A slash or a guillemet parts sections only with spaces around it: "Đức Anh/Bnews/TTXVN"
    // is a byline, "«Бійтеся…»." a quotation.
    let text = line
        .text
        .replace(" / ", " | ")
        .replace(" » ", " > ")
        .replace(" › ", " > ");
    let parts: Vec<&str> = text.split(['>', '|']).collect();
    let arrows = text.contains('>');
    (parts.len() >= 3 || (arrows && parts.len() == 2))
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= BREADCRUMB_PART_MAX_WORDS)
}

/// A row of section names: items pasted with wide gaps, or many capitalised words with no
/// punctuation and none of the little words a headline or sentence cannot do without.
fn is_menu(line: &Line, phrases: &Phrases) -> bool {
    if line.gaps >= MENU_MIN_GAPS && line.words <= MENU_GAPPED_MAX_WORDS {
        return true;
    }
    // Sentences (most lines) end in punctuation: answer them before scanning the line.
    if line.words < MENU_MIN_WORDS || line.ends_sentence() {
        return false;
    }
    let punct = line.text.contains([
        ',', '.', ':', ';', '!', '?', '"', '“', '”', '\'', '‘', '’', '(',
    ]);
    !punct
        && line.capital_share() >= MENU_CAPITAL_SHARE
        && !line.folded.split(' ').any(|w| phrases.is_function_word(w))
}

/// "BÌNH LUẬN (24)", "428 bình luận", "12 comments": the reader comments start here (the
/// words are `comment_counts` and `comment_count_words` of `assets/boilerplate.toml`).
fn is_comment_count(folded: &str, phrases: &Phrases) -> bool {
    folded.bytes().any(|b| b.is_ascii_digit())
        && phrases.names_comments(folded)
        && folded.split(|c: char| !c.is_alphanumeric()).all(|w| {
            w.is_empty()
                || w.bytes().all(|b| b.is_ascii_digit())
                || phrases.is_comment_count_word(w)
        })
}

/// "1.246 lượt xem", "2,3K views": a counter the page prints beside its headline, numbers
/// and `counter_words` of `assets/boilerplate.toml` only, a number first.
fn is_view_count(line: &Line, phrases: &Phrases) -> bool {
    if line.words > VIEW_COUNT_MAX_WORDS || !line.folded.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut counted = false;
    let all_counter = line.folded.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            // "1.246", "2,3k": digits with separators, maybe a "k" after them.
            w.trim_end_matches('k')
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        } else {
            let ok = w.is_empty() || phrases.is_counter_word(w);
            counted |= ok && !w.is_empty();
            ok
        }
    });
    all_counter && counted
}

/// "[1] Bộ Ngoại giao Liên bang Nga: Dự thảo …": a numbered note under the text.
fn is_footnote(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with("] ")
}

/// "— Mariusz Błaszczak (@mblaszczak) February 2, 2022", "A post shared by X (@x)": the
/// credit under an embedded post; the line above it is the post.
pub fn is_embed_credit(line: &Line) -> bool {
    line.words <= EMBED_CREDIT_MAX_WORDS
        && line.text.contains("(@")
        && (line.text.starts_with(['—', '–', '-']) || line.folded.contains("shared by"))
}

/// "Báo Công Thương - Cơ quan của Bộ Công Thương": the owner line every Vietnamese
/// outlet prints in its footer, a name of a few words before "- Cơ quan".
fn is_owner_line(line: &Line) -> bool {
    // The name is at most six words: look near the start only.
    let head = line.folded.get(..OWNER_HEAD_BYTES).unwrap_or(&line.folded);
    line.words <= OWNER_LINE_MAX_WORDS
        && head.contains(" co quan")
        && [" - co quan ", " – co quan "].iter().any(|sep| {
            head.find(sep)
                .is_some_and(|at| head[..at].split(' ').count() <= OWNER_NAME_MAX_WORDS)
        })
}

fn is_link(line: &Line) -> bool {
    line.words <= LINK_MAX_WORDS
        && (line.folded.contains("http")
            || line.folded.contains("www.")
            || line.folded.contains(".vn/"))
}

fn is_bullet(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('•' | '·' | '●' | '▪' | '►' | '*' | '+') => true,
        Some('-' | '–') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            digits <= 2
                && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
                && text.as_bytes().get(digits + 1) == Some(&b' ')
        }
        _ => false,
    }
}

/// The credit at the end of a caption ("Ảnh: Tass", "(Ảnh: Delfi)", "ẢNH: AFP",
/// "Ảnh - AP", "Ảnh AFP", "(Ảnh minh họa)"): the byte offset where it starts, when the
/// line holds text before it. The credit words are `credit_words` of `assets/boilerplate.toml`.
pub fn caption_credit(text: &str, phrases: &Phrases) -> Option<usize> {
    let mut tail_start = text.len().saturating_sub(CREDIT_TAIL_BYTES);
    while !text.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    let mut best = None;
    for (i, c) in text[tail_start..].char_indices() {
        let i = tail_start + i;
        if !phrases.starts_credit_word(text, i, c) {
            continue;
        }
        let Some(word) = phrases.credit_words().iter().find(|w| {
            text[i..].starts_with(w.as_str())
                && !text[i + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(crate::text::is_letter)
        }) else {
            continue;
        };
        let before = &text[..i];
        let start = if before.ends_with('(') { i - 1 } else { i };
        let mut credit = text[i + word.len()..].trim_start();
        // "Ảnh tư liệu: AFP", "Nguồn ảnh: Reuters", "Ảnh chụp màn hình: X": a lower-case
        // qualifier before the colon belongs to the credit word.
        if let Some((qualifier, rest)) = credit.split_once(':') {
            let q = qualifier.trim();
            if q.split_whitespace().count() <= CREDIT_QUALIFIER_MAX_WORDS
                && q.chars().all(|c| c.is_lowercase() || c == ' ')
            {
                credit = rest;
            }
        }
        let credit = credit
            .trim_start_matches([':', ' ', '-', '–'])
            .trim_end_matches([')', ' ', '.']);
        let lead_ok = before
            .trim_end_matches(['(', ' ', '-', '–', '.'])
            .chars()
            .count()
            >= CAPTION_MIN_CHARS;
        let credit_ok = credit.split_whitespace().count() <= CREDIT_MAX_WORDS
            && !credit.contains(['.', '!', '?', ','])
            && (credit.chars().next().is_some_and(char::is_uppercase)
                || (credit.is_empty() && word.starts_with('Ả'))
                || credit.starts_with("minh h"));
        let separated = before.is_empty() || before.ends_with([' ', '(']);
        if lead_ok && credit_ok && separated {
            best = Some(start);
        }
    }
    best
}

/// A one-sentence line that ends in a bare agency credit: "Binh sĩ Ukraine gần Donetsk.
/// (AFP)". A paragraph of several sentences ending so is text credited to a wire.
fn agency_credit(line: &Line, phrases: &Phrases) -> bool {
    let text = line.text.as_str();
    if line.words > AGENCY_CAPTION_MAX_WORDS || !text.ends_with(')') {
        return false;
    }
    let Some(open) = text.rfind('(') else {
        return false;
    };
    let before = text[..open].trim_end();
    let sentence = before.trim_end_matches('.');
    sentence.chars().count() >= CAPTION_MIN_CHARS
        && !sentence.contains([':', ';'])
        && !["? ", "! ", ". "].iter().any(|end| sentence.contains(end))
        && phrases.is_agency(text[open + 1..text.len() - 1].trim())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_row_of_widgets_is_junk_and_a_sentence_naming_them_is_not() {
        let p = Phrases::bundled();
        let kind = |t: &str| classify(&Line::new(t.to_string()), p);
        assert_eq!(
            kind("Chia sẻ Facebook Zalo In bài Cỡ chữ A- A+"),
            Kind::Junk("widget-row")
        );
        assert_eq!(
            kind("Chia sẻ Zalo Gửi email In bài Lưu bài"),
            Kind::Junk("widget-row")
        );
        assert_eq!(
            kind("Ông Biden chia sẻ trên Facebook và Twitter rằng Mỹ sẽ đáp trả."),
            Kind::Text
        );
    }

    use super::*;

    fn kind(s: &str) -> Kind {
        classify(&Line::new(s.to_string()), Phrases::bundled())
    }

    /// A line and the rule that classifies it (the `[[examples]]` of `assets/boilerplate.toml`).
    #[derive(serde::Deserialize)]
    struct Example {
        text: String,
        rule: String,
    }

    #[derive(serde::Deserialize)]
    struct Examples {
        examples: Vec<Example>,
    }

    #[test]
    fn the_examples_of_the_boilerplate_lists_hold() {
        let src = include_str!("../../assets/boilerplate.toml");
        let examples: Examples = toml::from_str(src).unwrap();
        assert!(examples.examples.len() >= 5);
        for e in &examples.examples {
            assert_eq!(rule(&kind(&e.text)), e.rule, "{}", e.text);
        }
    }

    #[test]
    fn a_quotation_in_guillemets_is_no_breadcrumb() {
        assert_eq!(kind("«Бійтеся і чекайте гіршого»."), Kind::Text);
        assert_eq!(
            kind("Trang chủ » Thế giới » Quân sự"),
            Kind::Junk("breadcrumb")
        );
    }

    #[test]
    fn bracketed_alt_text_is_a_placeholder() {
        assert_eq!(
            kind("[Ảnh: Cử tri Belarus bỏ phiếu tại một điểm bầu cử ở thủ đô Minsk]"),
            Kind::Placeholder
        );
    }

    #[test]
    fn a_comment_count_opens_the_comments() {
        assert_eq!(kind("BÌNH LUẬN (24)"), Kind::ListHeader);
        assert_eq!(kind("428 bình luận   211 lượt chia sẻ"), Kind::ListHeader);
        assert_ne!(kind("Bình luận của Nga về 3 đề xuất"), Kind::ListHeader);
    }

    #[test]
    fn a_footer_owner_line_is_furniture() {
        assert_eq!(
            kind("Thời báo Ngân hàng - Cơ quan của Ngân hàng Nhà nước Việt Nam"),
            Kind::Junk("owner-line")
        );
        assert_eq!(
            kind("Theo ông Grandi, người đứng đầu Cao ủy Liên Hợp Quốc về người tị nạn - cơ quan của Liên Hợp Quốc, số người sơ tán đã vượt 1 triệu."),
            Kind::Text
        );
    }

    #[test]
    fn a_bare_agency_credit_ends_a_caption() {
        assert_eq!(
            kind("Binh sĩ Ukraine tại một vị trí gần đường tiếp xúc ở vùng Donetsk. (AFP)"),
            Kind::Caption
        );
        assert_eq!(
            kind("Ông Lavrov tại Geneva. Hai bên không đạt thỏa thuận nào. (Reuters)"),
            Kind::Text
        );
        assert_eq!(
            kind("Cuộc gặp tại Berlin kéo dài 9 giờ. (Bộ Ngoại giao)"),
            Kind::Text
        );
    }

    #[test]
    fn captions_in_their_usual_forms() {
        for s in [
            "Hội đồng Nga-NATO khai mạc cuộc họp về an ninh tại Brussels. Ảnh: Tass",
            "Tổng thư ký NATO Jens Stoltenberg (Ảnh: Delfi)",
            "Binh sĩ Ukraine tập trận gần Kiev. ẢNH: AFP",
            "Ngoại trưởng Mỹ Antony Blinken tại Geneva - Ảnh: REUTERS",
            "Nga muốn NATO rút bớt binh sỹ khỏi các quốc gia giáp biên với nước này. Ảnh - AP",
            "Thứ trưởng Sergei Ryabkov trong cuộc họp báo ngày 10.1. Ảnh AFP",
            "Xe tăng Nga trong một cuộc tập trận (Ảnh minh họa)",
            "Hành khách làm thủ tục tại sân bay quốc tế Boryspil ở Kiev. Nguồn: AFP",
            "Xe thiết giáp Nga và Belarus tham gia tập trận tại Belarus. Nguồn ảnh: Reuters",
            "Tổng thống Putin và Tổng thống Biden tại Geneva. Ảnh tư liệu: AFP/TTXVN",
            "Video: Ngoại trưởng Ukraine phát biểu sau cuộc gặp tại Antalya. (Nguồn: Reuters)",
        ] {
            assert_eq!(kind(s), Kind::Caption, "{s}");
        }
    }

    #[test]
    fn furniture() {
        for s in [
            "Video đang HOT",
            "Theo dõi VGT trên",
            "Bạn cần đăng nhập để thực hiện chức năng này!",
            "Chia sẻ",
            "Bình luận (12)",
            "Trang chủ > Thế giới > Quân sự",
            "Từ khóa: Nga, NATO, Ukraine",
            "Có;",
            "Nam miền Bắc",
        ] {
            assert!(
                matches!(kind(s), Kind::Junk(_) | Kind::ListHeader),
                "{s}: {:?}",
                kind(s)
            );
        }
        assert_eq!(kind("Tin liên quan"), Kind::ListHeader);
        assert_eq!(kind("img"), Kind::Placeholder);
        assert_eq!(
            kind("Nga-NATO: Cuộc đọ sức Đông - Tây chưa có hồi kết - Hình 1"),
            Kind::Placeholder
        );
        assert_eq!(
            kind("2. Phe nổi dậy lật đổ chính quyền Syria"),
            Kind::Bullet
        );
    }

    #[test]
    fn article_text_stays_text() {
        for s in [
            "Các lĩnh vực ảnh hưởng",
            "Thổ Nhĩ Kỳ muốn làm cầu nối",
            "Dự kiến, cuộc họp diễn ra trong vòng 3 giờ.",
            "Ông từ chối bình luận về vấn đề này khi được hỏi tại Brussels.",
            "Tuy nhiên, Anh và Pháp chia sẻ quan điểm với Mỹ về vấn đề này.",
        ] {
            assert_eq!(kind(s), Kind::Text, "{s}");
        }
    }
}
