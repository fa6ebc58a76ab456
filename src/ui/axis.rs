//! The timeline's time axis, laid out by hand.
//!
//! A corpus about January 2022 also mentions 2014 and 2002; an even scale would squeeze
//! the story's days into one column. So the axis is *compressed*:
//!
//! - The scale has a unit: years, months or days. Each date of the timeline falls in the
//!   slot of its date cut to that unit (at the day scale, a date known only to a month or a
//!   year keeps a slot of its own, before the days it covers).
//! - Slots are drawn in date order. Up to [`MAX_PLAIN_GAP`] empty units between two slots
//!   are drawn as plain axis, to scale; a longer empty stretch collapses into a fixed
//!   `┄┄┄` break. So 2002, 2014 and every day of January 2022 all get columns.
//! - Each unit gets `scale` columns: as many as fit (up to [`MAX_SCALE`]), so a short
//!   timeline spreads across the strip and its labels fit.
//! - The unit starts as the finest whose axis fits the strip, and `+`/`-` change it. An
//!   axis wider than the strip scrolls to keep the cursor in the middle.

use crate::article::{Date, PartialDate, Precision};
use crate::model::TimelineEntry;
use std::ops::Range;

/// Empty units drawn to scale between two slots; more become a break.
pub const MAX_PLAIN_GAP: i64 = 2;
/// Columns of a break.
pub const BREAK_WIDTH: usize = 3;
/// The most columns one unit gets.
pub const MAX_SCALE: usize = 12;
/// Mark glyphs by weight, light to heavy.
pub const MARKS: [char; 3] = ['·', '•', '●'];

/// The unit of the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Year,
    Month,
    Day,
}

impl Unit {
    pub fn finer(self) -> Unit {
        match self {
            Unit::Year => Unit::Month,
            _ => Unit::Day,
        }
    }

    pub fn coarser(self) -> Unit {
        match self {
            Unit::Day => Unit::Month,
            _ => Unit::Year,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Year => "years",
            Unit::Month => "months",
            Unit::Day => "days",
        }
    }

    fn precision(self) -> Precision {
        match self {
            Unit::Year => Precision::Year,
            Unit::Month => Precision::Month,
            Unit::Day => Precision::Day,
        }
    }

    /// A running number of the unit a day falls in.
    fn index(self, d: Date) -> i64 {
        let (y, m) = (i64::from(d.year()), i64::from(d.month()));
        match self {
            Unit::Year => y,
            Unit::Month => y * 12 + m - 1,
            Unit::Day => days_from_civil(y, m, i64::from(d.day())),
        }
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The dates that share one place on the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The dates cut to the unit.
    pub key: PartialDate,
    /// First column.
    pub col: usize,
    /// Indices of the timeline entries in it (the timeline is sorted, so they touch).
    pub entries: Range<usize>,
    /// How many articles mention one of its dates.
    pub articles: usize,
}

/// The laid-out axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    pub unit: Unit,
    pub scale: usize,
    pub width: usize,
    pub slots: Vec<Slot>,
    /// First column of each break.
    pub breaks: Vec<usize>,
    pub max_articles: usize,
}

impl Axis {
    /// The axis of `timeline` (oldest first) in `unit`, spread over up to `avail` columns.
    pub fn new(timeline: &[TimelineEntry], unit: Unit, avail: usize) -> Axis {
        let mut slots: Vec<Slot> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for (i, e) in timeline.iter().enumerate() {
            let key = e.date.truncate(unit.precision());
            match slots.last_mut() {
                Some(s) if s.key == key => s.entries.end = i + 1,
                _ => {
                    close(slots.last_mut(), &mut seen, timeline);
                    slots.push(Slot {
                        key,
                        col: 0,
                        entries: i..i + 1,
                        articles: 0,
                    });
                }
            }
        }
        close(slots.last_mut(), &mut seen, timeline);
        let gaps: Vec<i64> = slots
            .windows(2)
            .map(|w| empty_units(unit, w[0].key, w[1].key))
            .collect();
        let breaks_n = gaps.iter().filter(|&&g| g > MAX_PLAIN_GAP).count();
        let units: usize = slots.len()
            + gaps
                .iter()
                .filter(|&&g| g <= MAX_PLAIN_GAP)
                .map(|&g| g as usize)
                .sum::<usize>();
        let room = avail.saturating_sub(breaks_n * BREAK_WIDTH);
        let scale = (room / units.max(1)).clamp(1, MAX_SCALE);
        let mut breaks = Vec::new();
        let mut col = 0;
        for i in 0..slots.len() {
            if i > 0 {
                col += scale;
                let gap = gaps[i - 1];
                if gap > MAX_PLAIN_GAP {
                    breaks.push(col);
                    col += BREAK_WIDTH;
                } else {
                    col += gap as usize * scale;
                }
            }
            slots[i].col = col;
        }
        let width = slots.last().map_or(0, |s| s.col + 1);
        let max_articles = slots.iter().map(|s| s.articles).max().unwrap_or(0);
        Axis {
            unit,
            scale,
            width,
            slots,
            breaks,
            max_articles,
        }
    }

