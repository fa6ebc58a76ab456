//! Datelines and timestamps: lines that hold a date and/or a clock time and nothing else
//! but weekday names, labels and separators ("Thứ hai, 7/2/2022, 23:40 (GMT+7)",
//! "Cập nhật: 15:30, 01/02/2022", "13:55:44 15/11/2024", "0:00 / 0:00").

use super::limits::{
    STAMP_MAX_BYTES, STAMP_MAX_WORDS, STAMP_ROW_MAX_WORDS, STAMP_ROW_PART_MAX_WORDS,
};
use super::line::Line;
use super::phrases::Phrases;
use crate::article::Date;
use crate::lexicon::WordSet;
use std::sync::LazyLock;

/// What a stamp line holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub date: Option<Date>,
    /// It names itself a date line: a weekday or a label such as "Cập nhật".
    pub labelled: bool,
}

/// What separates a stamp from a byline or a label on one line ("Thanh Trúc • 25/01/2022").
const SEGMENT: [char; 3] = ['|', '•', '·'];

/// Read a line as a stamp, or `None` if it holds anything else. A stamp may share its
/// line with a byline or a section name after a `|`, `•` or `·` ("Thanh Hà | 10/02/2022 19:35",
/// "25-01-2022 - 08:45 AM | Tài chính quốc tế"); it then counts as labelled.
pub fn parse(line: &Line, phrases: &Phrases) -> Option<Stamp> {
    if let Some(s) = parse_plain(line, phrases) {
        return Some(s);
    }
    // Most lines are answered before they are split: too long, or no digit at all.
    if line.words > STAMP_ROW_MAX_WORDS || !line.text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let segments: Vec<&str> = line.text.split(SEGMENT).map(str::trim).collect();
    if segments.len() < 2 {
        return None;
    }
    let mut found = None;
    for seg in &segments {
        let l = Line::new(seg.to_string());
        match parse_plain(&l, phrases) {
            Some(s) if found.is_none() && s.date.is_some() => found = Some(s),
            Some(_) => {}
            None if l.words <= STAMP_ROW_PART_MAX_WORDS => {}
            None => return None,
        }
    }
    found.map(|s| Stamp {
        labelled: true,
        ..s
    })
}

/// The words of a stamp line beside the stamp itself ("Thanh Hà" of "Thanh Hà | 10/02/2022").
pub fn companions(line: &Line, phrases: &Phrases) -> Vec<Line> {
    line.text
        .split(SEGMENT)
        .map(|s| Line::new(s.trim().to_string()))
        .filter(|l| l.words > 0 && parse_plain(l, phrases).is_none())
        .collect()
}

fn parse_plain<'a>(line: &'a Line, phrases: &Phrases) -> Option<Stamp> {
    // Every stamp holds a digit (a date, a clock time, "2 giờ trước").
    if line.words > STAMP_MAX_WORDS
        || line.text.len() > STAMP_MAX_BYTES
        || !line.text.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut date = None;
    let mut time = false;
    let mut labelled = false;
    let raw: Vec<&str> = line.text.split_whitespace().collect();
    let folded: Vec<&str> = line.folded.split_whitespace().collect();
    if raw.len() != folded.len() {
        return None;
    }
    let trim = |s: &'a str| -> &'a str {
        s.trim_matches(|c: char| {
            matches!(
                c,
                ',' | '|' | '(' | ')' | '[' | ']' | '-' | '–' | '—' | '/' | ':'
            )
        })
    };
    let ftoks: Vec<&str> = folded.iter().map(|f| trim(f)).collect();
    let mut i = 0;
    while i < raw.len() {
        let (t, f) = (trim(raw[i]), ftoks[i]);
        i += 1;
        // Separators and symbols between the parts ("·", "•", a globe for "public").
        if !t.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Rule lunar-date-note: "(09/12 âm lịch)" after the date gives the same day in the
        // lunar calendar; the whole bracketed note is part of the dateline.
        if date.is_some() && raw[i - 1].starts_with('(') {
            if let Some(close) = (i - 1..raw.len()).find(|&k| raw[k].contains(')')) {
                if phrases.is_lunar_note(&ftoks[i - 1..=close]) {
                    i = close + 1;
                    continue;
                }
            }
        }
        if let Some((used, d)) = spelled_date(&ftoks[i - 1..]) {
            date = date.or(Some(d));
            i += used - 1;
        } else if let Some(d) = parse_date(t) {
            date = date.or(Some(d));
        } else if is_time(t) {
            time = true;
        } else if is_offset(f) {
        } else if phrases.is_dateline_word(f) {
            labelled = true;
        } else if is_relative_age(&folded) {
            return Some(Stamp {
                date: None,
                labelled: false,
            });
        } else if (date.is_some() || time) && is_widget_tail(&ftoks[i - 1..], phrases) {
            // "Thứ Tư, 12/01/2022, 22:05 Chia sẻ Zalo": the share buttons set beside the
            // date on its line are no words of it.
            break;
        } else {
            return None;
        }
    }
    (date.is_some() || time).then_some(Stamp { date, labelled })
}

