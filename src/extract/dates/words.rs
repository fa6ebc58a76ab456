//! The word lists of `assets/dates.toml`, read once: what the date grammar's cues are.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    day_starters: Vec<String>,
    day_followers: Vec<String>,
    times_of_day: Vec<String>,
    quantifiers: Vec<String>,
    not_ago: Vec<String>,
    number_labels: Vec<String>,
    fraction_nouns: Vec<String>,
    occasions: Vec<String>,
    counted: Vec<String>,
    year_preps: Vec<String>,
    births: Vec<String>,
    english_months: Vec<String>,
    age_units: Vec<String>,
    future_markers: Vec<String>,
    not_future: Vec<String>,
    /// Read by the unit test below.
    #[serde(default, rename = "examples")]
    _examples: Option<toml::Value>,
}

type List = &'static [&'static str];

/// The date finder's word lists (see `assets/dates.toml` for what each is).
pub struct Words {
    pub day_starters: List,
    pub day_followers: List,
    pub times_of_day: List,
    pub quantifiers: List,
    pub not_ago: List,
    pub number_labels: List,
    pub fraction_nouns: List,
    pub occasions: List,
    pub counted: List,
    pub year_preps: List,
    /// Words before "năm 2003" that make it someone's birth, not a date of the story.
    pub births: List,
    /// "january" … "december", in order.
    pub english_months: List,
    /// The units of an age "2 giờ trước", as written.
    pub age_units: List,
    /// "sẽ", "dự kiến": each marker of the future as its words.
    pub future_markers: Vec<List>,
    /// "sắp xếp": a marker and the word after it that cancel it, as words.
    pub not_future: Vec<List>,
}

fn leak(v: Vec<String>) -> List {
    Box::leak(
        v.into_iter()
            .map(|s| &*Box::leak(s.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    )
}

/// A phrase as its words (`dự kiến` → `[dự, kiến]`).
fn words_of(phrase: &str) -> List {
    leak(phrase.split_whitespace().map(str::to_string).collect())
}

impl Words {
    pub fn from_toml(s: &str) -> Result<Words, String> {
        let f: File = toml::from_str(s).map_err(|e| e.to_string())?;
        Ok(Words {
            day_starters: leak(f.day_starters),
            day_followers: leak(f.day_followers),
            times_of_day: leak(f.times_of_day),
            quantifiers: leak(f.quantifiers),
            not_ago: leak(f.not_ago),
            number_labels: leak(f.number_labels),
            fraction_nouns: leak(f.fraction_nouns),
            occasions: leak(f.occasions),
            counted: leak(f.counted),
            year_preps: leak(f.year_preps),
            births: leak(f.births),
            english_months: leak(f.english_months),
            age_units: leak(f.age_units),
            future_markers: f.future_markers.iter().map(|m| words_of(m)).collect(),
            not_future: f.not_future.iter().map(|m| words_of(m)).collect(),
        })
    }
}

/// The bundled lists (their parsing is a test; a broken file stops the program, naming it).
pub fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        crate::lexicon::bundled(
            "dates.toml",
            Words::from_toml(include_str!("../../../assets/dates.toml")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence and the date phrases it must give.
    #[derive(Deserialize)]
    struct Example {
        text: String,
        found: Vec<String>,
    }

    #[derive(Deserialize)]
    struct Examples {
        examples: Vec<Example>,
    }

    #[test]
    fn the_bundled_lists_parse_and_their_examples_hold() {
        let src = include_str!("../../../assets/dates.toml");
        let w = Words::from_toml(src);
        assert!(w.is_ok(), "{:?}", w.err());
        let w = words();
        assert!(w.day_starters.contains(&"ngày") && w.year_preps.contains(&"hồi"));
        assert_eq!(w.english_months.len(), 12);
        assert_eq!(w.english_months[1], "february");
        let examples: Examples = toml::from_str(src).unwrap();
        assert!(examples.examples.len() >= 5);
        for e in &examples.examples {
            let found: Vec<&str> = super::super::find_dates(&e.text)
                .iter()
                .map(|m| m.surface(&e.text))
                .collect();
            assert_eq!(found, e.found, "{}", e.text);
        }
    }
}
