//! Actions while a popup is open: it sees them before the panes do.

use super::{error, filter, find::find, jump, merge, nav, said, saved};
use crate::daterange::parse_filter;
use crate::search::Hit;
use crate::text::sentence_around;
use crate::ui::action::Action;
use crate::ui::app::{App, Walk};
use crate::ui::fmt::date_label;
use crate::ui::popups::{help, DatePrompt, Picker, Popup, Preview, SearchPrompt};

/// How many actors the picker lists at most.
pub const PICKER_LIMIT: usize = 100;

pub fn handle(app: &mut App, action: Action) {
    let Some(popup) = app.popup.take() else {
        return;
    };
    app.popup = match popup {
        Popup::Help { scroll } => help_keys(app, scroll, &action),
        Popup::Search(p) => search(app, p, &action),
        Popup::Date(p) => date(app, p, &action),
        Popup::Override(p) => saved::override_prompt(app, p, &action),
        Popup::Picker(p) => picker(app, p, &action),
        Popup::NotArticles(mut p) => match p.handle(&action, app.size, app.warnings.len()) {
            crate::ui::popups::not_articles::Outcome::Open => Some(Popup::NotArticles(p)),
            crate::ui::popups::not_articles::Outcome::Closed => None,
        },
        Popup::Statements(s) => said::statements_keys(app, s, &action),
        Popup::Page(p) => said::page_keys(app, p, &action),
        Popup::Compare(mut p) => match p.handle(&app.model, &action, app.size) {
            crate::ui::popups::compare::Outcome::Open => Some(Popup::Compare(p)),
            crate::ui::popups::compare::Outcome::Closed => None,
        },
        Popup::Corpus(p) => super::corpus::prompt(app, p, &action),
    };
}

fn help_keys(app: &App, scroll: usize, action: &Action) -> Option<Popup> {
    let page = help::rows(app.size).max(1) as isize;
    let delta = match action {
        Action::Help | Action::Back => return None,
        Action::MoveDown => 1,
        Action::MoveUp => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::Scroll { lines, .. } => isize::from(*lines),
        _ => 0,
    };
    let scroll = scroll
        .saturating_add_signed(delta)
        .min(help::max_scroll(app));
    Some(Popup::Help { scroll })
}

fn search(app: &mut App, mut p: SearchPrompt, action: &Action) -> Option<Popup> {
    let article = app.open?;
    match action {
        Action::Back => {
            app.scroll = p.origin;
            None
        }
        Action::Submit => {
            let query = p.input.text().trim().to_string();
            if p.hits.is_empty() {
                if !query.is_empty() {
                    error(app, &format!("No match for “{query}” in this article"));
                }
                app.scroll = p.origin;
                return None;
            }
            let current = first_after(app, &p, p.origin);
            app.walk = Some(Walk::Search {
                query,
                article,
                hits: p.hits,
                current,
            });
            jump::show_current(app);
            None
        }
        a => {
            if p.input.edit(a) {
                p.hits = app
                    .model
                    .articles
                    .get(article)
                    .map(|x| find(x, p.input.text()))
                    .unwrap_or_default();
                app.scroll = p.origin;
                if let Some(hit) = p.hits.get(first_after(app, &p, p.origin)) {
                    let (para, at) = (hit.paragraph, hit.range.start);
                    nav::reveal(app, para, at);
                }
            }
            Some(Popup::Search(p))
        }
    }
}

/// The first hit on or below row `row`, else the first hit.
fn first_after(app: &App, p: &SearchPrompt, row: usize) -> usize {
    p.hits
        .iter()
        .position(|h| app.page.row_of(h.paragraph, h.range.start) >= row)
        .unwrap_or(0)
}

fn date(app: &mut App, mut p: DatePrompt, action: &Action) -> Option<Popup> {
    match action {
        Action::Back => None,
        Action::Submit => {
            let text = p.input.text().trim();
            if text.is_empty() {
                filter::set_published(app, None);
                return None;
            }
            match parse_filter(text) {
                Ok(range) => {
                    filter::set_published(app, range);
                    None
                }
                Err(e) => {
                    p.error = Some(e);
                    Some(Popup::Date(p))
                }
            }
        }
        a => {
            if p.input.edit(a) {
                p.error = None;
            }
            Some(Popup::Date(p))
        }
    }
}

pub fn open_picker(app: &mut App) {
    if app.model.actors.is_empty() {
        return error(app, "No actors were found in this corpus");
    }
    let mut p = Picker::default();
    p.hits = query(app, "");
    p.preview = preview(app, &p);
    app.popup = Some(Popup::Picker(p));
}

fn picker(app: &mut App, mut p: Picker, action: &Action) -> Option<Popup> {
    if merge::handle(app, &mut p, action) {
        p.preview = preview(app, &p);
        return Some(Popup::Picker(p));
    }
    let rows = crate::ui::popups::actor_picker::rows(app.size);
    let len = p.hits.len();
    match action {
        Action::Back => return None,
        Action::ActorPage => match p.hits.get(p.cursor.selected) {
            Some(hit) => return Some(said::page(app, hit.actor)),
            None => error(app, "No actor matches: edit the name, or Esc"),
        },
        Action::Submit => match p.hits.get(p.cursor.selected) {
            Some(hit) => {
                jump::start_actor(app, hit.actor);
                return None;
            }
            None => error(app, "No actor matches: edit the name, or Esc"),
        },
        Action::MoveDown => p.cursor.move_by(1, len, rows),
        Action::MoveUp => p.cursor.move_by(-1, len, rows),
        Action::PageDown => p.cursor.move_by(rows as isize, len, rows),
        Action::PageUp => p.cursor.move_by(-(rows as isize), len, rows),
        Action::Scroll { lines, .. } => p.cursor.move_by(isize::from(lines.signum()), len, rows),
        a => {
            if p.input.edit(a) {
                p.hits = query(app, p.input.text());
                p.cursor = Default::default();
            }
        }
    }
    p.preview = preview(app, &p);
    Some(Popup::Picker(p))
}

/// Ranked actors for the picker; with no query, the most mentioned.
pub fn query(app: &mut App, text: &str) -> Vec<Hit> {
    if !text.trim().is_empty() {
        return app.actor_search.query(text, PICKER_LIMIT);
    }
    let actors = &app.model.actors;
    (0..actors.len().min(PICKER_LIMIT))
        .map(|i| Hit {
            actor: i,
            score: 0,
            alias: actors[i]
                .aliases
                .iter()
                .position(|a| *a == actors[i].name)
                .unwrap_or(0),
            highlight: Vec::new(),
        })
        .collect()
}

/// The sentence of the selected actor's first mention in a listed article.
fn preview(app: &App, p: &Picker) -> Option<Preview> {
    let actor = p.hits.get(p.cursor.selected)?.actor;
    let model = &app.model;
    let first = app.index.first_mention.get(actor).copied().flatten();
    let listed = |m: usize| {
        model
            .mentions
            .get(m)
            .is_some_and(|x| app.position(x.article).is_some())
    };
    let m = match first {
        Some(m) if listed(m) => m,
        _ => (0..model.mentions.len()).find(|&i| model.mentions[i].actor == actor && listed(i))?,
    };
    let m = model.mentions.get(m)?;
    let article = model.articles.get(m.article)?;
    let text = &article.paragraphs.get(m.paragraph)?.text;
    let sentence = text
        .get(sentence_around(text, m.start))
        .unwrap_or(text)
        .to_string();
    let mut source = vec![article.title.clone()];
    source.extend(article.source.clone());
    source.push(date_label(article));
    Some(Preview {
        sentence,
        source: source.join(" · "),
    })
}
