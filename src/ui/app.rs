//! The reader's whole state. Only `update` changes it; drawing only reads it.

use super::axis::{Axis, Unit};
use super::effect::Effect;
use super::index::Index;
use super::keymap::{KeyMap, Mode};
use super::layout::{Areas, Pane};
use super::page::Page;
use super::popups::{Ctx, Popup};
use super::scroll::ListCursor;
use super::theme::Theme;
use crate::article::{Article, Date, DateBasis, PartialDate};
use crate::daterange::DateRange;
use crate::index::Query;
use crate::model::{Model, Unmerged};
use crate::search::ActorSearch;
use crate::state::{State, Store};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// A filter on the article list. Filters combine: an article must pass all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// Publication date overlaps the range; undated articles are dropped.
    Published(DateRange),
    /// The articles that mention a timeline date (sorted indices).
    Mentions {
        date: PartialDate,
        articles: Vec<usize>,
    },
    /// The bookmarked articles (as bookmarked now).
    Bookmarks,
    /// The articles a corpus search (`s`) found; the list shows them best first.
    Search(CorpusHits),
}

/// What a corpus search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusHits {
    /// The query as typed.
    pub text: String,
    pub query: Query,
    /// The articles found, best first.
    pub ranked: Vec<usize>,
    /// The same, ascending (to tell whether one is a hit).
    pub sorted: Vec<usize>,
}

impl CorpusHits {
    pub fn new(text: &str, query: Query, ranked: Vec<usize>) -> CorpusHits {
        let mut sorted = ranked.clone();
        sorted.sort_unstable();
        CorpusHits {
            text: text.to_string(),
            query,
            ranked,
            sorted,
        }
    }
}

impl Filter {
    /// Whether the article at `index` passes; `bookmarks` are the bookmarked ids.
    pub fn keeps(&self, index: usize, article: &Article, bookmarks: &BTreeSet<String>) -> bool {
        match self {
            Filter::Published(range) => article.date.is_some_and(|d| range.contains(d)),
            Filter::Mentions { articles, .. } => articles.binary_search(&index).is_ok(),
            Filter::Bookmarks => bookmarks.contains(&article.id),
            Filter::Search(h) => h.sorted.binary_search(&index).is_ok(),
        }
    }

    /// As the status bar shows it.
    pub fn describe(&self) -> String {
        match self {
            Filter::Published(range) => format!("published {range}"),
            Filter::Mentions { date, .. } => format!("mentions {date}"),
            Filter::Bookmarks => "bookmarks".to_string(),
            Filter::Search(h) => format!(
                "search {} · {}",
                h.text,
                crate::ui::fmt::plural(h.ranked.len(), "hit", "hits")
            ),
        }
    }
}

/// What the user's corrections change in the model, as the corpus gave it.
#[derive(Clone, Debug, Default)]
pub struct AsBuilt {
    /// The actors before any merge (a split merges again from these).
    pub actors: Unmerged,
    /// Each article's publication date and its basis (a removed override goes back).
    pub dates: Vec<(Option<Date>, Option<DateBasis>)>,
    /// The events of the articles dated by hand, as the corpus dated them.
    pub events: std::collections::HashMap<usize, Vec<crate::model::Event>>,
}

/// How the list shows copies (articles that are mostly the same text; see
/// `update/copies.rs`): each group's listed articles folded into the earliest of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyRows {
    /// Fold copy groups (`C` toggles; on at start).
    pub collapse: bool,
    /// The groups unfolded with `c` (indices into `Model::copies.groups`).
    pub expanded: BTreeSet<usize>,
    /// For each article its row in the list; a folded copy has its group's row;
    /// `u32::MAX`: not listed.
    pub row_of: Vec<u32>,
    /// The earliest listed article of each group with two or more listed, and the other
    /// listed ones, earliest first.
    pub heads: HashMap<usize, Vec<usize>>,
    /// How many articles are listed, and how many distinct stories they tell.
    pub listed: usize,
    pub stories: usize,
}

