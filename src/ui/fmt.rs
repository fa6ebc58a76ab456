//! Small formatting helpers for what the panes print.

use crate::article::{Article, DateBasis};
use unicode_width::UnicodeWidthChar;

/// An article's publication date as the list shows it: `2022-01-13`, `~2022-01-13` when
/// it was inferred, `2022-01-13✎` when set by the user, `—` when unknown.
pub fn date_label(article: &Article) -> String {
    match (article.date, article.date_basis) {
        (None, _) => "—".to_string(),
        (Some(d), Some(DateBasis::Inferred)) => format!("~{d}"),
        (Some(d), Some(DateBasis::Override)) => format!("{d}✎"),
        (Some(d), _) => d.to_string(),
    }
}

/// `s` cut to at most `width` columns, ending in `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A count with thousands separators: `100,000`.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1 article`, `3 articles`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", count(n), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_columns_not_bytes() {
        assert_eq!(truncate("Nga và Mỹ", 20), "Nga và Mỹ");
        assert_eq!(truncate("Nga và Mỹ đàm phán", 10), "Nga và Mỹ…");
        assert_eq!(truncate("北约和俄罗斯", 7), "北约和…");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn counts_read_well() {
        assert_eq!(count(100_000), "100,000");
        assert_eq!(count(999), "999");
        assert_eq!(plural(1, "article", "articles"), "1 article");
        assert_eq!(plural(1234, "article", "articles"), "1,234 articles");
    }
}
