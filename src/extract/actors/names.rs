//! Comparing names: a spelling-blind key for one word ("Grouchko" = "Grushko", "Sergey" =
//! "Sergei", "Maksim" = "Maxim"), a case- and dash-blind key for whole names, and the rule
//! that says when two people's names are the same person.

use super::words::{is_capitalised, is_viet_syllable, lower_same_len};
use crate::extract::gazetteer::Lexicon;
use crate::text::fold;
use std::collections::HashMap;

/// A key for a whole name that ignores case, diacritics, dashes, spacing and the order of
/// dash-joined names: "Hội đồng Nga - NATO", "Hội đồng Nga-NATO" and "Hội đồng NATO-Nga"
/// share it.
pub fn name_key(name: &str) -> String {
    let mut joined = name.to_string();
    for d in [" - ", " – ", " — ", "–", "—"] {
        joined = joined.replace(d, "-");
    }
    let words: Vec<String> = joined
        .split_whitespace()
        .map(|w| {
            let mut parts: Vec<&str> = w.split('-').collect();
            if parts.len() > 1 && parts.iter().all(|p| is_capitalised(p)) {
                parts.sort_unstable();
            }
            parts.join("-")
        })
        .collect();
    let f = fold(&words.join(" "));
    let mut out = String::with_capacity(f.len());
    for part in f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// A key for one word of a foreign name that maps common transliteration variants
/// together: sh/ch/tch/sch → one sound, zh → j, kh → h, ks → x, ou → u, y → i, c/q → k,
/// w → v, ph → f, doubled letters once, no hyphens.
pub fn word_key(word: &str) -> String {
    let mut s: String = fold(word).chars().filter(|c| c.is_alphanumeric()).collect();
    for (from, to) in [
        ("shch", "§"),
        ("tch", "§"),
        ("sch", "§"),
        ("sh", "§"),
        ("ch", "§"),
        ("zh", "j"),
        ("kh", "h"),
        ("ph", "f"),
        ("ks", "x"),
        ("ck", "k"),
        ("c", "k"),
        ("q", "k"),
        ("w", "v"),
        ("ou", "u"),
        ("y", "i"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Edit distance between two strings, by characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

/// Whether two surname keys are the same surname: equal, or one letter apart when both are
/// long ("Lukashenko"/"Lukashenka"), but never a Russian name and its feminine form
/// ("Zakharov"/"Zakharova").
pub fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let feminine =
        |x: &str, y: &str| x.len() + 1 == y.len() && y.starts_with(x) && y.ends_with('a');
    a.chars().count().min(b.chars().count()) >= 6
        && !feminine(a, b)
        && !feminine(b, a)
        && levenshtein(a, b) <= 1
}

/// Whether two given-name keys can be the same person's: equal, an initial of the other,
/// or close spellings starting alike ("alexander"/"alexandr"). "Sergei" and "Alexander"
/// are not; neither are "Alexander" and "Alexei".
pub fn same_given(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (fa, fb) = (a.chars().next(), b.chars().next());
    if fa != fb {
        return false;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == 1 || lb == 1 {
        return true;
    }
    la.min(lb) >= 4 && levenshtein(a, b) <= 2
}

/// A person's name cut into what the comparisons need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName {
    /// Key of the first given name, when there is one.
    pub given: Option<String>,
    /// Key of the surname.
    pub surname: String,
    /// The surname as written, with its particles ("von der Leyen", "Grushko").
    pub short: String,
    /// Every word is a Vietnamese syllable ("Bùi Thanh Sơn"): compare whole names only.
    pub vietnamese: bool,
    /// Key of the whole name.
    pub whole: String,
}

impl PersonName {
    pub fn parse(name: &str, lex: &Lexicon) -> Option<PersonName> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let is_particle = |w: &str| lex.particles.contains(&lower_same_len(w));
        let last = *words.last()?;
        let mut short_from = words.len() - 1;
        while short_from > 1 && is_particle(words[short_from - 1]) {
            short_from -= 1;
        }
        let given = words
            .iter()
            .take(short_from)
            .find(|w| !is_particle(w))
            .map(|w| word_key(w));
        Some(PersonName {
            given,
            surname: word_key(last),
            short: words[short_from..].join(" "),
            vietnamese: words.iter().all(|w| is_viet_syllable(w)),
            whole: name_key(name),
        })
    }

    /// Whether two full names (given name and surname) name the same person.
    pub fn same_person(&self, other: &PersonName) -> bool {
        if self.vietnamese || other.vietnamese {
            return self.whole == other.whole;
        }
        match (&self.given, &other.given) {
            (Some(a), Some(b)) => same_surname(&self.surname, &other.surname) && same_given(a, b),
            _ => false,
        }
    }

    /// Whether a surname alone (`key` from [`word_key`]) can be this person's.
    pub fn has_surname(&self, key: &str) -> bool {
        !self.vietnamese && same_surname(&self.surname, key)
    }
}

/// Finds, among many surname keys, those one edit or less from a given key, without
/// comparing against every one: each key is filed under itself and under each string one
/// deletion away ("symmetric delete"), and so is the query.
#[derive(Clone, Debug, Default)]
pub struct NearIndex {
    map: HashMap<String, Vec<usize>>,
}

impl NearIndex {
    fn variants(key: &str) -> Vec<String> {
        let chars: Vec<char> = key.chars().collect();
        let mut out = vec![key.to_string()];
        for i in 0..chars.len() {
            let v: String = chars
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect();
            out.push(v);
        }
        out
    }

    pub fn insert(&mut self, key: &str, id: usize) {
        for v in Self::variants(key) {
            let ids = self.map.entry(v).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }

    /// Ids filed under keys that may be within one edit of `key` (a superset; check them).
    pub fn candidates(&self, key: &str) -> Vec<usize> {
        let mut out: Vec<usize> = Self::variants(key)
            .iter()
            .filter_map(|v| self.map.get(v))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::gazetteer::Gazetteer;

    #[test]
    fn transliteration_variants_share_a_key() {
        for (a, b) in [
            ("Grushko", "Grouchko"),
            ("Sergei", "Sergey"),
            ("Maksim", "Maxim"),
            ("Zelensky", "Zelenskiy"),
            ("Zelenskyy", "Zelensky"),
            ("Dmitry", "Dmitri"),
            ("Shoigu", "Choigou"),
        ] {
            assert_eq!(word_key(a), word_key(b), "{a} / {b}");
        }
        assert_ne!(word_key("Lavrov"), word_key("Ryabkov"));
        assert_eq!(
            name_key("Hội đồng Nga - NATO"),
            name_key("Hội đồng Nga-NATO")
        );
        assert_eq!(
            name_key("Hội đồng NATO-Nga"),
            name_key("Hội đồng Nga – NATO")
        );
        assert_ne!(name_key("Hội đồng Nga-NATO"), name_key("Hội đồng Nga"));
    }

    #[test]
    fn people_are_the_same_only_when_surname_and_given_name_agree() {
        let g = Gazetteer::bundled();
        let p = |n: &str| PersonName::parse(n, g.lexicon()).unwrap();
        assert!(p("Alexander Grushko").same_person(&p("Aleksandr Grushko")));
        assert!(p("Sergei Lavrov").same_person(&p("Sergey Lavrov")));
        assert!(p("Anders Fogh Rasmussen").same_person(&p("Anders Rasmussen")));
        assert!(!p("Sergei Lavrov").same_person(&p("Sergei Ryabkov")));
        assert!(!p("Alexander Grushko").same_person(&p("Alexander Fomin")));
        assert!(!p("Alexander Lukashenko").same_person(&p("Alexei Lukashenko")));
        assert!(!p("Maria Zakharova").same_person(&p("Mikhail Zakharov")));
        assert!(p("Alexander Grushko").has_surname(&word_key("Grouchko")));
        assert!(!p("Bùi Thanh Sơn").has_surname(&word_key("Sơn")));
        assert_eq!(p("Ursula von der Leyen").short, "von der Leyen");
        assert_eq!(p("Linda Thomas-Greenfield").short, "Thomas-Greenfield");
    }

    #[test]
    fn the_near_index_finds_every_key_one_edit_away() {
        let mut ix = NearIndex::default();
        for (i, k) in ["lukashenko", "zaharov", "lavrov", "riabkov"]
            .iter()
            .enumerate()
        {
            ix.insert(k, i);
        }
        assert!(ix.candidates("lukashenka").contains(&0));
        assert!(ix.candidates("zaharova").contains(&1));
        assert!(ix.candidates("lavrof").contains(&2));
        assert!(!ix.candidates("lavrov").contains(&3));
        assert!(ix.candidates("putin").is_empty());
    }
}
