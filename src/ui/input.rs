//! A one-line text input with a cursor, for the prompts.

use super::action::Action;

/// The text typed so far and the cursor, a byte offset at a char boundary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    cursor: usize,
}

impl LineInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Apply an editing action; returns whether the text changed. Other actions are
    /// ignored.
    pub fn edit(&mut self, action: &Action) -> bool {
        let before = self.text.len();
        match action {
            // A control character never reaches the terminal, typed or not.
            Action::Insert(c) if c.is_control() => {}
            Action::Insert(c) => {
                self.text.insert(self.cursor, *c);
                self.cursor += c.len_utf8();
                return true;
            }
            Action::DeleteBack => {
                if let Some(start) = self.prev(self.cursor) {
                    self.text.replace_range(start..self.cursor, "");
                    self.cursor = start;
                }
            }
            Action::DeleteWord => {
                let head = &self.text[..self.cursor];
                let trimmed = head.trim_end();
                let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
                    i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
                });
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::ClearInput => {
                self.text.clear();
                self.cursor = 0;
            }
            Action::CursorLeft => self.cursor = self.prev(self.cursor).unwrap_or(0),
            Action::CursorRight => {
                if let Some(c) = self.text[self.cursor..].chars().next() {
                    self.cursor += c.len_utf8();
                }
            }
            Action::CursorStart => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            _ => {}
        }
        self.text.len() != before
    }

    fn prev(&self, at: usize) -> Option<usize> {
        self.text[..at].char_indices().next_back().map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut input = LineInput::default();
        for c in s.chars() {
            input.edit(&Action::Insert(c));
        }
        input
    }

    #[test]
    fn typing_and_deleting_vietnamese() {
        let mut i = typed("Hà Nội");
        assert_eq!((i.text(), i.cursor()), ("Hà Nội", "Hà Nội".len()));
        assert!(i.edit(&Action::DeleteBack));
        assert_eq!(i.text(), "Hà Nộ");
        i.edit(&Action::CursorStart);
        i.edit(&Action::CursorRight);
        i.edit(&Action::CursorRight);
        i.edit(&Action::Insert('!'));
        assert_eq!(i.text(), "Hà! Nộ");
        assert!(!i.edit(&Action::CursorEnd));
        assert_eq!(i.cursor(), i.text().len());
    }

    #[test]
    fn word_delete_and_clear() {
        let mut i = typed("nato  nga ");
        i.edit(&Action::DeleteWord);
        assert_eq!(i.text(), "nato  ");
        i.edit(&Action::DeleteWord);
        assert_eq!(i.text(), "");
        let mut i = typed("xyz");
        i.edit(&Action::CursorLeft);
        i.edit(&Action::ClearInput);
        assert_eq!((i.text(), i.cursor()), ("", 0));
        assert!(!i.edit(&Action::DeleteBack));
    }
}
