//! Everything the reader can be asked to do. Keys, mouse, terminal and loader events all
//! become an [`Action`] (see `keymap.rs`), and only `update` changes the state in answer.

use crate::model::Model;

/// One thing to do. What a movement means depends on the focused pane or the open popup.
#[derive(Clone, Debug)]
pub enum Action {
    /// Down one step: the next article in the list, one line in the reader, the next
    /// date on the timeline, the next hit in the actor picker, a line down in help.
    MoveDown,
    /// Up one step (the opposite of [`Action::MoveDown`]).
    MoveUp,
    /// A page down in the focused pane.
    PageDown,
    /// A page up in the focused pane.
    PageUp,
    /// To the first article, line or date.
    Top,
    /// To the last article, line or date.
    Bottom,
    /// Focus the next pane: list → reader → timeline → list.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Enter: open the selected article (list), or keep only the articles that mention
    /// the date under the cursor (timeline).
    Open,
    /// Move the timeline cursor to the previous date (timeline focused).
    TimelinePrev,
    /// Move the timeline cursor to the next date (timeline focused).
    TimelineNext,
    /// Show the timeline at a finer scale (years → months → days).
    ZoomIn,
    /// Show the timeline at a coarser scale.
    ZoomOut,
    /// Open the prompt that searches the open article.
    Search,
    /// Open the prompt that searches the whole corpus: the list keeps the hits, best
    /// first.
    CorpusSearch,
    /// The next search match, or the next mention of the actor jumped to.
    NextMatch,
    /// The previous search match or actor mention.
    PrevMatch,
    /// Open the actor picker.
    ActorJump,
    /// Who said what: the statements of the actor in focus (the one picked with `a`, else
    /// the first named on the rows shown), oldest first.
    Quotes,
    /// The page of the actor in focus (in the picker: the highlighted one).
    ActorPage,
    /// Open the publication-date filter prompt.
    DateFilter,
    /// Bookmark the article (the selected one when the list is focused, else the open
    /// one), or remove its bookmark. Saved at once.
    ToggleBookmark,
    /// List only the bookmarked articles, or list them all again.
    BookmarksOnly,
    /// Open the prompt that sets the article's publication date (same article as
    /// [`Action::ToggleBookmark`]); empty removes the date set. Saved at once.
    SetDate,
    /// Show or hide the files that gave no article, with the reason for each.
    NotArticles,
    /// Show or hide the open article's dropped lines, dimmed in place, with the rule
    /// that dropped each.
    ShowDropped,
    /// Unfold the copy group of the article (the selected one when the list is focused,
    /// else the open one) under its row in the list, or fold it again.
    ExpandCopies,
    /// List copies one by one, or fold each copy group into its earliest article again.
    CollapseCopies,
    /// Compare the article (as [`Action::ExpandCopies`]) with another copy of its story,
    /// word by word.
    Compare,
    /// Show or hide the key help.
    Help,
    /// Esc: close the popup; else clear the search or actor marks; else drop the last filter.
    Back,
    /// Leave the reader.
    Quit,

    /// Type a character into the open prompt.
    Insert(char),
    /// Delete the character before the prompt cursor.
    DeleteBack,
    /// Delete the word before the prompt cursor.
    DeleteWord,
    /// Empty the prompt.
    ClearInput,
    /// Move the prompt cursor one character left.
    CursorLeft,
    /// Move the prompt cursor one character right.
    CursorRight,
    /// Move the prompt cursor to the start.
    CursorStart,
    /// Move the prompt cursor to the end.
    CursorEnd,
    /// Enter in a prompt: search, apply the date filter, jump to the picked actor.
    Submit,
    /// Actor picker: take the highlighted actor as the one others are merged into.
    MergeTarget,
    /// Actor picker: merge the highlighted actor into the marked target. Saved at once.
    Merge,
    /// Actor picker: undo the last merge into the highlighted actor. Saved at once.
    Split,

    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// The mouse wheel turned over a cell: `lines` > 0 scrolls down.
    Scroll { column: u16, row: u16, lines: i16 },
    /// A left click on a cell.
    Click { column: u16, row: u16 },

    /// The loader has read `done` of `total` files.
    Progress { done: usize, total: usize },
    /// The loader has cleaned these files' articles (each with its file's position among
    /// the files found): list them, in file order, until the model arrives.
    Arrived(Vec<(usize, Vec<crate::article::Article>)>),
    /// The loader skipped something; shown in the status bar and printed on exit.
    Warning(String),
    /// The loader has a line about the cache: shown once the corpus is loaded, printed on
    /// exit.
    Note(String),
    /// The model is ready: fill the panes.
    Loaded(Box<Model>),
    /// The search index over the model is ready (built after the model).
    SearchReady(crate::ui::SharedSearcher),
    /// The loader stopped without a model.
    LoadStopped,

