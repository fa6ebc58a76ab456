//! The cleaner's thresholds, in one place: for a line judged on its own (`classify`), for a
//! stamp (`stamp`), for what a page says about itself (`meta`). Each is named for the rule
//! it bounds, with a line it was measured on. The values were set on the fixtures; a change
//! shows in `tests/articles.rs`. (The segmenter's run lengths are still in `segment.rs`.)

/// A list header or a comment count is at most this many words ("Tin liên quan", "BÌNH
/// LUẬN (24)").
pub const LIST_HEADER_MAX_WORDS: usize = 8;

/// A page's counter ("1.246 lượt xem", "12 lượt thích 3 lượt xem") is this short.
pub const VIEW_COUNT_MAX_WORDS: usize = 8;

/// A line holding a prompt to the reader ("… xin hãy đợi 60 giây") is furniture up to this
/// many words; a longer one is text that happens to hold the phrase.
pub const PROMPT_LINE_MAX_WORDS: usize = 25;

/// A line that is no sentence, of at most this many words, opening with a widget word, is a
/// widget ("Video đang HOT") …
pub const WIDGET_LINE_MAX_WORDS: usize = 6;
/// … and of at most this many, holding one anywhere ("Theo dõi VGT trên").
pub const WIDGET_WORD_ANYWHERE_MAX_WORDS: usize = 3;

/// A line of this many words or more, up to [`WIDGET_ROW_MAX_WORDS`], not a sentence, …
pub const WIDGET_ROW_MIN_WORDS: usize = 4;
/// … (at most this many) …
pub const WIDGET_ROW_MAX_WORDS: usize = 16;
/// … of which widget words cover this share or more, is a row of widgets ("Chia sẻ Facebook
/// Zalo In bài Cỡ chữ A- A+").
pub const WIDGET_ROW_SHARE: f32 = 0.6;

/// A sentence of at most this many words that is no name is an answer on a form ("Có;",
/// "Không."), not text.
pub const TERSE_LINE_MAX_WORDS: usize = 2;

/// A breadcrumb is at most this many words ("Trang chủ > Thế giới > Quân sự") …
pub const BREADCRUMB_MAX_WORDS: usize = 16;
/// … each of its parts at most this many.
pub const BREADCRUMB_PART_MAX_WORDS: usize = 4;

/// A line of items pasted with this many wide gaps or more is a menu …
pub const MENU_MIN_GAPS: usize = 2;
/// … up to this many words.
pub const MENU_GAPPED_MAX_WORDS: usize = 60;
/// A row of section names without gaps has at least this many words …
pub const MENU_MIN_WORDS: usize = 8;
/// … and this share of them capitalised, or more ("Thời sự Thế giới Kinh doanh Giải trí
/// Thể thao Pháp luật Giáo dục Sức khỏe").
pub const MENU_CAPITAL_SHARE: f32 = 0.4;

/// The credit under an embedded post is at most this many words ("— Mariusz Błaszczak
/// (@mblaszczak) February 2, 2022").
pub const EMBED_CREDIT_MAX_WORDS: usize = 12;

/// A footer owner line is at most this many words ("Báo Công Thương - Cơ quan của Bộ Công
/// Thương") …
pub const OWNER_LINE_MAX_WORDS: usize = 30;
/// … its "- Cơ quan" within this many bytes of the start …
pub const OWNER_HEAD_BYTES: usize = 80;
/// … after a name of at most this many words.
pub const OWNER_NAME_MAX_WORDS: usize = 6;

/// A bare link is at most this many words ("https://vnexpress.net/…").
pub const LINK_MAX_WORDS: usize = 4;

/// A caption's credit is looked for in this many last bytes of the line ("… Ảnh: Tass") …
pub const CREDIT_TAIL_BYTES: usize = 90;
/// … and is at most this many words ("Ảnh: Reuters/TTXVN") …
pub const CREDIT_MAX_WORDS: usize = 6;
/// … with a lower-case qualifier of at most this many words before its colon ("Ảnh tư liệu:
/// AFP", "Ảnh chụp màn hình: X") …
pub const CREDIT_QUALIFIER_MAX_WORDS: usize = 3;
/// … after a caption of at least this many characters ("Binh sĩ Ukraine … Donetsk.").
pub const CAPTION_MIN_CHARS: usize = 8;

/// A caption ending in a bare agency credit ("… vùng Donetsk. (AFP)") is at most this many
/// words; a longer paragraph so ending is text credited to a wire.
pub const AGENCY_CAPTION_MAX_WORDS: usize = 35;

/// A stamp line is at most this many words ("Thứ hai, 7/2/2022, 23:40 (GMT+7)") …
pub const STAMP_MAX_WORDS: usize = 14;
/// … and this many bytes.
pub const STAMP_MAX_BYTES: usize = 120;
/// A line of parts set apart by bars or bullets, one a stamp ("Thanh Hà | 10/02/2022"), is at
/// most this many words …
pub const STAMP_ROW_MAX_WORDS: usize = 16;
/// … and each part that is no stamp at most this many ("Tài chính quốc tế").
pub const STAMP_ROW_PART_MAX_WORDS: usize = 5;

/// An outlet before a lead ("ANTD.VN - ", "(Dân trí) - ") is at most this many bytes …
pub const LEAD_OUTLET_MAX_BYTES: usize = 40;
/// … its dash looked for in this many first bytes of the lead …
pub const LEAD_OUTLET_WINDOW_BYTES: usize = 48;
/// … and the lead after it at least this many words.
pub const LEAD_AFTER_OUTLET_MIN_WORDS: usize = 3;
/// An outlet in parentheses before a lead ("(NLĐO) – ") is at most this many words.
pub const LEAD_OUTLET_MAX_WORDS: usize = 4;

/// A title made up from the lead's first sentence is the whole sentence up to this many
/// words …
pub const INFERRED_TITLE_MAX_WORDS: usize = 14;
/// … else its first this many words (and the rest of a name they stop in), and "…".
pub const INFERRED_TITLE_CUT_WORDS: usize = 12;

/// A line of an official document's signature block ("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "(Đã
/// ký)", the signer's name) holds at most this many words.
pub const SIGNATURE_LINE_MAX_WORDS: usize = 8;

/// A text dump wrapped at a fixed width (`lynx -dump`, `w3m -dump`, a mail body): the
/// width is at most this many characters …
pub const HARD_WRAP_MAX_WIDTH: usize = 100;
/// … and at least this many …
pub const HARD_WRAP_MIN_WIDTH: usize = 60;
/// … at least this many lines, each stopping mid-sentence and followed by another line
/// of its paragraph, reach
/// within `HARD_WRAP_SLACK` characters of it …
pub const HARD_WRAP_MIN_LINES: usize = 8;
pub const HARD_WRAP_SLACK: usize = 16;
/// … and at most this share of the lines is longer than it.
pub const HARD_WRAP_MAX_LONGER: f32 = 0.05;
/// A text dump with at least this many link numbers glued to their link's text ("[52]Bộ
/// Ngoại giao", as `lynx -dump` writes them) has them taken out.
pub const LINK_NUMBERS_MIN: usize = 5;
