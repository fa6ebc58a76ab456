//! The line cleaner's rules by name: what `dossier explain` prints beside a dropped line,
//! what the fixture oracle names when a line is lost, and the table a test checks against
//! the fixtures (every rule drops some line there; every dropped line names a rule here).
//! The saved-page reader's block rules are the `[furniture]` tables of `assets/page.toml`.

/// One rule of the line cleaner.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub name: &'static str,
    /// What it drops, with an example.
    pub drops: &'static str,
}

/// Every rule that drops a line, by the order a line meets them: the line's own shape
/// first (`classify`), then its place in the page (`segment`), then the article drafts.
pub const RULES: &[Rule] = &[
    // A line's own shape (src/clean/classify.rs).
    Rule { name: "timestamp", drops: "a date stamp that is not the article's dateline (\"10:20 12/1/2022\" in a teaser list)" },
    Rule { name: "list-header", drops: "the header of a list of other pages (\"Tin liên quan\", \"428 bình luận\")" },
    Rule { name: "image-placeholder", drops: "a picture's placeholder or alt text (\"Ảnh minh họa\", \"[Ảnh: …]\")" },
    Rule { name: "widget-phrase", drops: "a line opening with, or a short line holding, a widget phrase of assets/boilerplate.toml (\"Đăng nhập để bình luận\")" },
    Rule { name: "view-count", drops: "a counter beside the headline, numbers and counter words only (\"1.246 lượt xem\")" },
    Rule { name: "no-words", drops: "a line of no words (\"***\", \"|\")" },
    Rule { name: "footnote", drops: "a footnote mark or reference line (\"[1] Xem …\")" },
    Rule { name: "embed-credit", drops: "the credit line of an embedded post or video (\"— Reuters (@Reuters) 12/1/2022\")" },
    Rule { name: "breadcrumb", drops: "a trail of sections (\"Trang chủ > Thế giới > Quân sự\")" },
    Rule { name: "link", drops: "a bare web address" },
    Rule { name: "menu", drops: "a row of section names (\"Thời sự Thế giới Kinh doanh Giải trí\")" },
    Rule { name: "owner-line", drops: "the outlet's owner and licence line (\"Cơ quan chủ quản: …\")" },
    Rule { name: "widget-word", drops: "a short line of widget words (\"Chia sẻ\", \"In bài\")" },
    Rule { name: "widget-row", drops: "a row mostly of widget words (\"Chia sẻ Facebook Zalo In bài Cỡ chữ A- A+\")" },
    Rule { name: "caption-credit", drops: "a caption with a credit where captions are not kept (\"… Ảnh: AFP\")" },
    Rule { name: "list-entry", drops: "an entry of a list of other pages" },
    Rule { name: "poll-answer", drops: "a one- or two-word answer of a poll (\"Có;\", \"Không.\")" },
    // A line's place in the page (src/clean/segment.rs).
    Rule { name: "before-headline", drops: "text above the headline (menus, a masthead, notices)" },
    Rule { name: "not-article-text", drops: "text inside the article the line shapes around it mark as furniture (a teaser among related links)" },
    Rule { name: "after-body", drops: "text after the article's end (related news, comments, the footer)" },
    Rule { name: "furniture-seen-before", drops: "a line printed before as furniture, seen again" },
    Rule { name: "embedded-post", drops: "the text of an embedded social post" },
    Rule { name: "alt-text-above-caption", drops: "a picture's alt text printed right above its caption" },
    Rule { name: "picture-title", drops: "the title of a picture or video above its caption" },
    Rule { name: "repeated-paragraph", drops: "a paragraph the article already holds" },
    Rule { name: "before-any-article", drops: "a line before the first article of a page, when no article kept it" },
    Rule { name: "between-articles", drops: "a line between two articles that neither kept" },
    // The article drafts (src/clean/drafts.rs).
    Rule { name: "stray-notice", drops: "a notice standing before the first headline" },
    Rule { name: "pull-quote", drops: "a pull quote repeating a sentence of the body" },
];

/// The rule named `name`.
pub fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name == name)
}