impl CopyRows {
    /// Where `article` is in the list `visible` (of a model of `articles` articles), if
    /// listed (a folded copy: its group's row).
    pub fn position(&self, visible: &[usize], articles: usize, article: usize) -> Option<usize> {
        if self.row_of.len() != articles {
            return visible.binary_search(&article).ok();
        }
        let row = *self.row_of.get(article)?;
        (row != u32::MAX).then_some(row as usize)
    }
}

impl Default for CopyRows {
    fn default() -> Self {
        CopyRows {
            collapse: true,
            expanded: BTreeSet::new(),
            row_of: Vec::new(),
            heads: HashMap::new(),
            listed: 0,
            stories: 0,
        }
    }
}

/// A place in a paragraph of the open article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub paragraph: usize,
    pub range: Range<usize>,
}

/// What `n`/`N` step through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Walk {
    /// Matches of a search in one article.
    Search {
        query: String,
        article: usize,
        hits: Vec<Mark>,
        current: usize,
    },
    /// An actor's mentions (indices into `Model::mentions`) in the listed articles.
    Actor {
        actor: usize,
        mentions: Vec<usize>,
        current: usize,
    },
    /// An actor's statements (indices into `Model::quotes`, the first part of each),
    /// oldest first.
    Quotes {
        actor: usize,
        quotes: Vec<usize>,
        current: usize,
    },
    /// A corpus search's matches, one listed article at a time, in list order.
    Corpus {
        /// The article whose matches `hits` are.
        article: usize,
        /// Its matches in the text (none when only its title holds the words).
        hits: Vec<Mark>,
        current: usize,
    },
}

/// The timeline strip: a cursor on an entry and the axis it is drawn on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineView {
    /// Index into `Model::timeline` (the first entry of the slot the cursor is on).
    pub cursor: Option<usize>,
    /// The unit chosen with `+`/`-`; `None` picks the finest that fits.
    pub zoom: Option<Unit>,
    pub axis: Axis,
}

/// A one-line note in the status bar, until the next key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// How far loading has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loading {
    pub done: usize,
    pub total: usize,
}

/// The [`Ctx`] of an app: its fields borrowed one by one (so that the actor search can be
/// borrowed mutably beside it).
macro_rules! ctx {
    ($app:expr) => {
        Ctx {
            model: &$app.model,
            index: &$app.index,
            keymap: &$app.keymap,
            theme: &$app.theme,
            size: $app.size,
            warnings: &$app.warnings,
            open: $app.open,
            page: &$app.page,
            visible: &$app.visible,
            copy_rows: &$app.copy_rows,
        }
    };
}

