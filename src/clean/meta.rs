//! What a page says about itself: the outlet, the byline, and a title made up when the
//! page has none.

use super::limits::{
    INFERRED_TITLE_CUT_WORDS, INFERRED_TITLE_MAX_WORDS, LEAD_AFTER_OUTLET_MIN_WORDS,
    LEAD_OUTLET_MAX_BYTES, LEAD_OUTLET_MAX_WORDS, LEAD_OUTLET_WINDOW_BYTES,
};
use super::line::{strip_parens, Line};
use super::phrases::Phrases;

/// What separates an outlet from its lead ("TTO - ", "(PLO)- ", "(NLĐO) – ").
const LEAD_DASHES: [&str; 5] = [" - ", " – ", " — ", "- ", "– "];

/// An outlet prefix on a lead ("ANTD.VN - ", "(Dân trí) - ", "TTO - ", "(NLĐO) – "):
/// the outlet and the lead without it.
pub fn split_lead_outlet(lead: &str) -> Option<(String, String)> {
    // The outlet is short: look for the dash only near the start.
    let mut window = lead.len().min(LEAD_OUTLET_WINDOW_BYTES);
    while !lead.is_char_boundary(window) {
        window += 1;
    }
    // "TGVN. Lần đầu tiên …": a known outlet's short form in capitals, closed by a full stop.
    if let Some((head, _)) = lead[..window].split_once(". ") {
        if !head.contains(' ') && crate::text::is_capitals(head) && is_known_outlet(head) {
            let rest = &lead[head.len() + 2..];
            return (rest.split_whitespace().count() >= LEAD_AFTER_OUTLET_MIN_WORDS)
                .then(|| (head.to_string(), rest.trim().to_string()));
        }
    }
    let (head, sep) = LEAD_DASHES
        .iter()
        .filter_map(|sep| Some((lead[..window].split_once(sep)?.0, sep)))
        .min_by_key(|(h, _)| h.len())?;
    let rest = &lead[head.len() + sep.len()..];
    let head = head.trim();
    if head.is_empty()
        || head.len() > LEAD_OUTLET_MAX_BYTES
        || rest.split_whitespace().count() < LEAD_AFTER_OUTLET_MIN_WORDS
    {
        return None;
    }
    let bare = head.trim_start_matches('(').trim_end_matches(')');
    let outlet = if is_known_outlet(bare) {
        Some(bare)
    } else if let Some(inner) = head.strip_prefix('(').and_then(|h| h.strip_suffix(')')) {
        let inner = inner.trim();
        (inner.split_whitespace().count() <= LEAD_OUTLET_MAX_WORDS
            && inner.chars().next().is_some_and(char::is_uppercase))
        .then_some(inner)
    } else {
        // "TTO", "ANTD.VN", "Thanhnien.vn", "QĐND Online": an acronym or a domain, maybe
        // with one more capitalised word.
        let mut words = head.split(' ');
        let first = words.next().unwrap_or("");
        let rest: Vec<&str> = words.collect();
        let upper = first.chars().filter(|c| c.is_uppercase()).count();
        let lower = first.to_lowercase();
        let tokenish = first
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&'))
            && (upper >= 2 || lower.contains(".vn") || lower.contains(".com"))
            && rest.len() <= 1
            && rest
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        tokenish.then_some(head)
    }?;
    Some((outlet.to_string(), rest.trim().to_string()))
}

/// A lead that opens with the outlet the page names elsewhere ("Hanoitv - …" under a byline
/// "Hoàng Linh/Hanoitv"): the lead without it.
pub fn strip_outlet_prefix(lead: &str, outlet: &str) -> Option<String> {
    let rest = lead
        .strip_prefix('(')
        .unwrap_or(lead)
        .strip_prefix(outlet)?
        .trim_start_matches(')');
    let rest = LEAD_DASHES.iter().find_map(|sep| rest.strip_prefix(sep))?;
    (rest.split_whitespace().count() >= LEAD_AFTER_OUTLET_MIN_WORDS)
        .then(|| rest.trim().to_string())
}

/// A known outlet written as one word ("Kinhtedothi" for Kinh tế & Đô thị).
fn is_known_outlet(s: &str) -> bool {
    Phrases::bundled().outlet_squashed(s).is_some()
}

pub(super) fn outlet_word(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(['.', ':', ',']);
    let ok = !s.is_empty()
        && s.split_whitespace().count() <= 5
        && s.chars().next().is_some_and(char::is_uppercase);
    ok.then(|| s.to_string())
}

