//! Lines of a raw page and their shape: words, sentence ends, capitals.

use super::phrases::Phrases;
use crate::text::{is_closing_mark, is_opening_mark};

/// How much of a line is folded for phrase matching.
pub const FOLDED_CHARS: usize = 160;

/// One non-blank line of a page, with its whitespace tidied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// `text` without case or diacritics (its first [`FOLDED_CHARS`] characters).
    pub folded: String,
    pub words: usize,
    /// Runs of two or more spaces or tabs inside the raw line: menu items pasted in a row.
    pub gaps: usize,
    /// A blank line stands between this line and the one before.
    pub blank_before: bool,
}

impl Line {
    pub fn new(text: String) -> Self {
        // Phrase rules look at short lines and at the start of long ones.
        let folded = crate::text::fold_prefix(&text, FOLDED_CHARS);
        let words = count_words(&text);
        Line {
            text,
            folded,
            words,
            gaps: 0,
            blank_before: false,
        }
    }

    /// Capitalised words, as a share of all words.
    pub fn capital_share(&self) -> f32 {
        let caps = self
            .text
            .split(' ')
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        caps as f32 / self.words.max(1) as f32
    }

    /// The last character that is not a closing quote or bracket.
    fn last_mark(&self) -> Option<char> {
        self.text
            .chars()
            .rev()
            .find(|&c| c != ' ' && !is_closing_mark(c))
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…`, `;` or `:`.
    pub fn ends_sentence(&self) -> bool {
        matches!(self.last_mark(), Some('.' | '!' | '?' | '…' | ';' | ':'))
    }

    /// Ends with a full stop, ellipsis, colon or semicolon (a question or exclamation mark
    /// may end a headline).
    pub fn ends_statement(&self) -> bool {
        matches!(self.last_mark(), Some('.' | '…' | ';' | ':'))
    }

    pub fn first_char(&self) -> Option<char> {
        self.text.chars().find(|&c| !is_opening_mark(c))
    }

    /// Letters, all of them capitals: "THỦ TƯỚNG", "QUYẾT NGHỊ:".
    pub fn is_capitals(&self) -> bool {
        crate::text::is_capitals(&self.text)
    }

    /// A label in capitals over what follows it: "QUYẾT NGHỊ:", a document's enacting words.
    pub fn is_capitals_label(&self) -> bool {
        self.text.ends_with(':') && self.is_capitals()
    }

    pub fn starts_upper(&self) -> bool {
        self.first_char()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// A paragraph of running text: a finished sentence of a few words, or a long line.
    pub fn is_prose(&self) -> bool {
        (self.ends_sentence() && self.words >= 4) || self.words >= 20
    }

    /// Shaped like a headline or subheading: capitalised, no closing full stop.
    /// A line of fields split by middle dots ("Nhóm Công khai · 128K thành viên") is
    /// metadata, never a headline.
    pub fn is_title_shaped(&self) -> bool {
        self.starts_upper()
            && !self.ends_statement()
            && (2..=40).contains(&self.words)
            && !self.text.contains(" · ")
    }

    /// Shaped like a byline: one to five capitalised words ("Thanh Hảo", "MINH AN",
    /// "Theo Reuters", "Hoài Thu (Theo AFP)", "Bảo Anh (tổng hợp)").
    pub fn is_name_like(&self) -> bool {
        let text = strip_byline_label(&self.text);
        // Digits may stand in a credit ("Thu Trang (Theo Reuters, N1)"), not in a name or
        // a label ("GIÁ NÔNG SẢN (CBOT, phiên 15/3)").
        if self.words == 0 || self.words > 9 {
            return false;
        }
        if text.bytes().any(|b| b.is_ascii_digit()) {
            let (uncredited, credit) = text.split_once('(').unwrap_or((text, ""));
            let credit = credit.to_lowercase();
            let credited = credit.starts_with("theo") || credit.starts_with("tổng hợp");
            if !credited || uncredited.bytes().any(|b| b.is_ascii_digit()) {
                return false;
            }
        }
        if self.ends_statement() {
            return false;
        }
        let outside = strip_parens(text);
        // "Đức Anh/Báo Tin tức": the outlet after the slash is not part of the name.
        let outside = outside.split('/').next().unwrap_or("");
        // "MINH CHÂU - HỒNG VÂN": two names joined.
        let words: Vec<&str> = outside
            .split_whitespace()
            .filter(|w| !Phrases::bundled().byline_joiners.contains(w))
            .collect();
        let single_ok = words.len() != 1
            || words[0]
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        // "Nhóm PV Quốc tế": a longer byline may hold one lower-case word.
        let lower = words
            .iter()
            .filter(|w| !w.chars().next().is_some_and(char::is_uppercase))
            .count();
        !words.is_empty()
            && single_ok
            && !text.contains(':')
            && words.len() <= 6
            && (lower == 0 || (lower == 1 && words.len() >= 3))
    }
}

/// A byline without its label: "Bài và ảnh: Hoàng Yến" → "Hoàng Yến" (also "Bài:", "Tin,
/// ảnh:", "Thực hiện:", "Nội dung:", "Biên tập:", "Nhóm PV:", "Tác giả:"; not "Ảnh:"). A
/// label may end in a comma instead, as in a byline list read aloud to screen readers
/// ("Tác giả, Lâm Khánh An").
pub fn strip_byline_label(text: &str) -> &str {
    let labelled = |sep: char| {
        let (label, name) = text.split_once(sep)?;
        is_byline_label(label).then_some(name.trim())
    };
    strip_byline_work(labelled(':').or_else(|| labelled(',')).unwrap_or(text))
}

/// Words of a writer's credit only, one of them saying who wrote; a credit for pictures
/// alone ("Ảnh") names no author (`byline_label_words` and `byline_writer_words` of
/// `assets/boilerplate.toml`).
fn is_byline_label(label: &str) -> bool {
    let folded = crate::text::fold(label);
    let mut words = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let p = Phrases::bundled();
    let mut writer = false;
    words.peek().is_some()
        && words.all(|w| {
            writer |= p.byline_writer_words.contains(w);
            p.byline_label_words.contains(w)
        })
        && writer
}

/// "Thanh Nhàn tổng hợp" → "Thanh Nhàn": what the writer did is not part of the name.
fn strip_byline_work(name: &str) -> &str {
    Phrases::bundled()
        .byline_work
        .iter()
        .find_map(|done| name.strip_suffix(done.as_str()))
        .unwrap_or(name)
}

/// Space-separated words holding at least one letter or digit ("–" and "|" are not words).
/// A word is settled by its first letter or digit; the rest of it is skipped to the space.
fn count_words(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut n, mut counted) = (0, false);
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' {
            counted = false;
        } else if !counted {
            let word_char = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                // A lead byte: look at the whole character (continuation bytes are skipped).
                c >= 0xC0
                    && text[i..]
                        .chars()
                        .next()
                        .is_some_and(crate::text::is_letter_or_digit)
            };
            if word_char {
                n += 1;
                counted = true;
            }
        }
    }
    n
}

/// Text outside parentheses.
pub fn strip_parens(s: &str) -> String {
    let mut depth = 0i32;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Tidy one raw line: non-breaking and odd spaces become spaces, runs collapse, ends trim.
fn tidy(raw: &str) -> (String, usize) {
    if is_tidy(raw) {
        return (raw.to_string(), 0);
    }
    tidy_slow(raw)
}

fn tidy_slow(raw: &str) -> (String, usize) {
    let mut out = String::with_capacity(raw.len());
    // A run of spaces between words; two or more (or a tab) is a gap between menu items.
    let (mut run, mut wide, mut gaps) = (0usize, false, 0usize);
    for c in raw.chars() {
        if c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}') {
            run += 1;
            wide |= c == '\t';
        } else {
            if run > 0 && !out.is_empty() {
                out.push(' ');
                if run >= 2 || wide {
                    gaps += 1;
                }
            }
            run = 0;
            wide = false;
            out.push(c);
        }
    }
    (out, gaps)
}

/// Already tidy: no space at either end, no two spaces in a row, and no tab or other
/// whitespace that [`tidy_slow`] would turn into a space (U+0085, U+00A0, U+1680,
/// U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF), found by their UTF-8
/// bytes. Curly quotes and dashes (also U+20xx) stay on this path.
fn is_tidy(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    for (i, &c) in b.iter().enumerate() {
        if !SUSPECT[c as usize] {
            continue;
        }
        let odd = match c {
            b' ' => at(i + 1) == b' ',
            b'\t'..=b'\r' => true,
            0xC2 => matches!(at(i + 1), 0x85 | 0xA0),
            0xE1 => matches!((at(i + 1), at(i + 2)), (0x9A, 0x80)),
            0xE2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F)
            ),
            0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
            0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
            _ => false,
        };
        if odd {
            return false;
        }
    }
    true
}

/// The bytes [`is_tidy`] looks at twice: a space, ASCII whitespace, and the lead bytes of
/// the other spaces.
static SUSPECT: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = matches!(
            c as u8,
            b' ' | b'\t'..=b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF
        );
        c += 1;
    }
    t
};

/// The width a text dump was wrapped at, when it was (rule hard-wrap): many lines of a
/// paragraph end within a few characters of one width, short of
/// [`super::limits::HARD_WRAP_MAX_WIDTH`], and hardly any line is longer. Pasted pages
/// and scraped text have a paragraph on one line and are not wrapped.
pub fn hard_wrap_width(text: &str) -> Option<usize> {
    use super::limits::{
        HARD_WRAP_MAX_LONGER, HARD_WRAP_MAX_WIDTH, HARD_WRAP_MIN_LINES, HARD_WRAP_MIN_WIDTH,
        HARD_WRAP_SLACK,
    };
    // Most texts have a paragraph to a line: lines so long in bytes that they must be
    // longer than any wrap in characters rule it out before anything is counted.
    let (mut filled, mut surely_longer) = (0usize, 0usize);
    for l in memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .scan(0, |start, end| {
            let len = end - *start;
            *start = end + 1;
            Some(len)
        })
    {
        filled += usize::from(l > 0);
        surely_longer += usize::from(l > 4 * HARD_WRAP_MAX_WIDTH);
    }
    if filled < HARD_WRAP_MIN_LINES || surely_longer as f32 > HARD_WRAP_MAX_LONGER * filled as f32 {
        return None;
    }
    // Each line's length, and whether it stops mid-sentence: a wrap falls anywhere in a
    // sentence, while a line of pasted text ends one.
    let lines: Vec<(usize, bool)> = text
        .split('\n')
        .map(|l| {
            let l = l.trim_end();
            let open = !l.ends_with(['.', '!', '?', ':', '”', '"', '…', ')']);
            (l.chars().count(), open)
        })
        .collect();
    let lens: Vec<usize> = lines.iter().map(|&(n, _)| n).collect();
    let filled: Vec<usize> = lens.iter().copied().filter(|&n| n > 0).collect();
    if filled.len() < HARD_WRAP_MIN_LINES {
        return None;
    }
    // The width: the longest line of most, where the longest lines bunch up.
    let mut sorted = filled.clone();
    sorted.sort_unstable();
    let width = sorted[(sorted.len() - 1) * 95 / 100];
    if !(HARD_WRAP_MIN_WIDTH..=HARD_WRAP_MAX_WIDTH).contains(&width) {
        return None;
    }
    let longer = filled.iter().filter(|&&n| n > width).count();
    let near = lines
        .windows(2)
        .filter(|w| {
            let ((n, open), (next, _)) = (w[0], w[1]);
            open && next > 0 && n <= width && n + HARD_WRAP_SLACK >= width
        })
        .count();
    (near >= HARD_WRAP_MIN_LINES && (longer as f32) <= HARD_WRAP_MAX_LONGER * filled.len() as f32)
        .then_some(width)
}

/// How many link numbers glued to a word the text holds ("[52]Bộ", "[7]Trang chủ").
fn link_numbers(text: &str) -> usize {
    let b = text.as_bytes();
    memchr::memchr_iter(b'[', b)
        .filter(|&i| link_number_len(&b[i..]).is_some())
        .count()
}

/// The length of a link number at the start of `b`: an opening bracket, one to five
/// digits, a closing bracket, and a letter or mark right after it.
fn link_number_len(b: &[u8]) -> Option<usize> {
    let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    let end = 1 + digits;
    let next = *b.get(end + 1)?;
    ((1..=5).contains(&digits) && b.get(end) == Some(&b']') && !next.is_ascii_whitespace())
        .then_some(end + 1)
}

/// `line` without its link numbers (rule link-numbers).
fn without_link_numbers(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        let Some(k) = memchr::memchr(b'[', &b[i..]) else {
            out.push_str(&line[i..]);
            break;
        };
        let at = i + k;
        out.push_str(&line[i..at]);
        if let Some(n) = link_number_len(&b[at..]) {
            i = at + n;
        } else {
            out.push('[');
            i = at + 1;
        }
    }
    out
}

/// Split a page into tidy non-blank lines, joining a line that was wrapped mid-sentence
/// (no blank line between, the first unfinished, the next starting in lower case).
pub fn split_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut joinable = false;
    let width = hard_wrap_width(text);
    let numbered = link_numbers(text) >= super::limits::LINK_NUMBERS_MIN;
    // Whether the line before reached the wrap width (rule hard-wrap: its paragraph goes
    // on in this line, whatever this line starts with).
    let mut wrapped = false;
    for raw in text.split('\n') {
        let (t, gaps) = if numbered {
            tidy(&without_link_numbers(raw))
        } else {
            tidy(raw)
        };
        if t.is_empty() {
            joinable = false;
            wrapped = false;
            continue;
        }
        let continues = t
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && !t.contains(':')
            && t.split(' ').count() <= 12;
        // A date alone on its line ("29 tháng 3 2022" under a byline) is a stamp of its
        // own, not the rest of the line above.
        let continues = continues && !is_date_alone(&t);
        let bullet = t.starts_with(['*', '+', '•', '-', '–']);
        let continues = continues || (wrapped && !bullet);
        wrapped = width
            .is_some_and(|w| raw.trim_end().chars().count() + super::limits::HARD_WRAP_SLACK >= w);
        match out.last_mut() {
            Some(prev)
                if joinable
                    && continues
                    && (!prev.ends_sentence() || width.is_some())
                    && prev.words >= 5 =>
            {
                let joined = format!("{} {}", prev.text, t);
                *prev = Line::new(joined);
            }
            _ => out.push(Line {
                gaps,
                blank_before: !joinable,
                ..Line::new(t)
            }),
        }
        joinable = true;
    }
    out
}

/// A line that is a date and nothing else but a clock time, a weekday or a label.
fn is_date_alone(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && super::stamp::parse(&Line::new(t.to_string()), Phrases::bundled())
            .is_some_and(|s| s.date.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(s: &str) -> Line {
        Line::new(s.to_string())
    }

    #[test]
    fn shapes() {
        assert!(l("Nga-NATO: Cuộc đọ sức Đông Tây chưa có hồi kết").is_title_shaped());
        assert!(
            l("Đàm phán an ninh Nga-Mỹ: Mỹ sợ Nga công nhận Donetsk và Lugansk?").is_title_shaped()
        );
        assert!(!l("Dự kiến, cuộc họp diễn ra trong vòng 3 giờ.").is_title_shaped());
        assert!(l("Dự kiến, cuộc họp diễn ra trong vòng 3 giờ.").is_prose());
        assert!(l("Thanh Hảo").is_name_like());
        assert!(l("Hoài Thu (Theo AFP)").is_name_like());
        assert!(l("Bảo Anh (tổng hợp)").is_name_like());
        assert!(!l("Các lĩnh vực ảnh hưởng").is_name_like());
        assert!(l("Nhóm PV Quốc tế").is_name_like());
        assert!(!l("Nguồn: Reuters, CNN, TASS").is_name_like());
        assert!(!l("Có;").is_prose());
        assert!(!l("Không").is_name_like());
        assert!(l("PV").is_name_like());
        assert!(l("Bài và ảnh: Hoàng Yến").is_name_like());
        assert!(l("Biên tập: Thu Hiền").is_name_like());
        assert!(l("Thanh Nhàn tổng hợp").is_name_like());
        assert!(l("Thu Trang (Theo Reuters, N1)").is_name_like());
        assert!(!l("GIÁ NÔNG SẢN THẾ GIỚI (CBOT, phiên 15/3)").is_name_like());
        assert!(!l("Ảnh: Reuters, AP, Getty Images").is_name_like());
        assert!(!l("Hà Nội: Nga và Mỹ").is_name_like());
    }

    #[test]
    fn a_hard_wrapped_dump_joins_its_paragraphs_and_loses_its_link_numbers() {
        let para =
            "   Chiều 7/3, Sở Ngoại vụ phối hợp cùng Ủy ban MTTQ Việt Nam tỉnh và chính\n   \
                    quyền các địa phương đã đón năm công dân sơ tán từ Ukraine về đến tỉnh\n   \
                    Long An an toàn, sau hành trình hơn một tuần qua [5]Ba Lan và Romania.\n\n";
        let menu = "     * [1]Trang chủ\n     * [2]Thời sự\n     * [3]Quốc tế\n     * [4]Video\n\n";
        let text = format!("{menu}{}", para.repeat(4));
        assert!(hard_wrap_width(&text).is_some());
        let lines = split_lines(&text);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "* Trang chủ");
        assert_eq!(texts.len(), 4 + 4, "{texts:?}");
        assert!(texts[4].starts_with("Chiều 7/3"), "{texts:?}");
        assert!(texts[4].ends_with("qua Ba Lan và Romania."), "{texts:?}");
        // Text with a paragraph to a line is not wrapped: its lines stay apart.
        let pasted = "Nga và Mỹ kết thúc vòng đàm phán. Hai bên hẹn gặp lại vào tuần tới ở Geneva.\nTin liên quan\n".repeat(10);
        assert_eq!(hard_wrap_width(&pasted), None);
    }

    #[test]
    fn wrapped_lines_join_and_spaces_tidy() {
        let lines = split_lines("Bạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.\n\n\u{a0}\nA  b\u{a0}c");
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa.",
                "A b c"
            ]
        );
    }

    #[test]
    fn the_tidy_fast_path_agrees_with_the_slow_one() {
        for raw in [
            "Nga và NATO",
            " Nga",
            "Nga  và",
            "Mỹ\u{a0}Nga",
            "Hà\u{2009}Nội",
            "a\tb",
            "Điện Kremlin ở Moskva",
            "x\u{feff}y",
            "Ạ\u{3000}ạ",
            "“Nga” – Mỹ…",
            "a\u{85}b",
            "a\u{202f}b",
            "a\u{205f}b",
            "a\u{2028}b",
            "a\u{200b}b",
        ] {
            let fast = is_tidy(raw);
            let slow = tidy_slow(raw).0 == raw;
            assert_eq!(fast, slow, "{raw:?}");
        }
    }

    #[test]
    fn words_are_runs_with_a_letter_or_digit() {
        assert_eq!(count_words("Nga – Mỹ | 2022"), 3);
        assert_eq!(count_words("“Ông” Đức, ạ"), 3);
        assert_eq!(count_words("— … •"), 0);
        assert_eq!(count_words("١٢ 五"), 2);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn the_fast_path_knows_every_space_the_slow_one_tidies() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let raw = format!("a{c}b");
            assert_eq!(
                is_tidy(&raw),
                tidy_slow(&raw).0 == raw,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn a_headline_above_a_timestamp_is_not_joined() {
        let lines = split_lines("Châu Âu bị bủa vây bởi dịch bệnh sởi\n17:19:54 15/11/2024");
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn a_date_spelled_out_under_a_byline_is_a_line_of_its_own() {
        let lines = split_lines("Tác giả, Lâm Khánh An Minh\n29 tháng 3 2022\nBài viết còn tiếp\n");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts[..2],
            ["Tác giả, Lâm Khánh An Minh", "29 tháng 3 2022"]
        );
        // A wrapped sentence that goes on with a number still joins.
        let lines = split_lines("Hai bên đã gặp nhau trong khoảng\n3 giờ tại Istanbul");
        assert_eq!(lines.len(), 1);
    }

    #[test]
    fn a_byline_label_goes_whether_a_colon_or_a_comma_ends_it() {
        assert_eq!(strip_byline_label("Tác giả: Lâm Khánh An"), "Lâm Khánh An");
        assert_eq!(strip_byline_label("Tác giả, Lâm Khánh An"), "Lâm Khánh An");
        assert_eq!(strip_byline_label("Bài và ảnh: Hoàng Yến"), "Hoàng Yến");
        // A picture credit names no writer; a name with a comma in it is no label.
        assert_eq!(strip_byline_label("Ảnh: Đức Cường"), "Ảnh: Đức Cường");
        assert_eq!(strip_byline_label("Minh Anh, Hà Nội"), "Minh Anh, Hà Nội");
    }
}
