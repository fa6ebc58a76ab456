//! Which outlet an article comes from, when its lead and byline do not say: the outlet its
//! page furniture names ("Theo dõi VGT trên", "© Bản quyền thuộc về Dân Việt", a known
//! outlet's name), or the origin an aggregator credits ("Nguồn: Người Đưa Tin").

use super::line::Line;
use super::meta::outlet_word;
use super::phrases::Phrases;
use crate::text::{fold, is_one_of, Folded};

/// The source of an article from its furniture lines, in page order: an origin credit
/// first, then the first line where the page names itself ("Theo dõi X trên", "© X",
/// "X - Cơ quan của …"), then the first known outlet mentioned; spelled as the page spells
/// it (a mixed-case spelling over an all-caps masthead).
pub fn from_furniture<'a>(
    lines: impl Iterator<Item = &'a Line> + Clone,
    phrases: &Phrases,
) -> Option<String> {
    let known = |l: &Line| known_outlet(l, phrases);
    let named_itself = lines.clone().find_map(|l| self_named(l, phrases));
    let first = named_itself.or_else(|| lines.clone().find_map(known));
    let aggregated = first.as_deref().is_some_and(|o| phrases.is_aggregator(o));
    if let Some(origin) = lines
        .clone()
        .find_map(|l| origin_credit(l, phrases, aggregated))
    {
        return Some(origin);
    }
    let first = first?;
    let spelled = if is_all_caps(&first) {
        mixed_case(&first, lines.clone(), phrases)
    } else {
        first
    };
    Some(without_bao(spelled, lines))
}

/// Whether the lead tag `tag` ("BTN", "BĐN") is the initials of the outlet name `name`
/// ("Báo Tây Ninh", "Báo Đà Nẵng"), case and diacritics aside.
pub fn is_initials_of(tag: &str, name: &str) -> bool {
    let tag = fold(tag);
    let initials: String = fold(name)
        .split(' ')
        .filter_map(|w| w.chars().next())
        .collect();
    tag.chars().count() >= 2 && tag.chars().all(char::is_alphabetic) && tag == initials
}

/// An all-caps masthead's name as the page also writes it: the list's spelling if the page
/// uses it, else the page's first mixed-case spelling of the same name (with or without
/// "Báo" and "điện tử"), else the list's, else as it is.
fn mixed_case<'a>(caps: &str, lines: impl Iterator<Item = &'a Line>, phrases: &Phrases) -> String {
    let key = core(caps);
    let canonical = phrases.outlet_spelling(&fold(caps));
    let spelled: Vec<String> = lines
        .flat_map(|l| [self_named(l, phrases), known_outlet(l, phrases)])
        .flatten()
        .filter(|o| !is_all_caps(o) && core(o) == key)
        .collect();
    spelled
        .iter()
        .find(|o| Some(o.as_str()) == canonical)
        .or(spelled.first())
        .cloned()
        .or_else(|| canonical.map(str::to_string))
        .unwrap_or_else(|| caps.to_string())
}

/// A name folded, without the "báo" (newspaper) or "báo điện tử" before it and the "điện
/// tử", "online" or web domain after it: "BÁO LÀO CAI ĐIỆN TỬ" and "Báo Lào Cai" are one
/// name, as are "VnExpress.net" and "VnExpress".
fn core(name: &str) -> String {
    let f = fold(name);
    let f = f
        .strip_prefix("bao dien tu ")
        .or_else(|| f.strip_prefix("bao "))
        .unwrap_or(&f);
    let f = Phrases::bundled()
        .outlet_suffixes
        .iter()
        .find_map(|end| f.strip_suffix(end.as_str()))
        .unwrap_or(f);
    f.to_string()
}