    /// What saving the state gave (see [`crate::ui::effect::Effect::Save`]).
    Saved(Result<crate::state::Saved, String>),
    /// What a corpus search found (see [`crate::ui::effect::Effect::Search`]): the
    /// articles that hold `query`, best first, or why there are none.
    Found {
        text: String,
        query: crate::index::Query,
        result: Result<Vec<usize>, String>,
    },
}

/// A bindable action: the name a key map file gives it, its default keys (written as the
/// config's `[keys]` table writes them, see [`Key::parse`](crate::ui::key::Key::parse)),
/// and its line in the help.
#[derive(Clone, Debug)]
pub struct Binding {
    pub action: Action,
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub help: &'static str,
}

/// Every action a key can be bound to, one row each, in the order the help lists them.
/// The default key map, the names in a config file and the help are all read from here:
/// a new action is one row (and its arm in `update`).
///
/// ```
/// use dossier::ui::action::{Action, ACTIONS};
/// let row = ACTIONS.iter().find(|b| b.name == "quotes").unwrap();
/// assert!(matches!(row.action, Action::Quotes));
/// assert_eq!(row.keys, ["\""]);
/// ```
pub const ACTIONS: [Binding; 32] = [
    Binding {
        action: Action::MoveDown,
        name: "move_down",
        keys: &["j", "Down"],
        help: "move down in the focused pane",
    },
    Binding {
        action: Action::MoveUp,
        name: "move_up",
        keys: &["k", "Up"],
        help: "move up in the focused pane",
    },
    Binding {
        action: Action::PageDown,
        name: "page_down",
        keys: &["Space", "PgDn"],
        help: "page down",
    },
    Binding {
        action: Action::PageUp,
        name: "page_up",
        keys: &["b", "PgUp"],
        help: "page up",
    },
    Binding {
        action: Action::Top,
        name: "top",
        keys: &["g", "Home"],
        help: "go to the top",
    },
    Binding {
        action: Action::Bottom,
        name: "bottom",
        keys: &["G", "End"],
        help: "go to the bottom",
    },
    Binding {
        action: Action::FocusNext,
        name: "focus_next",
        keys: &["Tab"],
        help: "focus the next pane (list → reader → timeline)",
    },
    Binding {
        action: Action::FocusPrev,
        name: "focus_prev",
        keys: &["BackTab"],
        help: "focus the previous pane",
    },
    Binding {
        action: Action::Open,
        name: "open",
        keys: &["Enter"],
        help: "open the article (timeline: list the date's articles)",
    },
    Binding {
        action: Action::TimelinePrev,
        name: "timeline_prev",
        keys: &["h", "Left"],
        help: "timeline: previous date",
    },
    Binding {
        action: Action::TimelineNext,
        name: "timeline_next",
        keys: &["l", "Right"],
        help: "timeline: next date",
    },
    Binding {
        action: Action::ZoomIn,
        name: "zoom_in",
        keys: &["+", "="],
        help: "timeline: zoom in (years → months → days)",
    },
    Binding {
        action: Action::ZoomOut,
        name: "zoom_out",
        keys: &["-"],
        help: "timeline: zoom out",
    },
    Binding {
        action: Action::Search,
        name: "search",
        keys: &["/"],
        help: "search the open article",
    },
    Binding {
        action: Action::CorpusSearch,
        name: "search_corpus",
        keys: &["s"],
        help: "search the corpus: list the hits, best first",
    },
    Binding {
        action: Action::NextMatch,
        name: "next_match",
        keys: &["n"],
        help: "next match / next mention of the actor / next hit",
    },
    Binding {
        action: Action::PrevMatch,
        name: "prev_match",
        keys: &["N"],
        help: "previous match / previous mention",
    },
    Binding {
        action: Action::ActorJump,
        name: "actor_jump",
        keys: &["a"],
        help: "jump to an actor's mentions",
    },
    Binding {
        action: Action::Quotes,
        name: "quotes",
        keys: &["\""],
        help: "who said what: the actor's statements",
    },
    Binding {
        action: Action::ActorPage,
        name: "actor_page",
        keys: &["A"],
        help: "the actor's page: names, mentions, company",
    },
    Binding {
        action: Action::DateFilter,
        name: "date_filter",
        keys: &["d"],
        help: "filter by publication date (empty clears)",
    },
    Binding {
        action: Action::ToggleBookmark,
        name: "toggle_bookmark",
        keys: &["m"],
        help: "bookmark the article, or remove its bookmark",
    },
    Binding {
        action: Action::BookmarksOnly,
        name: "bookmarks_only",
        keys: &["M"],
        help: "list only bookmarked articles (again: all)",
    },
    Binding {
        action: Action::SetDate,
        name: "set_date",
        keys: &["D"],
        help: "set the article's publication date (empty: as found)",
    },
    Binding {
        action: Action::NotArticles,
        name: "not_articles",
        keys: &["w"],
        help: "list the files that gave no article, and why",
    },
    Binding {
        action: Action::ShowDropped,
        name: "show_dropped",
        keys: &["x"],
        help: "show the article's dropped lines in place, and why",
    },
    Binding {
        action: Action::ExpandCopies,
        name: "expand_copies",
        keys: &["c"],
        help: "unfold the article's copies (other outlets), or fold",
    },
    Binding {
        action: Action::CollapseCopies,
        name: "collapse_copies",
        keys: &["C"],
        help: "list copies one by one, or fold them again",
    },
    Binding {
        action: Action::Compare,
        name: "compare",
        keys: &["v"],
        help: "compare with another copy, word by word (n/N: next)",
    },
    Binding {
        action: Action::Help,
        name: "help",
        keys: &["?"],
        help: "show or hide this help",
    },
    Binding {
        action: Action::Back,
        name: "back",
        keys: &["Esc"],
        help: "close the popup, clear marks, or drop the last filter",
    },
    Binding {
        action: Action::Quit,
        name: "quit",
        keys: &["q", "Ctrl-c"],
        help: "quit",
    },
];

