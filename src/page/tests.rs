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