/// "Báo Đại biểu Nhân dân" → "Đại biểu Nhân dân" when the page also prints the bare name
/// (its masthead): outlets are named as they name themselves.
fn without_bao<'a>(name: String, mut lines: impl Iterator<Item = &'a Line>) -> String {
    let Some(rest) = name.strip_prefix("Báo ") else {
        return name;
    };
    let bare = fold(rest);
    if lines.any(|l| l.folded.trim_end_matches(['.', ' ']) == bare) {
        rest.to_string()
    } else {
        name
    }
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Where a page names itself: "Theo dõi VGT trên …", "Đọc bình luận quốc tế trên
/// VietNamNet", "Báo Công Thương - Cơ quan của …", "© Bản quyền thuộc về Dân Việt". A known
/// outlet the name only wraps in "Báo" is the name ("Báo Nhân Dân" → "Nhân Dân").
fn self_named(line: &Line, phrases: &Phrases) -> Option<String> {
    if line.words > 25 {
        return None;
    }
    let words: Vec<&str> = line.text.split(' ').collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let tren = |w: &String| w == "tren";
    let named = if folded.len() > 3 && folded[0] == "theo" && folded[1] == "doi" {
        // "Theo dõi VGT trên …": the words between "theo dõi" and "trên".
        folded
            .iter()
            .position(tren)
            .filter(|&e| e > 2)
            .and_then(|end| outlet_word(&words[2..end].join(" ")))
    } else if folded
        .first()
        .is_some_and(|w| phrases.read_on_words.contains(w))
    {
        // "Đọc bình luận quốc tế trên VietNamNet": the words after the last "trên".
        folded
            .iter()
            .rposition(tren)
            .filter(|&t| t + 1 < words.len())
            .and_then(|t| outlet_word(&words[t + 1..].join(" ")))
    } else {
        owner_line(&words, &folded)
            .or_else(|| copyright_holder(&words, &folded))
            .or_else(|| credit_asked(line))
    }?;
    // "Báo Nhân Dân" names the known outlet Nhân Dân; "Báo Đại biểu Nhân dân" is a longer
    // name than the "Nhân dân" inside it.
    let known =
        known_outlet(&Line::new(named.clone()), phrases).filter(|k| core(&named) == fold(k));
    Some(known.unwrap_or(named))
}

/// A known outlet named in the line, written as a name (capitalised): "nhân dân" in a
/// sentence is "the people", not Nhân Dân.
fn known_outlet(line: &Line, phrases: &Phrases) -> Option<String> {
    // "Cơ quan của Báo Sài Gòn Giải Phóng": the owner of the page, not the page.
    if line.words > 25 || line.folded.starts_with("co quan") {
        return None;
    }
    phrases
        .outlets_in(&line.folded)
        .filter_map(|(start, end)| as_written(&line.text, &line.folded, start, end))
        .find(|o| o.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// "Báo Công Thương - Cơ quan của Bộ Công Thương", "TẠP CHÍ CỘNG SẢN - Cơ quan lý luận
/// …": the footer every Vietnamese outlet prints, its name before "Cơ quan".
fn owner_line(words: &[&str], folded: &[String]) -> Option<String> {
    let dash = (1..folded.len().saturating_sub(2)).find(|&i| {
        is_one_of(words[i], &['-', '–', '—']) && folded[i + 1] == "co" && folded[i + 2] == "quan"
    })?;
    let name = words[..dash].join(" ");
    let name = name.trim();
    let ok = dash <= 6 && name.chars().next().is_some_and(char::is_uppercase);
    ok.then(|| name.to_string())
}

/// "© Bản quyền thuộc về Dân Việt.", "Bản quyền © 2022 VnEconomy", "© Copyright 1997-2022
/// VnExpress": the capitalised name after the copyright words, up to its punctuation.
///
/// A line may hold the words twice ("© 1997-2022. Toàn bộ bản quyền thuộc VnExpress"): the
/// last of them that a name follows wins. A company ("Công ty Cổ phần VCCorp") owns the
/// site but is not the outlet.
fn copyright_holder(words: &[&str], folded: &[String]) -> Option<String> {
    let f: Vec<&str> = folded.iter().map(String::as_str).collect();
    let marks: Vec<usize> = f
        .iter()
        .enumerate()
        .filter(|(_, w)| Phrases::bundled().copyright_marks.contains(w) || w.starts_with('©'))
        .map(|(i, _)| i)
        .collect();
    let name = marks
        .iter()
        .rev()
        .find_map(|&mark| holder_after(words, &f, mark))?;
    (!fold(&name).starts_with("cong ty")).then_some(name)
}

fn holder_after(words: &[&str], f: &[&str], mark: usize) -> Option<String> {
    let mut i = mark;
    // Skip the copyright words themselves, years and "thuộc về"/"của".
    while i < words.len() {
        let w = f[i].trim_matches(|c: char| !c.is_alphanumeric());
        let skip = w.is_empty()
            || Phrases::bundled().copyright_words.contains(w)
            || w.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        if !skip {
            break;
        }
        i += 1;
    }
    // The name runs to its punctuation ("Công an nhân dân" has lower-case words).
    let mut name = Vec::new();
    for w in words.get(i..)? {
        // "© Báo Đồng Nai giữ bản quyền": the name stops at the verb.
        let verb = !name.is_empty() && fold(w) == "giu";
        if is_one_of(w, &['-', '–', '|']) || name.len() == 8 || verb {
            break;
        }
        let ends = w.ends_with(['.', ',', ';', ':', '|']);
        name.push(w.trim_end_matches(['.', ',', ';', ':', '|']));
        if ends {
            break;
        }
    }
    let starts_upper = name
        .first()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    (starts_upper && name.len() <= 7).then(|| name.join(" "))
}

/// "Ghi rõ nguồn “Báo Cần Thơ” khi phát hành lại…": the name a page asks to be credited as.
fn credit_asked(line: &Line) -> Option<String> {
    let at = line.folded.find("ghi ro nguon")?;
    // The folded text is ASCII up to here for any line that reaches it in practice; find the
    // quotation in the original after the same number of characters.
    let skip = line.folded[..at].chars().count();
    let rest: String = line.text.chars().skip(skip).collect();
    let open = rest.find(['“', '"'])?;
    let inner = &rest[open + rest[open..].chars().next()?.len_utf8()..];
    let name = &inner[..inner.find(['”', '"'])?];
    outlet_word(name)
}

/// "Nguồn: Người Đưa Tin" under an article: the outlet it was taken from. The credit counts
/// when it names a known outlet, or any single name on an aggregator's page; a news agency
/// ("Nguồn: Reuters") or a list of them is where the facts came from, not the outlet.
fn origin_credit(line: &Line, phrases: &Phrases, aggregated: bool) -> Option<String> {
    let rest = phrases
        .origin_credits
        .iter()
        .find(|p| line.folded.starts_with(p.as_str()))
        .and_then(|p| {
            line.text
                .get(line.text.find(':')? + 1..)
                .filter(|_| !p.is_empty())
        })?;
    let name = rest.trim().trim_end_matches('.');
    if let Some(host) = url_host(name) {
        // "Nguồn: https://www.baogiaothong.vn/…": the known outlet the address belongs to.
        let stem = host.split('.').next().unwrap_or("");
        return phrases.outlet_squashed(stem).map(str::to_string);
    }
    if name.is_empty() || name.contains([',', ';', '/']) || phrases.is_agency(name) {
        return None;
    }
    let known = phrases.outlet_spelling(&fold(name)).is_some();
    let name_like = name.split_whitespace().count() <= 5
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (known || (aggregated && name_like)).then(|| name.to_string())
}

/// "https://www.baogiaothong.vn/ong-putin…" → "baogiaothong.vn".
fn url_host(s: &str) -> Option<String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let host = rest.split('/').next()?.to_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// The original text of the folded byte range `start..end` of `text`.
fn as_written(text: &str, folded: &str, start: usize, end: usize) -> Option<String> {
    let f = Folded::new(text);
    let first = folded.get(..start)?.chars().count();
    let last = folded.get(..end)?.chars().count().checked_sub(1)?;
    let (a, b) = (f.origin.get(first)?.start, f.origin.get(last)?.end);
    text.get(a..b).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line {
        Line::new(s.to_string())
    }

    /// The source the furniture lines of one page give.
    fn page(lines: &[&str]) -> Option<String> {
        let lines: Vec<Line> = lines.iter().map(|s| line(s)).collect();
        from_furniture(lines.iter(), Phrases::bundled())
    }

    /// The outlet one furniture line names: where the page names itself, else any known
    /// outlet.
    fn furniture(s: &str) -> Option<String> {
        let (l, p) = (line(s), Phrases::bundled());
        self_named(&l, p).or_else(|| known_outlet(&l, p))
    }

    #[test]
    fn a_lead_tag_of_initials_names_the_outlet_they_stand_for() {
        assert!(is_initials_of("BTN", "Báo Tây Ninh"));
        assert!(is_initials_of("BĐN", "Báo Đà Nẵng"));
        assert!(!is_initials_of("BTN", "Báo Thanh Hóa"));
        assert!(!is_initials_of("B", "Báo"));
    }

    #[test]
    fn outlets_named_in_furniture() {
        assert_eq!(furniture("Theo dõi VGT trên").as_deref(), Some("VGT"));
        assert_eq!(
            furniture("Đọc bình luận quốc tế trên VietNamNet").as_deref(),
            Some("VietNamNet")
        );
        assert_eq!(
            furniture("© Copyright 1997-2022 VnExpress").as_deref(),
            Some("VnExpress")
        );
        assert_eq!(furniture("Chia sẻ"), None);
    }

    #[test]
    fn a_copyright_line_names_an_outlet_no_list_knows() {
        assert_eq!(
            furniture("© Bản quyền thuộc về Báo Điện Biên Phủ. Cấm sao chép.").as_deref(),
            Some("Báo Điện Biên Phủ")
        );
        assert_eq!(
            furniture("Bản quyền © 2022 Nhịp Sống Số | Ghi rõ nguồn").as_deref(),
            Some("Nhịp Sống Số")
        );
        assert_eq!(
            furniture("Bản quyền nội dung thuộc về cơ quan báo chí gốc."),
            None
        );
    }

    #[test]
    fn the_owner_line_of_a_footer_names_the_outlet() {
        assert_eq!(
            furniture("Báo Hải Phòng Mới - Cơ quan của Thành ủy Hải Phòng").as_deref(),
            Some("Báo Hải Phòng Mới")
        );
        assert_eq!(
            furniture("Cơ quan chủ quản: Bộ Thông tin và Truyền thông"),
            None
        );
    }

    #[test]
    fn the_last_copyright_words_a_name_follows_name_the_holder_and_a_company_is_none() {
        assert_eq!(
            furniture("© 1997-2022. Toàn bộ bản quyền thuộc VnExpress").as_deref(),
            Some("VnExpress")
        );
        assert_eq!(
            furniture("© Copyright 2007 - 2022 – Công ty Cổ phần VCCorp"),
            None
        );
    }

    #[test]
    fn the_copyright_holder_and_not_the_owner_names_the_page() {
        assert_eq!(
            furniture("© Báo Đồng Nai giữ bản quyền. Trích dẫn phải ghi rõ nguồn.").as_deref(),
            Some("Báo Đồng Nai")
        );
        assert_eq!(
            page(&[
                "Cơ quan của Báo Sài Gòn Giải Phóng",
                "© Sài Gòn Đầu tư Tài chính. Mọi hình thức sao chép phải được đồng ý."
            ])
            .as_deref(),
            Some("Sài Gòn Đầu tư Tài chính")
        );
    }

    #[test]
    fn the_credit_a_page_asks_for_names_it() {
        assert_eq!(
            furniture("Ghi rõ nguồn “Báo Cần Thơ” khi phát hành lại thông tin từ website này.")
                .as_deref(),
            Some("Báo Cần Thơ")
        );
        assert_eq!(
            page(&[
                "BÁO CẦN THƠ",
                "Ghi rõ nguồn “Báo Cần Thơ” khi phát hành lại thông tin."
            ])
            .as_deref(),
            Some("Báo Cần Thơ")
        );
    }

    #[test]
    fn a_known_outlet_in_lower_case_is_a_common_phrase() {
        assert_eq!(furniture("Vì lợi ích của nhân dân và đất nước"), None);
    }

    #[test]
    fn a_known_outlet_is_spelled_as_the_page_spells_it() {
        assert_eq!(
            furniture("Báo Công an nhân dân - Cơ quan của Bộ Công an").as_deref(),
            Some("Công an nhân dân")
        );
        assert_eq!(
            page(&["DÂN VIỆT", "Báo điện tử Dân Việt - Cơ quan chủ quản"]).as_deref(),
            Some("Dân Việt")
        );
        assert_eq!(page(&["VNEXPRESS"]).as_deref(), Some("VnExpress"));
    }

    #[test]
    fn an_aggregator_page_credits_its_origin() {
        assert_eq!(
            page(&["BÁO MỚI", "Nguồn: Nhà Báo Trẻ", "© Báo Mới"]).as_deref(),
            Some("Nhà Báo Trẻ")
        );
        // On an outlet's own page an unknown name is where the facts came from.
        assert_eq!(
            page(&["Nguồn: Bộ Ngoại giao Nga", "© Báo Tuổi Trẻ"]).as_deref(),
            Some("Tuổi Trẻ")
        );
        assert_eq!(
            page(&["Nguồn: https://vnexpress.net/nga-va-nato-4416283.html"]).as_deref(),
            Some("VnExpress")
        );
        assert_eq!(
            page(&["Nguồn: Reuters, AFP", "Nguồn: TASS"]).as_deref(),
            None
        );
    }
}
