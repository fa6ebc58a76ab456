//! The grammar of Vietnamese date phrases, matched over tokens (see the parent module).

use super::lex::{tokens, Chain, Tok};
use super::{DateExpr, DateMention, Part, Relative};
use crate::article::Date;
use std::ops::RangeInclusive;

/// Years in a full numeric date ("21/1/2022") or after "tháng" ("tháng 3/2014").
const YEAR_IN_DATE: RangeInclusive<u32> = 1000..=2999;
/// Years after "năm".
const YEAR_AFTER_NAM: RangeInclusive<u32> = 1000..=2100;
/// Years after a preposition alone ("hồi 2014", "từ 2014").
const YEAR_AFTER_PREP: RangeInclusive<u32> = 1900..=2100;

// The cue words (day starters, quantifiers, counted nouns …) are in assets/dates.toml.
use super::words::words;

/// A date phrase matched from token `start_tok`; `next` is the token after it.
struct Found {
    next: usize,
    start: usize,
    end: usize,
    expr: DateExpr,
    part: Option<Part>,
}

/// Scan `text` and return its date mentions in order.
pub(super) fn find(text: &str) -> Vec<DateMention> {
    let toks = tokens(text);
    let m = DateMatcher { toks: &toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match m.at(i) {
            Some(f) if f.next > i => {
                out.push(DateMention {
                    start: f.start,
                    end: f.end,
                    expr: f.expr,
                    part: f.part,
                });
                i = f.next;
            }
            _ => i += 1,
        }
    }
    out
}

struct DateMatcher<'a> {
    toks: &'a [Tok],
}

fn abs(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> DateExpr {
    // Callers have checked the ranges: years ≤ 2999, months ≤ 12, days ≤ 31.
    DateExpr::Absolute {
        year: year.map(|y| y as i16),
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    }
}

/// Whether `day`/`month` (of `year`, or of any leap year) is on the calendar.
fn valid_day(year: Option<u32>, month: u32, day: u32) -> bool {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return false;
    }
    let year = match year {
        Some(y) if YEAR_IN_DATE.contains(&y) => y as i16,
        Some(_) => return false,
        None => 2000,
    };
    Date::new(year, month as i8, day as i8).is_ok()
}

fn day_date(year: Option<u32>, month: u32, day: u32) -> Option<DateExpr> {
    valid_day(year, month, day).then(|| abs(year, Some(month), Some(day)))
}

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        _ => return None,
    })
}

/// A chain read with a day cue before it: `12/1`, `24.2`, `21-2`, `21/1/2022`,
/// `2022-01-12`, and spans of days `10-12/1`, `12/1-13/1` (their first day).
fn cued_day(c: &Chain) -> Option<DateExpr> {
    if c.glued {
        return None;
    }
    let seps = c.seps()?;
    let (n, d) = (&c.nums, &c.digits);
    let short = |k: usize| d[k] <= 2;
    let slash_or_dot = |s: u8| s == b'/' || s == b'.';
    match seps {
        [s] if *s != b':' && *s != b',' && short(0) && short(1) => day_date(None, n[1], n[0]),
        [s, t] if s == t => full_date(c),
        // "10-12/1": a span of days in one month.
        [b'-', s] if slash_or_dot(*s) && short(0) && short(1) && short(2) && n[0] < n[1] => {
            day_date(None, n[2], n[1])?;
            day_date(None, n[2], n[0])
        }
        // "10-12/1/2022".
        [b'-', s, t] if s == t && slash_or_dot(*s) && short(0) && d[3] == 4 && n[0] < n[1] => {
            day_date(Some(n[3]), n[2], n[1])?;
            day_date(Some(n[3]), n[2], n[0])
        }
        // "12/1-13/1".
        [s, b'-', t] if s == t && slash_or_dot(*s) && (0..4).all(short) => {
            day_date(None, n[3], n[2])?;
            day_date(None, n[1], n[0])
        }
        _ => None,
    }
}

