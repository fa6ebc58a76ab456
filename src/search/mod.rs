//! Fuzzy search over actor names, ignoring case and Vietnamese diacritics.
//!
//! Every alias is folded once (see [`keys::key`]). A query is folded the same way and cut
//! into words; each word is fuzzy-matched on its own by skim's matcher and all must match
//! one alias. An alias scores its word-level [`Tier`] (exact; starts with the query's
//! words; has them as whole words; starts with the query; has its tokens as word
//! prefixes; scattered) weighted far above the summed skim scores; an actor scores as its
//! best alias. Ties go to the more-mentioned actor, then the shorter name, then the name.
//!
//! Speed: a byte-subsequence prefilter runs before the matcher; the matcher runs only on
//! aliases whose best possible score ([`skim::max_score`]) could still enter the top
//! `limit`, kept in a heap; highlights are computed only for the hits returned; and a
//! query that extends the previous one only looks at the actors the previous one let
//! through.

mod keys;
mod skim;
#[cfg(test)]
mod tests;

use crate::model::Actor;
use crate::text::Folded;
use keys::{Pattern, Tier};
use skim::{FirstChar, Skim};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

/// One ranked hit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorHit {
    /// Index into the actor slice the search was built from.
    pub actor: usize,
    /// Higher is better: the match tier, weighted, plus skim's score. Comparable only
    /// between hits of one query; 0 for the empty query.
    pub score: i64,
    /// Which of the actor's aliases matched best (the name is one of them): an index into
    /// `Actor::aliases`, or `aliases.len()` for a name that is not listed among them.
    pub alias: usize,
    /// Byte ranges of the matched letters in that alias, whole graphemes, merged.
    pub highlight: Vec<Range<usize>>,
}

impl ActorHit {
    /// The text of the alias that matched, the one `highlight` indexes into.
    pub fn alias_text<'a>(&self, actors: &'a [Actor]) -> Option<&'a str> {
        let actor = actors.get(self.actor)?;
        Some(actor.aliases.get(self.alias).unwrap_or(&actor.name))
    }
}

/// How much one tier step outweighs any sum of skim scores.
const TIER_WEIGHT: i64 = 1 << 24;

/// One searchable alias of one actor.
struct AliasEntry {
    /// Byte range of its key in `ActorSearch::keys`.
    key: (u32, u32),
    /// Byte range of its original text in `ActorSearch::originals`.
    original: (u32, u32),
    /// Its index in `Actor::aliases` (`aliases.len()` for an unlisted name).
    index: u32,
    /// [`keys::byte_classes`] of the key.
    classes: u32,
    /// [`keys::head_classes`] of the key.
    heads: u32,
}

/// The previous query, to narrow the next one from.
struct LastQuery {
    words: Vec<String>,
    /// Slots of the actors with an alias that passed the prefilter for every word,
    /// ascending.
    candidates: Vec<u32>,
}

impl LastQuery {
    /// Whether every actor matching `words` matched this query too: same words, except
    /// that the last one may have grown and more may follow.
    fn narrows_to(&self, words: &[String]) -> bool {
        let Some((last, init)) = self.words.split_last() else {
            return false;
        };
        words.len() >= self.words.len()
            && init.iter().zip(words).all(|(a, b)| a == b)
            && words[init.len()].starts_with(last.as_str())
    }
}

/// A scored actor, ordered best first: higher score, then lower slot (the tie-break).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Scored {
    score: Reverse<i64>,
    slot: u32,
    entry: u32,
}

/// Whether an alias of the actor in `slot` scoring `score` would rank above `than`.
fn outranks(score: i64, slot: u32, than: &Scored) -> bool {
    (Reverse(score), slot) < (than.score, than.slot)
}

/// Where `word`'s first char can match in `key` (whose head classes are `heads`).
fn first_char(key: &str, heads: u32, word: &str) -> FirstChar {
    match word.bytes().next() {
        Some(b) if key.as_bytes().first() == Some(&b) => FirstChar::AtStart,
        Some(b) if keys::may_start_word(heads, b) => FirstChar::AtWordStart,
        _ => FirstChar::Inside,
    }
}

