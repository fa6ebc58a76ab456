use super::*;
use proptest::prelude::*;

/// Surfaces and meanings of every date found.
fn found(text: &str) -> Vec<(&str, DateExpr)> {
    find_dates(text)
        .into_iter()
        .map(|m| (m.surface(text), m.expr))
        .collect()
}

/// The single date in `text`: its surface and meaning.
fn one(text: &str) -> (&str, DateExpr) {
    let all = found(text);
    assert_eq!(all.len(), 1, "expected one date in {text:?}, got {all:?}");
    all[0]
}

fn day(year: Option<i16>, month: u8, day: u8) -> DateExpr {
    DateExpr::Absolute {
        year,
        month: Some(month),
        day: Some(day),
    }
}

fn month(year: Option<i16>, month: u8) -> DateExpr {
    DateExpr::Absolute {
        year,
        month: Some(month),
        day: None,
    }
}

fn year(year: i16) -> DateExpr {
    DateExpr::Absolute {
        year: Some(year),
        month: None,
        day: None,
    }
}

fn rel(r: Relative) -> DateExpr {
    DateExpr::Relative(r)
}

#[test]
fn day_cues_with_day_and_month() {
    let cases = [
        ("Ngoại trưởng Mỹ nói ngày 12/1 rằng", "ngày 12/1", 12, 1),
        ("cuộc họp hôm 13/1 tại trụ sở", "hôm 13/1", 13, 1),
        ("Chiều 12/1, một nguồn tin cho biết", "Chiều 12/1", 12, 1),
        ("Rạng sáng 24.2, Nga mở chiến dịch", "Rạng sáng 24.2", 24, 2),
        ("Phát biểu tối 21-2, ông Putin", "tối 21-2", 21, 2),
        (
            "đàm phán với phía Mỹ ngày 10.1. Ảnh AFP",
            "ngày 10.1",
            10,
            1,
        ),
        ("tại Vienna ngày 13.1 (giờ địa phương)", "ngày 13.1", 13, 1),
        ("ở Brussels (ngày 12/1) và Vienna", "ngày 12/1", 12, 1),
        ("Vào hôm 26/1, Mỹ và NATO đã", "hôm 26/1", 26, 1),
        ("được khởi xướng từ hôm 10/1 tại Geneva", "hôm 10/1", 10, 1),
        ("ngày 1/3 là ngày", "ngày 1/3", 1, 3),
        ("đêm 23/2 và", "đêm 23/2", 23, 2),
        ("sáng sớm 24/2", "sáng sớm 24/2", 24, 2),
        ("NGÀY 12/1", "NGÀY 12/1", 12, 1),
        ("mùng 2/9", "mùng 2/9", 2, 9),
        ("ngày 29/2", "ngày 29/2", 29, 2),
    ];
    for (text, surface, d, m) in cases {
        assert_eq!(one(text), (surface, day(None, m, d)), "in {text:?}");
    }
}

#[test]
fn full_numeric_dates_need_no_cue() {
    let cases = [
        (
            "Sau đó, vào ngày 21/1/2022, tại Geneva",
            "ngày 21/1/2022",
            2022,
            1,
            21,
        ),
        ("Thỏa thuận ký 24.2.2022 ở", "24.2.2022", 2022, 2, 24),
        ("cập nhật 30/12/2021", "30/12/2021", 2021, 12, 30),
        ("12/01/2022, 18:05", "12/01/2022", 2022, 1, 12),
        ("13:55:44 15/11/2024", "15/11/2024", 2024, 11, 15),
        ("Thứ hai, 7/2/2022 - 14:30", "Thứ hai, 7/2/2022", 2022, 2, 7),
        ("Chủ nhật, 9/1/2022", "Chủ nhật, 9/1/2022", 2022, 1, 9),
        ("thứ 5 ngày 13/1/2022", "thứ 5 ngày 13/1/2022", 2022, 1, 13),
        ("ISO 2022-01-12 cũng được", "2022-01-12", 2022, 1, 12),
        ("bản tin 21-2-2022", "21-2-2022", 2022, 2, 21),
        ("ngày 29/2/2024", "ngày 29/2/2024", 2024, 2, 29),
    ];
    for (text, surface, y, m, d) in cases {
        assert_eq!(one(text), (surface, day(Some(y), m, d)), "in {text:?}");
    }
}

