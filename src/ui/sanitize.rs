//! Corpus text made safe to print. Scraped text may carry control characters, escape
//! sequences (a CSI colour change, an OSC window title, an OSC 52 clipboard write) or bidi
//! overrides that would reorder what the reader shows. None of them may reach the
//! terminal: C0/C1 controls, ESC and DEL become a visible `�`, bidi controls are dropped,
//! tabs and line breaks become one space.
//!
//! It runs once, over the whole model, when the reader receives it ([`sanitize_model`]);
//! byte ranges that point into paragraphs (mentions, events) are moved with the text.

use crate::model::Model;
use std::collections::HashMap;
use std::ops::Range;

/// What stands in for a removed control character.
pub const PLACEHOLDER: char = '\u{FFFD}';

/// What becomes of one character.
enum Fate {
    Keep,
    Replace(char),
    Drop,
}

fn fate(c: char) -> Fate {
    match c {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => Fate::Replace(' '),
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Fate::Replace(PLACEHOLDER),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Fate::Drop
        }
        _ => Fate::Keep,
    }
}

/// One replaced or dropped character: where it was and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Change {
    old: Range<usize>,
    new: Range<usize>,
}

/// A string with its unsafe characters replaced, and the map from old byte offsets to new.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sanitized {
    pub text: String,
    changes: Vec<Change>,
}

impl Sanitized {
    /// Where a byte offset of the original string (at a char boundary) is in the new one.
    pub fn map(&self, old: usize) -> usize {
        let i = self.changes.partition_point(|c| c.old.start <= old);
        match i.checked_sub(1).and_then(|i| self.changes.get(i)) {
            None => old,
            Some(c) if old < c.old.end => c.new.start,
            Some(c) => c.new.end + (old - c.old.end),
        }
    }
}

/// The safe form of `s`, or `None` when `s` is already safe (the common case: no copy).
pub fn sanitize(s: &str) -> Option<Sanitized> {
    let first = s
        .char_indices()
        .find(|&(_, c)| !matches!(fate(c), Fate::Keep))?
        .0;
    let mut text = String::with_capacity(s.len() + 8);
    text.push_str(&s[..first]);
    let mut changes = Vec::new();
    for (i, c) in s[first..].char_indices() {
        let i = first + i;
        let start = text.len();
        match fate(c) {
            Fate::Keep => {
                text.push(c);
                continue;
            }
            Fate::Replace(r) => text.push(r),
            Fate::Drop => {}
        }
        changes.push(Change {
            old: i..i + c.len_utf8(),
            new: start..text.len(),
        });
    }
    Some(Sanitized { text, changes })
}

/// Make `s` safe in place.
pub fn clean(s: &mut String) {
    if let Some(safe) = sanitize(s) {
        *s = safe.text;
    }
}

