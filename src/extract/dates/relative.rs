//! Dates given relative to the publication date ("hôm qua", "tháng trước", "2 năm trước").

use crate::article::{Date, PartialDate, Precision};
use jiff::Span;

/// A date the writer gave relative to the day the article was published.
///
/// Weeks have no precision of their own in [`PartialDate`]: a week-relative date resolves
/// to the month that holds the day a week (or `n` weeks) away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Relative {
    /// "hôm nay", "sáng nay", "tối nay".
    Today,
    /// "hôm qua", "chiều qua", "đêm qua".
    Yesterday,
    /// "ngày mai", "sáng mai".
    Tomorrow,
    /// "hôm kia" (2), "3 ngày trước", "cách đây 3 ngày".
    DaysAgo(u16),
    /// "tuần này".
    ThisWeek,
    /// "tuần trước", "tuần qua".
    LastWeek,
    /// "tuần tới", "tuần sau".
    NextWeek,
    /// "2 tuần trước".
    WeeksAgo(u16),
    /// "tháng này".
    ThisMonth,
    /// "tháng trước".
    LastMonth,
    /// "tháng tới", "tháng sau".
    NextMonth,
    /// "3 tháng trước".
    MonthsAgo(u16),
    /// "năm nay".
    ThisYear,
    /// "năm ngoái", "năm trước", "năm rồi".
    LastYear,
    /// "năm tới", "năm sau".
    NextYear,
    /// "2 năm trước", "cách đây 2 năm".
    YearsAgo(u16),
    /// "cuối năm ngoái": resolves to last year (year precision).
    EndOfLastYear,
}

impl Relative {
    /// The precision [`Relative::resolve`] gives.
    pub fn precision(&self) -> Precision {
        match self {
            Relative::Today | Relative::Yesterday | Relative::Tomorrow | Relative::DaysAgo(_) => {
                Precision::Day
            }
            Relative::ThisYear
            | Relative::LastYear
            | Relative::NextYear
            | Relative::YearsAgo(_)
            | Relative::EndOfLastYear => Precision::Year,
            _ => Precision::Month,
        }
    }

    /// The date meant, at the precision the expression carries: days for days, months for
    /// months and weeks, years for years. Out-of-range arithmetic saturates.
    pub fn resolve(&self, published: Date) -> PartialDate {
        let day = |d: Date| PartialDate::from_date(d);
        let days_back = |n: i64| published.saturating_sub(Span::new().days(n));
        let month_of = |d: Date| PartialDate::month(d.year(), d.month() as u8);
        let months_back = |n: i32| {
            let index = i32::from(published.year()) * 12 + i32::from(published.month()) - 1 - n;
            let year = index
                .div_euclid(12)
                .clamp(i32::from(i16::MIN), i32::from(i16::MAX));
            PartialDate::month(year as i16, (index.rem_euclid(12) + 1) as u8)
        };
        let year = |n: i16| PartialDate::year(published.year().saturating_sub(n));
        match *self {
            Relative::Today => day(published),
            Relative::Yesterday => day(days_back(1)),
            Relative::Tomorrow => day(days_back(-1)),
            Relative::DaysAgo(n) => day(days_back(i64::from(n))),
            Relative::ThisWeek => month_of(published),
            Relative::LastWeek => month_of(days_back(7)),
            Relative::NextWeek => month_of(days_back(-7)),
            Relative::WeeksAgo(n) => month_of(days_back(7 * i64::from(n))),
            Relative::ThisMonth => months_back(0),
            Relative::LastMonth => months_back(1),
            Relative::NextMonth => months_back(-1),
            Relative::MonthsAgo(n) => months_back(i32::from(n)),
            Relative::ThisYear => year(0),
            Relative::LastYear | Relative::EndOfLastYear => year(1),
            Relative::NextYear => year(-1),
            Relative::YearsAgo(n) => year(n.min(i16::MAX as u16) as i16),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(r: Relative, published: Date) -> String {
        r.resolve(published).to_string()
    }

    #[test]
    fn days_step_over_month_and_year_ends() {
        assert_eq!(at(Relative::Yesterday, date(2022, 3, 1)), "2022-02-28");
        assert_eq!(at(Relative::Yesterday, date(2024, 3, 1)), "2024-02-29");
        assert_eq!(at(Relative::Today, date(2022, 1, 14)), "2022-01-14");
        assert_eq!(at(Relative::Tomorrow, date(2021, 12, 31)), "2022-01-01");
        assert_eq!(at(Relative::DaysAgo(2), date(2022, 1, 1)), "2021-12-30");
    }

    #[test]
    fn months_keep_month_precision_across_years() {
        let p = Relative::LastMonth.resolve(date(2022, 1, 14));
        assert_eq!(
            (p.to_string(), p.precision()),
            ("2021-12".into(), Precision::Month)
        );
        assert_eq!(at(Relative::NextMonth, date(2021, 12, 5)), "2022-01");
        assert_eq!(at(Relative::ThisMonth, date(2022, 1, 14)), "2022-01");
        assert_eq!(at(Relative::MonthsAgo(14), date(2022, 1, 14)), "2020-11");
    }

    #[test]
    fn weeks_resolve_to_the_month_of_the_shifted_day() {
        assert_eq!(at(Relative::LastWeek, date(2022, 1, 14)), "2022-01");
        assert_eq!(at(Relative::LastWeek, date(2022, 1, 3)), "2021-12");
        assert_eq!(at(Relative::NextWeek, date(2022, 1, 28)), "2022-02");
        assert_eq!(at(Relative::WeeksAgo(3), date(2022, 1, 14)), "2021-12");
    }

    #[test]
    fn years_keep_year_precision() {
        let p = Relative::EndOfLastYear.resolve(date(2022, 1, 14));
        assert_eq!(
            (p.to_string(), p.precision()),
            ("2021".into(), Precision::Year)
        );
        assert_eq!(at(Relative::LastYear, date(2022, 1, 14)), "2021");
        assert_eq!(at(Relative::ThisYear, date(2022, 1, 14)), "2022");
        assert_eq!(at(Relative::NextYear, date(2022, 1, 14)), "2023");
        assert_eq!(at(Relative::YearsAgo(8), date(2022, 1, 14)), "2014");
    }

    #[test]
    fn extreme_dates_saturate_instead_of_panicking() {
        let _ = Relative::Tomorrow.resolve(Date::MAX);
        let _ = Relative::DaysAgo(u16::MAX).resolve(Date::MIN);
        let _ = Relative::MonthsAgo(u16::MAX).resolve(Date::MIN);
        let _ = Relative::YearsAgo(u16::MAX).resolve(Date::MIN);
        assert_eq!(
            Relative::Yesterday.resolve(Date::MIN),
            PartialDate::from_date(Date::MIN)
        );
    }
}