/// `d/m/yyyy`, `d.m.yyyy`, `d-m-yyyy`, or `yyyy-mm-dd` / `yyyy/mm/dd`.
fn full_date(c: &Chain) -> Option<DateExpr> {
    if c.glued {
        return None;
    }
    let seps = c.seps()?;
    let (n, d) = (&c.nums, &c.digits);
    match seps {
        [s, t] if s == t && matches!(s, b'/' | b'.' | b'-') => {
            if d[0] <= 2 && d[1] <= 2 && d[2] == 4 {
                day_date(Some(n[2]), n[1], n[0])
            } else if d[0] == 4 && d[1] <= 2 && d[2] <= 2 && *s != b'.' {
                day_date(Some(n[0]), n[1], n[2])
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `m/yyyy`, `m.yyyy`, `m-yyyy`.
fn month_year(c: &Chain, seps_allowed: &[u8]) -> Option<DateExpr> {
    if c.glued {
        return None;
    }
    match c.seps()? {
        [s] if seps_allowed.contains(s) && c.digits[0] <= 2 && c.digits[1] == 4 => {
            let (m, y) = (c.nums[0], c.nums[1]);
            ((1..=12).contains(&m) && YEAR_IN_DATE.contains(&y))
                .then(|| abs(Some(y), Some(m), None))
        }
        _ => None,
    }
}

impl DateMatcher<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).and_then(Tok::word)
    }

    fn word_in(&self, i: usize, set: &[&str]) -> bool {
        self.word(i).is_some_and(|w| set.contains(&w))
    }

    fn chain(&self, i: usize) -> Option<&Chain> {
        self.toks.get(i).and_then(Tok::chain)
    }

    fn single(&self, i: usize) -> Option<(u32, u8)> {
        self.chain(i).and_then(Chain::single)
    }

    fn prev_word_in(&self, i: usize, set: &[&str]) -> bool {
        i > 0 && self.word_in(i - 1, set)
    }

    /// Whether token `i` is preceded by a number or a quantifier ("2 tháng", "những năm").
    fn counted(&self, i: usize) -> bool {
        i > 0 && (self.single(i - 1).is_some() || self.word_in(i - 1, words().quantifiers))
    }

    /// Whether "trước" at token `i` means "ago", judging by what follows it.
    fn ago_follows(&self, i: usize) -> bool {
        self.word(i) == Some("trước") && !self.word_in(i + 1, words().not_ago)
    }

    fn found(&self, first: usize, next: usize, expr: DateExpr) -> Option<Found> {
        let start = self.toks.get(first)?.start;
        let end = self.toks.get(next.checked_sub(1)?)?.end;
        Some(Found {
            next,
            start,
            end,
            expr,
            part: None,
        })
    }

    fn rel(&self, first: usize, next: usize, r: Relative) -> Option<Found> {
        self.found(first, next, DateExpr::Relative(r))
    }

    /// The date phrase starting at token `i`, if any.
    fn at(&self, i: usize) -> Option<Found> {
        let tok = self.toks.get(i)?;
        if let Some(c) = tok.chain() {
            return self.ago(i).or_else(|| self.bare(i, c));
        }
        let w = tok.word()?;
        match w {
            "đầu" | "giữa" | "cuối" | "thượng" | "trung" | "hạ" => self.part_of(i, w),
            "thứ" | "chủ" => self.weekday(i),
            "tháng" => self.month(i),
            "năm" => self.year(i).or_else(|| self.ago(i)),
            "tuần" => self.week(i),
            "cách" => self.ago(i),
            _ if words().day_starters.contains(&w) => self.day(i),
            _ if words().year_preps.contains(&w) => self.prep_year(i),
            _ => self.ago(i),
        }
    }

    /// "đầu tháng 2", "giữa tháng 1/2022", "cuối năm 2021", "cuối năm ngoái",
    /// "thượng tuần tháng 3", "cuối tuần qua".
    fn part_of(&self, i: usize, w: &str) -> Option<Found> {
        let (part, j, periods): (Part, usize, &[&str]) = match w {
            "đầu" if !self.prev_word_in(i, &["bắt"]) => {
                (Part::Early, i + 1, &["tháng", "năm", "tuần"])
            }
            "giữa" => (Part::Middle, i + 1, &["tháng", "năm", "tuần"]),
            "cuối" => (Part::Late, i + 1, &["tháng", "năm", "tuần"]),
            "thượng" | "trung" | "hạ" if self.word(i + 1) == Some("tuần") => {
                let part = match w {
                    "thượng" => Part::Early,
                    "trung" => Part::Middle,
                    _ => Part::Late,
                };
                (part, i + 2, &["tháng"])
            }
            _ => return None,
        };
        if !self.word_in(j, periods) {
            return None;
        }
        let inner = self.at(j)?;
        let expr = match inner.expr {
            DateExpr::Relative(Relative::LastYear) if part == Part::Late => {
                DateExpr::Relative(Relative::EndOfLastYear)
            }
            e => e,
        };
        Some(Found {
            start: self.toks.get(i)?.start,
            expr,
            part: Some(part),
            ..inner
        })
    }

    /// "Thứ hai, 7/2/2022", "thứ 5 ngày 13/1", "Chủ nhật 9/1".
    fn weekday(&self, i: usize) -> Option<Found> {
        let named = match self.word(i)? {
            "thứ" => {
                self.word_in(i + 1, &["hai", "ba", "tư", "năm", "sáu", "bảy"])
                    || self
                        .single(i + 1)
                        .is_some_and(|(n, _)| (2..=7).contains(&n))
            }
            _ => self.word(i + 1) == Some("nhật"),
        };
        if !named {
            return None;
        }
        let mut j = i + 2;
        if self.toks.get(j).and_then(Tok::sym) == Some(',') {
            j += 1;
        }
        let inner = if self.word_in(j, words().day_starters) {
            self.day(j)?
        } else {
            let c = self.chain(j)?;
            self.found(j, j + 1, cued_day(c)?)?
        };
        if !matches!(inner.expr, DateExpr::Absolute { day: Some(_), .. }) {
            return None;
        }
        Some(Found {
            start: self.toks.get(i)?.start,
            ..inner
        })
    }

    /// A day cue ("ngày", "hôm", "Chiều", "Rạng sáng", "sáng ngày") and what follows it.
    fn day(&self, i: usize) -> Option<Found> {
        if self.word(i) == Some("rạng") && self.word(i + 1) != Some("sáng") {
            return None;
        }
        let mut j = i + 1;
        while j < i + 3 && self.word_in(j, words().day_followers) {
            j += 1;
        }
        let cue: &[Tok] = self.toks.get(i..j)?;
        let only = |w: &str| cue.len() == 1 && cue[0].word() == Some(w);
        if let Some(c) = self.chain(j) {
            if let Some(e) = cued_day(c) {
                return self.found(i, j + 1, e);
            }
            // "ngày 10 tháng 1 (năm 2022)"
            let (d, digits) = c.single()?;
            if digits > 2 {
                return None;
            }
            if self.word(j + 1) == Some("tháng") {
                return self.spelled_day(i, j, d);
            }
            // "từ ngày 22 đến 26/2", "ngày 15 và 16/2": a span of days, dated by its first.
            if self.word_in(j + 1, &["đến", "tới", "và"]) {
                if let Some(DateExpr::Absolute {
                    year,
                    month: Some(m),
                    day: Some(last),
                }) = self.chain(j + 2).and_then(cued_day)
                {
                    if d < u32::from(last) {
                        let y = year.and_then(|y| u32::try_from(y).ok());
                        return self.found(i, j + 1, day_date(y, u32::from(m), d)?);
                    }
                }
            }
            return None;
        }
        if self.counted(i) {
            return None;
        }
        let last = cue.last()?.word()?;
        let r = match self.word(j)? {
            "nay" if !only("ngày") => Relative::Today,
            "qua" if !only("ngày") => Relative::Yesterday,
            "mai" if words().times_of_day.contains(&last) => Relative::Tomorrow,
            "kia" if only("hôm") => Relative::DaysAgo(2),
            _ => return None,
        };
        self.rel(i, j + 1, r)
    }

    /// `d` at token `j`, then "tháng m" and maybe "năm y" (or "tháng m/yyyy"); the phrase
    /// starts at token `first`.
    fn spelled_day(&self, first: usize, j: usize, d: u32) -> Option<Found> {
        let m_tok = j + 2;
        if let Some(Some(DateExpr::Absolute {
            year: Some(y),
            month: Some(m),
            ..
        })) = self.chain(m_tok).map(|c| month_year(c, b"/.-"))
        {
            let e = day_date(Some(y as u32), u32::from(m), d)?;
            return self.found(first, m_tok + 1, e);
        }
        let (m, used) = match self.single(m_tok) {
            Some((m, digits)) if digits <= 2 => (m, 1),
            Some(_) => return None,
            // "ngày 12 tháng Một", "ngày 2 tháng Mười hai năm 2021"
            None => {
                let words: Vec<String> = (m_tok..m_tok + 2)
                    .map_while(|k| self.word(k).map(crate::text::fold))
                    .collect();
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                let (m, used) = crate::text::month_name(&words)?;
                (u32::from(m), used)
            }
        };
        let after = m_tok + used;
        match self.year_after(after) {
            Some(y) => self.found(first, after + 2, day_date(Some(y), m, d)?),
            None => self.found(first, after, day_date(None, m, d)?),
        }
    }

    /// "năm yyyy" at token `i`: the year.
    fn year_after(&self, i: usize) -> Option<u32> {
        if self.word(i) != Some("năm") {
            return None;
        }
        let (y, digits) = self.single(i + 1)?;
        (digits == 4 && YEAR_AFTER_NAM.contains(&y)).then_some(y)
    }

    /// "tháng 3/2014", "tháng 12.2021", "tháng 1 năm 2022", "tháng 2", "tháng trước".
    fn month(&self, i: usize) -> Option<Found> {
        if let Some(c) = self.chain(i + 1) {
            if let Some(e) = month_year(c, b"/.-") {
                return self.found(i, i + 2, e);
            }
            let (m, digits) = c.single()?;
            if digits > 2 || !(1..=12).contains(&m) || self.counted(i) {
                return None;
            }
            return match self.year_after(i + 2) {
                Some(y) => self.found(i, i + 4, abs(Some(y), Some(m), None)),
                None => self.found(i, i + 2, abs(None, Some(m), None)),
            };
        }
        if self.counted(i) {
            return None;
        }
        let r = match self.word(i + 1)? {
            "này" => Relative::ThisMonth,
            "trước" if self.ago_follows(i + 1) => Relative::LastMonth,
            "tới" | "sau" => Relative::NextMonth,
            _ => return None,
        };
        self.rel(i, i + 2, r)
    }

    /// "năm 2014", "năm nay", "năm ngoái", "năm tới".
    fn year(&self, i: usize) -> Option<Found> {
        // "thủ thành sinh năm 2003": a birth year says who, not when.
        if self.prev_word_in(i, words().births) {
            return None;
        }
        if let Some(y) = self.year_after(i) {
            return self.found(i, i + 2, abs(Some(y), None, None));
        }
        if self.counted(i) {
            return None;
        }
        let r = match self.word(i + 1)? {
            "nay" => Relative::ThisYear,
            "ngoái" | "rồi" => Relative::LastYear,
            "trước" if self.ago_follows(i + 1) => Relative::LastYear,
            "tới" | "sau" => Relative::NextYear,
            _ => return None,
        };
        self.rel(i, i + 2, r)
    }

    /// "tuần này", "tuần trước", "tuần qua", "tuần tới".
    fn week(&self, i: usize) -> Option<Found> {
        if self.counted(i) {
            return None;
        }
        let r = match self.word(i + 1)? {
            "này" => Relative::ThisWeek,
            "qua" => Relative::LastWeek,
            "trước" if self.ago_follows(i + 1) => Relative::LastWeek,
            "tới" | "sau" => Relative::NextWeek,
            _ => return None,
        };
        self.rel(i, i + 2, r)
    }

    /// "hồi 2014", "từ 2014", but not "từ 2000 người" or "từ 1950 đến 3000".
    fn prep_year(&self, i: usize) -> Option<Found> {
        let (y, digits) = self.single(i + 1)?;
        if digits != 4 || !YEAR_AFTER_PREP.contains(&y) || self.word_in(i + 2, words().counted) {
            return None;
        }
        let to_number = self.word_in(i + 2, &["đến", "tới"])
            || self.toks.get(i + 2).and_then(Tok::sym) == Some('-');
        if to_number
            && self
                .single(i + 3)
                .is_some_and(|(v, _)| !YEAR_AFTER_PREP.contains(&v))
        {
            return None;
        }
        self.found(i, i + 2, abs(Some(y), None, None))
    }

    /// "2 năm trước", "ba tháng trước", "cách đây 3 ngày".
    fn ago(&self, i: usize) -> Option<Found> {
        let (n_tok, needs_truoc) = if self.word(i) == Some("cách") {
            if self.word(i + 1) != Some("đây") {
                return None;
            }
            let approx = self.word_in(i + 2, &["hơn", "khoảng", "gần", "chừng"]);
            (i + 2 + usize::from(approx), false)
        } else {
            (i, true)
        };
        let n = match self.single(n_tok) {
            Some((v, digits)) if digits <= 3 && v > 0 => v,
            Some(_) => return None,
            None => number_word(self.word(n_tok)?)?,
        };
        let unit = self.word(n_tok + 1)?;
        let mut next = n_tok + 2;
        if needs_truoc {
            if !self.ago_follows(next) {
                return None;
            }
            next += 1;
        }
        let n = n as u16;
        let r = match unit {
            "ngày" => Relative::DaysAgo(n),
            "tuần" => Relative::WeeksAgo(n),
            "tháng" => Relative::MonthsAgo(n),
            "năm" => Relative::YearsAgo(n),
            _ => return None,
        };
        self.rel(i, next, r)
    }

    /// A chain with no cue word before it: full dates, "3/2014", and day/month with a
    /// slash when it does not read as a fraction, an address or a document number.
    fn bare(&self, i: usize, c: &Chain) -> Option<Found> {
        if c.glued || self.prev_word_in(i, words().number_labels) {
            return None;
        }
        if let Some((d, digits)) = c.single() {
            // "10 tháng 1 năm 2022": only with its year, else "10 tháng" is a duration.
            if digits <= 2 && self.word(i + 1) == Some("tháng") {
                let f = self.spelled_day(i, i, d)?;
                return matches!(f.expr, DateExpr::Absolute { year: Some(_), .. }).then_some(f);
            }
            return None;
        }
        if let Some(e) = full_date(c).or_else(|| month_year(c, b"/")) {
            return self.found(i, i + 1, e);
        }
        let (a, b) = (c.nums[0], c.nums[1]);
        let slash_pair = c.seps() == Some(b"/") && c.digits[0] <= 2 && c.digits[1] <= 2;
        let fraction = a < b
            && !self.prev_word_in(i, words().occasions)
            && (a <= 3 || self.word_in(i + 1, words().fraction_nouns));
        // "24/7" is round the clock.
        if !slash_pair || fraction || (a, b) == (24, 7) {
            return None;
        }
        self.found(i, i + 1, day_date(None, b, a)?)
    }
}