#[test]
fn spelled_out_dates() {
    assert_eq!(
        one("tổ chức vào ngày 10 tháng 1 ở cấp thứ trưởng"),
        ("ngày 10 tháng 1", day(None, 1, 10))
    );
    assert_eq!(
        one("ngày 10 tháng 1 năm 2022 tại Geneva"),
        ("ngày 10 tháng 1 năm 2022", day(Some(2022), 1, 10))
    );
    assert_eq!(
        found("tập trận từ ngày 10 đến 20/2 tại Belarus"),
        [("ngày 10", day(None, 2, 10)), ("20/2", day(None, 2, 20))]
    );
    assert_eq!(
        one("Cuộc họp ngày 12 tháng Một là chặng thứ hai"),
        ("ngày 12 tháng Một", day(None, 1, 12))
    );
    assert_eq!(
        one("ký ngày 2 tháng Mười hai năm 2021 ở Vienna"),
        ("ngày 2 tháng Mười hai năm 2021", day(Some(2021), 12, 2))
    );
    assert_eq!(
        one("Hôm 10 tháng 1/2022"),
        ("Hôm 10 tháng 1/2022", day(Some(2022), 1, 10))
    );
    assert_eq!(
        one("Hiệp ước ký 10 tháng 1 năm 2022."),
        ("10 tháng 1 năm 2022", day(Some(2022), 1, 10))
    );
}

#[test]
fn months_with_and_without_years() {
    let cases = [
        (
            "Tháng 12.2021, Nga công bố",
            "Tháng 12.2021",
            Some(2021),
            12,
        ),
        ("tháng 12.2021", "tháng 12.2021", Some(2021), 12),
        (
            "sáp nhập Crimea hồi tháng 3/2014 và",
            "tháng 3/2014",
            Some(2014),
            3,
        ),
        ("diễn ra vào tháng 6/2014.", "tháng 6/2014", Some(2014), 6),
        ("tháng 1 năm 2022", "tháng 1 năm 2022", Some(2022), 1),
        ("từ tháng 2, giá", "tháng 2", None, 2),
        ("số liệu 3/2014 cho thấy", "3/2014", Some(2014), 3),
    ];
    for (text, surface, y, m) in cases {
        assert_eq!(one(text), (surface, month(y, m)), "in {text:?}");
    }
}

#[test]
fn parts_of_months_and_years_keep_the_period_precision() {
    let (surface, expr) = one("đầu tháng 2, hai bên");
    assert_eq!((surface, expr), ("đầu tháng 2", month(None, 2)));
    let m = find_dates("giữa tháng 1/2022");
    assert_eq!(m[0].expr, month(Some(2022), 1));
    assert_eq!(m[0].part, Some(Part::Middle));
    let m = find_dates("Vào cuối năm 2021, Nga đã công bố");
    assert_eq!(m.len(), 1);
    assert_eq!(
        m[0].surface("Vào cuối năm 2021, Nga đã công bố"),
        "cuối năm 2021"
    );
    assert_eq!((m[0].expr, m[0].part), (year(2021), Some(Part::Late)));
    let m = find_dates("hạ tuần tháng 3");
    assert_eq!((m[0].expr, m[0].part), (month(None, 3), Some(Part::Late)));
    // "bắt đầu" is "to begin", not "the start of".
    let m = find_dates("bắt đầu năm 2022");
    assert_eq!(
        (m[0].surface("bắt đầu năm 2022"), m[0].part),
        ("năm 2022", None)
    );
}

#[test]
fn years_need_a_cue() {
    assert_eq!(one("áp đặt vào năm 2014, khi"), ("năm 2014", year(2014)));
    assert_eq!(
        one("được thành lập vào năm 2002 như"),
        ("năm 2002", year(2002))
    );
    assert_eq!(one("thượng đỉnh năm 2008 rằng"), ("năm 2008", year(2008)));
    assert_eq!(one("Năm 1997"), ("Năm 1997", year(1997)));
    assert_eq!(one("xung đột từ hồi 2014"), ("hồi 2014", year(2014)));
    assert_eq!(one("từ 2014 đến nay"), ("từ 2014", year(2014)));
    for text in [
        "2014",
        "Có 2014 người",
        "từ 2000 người",
        "từ 1950 đến 3000 USD",
        "năm 2020-2021",
        "giai đoạn 2020-2021",
        "năm 2500",
    ] {
        assert_eq!(found(text), [], "in {text:?}");
    }
}

