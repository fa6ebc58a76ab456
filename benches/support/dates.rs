//! Numeric dates in seed text (`12/1`, `13.1`, `12/01/2022`) and how to shift them.

use jiff::civil::Date;
use jiff::ToSpan;
use std::fmt::Write;
use std::ops::Range;

/// The year a date without one is taken to be in while shifting.
const ASSUMED_YEAR: i16 = 2022;

/// A day and month, maybe with a year, as written: separator and digit widths.
#[derive(Clone, Copy, Debug)]
pub struct NumericDate {
    day: u8,
    month: u8,
    year: Option<i16>,
    sep: u8,
    padded: bool,
}

impl NumericDate {
    /// The date `days` later (earlier when negative), written the same way. The year is
    /// only printed when the original had one.
    pub fn write_shifted(self, days: i64, out: &mut String) {
        let shifted = Date::new(
            self.year.unwrap_or(ASSUMED_YEAR),
            self.month as i8,
            self.day as i8,
        )
        .and_then(|d| d.checked_add(days.days()));
        let Ok(d) = shifted else {
            // Out of the calendar's range: keep the date as it was.
            return self.write_as(self.day, self.month, self.year, out);
        };
        self.write_as(
            d.day() as u8,
            d.month() as u8,
            self.year.map(|_| d.year()),
            out,
        );
    }

    fn write_as(self, day: u8, month: u8, year: Option<i16>, out: &mut String) {
        let sep = self.sep as char;
        let _ = if self.padded {
            write!(out, "{day:02}{sep}{month:02}")
        } else {
            write!(out, "{day}{sep}{month}")
        };
        if let Some(y) = year {
            let _ = write!(out, "{sep}{y}");
        }
    }
}

/// Every `d/m`, `d.m`, `d/m/yyyy`, `dd/mm/yyyy` (or with dots) date in `line`, with its
/// byte range. Not fractions of bigger numbers ("100.000", "1/3" followed by more
/// digits), not month/year ("3/2014", "12.2021"), not dates the calendar lacks.
pub fn find(line: &str) -> Vec<(Range<usize>, NumericDate)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_here = b[i].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b"/.-,".contains(&b[i - 1])));
        if starts_here {
            if let Some((end, date)) = date_at(b, i) {
                out.push((i..end, date));
                i = end;
                continue;
            }
        }
        // Skip the rest of a number so that its inner digits never start a date.
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i += 1;
    }
    out
}

/// A date starting at `start`, and where it ends.
fn date_at(b: &[u8], start: usize) -> Option<(usize, NumericDate)> {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let number = |from: usize, len: usize| {
        std::str::from_utf8(&b[from..from + len])
            .ok()?
            .parse::<u16>()
            .ok()
    };
    let dl = digits(start);
    let sep = *b.get(start + dl)?;
    if !(1..=2).contains(&dl) || !matches!(sep, b'/' | b'.') {
        return None;
    }
    let ms = start + dl + 1;
    let ml = digits(ms);
    if !(1..=2).contains(&ml) {
        return None;
    }
    let mut end = ms + ml;
    let mut year = None;
    if b.get(end) == Some(&sep) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        if digits(end + 1) != 4 {
            return None;
        }
        year = Some(i16::try_from(number(end + 1, 4)?).ok()?);
        end += 5;
    }
    let day = u8::try_from(number(start, dl)?).ok()?;
    let month = u8::try_from(number(ms, ml)?).ok()?;
    Date::new(year.unwrap_or(ASSUMED_YEAR), month as i8, day as i8).ok()?;
    Some((
        end,
        NumericDate {
            day,
            month,
            year,
            sep,
            padded: dl == 2 && ml == 2,
        },
    ))
}

/// Run with `cargo test --example gen_corpus`.
#[cfg(test)]
mod tests {
    #[test]
    fn shifts_keep_the_format() {
        fn shifted(line: &str, days: i64) -> String {
            let mut out = String::new();
            let mut at = 0;
            for (r, d) in super::find(line) {
                out.push_str(&line[at..r.start]);
                d.write_shifted(days, &mut out);
                at = r.end;
            }
            out.push_str(&line[at..]);
            out
        }
        assert_eq!(shifted("Chiều 12/1, ngày 13.1", 20), "Chiều 1/2, ngày 2.2");
        assert_eq!(shifted("12/01/2022, 18:05", -12), "31/12/2021, 18:05");
        assert_eq!(
            shifted("100.000 quân, 1/3 dân số, tháng 3/2014, 12.2021", 5),
            "100.000 quân, 6/3 dân số, tháng 3/2014, 12.2021"
        );
        assert_eq!(shifted("số 220/11 và 31/2", 1), "số 220/11 và 31/2");
    }
}
