//! Who appears with whom: the actors named in the same sentences as an actor.

use super::Model;
use crate::text::sentence_around;
use std::collections::HashMap;

impl Model {
    /// For every actor, the other actors named in the same sentences, most sentences first
    /// (ties: most mentioned first): `(actor, sentences)`.
    pub fn appears_with(&self) -> Vec<Vec<(usize, usize)>> {
        let mut counts: Vec<HashMap<usize, usize>> = vec![HashMap::new(); self.actors.len()];
        self.each_sentence(
            |actors| {
                for &x in actors {
                    for &y in actors {
                        if x != y {
                            if let Some(c) = counts.get_mut(x) {
                                *c.entry(y).or_insert(0) += 1;
                            }
                        }
                    }
                }
            },
            None,
        );
        counts.into_iter().map(ranked).collect()
    }

    /// The actors named in the same sentences as `actor`, most sentences first.
    pub fn appears_with_actor(&self, actor: usize) -> Vec<(usize, usize)> {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        self.each_sentence(
            |actors| {
                if actors.contains(&actor) {
                    for &y in actors.iter().filter(|&&y| y != actor) {
                        *counts.entry(y).or_insert(0) += 1;
                    }
                }
            },
            Some(actor),
        );
        ranked(counts)
    }

    /// Call `f` with the actors (once each) of every sentence that names two or more; with
    /// `only`, just the paragraphs that name that actor.
    fn each_sentence(&self, mut f: impl FnMut(&[usize]), only: Option<usize>) {
        let ms = &self.mentions;
        let mut i = 0;
        while i < ms.len() {
            let (a, p) = (ms[i].article, ms[i].paragraph);
            let mut j = i;
            while j < ms.len() && ms[j].article == a && ms[j].paragraph == p {
                j += 1;
            }
            let wanted = only.is_none_or(|x| ms[i..j].iter().any(|m| m.actor == x));
            let text = self
                .articles
                .get(a)
                .and_then(|x| x.paragraphs.get(p))
                .map(|x| x.text.as_str());
            if let (true, Some(text)) = (wanted && j - i > 1, text) {
                let mut k = i;
                while k < j {
                    let sentence = sentence_around(text, ms[k].start);
                    let mut actors: Vec<usize> = Vec::new();
                    let mut l = k;
                    while l < j && ms[l].start < sentence.end.max(ms[k].start + 1) {
                        if !actors.contains(&ms[l].actor) {
                            actors.push(ms[l].actor);
                        }
                        l += 1;
                    }
                    if actors.len() > 1 {
                        f(&actors);
                    }
                    k = l.max(k + 1);
                }
            }
            i = j;
        }
    }
}

/// Most sentences first; ties by actor index (most mentioned first).
fn ranked(counts: HashMap<usize, usize>) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = counts.into_iter().collect();
    v.sort_by_key(|&(a, n)| (std::cmp::Reverse(n), a));
    v
}

#[cfg(test)]
mod tests {
    use crate::ui::fixture;

    #[test]
    fn actors_named_in_one_sentence_appear_with_each_other() {
        let m = fixture::sample();
        let id = |i: usize| m.actors[i].id.as_str();
        let stol = m
            .actors
            .iter()
            .position(|a| a.id == "jens-stoltenberg")
            .unwrap();
        let with: Vec<(&str, usize)> = m
            .appears_with_actor(stol)
            .into_iter()
            .map(|(a, n)| (id(a), n))
            .collect();
        // "Tổng thư ký NATO Jens Stoltenberg ngày 12/1 cho biết Hội đồng NATO-Nga … Brussels."
        // and "Ông Stoltenberg đáp rằng Ukraine …", "Tổng thư ký Stoltenberg cho rằng …".
        assert!(
            with.iter().any(|&(a, n)| a == "brussels" && n >= 1),
            "{with:?}"
        );
        assert!(with.contains(&("ukraine", 1)), "{with:?}");
        assert!(!with.iter().any(|(a, _)| *a == "dmitry-peskov"), "{with:?}");
        // The whole table agrees with the one-actor answer.
        assert_eq!(m.appears_with()[stol], m.appears_with_actor(stol));
    }
}
