//! Pages read end to end: format sniffing, charsets, blocks, metadata.

use super::*;

#[test]
fn the_bundled_page_rules_parse() {
    let rules = PageRules::from_toml(include_str!("../../assets/page.toml"));
    assert!(rules.is_ok(), "{:?}", rules.err());
}

#[test]
fn pages_are_told_by_content_not_by_name() {
    assert_eq!(sniff(b"<!DOCTYPE html><html><head>"), Format::Html);
    assert_eq!(sniff(b"\xef\xbb\xbf\n  <html lang=\"vi\">"), Format::Html);
    assert_eq!(
        sniff(b"<!-- saved from url=(0042)https://vnexpress.net/ -->\n<html>"),
        Format::Html
    );
    assert_eq!(
        sniff(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://tuoitre.vn/a.htm\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n"),
        Format::Mhtml
    );
    assert_eq!(
        sniff("Nga và NATO họp ở Brussels\n\nMột đoạn nói về thẻ <html> trong bài.".as_bytes()),
        Format::Text
    );
    assert_eq!(sniff(b"Ti\xeau \xf0e\xcc\x80"), Format::Text);
}

#[test]
fn a_declared_charset_is_used_and_a_bogus_one_ignored() {
    let page = |decl: &str, body: &[u8]| {
        let mut b = format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={decl}\"></head><body><p>").into_bytes();
        b.extend_from_slice(body);
        b.extend_from_slice(b"</p></body></html>");
        b
    };
    // "Việt" in Windows-1258: V i e + 0xEA? — "ê" is 0xEA, the dot below a combining 0xF2.
    let cp1258 = page("windows-1258", b"Vi\xea\xf2t Nam");
    let p = read_html(&cp1258, None).unwrap();
    assert!(p.text.contains("Việt Nam"), "{:?}", p.text);
    let bogus = page("x-no-such-charset", "Việt Nam".as_bytes());
    assert!(read_html(&bogus, None).unwrap().text.contains("Việt Nam"));
}

#[test]
fn a_home_page_is_an_index_and_an_article_page_is_not() {
    let teaser = |i: usize| {
        format!("<div class=\"item\"><h3><a href=\"/a{i}.htm\">Tin thời sự số {i} về cuộc khủng hoảng an ninh châu Âu</a></h3><p>Một câu tóm tắt ngắn.</p></div>")
    };
    let home: String = format!(
        "<html><body>{}</body></html>",
        (0..30).map(teaser).collect::<String>()
    );
    let p = read_html(home.as_bytes(), None).unwrap();
    assert_eq!(p.meta.index_headlines, Some(30));
    let body = "<p>Tổng thư ký NATO Jens Stoltenberg nói liên minh và Nga còn những khác biệt đáng kể sau cuộc họp kéo dài bốn giờ tại Brussels ngày 12/1, song hai bên vẫn muốn đối thoại tiếp.</p>".repeat(6);
    let article = format!("<html><body><h1>NATO và Nga họp tại Brussels</h1><div class=\"content\">{body}</div>{}</body></html>", (0..30).map(teaser).collect::<String>());
    assert_eq!(
        read_html(article.as_bytes(), None)
            .unwrap()
            .meta
            .index_headlines,
        None
    );
}

#[test]
fn furniture_is_left_out_with_its_rule_and_the_article_body_is_kept() {
    let html = r#"<html><body>
      <nav><a href="/">Trang chủ</a><a href="/tg">Thế giới</a></nav>
      <div class="box-share">Chia sẻ Facebook Zalo</div>
      <div class="detail-content has-comment-box"><h1>NATO và Nga họp tại Brussels sau hai năm</h1>
        <p>Tổng thư ký NATO Jens Stoltenberg nói liên minh và Nga còn khác biệt.</p>
        <figure><img data-src="a.jpg"><figcaption>Ông Stoltenberg tại Brussels. Ảnh: Reuters</figcaption></figure>
        <h2>Bước tiếp theo</h2>
        <p>Hai bên hẹn gặp lại.</p>
      </div>
      <div class="comment-list"><p>Bạn đọc A: bài hay.</p></div>
      <script>var x = "<p>không phải văn bản</p>";</script>
    </body></html>"#;
    let p = read_html(html.as_bytes(), None).unwrap();
    assert!(p.text.contains("Tổng thư ký NATO"), "{}", p.text);
    assert!(p.text.contains("Hai bên hẹn gặp lại."));
    assert!(!p.text.contains("không phải văn bản"));
    assert!(!p.text.contains("Chia sẻ"));
    assert!(!p.text.contains("bài hay"));
    let rules: Vec<&str> = p.meta.dropped.iter().map(|d| d.rule).collect();
    assert!(
        rules.contains(&"page-navigation")
            && rules.contains(&"share-bar")
            && rules.contains(&"comments"),
        "{rules:?}"
    );
    assert_eq!(
        p.meta.captions,
        vec!["Ông Stoltenberg tại Brussels. Ảnh: Reuters".to_string()]
    );
    assert_eq!(p.meta.headings, vec!["Bước tiếp theo".to_string()]);
    assert_eq!(
        p.meta.h1,
        vec!["NATO và Nga họp tại Brussels sau hai năm".to_string()]
    );
}

