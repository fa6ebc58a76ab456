//! Finding a query in an article, ignoring case and Vietnamese diacritics.

use crate::article::Article;
use crate::text::{fold, Folded};
use crate::ui::app::Mark;

/// Every match of `query` in the article's paragraphs, in reading order, as byte ranges
/// of the paragraph text covering whole characters (marks included).
pub fn find(article: &Article, query: &str) -> Vec<Mark> {
    let needle = fold(query.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let len = needle.chars().count();
    let mut hits = Vec::new();
    for (p, para) in article.paragraphs.iter().enumerate() {
        let folded = Folded::new(&para.text);
        // Char position of each match, counted incrementally from the last one.
        let (mut byte, mut chars) = (0, 0);
        for (at, _) in folded.text.match_indices(&needle) {
            chars += folded.text[byte..at].chars().count();
            byte = at;
            let positions: Vec<usize> = (chars..chars + len).collect();
            let ranges = folded.original_ranges(&positions);
            if let (Some(first), Some(last)) = (ranges.first(), ranges.last()) {
                hits.push(Mark {
                    paragraph: p,
                    range: first.start..last.end,
                });
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    #[test]
    fn matches_ignore_case_and_marks() {
        let model = fixture::sample();
        let a = &model.articles[0];
        let hits = find(a, "stoltenberg");
        assert_eq!(hits.len(), 3);
        let text = |m: &Mark| &a.paragraphs[m.paragraph].text[m.range.clone()];
        assert!(hits.iter().all(|m| text(m) == "Stoltenberg"));
        let hits = find(a, "hoi dong");
        assert_eq!(
            hits.iter().map(text).collect::<Vec<_>>(),
            ["Hội đồng", "Hội đồng"]
        );
        assert!(find(a, "  ").is_empty());
        assert!(find(a, "zzz").is_empty());
    }

    #[test]
    fn a_decomposed_mark_is_inside_the_match() {
        let model = fixture::sample();
        let a = &model.articles[3];
        let hits = find(a, "quan sat");
        assert_eq!(hits.len(), 1);
        let m = &hits[0];
        assert_eq!(
            &a.paragraphs[m.paragraph].text[m.range.clone()],
            "quan sa\u{301}t"
        );
    }
}
