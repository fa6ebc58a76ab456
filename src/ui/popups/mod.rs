//! The popups drawn over the panes. Each module holds one popup: its state, its keys
//! (`handle`, answering with an [`Outcome`]), its geometry and its drawing. A popup never
//! sees the reader's whole state: it is handed a [`Ctx`], the parts it may read, and asks
//! for anything beyond its own state with a [`Request`] that `update/prompt.rs` carries
//! out.
//!
//! Adding a popup: a module here with its state, `handle` and `draw`; a [`Popup`]
//! variant; an arm in [`Popup::handle`] and [`draw`]; the key that opens it (an `Action`
//! arm in `update.rs` and the key table).

pub mod actor_page;
pub mod actor_picker;
pub mod compare;
pub mod corpus_prompt;
pub mod date_prompt;
mod find;
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
pub use help::Help;
pub use not_articles::NotArticles;
pub use override_prompt::DateOverride;
pub use search_prompt::SearchPrompt;
pub use statements::Statements;

use super::action::Action;
use super::app::{CopyRows, Walk};
use super::index::Index;
use super::input::LineInput;
use super::keymap::KeyMap;
use super::page::Page;
use super::theme::Theme;
use crate::article::Date;
use crate::daterange::DateRange;
use crate::index::Query;
use crate::model::Model;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// What a popup may read of the reader, borrowed for one key or one frame.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub index: &'a Index,
    pub keymap: &'a KeyMap,
    /// The colours to draw with.
    pub theme: &'a Theme,
    /// The terminal size.
    pub size: (u16, u16),
    /// The files that gave no article (`dossier: FILE: reason`).
    pub warnings: &'a [String],
    /// The open article, wrapped to the reader's width.
    pub open: Option<usize>,
    pub page: &'a Page,
    /// The list's rows, and where each article is in it (see [`CopyRows::position`]).
    pub visible: &'a [usize],
    pub copy_rows: &'a CopyRows,
}

impl Ctx<'_> {
    /// Whether `article` is listed (a folded copy counts: its group's row shows it).
    pub fn listed(&self, article: usize) -> bool {
        self.copy_rows
            .position(self.visible, self.model.articles.len(), article)
            .is_some()
    }
}

/// What a key did to a popup.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// It stays open.
    Open,
    /// It closed.
    Closed,
    /// It gave way to another popup.
    Replace(Box<Popup>),
    /// It stays open, and asks the reader for `Request`.
    OpenAnd(Request),
    /// It closed, and asks the reader for `Request`.
    ClosedAnd(Request),
}

/// What a popup asks of the reader beyond its own state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// A note in the status bar.
    Note(String),
    /// An error in the status bar.
    Error(String),
    /// Scroll the reader to row `scroll`, then (if any) bring this place of a paragraph
    /// into view: `(paragraph, byte)`.
    Reveal {
        scroll: usize,
        at: Option<(usize, usize)>,
    },
    /// Scroll the reader back to row `scroll` (where it was when the prompt opened),
    /// showing `error` if any.
    Restore {
        scroll: usize,
        error: Option<String>,
    },
    /// Walk this (matches, an actor's statements) with `n`/`N`, showing the current one.
    Walk(Walk),
    /// Walk the mentions of this actor in the listed articles.
    WalkActor(usize),
    /// Open `article` at the first place it names `actor`.
    OpenAt { article: usize, actor: usize },
    /// Open the actor picker.
    Picker,
    /// Filter the list by publication date (`None`: drop the filter).
    Published(Option<DateRange>),
    /// Set `article`'s publication date by hand (`None`: back to the date as found).
    SetDate { article: usize, date: Option<Date> },
    /// Search the corpus; the prompt stays open until the answer.
    Search { text: String, query: Query },
    /// Drop the corpus search.
    ClearSearch,
    /// Merge the actor with id `gone` into the one with id `keep` (names as shown).
    Merge {
        keep: String,
        gone: String,
        keep_name: String,
        gone_name: String,
    },
    /// Undo the last merge into the actor with id `id`.
    Split { id: String, name: String },
}

/// The popup that is open.
#[derive(Clone, Debug)]
pub enum Popup {
    /// `?`: the keys.
    Help(Help),
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

impl Popup {
    /// Whether the popup takes typed text (then the prompt key table applies).
    pub fn takes_text(&self) -> bool {
        matches!(
            self,
            Popup::Search(_)
                | Popup::Date(_)
                | Popup::Override(_)
                | Popup::Picker(_)
                | Popup::Corpus(_)
        )
    }

    /// Answer `action`, the popup being open. The actor picker ranks actors with
    /// `actors` (which remembers its last query).
    pub fn handle(
        &mut self,
        action: &Action,
        ctx: &Ctx,
        actors: &mut crate::search::ActorSearch,
    ) -> Outcome {
        match self {
            Popup::Help(p) => p.handle(action, ctx),
            Popup::Search(p) => p.handle(action, ctx),
            Popup::Date(p) => p.handle(action),
            Popup::Override(p) => p.handle(action),
            Popup::Picker(p) => p.handle(action, ctx, actors),
            Popup::NotArticles(p) => p.handle(action, ctx.size, ctx.warnings.len()),
            Popup::Statements(p) => p.handle(action, ctx),
            Popup::Page(p) => p.handle(action, ctx),
            Popup::Compare(p) => p.handle(ctx.model, action, ctx.size),
            Popup::Corpus(p) => p.handle(action),
        }
    }
}

/// Draw `popup` over the panes.
pub fn draw(frame: &mut Frame, popup: &Popup, ctx: &Ctx) {
    let area = frame.area();
    match popup {
        Popup::Help(p) => p.draw(frame, area, ctx),
        Popup::Search(p) => search_prompt::draw(frame, ctx.theme, area, p),
        Popup::Date(p) => date_prompt::draw(frame, ctx.theme, area, p),
        Popup::Override(p) => override_prompt::draw(frame, ctx.theme, area, p),
        Popup::Picker(p) => actor_picker::draw(frame, area, ctx, p),
        Popup::NotArticles(p) => not_articles::draw(frame, ctx.theme, ctx.size, ctx.warnings, p),
        Popup::Statements(s) => statements::draw(frame, area, ctx, s),
        Popup::Page(p) => actor_page::draw(frame, area, ctx, p),
        Popup::Compare(p) => compare::draw(frame, ctx.theme, ctx.model, ctx.size, p),
        Popup::Corpus(p) => corpus_prompt::draw(frame, ctx.theme, area, p),
    }
}

/// The step a movement key makes in a list of `page` items shown at once: `Some(delta)`,
/// in items; `None` for any other key.
pub fn step_of(action: &Action, page: usize) -> Option<isize> {
    let page = page.max(1) as isize;
    Some(match action {
        Action::MoveDown => 1,
        Action::MoveUp => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::Scroll { lines, .. } => isize::from(lines.signum()),
        _ => return None,
    })
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
pub fn frame_box(frame: &mut Frame, theme: &Theme, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.focused_border())
        .title(Span::styled(format!(" {title} "), theme.pane_title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// The input line of a prompt (`› text`), scrolled so the cursor shows, and place the
/// terminal cursor on it.
pub fn input_line(frame: &mut Frame, theme: &Theme, area: Rect, input: &LineInput) {
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
        Span::styled(prompt, theme.prompt()),
        Span::raw(shown.to_string()),
    ]);
    frame.render_widget(line, area);
    let x = area.x + (prompt.width() + before[start..].width()) as u16;
    frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
}
