//! The open article laid out in rows for one text width: wrapped once per (article,
//! width), kept as byte ranges into the paragraph text so that highlights are applied by
//! range at draw time and a jump to a byte offset knows its row.

use crate::article::{Article, ParagraphKind};
use std::ops::Range;
use textwrap::core::{break_words, Word};
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;

/// Columns a caption is indented by.
pub const CAPTION_INDENT: u16 = 2;

/// One row of the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// Part of the headline: a byte range of the title.
    Title(Range<usize>),
    /// Outlet · date · author.
    Meta,
    Blank,
    /// Part of a paragraph: a byte range of its text.
    Text {
        paragraph: usize,
        range: Range<usize>,
    },
    /// The rule that dropped line `index` of the article's dropped lines (shown with `x`).
    DroppedRule(usize),
    /// Part of dropped line `index`: a byte range of its text.
    Dropped {
        index: usize,
        range: Range<usize>,
    },
}

/// An article wrapped to a width.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub article: usize,
    pub width: u16,
    pub rows: Vec<Row>,
    /// The first row of each paragraph.
    pub paragraph_rows: Vec<usize>,
    /// The dropped lines are laid out in place.
    pub dropped: bool,
}

impl Page {
    /// Lay `article` out; with `dropped`, its dropped lines stand where they were in the
    /// page, before the paragraph that followed them.
    pub fn new(index: usize, article: &Article, width: u16, dropped: bool) -> Page {
        let w = width.max(1) as usize;
        let mut rows: Vec<Row> = wrap_ranges(&article.title, w)
            .into_iter()
            .map(Row::Title)
            .collect();
        rows.push(Row::Meta);
        let mut paragraph_rows = Vec::with_capacity(article.paragraphs.len());
        let dropped_at = |p: usize, rows: &mut Vec<Row>| {
            if !dropped {
                return;
            }
            let last = p == article.paragraphs.len();
            for (i, d) in article.dropped.iter().enumerate() {
                if d.at == p || (last && d.at > p) {
                    rows.push(Row::DroppedRule(i));
                    rows.extend(
                        wrap_ranges(&d.text, w.saturating_sub(2).max(1))
                            .into_iter()
                            .map(|range| Row::Dropped { index: i, range }),
                    );
                }
            }
        };
        for (p, para) in article.paragraphs.iter().enumerate() {
            dropped_at(p, &mut rows);
            rows.push(Row::Blank);
            paragraph_rows.push(rows.len());
            let pw = match para.kind {
                ParagraphKind::Caption => w.saturating_sub(CAPTION_INDENT as usize).max(1),
                _ => w,
            };
            rows.extend(
                wrap_ranges(&para.text, pw)
                    .into_iter()
                    .map(|range| Row::Text {
                        paragraph: p,
                        range,
                    }),
            );
        }
        dropped_at(article.paragraphs.len(), &mut rows);
        Page {
            article: index,
            width,
            rows,
            paragraph_rows,
            dropped,
        }
    }

    /// The row that shows byte `at` of paragraph `paragraph`.
    pub fn row_of(&self, paragraph: usize, at: usize) -> usize {
        let Some(&first) = self.paragraph_rows.get(paragraph) else {
            return 0;
        };
        let mut row = first;
        for (i, r) in self.rows.iter().enumerate().skip(first) {
            match r {
                Row::Text {
                    paragraph: p,
                    range,
                } if *p == paragraph => {
                    row = i;
                    if at < range.end {
                        break;
                    }
                }
                _ => break,
            }
        }
        row
    }
}

/// Wrap `text` to `width` columns at spaces (breaking words longer than a line), as byte
/// ranges of `text` without the spaces at the break.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let base = text.as_ptr() as usize;
    let offset = |w: &Word| w.word.as_ptr() as usize - base;
    let words = break_words(WordSeparator::AsciiSpace.find_words(text), width);
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(offset(first)..offset(last) + last.word.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Paragraph;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn wrapped_lines_fit_and_cover_every_word() {
        let text = "Tổng thư ký NATO Jens Stoltenberg cho biết cuộc họp của Hội đồng NATO-Nga diễn ra nghiêm túc.";
        let lines = wrap_ranges(text, 20);
        assert!(lines.len() > 3);
        for r in &lines {
            assert!(text[r.clone()].width() <= 20, "{:?}", &text[r.clone()]);
        }
        let joined: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn wide_characters_and_long_words_are_broken_by_width() {
        let text = "北约秘书长斯托尔滕贝格表示会谈很艰难";
        let lines = wrap_ranges(text, 10);
        assert!(lines.iter().all(|r| text[r.clone()].width() <= 10));
        assert_eq!(
            lines.iter().map(|r| &text[r.clone()]).collect::<String>(),
            text
        );
        assert!(wrap_ranges("", 10).is_empty());
    }

    #[test]
    fn rows_know_where_a_byte_is() {
        let article = Article {
            id: "x#1".into(),
            file: "x.txt".into(),
            title: "Một tiêu đề".into(),
            title_inferred: false,
            date: None,
            date_basis: None,
            source: None,
            author: None,
            url: None,
            page_date: None,
            paragraphs: vec![
                Paragraph::new(ParagraphKind::Body, "aaa bbb ccc ddd eee fff"),
                Paragraph::new(ParagraphKind::Caption, "ảnh chụp màn hình"),
            ],
            dropped: vec![],
        };
        let page = Page::new(0, &article, 8, false);
        // title, meta, blank, 3 rows of 2 words, blank, caption rows
        assert_eq!(
            page.rows[0],
            Row::Title(0..article.title.find(" đề").unwrap())
        );
        assert_eq!(page.paragraph_rows[0], 4);
        assert_eq!(page.row_of(0, 0), 4);
        assert_eq!(page.row_of(0, "aaa bbb ccc".len() - 1), 5);
        assert_eq!(page.row_of(0, "aaa bbb ccc ddd eee".len() - 1), 6);
        let caption_first = page.paragraph_rows[1];
        assert!(
            matches!(&page.rows[caption_first], Row::Text { paragraph: 1, range } if range.start == 0)
        );
        assert_eq!(page.rows[caption_first - 1], Row::Blank);
    }
}