/// The author of a byline line: "Hoài Thu (Theo AFP)" → "Hoài Thu", "Bảo Anh (tổng hợp)"
/// → "Bảo Anh", "Ngọc Anh/VOV.VN" → "Ngọc Anh"; "Theo Reuters" alone credits another
/// outlet and names no author.
pub fn byline_author(line: &Line) -> Option<String> {
    let outside = strip_parens(super::line::strip_byline_label(&line.text));
    // "Bảo Ngọc - ngocbao@phunuvietnam.vn": an e-mail address says how to reach the writer;
    // it is never part of the name.
    let outside = without_email(&outside);
    // "Theo Reuters", "Theo TTXVN": a credit to another outlet, not a byline; "BÁO ĐIỆN TỬ
    // CHÍNH PHỦ", "Tạp chí …": a masthead.
    // Diacritics count here: "Báo" is a newspaper, "Bảo" a given name.
    let lower = outside.to_lowercase();
    let words = Phrases::bundled();
    let masthead = lower.split(' ').any(|w| w == "báo")
        || words
            .masthead_words
            .iter()
            .any(|p| lower.contains(p.as_str()));
    // "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG": the signature block of an official document signs
    // for an office (thay mặt, ký thay, thừa lệnh, thừa ủy quyền); no byline.
    let signs_for = words
        .signs_for
        .iter()
        .any(|p| lower.starts_with(p.as_str()));
    if masthead || signs_for || lower.starts_with("theo ") || lower.starts_with("đài ") {
        return None;
    }
    // "Ngọc Anh/VOV.VN": the outlet after a slash is not part of the name.
    let name = outside
        .split('/')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches([',', '-', '–', '|', '·', '•'])
        .trim();
    // "Hà My Theo Reuters, CNN": a credit after the name is not part of it.
    let name = name
        .find(" Theo ")
        .or_else(|| name.find(" theo "))
        .map_or(name, |i| name[..i].trim());
    // "TS. Lê Minh Đức", "PGS.TS Nguyễn An", "PGS, TS. Đặng Minh Tuấn": academic titles are
    // not part of the name.
    let mut name = name;
    while let Some((first, rest)) = name.split_once(' ') {
        if !is_academic_title(first.trim_end_matches(',')) {
            break;
        }
        name = rest.trim();
    }
    (!name.is_empty()).then(|| name.to_string())
}

