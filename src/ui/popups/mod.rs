//! The popups drawn over the panes. Each module holds a popup's state and its drawing;
//! `update/prompt.rs` handles their keys.

pub mod actor_page;
pub mod actor_picker;
pub mod compare;
pub mod corpus_prompt;
pub mod date_prompt;
pub mod help;
pub mod loading;
pub mod not_articles;
pub mod override_prompt;
pub mod search_prompt;
pub mod statements;

pub use actor_page::ActorPage;
pub use actor_picker::{Picker, Preview};
pub use compare::ComparePopup;
pub use corpus_prompt::CorpusPrompt;
pub use date_prompt::DatePrompt;
pub use not_articles::NotArticles;
pub use override_prompt::DateOverride;
pub use search_prompt::SearchPrompt;
pub use statements::Statements;

use super::app::App;
use super::input::LineInput;
use super::theme;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The popup that is open.
#[derive(Clone, Debug)]
pub enum Popup {
    /// The key help, scrolled down `scroll` lines.
    Help {
        scroll: usize,
    },
    Search(SearchPrompt),
    Date(DatePrompt),
    /// `D`: the publication date set by hand.
    Override(DateOverride),
    Picker(Picker),
    /// `w`: the files that gave no article.
    NotArticles(NotArticles),
    /// `"`: who said what, for one actor.
    Statements(Statements),
    /// An actor's page.
    Page(ActorPage),
    /// `v`: an article against another copy of its story.
    Compare(ComparePopup),
    /// `s`: search the whole corpus.
    Corpus(CorpusPrompt),
}

/// Draw the open popup, if any, over the panes.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    match &app.popup {
        None => {}
        Some(Popup::Help { scroll }) => help::draw(frame, area, app, *scroll),
        Some(Popup::Search(p)) => search_prompt::draw(frame, area, p),
        Some(Popup::Date(p)) => date_prompt::draw(frame, area, p),
        Some(Popup::Override(p)) => override_prompt::draw(frame, area, p),
        Some(Popup::Picker(p)) => actor_picker::draw(frame, area, app, p),
        Some(Popup::NotArticles(p)) => not_articles::draw(frame, app.size, &app.warnings, p),
        Some(Popup::Statements(s)) => statements::draw(frame, area, app, s),
        Some(Popup::Page(p)) => actor_page::draw(frame, area, app, p),
        Some(Popup::Compare(p)) => compare::draw(frame, &app.model, app.size, p),
        Some(Popup::Corpus(p)) => corpus_prompt::draw(frame, area, p),
    }
}

/// A `width`×`height` box centred in `area` (shrunk to fit).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clear `area` and draw a popup frame titled `title`; returns the inside.
pub fn frame_box(frame: &mut Frame, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme::focused_border())
        .title(Span::styled(format!(" {title} "), theme::pane_title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// The input line of a prompt (`› text`), scrolled so the cursor shows, and place the
/// terminal cursor on it.
pub fn input_line(frame: &mut Frame, area: Rect, input: &LineInput) {
    let prompt = "› ";
    let room = (area.width as usize).saturating_sub(prompt.width() + 1);
    let text = input.text();
    let before = &text[..input.cursor()];
    // Drop leading characters until the part before the cursor fits.
    let mut start = 0;
    while before[start..].width() > room {
        start += before[start..].chars().next().map_or(1, char::len_utf8);
    }
    let shown = &text[start..];
    let line = Line::from(vec![
        Span::styled(prompt, theme::prompt()),
        Span::raw(shown.to_string()),
    ]);
    frame.render_widget(line, area);
    let x = area.x + (prompt.width() + before[start..].width()) as u16;
    frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
}
