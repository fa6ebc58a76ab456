//! A selection in a list of `len` items shown `height` items at a time.

/// The selected item and the first item shown. The view only moves when the selection
/// would leave it, as in any list a user scrolls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    /// Move the selection by `delta` items, clamped to the list.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let max = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(max);
        self.follow(len, height);
    }

    /// Select `index` (clamped) and bring it into view.
    pub fn select(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.follow(len, height);
    }

    /// Keep the selection in view and the view within the list, after a move, a resize
    /// or a change of the list.
    pub fn follow(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The item shown at `row` of the view, if any.
    pub fn item_at(&self, row: usize, len: usize) -> Option<usize> {
        Some(self.offset + row).filter(|&i| i < len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_follows_the_selection_only_when_it_must() {
        let mut c = ListCursor::default();
        c.move_by(3, 10, 4);
        assert_eq!((c.selected, c.offset), (3, 0));
        c.move_by(1, 10, 4);
        assert_eq!((c.selected, c.offset), (4, 1));
        c.move_by(-2, 10, 4);
        assert_eq!((c.selected, c.offset), (2, 1));
        c.move_by(100, 10, 4);
        assert_eq!((c.selected, c.offset), (9, 6));
        c.move_by(-100, 10, 4);
        assert_eq!((c.selected, c.offset), (0, 0));
    }

    #[test]
    fn shrinking_the_list_or_growing_the_view_keeps_things_in_range() {
        let mut c = ListCursor {
            selected: 8,
            offset: 6,
        };
        c.follow(3, 4);
        assert_eq!((c.selected, c.offset), (2, 0));
        let mut c = ListCursor {
            selected: 9,
            offset: 6,
        };
        c.follow(10, 8);
        assert_eq!((c.selected, c.offset), (9, 2));
        assert_eq!(c.item_at(1, 10), Some(3));
        assert_eq!(c.item_at(8, 10), None);
        let mut empty = ListCursor::default();
        empty.move_by(1, 0, 5);
        assert_eq!((empty.selected, empty.offset), (0, 0));
    }
}
