//! The actor gazetteer, read from `assets/actors.toml`: known actors with the ways they are
//! written, and the word lists (titles, stop words, organisation heads ...) the name finder
//! uses. The file format is described at the top of the bundled file.

use crate::model::ActorKind;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One known actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The display name (the key in the file).
    pub name: String,
    pub kind: ActorKind,
    /// Other written forms, the name not included.
    pub aliases: Vec<String>,
    /// Short forms that count only right after a title or honorific ("ông Tập").
    pub cued: Vec<String>,
}

pub use crate::lexicon::PhraseSet;

/// The word lists of the `[words]` table.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Titles and honorifics: a name after one is a person's.
    pub roles: PhraseSet,
    /// Sentence starters and time words: never actors, stripped from the start of a name.
    pub stopwords: PhraseSet,
    /// Capitalised head nouns that open an organisation's name (the company heads included).
    pub org_heads: PhraseSet,
    /// Bodies of local government named by their level and place ("UBND tỉnh Quảng Ngãi").
    pub local_bodies: PhraseSet,
    /// Levels of local government ("tỉnh", "huyện", "xã").
    pub admin_levels: PhraseSet,
    /// Legal forms after "Công ty" ("TNHH", "cổ phần").
    pub company_forms: PhraseSet,
    /// "tập đoàn", "công ty": organisation heads that stay out of a foreign name.
    pub company_heads: PhraseSet,
    /// Heads that open Vietnamese names only ("Ban Kỷ luật"; "Ban Ki-moon" is a person).
    pub native_heads: PhraseSet,
    /// Heads of named things that are not organisations (treaties).
    pub other_heads: PhraseSet,
    /// Descriptors a few words before a name that make it an organisation (the media cues
    /// included).
    pub org_cues: PhraseSet,
    /// "kênh", "tờ", "báo": before a channel or a paper; with the news words, an acronym
    /// after one is a source quoted.
    pub media_cues: PhraseSet,
    /// "tin" ("hãng tin TASS"): like a media cue for a quoted source, no organisation cue.
    pub news_words: PhraseSet,
    /// "và": joins a name to a cued one, which shares its cue.
    pub name_joiners: PhraseSet,
    /// "hiện", "là": may stand between the comma after a name and its title.
    pub title_fillers: PhraseSet,
    /// "của", "thuộc": the head noun after one is a possessor's.
    pub possessives: PhraseSet,
    /// Words right before a name that make it a place.
    pub place_cues: PhraseSet,
    /// Words before a name that make it a thing (ship, missile, film), not an actor.
    pub object_cues: PhraseSet,
    pub family_names: PhraseSet,
    /// Lower-case words inside foreign names ("von", "der").
    pub particles: PhraseSet,
    /// Last words that make a name an organisation's ("Global", "Times").
    pub org_tails: PhraseSet,
    /// Lower-case words that may close an organisation's name ("quốc tế").
    pub qualifiers: PhraseSet,
    /// Verbs of saying: a name right before one is a person's or an organisation's.
    pub speech_verbs: PhraseSet,
    /// Forms of address ("ông", "bà"): after one, a person's given name wins over a
    /// country or a place written the same ("bà Nga", "ông Đức").
    pub address: PhraseSet,
    /// Aliases not matched at the start of a sentence.
    pub not_initial: HashSet<String>,
    /// Common words that open with a one-word name ("pháp luật"): no mention there.
    pub compounds: PhraseSet,
}

/// Known actors with their names in Vietnamese and other languages, and the word lists
/// the name finder uses.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    lexicon: Lexicon,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    words: Words,
    #[serde(default)]
    countries: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    places: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    organizations: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    people: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    other: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    short: BTreeMap<String, Vec<String>>,
    /// Read by a unit test of the actor finder.
    #[serde(default, rename = "examples")]
    _examples: Option<toml::Value>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Words {
    roles: Vec<String>,
    // The stop words, by what they are (one set in the lexicon).
    sentence_openers: Vec<String>,
    little_words: Vec<String>,
    pronouns: Vec<String>,
    time_words: Vec<String>,
    english_weekdays: Vec<String>,
    english_little_words: Vec<String>,
    page_words: Vec<String>,
    diseases: Vec<String>,
    units: Vec<String>,
    oil_benchmarks: Vec<String>,
    org_heads: Vec<String>,
    local_bodies: Vec<String>,
    admin_levels: Vec<String>,
    company_forms: Vec<String>,
    company_heads: Vec<String>,
    native_heads: Vec<String>,
    other_heads: Vec<String>,
    org_cues: Vec<String>,
    media_cues: Vec<String>,
    news_words: Vec<String>,
    name_joiners: Vec<String>,
    title_fillers: Vec<String>,
    possessives: Vec<String>,
    place_cues: Vec<String>,
    object_cues: Vec<String>,
    family_names: Vec<String>,
    particles: Vec<String>,
    org_tails: Vec<String>,
    qualifiers: Vec<String>,
    speech_verbs: Vec<String>,
    address: Vec<String>,
    not_initial: Vec<String>,
    compounds: Vec<String>,
}

