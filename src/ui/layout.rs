//! Where each pane goes for a terminal size. Both `update` (page sizes, mouse hits,
//! wrapping width) and drawing use this one function, so they always agree.

use ratatui::layout::{Position, Rect};

/// The smallest terminal that holds the three panes.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// Rows of the timeline strip, borders included.
pub const TIMELINE_HEIGHT: u16 = 5;
/// The widest a line of article text gets, for comfortable reading.
pub const MAX_TEXT_WIDTH: u16 = 100;

/// One of the three panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
    Timeline,
}

impl Pane {
    pub fn next(self) -> Pane {
        match self {
            Pane::List => Pane::Reader,
            Pane::Reader => Pane::Timeline,
            Pane::Timeline => Pane::List,
        }
    }

    pub fn prev(self) -> Pane {
        self.next().next()
    }
}

/// The rectangles of the panes and the status bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    pub list: Rect,
    pub reader: Rect,
    pub timeline: Rect,
    pub status: Rect,
}

impl Areas {
    /// The panes for a terminal of `width`×`height`, or `None` when it is too small.
    /// The list takes 30% of the width (at least 20, at most 42 columns), so it narrows
    /// on a mid-size terminal and the reader keeps the room.
    pub fn new(width: u16, height: u16) -> Option<Areas> {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return None;
        }
        let top = height - TIMELINE_HEIGHT - 1;
        let list_w = (width * 3 / 10).clamp(20, 42);
        Some(Areas {
            list: Rect::new(0, 0, list_w, top),
            reader: Rect::new(list_w, 0, width - list_w, top),
            timeline: Rect::new(0, top, width, TIMELINE_HEIGHT),
            status: Rect::new(0, height - 1, width, 1),
        })
    }

    pub fn pane(&self, pane: Pane) -> Rect {
        match pane {
            Pane::List => self.list,
            Pane::Reader => self.reader,
            Pane::Timeline => self.timeline,
        }
    }

    /// The pane under a cell.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let p = Position::new(column, row);
        [Pane::List, Pane::Reader, Pane::Timeline]
            .into_iter()
            .find(|&pane| self.pane(pane).contains(p))
    }

    /// Articles the list shows at once (two rows each, inside the borders).
    pub fn list_items(&self) -> usize {
        (self.list.height.saturating_sub(2) / 2).max(1) as usize
    }

    /// Lines of text the reader shows at once.
    pub fn reader_rows(&self) -> usize {
        self.reader.height.saturating_sub(2).max(1) as usize
    }

    /// Columns of article text: inside the borders and a one-column margin each side,
    /// at most [`MAX_TEXT_WIDTH`].
    pub fn text_width(&self) -> u16 {
        self.reader
            .width
            .saturating_sub(4)
            .clamp(10, MAX_TEXT_WIDTH)
    }

    /// Columns of the timeline axis, inside the borders.
    pub fn axis_width(&self) -> usize {
        self.timeline.width.saturating_sub(2) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_has_no_panes_and_mid_size_narrows_the_list() {
        assert!(Areas::new(59, 30).is_none());
        assert!(Areas::new(100, 14).is_none());
        let small = Areas::new(60, 15).unwrap();
        let mid = Areas::new(80, 24).unwrap();
        let wide = Areas::new(200, 50).unwrap();
        assert_eq!(
            (small.list.width, mid.list.width, wide.list.width),
            (20, 24, 42)
        );
        assert_eq!(mid.reader.x + mid.reader.width, 80);
        assert_eq!(mid.timeline.y + mid.timeline.height, mid.status.y);
        assert_eq!(wide.text_width(), MAX_TEXT_WIDTH);
        assert_eq!(mid.pane_at(3, 3), Some(Pane::List));
        assert_eq!(mid.pane_at(30, 3), Some(Pane::Reader));
        assert_eq!(mid.pane_at(30, 20), Some(Pane::Timeline));
        assert_eq!(mid.pane_at(30, 23), None);
        assert_eq!(Pane::List.prev(), Pane::Timeline);
    }
}
