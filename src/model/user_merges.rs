//! Merging actors the user says are one ("Điện Kremlin" and "Nga", two spellings the
//! extractor kept apart), and undoing that.

use super::{Actor, Model};
use std::collections::HashMap;

impl Model {
    /// Merge actors, in order: in each pair `(keep, gone)` of actor ids, `gone` is merged
    /// into `keep`. The kept actor keeps its id, name and kind; it gets `gone`'s aliases,
    /// mentions and articles (counts and article lists recomputed); events name it
    /// instead, once, and its statements are the kept actor's. A pair naming an actor merged earlier follows it to where it went;
    /// pairs with an unknown id, or already one actor, are skipped. Actors stay most
    /// mentioned first. Returns how many pairs were applied.
    pub fn apply_merges(&mut self, merges: &[(String, String)]) -> usize {
        let n = self.actors.len();
        let by_id: HashMap<&str, usize> = self
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let mut parent: Vec<usize> = (0..n).collect();
        let find = |parent: &[usize], mut i: usize| {
            while parent[i] != i {
                i = parent[i];
            }
            i
        };
        let mut joined: Vec<(usize, usize)> = Vec::new();
        for (keep, gone) in merges {
            let (Some(&k), Some(&g)) = (by_id.get(keep.as_str()), by_id.get(gone.as_str())) else {
                continue;
            };
            let (k, g) = (find(&parent, k), find(&parent, g));
            if k != g {
                parent[g] = k;
                joined.push((k, g));
            }
        }
        if joined.is_empty() {
            return 0;
        }
        for &(k, g) in &joined {
            let moved = std::mem::take(&mut self.actors[g].aliases);
            for alias in moved {
                if !self.actors[k].aliases.contains(&alias) {
                    self.actors[k].aliases.push(alias);
                }
            }
        }
        let rep: Vec<usize> = (0..n).map(|i| find(&parent, i)).collect();
        self.regroup(&rep);
        joined.len()
    }

    /// Count every actor's mentions again (a copy group's story once) and re-rank.
    pub(super) fn recount(&mut self) {
        let rep: Vec<usize> = (0..self.actors.len()).collect();
        self.regroup(&rep);
    }

    /// Re-point mentions, quotes and events from each actor to `rep[actor]`, drop the actors
    /// that are no longer anyone's representative, recount, and re-rank.
    fn regroup(&mut self, rep: &[usize]) {
        let n = self.actors.len();
        let mut counts = vec![0usize; n];
        let mut articles: Vec<Vec<usize>> = vec![Vec::new(); n];
        // Mentions are in reading order, so each actor meets its articles ascending.
        for m in &self.mentions {
            let r = rep[m.actor];
            counts[r] += 1;
            if articles[r].last() != Some(&m.article) {
                articles[r].push(m.article);
            }
        }
        if !self.copies.is_empty() {
            counts = super::copies::count_mentions(&self.mentions, n, |a| rep[a], &self.copies);
        }
        let mut order: Vec<usize> = (0..n).filter(|&i| rep[i] == i).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(counts[i]), i));
        let mut new_index = vec![usize::MAX; n];
        let old = std::mem::take(&mut self.actors);
        let mut slots: Vec<Option<Actor>> = old.into_iter().map(Some).collect();
        for (to, &i) in order.iter().enumerate() {
            new_index[i] = to;
            if let Some(mut a) = slots[i].take() {
                a.mentions = counts[i];
                a.articles = std::mem::take(&mut articles[i]);
                self.actors.push(a);
            }
        }
        let map = |a: usize| new_index[rep[a]];
        for m in &mut self.mentions {
            m.actor = map(m.actor);
        }
        for q in &mut self.quotes {
            q.speaker = q.speaker.map(map);
        }
        for e in &mut self.events {
            let mut seen = Vec::with_capacity(e.actors.len());
            for &a in &e.actors {
                let to = map(a);
                if !seen.contains(&to) {
                    seen.push(to);
                }
            }
            e.actors = seen;
        }
    }
}

/// The actors of a model before any merge, to merge again from (a split undoes one).
#[derive(Clone, Debug, Default)]
pub struct Unmerged {
    actors: Vec<Actor>,
    mention_actors: Vec<usize>,
    event_actors: Vec<Vec<usize>>,
    quote_speakers: Vec<Option<usize>>,
}

