//! Date ranges as the user types them (`--since`, `--until`, the `d` prompt).

use crate::article::{Date, PartialDate};
use std::fmt;

/// An inclusive range of days; either end may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DateRange {
    pub since: Option<Date>,
    pub until: Option<Date>,
}

impl DateRange {
    /// `since` counts from its first day, `until` to its last ("2022-01" ends on the 31st).
    pub fn from_bounds(since: Option<PartialDate>, until: Option<PartialDate>) -> Self {
        DateRange {
            since: since.map(|d| d.first_day()),
            until: until.map(|d| d.last_day()),
        }
    }

    /// Whether the days `first..=last` share at least one day with the range.
    pub fn overlaps(&self, first: Date, last: Date) -> bool {
        self.since.is_none_or(|s| last >= s) && self.until.is_none_or(|u| first <= u)
    }

    pub fn contains(&self, d: Date) -> bool {
        self.overlaps(d, d)
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as `--since` and `--until` take them. Strict: two
/// digits for the month and the day, and the date must be on the calendar.
pub fn parse_bound(s: &str) -> Result<PartialDate, String> {
    let t = s.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let shape_ok = matches!(parts.len(), 1..=3)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && parts
            .iter()
            .enumerate()
            .all(|(k, p)| p.len() == if k == 0 { 4 } else { 2 });
    if !shape_ok {
        return Err(format!(
            "not a date: {s:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        ));
    }
    let num = |k: usize| parts.get(k).and_then(|p| p.parse::<u16>().ok());
    checked_date(s, num(0), num(1), num(2))
}

/// What the `d` prompt takes: `2022-01-12`, `2022-01-10..2022-01-14`, `12/1/2022`,
/// `1/2022`, `2016`, `..2022-01-13`, `2022-01..`. Empty (or blank) clears: `Ok(None)`.
///
/// Also `12.1.2022`, `12-1-2022` (day first, the Vietnamese order), spaces around `..`,
/// and `2022-01-10 - 2022-01-14`. A single date covers its whole span (`2022-01` is all of
/// January).
pub fn parse_filter(s: &str) -> Result<Option<DateRange>, String> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let (since, until) = if let Some((a, b)) = t.split_once("..").or_else(|| t.split_once('…')) {
        let (a, b) = (a.trim(), b.trim_start_matches('.').trim());
        if a.is_empty() && b.is_empty() {
            return Err(format!(
                "{s:?}: a range needs a date on at least one side of `..`"
            ));
        }
        let side = |x: &str| (!x.is_empty()).then(|| loose_date(x)).transpose();
        (side(a)?, side(b)?)
    } else if let Some((a, b)) = split_dash_range(t) {
        (Some(loose_date(a)?), Some(loose_date(b)?))
    } else {
        let d = loose_date(t)?;
        (Some(d), Some(d))
    };
    let range = DateRange::from_bounds(since, until);
    if let (Some(a), Some(b)) = (range.since, range.until) {
        if a > b {
            return Err(format!("{s:?}: the range ends before it starts"));
        }
    }
    Ok(Some(range))
}

/// `a - b`, `a – b` or `a–b`: a range written with a spaced hyphen or a dash.
fn split_dash_range(t: &str) -> Option<(&str, &str)> {
    [" - ", "–", "—"]
        .iter()
        .find_map(|sep| t.split_once(sep))
        .map(|(a, b)| (a.trim(), b.trim()))
}

/// One date as a person types it: ISO (`2022-01-12`, `2022-01`, `2016`, `2022/1/12`) or
/// day first with `/`, `.` or `-` (`12/1/2022`, `1/2022`, `12.1.2022`, `12-1-2022`).
fn loose_date(s: &str) -> Result<PartialDate, String> {
    let sep = s.bytes().find(|b| matches!(b, b'/' | b'.' | b'-'));
    let parts: Vec<&str> = match sep {
        Some(sep) => s.split(sep as char).collect(),
        None => vec![s],
    };
    let digits_ok = parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    if !digits_ok {
        return Err(format!("not a date: {s:?}"));
    }
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let num = |k: usize| parts.get(k).and_then(|p| p.parse::<u16>().ok());
    let short = |n: usize| (1..=2).contains(&n);
    match lens.as_slice() {
        [4] => checked_date(s, num(0), None, None),
        [4, m] if short(*m) => checked_date(s, num(0), num(1), None),
        [m, 4] if short(*m) => checked_date(s, num(1), num(0), None),
        [4, m, d] if short(*m) && short(*d) => checked_date(s, num(0), num(1), num(2)),
        [d, m, 4] if short(*d) && short(*m) => checked_date(s, num(2), num(1), num(0)),
        [d, m] if short(*d) && short(*m) => {
            Err(format!("{s:?}: which year? (for example {s}/2022)"))
        }
        _ => Err(format!("not a date: {s:?}")),
    }
}

/// A year, maybe a month, maybe a day, checked against the calendar.
fn checked_date(
    input: &str,
    year: Option<u16>,
    month: Option<u16>,
    day: Option<u16>,
) -> Result<PartialDate, String> {
    let year = year
        .and_then(|y| i16::try_from(y).ok())
        .ok_or_else(|| format!("not a date: {input:?}"))?;
    let Some(month) = month else {
        return Ok(PartialDate::year(year));
    };
    let month = u8::try_from(month)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| format!("{input:?}: there is no month {month}"))?;
    let Some(day) = day else {
        return Ok(PartialDate::month(year, month));
    };
    u8::try_from(day)
        .ok()
        .and_then(|d| PartialDate::day(year, month, d))
        .ok_or_else(|| format!("{input:?}: no such day"))
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.since, self.until) {
            (Some(s), Some(u)) if s == u => write!(f, "{s}"),
            (s, u) => {
                if let Some(s) = s {
                    write!(f, "{s}")?;
                }
                write!(f, "..")?;
                if let Some(u) = u {
                    write!(f, "{u}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn filter(s: &str) -> String {
        match parse_filter(s) {
            Ok(Some(r)) => r.to_string(),
            Ok(None) => "none".into(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn bounds_take_the_three_iso_shapes() {
        assert_eq!(parse_bound("2022"), Ok(PartialDate::year(2022)));
        assert_eq!(parse_bound("2022-01"), Ok(PartialDate::month(2022, 1)));
        assert_eq!(
            parse_bound("2022-01-12"),
            PartialDate::day(2022, 1, 12).ok_or(String::new())
        );
        assert_eq!(
            parse_bound(" 2024-02-29 ").map(|d| d.to_string()),
            Ok("2024-02-29".into())
        );
    }

    #[test]
    fn bad_bounds_are_errors_naming_the_input() {
        for bad in [
            "no-such-date",
            "2022-13",
            "2022-02-30",
            "",
            "2022-1",
            "22",
            "2022-01-12x",
            "12/1/2022",
            "2022-00",
            "2022--01",
        ] {
            let e = parse_bound(bad).expect_err(bad);
            assert!(e.contains(&format!("{bad:?}")), "{e}");
        }
        assert!(parse_bound("2022-13").unwrap_err().contains("month 13"));
    }

    #[test]
    fn single_dates_cover_their_whole_span() {
        assert_eq!(filter("2022-01-12"), "2022-01-12");
        assert_eq!(filter("12/1/2022"), "2022-01-12");
        assert_eq!(filter("12.1.2022"), "2022-01-12");
        assert_eq!(filter("12-1-2022"), "2022-01-12");
        assert_eq!(filter("2022/1/12"), "2022-01-12");
        assert_eq!(filter("1/2022"), "2022-01-01..2022-01-31");
        assert_eq!(filter("2/2024"), "2024-02-01..2024-02-29");
        assert_eq!(filter("2022-01"), "2022-01-01..2022-01-31");
        assert_eq!(filter("2016"), "2016-01-01..2016-12-31");
    }

    #[test]
    fn ranges_open_or_closed() {
        assert_eq!(filter("2022-01-10..2022-01-14"), "2022-01-10..2022-01-14");
        assert_eq!(filter("2022-01-10 .. 2022-01-14"), "2022-01-10..2022-01-14");
        assert_eq!(filter("10/1/2022..14/1/2022"), "2022-01-10..2022-01-14");
        assert_eq!(filter("..2022-01-13"), "..2022-01-13");
        assert_eq!(filter("2022-01.."), "2022-01-01..");
        assert_eq!(filter("2021..2022-01"), "2021-01-01..2022-01-31");
        assert_eq!(filter("2022-01-10 - 2022-01-14"), "2022-01-10..2022-01-14");
        assert_eq!(filter("10/1/2022 – 14/1/2022"), "2022-01-10..2022-01-14");
        assert_eq!(filter("2022-01-10...2022-01-14"), "2022-01-10..2022-01-14");
    }

    #[test]
    fn blank_clears() {
        assert_eq!(parse_filter(""), Ok(None));
        assert_eq!(parse_filter("   "), Ok(None));
    }

    #[test]
    fn unreadable_filters_are_errors() {
        for bad in [
            "hôm qua",
            "12/1",
            "2022-13",
            "31/2/2022",
            "..",
            "2022-01-14..2022-01-10",
            "1/2022..2021",
            "2022-01-10..x",
            "12/1/22",
            "2022 01",
        ] {
            assert!(filter(bad).starts_with("error: "), "{bad}: {}", filter(bad));
        }
        assert!(filter("2022-01-14..2022-01-10").contains("ends before it starts"));
        assert!(filter("12/1").contains("which year"));
    }

    #[test]
    fn ranges_contain_and_overlap_inclusively() {
        let r = parse_filter("2022-01-10..2022-01-14").unwrap().unwrap();
        assert!(r.contains(date(2022, 1, 10)) && r.contains(date(2022, 1, 14)));
        assert!(!r.contains(date(2022, 1, 9)) && !r.contains(date(2022, 1, 15)));
        assert!(r.overlaps(date(2022, 1, 1), date(2022, 1, 10)));
        assert!(!r.overlaps(date(2022, 1, 15), date(2022, 2, 1)));
        let open = parse_filter("..2022-01-13").unwrap().unwrap();
        assert!(open.contains(date(1999, 1, 1)) && !open.contains(date(2022, 1, 14)));
        let month = parse_filter("1/2022").unwrap().unwrap();
        assert!(month.contains(date(2022, 1, 31)) && !month.contains(date(2022, 2, 1)));
    }

    proptest! {
        #[test]
        fn parsers_never_panic(s in any::<String>()) {
            let _ = parse_bound(&s);
            if let Ok(Some(r)) = parse_filter(&s) {
                if let (Some(a), Some(b)) = (r.since, r.until) {
                    prop_assert!(a <= b);
                }
            }
        }

        #[test]
        fn parsers_never_panic_on_date_like_input(s in "[0-9./ -]{0,24}") {
            if let Ok(d) = parse_bound(&s) {
                prop_assert_eq!(parse_bound(&d.to_string()), Ok(d));
            }
            if let Ok(Some(r)) = parse_filter(&s) {
                if let (Some(a), Some(b)) = (r.since, r.until) {
                    prop_assert!(a <= b);
                }
            }
        }
    }
}