/// The rest of a stamp line is widget words only ("Chia sẻ Zalo", "In bài"; `widget_words`
/// of `assets/boilerplate.toml`), as folded trimmed tokens.
fn is_widget_tail(rest: &[&str], phrases: &Phrases) -> bool {
    let words: Vec<&str> = rest
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && phrases.widget_share(&words) >= 1.0
}

/// "29 tháng 1 năm 2022", "11 tháng 1, 2022", "3 tháng Hai năm 2022": a date spelled with
/// "tháng", as trimmed folded tokens; the date and how many tokens it spans.
fn spelled_date(f: &[&str]) -> Option<(usize, Date)> {
    english_date(f).or_else(|| vietnamese_date(f))
}

/// "28 Dec 2021", "Dec 28, 2021", "February 2, 2022" (feeds, embeds, English pages).
fn english_date(f: &[&str]) -> Option<(usize, Date)> {
    // "dec", "dec.", "december", "sept".
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        crate::extract::dates::words()
            .english_months
            .iter()
            .position(|m| w == *m || w == &m[..3] || (w == "sept" && m.starts_with("sep")))
            .map(|i| i + 1)
    };
    let (d, m, y) = match f {
        [d, m, y, ..] if month(m).is_some() => (*d, month(m)?, *y),
        [m, d, y, ..] if month(m).is_some() => (*d, month(m)?, *y),
        _ => return None,
    };
    let d: i8 = (d.len() <= 2).then(|| d.parse().ok()).flatten()?;
    let y: i16 = (y.len() == 4).then(|| y.parse().ok()).flatten()?;
    let date = Date::new(y, i8::try_from(m).ok()?, d).ok()?;
    (1900..=2100).contains(&y).then_some((3, date))
}

fn vietnamese_date(f: &[&str]) -> Option<(usize, Date)> {
    // "thg" is how mail and calendar apps shorten "tháng" ("28 thg 2, 2022").
    let [d, "thang" | "thg", rest @ ..] = f else {
        return None;
    };
    let small = |s: &str| (s.len() <= 2).then(|| s.parse::<u8>().ok()).flatten();
    let d = small(d)?;
    let (m, used) = match rest.first().and_then(|m| small(m)) {
        Some(m) => (m, 1),
        None => crate::text::month_name(rest)?,
    };
    let mut k = 2 + used;
    if f.get(k) == Some(&"nam") {
        k += 1;
    }
    let y: i16 = f.get(k).filter(|y| y.len() == 4)?.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let date = Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some((k + 1, date))
}

/// "2 giờ trước", "5 phút trước": the age of a comment or a list item (the units are
/// `age_units` of `assets/dates.toml`).
fn is_relative_age(folded: &[&str]) -> bool {
    static UNITS: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::folded(crate::extract::dates::words().age_units));
    let [n, unit, ago] = folded else {
        return false;
    };
    *ago == "truoc" && n.chars().all(|c| c.is_ascii_digit()) && UNITS.contains(unit)
}

/// `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy`, `yyyy-mm-dd`, `yyyy/mm/dd`.
pub fn parse_date(t: &str) -> Option<Date> {
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(-1)).collect();
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 {
        (n[2], n[1], n[0])
    } else {
        return None;
    };
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

