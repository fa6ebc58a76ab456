//! The cleaned article and the partial dates every stage shares.

use std::fmt;

/// What a paragraph of article text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Body,
    /// A subheading inside the article.
    Heading,
    /// An image or video caption.
    Caption,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    #[serde(deserialize_with = "crate::text::de_string")]
    pub text: String,
}

impl Paragraph {
    pub fn new(kind: ParagraphKind, text: impl Into<String>) -> Self {
        Paragraph {
            kind,
            text: text.into(),
        }
    }
}

/// Where an article's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// Printed in the article.
    Dateline,
    /// From the saved page's metadata or its address.
    Page,
    /// Worked out from the dates the article mentions.
    Inferred,
    /// Set by the user.
    Override,
}

/// One article as the cleaner hands it on: text without boilerplate, plus what the page
/// said about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// File stem, `#`, 1-based position in the file.
    pub id: String,
    /// The path as found under the corpus argument.
    pub file: String,
    pub title: String,
    pub title_inferred: bool,
    pub date: Option<Date>,
    pub date_basis: Option<DateBasis>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// The article's address, when the page or the text gives one.
    pub url: Option<String>,
    /// The date the page's metadata gives, kept when it differs from the dateline.
    pub page_date: Option<Date>,
    pub paragraphs: Vec<Paragraph>,
    pub dropped: Vec<Dropped>,
}

pub use jiff::civil::Date;

/// A line or block left out of an article's text: where it stood (the paragraph it came
/// before) and the rule that left it out, which `dossier explain` and the reader show.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Dropped {
    pub text: String,
    /// Index of the paragraph the line stood before (`paragraphs.len()`: after the last).
    pub at: usize,
    pub rule: &'static str,
}

/// A dropped line as the cache stores it.
#[derive(serde::Deserialize)]
struct StoredDropped {
    #[serde(deserialize_with = "crate::text::de_string")]
    text: String,
    at: usize,
    rule: String,
}

impl<'de> serde::Deserialize<'de> for Dropped {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <StoredDropped as serde::Deserialize>::deserialize(d).map(Dropped::from)
    }
}

impl From<StoredDropped> for Dropped {
    /// A rule's name read back from the cache: the same few names come back again and
    /// again, so each is kept once for the life of the program.
    fn from(d: StoredDropped) -> Dropped {
        use std::collections::HashSet;
        use std::sync::{Mutex, OnceLock, PoisonError};
        static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let mut names = NAMES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let rule = if let Some(&n) = names.get(d.rule.as_str()) {
            n
        } else {
            let n: &'static str = Box::leak(d.rule.into_boxed_str());
            names.insert(n);
            n
        };
        Dropped {
            text: d.text,
            at: d.at,
            rule,
        }
    }
}

impl Dropped {
    pub fn new(text: impl Into<String>, at: usize, rule: &'static str) -> Self {
        Dropped {
            text: text.into(),
            at,
            rule,
        }
    }
}

/// How much of a date the writer gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day. Orders a year before its months and
/// a month before its days, which is the order a timeline reads in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct PartialDate {
    pub year: i16,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when the day is not known.
    pub day: u8,
}

impl PartialDate {
    pub fn year(year: i16) -> Self {
        PartialDate {
            year,
            month: 0,
            day: 0,
        }
    }

    pub fn month(year: i16, month: u8) -> Self {
        PartialDate {
            year,
            month,
            day: 0,
        }
    }

    /// A day, or `None` when it is not on the calendar (31 February).
    pub fn day(year: i16, month: u8, day: u8) -> Option<Self> {
        Date::new(year, month as i8, day as i8).ok()?;
        Some(PartialDate { year, month, day })
    }

    pub fn from_date(d: Date) -> Self {
        PartialDate {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        }
    }

    pub fn precision(&self) -> Precision {
        if self.month == 0 {
            Precision::Year
        } else if self.day == 0 {
            Precision::Month
        } else {
            Precision::Day
        }
    }

    /// The first day this date covers.
    pub fn first_day(&self) -> Date {
        let m = self.month.max(1) as i8;
        let d = self.day.max(1) as i8;
        Date::new(self.year, m, d).unwrap_or(Date::MIN)
    }

    /// The last day this date covers.
    pub fn last_day(&self) -> Date {
        match self.precision() {
            Precision::Day => self.first_day(),
            Precision::Month => self.first_day().last_of_month(),
            Precision::Year => Date::new(self.year, 12, 31).unwrap_or(Date::MAX),
        }
    }

    /// The same date cut to a coarser precision.
    pub fn truncate(&self, p: Precision) -> Self {
        match p {
            Precision::Year => PartialDate::year(self.year),
            Precision::Month if self.month != 0 => PartialDate::month(self.year, self.month),
            _ => *self,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_print_at_their_precision_and_sort_coarse_first() {
        let y = PartialDate::year(2022);
        let m = PartialDate::month(2022, 1);
        let d = PartialDate::day(2022, 1, 12).unwrap();
        assert_eq!(
            (y.to_string(), m.to_string(), d.to_string()),
            ("2022".into(), "2022-01".into(), "2022-01-12".into())
        );
        assert!(y < m && m < d && d < PartialDate::year(2023));
        assert_eq!(m.last_day().to_string(), "2022-01-31");
        assert_eq!(PartialDate::day(2022, 2, 30), None);
    }
}
