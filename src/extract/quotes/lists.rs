//! The word lists of `assets/quotes.toml`, read once into sets the finder looks phrases up in.

pub use crate::lexicon::PhraseSet as Phrases;
use crate::lexicon::{normalise, WordSet};
use crate::state::fnv::Fnv;
use aho_corasick::AhoCorasick;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

type FastSet = HashSet<String, BuildHasherDefault<Fnv>>;

/// One example of a list: an article and the statement it must (or must not) give.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub none: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    verbs: Verbs,
    not_verbs: NotVerbs,
    theo: Theo,
    outlets: OutletsTable,
    anonymous: Anonymous,
    pronouns: Pronouns,
    between: Between,
    sentences: Sentences,
    interview: Interview,
    roles: Vec<RoleGroup>,
    titles: Titles,
    counterparts: Counterparts,
    seats: BTreeMap<String, String>,
    description: Vec<DescriptionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Verbs {
    words: Vec<String>,
    weak: Vec<String>,
    split: Vec<(String, String)>,
    that: Vec<String>,
    that_after_verb: Vec<String>,
    empty_objects: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotVerbs {
    before: Vec<String>,
    after: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Theo {
    carriers: Vec<String>,
    links: Vec<String>,
    openers: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletsTable {
    cues: Vec<String>,
    names: Vec<String>,
    quoting: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Anonymous {
    quantifiers: Vec<String>,
    one: Vec<String>,
    nouns: Vec<String>,
    sources: Vec<String>,
    groups: Vec<String>,
    unnamed: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pronouns {
    male: Vec<String>,
    female: Vec<String>,
    either: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Between {
    words: Vec<String>,
    modifiers: Vec<String>,
    anaphoric: Vec<String>,
    ages: Vec<String>,
    born: Vec<String>,
    nationals: Vec<String>,
    connectors: Vec<String>,
    audience: Vec<String>,
    times: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Interview {
    askers: Vec<String>,
    dashes: Vec<String>,
    thanks: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sentences {
    abbreviations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleGroup {
    name: String,
    #[serde(default)]
    office: bool,
    titles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Titles {
    before: Vec<TitlePrefix>,
    joiners: Vec<String>,
    represents: Vec<String>,
    examples: Vec<Example>,
}

/// A word before a title ("cựu", "nữ") and what it says of the holder.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct TitlePrefix {
    pub words: String,
    #[serde(default)]
    pub female: bool,
    #[serde(default)]
    pub former: bool,
    #[serde(default)]
    pub definite: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Counterparts {
    words: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DescriptionEntry {
    words: Vec<String>,
    roles: Vec<String>,
    #[serde(default)]
    female: bool,
    #[serde(default)]
    loose: bool,
    examples: Vec<Example>,
}

/// Who a pronoun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Either,
}

/// A description's role groups and whether it names a woman.
#[derive(Clone, Debug)]
pub struct Description {
    pub roles: u32,
    pub female: bool,
    /// Said of anyone with some expertise ("chuyên gia"): pointing back ("chuyên gia
    /// này", "nữ chuyên gia") it is the person named last, whatever title they were given.
    pub loose: bool,
}

/// Everything the finder reads from `assets/quotes.toml`.
#[derive(Debug, Default)]
pub struct Lists {
    /// Reporting verbs, in the file's order (a cue is named by its phrase).
    pub verbs: Phrases,
    pub verb_words: Vec<String>,
    pub weak: HashSet<String>,
    pub split: Vec<(String, String)>,
    /// "rằng": opens what was said after the verb and the person told.
    pub that: WordSet,
    /// "là": opens what was said right after the verb only.
    pub that_after_verb: WordSet,
    /// "tại", "của": joining words inside a title or after a name.
    pub title_joiners: WordSet,
    /// "đại diện": before a body that speaks through a person.
    pub represents: Phrases,
    /// "cựu", "nữ": words before a title, and what each says ([`Lists::title_prefix_of`]).
    pub title_prefixes: Phrases,
    pub title_prefix_of: Vec<TitlePrefix>,
    pub empty_objects: Phrases,
    pub not_before: Phrases,
    pub not_after: Phrases,
    pub carriers: Phrases,
    /// A carrier without its last word when that is a link ("báo cáo" of "báo cáo của"):
    /// a few lower-case words may stand between them ("báo cáo nhanh của").
    pub carrier_heads: Phrases,
    pub carrier_links: Phrases,
    pub outlet_cues: Phrases,
    pub outlet_names: Phrases,
    pub quoting: Phrases,
    pub quantifiers: Phrases,
    pub one: Phrases,
    pub people_nouns: Phrases,
    pub sources: Phrases,
    pub groups: Phrases,
    pub unnamed: Phrases,
    /// Pronoun phrases and who each stands for.
    pub pronouns: Phrases,
    pub pronoun_gender: Vec<Gender>,
    pub between: Phrases,
    pub modifiers: Phrases,
    pub anaphoric: Phrases,
    /// What a description says of the person, not of the title: an age after a number
    /// ("58 tuổi"), a birth year after `born` ("sinh năm 2003"), a nationality, `nationals`
    /// before a country ("người Hà Lan").
    pub ages: Phrases,
    pub born: Phrases,
    pub nationals: Phrases,
    pub connectors: Phrases,
    pub audience: Phrases,
    /// Of `audience`, the words that tell a time: without "rằng" after them they open what
    /// was said.
    pub times: Phrases,
    /// Words a stop follows without ending the sentence ("TS.", "PGS.TS.", "TP."), lower
    /// case.
    pub abbreviations: HashSet<String>,
    /// The dashes that open each turn of an interview written as a dialogue ("— Anh đánh
    /// giá thế nào …?", "— Tôi nghĩ …").
    pub dashes: Vec<String>,
    /// How an interviewer thanks the person at the end ("— Xin cảm ơn anh!"): a turn of
    /// the interviewer's, like a question.
    pub thanks: Phrases,
    /// The interviewer's labels ("pv", "phóng viên", "hỏi"): paragraphs opening with one
    /// and a colon are an interview's questions.
    pub askers: Phrases,
    /// Every title of every role group.
    pub titles: Phrases,
    pub title_words: Vec<String>,
    /// For each title (index into `title_words`): the groups it belongs to, and the office
    /// groups, as bit sets.
    pub title_roles: Vec<u32>,
    pub title_offices: Vec<u32>,
    pub role_names: Vec<String>,
    pub counterparts: Phrases,
    /// Seat of government → country, both as written.
    pub seats: Vec<(String, String)>,
    pub descriptions: Phrases,
    /// The first words of every title and description, and of the words that may open
    /// one ("nữ", "vị", "cựu"): any other word opens none.
    pub title_firsts: FastSet,
    pub description_of: Vec<Description>,
    /// Every list's examples, named by the list.
    pub examples: Vec<(String, Example)>,
    /// Finds where a verb of saying may start, in text as written, and "Theo" opening a
    /// clause (patterns from `theo_from` on): a paragraph with none, and no quotation mark
    /// or colon, holds no statement.
    pub cues: Option<AhoCorasick>,
    pub theo_from: usize,
}

/// The most bytes before the colon of an interview's label ("Phóng viên Dân trí:").
const LABEL_MAX_BYTES: usize = 80;

/// The most role groups the file may define (they are bits of a `u32`).
const MAX_ROLES: usize = 32;

impl Lists {
    pub fn from_toml(src: &str) -> Result<Lists, String> {
        let f: File = toml::from_str(src).map_err(|e| format!("quotes.toml: {}", e.message()))?;
        if f.roles.len() > MAX_ROLES {
            return Err(format!("quotes.toml: at most {MAX_ROLES} [[roles]] groups"));
        }
        let role_names: Vec<String> = f.roles.iter().map(|r| r.name.clone()).collect();
        let mut title_words: Vec<String> = Vec::new();
        let mut title_roles: Vec<u32> = Vec::new();
        let mut title_offices: Vec<u32> = Vec::new();
        for (g, group) in f.roles.iter().enumerate() {
            for t in &group.titles {
                let t = normalise(t);
                let i = if let Some(i) = title_words.iter().position(|x| *x == t) {
                    i
                } else {
                    title_words.push(t);
                    title_roles.push(0);
                    title_offices.push(0);
                    title_words.len() - 1
                };
                title_roles[i] |= 1 << g;
                if group.office {
                    title_offices[i] |= 1 << g;
                }
            }
        }
        // A longer title holds the roles of the title it opens with ("người phát ngôn bộ
        // ngoại giao" is a spokesperson's).
        let (roles0, offices0) = (title_roles.clone(), title_offices.clone());
        for (i, t) in title_words.iter().enumerate() {
            for (j, u) in title_words.iter().enumerate() {
                if i != j && t.starts_with(&format!("{u} ")) {
                    title_roles[i] |= roles0[j];
                    title_offices[i] |= offices0[j];
                }
            }
        }
        let mut desc_words: Vec<String> = Vec::new();
        let mut description_of = Vec::new();
        let mut examples = Vec::new();
        for d in &f.description {
            let mut roles = 0u32;
            for r in &d.roles {
                let g = role_names.iter().position(|n| n == r).ok_or_else(|| {
                    format!("quotes.toml: [[description]] names no role group {r:?}")
                })?;
                roles |= 1 << g;
            }
            for w in &d.words {
                desc_words.push(w.clone());
                description_of.push(Description {
                    roles,
                    female: d.female,
                    loose: d.loose,
                });
            }
            for e in &d.examples {
                examples.push((format!("description {:?}", d.words[0]), e.clone()));
            }
        }
        let mut pronoun_words = Vec::new();
        let mut pronoun_gender = Vec::new();
        for (list, g) in [
            (&f.pronouns.male, Gender::Male),
            (&f.pronouns.female, Gender::Female),
            (&f.pronouns.either, Gender::Either),
        ] {
            for w in list {
                pronoun_words.push(w.clone());
                pronoun_gender.push(g);
            }
        }
        let named = |name: &str, list: &[Example]| {
            list.iter()
                .map(|e| (name.to_string(), e.clone()))
                .collect::<Vec<_>>()
        };
        examples.extend(named("verbs", &f.verbs.examples));
        examples.extend(named("not_verbs", &f.not_verbs.examples));
        examples.extend(named("theo", &f.theo.examples));
        examples.extend(named("outlets", &f.outlets.examples));
        examples.extend(named("anonymous", &f.anonymous.examples));
        examples.extend(named("pronouns", &f.pronouns.examples));
        examples.extend(named("between", &f.between.examples));
        examples.extend(named("titles", &f.titles.examples));
        examples.extend(named("counterparts", &f.counterparts.examples));
        examples.extend(named("interview", &f.interview.examples));
        // Verbs as written, lower case or opening a sentence; a split verb by its second
        // word ("cho" alone is too common a word to look for).
        let mut cue_words: Vec<String> = Vec::new();
        let split_seconds = f.verbs.split.iter().map(|(_, b)| normalise(b));
        for w in f
            .verbs
            .words
            .iter()
            .map(|w| normalise(w))
            .chain(split_seconds)
        {
            let mut first = w.chars();
            if let Some(c) = first.next() {
                cue_words.push(c.to_uppercase().chain(first).collect());
            }
            cue_words.push(w);
        }
        let title_firsts: FastSet = title_words
            .iter()
            .chain(desc_words.iter())
            .map(|w| normalise(w).split(' ').next().unwrap_or("").to_string())
            .chain(f.titles.before.iter().map(|b| {
                normalise(&b.words)
                    .split(' ')
                    .next()
                    .unwrap_or("")
                    .to_string()
            }))
            .collect();
        let theo_from = cue_words.len();
        cue_words.extend(f.theo.openers.iter().cloned());
        let cues = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&cue_words)
            .ok();
        Ok(Lists {
            cues,
            theo_from,
            verbs: Phrases::new(&f.verbs.words),
            verb_words: f.verbs.words.iter().map(|w| normalise(w)).collect(),
            that: WordSet::new(f.verbs.that.iter().map(|w| normalise(w))),
            that_after_verb: WordSet::new(f.verbs.that_after_verb.iter().map(|w| normalise(w))),
            title_joiners: WordSet::new(f.titles.joiners.iter().map(|w| normalise(w))),
            represents: Phrases::new(&f.titles.represents),
            title_prefixes: Phrases::new(
                &f.titles.before.iter().map(|b| &b.words).collect::<Vec<_>>(),
            ),
            title_prefix_of: f.titles.before.clone(),
            weak: f.verbs.weak.iter().map(|w| normalise(w)).collect(),
            split: f
                .verbs
                .split
                .iter()
                .map(|(a, b)| (normalise(a), normalise(b)))
                .collect(),
            empty_objects: Phrases::new(&f.verbs.empty_objects),
            not_before: Phrases::new(&f.not_verbs.before),
            not_after: Phrases::new(&f.not_verbs.after),
            carriers: Phrases::new(&f.theo.carriers),
            carrier_heads: Phrases::new(
                &f.theo
                    .carriers
                    .iter()
                    .filter_map(|c| {
                        let (head, last) = c.rsplit_once(' ')?;
                        f.theo
                            .links
                            .iter()
                            .any(|l| l == last)
                            .then(|| head.to_string())
                    })
                    .collect::<Vec<_>>(),
            ),
            carrier_links: Phrases::new(&f.theo.links),
            outlet_cues: Phrases::new(&f.outlets.cues),
            outlet_names: Phrases::new(&f.outlets.names),
            quoting: Phrases::new(&f.outlets.quoting),
            quantifiers: Phrases::new(&f.anonymous.quantifiers),
            one: Phrases::new(&f.anonymous.one),
            people_nouns: Phrases::new(&f.anonymous.nouns),
            sources: Phrases::new(&f.anonymous.sources),
            groups: Phrases::new(&f.anonymous.groups),
            unnamed: Phrases::new(&f.anonymous.unnamed),
            pronouns: Phrases::new(&pronoun_words),
            pronoun_gender,
            between: Phrases::new(&f.between.words),
            modifiers: Phrases::new(&f.between.modifiers),
            anaphoric: Phrases::new(&f.between.anaphoric),
            ages: Phrases::new(&f.between.ages),
            born: Phrases::new(&f.between.born),
            nationals: Phrases::new(&f.between.nationals),
            connectors: Phrases::new(&f.between.connectors),
            audience: Phrases::new(&f.between.audience),
            times: Phrases::new(&f.between.times),
            abbreviations: f.sentences.abbreviations.iter().cloned().collect(),
            askers: Phrases::new(&f.interview.askers),
            dashes: f.interview.dashes.clone(),
            thanks: Phrases::new(&f.interview.thanks),
            titles: Phrases::new(&title_words),
            title_words,
            title_roles,
            title_offices,
            role_names,
            counterparts: Phrases::new(&f.counterparts.words),
            seats: f.seats.into_iter().collect(),
            title_firsts,
            descriptions: Phrases::new(&desc_words),
            description_of,
            examples,
        })
    }

    /// The lists bundled in the binary (a test checks they parse).
    pub fn bundled() -> &'static Lists {
        static LISTS: OnceLock<Lists> = OnceLock::new();
        LISTS.get_or_init(|| {
            crate::lexicon::bundled(
                "quotes.toml",
                Lists::from_toml(include_str!("../../../assets/quotes.toml")),
            )
        })
    }

    /// The turn of a dialogue that `text` opens, without its dash ("— Tôi nghĩ …" → "Tôi
    /// nghĩ …"), or `None`.
    pub fn dashed<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.dashes
            .iter()
            .find_map(|d| text.strip_prefix(d.as_str()))
            .filter(|rest| rest.starts_with(' '))
            .map(str::trim_start)
    }

    /// Whether a turn of a dialogue is the interviewer's: a question, or thanks.
    pub fn dash_asks(&self, turn: &str) -> bool {
        let lower = turn.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        turn.trim_end().ends_with('?') || self.thanks.longest(&words).is_some()
    }

    /// Whether paragraph `text` opens with an interviewer's label and a colon ("PV: …",
    /// "Phóng viên Dân trí: …"): a question, not a statement.
    pub fn asks(&self, text: &str) -> bool {
        // A label is a few words: the colon is near the start, or there is none.
        let head = &text.as_bytes()[..text.len().min(LABEL_MAX_BYTES)];
        let Some(colon) = memchr::memchr(b':', head) else {
            return false;
        };
        let label = &text[..colon];
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.is_empty() || words.len() > super::find::MAX_LABEL_WORDS {
            return false;
        }
        let lower: Vec<String> = words
            .iter()
            .map(|w| crate::text::lower_same_len(w.trim_end_matches('.')))
            .collect();
        self.askers
            .longest_of(lower.iter().map(String::as_str))
            .is_some()
    }

    /// The verb as the file writes it: the cue of a statement.
    pub fn verb(&self, i: usize) -> &str {
        self.verb_words.get(i).map_or("", String::as_str)
    }
}