    /// The finest unit whose axis fits `avail` columns at one column a unit (years if none).
    pub fn fitting_unit(timeline: &[TimelineEntry], avail: usize) -> Unit {
        [Unit::Day, Unit::Month]
            .into_iter()
            .find(|&u| Axis::new(timeline, u, 0).width <= avail)
            .unwrap_or(Unit::Year)
    }

    /// The slot holding timeline entry `entry`.
    pub fn slot_of(&self, entry: usize) -> Option<usize> {
        let i = self.slots.partition_point(|s| s.entries.end <= entry);
        self.slots
            .get(i)
            .filter(|s| s.entries.contains(&entry))
            .map(|_| i)
    }

    /// The slot drawn at axis column `col`, or the nearest one within a few columns.
    pub fn slot_near(&self, col: usize) -> Option<usize> {
        let reach = self.scale.max(2);
        self.slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    i,
                    s.col
                        .abs_diff(col)
                        .min((s.col + self.scale - 1).abs_diff(col)),
                )
            })
            .filter(|&(_, d)| d < reach)
            .min_by_key(|&(_, d)| d)
            .map(|(i, _)| i)
    }

    /// The first axis column shown in a strip of `avail` columns: 0 when the axis fits,
    /// else the cursor's slot kept in the middle.
    pub fn view_offset(&self, cursor_slot: Option<usize>, avail: usize) -> usize {
        if self.width <= avail {
            return 0;
        }
        let col = cursor_slot
            .and_then(|i| self.slots.get(i))
            .map_or(0, |s| s.col);
        col.saturating_sub(avail / 2).min(self.width - avail)
    }

    /// The mark of a slot: heavier for more articles.
    pub fn mark(&self, slot: &Slot) -> char {
        let levels = MARKS.len();
        let level = (slot.articles * levels).div_ceil(self.max_articles.max(1));
        MARKS[level.clamp(1, levels) - 1]
    }
}

/// The label of a slot key: in full when the last label drawn (`prev`) was of another
/// year or month ("2022-01-10"), else only what changed ("12").
pub fn label(key: PartialDate, prev: Option<PartialDate>) -> String {
    match (key.precision(), prev) {
        (Precision::Day, Some(p)) if p.year == key.year && p.month == key.month => {
            format!("{:02}", key.day)
        }
        (Precision::Month, Some(p)) if p.year == key.year && p.month != 0 => {
            format!("{:02}", key.month)
        }
        _ => key.to_string(),
    }
}

/// Count a finished slot's distinct articles.
fn close(slot: Option<&mut Slot>, seen: &mut Vec<usize>, timeline: &[TimelineEntry]) {
    let Some(slot) = slot else { return };
    seen.clear();
    for e in &timeline[slot.entries.clone()] {
        seen.extend_from_slice(&e.articles);
    }
    seen.sort_unstable();
    seen.dedup();
    slot.articles = seen.len();
}

/// Whole units strictly between two keys (0 when they touch or overlap).
fn empty_units(unit: Unit, a: PartialDate, b: PartialDate) -> i64 {
    (unit.index(b.first_day()) - unit.index(a.last_day()) - 1).max(0)
}

#[cfg(test)]
#[path = "axis_tests.rs"]
mod tests;