#[test]
fn metadata_titles_lose_the_site_suffix() {
    assert_eq!(
        meta::strip_site_suffix(
            "Nga và NATO họp tại Brussels - VnExpress",
            Some("VnExpress")
        ),
        "Nga và NATO họp tại Brussels"
    );
    assert_eq!(
        meta::strip_site_suffix("Nga và NATO họp tại Brussels | Báo Dân trí", None),
        "Nga và NATO họp tại Brussels"
    );
    assert_eq!(
        meta::strip_site_suffix("Nga - Mỹ đàm phán", None),
        "Nga - Mỹ đàm phán",
        "a dash inside a short headline is the headline's"
    );
}

#[test]
fn an_archived_copy_stands_for_its_original_address() {
    use super::meta::unarchived;
    let original = "https://www.qdnd.vn/quoc-te/dam-phan-684512";
    assert_eq!(
        unarchived("https://web.archive.org/web/20220114093512/https://www.qdnd.vn/quoc-te/dam-phan-684512"),
        original
    );
    assert_eq!(
        unarchived("/web/20220114093512id_/https://www.qdnd.vn/quoc-te/dam-phan-684512"),
        original
    );
    // Not an archive's address: itself.
    assert_eq!(
        unarchived("https://example.vn/web/tin-tuc-1.html"),
        "https://example.vn/web/tin-tuc-1.html"
    );
}

#[test]
fn a_copy_an_archive_keeps_stands_for_the_address_it_was_saved_from() {
    use super::meta::unarchived;
    let original = "https://baothanhhoa.vn/quoc-te/hoi-dong-nga-nato-157842.htm";
    assert_eq!(
        unarchived("https://archive.ph/2022.01.12-160211/https://baothanhhoa.vn/quoc-te/hoi-dong-nga-nato-157842.htm"),
        original
    );
    // archive.today's own address, its name and its capture time are none of the article's:
    // the toolbar's "Saved from" gives the address, the links it rewrote give it away.
    let links =
        "<a href=\"https://archive.ph/o/Qx7Rm/https://baothanhhoa.vn/muc/\">Mục</a>".repeat(4);
    let html = format!(
        r#"<html><head><link rel="canonical" href="https://archive.ph/Qx7Rm"/>
        <meta property="og:site_name" content="archive.ph"/>
        <meta property="article:published_time" content="2022-01-14T16:02:11Z"/></head><body>
        <div id="HEADER"><a href="https://archive.ph/">archive.today</a> Saved from
        <input type="text" name="q" value="{original}"/></div>
        {links}<h1>Hội đồng Nga - NATO họp lần đầu sau hơn 2 năm</h1></body></html>"#
    );
    let p = read_html(html.as_bytes(), None).unwrap();
    assert_eq!(p.meta.url.as_deref(), Some(original));
    assert_eq!(p.meta.host.as_deref(), Some("baothanhhoa.vn"));
    assert_eq!(p.meta.site, None);
    assert_eq!(p.meta.date, None);
    // The Wayback Machine's copy names the original in its own address and keeps its head:
    // the article's time stamp stands.
    let wayback = links.replace(
        "https://archive.ph/o/Qx7Rm/",
        "https://web.archive.org/web/20220114id_/",
    );
    let html = format!(
        r#"<html><head><link rel="canonical" href="https://web.archive.org/web/20220114093512/{original}"/>
        <meta property="article:published_time" content="2022-01-12T22:05:00+07:00"/></head><body>
        {wayback}<h1>Hội đồng Nga - NATO họp lần đầu sau hơn 2 năm</h1></body></html>"#
    );
    let p = read_html(html.as_bytes(), None).unwrap();
    assert_eq!(p.meta.url.as_deref(), Some(original));
    assert_eq!(
        p.meta.date.map(|(d, _)| d.to_string()).as_deref(),
        Some("2022-01-12")
    );
    // A page of a site that links to its own pages is no archive's copy.
    let own = r#"<html><head><link rel="canonical" href="https://baothanhhoa.vn/a-1.htm"/></head>
        <body><a href="https://baothanhhoa.vn/b-2.htm">B</a><h1>Tin thời sự hôm nay ở Thanh Hóa</h1></body></html>"#;
    let p = read_html(own.as_bytes(), None).unwrap();
    assert_eq!(
        p.meta.url.as_deref(),
        Some("https://baothanhhoa.vn/a-1.htm")
    );
}

