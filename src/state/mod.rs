//! What the reader remembers about a corpus between runs: where you were, what you have
//! read, your bookmarks, and your corrections (publication dates you set, actors you
//! merged). One JSON file per corpus in the XDG state directory; see [`store`].
//!
//! Articles and actors are named by their ids, never by position, so the state survives
//! files being added to the corpus; ids that are no longer in it are kept, not dropped.

mod atomic;
pub(crate) mod fnv;
mod lock;
pub mod store;

pub use store::{Loaded, Saved, Store, Unusable, Warning};

use crate::article::{Article, Date, DateBasis};
use crate::model::Model;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The `schema` field of a state file.
pub const SCHEMA: &str = "dossier-state/1";

/// Where the reader was when it closed: the open article and the top of the view.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The open article's id.
    pub article: String,
    /// The paragraph at the top of the view (`None`: the headline was).
    pub paragraph: Option<usize>,
    /// Byte offset in that paragraph of the first character shown.
    #[serde(default)]
    pub offset: usize,
    /// Rows shown above that text (the blank line before a paragraph).
    #[serde(default)]
    pub above: usize,
}

/// Everything remembered about one corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Always [`SCHEMA`].
    #[serde(default = "schema")]
    pub schema: String,
    /// The corpus this is about: its paths, canonicalized and joined (see
    /// [`store::corpus_key`]); `"bundled"` for the bundled corpus.
    #[serde(default)]
    pub corpus: String,
    #[serde(default)]
    pub position: Option<Position>,
    /// Ids of the articles opened at least once.
    #[serde(default)]
    pub read: BTreeSet<String>,
    /// Ids of the bookmarked articles.
    #[serde(default)]
    pub bookmarks: BTreeSet<String>,
    /// Publication dates set by the user, by article id.
    #[serde(default, with = "dates")]
    pub dates: BTreeMap<String, Date>,
    /// Actor merges in the order made: the second actor (id) merged into the first.
    #[serde(default)]
    pub merges: Vec<(String, String)>,
}

fn schema() -> String {
    SCHEMA.to_string()
}

impl State {
    /// An empty state for the corpus `key`.
    pub fn new(key: &str) -> State {
        State {
            schema: schema(),
            corpus: key.to_string(),
            ..State::default()
        }
    }

    /// Bookmark `id`, or remove its bookmark; returns whether it is bookmarked now.
    pub fn toggle_bookmark(&mut self, id: &str) -> bool {
        if self.bookmarks.remove(id) {
            false
        } else {
            self.bookmarks.insert(id.to_string());
            true
        }
    }

    /// Set the publication date of `id`, or with `None` remove the user's date.
    pub fn set_date(&mut self, id: &str, date: Option<Date>) {
        match date {
            Some(d) => self.dates.insert(id.to_string(), d),
            None => self.dates.remove(id),
        };
    }

    /// Give every article the user dated that date, with basis `override`; returns how
    /// many articles changed.
    pub fn apply_dates(&self, articles: &mut [Article]) -> usize {
        let mut n = 0;
        for a in articles.iter_mut() {
            if let Some(&d) = self.dates.get(&a.id) {
                a.date = Some(d);
                a.date_basis = Some(DateBasis::Override);
                n += 1;
            }
        }
        n
    }

    /// Apply the user's corrections to a model as built: actor merges, then dates (and the
    /// year-less dates of the articles dated by hand, resolved again against them).
    pub fn correct(&self, model: &mut Model) {
        model.apply_merges(&self.merges);
        self.apply_dates(&mut model.articles);
        model.redate(&self.dated(model));
    }