/// `18:05`, `13:55:44`, `0:00`, `23h40`, `9h`.
fn is_time(t: &str) -> bool {
    let t = t.trim_end_matches(['h', 'H']);
    let parts: Vec<&str> = t.split([':', 'h', 'H']).collect();
    (1..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && (parts.len() > 1 || t.len() < 3)
}

/// `gmt+7`, `utc+07:00`, `+07:00`.
fn is_offset(f: &str) -> bool {
    let rest = f.trim_start_matches("gmt").trim_start_matches("utc");
    (rest.starts_with('+') || rest.starts_with('-') || rest.is_empty() && f.len() >= 3)
        && rest.chars().skip(1).all(|c| c.is_ascii_digit() || c == ':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(s: &str) -> Option<Stamp> {
        parse(&Line::new(s.to_string()), Phrases::bundled())
    }

    fn day(s: &str) -> Option<String> {
        stamp(s).and_then(|s| s.date).map(|d| d.to_string())
    }

    #[test]
    fn share_buttons_beside_a_dateline_leave_it_a_dateline() {
        assert_eq!(
            day("Thứ Tư, 12/01/2022, 22:05 Chia sẻ Zalo").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(day("12/01/2022 In bài").as_deref(), Some("2022-01-12"));
        // Words other than widgets after the date make the line no stamp.
        assert_eq!(stamp("12/01/2022 Nga và NATO họp tại Brussels"), None);
        // Widget words before any date or time are no stamp either.
        assert_eq!(stamp("Chia sẻ Zalo 12/01/2022"), None);
    }

    #[test]
    fn a_lunar_note_after_the_date_leaves_a_dateline() {
        assert_eq!(
            day("Thứ Ba, 11/01/2022 (09/12 âm lịch) 15:20 GMT+7").as_deref(),
            Some("2022-01-11")
        );
        assert_eq!(
            day("Thứ Hai, 17/01/2022 (15/12 âm lịch - năm Tân Sửu)").as_deref(),
            Some("2022-01-17")
        );
        // A bracketed note that is not the lunar calendar's is still words, no stamp.
        assert_eq!(stamp("11/01/2022 (họp tại Geneva)"), None);
        // Nor does a lunar note before any date make a stamp.
        assert_eq!(stamp("(09/12 âm lịch) Geneva"), None);
    }

    #[test]
    fn outlet_datelines() {
        assert_eq!(day("12/01/2022, 18:05").as_deref(), Some("2022-01-12"));
        assert_eq!(
            day("Thứ hai, 7/2/2022, 23:40 (GMT+7)").as_deref(),
            Some("2022-02-07")
        );
        assert_eq!(day("22/02/2022 06:15 GMT+7").as_deref(), Some("2022-02-22"));
        assert_eq!(
            day("Cập nhật: 15:30, 01/02/2022").as_deref(),
            Some("2022-02-01")
        );
        assert_eq!(day("08:20 | 13/01/2022").as_deref(), Some("2022-01-13"));
        assert_eq!(
            day("Thứ Sáu, 14/01/2022 - 10:30").as_deref(),
            Some("2022-01-14")
        );
        assert_eq!(day("14-01-2022 09:12").as_deref(), Some("2022-01-14"));
        assert_eq!(day("2022-01-12 18:05").as_deref(), Some("2022-01-12"));
        assert_eq!(
            day("Thứ bảy, ngày 29 tháng 1 năm 2022 | 07:30").as_deref(),
            Some("2022-01-29")
        );
        assert_eq!(
            day("11 tháng 1, 2022 | 06:35").as_deref(),
            Some("2022-01-11")
        );
        assert_eq!(
            day("Thứ Tư, 2 tháng Mười hai năm 2021").as_deref(),
            Some("2021-12-02")
        );
        assert_eq!(day("ngày 31 tháng 2 năm 2022"), None);
        assert_eq!(
            day("Tue, 28 Dec 2021 08:30:00 GMT+7").as_deref(),
            Some("2021-12-28")
        );
        assert_eq!(day("February 2, 2022").as_deref(), Some("2022-02-02"));
        assert_eq!(day("Decimal 2, 2022"), None);
        assert_eq!(
            day("Ngày: Thứ Hai, 28 thg 2, 2022 lúc 06:02").as_deref(),
            Some("2022-02-28")
        );
        assert_eq!(
            day("5 tháng 3, 2022 lúc 23:10 · 🌏").as_deref(),
            Some("2022-03-05")
        );
        assert!(stamp("Thứ hai, 7/2/2022, 23:40 (GMT+7)").unwrap().labelled);
    }

    #[test]
    fn timers_and_list_timestamps_are_stamps_without_label() {
        assert_eq!(
            stamp("0:00 / 0:00"),
            Some(Stamp {
                date: None,
                labelled: false
            })
        );
        assert_eq!(
            stamp("13:55:44 15/11/2024").map(|s| s.labelled),
            Some(false)
        );
        assert_eq!(
            stamp("2 giờ trước"),
            Some(Stamp {
                date: None,
                labelled: false
            })
        );
    }

    #[test]
    fn sentences_with_dates_are_not_stamps() {
        assert_eq!(
            stamp("Ngày 14/1, Ngoại trưởng Nga Sergey Lavrov cũng đưa ra lập trường."),
            None
        );
        assert_eq!(stamp("Thanh Hảo"), None);
        assert_eq!(stamp("2022"), None);
        assert_eq!(stamp("31/02/2022"), None);
    }
}