/// Make every string of the model that the reader may show safe, moving the byte ranges
/// of mentions, events and quotes along with their paragraph text.
pub fn sanitize_model(model: &mut Model) {
    let mut moved: HashMap<(usize, usize), Sanitized> = HashMap::new();
    for (a, article) in model.articles.iter_mut().enumerate() {
        clean(&mut article.title);
        clean(&mut article.id);
        clean(&mut article.file);
        article.source.iter_mut().for_each(clean);
        article.author.iter_mut().for_each(clean);
        for (p, para) in article.paragraphs.iter_mut().enumerate() {
            if let Some(safe) = sanitize(&para.text) {
                para.text.clone_from(&safe.text);
                moved.insert((a, p), safe);
            }
        }
    }
    for actor in &mut model.actors {
        clean(&mut actor.name);
        actor.aliases.iter_mut().for_each(clean);
    }
    for entry in &mut model.timeline {
        entry.sources.iter_mut().for_each(clean);
    }
    for event in &mut model.events {
        clean(&mut event.text);
        clean(&mut event.surface);
        if let Some(safe) = moved.get(&(event.article, event.paragraph)) {
            event.start = safe.map(event.start);
            event.end = safe.map(event.end);
        }
    }
    if moved.is_empty() {
        return;
    }
    for m in &mut model.mentions {
        if let Some(safe) = moved.get(&(m.article, m.paragraph)) {
            m.start = safe.map(m.start);
            m.end = safe.map(m.end);
        }
    }
    for q in &mut model.quotes {
        if let Some(safe) = moved.get(&(q.article, q.paragraph)) {
            q.start = safe.map(q.start);
            q.end = safe.map(q.end);
        }
        if let Some((p, r)) = &mut q.named_at {
            if let Some(safe) = moved.get(&(q.article, *p)) {
                *r = safe.map(r.start)..safe.map(r.end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Paragraph, ParagraphKind};
    use crate::model::Mention;

    fn safe(s: &str) -> String {
        sanitize(s).map_or_else(|| s.to_string(), |x| x.text)
    }

    fn has_no_control(s: &str) -> bool {
        !s.chars()
            .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c))
    }

    #[test]
    fn clean_text_is_not_copied() {
        assert_eq!(sanitize("Ông Stoltenberg nói “không”."), None);
    }

    #[test]
    fn csi_colour_change_loses_its_escape() {
        let out = safe("đỏ \x1b[31mred\x1b[0m");
        assert_eq!(out, "đỏ �[31mred�[0m");
        assert!(has_no_control(&out));
    }

    #[test]
    fn osc_window_title_cannot_be_set() {
        let out = safe("a\x1b]0;pwned\x07b");
        assert_eq!(out, "a�]0;pwned�b");
        assert!(has_no_control(&out));
    }

    #[test]
    fn osc52_clipboard_write_and_c1_csi_are_defused() {
        let out = safe("x\x1b]52;c;ZWNobyBwd25lZA==\x1b\\y \u{9b}2J z\u{7f}");
        assert!(has_no_control(&out), "{out:?}");
        assert_eq!(out, "x�]52;c;ZWNobyBwd25lZA==�\\y �2J z�");
    }

    #[test]
    fn bidi_overrides_are_dropped_and_tabs_become_spaces() {
        assert_eq!(
            safe("a\u{202e}cba\u{202c} \u{2066}x\u{2069}\u{200f}\u{61c}"),
            "acba x"
        );
        assert_eq!(safe("một\thai\r\nba"), "một hai  ba");
    }

    #[test]
    fn offsets_move_with_the_text() {
        let s = "\u{202e}Nga\x1b và Mỹ";
        let out = sanitize(s).unwrap();
        assert_eq!(out.text, "Nga� và Mỹ");
        let my = s.find("Mỹ").unwrap();
        let moved = out.map(my)..out.map(s.len());
        assert_eq!(&out.text[moved], "Mỹ");
        assert_eq!(out.map(0), 0);
        assert_eq!(&out.text[out.map(3)..out.map(6)], "Nga");
    }

    #[test]
    fn model_mentions_follow_their_paragraph() {
        let text = "\x1b[1mNATO\x1b[0m và Nga";
        let mut model = Model {
            articles: vec![Article {
                id: "a#1".into(),
                file: "a.txt".into(),
                title: "T\x1b]0;x\x07".into(),
                title_inferred: false,
                date: None,
                date_basis: None,
                source: Some("VnE\u{202e}".into()),
                author: None,
                url: None,
                page_date: None,
                paragraphs: vec![Paragraph::new(ParagraphKind::Body, text)],
                dropped: vec![],
            }],
            mentions: vec![Mention {
                article: 0,
                paragraph: 0,
                start: text.find("Nga").unwrap(),
                end: text.len(),
                actor: 0,
            }],
            ..Model::default()
        };
        sanitize_model(&mut model);
        let a = &model.articles[0];
        assert_eq!(a.title, "T�]0;x�");
        assert_eq!(a.source.as_deref(), Some("VnE"));
        let m = model.mentions[0];
        assert_eq!(&a.paragraphs[0].text[m.start..m.end], "Nga");
    }
}