#[test]
fn a_reader_view_page_comes_from_the_address_its_domain_link_names() {
    let html = r#"<html><head><title>Đàm phán Nga - Ukraine tại Istanbul</title></head><body>
        <div class="reader-header"><a class="domain reader-domain" href="https://baobinhduong.vn/dam-phan-a265417.html">baobinhduong.vn</a>
        <h1 class="reader-title">Đàm phán Nga - Ukraine tại Istanbul</h1></div>
        <p>Vòng đàm phán trực tiếp giữa phái đoàn Nga và Ukraine, xem thêm <a href="https://tass.com/world/1428">tass.com</a>.</p></body></html>"#;
    let p = read_html(html.as_bytes(), None).unwrap();
    assert_eq!(
        p.meta.url.as_deref(),
        Some("https://baobinhduong.vn/dam-phan-a265417.html")
    );
    assert_eq!(p.meta.host.as_deref(), Some("baobinhduong.vn"));
    // A domain link under the headline (a source cited in the body) gives no address.
    let cited = r#"<html><body><h1>Đàm phán Nga - Ukraine tại Istanbul</h1>
        <p>Theo <a href="https://tass.com/world/1428">tass.com</a>, hai bên đã gặp nhau.</p></body></html>"#;
    assert_eq!(read_html(cited.as_bytes(), None).unwrap().meta.url, None);
}

#[test]
fn a_title_that_is_only_a_date_is_no_headline() {
    let html = r"<html><head><title>Thứ Hai, 07/03/2022 09:15</title></head><body>
        <p><b>Du lịch Khánh Hòa mất nguồn khách Nga</b></p></body></html>";
    let p = read_html(html.as_bytes(), None).unwrap();
    assert!(p.meta.titles.is_empty(), "{:?}", p.meta.titles);
    let html =
        r"<html><head><title>Nga và NATO họp ngày 12/1/2022</title></head><body></body></html>";
    let p = read_html(html.as_bytes(), None).unwrap();
    assert_eq!(
        p.meta.titles,
        vec!["Nga và NATO họp ngày 12/1/2022".to_string()]
    );
}

#[test]
fn a_push_prompt_a_subscription_box_and_a_link_card_are_furniture() {
    let html = r#"<html><body>
      <div id="onesignal-slidedown-container" class="onesignal-slidedown-container"><div class="slidedown-body-message">Báo muốn gửi cho bạn thông báo về tin tức mới nhất. Bạn có thể hủy bất cứ lúc nào.</div></div>
      <article class="detail-content"><h1>Nga bị loại khỏi SWIFT: doanh nghiệp lo ngại</h1>
        <p>Quyết định loại một số ngân hàng Nga khỏi SWIFT khiến doanh nghiệp lo ngại.</p>
        <div class="box-english-edition"><a href="https://en.example.vn/exporters-fret.htm"><span>English edition</span><span>EN</span><p>Vietnamese exporters fret over payments</p><p>Seafood firms ask their banks which channels remain open.</p></a></div>
        <p>Hiệp hội khuyến cáo hội viên thận trọng khi ký hợp đồng mới.</p>
        <div class="detail__subscribe"><p>Đọc toàn văn Tạp chí số 9-2022 phát hành ngày 28/2/2022 tại đây.</p><a href="/tap-chi">Xem ngay</a></div>
      </article></body></html>"#;
    let p = read_html(html.as_bytes(), None).unwrap();
    for gone in [
        "hủy bất cứ lúc nào",
        "English edition",
        "Seafood firms",
        "Đọc toàn văn",
    ] {
        assert!(!p.text.contains(gone), "{gone}: {}", p.text);
    }
    assert!(p.text.contains("Hiệp hội khuyến cáo"));
    let rules: Vec<&str> = p.meta.dropped.iter().map(|d| d.rule).collect();
    assert_eq!(
        rules,
        ["subscribe-prompt", "link-card", "subscribe-prompt"],
        "{:?}",
        p.meta.dropped
    );
}

