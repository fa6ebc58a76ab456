use super::*;

fn entry(date: PartialDate, articles: &[usize]) -> TimelineEntry {
    TimelineEntry {
        date,
        events: vec![],
        articles: articles.to_vec(),
        sources: vec![],
    }
}

fn day(y: i16, m: u8, d: u8) -> PartialDate {
    PartialDate::day(y, m, d).unwrap()
}

/// 2002, March 2014, 15 Dec 2021, 10/12/13 Jan 2022.
fn story() -> Vec<TimelineEntry> {
    vec![
        entry(PartialDate::year(2002), &[0]),
        entry(PartialDate::month(2014, 3), &[1]),
        entry(day(2021, 12, 15), &[2]),
        entry(day(2022, 1, 10), &[0, 1]),
        entry(day(2022, 1, 12), &[0, 1, 2]),
        entry(day(2022, 1, 13), &[3]),
    ]
}

#[test]
fn day_numbers_match_the_calendar() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(
        days_from_civil(2022, 1, 12) - days_from_civil(2021, 12, 31),
        12
    );
    assert_eq!(
        days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
        2
    );
}

#[test]
fn far_apart_years_and_close_days_all_get_columns() {
    let axis = Axis::new(&story(), Unit::Day, 0);
    assert_eq!(axis.scale, 1);
    let cols: Vec<usize> = axis.slots.iter().map(|s| s.col).collect();
    // 2002 ┄ 2014-03 ┄ 2021-12-15 ┄ 10 · · 12 13: three breaks, one 1-day plain gap.
    assert_eq!(axis.breaks, vec![1, 5, 9]);
    assert_eq!(cols, vec![0, 4, 8, 12, 14, 15]);
    assert_eq!(axis.width, 16);
    assert_eq!(axis.slots[4].articles, 3);
}

#[test]
fn a_coarser_unit_merges_dates_and_counts_articles_once() {
    let axis = Axis::new(&story(), Unit::Year, 0);
    let keys: Vec<String> = axis.slots.iter().map(|s| s.key.to_string()).collect();
    assert_eq!(keys, vec!["2002", "2014", "2021", "2022"]);
    assert_eq!(axis.slots[3].entries, 3..6);
    assert_eq!(axis.slots[3].articles, 4);
    assert_eq!(axis.slot_of(4), Some(3));
    assert_eq!(axis.slot_of(0), Some(0));
    assert_eq!(axis.slot_of(9), None);
    // 2021 and 2022 touch: no break between them.
    assert_eq!(axis.breaks.len(), 2);
    assert_eq!(axis.mark(&axis.slots[3]), '●');
    assert_eq!(axis.mark(&axis.slots[0]), '·');
}

#[test]
fn a_short_timeline_spreads_over_the_strip() {
    let axis = Axis::new(&story(), Unit::Year, 78);
    assert_eq!(axis.scale, MAX_SCALE);
    assert!(axis.width <= 78);
    let axis = Axis::new(&story(), Unit::Day, 40);
    assert!(axis.scale > 1 && axis.width <= 40, "{axis:?}");
}

#[test]
fn the_unit_is_the_finest_that_fits_and_the_view_follows_the_cursor() {
    let tl = story();
    assert_eq!(Axis::fitting_unit(&tl, 80), Unit::Day);
    // Days of a whole year do not fit in 20 columns; months do.
    let year: Vec<TimelineEntry> = (1..=12u8)
        .flat_map(|m| [1u8, 5, 9, 13, 17, 21, 25].map(move |d| entry(day(2021, m, d), &[0])))
        .collect();
    assert_eq!(Axis::fitting_unit(&year, 20), Unit::Month);
    assert_eq!(Axis::fitting_unit(&year, 5), Unit::Year);
    let axis = Axis::new(&year, Unit::Day, 20);
    assert!(axis.width > 20);
    assert_eq!(axis.view_offset(Some(0), 20), 0);
    let last = axis.slots.len() - 1;
    assert_eq!(axis.view_offset(Some(last), 20), axis.width - 20);
    let mid = axis.view_offset(Some(last / 2), 20);
    let col = axis.slots[last / 2].col;
    assert!(mid <= col && col < mid + 20);
}

#[test]
fn clicks_find_the_nearest_slot() {
    let axis = Axis::new(&story(), Unit::Day, 0);
    assert_eq!(axis.slot_near(12), Some(3));
    assert_eq!(axis.slot_near(13), Some(3));
    assert_eq!(axis.slot_near(15), Some(5));
    assert_eq!(axis.slot_near(40), None);
}

#[test]
fn labels_shorten_only_in_context() {
    let d = day(2022, 1, 12);
    assert_eq!(label(d, None), "2022-01-12");
    assert_eq!(label(d, Some(day(2022, 1, 10))), "12");
    assert_eq!(label(d, Some(day(2021, 12, 15))), "2022-01-12");
    assert_eq!(
        label(PartialDate::month(2022, 2), Some(day(2022, 1, 3))),
        "02"
    );
    assert_eq!(label(PartialDate::year(2002), None), "2002");
}