impl Words {
    /// Every stop word: the named lists of `[words]` and the English months of
    /// `assets/dates.toml` ("March" alone is no actor).
    fn stopwords(&self) -> Vec<String> {
        let months = crate::extract::dates::words().english_months.iter();
        [
            &self.sentence_openers,
            &self.little_words,
            &self.pronouns,
            &self.time_words,
            &self.english_weekdays,
            &self.english_little_words,
            &self.page_words,
            &self.diseases,
            &self.units,
            &self.oil_benchmarks,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .chain(months.map(|m| (*m).to_string()))
        .collect()
    }
}

/// The 1-based line of the `nth` (0-based) quoted occurrence of `needle` in `src`, or of
/// its first occurrence when there are fewer.
/// Only the actor tables are searched: the word lists may quote the same words.
fn line_of(src: &str, needle: &str, nth: usize) -> usize {
    let quoted = format!("\"{needle}\"");
    let headers = [
        "[countries]",
        "[places]",
        "[organizations]",
        "[people]",
        "[other]",
        "[short]",
    ];
    let from = headers
        .iter()
        .filter_map(|h| src.find(h))
        .min()
        .unwrap_or(0);
    let found: Vec<usize> = src[from..]
        .match_indices(&quoted)
        .map(|(i, _)| from + i)
        .collect();
    let at = found.get(nth).or(found.first()).copied().unwrap_or(0);
    src[..at].matches('\n').count() + 1
}

impl Gazetteer {
    /// The gazetteer bundled in the binary (`assets/actors.toml`; a test checks it parses).
    pub fn bundled() -> Self {
        crate::lexicon::bundled(
            "actors.toml",
            Gazetteer::from_toml(include_str!("../../assets/actors.toml")),
        )
    }

    /// The bundled gazetteer, parsed once for the whole process.
    pub fn shared() -> &'static Gazetteer {
        static SHARED: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        SHARED.get_or_init(Gazetteer::bundled)
    }

