//! The known-phrase data of `assets/boilerplate.toml`, folded once for matching.

use crate::lexicon::WordSet;
use crate::text::fold;
use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
use std::sync::OnceLock;

/// Known furniture phrases, folded (no case, no diacritics).
#[derive(Debug, Default)]
pub struct Phrases {
    /// Each widget phrase as its folded words.
    widget_words: Vec<Vec<String>>,
    list_headers: WordSet,
    /// Folded words that may open a list header ("bai viet" of "Bài viết cùng chuyên mục").
    list_header_heads: Vec<String>,
    /// Line openings, in one automaton anchored at the start.
    prefixes: Option<AhoCorasick>,
    /// Phrases found anywhere in a line, in one automaton.
    contains: Option<AhoCorasick>,
    dateline_words: WordSet,
    /// Folded words marking a lunar-calendar note ("am lich").
    lunar_notes: Vec<String>,
    function_words: WordSet,
    /// Outlet names as written, longest first, with their folded forms.
    pub outlets: Vec<(String, String)>,
    /// The folded outlet names in one automaton (pattern i = `outlets[i]`).
    outlet_matcher: Option<AhoCorasick>,
    agencies: WordSet,
    /// Outlet names folded, without spaces or marks ("kinhtedothi"), to their spelling.
    squashed: std::collections::HashMap<String, String>,
    /// Whole lines that stand for a picture ("img", "anh minh hoa").
    placeholder_lines: WordSet,
    /// Openings of a bracketed picture's alt text ("[Ảnh: …]"), folded.
    placeholder_bracketed: Vec<String>,
    /// The word before a picture's number ("- Hình 1").
    picture_numbers: WordSet,
    /// Phrases of a comment count ("binh luan"), folded.
    comment_counts: Vec<String>,
    /// The other words a comment count may hold.
    comment_count_words: WordSet,
    /// Words of a counter beside its number ("luot", "xem", "views").
    counter_words: WordSet,
    /// Picture credit words as written ("Ảnh", "NGUỒN"), and the first letters they start with.
    credit_words: Vec<String>,
    credit_initials: Vec<char>,
    /// The first UTF-8 bytes of those letters, as a bit set: a one-load test per character
    /// of a caption's tail, as quick as the `matches!` of letters it replaced.
    credit_first_bytes: [u64; 4],
    /// "ts", "pgs": academic titles, lower case.
    academic_titles: WordSet,
    /// "tạp chí", "truyền hình": a byline holding one is a masthead (lower case).
    pub masthead_words: Vec<String>,
    /// "tm.", "kt.": openings of an official signature block (lower case).
    pub signs_for: Vec<String>,
    /// "đã ký": the mark of a signature, bracketed under the signer's title (lower case).
    pub signed_marks: Vec<String>,
    /// The syllables of a byline's label ("bai", "anh"), and those that name a writer.
    pub byline_label_words: WordSet,
    pub byline_writer_words: WordSet,
    /// What a writer did, as written, each with a space before it (" tổng hợp").
    pub byline_work: Vec<String>,
    /// "-", "&", "và": between two names of a byline, as written.
    pub byline_joiners: WordSet,
    /// "doc", "xem": openings of "Đọc … trên <outlet>".
    pub read_on_words: WordSet,
    /// "©", "copyright", "quyen": folded marks of a copyright notice.
    pub copyright_marks: WordSet,
    /// Folded words of a copyright notice before the holder.
    pub copyright_words: WordSet,
    /// Folded endings of an outlet's name that are not part of it, in the order tried.
    pub outlet_suffixes: Vec<String>,
    /// Folded openings of an origin credit ("nguon:").
    pub origin_credits: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Raw {
    widget_words: Vec<String>,
    list_headers: Vec<String>,
    list_header_heads: Vec<String>,
    prefixes: Vec<String>,
    contains: Vec<String>,
    dateline_words: Vec<String>,
    lunar_notes: Vec<String>,
    function_words: Vec<String>,
    furniture_outlet_names: Vec<String>,
    agencies: Vec<String>,
    placeholder_lines: Vec<String>,
    placeholder_bracketed: Vec<String>,
    picture_numbers: Vec<String>,
    comment_counts: Vec<String>,
    comment_count_words: Vec<String>,
    counter_words: Vec<String>,
    credit_words: Vec<String>,
    academic_titles: Vec<String>,
    masthead_words: Vec<String>,
    signs_for: Vec<String>,
    signed_marks: Vec<String>,
    byline_label_words: Vec<String>,
    byline_writer_words: Vec<String>,
    byline_work: Vec<String>,
    byline_joiners: Vec<String>,
    read_on_words: Vec<String>,
    copyright_marks: Vec<String>,
    copyright_words: Vec<String>,
    outlet_suffixes: Vec<String>,
    origin_credits: Vec<String>,
    /// Read by the unit test of `classify`.
    #[serde(default, rename = "examples")]
    _examples: Option<toml::Value>,
}

impl Phrases {
    pub fn from_toml(s: &str) -> Result<Self, String> {
        let raw: Raw = toml::from_str(s).map_err(|e| e.to_string())?;
        let f = |v: Vec<String>| v.iter().map(|s| fold(s)).collect::<Vec<_>>();
        let set = |v: Vec<String>| WordSet::folded(&v);
        // The outlet table's names and short forms, and the bare names a page's furniture
        // may print that the table keeps out of its short forms as ordinary words.
        // A widget's word is not the page naming itself: "Zalo" in "Chia sẻ Facebook Zalo".
        let widget_words: Vec<String> = f(raw.widget_words);
        let mut outlets: Vec<(String, String)> = crate::outlets::Outlets::bundled()
            .written_forms()
            .iter()
            .chain(&raw.furniture_outlet_names)
            .map(|o| (o.clone(), fold(o)))
            .filter(|(_, f)| !widget_words.contains(f))
            .collect();
        outlets.sort_by_key(|(o, _)| std::cmp::Reverse(o.len()));
        let squashed = outlets
            .iter()
            .rev()
            .map(|(name, f)| (squash(f), name.clone()))
            .collect();
        let outlet_matcher = AhoCorasick::new(outlets.iter().map(|(_, f)| f)).ok();
        let prefixes = AhoCorasick::builder()
            .start_kind(StartKind::Anchored)
            .build(f(raw.prefixes))
            .ok();
        Ok(Phrases {
            widget_words: widget_words
                .iter()
                .map(|w| w.split(' ').map(str::to_string).collect())
                .collect(),
            list_headers: set(raw.list_headers),
            list_header_heads: raw.list_header_heads.iter().map(|h| fold(h)).collect(),
            prefixes,
            contains: AhoCorasick::new(f(raw.contains)).ok(),
            outlet_matcher,
            dateline_words: set(raw.dateline_words),
            lunar_notes: raw.lunar_notes.iter().map(|n| fold(n)).collect(),
            function_words: set(raw.function_words),
            outlets,
            squashed,
            agencies: set(raw.agencies),
            placeholder_lines: WordSet::folded(&raw.placeholder_lines),
            placeholder_bracketed: f(raw.placeholder_bracketed),
            picture_numbers: WordSet::folded(&raw.picture_numbers),
            comment_counts: f(raw.comment_counts),
            comment_count_words: WordSet::folded(&raw.comment_count_words),
            counter_words: WordSet::folded(&raw.counter_words),
            credit_initials: {
                let mut c: Vec<char> = raw
                    .credit_words
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .collect();
                c.sort_unstable();
                c.dedup();
                c
            },
            credit_first_bytes: {
                let mut bits = [0u64; 4];
                for w in &raw.credit_words {
                    if let Some(&b) = w.as_bytes().first() {
                        bits[usize::from(b >> 6)] |= 1 << (b & 63);
                    }
                }
                bits
            },
            credit_words: raw.credit_words,
            academic_titles: WordSet::new(raw.academic_titles.iter().map(|t| t.to_lowercase())),
            masthead_words: raw
                .masthead_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            signs_for: raw.signs_for.iter().map(|w| w.to_lowercase()).collect(),
            signed_marks: raw.signed_marks.iter().map(|w| w.to_lowercase()).collect(),
            byline_label_words: WordSet::folded(&raw.byline_label_words),
            byline_writer_words: WordSet::folded(&raw.byline_writer_words),
            byline_work: raw.byline_work.iter().map(|w| format!(" {w}")).collect(),
            byline_joiners: WordSet::new(raw.byline_joiners),
            read_on_words: WordSet::folded(&raw.read_on_words),
            copyright_marks: WordSet::folded(&raw.copyright_marks),
            copyright_words: WordSet::folded(&raw.copyright_words),
            outlet_suffixes: f(raw.outlet_suffixes),
            origin_credits: f(raw.origin_credits),
        })
    }