#[test]
fn relative_dates() {
    let cases = [
        ("Cuộc gặp hôm nay đã không", "hôm nay", Relative::Today),
        ("Sáng nay, ông Lavrov", "Sáng nay", Relative::Today),
        ("ngày hôm nay", "ngày hôm nay", Relative::Today),
        ("Hôm qua, Nga tuyên bố", "Hôm qua", Relative::Yesterday),
        ("đêm qua", "đêm qua", Relative::Yesterday),
        ("sáng mai sẽ họp", "sáng mai", Relative::Tomorrow),
        ("hôm kia", "hôm kia", Relative::DaysAgo(2)),
        (
            "Tổng thống Putin hồi tháng trước.",
            "tháng trước",
            Relative::LastMonth,
        ),
        ("Tháng trước, Nga gửi", "Tháng trước", Relative::LastMonth),
        ("tháng này", "tháng này", Relative::ThisMonth),
        ("tháng tới", "tháng tới", Relative::NextMonth),
        ("tháng sau", "tháng sau", Relative::NextMonth),
        ("năm nay", "năm nay", Relative::ThisYear),
        ("năm ngoái", "năm ngoái", Relative::LastYear),
        ("năm trước, Nga", "năm trước", Relative::LastYear),
        ("năm tới", "năm tới", Relative::NextYear),
        ("năm sau", "năm sau", Relative::NextYear),
        ("tuần trước", "tuần trước", Relative::LastWeek),
        ("Tuần qua, hai bên", "Tuần qua", Relative::LastWeek),
        ("tuần tới", "tuần tới", Relative::NextWeek),
        ("tuần này", "tuần này", Relative::ThisWeek),
        ("2 năm trước, Nga", "2 năm trước", Relative::YearsAgo(2)),
        ("ba tháng trước", "ba tháng trước", Relative::MonthsAgo(3)),
        ("5 ngày trước.", "5 ngày trước", Relative::DaysAgo(5)),
        ("cách đây 3 tuần", "cách đây 3 tuần", Relative::WeeksAgo(3)),
        (
            "cách đây hơn 8 năm",
            "cách đây hơn 8 năm",
            Relative::YearsAgo(8),
        ),
    ];
    for (text, surface, r) in cases {
        assert_eq!(one(text), (surface, rel(r)), "in {text:?}");
    }
    let m = find_dates("cuối năm ngoái");
    assert_eq!(m[0].expr, rel(Relative::EndOfLastYear));
    assert_eq!((m[0].start, m[0].end), (0, "cuối năm ngoái".len()));
    let m = find_dates("đầu năm nay");
    assert_eq!(
        (m[0].expr, m[0].part),
        (rel(Relative::ThisYear), Some(Part::Early))
    );
}

#[test]
fn durations_and_before_are_not_relative_dates() {
    for text in [
        "trong 30 năm qua",
        "hơn 2 năm qua",
        "nhiều năm nay",
        "những tháng tới",
        "trong 2 năm",
        "một tháng sau",
        "hai năm trước khi Nga",
        "tháng trước đó",
        "ngày nay",
        "những ngày qua",
        "hiện nay",
        "vài năm trước",
        "3 tháng",
    ] {
        assert_eq!(found(text), [], "in {text:?}");
    }
}

#[test]
fn numbers_times_scores_and_codes_are_not_dates() {
    for text in [
        "18:05",
        "lúc 9h",
        "lúc 9h30",
        "lúc 14 giờ",
        "hơn 100.000 quân",
        "1.822 khách",
        "10%",
        "3.000 binh sĩ",
        "500 triệu USD",
        "tăng 2,5 lần",
        "thắng 3-1",
        "tỷ số 2-0",
        "máy bay Su-24",
        "nhóm G7",
        "COVID-19",
        "tiêm kích F-16",
        "gọi 0912.345.678",
        "0912-345-678",
        "1/3 dân số",
        "2/3 số phiếu",
        "Điều 5",
        "30 năm qua",
        "hơn 90 phút",
        "28 quốc gia",
        "số 12/1 đường Láng",
        "Nghị định 15/2020/NĐ-CP",
        "ngày 31/2",
        "ngày 32/1",
        "ngày 12/13",
        "ngày 29/2/2022",
        "Nhân ngày 220/11",
        "phục vụ 24/7",
        "phiên bản 1.2.3.4",
        "tỷ lệ 3/4",
        "0:00 / 0:00",
        "12/1a",
    ] {
        assert_eq!(found(text), [], "in {text:?}");
    }
}