/// A byline with its e-mail addresses left out ("Bảo Ngọc - ngocbao@x.vn" → "Bảo Ngọc -";
/// the dash is trimmed with the other separators after it).
fn without_email(text: &str) -> String {
    let is_email = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    };
    text.split_whitespace()
        .filter(|w| !is_email(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "TS.", "ThS", "PGS.TS.", "GS", "NCS.": Vietnamese academic titles, written before a name
/// (`academic_titles` of `assets/boilerplate.toml`).
fn is_academic_title(word: &str) -> bool {
    let titles = Phrases::bundled();
    let parts: Vec<String> = word
        .split('.')
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    !parts.is_empty() && parts.iter().all(|p| titles.is_academic_title(p))
}

/// Every word capitalised, not in capitals: "Hội Những Người Quan Tâm Thời Sự Quốc Tế" is
/// the name of a group or site. Vietnamese headlines capitalise only their first word and
/// proper names.
pub fn is_title_case_name(line: &Line) -> bool {
    let words: Vec<&str> = line
        .text
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let upper_first = |w: &&str| {
        w.trim_start_matches(|c: char| !c.is_alphabetic())
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    words.len() >= 5 && words.iter().all(upper_first) && line.text.chars().any(char::is_lowercase)
}

/// The outlet a byline names after a slash ("Đức Anh/Báo Tin tức" → "Báo Tin tức").
pub fn byline_outlet(line: &Line) -> Option<String> {
    let outside = strip_parens(&line.text);
    // "Bích Ngọc/Bnews/TTXVN": the outlet, then the agency it belongs to.
    outlet_word(outside.split('/').nth(1)?)
}

/// A short title from the first sentence of the lead: the sentence itself when short,
/// else its first words and an ellipsis.
pub fn inferred_title(lead: &str) -> String {
    // Marks before the first word ("... và đó là lý do") are no sentence of their own.
    let lead = lead
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !['"', '“', '‘', '('].contains(&c));
    let r = crate::text::sentence_around(lead, 0);
    let sentence = lead[r]
        .trim()
        .trim_end_matches(['.', '!', '?', ':', ';'])
        .trim();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= INFERRED_TITLE_MAX_WORDS {
        sentence.to_string()
    } else {
        // Do not stop inside a name ("… Ủy ban Bầu cử Trung ương Belarus…").
        let capital = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
        let more = words[INFERRED_TITLE_CUT_WORDS..]
            .iter()
            .take(4)
            .take_while(capital)
            .count();
        let cut = words[..INFERRED_TITLE_CUT_WORDS + more].join(" ");
        format!("{}…", cut.trim_end_matches([',', ';', ':']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line {
        Line::new(s.to_string())
    }

    #[test]
    fn an_email_in_a_byline_is_no_part_of_the_name() {
        assert_eq!(
            byline_author(&line("Bảo Ngọc - ngocbao@phunuvietnam.vn")).as_deref(),
            Some("Bảo Ngọc")
        );
        assert_eq!(
            byline_author(&line("Thu Hà (thuha@example.vn)")).as_deref(),
            Some("Thu Hà")
        );
        // A name alone is left as it is.
        assert_eq!(
            byline_author(&line("Bảo Ngọc")).as_deref(),
            Some("Bảo Ngọc")
        );
    }

    #[test]
    fn lead_prefixes_give_the_outlet() {
        let cases = [
            (
                "ANTD.VN - Đàm phán an ninh Nga-Mỹ không đạt hiệu quả",
                "ANTD.VN",
            ),
            (
                "(Dân trí) - Đại sứ Nga và các quốc gia thành viên NATO đã có",
                "Dân trí",
            ),
            ("TTO - Ngoại trưởng Mỹ Antony Blinken ngày 21-1 gặp", "TTO"),
            ("(NLĐO) – Tổng thống Pháp Emmanuel Macron cho biết", "NLĐO"),
            (
                "Thanhnien.vn - Nga tuyên bố sẽ đáp trả tương xứng",
                "Thanhnien.vn",
            ),
            (
                "Kinhtedothi - Tổng thống Mỹ Joe Biden ngày 23/2 tuyên bố",
                "Kinhtedothi",
            ),
        ];
        for (lead, outlet) in cases {
            let (o, rest) = split_lead_outlet(lead).unwrap();
            assert_eq!(o, outlet);
            assert!(!rest.starts_with(['-', '–', ' ']));
        }
        assert_eq!(
            split_lead_outlet("Nga - NATO bắt đầu cuộc đối thoại mới"),
            None
        );
        assert_eq!(
            split_lead_outlet("Theo ông, Mỹ - Nga khó đạt thỏa thuận sớm"),
            None
        );
    }

    #[test]
    fn a_name_in_title_case_is_no_headline() {
        assert!(is_title_case_name(&line(
            "Hội Những Người Quan Tâm Thời Sự Quốc Tế"
        )));
        assert!(!is_title_case_name(&line(
            "NGA VÀ UKRAINE ĐÀM PHÁN VÒNG HAI TẠI BELARUS"
        )));
        assert!(!is_title_case_name(&line(
            "Ngoại trưởng Nga Sergei Lavrov gặp Antony Blinken"
        )));
    }

    #[test]
    fn a_lead_opening_with_the_outlet_named_elsewhere_loses_it() {
        assert_eq!(
            strip_outlet_prefix("Hanoitv - Bộ Quốc phòng Nga ngày 15/2 thông báo", "Hanoitv")
                .as_deref(),
            Some("Bộ Quốc phòng Nga ngày 15/2 thông báo")
        );
        assert_eq!(
            strip_outlet_prefix("Hanoitv đưa tin Nga rút quân", "Hanoitv"),
            None
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline_author(&line("Hoài Thu (Theo AFP)")).as_deref(),
            Some("Hoài Thu")
        );
        // A credit to another outlet is no byline.
        assert_eq!(byline_author(&line("Theo Reuters")), None);
        assert_eq!(byline_author(&line("BÁO ĐIỆN TỬ CHÍNH PHỦ")), None);
        assert_eq!(byline_author(&line("THỜI BÁO KINH TẾ SÀI GÒN")), None);
        assert_eq!(
            byline_author(&line("PGS.TS. Trần Văn Nam")).as_deref(),
            Some("Trần Văn Nam")
        );
        assert_eq!(
            byline_author(&line("Tsering Dorje")).as_deref(),
            Some("Tsering Dorje")
        );
        assert_eq!(byline_author(&line("Bảo Anh")).as_deref(), Some("Bảo Anh"));
        let slash = line("Đức Anh/Báo Tin tức");
        assert_eq!(byline_author(&slash).as_deref(), Some("Đức Anh"));
        assert_eq!(byline_outlet(&slash).as_deref(), Some("Báo Tin tức"));
        let two = line("MINH CHÂU - HỒNG VÂN");
        assert!(two.is_name_like());
        assert_eq!(byline_author(&two).as_deref(), Some("MINH CHÂU - HỒNG VÂN"));
        assert_eq!(byline_author(&line("An Bình")).as_deref(), Some("An Bình"));
        assert_eq!(
            byline_author(&line("Bài và ảnh: Hoàng Yến")).as_deref(),
            Some("Hoàng Yến")
        );
    }

    #[test]
    fn inferred_titles_are_short() {
        let t = inferred_title("Được mô tả là đóng vai trò địa chính trị quan trọng, các cuộc họp ba bên đã được tổ chức ở các thành phố châu Âu. Câu hai.");
        assert!(
            t.starts_with("Được mô tả là") && t.ends_with('…') && t.split(' ').count() <= 13,
            "{t}"
        );
        assert_eq!(
            inferred_title("Nga và NATO họp ở Brussels. Sau đó"),
            "Nga và NATO họp ở Brussels"
        );
        assert_eq!(
            inferred_title("... và đó là lý do. Phía NATO"),
            "và đó là lý do"
        );
    }
}