#[test]
fn an_article_quoted_in_a_forum_post_keeps_its_own_headline_and_outlet() {
    let html = r#"<html><head><meta property="og:site_name" content="VOZ"/>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Nga chính thức tấn công Ukraine","author":{"@type":"Person","name":"gautruc_2k"}}</script>
      </head><body><h1>Nga chính thức tấn công Ukraine</h1></body></html>"#;
    let meta = read_html(html.as_bytes(), None).unwrap().meta;
    assert!(meta.is_discussion);
    let text = "Tổng thống Nga Putin tuyên bố tiến hành chiến dịch quân sự đặc biệt ở Donbass\n\n\
        TPO - Tổng thống Nga Vladimir Putin sáng 24/2 tuyên bố quyết định tiến hành một chiến dịch quân sự đặc biệt nhằm bảo vệ người dân ở vùng Donbass.\n\n\
        Ngay sau bài phát biểu, truyền thông quốc tế đưa tin về các vụ nổ được ghi nhận tại nhiều thành phố của Ukraine, trong đó có thủ đô Kiev.\n\n\
        Tổng thống Ukraine Volodymyr Zelensky đã ký sắc lệnh ban bố tình trạng thiết quân luật trên toàn lãnh thổ.\n";
    let mut articles = crate::clean::clean_file("voz.html", text);
    apply::apply(&meta, &mut articles, &[]);
    let a = &articles[0];
    assert_eq!(
        a.title,
        "Tổng thống Nga Putin tuyên bố tiến hành chiến dịch quân sự đặc biệt ở Donbass"
    );
    assert_eq!(a.source.as_deref(), Some("Tiền Phong"));
}

#[test]
fn a_caches_banner_above_its_copy_of_a_page_is_furniture() {
    let copy = r#"<html><head><base href="https://baomoi.example/a.html"></head><body>
      <div id="hdr"><div>Đây là bộ nhớ đệm của trang. Đây là ảnh chụp nhanh của trang.</div>
        <div>Phiên bản đầy đủ Phiên bản chỉ có văn bản Xem nguồn</div></div>
      <div><!DOCTYPE html><html lang="vi"><head><title>NATO và Nga họp</title></head>
        <body><h1>NATO và Nga họp tại Brussels</h1>
        <p>Tổng thư ký NATO Jens Stoltenberg nói liên minh và Nga còn khác biệt.</p></body></html></div>
    </body></html>"#;
    let p = read_html(copy.as_bytes(), None).unwrap();
    assert!(!p.text.contains("bộ nhớ đệm"), "{}", p.text);
    assert!(!p.text.contains("Xem nguồn"), "{}", p.text);
    assert!(p.text.contains("Tổng thư ký NATO"), "{}", p.text);
    assert!(p.meta.dropped.iter().any(|d| d.rule == "cache-banner"));
    // A page with a <base> but no document inside its body keeps its first blocks.
    let plain = r#"<html><head><base href="https://x.example/"><title>T</title></head><body>
      <div>Đây là đoạn mở đầu của bài viết về cuộc họp.</div>
      <div><p>Tổng thư ký NATO Jens Stoltenberg nói liên minh và Nga còn khác biệt.</p></div>
    </body></html>"#;
    let p = read_html(plain.as_bytes(), None).unwrap();
    assert!(p.text.contains("Đây là đoạn mở đầu"), "{}", p.text);
    assert!(!p.meta.dropped.iter().any(|d| d.rule == "cache-banner"));
}