pub struct App {
    pub keymap: KeyMap,
    /// The colours drawing uses.
    pub theme: Theme,
    /// The corpus, its text made safe to print (see `sanitize.rs`).
    pub model: Model,
    pub index: Index,
    pub actor_search: ActorSearch,
    /// `Some` until the model arrives.
    pub loading: Option<Loading>,
    /// While loading: for each article listed so far, its file's position among the files
    /// found and its own in the file (the order they are listed in).
    pub arrival: Vec<(usize, usize)>,
    /// The user moved or opened something while the corpus loaded: the model keeps it.
    pub moved_while_loading: bool,
    /// The terminal size, and where the panes are (`None` when it is too small).
    pub size: (u16, u16),
    pub areas: Option<Areas>,
    pub focus: Pane,
    pub filters: Vec<Filter>,
    /// The list's rows: the articles that pass every filter, ascending (best first when a
    /// corpus search is one of the filters), except that a copy group shows as its
    /// earliest listed article (followed by the others when unfolded).
    pub visible: Vec<usize>,
    /// Copies in the list: folded or not, and where each listed article is.
    pub copy_rows: CopyRows,
    /// The full-text index, once the loader has built it.
    pub searcher: Option<super::SharedSearcher>,
    /// Selection in `visible`.
    pub list: ListCursor,
    pub open: Option<usize>,
    /// The open article wrapped to the reader's width.
    pub page: Page,
    /// `x`: the open article's dropped lines are shown in place.
    pub show_dropped: bool,
    /// First row of `page` shown.
    pub scroll: usize,
    pub walk: Option<Walk>,
    pub timeline: TimelineView,
    pub popup: Option<Popup>,
    pub message: Option<Message>,
    /// Every loading warning, printed again when the reader closes.
    pub warnings: Vec<String>,
    /// Other problems to print when the reader closes (saved state, saving).
    pub notes: Vec<String>,
    /// A problem to show in the status bar once the corpus is loaded (saved state).
    pub notice: Option<String>,
    /// What is remembered about this corpus: position, read, bookmarks, corrections.
    pub state: State,
    /// Where `state` is saved; `None`: not saved (tests, or no safe place).
    pub store: Option<Store>,
    /// `state` as last loaded or saved: what this reader changed since is saved on top of
    /// what other readers of the corpus saved meanwhile (see [`Store::save_changes`]).
    pub base: State,
    /// The model before the user's corrections, to correct again from.
    pub as_built: AsBuilt,
    /// What the action being handled asks of the loop (saving, searching): `update`
    /// hands them over when it returns.
    pub effects: Vec<Effect>,
    pub quit: bool,
}

impl App {
    /// The reader before the model arrives: empty panes and a progress gauge.
    pub fn loading(keymap: KeyMap) -> App {
        App {
            keymap,
            theme: Theme::default(),
            model: Model::default(),
            index: Index::default(),
            actor_search: ActorSearch::new(&[]),
            loading: Some(Loading::default()),
            arrival: Vec::new(),
            moved_while_loading: false,
            size: (0, 0),
            areas: None,
            focus: Pane::List,
            filters: Vec::new(),
            visible: Vec::new(),
            copy_rows: CopyRows::default(),
            searcher: None,
            list: ListCursor::default(),
            open: None,
            page: Page::default(),
            show_dropped: false,
            scroll: 0,
            walk: None,
            timeline: TimelineView {
                cursor: None,
                zoom: None,
                axis: Axis::new(&[], Unit::Year, 0),
            },
            popup: None,
            message: None,
            warnings: Vec::new(),
            notes: Vec::new(),
            notice: None,
            state: State::default(),
            store: None,
            base: State::default(),
            as_built: AsBuilt::default(),
            effects: Vec::new(),
            quit: false,
        }
    }

    /// A reader showing `model` on a terminal of `width`×`height`, its search index in
    /// memory (for tests and benches).
    pub fn with_model(model: Model, width: u16, height: u16) -> App {
        let searcher = crate::index::Searcher::each_article(&model.articles).ok();
        let mut app = App::loading(KeyMap::default());
        super::dispatch(&mut app, super::Action::Resize { width, height });
        super::dispatch(&mut app, super::Action::Loaded(Box::new(model)));
        if let Some(s) = searcher {
            let shared = std::sync::Arc::new(std::sync::Mutex::new(s));
            super::dispatch(&mut app, super::Action::SearchReady(shared));
        }
        app
    }