/// A search over a fixed set of actors; remembers the last result so that a query that
/// only grows is narrowed from it.
///
/// Internally actors live in *slots*, numbered in tie-break order (more mentions, then
/// shorter name, then name), so that a scan in slot order meets tied actors best first
/// and reads the alias keys front to back.
pub struct ActorSearch {
    /// Keys of every alias, back to back, in slot order.
    keys: String,
    /// Original text of every alias, back to back, for highlights.
    originals: String,
    entries: Vec<AliasEntry>,
    /// Per slot, its range in `entries`; the name comes first.
    slot_entries: Vec<(u32, u32)>,
    /// Per slot, the index of its actor in the slice the search was built from.
    actor_of_slot: Vec<u32>,
    skim: Skim,
    last: Option<LastQuery>,
}

impl ActorSearch {
    pub fn new(actors: &[Actor]) -> Self {
        let name_chars: Vec<usize> = actors.iter().map(|a| a.name.chars().count()).collect();
        let mut actor_of_slot: Vec<u32> = (0..actors.len() as u32).collect();
        actor_of_slot.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            actors[b]
                .mentions
                .cmp(&actors[a].mentions)
                .then(name_chars[a].cmp(&name_chars[b]))
                .then_with(|| actors[a].name.cmp(&actors[b].name))
                .then(a.cmp(&b))
        });

        let mut keys = String::new();
        let mut originals = String::new();
        let mut entries = Vec::new();
        let mut slot_entries = Vec::with_capacity(actors.len());
        for &a in &actor_of_slot {
            let actor = &actors[a as usize];
            let first = entries.len();
            let name_index = actor
                .aliases
                .iter()
                .position(|a| *a == actor.name)
                .unwrap_or(actor.aliases.len());
            let forms = std::iter::once((name_index, &actor.name)).chain(
                actor
                    .aliases
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| **a != actor.name),
            );
            for (index, text) in forms {
                let key_start = keys.len();
                keys::push_key(text, &mut keys);
                let key = &keys[key_start..];
                let seen = entries[first..]
                    .iter()
                    .any(|e: &AliasEntry| keys[e.key.0 as usize..e.key.1 as usize] == *key);
                if seen {
                    keys.truncate(key_start);
                    continue;
                }
                let original_start = originals.len() as u32;
                originals.push_str(text);
                entries.push(AliasEntry {
                    classes: keys::byte_classes(key.as_bytes()),
                    heads: keys::head_classes(key.as_bytes()),
                    key: (key_start as u32, keys.len() as u32),
                    original: (original_start, originals.len() as u32),
                    index: index as u32,
                });
            }
            slot_entries.push((first as u32, entries.len() as u32));
        }

        ActorSearch {
            keys,
            originals,
            entries,
            slot_entries,
            actor_of_slot,
            skim: Skim::default(),
            last: None,
        }
    }

    /// Forget the previous query, so that the next one looks at every actor.
    pub fn reset(&mut self) {
        self.last = None;
    }

    /// The best `limit` actors for `query`, best first. An empty query lists actors by
    /// mentions.
    pub fn query(&mut self, query: &str, limit: usize) -> Vec<ActorHit> {
        let pattern = Pattern::new(query);
        if pattern.words.is_empty() {
            self.last = None;
            return self.by_mentions(limit);
        }

        // Prefilter and tier every candidate; bucket actors by their best possible tier.
        let previous = self.last.take().filter(|l| l.narrows_to(&pattern.words));
        let mut candidates = Vec::new();
        let mut buckets: [Vec<u32>; Tier::COUNT] = Default::default();
        let mut consider = |slot: u32| {
            let best = self
                .entries_of(slot)
                .filter(|e| pattern.may_match(self.key(e).as_bytes(), e.classes))
                .map(|e| pattern.tier(self.key(e).as_bytes(), e.heads))
                .max();
            if let Some(tier) = best {
                candidates.push(slot);
                buckets[tier as usize].push(slot);
            }
        };
        match &previous {
            Some(last) => last.candidates.iter().copied().for_each(&mut consider),
            None => (0..self.slot_entries.len() as u32).for_each(&mut consider),
        }

        // Score tier by tier, best first, keeping the best `limit` in a heap whose top is
        // the worst kept; stop at a tier whose best possible score cannot displace it.
        let top_skim: i64 = pattern
            .words
            .iter()
            .map(|w| skim::max_score(w, FirstChar::AtStart))
            .sum();
        let mut kept: BinaryHeap<Scored> = BinaryHeap::new();
        for tier in Tier::ALL_BEST_FIRST {
            let ceiling = tier as i64 * TIER_WEIGHT + top_skim;
            let full = kept.len() >= limit;
            // Slot 0 is the best tie-break any actor of this tier can have.
            if full && kept.peek().is_none_or(|worst| !outranks(ceiling, 0, worst)) {
                break;
            }
            for &slot in &buckets[tier as usize] {
                let floor = kept.peek().filter(|_| kept.len() >= limit).copied();
                if let Some(s) = self.score_slot(slot, &pattern, floor) {
                    kept.push(s);
                    if kept.len() > limit {
                        kept.pop();
                    }
                }
            }
        }

        let hits = kept
            .into_sorted_vec()
            .iter()
            .map(|s| {
                let entry = &self.entries[s.entry as usize];
                ActorHit {
                    actor: self.actor_of_slot[s.slot as usize] as usize,
                    score: s.score.0,
                    alias: entry.index as usize,
                    highlight: self.highlight(entry, &pattern.words),
                }
            })
            .collect();
        self.last = Some(LastQuery {
            words: pattern.words,
            candidates,
        });
        hits
    }

    /// The first `limit` actors in tie-break order, for an empty query.
    fn by_mentions(&self, limit: usize) -> Vec<ActorHit> {
        (0..self.slot_entries.len() as u32)
            .take(limit)
            .filter_map(|slot| {
                let name = self.entries_of(slot).next()?;
                Some(ActorHit {
                    actor: self.actor_of_slot[slot as usize] as usize,
                    score: 0,
                    alias: name.index as usize,
                    highlight: Vec::new(),
                })
            })
            .collect()
    }

    fn entries_of(&self, slot: u32) -> impl Iterator<Item = &AliasEntry> {
        let (start, end) = self.slot_entries[slot as usize];
        self.entries[start as usize..end as usize].iter()
    }

    fn key(&self, entry: &AliasEntry) -> &str {
        &self.keys[entry.key.0 as usize..entry.key.1 as usize]
    }

    /// The actor's best alias and its score, if any alias matches every word. Aliases
    /// that cannot beat `floor` (the worst hit kept, once `limit` are kept) are skipped.
    fn score_slot(&self, slot: u32, pattern: &Pattern, floor: Option<Scored>) -> Option<Scored> {
        let (first, _) = self.slot_entries[slot as usize];
        let mut best: Option<Scored> = None;
        for (i, entry) in self.entries_of(slot).enumerate() {
            let key = self.key(entry);
            if !pattern.may_match(key.as_bytes(), entry.classes) {
                continue;
            }
            let tier = pattern.tier(key.as_bytes(), entry.heads) as i64 * TIER_WEIGHT;
            let ceiling = tier
                + pattern
                    .words
                    .iter()
                    .map(|w| skim::max_score(w, first_char(key, entry.heads, w)))
                    .sum::<i64>();
            let hopeless = best.is_some_and(|b| ceiling <= b.score.0)
                || floor.is_some_and(|f| !outranks(ceiling, slot, &f));
            if hopeless {
                continue;
            }
            let skim: Option<i64> = pattern
                .words
                .iter()
                .map(|w| self.skim.fuzzy(key, w).map(|(score, _)| score))
                .sum();
            let Some(skim) = skim else { continue };
            let score = tier + skim.clamp(-TIER_WEIGHT / 2, TIER_WEIGHT / 2 - 1);
            if best.is_none_or(|b| score > b.score.0) {
                best = Some(Scored {
                    score: Reverse(score),
                    slot,
                    entry: first + i as u32,
                });
            }
        }
        best
    }

    /// Byte ranges in the alias's original text of the letters the words matched, widened
    /// to whole graphemes.
    fn highlight(&self, entry: &AliasEntry, words: &[String]) -> Vec<Range<usize>> {
        let original = &self.originals[entry.original.0 as usize..entry.original.1 as usize];
        let folded = Folded::new(original);
        let key = self.key(entry);
        let positions: Vec<usize> = words
            .iter()
            .filter_map(|w| self.skim.fuzzy(key, w))
            .flat_map(|(_, p)| p)
            .collect();
        folded.original_ranges(&positions)
    }
}