    /// The articles of `model` the user gave a date.
    pub fn dated(&self, model: &Model) -> Vec<usize> {
        model
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| self.dates.contains_key(&a.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// A three-way merge for two readers of one corpus: `self` is the state on disk now,
    /// and what one reader changed from `base` (the state it loaded or last saved) to
    /// `mine` (the state it has now) is done to it; what the other readers saved stays.
    ///
    /// - `read`, `bookmarks`: what `mine` added is added, what it removed is removed.
    /// - `dates`: per article, a date `mine` set is set, one it removed is removed (the
    ///   last writer wins an article both dated).
    /// - `merges`: the pairs `mine` split off are removed, the pairs it merged are
    ///   appended when not there already.
    /// - `position`: `mine`'s when it moved, else the one on disk.
    ///
    /// ```
    /// use dossier::state::State;
    ///
    /// let base = State::new("bundled");
    /// let (mut one, mut two) = (base.clone(), base.clone());
    /// one.toggle_bookmark("a#1");
    /// two.toggle_bookmark("b#1");
    /// let disk = base.clone().with_changes(&base, &one); // the first reader saves
    /// let disk = disk.with_changes(&base, &two); // then the second
    /// assert_eq!(disk.bookmarks.len(), 2);
    /// ```
    pub fn with_changes(mut self, base: &State, mine: &State) -> State {
        merge_set(&mut self.read, &base.read, &mine.read);
        merge_set(&mut self.bookmarks, &base.bookmarks, &mine.bookmarks);
        for id in base.dates.keys().chain(mine.dates.keys()) {
            let now = mine.dates.get(id);
            if now != base.dates.get(id) {
                self.set_date(id, now.copied());
            }
        }
        for pair in base.merges.iter().filter(|p| !mine.merges.contains(p)) {
            if let Some(i) = self.merges.iter().position(|p| p == pair) {
                self.merges.remove(i);
            }
        }
        for pair in mine.merges.iter().filter(|p| !base.merges.contains(p)) {
            if !self.merges.contains(pair) {
                self.merges.push(pair.clone());
            }
        }
        if mine.position != base.position {
            self.position.clone_from(&mine.position);
        }
        self
    }

    /// Undo the last merge that made the actor `id` what it is (a merge into `id`, or
    /// into an actor that was merged into `id` later); returns the pair removed.
    pub fn split_last(&mut self, id: &str) -> Option<(String, String)> {
        let mut into: HashMap<&str, &str> = HashMap::new();
        let mut last = None;
        for (i, (keep, gone)) in self.merges.iter().enumerate() {
            let rep = resolve(&into, keep);
            if rep == id {
                last = Some(i);
            }
            if resolve(&into, gone) != rep {
                into.insert(gone, keep);
            }
        }
        last.map(|i| self.merges.remove(i))
    }
}

/// Add to `set` what `mine` has and `base` had not, and remove what `base` had and `mine`
/// has not.
fn merge_set(set: &mut BTreeSet<String>, base: &BTreeSet<String>, mine: &BTreeSet<String>) {
    set.extend(mine.difference(base).cloned());
    for gone in base.difference(mine) {
        set.remove(gone);
    }
}

/// Where an actor id ended up after the merges recorded in `into` (gone → kept).
fn resolve<'a>(into: &HashMap<&'a str, &'a str>, mut id: &'a str) -> &'a str {
    // A chain is at most as long as the map; guard against a cycle all the same.
    for _ in 0..=into.len() {
        match into.get(id) {
            Some(next) if *next != id => id = next,
            _ => break,
        }
    }
    id
}