    /// The bundled phrase list.
    pub fn bundled() -> &'static Phrases {
        static P: OnceLock<Phrases> = OnceLock::new();
        P.get_or_init(|| {
            crate::lexicon::bundled(
                "boilerplate.toml",
                Phrases::from_toml(include_str!("../../assets/boilerplate.toml")),
            )
        })
    }

    /// Whether the folded line is one of the list headers, allowing trailing punctuation.
    pub fn is_list_header(&self, folded: &str) -> bool {
        let t = folded.trim_end_matches([':', '.', ' ', '>', '»']).trim();
        self.list_headers.contains(t)
            || self.list_header_heads.iter().any(|h| {
                t.strip_prefix(h.as_str())
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|r| self.list_headers.contains(r))
            })
    }

    /// Whether the folded line opens with a known prefix ("xem them:").
    pub fn has_prefix(&self, folded: &str) -> bool {
        self.prefixes
            .as_ref()
            .is_some_and(|m| m.is_match(Input::new(folded).anchored(Anchored::Yes)))
    }

    /// Where known outlets are named in a folded line as whole words (folded byte ranges),
    /// longest name first.
    pub fn outlets_in<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut hits: Vec<(usize, usize, usize)> = match &self.outlet_matcher {
            Some(m) => m
                .find_overlapping_iter(folded)
                .filter(|h| whole_words(folded, h.start(), h.end()))
                .map(|h| (h.pattern().as_usize(), h.start(), h.end()))
                .collect(),
            None => Vec::new(),
        };
        hits.sort_unstable();
        hits.into_iter().map(|(_, s, e)| (s, e))
    }

    /// Whether a known phrase stands anywhere in the folded line, as whole words ("hay doi"
    /// of "xin hãy đợi", not of "thay đổi").
    pub fn has_contained(&self, folded: &str) -> bool {
        self.contains.as_ref().is_some_and(|m| {
            m.find_overlapping_iter(folded)
                .any(|h| whole_words(folded, h.start(), h.end()))
        })
    }

    /// The share of the folded words that widget words cover: 1.0 for "Chia sẻ Facebook Zalo
    /// In bài Cỡ chữ", 0.0 for a sentence of news.
    pub fn widget_share(&self, folded_words: &[&str]) -> f32 {
        let mut covered = 0;
        let mut i = 0;
        while i < folded_words.len() {
            let rest = &folded_words[i..];
            let longest = self
                .widget_words
                .iter()
                .filter(|w| rest.len() >= w.len() && w.iter().zip(rest).all(|(p, q)| p == q))
                .map(Vec::len)
                .max();
            match longest {
                Some(n) => {
                    covered += n;
                    i += n;
                }
                None => i += 1,
            }
        }
        covered as f32 / folded_words.len().max(1) as f32
    }

    /// Whether a widget word stands in the folded words; `at_start` asks for it at the start.
    pub fn has_widget_word(&self, folded_words: &[&str], at_start: bool) -> bool {
        let starts = |words: &[&str]| {
            self.widget_words
                .iter()
                .any(|w| words.len() >= w.len() && w.iter().zip(words).all(|(p, q)| p == q))
        };
        if at_start {
            starts(folded_words)
        } else {
            (0..folded_words.len()).any(|i| starts(&folded_words[i..]))
        }
    }

    /// Whether a name (as written) is a site that gathers other outlets' articles.
    pub fn is_aggregator(&self, name: &str) -> bool {
        crate::outlets::Outlets::bundled()
            .lookup(name)
            .is_some_and(|o| o.aggregator)
    }

    /// Whether a name (as written) is a news or photo agency.
    pub fn is_agency(&self, name: &str) -> bool {
        self.agencies.contains(&fold(name))
    }

    /// A known outlet written as one word or a web address's stem ("Kinhtedothi",
    /// "baogiaothong"): its spelling in the list.
    pub fn outlet_squashed(&self, word: &str) -> Option<&str> {
        let key = squash(&fold(word));
        (key.len() >= 3)
            .then(|| self.squashed.get(&key))
            .flatten()
            .map(String::as_str)
    }

    /// The list's spelling of a known outlet, from its folded name.
    pub fn outlet_spelling(&self, folded: &str) -> Option<&str> {
        self.outlets
            .iter()
            .find(|(_, f)| f == folded)
            .map(|(name, _)| name.as_str())
    }

    pub fn is_function_word(&self, folded_word: &str) -> bool {
        self.function_words.contains(folded_word)
    }

    pub fn is_dateline_word(&self, folded_word: &str) -> bool {
        self.dateline_words.contains(folded_word)
    }

    /// Whether folded words of a bracketed note name the lunar calendar ("09/12 am lich";
    /// `lunar_notes` of `assets/boilerplate.toml`), word for word.
    pub fn is_lunar_note(&self, folded_words: &[&str]) -> bool {
        let joined = format!(" {} ", folded_words.join(" "));
        self.lunar_notes
            .iter()
            .any(|n| joined.contains(&format!(" {n} ")))
    }

    /// Whether a folded line, marks trimmed, is only a picture's stand-in ("img", "anh minh hoa").
    pub fn is_placeholder_line(&self, folded: &str) -> bool {
        self.placeholder_lines.contains(folded)
    }

    /// Whether the folded text after a '[' opens a picture's alt text ("anh: cu tri …").
    pub fn opens_alt_text(&self, folded: &str) -> bool {
        self.placeholder_bracketed
            .iter()
            .any(|w| folded.starts_with(w.as_str()))
    }

    /// Whether a folded word comes before a picture's number ("hinh" of "- Hình 1").
    pub fn is_picture_number_word(&self, folded_word: &str) -> bool {
        self.picture_numbers.contains(folded_word)
    }

    /// Whether a folded line names reader comments ("binh luan", "comment").
    pub fn names_comments(&self, folded: &str) -> bool {
        self.comment_counts
            .iter()
            .any(|w| folded.contains(w.as_str()))
    }

    /// Whether a folded word may stand in a comment count beside its numbers ("luot", "shares").
    pub fn is_comment_count_word(&self, folded_word: &str) -> bool {
        self.comment_count_words.contains(folded_word)
    }

    /// Whether a folded word may stand beside a number in a page's counter ("luot", "xem").
    pub fn is_counter_word(&self, folded_word: &str) -> bool {
        self.counter_words.contains(folded_word)
    }

    /// Whether the character at byte `i` of `text` starts some picture credit word (a quick
    /// test before [`Self::credit_words`]): its first byte first, then the letter.
    #[inline]
    pub fn starts_credit_word(&self, text: &str, i: usize, c: char) -> bool {
        let b = text.as_bytes()[i];
        (self.credit_first_bytes[usize::from(b >> 6)] >> (b & 63)) & 1 == 1
            && self.credit_initials.contains(&c)
    }

    /// Whether a lower-case word is an academic title ("ts", "pgs").
    pub fn is_academic_title(&self, lower: &str) -> bool {
        self.academic_titles.contains(lower)
    }

    /// The words that introduce a picture credit, as written ("Ảnh", "NGUỒN").
    pub fn credit_words(&self) -> &[String] {
        &self.credit_words
    }
}

/// A folded name without spaces or marks ("bao giao thong" → "baogiaothong").
fn squash(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether `text[start..end]` neither starts nor ends inside a word.
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !alnum(text[..start].chars().next_back()) && !alnum(text[end..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_list_parses_and_folds() {
        let p = Phrases::bundled();
        assert!(p.widget_words.len() > 50);
        assert!(p.is_list_header("tin lien quan"));
        assert!(p.is_list_header("co the ban quan tam:"));
        assert!(p.is_list_header("bai viet cung chuyen muc"));
        assert!(!p.is_list_header("bai viet"));
        assert!(p.has_prefix("xem them: nga noi gi"));
        assert!(!p.has_prefix("nga noi gi. xem them: nga noi gi"));
        assert!(p.has_contained("ban khong the gui. xin hay doi 60 giay"));
        assert!(!p.has_contained("duc thay doi lap truong"));
        assert!(p.has_widget_word(&["video", "dang", "hot"], true));
        assert!(!p.has_widget_word(&["cac", "linh", "vuc", "anh", "huong"], false));
    }
}