impl Unmerged {
    /// Take the actors of `model` as they are now.
    pub fn of(model: &Model) -> Unmerged {
        Unmerged {
            actors: model.actors.clone(),
            mention_actors: model.mentions.iter().map(|m| m.actor).collect(),
            event_actors: model.events.iter().map(|e| e.actors.clone()).collect(),
            quote_speakers: model.quotes.iter().map(|q| q.speaker).collect(),
        }
    }

    /// Put the actors back as they were taken. The model must hold the same mentions,
    /// events and quotes, in the same order (merging does not move them).
    pub fn restore(&self, model: &mut Model) {
        model.actors.clone_from(&self.actors);
        for (m, &a) in model.mentions.iter_mut().zip(&self.mention_actors) {
            m.actor = a;
        }
        for (e, a) in model.events.iter_mut().zip(&self.event_actors) {
            e.actors.clone_from(a);
        }
        for (q, &s) in model.quotes.iter_mut().zip(&self.quote_speakers) {
            q.speaker = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture;

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    fn find<'a>(m: &'a Model, id: &str) -> (usize, &'a Actor) {
        let i = m.actors.iter().position(|a| a.id == id).unwrap();
        (i, &m.actors[i])
    }

    #[test]
    fn a_merge_unites_aliases_mentions_articles_and_events() {
        let before = fixture::sample();
        let mut m = before.clone();
        let (_, nato0) = find(&before, "nato");
        let (_, my0) = find(&before, "my");
        assert_eq!(m.apply_merges(&[pair("nato", "my")]), 1);
        assert_eq!(m.actors.len(), before.actors.len() - 1);
        assert!(m.actors.iter().all(|a| a.id != "my"));
        let (ni, nato) = find(&m, "nato");
        assert_eq!(nato.name, "NATO");
        assert_eq!(nato.aliases, ["NATO", "Mỹ"]);
        assert_eq!(nato.mentions, nato0.mentions + my0.mentions);
        let mut arts = nato0.articles.clone();
        arts.extend(&my0.articles);
        arts.sort_unstable();
        arts.dedup();
        assert_eq!(nato.articles, arts);
        // Every mention of either now names the kept actor, and counts agree.
        assert_eq!(
            m.mentions.iter().filter(|x| x.actor == ni).count(),
            nato.mentions
        );
        for a in 0..m.actors.len() {
            let n = m.mentions.iter().filter(|x| x.actor == a).count();
            assert_eq!(n, m.actors[a].mentions, "{}", m.actors[a].id);
        }
        // "Nga công bố ... gửi Mỹ và NATO": the event names NATO once.
        let e = m.events.iter().find(|e| e.text.contains("gửi Mỹ")).unwrap();
        assert_eq!(e.actors.iter().filter(|&&a| a == ni).count(), 1);
        let ids: Vec<&str> = e.actors.iter().map(|&a| m.actors[a].id.as_str()).collect();
        assert_eq!(ids, ["nga", "nato"]);
        // Still most mentioned first.
        assert!(m.actors.windows(2).all(|w| w[0].mentions >= w[1].mentions));
    }

    #[test]
    fn chains_unknown_ids_and_restoring() {
        let before = fixture::sample();
        let mut m = before.clone();
        let keep = Unmerged::of(&m);
        let merges = [
            pair("nga", "dien-kremlin"),
            pair("dien-kremlin", "dmitry-peskov"), // follows Kremlin into Nga
            pair("nga", "nobody"),
            pair("nga", "nga"),
        ];
        assert_eq!(m.apply_merges(&merges), 2);
        let (_, nga) = find(&m, "nga");
        assert_eq!(
            nga.aliases,
            ["Nga", "Moskva", "Điện Kremlin", "Dmitry Peskov"]
        );
        assert_eq!(m.actors.len(), before.actors.len() - 2);
        keep.restore(&mut m);
        assert_eq!(m.actors, before.actors);
        assert_eq!(m.mentions, before.mentions);
        assert_eq!(m.events, before.events);
        assert_eq!(m.apply_merges(&[]), 0);
        assert_eq!(m.actors, before.actors);
    }
}
