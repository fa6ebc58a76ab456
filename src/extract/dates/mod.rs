//! Vietnamese date expressions in article text.
//!
//! [`find_dates`] scans the text once, token by token (words, number chains such as
//! `21/1/2022`, symbols), and matches a small grammar of Vietnamese date phrases:
//!
//! - a day cue and a day: "ngày 12/1", "hôm 13/1", "Chiều 12/1", "Rạng sáng 24.2",
//!   "tối 21-2", "ngày 10 tháng 1 năm 2022", "Thứ hai, 7/2/2022", "ngày 10-12/1" (a span
//!   of days gives its first day);
//! - a full date with no cue: "21/1/2022", "24.2.2022", "2022-01-12";
//! - a bare day/month with a slash, when it does not read as a fraction, a house
//!   number or a document number: "20/11" yes, "1/3 dân số" and "số 12/1" no;
//! - months: "tháng 3/2014", "tháng 12.2021", "tháng 1 năm 2022", "tháng 2", and a bare
//!   "3/2014";
//! - years after "năm" (1000..=2100) or after "hồi", "vào", "từ", "đến", "tới"
//!   (1900..=2100): "năm 2014", "từ 2014". A bare "2014" is not a date, and neither is a
//!   span of years ("2020-2021", "năm 2020-2021").
//! - parts of a period: "đầu tháng 2", "giữa tháng 1/2022", "cuối năm 2021",
//!   "hạ tuần tháng 3". The date keeps the precision of the period ("cuối năm 2021" is
//!   the year 2021) and [`DateMention::part`] says which part was meant.
//! - dates relative to publication: "hôm nay", "sáng nay", "hôm qua", "tuần trước",
//!   "tháng trước", "năm ngoái", "cuối năm ngoái", "2 năm trước", "cách đây 3 tháng".
//!   Durations are not dates: "30 năm qua", "những tháng tới", "trong 2 năm".
//!
//! Cue words match in any case; NFD text is composed before matching. The surface of a
//! mention includes its cue ("ngày 12/1", "cuối năm 2021"), but not a preposition in front
//! of it ("từ hôm 10/1" gives "hôm 10/1"), unless the preposition is the only cue
//! ("hồi 2014").

mod future;
mod lex;
mod matcher;
mod relative;
mod words;

#[cfg(test)]
mod tests;

pub use future::speaks_of_future;
pub use relative::Relative;
pub use words::{words, Words};

use crate::article::Precision;

/// A date expression found in text: its byte range (the surface, e.g. "ngày 12/1") and
/// what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub expr: DateExpr,
    /// The early, middle or late part of the period ("đầu tháng 2", "cuối năm 2021").
    pub part: Option<Part>,
}

impl DateMention {
    /// The words of the mention in the text it was found in.
    pub fn surface<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// What a date mention says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateExpr {
    /// Explicit calendar date; year None when the writer left it out ("ngày 12/1").
    /// A day always comes with its month; a month may come without its year.
    Absolute {
        year: Option<i16>,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// Relative to the publication date.
    Relative(Relative),
}

impl DateExpr {
    /// How precise the date is once its year is known.
    pub fn precision(&self) -> Precision {
        match self {
            DateExpr::Absolute { day: Some(_), .. } => Precision::Day,
            DateExpr::Absolute { month: Some(_), .. } => Precision::Month,
            DateExpr::Absolute { .. } => Precision::Year,
            DateExpr::Relative(r) => r.precision(),
        }
    }
}

/// Which part of a month, year or week the writer meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Part {
    /// "đầu", "thượng tuần".
    Early,
    /// "giữa", "trung tuần".
    Middle,
    /// "cuối", "hạ tuần".
    Late,
}

/// Every date expression in `text`, in order of position, non-overlapping. Linear in the
/// length of the text.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    matcher::find(text)
}