#[test]
fn bare_day_month_with_a_slash_is_a_date() {
    assert_eq!(one("Lời chúc 20/11 đặc biệt"), ("20/11", day(None, 11, 20)));
    assert_eq!(one("12/1,"), ("12/1", day(None, 1, 12)));
    // A fraction-like pair after an occasion word is a holiday.
    assert_eq!(one("nghỉ dịp 2/9"), ("2/9", day(None, 9, 2)));
    // A dot or a hyphen needs a cue: "24.2" alone may be a decimal, "3-1" a score.
    assert_eq!(found("nhiệt độ 24.2 độ"), []);
}

#[test]
fn spans_of_days_give_their_first_day() {
    assert_eq!(one("từ ngày 10-12/1"), ("ngày 10-12/1", day(None, 1, 10)));
    assert_eq!(one("ngày 12/1-13/1"), ("ngày 12/1-13/1", day(None, 1, 12)));
    assert_eq!(found("ngày 12-10/1"), []);
}

#[test]
fn several_dates_in_order_with_multibyte_offsets() {
    let text = "Đàm phán Nga-Mỹ tại Geneva (Thụy Sĩ) ngày 10.1 và Brussels (Bỉ) ngày 12.1 không mang lại kết quả; Tháng 12.2021, Nga công bố dự thảo.";
    let m = find_dates(text);
    let surfaces: Vec<&str> = m.iter().map(|d| d.surface(text)).collect();
    assert_eq!(surfaces, ["ngày 10.1", "ngày 12.1", "Tháng 12.2021"]);
    assert_eq!(m[0].start, text.find("ngày 10.1").unwrap());
    assert_eq!(m[2].end, text.find(", Nga công").unwrap());
    assert!(m.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn dates_at_the_start_and_end_of_text() {
    let text = "12/1: họp ở Brussels, rồi ở Vienna hôm 13/1";
    let m = find_dates(text);
    assert_eq!(m.len(), 2);
    assert_eq!((m[0].start, m[0].end), (0, 4));
    assert_eq!(m[1].end, text.len());
    assert_eq!(m[1].surface(text), "hôm 13/1");
}

#[test]
fn decomposed_text_matches_like_composed() {
    // "Chiều" and "tháng" with combining marks, as macOS writes them.
    let nfd = "Chie\u{302}\u{300}u 12/1 va\u{300} tha\u{301}ng 3/2014";
    let m = find_dates(nfd);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].start, 0);
    assert_eq!(m[0].expr, day(None, 1, 12));
    assert_eq!(m[1].surface(nfd), "tha\u{301}ng 3/2014");
}

#[test]
fn mention_precision() {
    assert_eq!(day(None, 1, 12).precision(), Precision::Day);
    assert_eq!(month(Some(2014), 3).precision(), Precision::Month);
    assert_eq!(year(2014).precision(), Precision::Year);
    assert_eq!(rel(Relative::LastMonth).precision(), Precision::Month);
    assert_eq!(rel(Relative::Yesterday).precision(), Precision::Day);
}

/// A corpus paragraph with every kind of number in it.
#[test]
fn corpus_paragraph() {
    let text = "Theo NATO, Nga đã điều hơn 100.000 quân tới gần biên giới. Cuộc họp của Hội đồng NATO-Nga ngày 12/1 là lần đầu tiên trong hơn 2 năm qua, kể từ khi Nga sáp nhập Crimea hồi tháng 3/2014. Hôm qua, ông Putin nói sẽ đáp trả.";
    let got: Vec<&str> = found(text).into_iter().map(|(s, _)| s).collect();
    assert_eq!(got, ["ngày 12/1", "tháng 3/2014", "Hôm qua"]);
}

proptest! {
    #[test]
    fn find_dates_returns_ordered_ranges_on_char_boundaries(s in any::<String>()) {
        check_mentions(&s)?;
    }

    #[test]
    fn find_dates_survives_date_like_noise(
        s in "[0-9 /.:,\\-ngàyhôm thángnăm cuối trước quaĐđ\u{300}\u{301}]{0,60}"
    ) {
        check_mentions(&s)?;
    }
}

fn check_mentions(s: &str) -> Result<(), TestCaseError> {
    let m = find_dates(s);
    let mut last = 0;
    for d in &m {
        prop_assert!(d.start < d.end && d.end <= s.len());
        prop_assert!(s.is_char_boundary(d.start) && s.is_char_boundary(d.end));
        prop_assert!(d.start >= last, "overlap or disorder in {m:?}");
        last = d.end;
    }
    Ok(())
}
