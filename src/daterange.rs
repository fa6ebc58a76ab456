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

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as `--since` and `--until` take them.
pub fn parse_bound(s: &str) -> Result<PartialDate, String> {
    Err(format!("not a date: {s:?}"))
}

/// What the `d` prompt takes: `2022-01-12`, `2022-01-10..2022-01-14`, `12/1/2022`,
/// `1/2022`, `2016`, `..2022-01-13`, `2022-01..`. Empty (or blank) clears: `Ok(None)`.
pub fn parse_filter(s: &str) -> Result<Option<DateRange>, String> {
    Err(format!("not a date range: {s:?}"))
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
