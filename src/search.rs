//! Fuzzy search over actor names, ignoring case and Vietnamese diacritics.

use crate::model::Actor;
use std::ops::Range;

/// One ranked hit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the actor slice the search was built from.
    pub actor: usize,
    pub score: i64,
    /// Which of the actor's aliases matched best (the name is one of them).
    pub alias: usize,
    /// Byte ranges of the matched letters in that alias, whole graphemes, merged.
    pub highlight: Vec<Range<usize>>,
}

/// A search over a fixed set of actors; remembers the last result so that a query that
/// only grows is narrowed from it.
pub struct ActorSearch {}

impl ActorSearch {
    pub fn new(actors: &[Actor]) -> Self {
        let _ = actors;
        ActorSearch {}
    }

    /// The best `limit` actors for `query`, best first. An empty query lists actors by
    /// mentions.
    pub fn query(&mut self, query: &str, limit: usize) -> Vec<Hit> {
        let _ = (query, limit);
        Vec::new()
    }
}