/// Dates as `YYYY-MM-DD` strings; anything else fails the parse (and the file is set
/// aside as broken).
mod dates {
    use crate::article::Date;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(map: &BTreeMap<String, Date>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(map.iter().map(|(k, d)| (k, d.to_string())))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Date>, D::Error> {
        let raw = BTreeMap::<String, String>::deserialize(d)?;
        raw.into_iter()
            .map(|(k, v)| {
                let date = v
                    .parse::<Date>()
                    .map_err(|e| D::Error::custom(format!("date of {k:?}: {v:?}: {e}")))?;
                Ok((k, date))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmarks_toggle() {
        let mut s = State::new("bundled");
        assert!(s.toggle_bookmark("a#1"));
        assert!(s.bookmarks.contains("a#1"));
        assert!(!s.toggle_bookmark("a#1"));
        assert!(s.bookmarks.is_empty());
    }

    #[test]
    fn user_dates_override_and_say_so() {
        let mut s = State::new("bundled");
        let d = Date::new(2022, 1, 12).unwrap();
        s.set_date("x#1", Some(d));
        let mut articles = vec![crate::ui::fixture::sample().articles[2].clone()];
        articles[0].id = "x#1".into();
        assert_eq!(s.apply_dates(&mut articles), 1);
        assert_eq!(articles[0].date, Some(d));
        assert_eq!(articles[0].date_basis, Some(DateBasis::Override));
        s.set_date("x#1", None);
        assert!(s.dates.is_empty());
    }

    #[test]
    fn split_undoes_the_last_merge_into_an_actor_through_chains() {
        let mut s = State::new("k");
        s.merges = vec![
            ("a".into(), "b".into()),
            ("c".into(), "d".into()),
            ("b".into(), "e".into()), // b is already a: e goes into a
            ("a".into(), "c".into()),
        ];
        assert_eq!(s.split_last("a"), Some(("a".into(), "c".into())));
        assert_eq!(s.split_last("a"), Some(("b".into(), "e".into())));
        assert_eq!(s.split_last("c"), Some(("c".into(), "d".into())));
        assert_eq!(s.split_last("c"), None);
        assert_eq!(s.merges, vec![("a".to_string(), "b".to_string())]);
        assert_eq!(s.split_last("zzz"), None);
    }

    #[test]
    fn with_changes_does_only_what_the_reader_changed() {
        let mut disk = State::new("k");
        disk.bookmarks.insert("other#1".into());
        disk.set_date("other#1", Date::new(2022, 1, 2).ok());
        disk.merges.push(("a".into(), "b".into()));
        let mut base = State::new("k");
        base.bookmarks.insert("gone#1".into());
        // No change: what is on disk stays as it is, whatever the base.
        assert_eq!(disk.clone().with_changes(&base, &base), disk);
        let mut mine = base.clone();
        mine.toggle_bookmark("gone#1");
        mine.toggle_bookmark("new#1");
        mine.read.insert("new#1".into());
        mine.set_date("new#1", Date::new(2022, 1, 3).ok());
        mine.merges.push(("c".into(), "d".into()));
        let after = disk.with_changes(&base, &mine);
        assert_eq!(
            after.bookmarks.iter().collect::<Vec<_>>(),
            ["new#1", "other#1"]
        );
        assert!(after.read.contains("new#1"));
        assert_eq!(after.dates.len(), 2);
        assert_eq!(
            after.merges,
            [("a".into(), "b".into()), ("c".into(), "d".into())]
        );
    }

    #[test]
    fn json_round_trip_keeps_everything() {
        let mut s = State::new("/data/corpus");
        s.position = Some(Position {
            article: "a#1".into(),
            paragraph: Some(3),
            offset: 17,
            above: 1,
        });
        s.read.insert("a#1".into());
        s.bookmarks.insert("b#2".into());
        s.set_date("b#2", Date::new(2022, 1, 13).ok());
        s.merges.push(("nato".into(), "to-chuc-hiep-uoc".into()));
        let json = serde_json::to_string_pretty(&s).unwrap();
        assert!(json.contains("\"b#2\": \"2022-01-13\""), "{json}");
        let back: State = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn a_bad_date_or_an_unknown_field_does_not_parse() {
        let bad_date = r#"{"schema":"dossier-state/1","dates":{"a#1":"2022-02-30"}}"#;
        let e = serde_json::from_str::<State>(bad_date).unwrap_err();
        assert!(e.to_string().contains("2022-02-30"), "{e}");
        assert!(serde_json::from_str::<State>(r#"{"bookmark":[]}"#).is_err());
    }
}