    /// Read a gazetteer in the format of `assets/actors.toml`. The error names the line.
    pub fn from_toml(src: &str) -> Result<Gazetteer, String> {
        let file: File = toml::from_str(src).map_err(|e| {
            let line = e
                .span()
                .map(|s| src[..s.start.min(src.len())].matches('\n').count() + 1);
            match line {
                Some(line) => format!("actors.toml line {line}: {}", e.message().trim()),
                None => format!("actors.toml: {}", e.message().trim()),
            }
        })?;
        let mut entries = Vec::new();
        let mut owner: HashMap<String, String> = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let tables = [
            (ActorKind::Country, &file.countries),
            (ActorKind::Place, &file.places),
            (ActorKind::Organization, &file.organizations),
            (ActorKind::Person, &file.people),
            (ActorKind::Other, &file.other),
        ];
        for (kind, table) in tables {
            for (name, aliases) in table {
                let mut forms = vec![name.clone()];
                forms.extend(aliases.iter().cloned());
                let mut kept = Vec::new();
                for form in &forms {
                    let nth = seen.entry(form.clone()).or_insert(0);
                    let line = line_of(src, form, *nth);
                    *nth += 1;
                    if form.trim().is_empty() {
                        return Err(format!("actors.toml line {line}: empty name or alias"));
                    }
                    if let Some(other) = owner.get(form) {
                        if other != name {
                            return Err(format!(
                                "actors.toml line {line}: \"{form}\" is listed for both \"{other}\" and \"{name}\""
                            ));
                        }
                        continue;
                    }
                    owner.insert(form.clone(), name.clone());
                    if form != name {
                        kept.push(form.clone());
                    }
                }
                entries.push(Entry {
                    name: name.clone(),
                    kind,
                    aliases: kept,
                    cued: Vec::new(),
                });
            }
        }
        for (name, short) in &file.short {
            let Some(entry) = entries.iter_mut().find(|e| &e.name == name) else {
                let line = line_of(src, name, usize::MAX);
                return Err(format!("actors.toml line {line}: [short] names \"{name}\", which is not a listed actor"));
            };
            entry.cued.extend(short.iter().cloned());
        }
        let w = &file.words;
        let lexicon = Lexicon {
            roles: PhraseSet::new(&w.roles),
            stopwords: PhraseSet::new(&w.stopwords()),
            org_heads: PhraseSet::new(&[&w.org_heads[..], &w.company_heads].concat()),
            local_bodies: PhraseSet::new(&w.local_bodies),
            admin_levels: PhraseSet::new(&w.admin_levels),
            company_forms: PhraseSet::new(&w.company_forms),
            company_heads: PhraseSet::new(&w.company_heads),
            native_heads: PhraseSet::new(&w.native_heads),
            other_heads: PhraseSet::new(&w.other_heads),
            org_cues: PhraseSet::new(&[&w.org_cues[..], &w.media_cues].concat()),
            media_cues: PhraseSet::new(&w.media_cues),
            news_words: PhraseSet::new(&w.news_words),
            name_joiners: PhraseSet::new(&w.name_joiners),
            title_fillers: PhraseSet::new(&w.title_fillers),
            possessives: PhraseSet::new(&w.possessives),
            place_cues: PhraseSet::new(&w.place_cues),
            object_cues: PhraseSet::new(&w.object_cues),
            family_names: PhraseSet::new(&w.family_names),
            particles: PhraseSet::new(&w.particles),
            org_tails: PhraseSet::new(&w.org_tails),
            qualifiers: PhraseSet::new(&w.qualifiers),
            speech_verbs: PhraseSet::new(&w.speech_verbs),
            address: PhraseSet::new(&w.address),
            not_initial: w.not_initial.iter().cloned().collect(),
            compounds: PhraseSet::new(&w.compounds),
        };
        Ok(Gazetteer { entries, lexicon })
    }

    /// The known actors: countries, places, organisations, people, other; by name within each.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The word lists.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_gazetteer_parses_and_knows_the_story() {
        let src = include_str!("../../assets/actors.toml");
        let g = Gazetteer::from_toml(src).unwrap();
        assert!(
            g.entries()
                .iter()
                .filter(|e| e.kind == ActorKind::Country)
                .count()
                >= 80
        );
        let nga = g.entries().iter().find(|e| e.name == "Nga").unwrap();
        assert!(nga.aliases.contains(&"Russia".to_string()));
        let nrc = g
            .entries()
            .iter()
            .find(|e| e.name == "Hội đồng Nga-NATO")
            .unwrap();
        assert_eq!(nrc.kind, ActorKind::Organization);
        assert!(g.lexicon().roles.contains("tổng thống"));
        assert!(g.lexicon().stopwords.contains("tuy nhiên"));
        assert!(Gazetteer::bundled().entries().len() == g.entries().len());
    }

    #[test]
    fn syntax_and_content_errors_name_the_line() {
        let bad = "[countries]\n\"Nga\" = [\"Russia\"]\n\"Mỹ\" = [\"USA\",\n";
        let err = Gazetteer::from_toml(bad).unwrap_err();
        assert!(err.contains("line 3") || err.contains("line 4"), "{err}");

        let wrong_type = "[countries]\n\"Nga\" = [\"Russia\"]\n\"Mỹ\" = 3\n";
        let err = Gazetteer::from_toml(wrong_type).unwrap_err();
        assert!(err.contains("line 3"), "{err}");

        let unknown = "[words]\nroles = []\n\n[planets]\n\"Mars\" = []\n";
        let err = Gazetteer::from_toml(unknown).unwrap_err();
        assert!(err.contains("line 4"), "{err}");

        let dup = "[countries]\n\"Nga\" = [\"Russia\"]\n\n[places]\n\"Moscow\" = [\"Russia\"]\n";
        let err = Gazetteer::from_toml(dup).unwrap_err();
        assert!(err.contains("line 5") && err.contains("Russia"), "{err}");

        let short = "[people]\n\"A B\" = []\n[short]\n\"C D\" = [\"D\"]\n";
        let err = Gazetteer::from_toml(short).unwrap_err();
        assert!(err.contains("line 4"), "{err}");
    }
}