impl Action {
    /// The name a key map file uses for this action (`page_down`), or `None` for the
    /// actions no key can be bound to (prompt editing, terminal and loader events).
    pub fn name(&self) -> Option<&'static str> {
        self.binding().map(|b| b.name)
    }

    /// This action's row of [`ACTIONS`], if a key can be bound to it.
    pub fn binding(&self) -> Option<&'static Binding> {
        ACTIONS
            .iter()
            .find(|b| std::mem::discriminant(&b.action) == std::mem::discriminant(self))
    }

    /// One line for the help popup.
    pub fn describe(&self) -> &'static str {
        if let Some(b) = self.binding() {
            return b.help;
        }
        match self {
            Action::Insert(_) => "type into the prompt",
            Action::DeleteBack => "delete the character before the cursor",
            Action::DeleteWord => "delete the word before the cursor",
            Action::ClearInput => "clear the prompt",
            Action::CursorLeft => "cursor left",
            Action::CursorRight => "cursor right",
            Action::CursorStart => "cursor to the start",
            Action::CursorEnd => "cursor to the end",
            Action::Submit => "apply the prompt / jump to the picked actor",
            Action::MergeTarget => "picker: mark the actor to merge others into",
            Action::Merge => "picker: merge this actor into the marked one",
            Action::Split => "picker: undo the last merge into this actor",
            Action::Resize { .. } => "the terminal was resized",
            Action::Scroll { .. } => "scroll the pane under the pointer",
            Action::Click { .. } => "select what is under the pointer",
            Action::Progress { .. } => "loading progress",
            Action::Arrived(_) => "articles cleaned so far",
            Action::Warning(_) => "a loading warning",
            Action::Note(_) => "a note about the cache",
            Action::Loaded(_) => "the corpus is loaded",
            Action::SearchReady(_) => "the search index is ready",
            Action::LoadStopped => "loading stopped",
            Action::Saved(_) => "the state was saved",
            Action::Found { .. } => "a corpus search is done",
            // The bindable ones, answered from `ACTIONS` above.
            _ => "",
        }
    }

    /// One line for the help's prompt section, where a few actions mean something else.
    pub fn describe_in_prompt(&self) -> &'static str {
        match self {
            Action::MoveDown => "actor picker: next actor",
            Action::MoveUp => "actor picker: previous actor",
            Action::Back => "close the prompt",
            Action::ActorPage => "actor picker: the highlighted actor's page",
            other => other.describe(),
        }
    }

    /// The bindable action called `name` (see [`Action::name`]).
    pub fn from_name(name: &str) -> Option<Action> {
        ACTIONS
            .iter()
            .find(|b| b.name == name)
            .map(|b| b.action.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bindable_action_has_a_unique_name_that_parses_back() {
        let mut names: Vec<&str> = ACTIONS.iter().filter_map(|b| b.action.name()).collect();
        assert_eq!(names.len(), ACTIONS.len());
        for n in &names {
            assert_eq!(Action::from_name(n).and_then(|a| a.name()), Some(*n));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ACTIONS.len(), "one row per action");
        assert!(Action::from_name("insert").is_none());
        assert!(Action::Submit.name().is_none());
    }
}
