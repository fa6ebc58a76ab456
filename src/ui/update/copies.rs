//! Copies in the list. A copy group (articles that are mostly the same text: one wire
//! story reprinted) shows once, as its earliest listed article with `+N · outlets`; `c`
//! unfolds it under that row or folds it again; `C` lists copies one by one, or folds them
//! again. Opening a copy marks the others read too, unless they add more than a sentence
//! or two to it.

use super::{error, filter, note};
use crate::compare::{new_sentences, READ_WITH_NEW_SENTENCES};
use crate::model::Model;
use crate::ui::app::{App, CopyRows};
use crate::ui::fmt::plural;
use crate::ui::popups::{ComparePopup, Popup};
use std::collections::HashMap;

/// Opening a copy compares it with at most this many other members of its group for the
/// read marks (the earliest ones): each comparison is a word diff, and a story reprinted by
/// hundreds of pages must not hold up a key press.
pub const READ_MARK_LIMIT: usize = 200;

/// Lay the list's rows out for the articles that pass the filters (ascending): sets
/// `app.visible` and `app.copy_rows`.
pub fn lay_out(app: &mut App, listed: Vec<usize>) {
    let model = &app.model;
    let rows = &mut app.copy_rows;
    rows.row_of = vec![u32::MAX; model.articles.len()];
    rows.heads.clear();
    rows.listed = listed.len();
    rows.stories = model.copies.count_stories(&listed);
    if !rows.collapse || model.copies.is_empty() {
        for (r, &a) in listed.iter().enumerate() {
            rows.row_of[a] = r as u32;
        }
        app.visible = listed;
        return;
    }
    // The listed members of each group, earliest first.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for &a in &listed {
        if let Some(g) = model.copies.group_of(a) {
            members.entry(g).or_default().push(a);
        }
    }
    for m in members.values_mut() {
        m.sort_by_key(|&a| earliest(model, a));
    }
    let mut visible = Vec::with_capacity(listed.len());
    for &a in &listed {
        let Some((g, m)) = model
            .copies
            .group_of(a)
            .and_then(|g| Some((g, members.get(&g)?)))
        else {
            visible.push(a);
            continue;
        };
        if m.first() == Some(&a) {
            visible.push(a);
            if rows.expanded.contains(&g) {
                visible.extend(&m[1..]);
            }
        }
    }
    for (r, &a) in visible.iter().enumerate() {
        rows.row_of[a] = r as u32;
    }
    for m in members.into_values().filter(|m| m.len() > 1) {
        let head = rows.row_of[m[0]];
        for &a in &m[1..] {
            if rows.row_of[a] == u32::MAX {
                rows.row_of[a] = head;
            }
        }
        rows.heads.insert(m[0], m[1..].to_vec());
    }
    app.visible = visible;
}

/// Earliest first: by publication date (undated last), then in corpus order.
fn earliest(model: &Model, article: usize) -> (bool, Option<crate::article::Date>, usize) {
    let date = model.articles.get(article).and_then(|a| a.date);
    (date.is_none(), date, article)
}

/// `c`: unfold the copy group of the selected article under its row, or fold it.
pub fn toggle_group(app: &mut App) {
    let Some(article) = app.target() else {
        return error(app, "No article selected");
    };
    let Some(g) = app.model.copies.group_of(article) else {
        return error(app, "No other outlet printed this story");
    };
    if !app.copy_rows.collapse {
        let key = filter::key_name(app, &crate::ui::Action::CollapseCopies);
        return note(
            app,
            &format!("Copies are listed one by one ({key} folds them)"),
        );
    }
    let head = app
        .copy_rows
        .heads
        .iter()
        .find(|(&h, others)| h == article || others.contains(&article))
        .map(|(&h, others)| (h, others.len()));
    let Some((head, others)) = head else {
        return error(app, "Its copies are not listed (a filter leaves them out)");
    };
    let unfold = app.copy_rows.expanded.insert(g);
    if !unfold {
        app.copy_rows.expanded.remove(&g);
    }
    filter::refresh(app);
    if let Some(row) = app.position(head) {
        let height = app.areas.map_or(1, |a| a.list_items());
        app.list.select(row, app.visible.len(), height);
    }
    let key = filter::key_name(app, &crate::ui::Action::ExpandCopies);
    let text = if unfold {
        format!(
            "{} of this story listed under it ({key} folds them)",
            plural(others, "other copy", "other copies")
        )
    } else {
        format!("Copies folded into the earliest ({key} unfolds)")
    };
    note(app, &text);
}

/// `C`: list copies one by one, or fold each group into its earliest article again.
pub fn toggle_collapse(app: &mut App) {
    app.copy_rows.collapse = !app.copy_rows.collapse;
    filter::refresh(app);
    let CopyRows {
        listed, stories, ..
    } = app.copy_rows;
    let text = if app.copy_rows.collapse {
        format!(
            "Copies folded: {}, {}",
            plural(listed, "article", "articles"),
            plural(stories, "story", "stories")
        )
    } else {
        format!(
            "Copies listed one by one: {}",
            plural(listed, "article", "articles")
        )
    };
    note(app, &text);
}

/// `v`: compare the article with the other copies of its story, the earliest first.
pub fn open_compare(app: &mut App) {
    let Some(article) = app.target() else {
        return error(app, "No article selected");
    };
    let Some(group) = app.model.copies.group(article) else {
        return error(
            app,
            "No other outlet printed this story: nothing to compare with",
        );
    };
    let mut others: Vec<usize> = group
        .articles
        .iter()
        .copied()
        .filter(|&a| a != article)
        .collect();
    others.sort_by_key(|&a| earliest(&app.model, a));
    let popup = ComparePopup::new(&app.model, article, others);
    app.popup = Some(Popup::Compare(popup));
}

/// Reading `article` is reading the copies of it that add at most a sentence or two:
/// mark them read too.
pub fn read_with(app: &mut App, article: usize) {
    let Some(group) = app.model.copies.group(article) else {
        return;
    };
    let Some(read) = app.model.articles.get(article) else {
        return;
    };
    let mut others: Vec<usize> = group
        .articles
        .iter()
        .copied()
        .filter(|&a| a != article)
        .collect();
    others.sort_by_key(|&a| earliest(&app.model, a));
    others.truncate(READ_MARK_LIMIT);
    let ids: Vec<String> = others
        .into_iter()
        .filter_map(|a| app.model.articles.get(a))
        .filter(|other| !app.state.read.contains(&other.id))
        .filter(|other| new_sentences(read, other) <= READ_WITH_NEW_SENTENCES)
        .map(|other| other.id.clone())
        .collect();
    app.state.read.extend(ids);
}

#[cfg(test)]
#[path = "copies_tests.rs"]
mod tests;