    /// Which key table applies now.
    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(p) if p.takes_text() => Mode::Prompt,
            // Who-said-what and the actor page are read with the reader's keys.
            _ => Mode::Normal,
        }
    }

    /// What the popups may see of the reader.
    pub fn ctx(&self) -> Ctx<'_> {
        ctx!(self)
    }

    /// [`App::ctx`], and the actor search the picker ranks with (it remembers its last
    /// query).
    pub fn ctx_and_actors(&mut self) -> (Ctx<'_>, &mut ActorSearch) {
        (ctx!(self), &mut self.actor_search)
    }

    /// The article selected in the list.
    pub fn selected(&self) -> Option<usize> {
        self.visible.get(self.list.selected).copied()
    }

    /// The article `m` and `D` act on: the selected one when the list is focused, else
    /// the open one.
    pub fn target(&self) -> Option<usize> {
        match self.focus {
            Pane::List => self.selected(),
            _ => self.open.or_else(|| self.selected()),
        }
    }

    /// Where `article` is in the list, if listed (a folded copy: its group's row).
    pub fn position(&self, article: usize) -> Option<usize> {
        self.copy_rows
            .position(&self.visible, self.model.articles.len(), article)
    }

    /// Whether `article` has a row of its own in the list (listed, and not folded into
    /// its copy group's row).
    pub fn shown(&self, article: usize) -> bool {
        self.position(article)
            .is_some_and(|r| self.visible.get(r) == Some(&article))
    }

    /// The corpus search that filters the list, if any.
    pub fn corpus_hits(&self) -> Option<&CorpusHits> {
        self.filters.iter().find_map(|f| match f {
            Filter::Search(h) => Some(h),
            _ => None,
        })
    }

    /// The search matches to mark in the open article: the prompt's while typing, else
    /// the walk's; with the current one.
    pub fn search_marks(&self) -> (&[Mark], Option<usize>) {
        if let Some(Popup::Search(p)) = &self.popup {
            return (&p.hits, p.hits.first().map(|_| 0));
        }
        match &self.walk {
            Some(Walk::Search {
                hits,
                current,
                article,
                ..
            }) if Some(*article) == self.open => (hits, Some(*current)),
            Some(Walk::Corpus {
                article,
                hits,
                current,
            }) if Some(*article) == self.open => (hits, (!hits.is_empty()).then_some(*current)),
            _ => (&[], None),
        }
    }

    /// The mention the actor walk is on, if it is in the open article.
    pub fn current_mention(&self) -> Option<Mark> {
        let Some(Walk::Actor {
            mentions, current, ..
        }) = &self.walk
        else {
            return None;
        };
        let m = self.model.mentions.get(*mentions.get(*current)?)?;
        (Some(m.article) == self.open).then_some(Mark {
            paragraph: m.paragraph,
            range: m.start..m.end,
        })
    }

    /// The statement the quotes walk is on, if it is in the open article.
    pub fn current_quote(&self) -> Option<Mark> {
        let Some(Walk::Quotes {
            quotes, current, ..
        }) = &self.walk
        else {
            return None;
        };
        let q = self.model.quotes.get(*quotes.get(*current)?)?;
        (Some(q.article) == self.open).then_some(Mark {
            paragraph: q.paragraph,
            range: q.start..q.end,
        })
    }

    /// The actor `"` and `A` act on: the one walked (picked with `a`, or whose statements
    /// are walked), else the first person — or, with none, the first actor — named on the
    /// rows the reader shows.
    pub fn actor_in_focus(&self) -> Option<usize> {
        if let Some(Walk::Actor { actor, .. } | Walk::Quotes { actor, .. }) = &self.walk {
            return Some(*actor);
        }
        let article = self.open?;
        let rows = self.areas.map_or(1, |a| a.reader_rows());
        let shown = self.scroll..self.scroll + rows;
        let mentions = self
            .index
            .mentions_of
            .get(article)
            .and_then(|r| self.model.mentions.get(r.clone()))
            .unwrap_or(&[]);
        let visible: Vec<usize> = mentions
            .iter()
            .filter(|m| shown.contains(&self.page.row_of(m.paragraph, m.start)))
            .map(|m| m.actor)
            .collect();
        let person = |a: &usize| {
            self.model
                .actors
                .get(*a)
                .is_some_and(|x| x.kind == crate::model::ActorKind::Person)
        };
        visible
            .iter()
            .find(|a| person(a))
            .or(visible.first())
            .copied()
    }
}
