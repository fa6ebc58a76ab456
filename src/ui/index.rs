//! Lookups the panes need that the model does not hold directly, derived once per model
//! in one pass over each list.

use crate::model::Model;
use std::ops::Range;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Index {
    /// For each article, its mentions: a range of `Model::mentions` (sorted by article).
    pub mentions_of: Vec<Range<usize>>,
    /// For each article, the timeline entries that cite it, ascending.
    pub entries_of: Vec<Vec<usize>>,
    /// For each actor, its first mention in reading order.
    pub first_mention: Vec<Option<usize>>,
    /// For each article, its statements: a range of `Model::quotes` (sorted by article).
    pub quotes_of: Vec<Range<usize>>,
}

impl Index {
    /// Needs `model.mentions` sorted (article, paragraph, start), as the model gives them.
    pub fn new(model: &Model) -> Index {
        let n = model.articles.len();
        let mut mentions_of = vec![0..0; n];
        let mut first_mention = vec![None; model.actors.len()];
        let mut i = 0;
        while i < model.mentions.len() {
            let a = model.mentions[i].article;
            let start = i;
            while i < model.mentions.len() && model.mentions[i].article == a {
                i += 1;
            }
            if let Some(r) = mentions_of.get_mut(a) {
                *r = start..i;
            }
        }
        for (m, mention) in model.mentions.iter().enumerate() {
            if let Some(slot @ None) = first_mention.get_mut(mention.actor) {
                *slot = Some(m);
            }
        }
        let mut entries_of = vec![Vec::new(); n];
        for (e, entry) in model.timeline.iter().enumerate() {
            for &a in &entry.articles {
                if let Some(list) = entries_of.get_mut(a) {
                    list.push(e);
                }
            }
        }
        let mut quotes_of = vec![0..0; n];
        for (a, r) in quotes_of.iter_mut().enumerate() {
            let s = model.quotes.partition_point(|q| q.article < a);
            let e = model.quotes.partition_point(|q| q.article <= a);
            *r = s..e;
        }
        Index {
            mentions_of,
            entries_of,
            first_mention,
            quotes_of,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartialDate;
    use crate::model::{Mention, TimelineEntry};

    fn m(article: usize, paragraph: usize, start: usize, actor: usize) -> Mention {
        Mention {
            article,
            paragraph,
            start,
            end: start + 1,
            actor,
        }
    }

    #[test]
    fn per_article_and_per_actor_lookups() {
        let model = Model {
            articles: (0..3).map(|_| article()).collect(),
            actors: vec![actor(); 4],
            mentions: vec![m(0, 0, 5, 1), m(0, 2, 0, 0), m(2, 0, 1, 1), m(2, 1, 0, 2)],
            timeline: vec![TimelineEntry {
                date: PartialDate::year(2014),
                events: vec![],
                articles: vec![0, 2],
                sources: vec![],
            }],
            ..Model::default()
        };
        let ix = Index::new(&model);
        assert_eq!(ix.mentions_of, vec![0..2, 0..0, 2..4]);
        assert_eq!(ix.first_mention, vec![Some(1), Some(0), Some(3), None]);
        assert_eq!(ix.entries_of, vec![vec![0], vec![], vec![0]]);
        assert_eq!(ix.quotes_of, vec![0..0, 0..0, 0..0]);
    }

    fn article() -> crate::article::Article {
        crate::article::Article {
            id: String::new(),
            file: String::new(),
            title: String::new(),
            title_inferred: false,
            date: None,
            date_basis: None,
            source: None,
            author: None,
            url: None,
            page_date: None,
            paragraphs: vec![],
            dropped: vec![],
        }
    }

    fn actor() -> crate::model::Actor {
        crate::model::Actor {
            id: String::new(),
            name: String::new(),
            kind: crate::model::ActorKind::Other,
            aliases: vec![],
            mentions: 0,
            articles: vec![],
        }
    }
}
