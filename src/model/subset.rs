//! A model cut down to some of its articles (the export filters).

use super::{build::group_timeline, Model};

impl Model {
    /// The model of the articles `keep` (indices, ascending): their actors with mentions
    /// recounted, their events, their timeline, their quotes, the copy groups among them.
    pub fn subset(&self, keep: &[usize]) -> Model {
        let mut new_index = vec![usize::MAX; self.articles.len()];
        for (n, &i) in keep.iter().enumerate() {
            new_index[i] = n;
        }
        let articles = keep.iter().map(|&i| self.articles[i].clone()).collect();
        let mut counts = vec![0usize; self.actors.len()];
        let mut actor_articles: Vec<Vec<usize>> = vec![Vec::new(); self.actors.len()];
        let mut mentions = Vec::new();
        for m in &self.mentions {
            let a = new_index[m.article];
            if a == usize::MAX {
                continue;
            }
            counts[m.actor] += 1;
            if actor_articles[m.actor].last() != Some(&a) {
                actor_articles[m.actor].push(a);
            }
            mentions.push(super::Mention { article: a, ..*m });
        }
        let copies = self.copies.subset(&new_index, keep.len());
        if !copies.is_empty() {
            counts = super::copies::count_mentions(&mentions, counts.len(), |a| a, &copies);
        }
        let mut actor_index = vec![usize::MAX; self.actors.len()];
        let mut actors = Vec::new();
        for (i, actor) in self.actors.iter().enumerate() {
            if counts[i] > 0 {
                actor_index[i] = actors.len();
                let mut a = actor.clone();
                a.mentions = counts[i];
                a.articles = std::mem::take(&mut actor_articles[i]);
                actors.push(a);
            }
        }
        for m in &mut mentions {
            m.actor = actor_index[m.actor];
        }
        let events: Vec<super::Event> = self
            .events
            .iter()
            .filter(|e| new_index[e.article] != usize::MAX)
            .map(|e| super::Event {
                article: new_index[e.article],
                actors: e
                    .actors
                    .iter()
                    .map(|&a| actor_index[a])
                    .filter(|&a| a != usize::MAX)
                    .collect(),
                ..e.clone()
            })
            .collect();
        let quotes = self
            .quotes
            .iter()
            .filter(|q| new_index[q.article] != usize::MAX)
            .map(|q| super::Quote {
                article: new_index[q.article],
                speaker: q
                    .speaker
                    .map(|a| actor_index[a])
                    .filter(|&a| a != usize::MAX),
                ..q.clone()
            })
            .collect();
        let mut model = Model {
            articles,
            actors,
            mentions,
            events,
            timeline: Vec::new(),
            quotes,
            copies,
        };
        model.timeline = group_timeline(&model);
        model
    }
}
