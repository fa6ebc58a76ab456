//! Dates a page gives in machine form: metadata time stamps (ISO 8601 with or without an
//! offset, RFC 2822, the day-first "12/01/2022 20:15" of some Vietnamese CMSes) and the
//! date stamps that news addresses carry. Every date is the day in Vietnam (UTC+7): a
//! stamp of 2022-02-23T18:30:00Z was published on 24 February there.

use crate::article::Date;
use jiff::tz::{self, TimeZone};

/// Years a news page's stamp may carry; anything else is an id or a typo, not a date.
const YEARS: std::ops::RangeInclusive<i16> = 1995..=2040;

/// The Vietnam-time day of a metadata time stamp.
///
/// `"2022-01-12T20:15:00+07:00"`, `"2022-01-12"`, `"12/01/2022 20:15"` → 2022-01-12;
/// `"2022-02-23T18:30:00Z"` → 2022-02-24; `"Wed, 12 Jan 2022 20:15:00 +0700"` →
/// 2022-01-12; `"hôm qua"` → none.
pub fn parse_stamp(s: &str) -> Option<Date> {
    let s = s.trim();
    let vn = TimeZone::fixed(tz::offset(7));
    let date = if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        ts.to_zoned(vn).date()
    } else if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        z.timestamp().to_zoned(vn).date()
    } else if let Some(d) = iso_day(s) {
        d
    } else {
        day_first(s)?
    };
    YEARS.contains(&date.year()).then_some(date)
}

/// "2022-01-12…" or "2022/01/12…" without an offset: the day as written.
fn iso_day(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() < 10 || !(b[4] == b'-' || b[4] == b'/') || b[7] != b[4] {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Date::new(y, m, d).ok()
}

/// "12/01/2022", "12-01-2022 20:15", "1/2/2022": day first, as Vietnamese pages write it.
fn day_first(s: &str) -> Option<Date> {
    let head = s.split_whitespace().next()?;
    let parts: Vec<&str> = head.split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// The date stamp of a news address, if it has one: a `/2022/01/12/` path, a slug ending in
/// a 12- to 17-digit time stamp (`…-20221223160208680.htm`, Dân trí and Tuổi Trẻ), an
/// 8-digit `/20220112/` segment, or a `date=2022-01-12` query. Short numbers (article ids
/// such as VnExpress' `-4415123.html`) are no date.
pub fn url_date(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    for pair in query.split('&') {
        if let Some(v) = pair
            .strip_prefix("date=")
            .or_else(|| pair.strip_prefix("d="))
        {
            if let Some(d) = parse_stamp(v) {
                return Some(d);
            }
        }
    }
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    // /2022/01/12/
    for w in segments.windows(3) {
        if let (4, 2, Some(d)) = (w[0].len(), w[1].len(), w[2].get(..2)) {
            if let (Ok(y), Ok(m), Ok(d)) = (w[0].parse(), w[1].parse(), d.parse()) {
                if let Ok(date) = Date::new(y, m, d) {
                    if YEARS.contains(&date.year()) {
                        return Some(date);
                    }
                }
            }
        }
    }
    for seg in &segments {
        // /20220112/ and /2022-01-12/
        if seg.len() == 8 && seg.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(d) = digits_date(seg) {
                return Some(d);
            }
        }
        if seg.len() == 10 {
            if let Some(d) = iso_day(seg).filter(|d| YEARS.contains(&d.year())) {
                return Some(d);
            }
        }
    }
    // A slug's trailing digit run: "…-20221223160208680.htm".
    let last = segments.last()?;
    let stem = last.split('.').next()?;
    let digits: String = stem
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if (12..=17).contains(&digits.len()) {
        return digits_date(&digits[..8]);
    }
    None
}

fn digits_date(s: &str) -> Option<Date> {
    let y: i16 = s.get(0..4)?.parse().ok()?;
    let m: i8 = s.get(4..6)?.parse().ok()?;
    let d: i8 = s.get(6..8)?.parse().ok()?;
    let date = Date::new(y, m, d).ok()?;
    YEARS.contains(&y).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_stamp(s).map(|d| d.to_string())
    }

    fn u(s: &str) -> Option<String> {
        url_date(s).map(|d| d.to_string())
    }

    #[test]
    fn stamps_are_read_as_the_day_in_vietnam() {
        assert_eq!(
            d("2022-01-12T20:15:00+07:00").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(d("2022-02-23T18:30:00Z").as_deref(), Some("2022-02-24"));
        assert_eq!(
            d("2022-02-23T18:30:00.000+00:00").as_deref(),
            Some("2022-02-24")
        );
        assert_eq!(d("2022-01-12").as_deref(), Some("2022-01-12"));
        assert_eq!(d("2022-01-12 20:15:00").as_deref(), Some("2022-01-12"));
        assert_eq!(d("12/01/2022 20:15").as_deref(), Some("2022-01-12"));
        assert_eq!(
            d("Wed, 12 Jan 2022 20:15:00 +0700").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(d("hôm qua"), None);
        assert_eq!(d("1970-01-01T00:00:00Z"), None, "a zero stamp is no date");
    }

    #[test]
    fn addresses_give_their_date_stamps_and_ids_give_none() {
        assert_eq!(
            u("https://dantri.com.vn/the-gioi/nga-my-20221223160208680.htm").as_deref(),
            Some("2022-12-23")
        );
        assert_eq!(
            u("https://example.vn/2022/01/12/nato-nga-hop").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(
            u("https://example.vn/tin/20220112/abc.html").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(
            u("https://example.vn/a.php?id=5&date=2022-01-12").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(u("https://vnexpress.net/nga-va-nato-4415123.html"), None);
        assert_eq!(
            u("https://example.vn/tin-99999999999999.htm"),
            None,
            "not a calendar day"
        );
    }
}
