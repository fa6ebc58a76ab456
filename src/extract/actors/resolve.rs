//! Turning what the first reading found into actors: gazetteer entries plus the names
//! discovered in the corpus, with spelling variants, surnames and abbreviations merged into
//! the actor they name.

use super::abbrev::{Abbreviation, Long};
use super::discover::{Cue, MAX_ADDRESSED_NAME_WORDS, MIN_ADDRESSED_NAME_WORDS};
use super::forms::entry_forms;
use super::names::{name_key, word_key, NearIndex, PersonName};
use super::words::{is_viet_syllable, lower_same_len};
use crate::extract::gazetteer::{Gazetteer, Lexicon};
use crate::model::ActorKind;
use std::collections::HashMap;

/// The fewest words of a person's name split off a place's ("Ouk Sarith" of "Oddar
/// Meanchey Ouk Sarith"): one word could be part of the place's name.
const MIN_SPLIT_PERSON_WORDS: usize = 2;

/// Where something was first seen: (article, paragraph, byte).
pub type Pos = (usize, usize, usize);

/// What the corpus says about one discovered name.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Stats {
    pub count: usize,
    /// Times seen away from the start of a sentence.
    pub mid: usize,
    /// Times seen with each cue, by `Cue as usize`.
    cues: [usize; 5],
    /// Opened by an organisation head noun.
    pub org: bool,
    pub first: Pos,
}

impl Stats {
    pub fn new(first: Pos) -> Self {
        Stats {
            count: 0,
            mid: 0,
            cues: [0; 5],
            org: false,
            first,
        }
    }

    /// One more sighting.
    pub fn add(&mut self, pos: Pos, cue: Cue, initial: bool, org: bool) {
        self.count += 1;
        self.mid += usize::from(!initial);
        self.cues[cue as usize] += 1;
        self.org |= org;
        self.first = self.first.min(pos);
    }

    /// Add another reading's sightings of the same name.
    pub fn absorb(&mut self, other: &Stats) {
        self.count += other.count;
        self.mid += other.mid;
        for (a, b) in self.cues.iter_mut().zip(other.cues) {
            *a += b;
        }
        self.org |= other.org;
        self.first = self.first.min(other.first);
    }

    fn cue(&self, c: Cue) -> usize {
        self.cues[c as usize]
    }
}

/// An actor being assembled.
#[derive(Clone, Debug)]
pub struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    /// Written forms to look for, each with whether it needs a title right before it.
    pub forms: Vec<(String, bool)>,
    /// Merged into another draft (which holds its forms now).
    pub merged_into: Option<usize>,
}

/// The assembled actors; the first `entries.len()` are the gazetteer's, in order.
pub struct Resolved {
    pub drafts: Vec<ActorDraft>,
}

struct Builder<'a> {
    lex: &'a Lexicon,
    drafts: Vec<ActorDraft>,
    by_key: HashMap<String, usize>,
    /// Full names (two words or more) of people, by draft.
    people: Vec<(usize, PersonName)>,
    /// Indices into `people` by surname key.
    surnames: NearIndex,
    /// One-word forms of places and organisations (key, draft), by word key.
    single_forms: NearIndex,
    single_keys: Vec<(String, usize)>,
    /// For discovered drafts, how often each full form was seen (to pick the name).
    seen_forms: HashMap<usize, Vec<(String, usize, Pos)>>,
}

impl Builder<'_> {
    fn root(&self, mut d: usize) -> usize {
        while let Some(into) = self.drafts[d].merged_into {
            d = into;
        }
        d
    }

    fn lookup(&self, form: &str) -> Option<usize> {
        self.by_key.get(&name_key(form)).map(|&d| self.root(d))
    }

    fn add_form(&mut self, d: usize, form: &str, cued: bool) {
        let forms = &mut self.drafts[d].forms;
        if !forms.iter().any(|(f, _)| f == form) {
            forms.push((form.to_string(), cued));
        }
        if !cued {
            self.by_key.entry(name_key(form)).or_insert(d);
        }
        let one_word = !form.contains(' ');
        if self.drafts[d].kind == ActorKind::Person && !one_word {
            if let Some(p) = PersonName::parse(form, self.lex) {
                self.surnames.insert(&p.surname, self.people.len());
                self.people.push((d, p));
            }
        } else if self.drafts[d].kind != ActorKind::Person && one_word && !cued {
            let key = word_key(form);
            self.single_forms.insert(&key, self.single_keys.len());
            self.single_keys.push((key, d));
        }
    }

    fn new_draft(&mut self, name: &str, kind: ActorKind) -> usize {
        self.drafts.push(ActorDraft {
            name: name.to_string(),
            kind,
            forms: Vec::new(),
            merged_into: None,
        });
        let d = self.drafts.len() - 1;
        self.add_form(d, name, false);
        d
    }

    fn note_seen(&mut self, d: usize, form: &str, st: &Stats) {
        self.seen_forms
            .entry(d)
            .or_default()
            .push((form.to_string(), st.count, st.first));
    }

    /// Move `from`'s forms into `into`.
    fn merge(&mut self, from: usize, into: usize) {
        if from == into {
            return;
        }
        let forms = std::mem::take(&mut self.drafts[from].forms);
        for (f, c) in forms {
            self.add_form(into, &f, c);
            self.by_key.insert(name_key(&f), into);
        }
        let seen = self.seen_forms.remove(&from).unwrap_or_default();
        self.seen_forms.entry(into).or_default().extend(seen);
        self.drafts[from].merged_into = Some(into);
    }

    /// "Oddar Meanchey Ouk Sarith" (after "Tỉnh trưởng tỉnh"): a run that opens with the
    /// name of a place or country found elsewhere and goes on with two to four more
    /// capitalised words is that name and a person's, written with no comma between (rule
    /// place-then-person). The run is no actor; the person is the rest, when it reads as
    /// a foreign full name (a Vietnamese one needs its family name: the name finder takes
    /// those apart already). The matcher then finds the two names in the text.
    fn place_then_person(&self, surface: &str) -> Option<String> {
        let words: Vec<&str> = surface.split_whitespace().collect();
        (1..words.len()).find_map(|k| {
            let rest = &words[k..];
            let place = self.lookup(&words[..k].join(" ")).is_some_and(|d| {
                matches!(self.drafts[d].kind, ActorKind::Place | ActorKind::Country)
            });
            // "Ouk Sarith": capitalised words, not acronyms ("KSND tỉnh …" is no name).
            let name_word = |w: &&str| {
                let mut c = w.chars();
                c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase)
            };
            let person = place
                && (MIN_SPLIT_PERSON_WORDS..=MAX_ADDRESSED_NAME_WORDS).contains(&rest.len())
                && rest.iter().all(name_word)
                && !rest.iter().all(|w| is_viet_syllable(w));
            person.then(|| rest.join(" "))
        })
    }

    /// The kind a discovered name of two words or more gets, or `None` to drop it.
    fn kind_of_run(&self, surface: &str, st: &Stats) -> Option<ActorKind> {
        let words: Vec<&str> = surface
            .split_whitespace()
            .filter(|w| !self.lex.particles.contains(&lower_same_len(w)))
            .collect();
        let person = st.cue(Cue::Person);
        if st.cue(Cue::Object) > 0 && person == 0 {
            return None;
        }
        if words.iter().all(|w| is_viet_syllable(w)) {
            let family = words
                .first()
                .is_some_and(|w| self.lex.family_names.contains(&lower_same_len(w)));
            // A family name the list lacks: a full name seen after a title or "ông"/"bà"
            // ("ông Kiên Văn Thành", the name finder's `addressed-full-name`).
            let addressed = person > 0
                && (MIN_ADDRESSED_NAME_WORDS..=MAX_ADDRESSED_NAME_WORDS).contains(&words.len());
            return (addressed || (family && words.len() <= 4 && (words.len() >= 3 || person > 0)))
                .then_some(ActorKind::Person);
        }
        if words.iter().any(|w| w.chars().count() == 1) {
            return None;
        }
        let tail = words
            .last()
            .is_some_and(|w| self.lex.org_tails.contains(&lower_same_len(w)));
        let cued = st.count > st.cue(Cue::None);
        if !cued && !tail && st.count < 2 {
            // Seen once, with nothing around it saying what it is: too weak to keep.
            return None;
        }
        if st.cue(Cue::Org) > person || tail {
            Some(ActorKind::Organization)
        } else if st.cue(Cue::Place) > person {
            Some(ActorKind::Place)
        } else if words.len() <= 4 {
            Some(ActorKind::Person)
        } else {
            None
        }
    }

    /// The kind a one-word name gets when it is nobody's surname, or `None` to drop it.
    fn kind_of_single(&self, surface: &str, st: &Stats) -> Option<ActorKind> {
        // "Nga-Mỹ", "Mỹ-Trung": Vietnamese names joined by a dash are a relation, not a name.
        let joined_syllables = surface.contains('-') && surface.split('-').all(is_viet_syllable);
        if surface.chars().count() < 3
            || is_viet_syllable(surface)
            || joined_syllables
            || self.lex.stopwords.contains(&lower_same_len(surface))
        {
            return None;
        }
        let best = [Cue::Person, Cue::Org, Cue::Place, Cue::Object]
            .into_iter()
            .max_by_key(|c| (st.cue(*c), std::cmp::Reverse(*c as u8)))
            .filter(|c| st.cue(*c) > 0);
        match best {
            Some(Cue::Person) => Some(ActorKind::Person),
            Some(Cue::Org) => Some(ActorKind::Organization),
            Some(Cue::Place) => Some(ActorKind::Place),
            Some(_) => None,
            None => (st.mid >= 2).then_some(ActorKind::Other),
        }
    }

    /// A one-word name of a place or organisation spelt nearly like `surface`
    /// ("Ukraina"/"Ukraine", "Luhansk"/"Lugansk"): same start, one letter apart, long.
    fn similar_single(&self, surface: &str) -> Option<usize> {
        let key = word_key(surface);
        if key.chars().count() < 3 {
            return None;
        }
        let close = |k: &str| {
            k == key
                || (key.chars().count().min(k.chars().count()) >= 6
                    && key.chars().take(3).eq(k.chars().take(3))
                    && super::names::levenshtein(&key, k) <= 1)
        };
        self.single_forms
            .candidates(&key)
            .into_iter()
            .map(|i| &self.single_keys[i])
            .find(|(k, _)| close(k))
            .map(|(_, d)| self.root(*d))
    }

    /// The person one of whose full names is the same person as `p`.
    fn same_person(&self, p: &PersonName) -> Option<usize> {
        self.surnames
            .candidates(&p.surname)
            .into_iter()
            .map(|i| &self.people[i])
            .find(|(_, q)| q.same_person(p))
            .map(|(d, _)| self.root(*d))
    }

    /// The people (listed or named in full in the corpus) whose surname `key` can be.
    fn surname_owners(&self, key: &str) -> Vec<usize> {
        let mut all: Vec<usize> = self
            .surnames
            .candidates(key)
            .into_iter()
            .map(|i| &self.people[i])
            .filter(|(_, p)| p.has_surname(key))
            .map(|(d, _)| self.root(*d))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// Build the actors from the gazetteer and the first reading: `names` are discovered names
/// with their stats, `abbreviations` the pairs seen (with how often and where first).
pub fn resolve(
    g: &Gazetteer,
    names: &HashMap<String, Stats>,
    abbreviations: &HashMap<Abbreviation, (usize, Pos)>,
) -> Resolved {
    let lex = g.lexicon();
    let mut b = Builder {
        lex,
        drafts: Vec::new(),
        by_key: HashMap::new(),
        people: Vec::new(),
        surnames: NearIndex::default(),
        single_forms: NearIndex::default(),
        single_keys: Vec::new(),
        seen_forms: HashMap::new(),
    };
    for e in g.entries() {
        b.drafts.push(ActorDraft {
            name: e.name.clone(),
            kind: e.kind,
            forms: Vec::new(),
            merged_into: None,
        });
        let d = b.drafts.len() - 1;
        for (f, cued) in entry_forms(e) {
            b.add_form(d, &f, cued);
        }
    }
    let gazetteer_len = b.drafts.len();

    let mut sorted: Vec<(&String, &Stats)> = names.iter().collect();
    sorted.sort_by(|a, b| {
        b.1.count
            .cmp(&a.1.count)
            .then(a.1.first.cmp(&b.1.first))
            .then(a.0.cmp(b.0))
    });
    let mut singles = Vec::new();
    for (surface, st) in sorted {
        if surface.split_whitespace().count() == 1 {
            // One word is compared by spelling, never by folded key: "Y" is not "Ý".
            singles.push((surface, st));
            continue;
        }
        if let Some(d) = b.lookup(surface) {
            b.add_form(d, surface, false);
            b.note_seen(d, surface, st);
            continue;
        }
        if let Some(rest) = b.place_then_person(surface) {
            // The person alone, as a name seen on its own would be.
            if let Some(d) = b.lookup(&rest) {
                b.note_seen(d, &rest, st);
            } else if let Some(p) = PersonName::parse(&rest, lex) {
                let d = match b.same_person(&p) {
                    Some(d) => d,
                    None => b.new_draft(&rest, ActorKind::Person),
                };
                b.add_form(d, &rest, false);
                b.note_seen(d, &rest, st);
            }
            continue;
        }
        if st.org {
            let d = b.new_draft(surface, ActorKind::Organization);
            b.note_seen(d, surface, st);
            continue;
        }
        let Some(kind) = b.kind_of_run(surface, st) else {
            continue;
        };
        if kind == ActorKind::Person {
            let Some(p) = PersonName::parse(surface, lex) else {
                continue;
            };
            if let Some(d) = b.same_person(&p) {
                b.add_form(d, surface, false);
                b.note_seen(d, surface, st);
                continue;
            }
        }
        let d = b.new_draft(surface, kind);
        b.note_seen(d, surface, st);
    }

    let mut pairs: Vec<(&Abbreviation, &(usize, Pos))> = abbreviations.iter().collect();
    pairs.sort_by(|a, b| {
        b.1 .0
            .cmp(&a.1 .0)
            .then(a.1 .1.cmp(&b.1 .1))
            .then(a.0.cmp(b.0))
    });
    for (pair, _) in pairs {
        let (long_draft, long_text, kind) = match &pair.long {
            Long::Known(e) => (Some(b.root(*e)), None, ActorKind::Organization),
            Long::Text(t, k) => (b.lookup(t), Some(t.as_str()), *k),
        };
        let abbr_draft = b.lookup(&pair.abbr);
        match (long_draft, abbr_draft) {
            (Some(l), Some(a)) if l != a => {
                // Fold a discovered actor into a listed one, never two listed ones together.
                if a >= gazetteer_len {
                    b.merge(a, l);
                } else if l >= gazetteer_len {
                    b.merge(l, a);
                }
            }
            (Some(_), Some(_)) => {}
            (Some(l), None) => b.add_form(l, &pair.abbr, false),
            (None, Some(a)) => {
                if let Some(t) = long_text {
                    b.add_form(a, t, false);
                }
            }
            (None, None) => {
                if let Some(t) = long_text {
                    let d = b.new_draft(t, kind);
                    b.add_form(d, &pair.abbr, false);
                }
            }
        }
    }

    let given = given_names(&b);
    for (surface, st) in singles {
        let owners = b.surname_owners(&word_key(surface));
        let given_owner = || match given.get(&word_key(surface)).map(Vec::as_slice) {
            Some(&[d]) => Some(b.root(d)),
            _ => None,
        };
        match owners.as_slice() {
            [d] => {
                let d = *d;
                b.add_form(d, surface, is_viet_syllable(surface));
            }
            [] => {
                if let Some(d) = given_owner() {
                    // Rule given-name-alone: "ông Phongsak" after "Phongsak Rattanaporn".
                    b.add_form(d, surface, false);
                    b.note_seen(d, surface, st);
                } else if let Some(d) = b.similar_single(surface) {
                    b.add_form(d, surface, false);
                    b.note_seen(d, surface, st);
                } else if let Some(kind) = b.kind_of_single(surface, st) {
                    let d = b.new_draft(surface, kind);
                    b.note_seen(d, surface, st);
                }
            }
            _ => {}
        }
    }

    add_surnames(&mut b, gazetteer_len);
    add_given_pairs(&mut b, gazetteer_len);
    add_brands(&mut b, gazetteer_len);
    name_discovered(&mut b, gazetteer_len);
    Resolved { drafts: b.drafts }
}

/// The people named in full in the corpus by the first word of a name that is not
/// Vietnamese, by that word's key: Thai, Malay and Indonesian names are shortened to
/// it ("Phongsak Rattanaporn" is "ông Phongsak"), and a Western given name alone still
/// names one person when nobody else has it, as a surname or a given name. Vietnamese
/// names are left out: their first word is a family name that many share.
fn given_names(b: &Builder) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (d, p) in &b.people {
        let d = b.root(*d);
        let Some(given) = &p.given else { continue };
        if p.vietnamese || b.drafts[d].kind != ActorKind::Person || given == &p.surname {
            continue;
        }
        let list = out.entry(given.clone()).or_default();
        if !list.contains(&d) {
            list.push(d);
        }
    }
    out
}

/// Let every person's surname alone name them, unless another person shares it or it is
/// another actor's name. A Vietnamese given name ("ông Sơn") counts only after a title,
/// and only for names found in the corpus: listed Sino-Vietnamese names ("Tập Cận Bình")
/// are called by their family name, which the gazetteer's [short] table gives.
fn add_surnames(b: &mut Builder, gazetteer_len: usize) {
    let mut owners: HashMap<String, Vec<usize>> = HashMap::new();
    for (d, p) in &b.people {
        let d = b.root(*d);
        if b.drafts[d].kind != ActorKind::Person || (p.vietnamese && d < gazetteer_len) {
            continue;
        }
        let list = owners.entry(p.short.clone()).or_default();
        if !list.contains(&d) {
            list.push(d);
        }
    }
    let mut shorts: Vec<(String, Vec<usize>)> = owners.into_iter().collect();
    shorts.sort();
    for (short, ds) in shorts {
        let contenders = b.surname_owners(&word_key(&short));
        if ds.len() != 1 || contenders.iter().any(|c| *c != ds[0]) {
            continue;
        }
        let d = ds[0];
        let cued = short.split_whitespace().count() == 1 && is_viet_syllable(&short);
        // A given name spelled like a country or a place ("Nga", "Đức") is still the
        // person's after a form of address (the matcher's `address`).
        let clash = b
            .lookup(&short)
            .is_some_and(|o| o != d && (!cued || b.drafts[o].kind == ActorKind::Person));
        if clash || b.lex.stopwords.contains(&lower_same_len(&short)) {
            continue;
        }
        b.add_form(d, &short, cued);
    }
}

/// Rule middle-and-given-name: a Vietnamese name of three words or more is often written
/// by its last two alone ("Tiến Khoa" for "Bùi Tiến Khoa", "Quang Hải" for "Nguyễn Quang
/// Hải"): let those two words name the person when nobody else's name ends with them and
/// they are no other actor's name. Both words must be capitalised where they are found, as
/// every form must. Listed Vietnamese names are left out, as for surnames.
fn add_given_pairs(b: &mut Builder, gazetteer_len: usize) {
    let mut owners: HashMap<String, (String, Vec<usize>)> = HashMap::new();
    for d in gazetteer_len..b.drafts.len() {
        if b.drafts[d].merged_into.is_some() || b.drafts[d].kind != ActorKind::Person {
            continue;
        }
        for (form, cued) in &b.drafts[d].forms {
            let words: Vec<&str> = form.split_whitespace().collect();
            if *cued || words.len() < 3 || !words.iter().all(|w| is_viet_syllable(w)) {
                continue;
            }
            let pair = words[words.len() - 2..].join(" ");
            let entry = owners
                .entry(name_key(&pair))
                .or_insert_with(|| (pair, Vec::new()));
            if !entry.1.contains(&d) {
                entry.1.push(d);
            }
        }
    }
    let mut pairs: Vec<(String, Vec<usize>)> = owners.into_values().collect();
    pairs.sort();
    for (pair, ds) in pairs {
        if let [d] = ds[..] {
            if b.lookup(&pair).is_none() {
                b.add_form(d, &pair, false);
            }
        }
    }
}

/// Rule company-brand: a company named with its legal form and trade ("Công ty CP Thương
/// mại điện tử Sao Việt", "Công ty TNHH Xây dựng Hòa Lợi") is called by the capitalised
/// words that end its name ("Sao Việt cho biết"): let them name it when they are no other
/// actor's name. One Vietnamese word alone ("Công ty TNHH Minh") is too common to.
fn add_brands(b: &mut Builder, gazetteer_len: usize) {
    let mut brands: Vec<(usize, String)> = Vec::new();
    for d in gazetteer_len..b.drafts.len() {
        if b.drafts[d].merged_into.is_some() || b.drafts[d].kind != ActorKind::Organization {
            continue;
        }
        for (form, cued) in &b.drafts[d].forms {
            if let Some(brand) = brand_of(form, b.lex).filter(|_| !cued) {
                brands.push((d, brand));
            }
        }
    }
    for (d, brand) in brands {
        if b.lookup(&brand).is_none() {
            b.add_form(d, &brand, false);
        }
    }
}

/// The brand that ends a company's name after its head, its legal form and lower-case
/// words ("Sao Việt" of "Công ty CP Thương mại điện tử Sao Việt"), if any.
fn brand_of(form: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let (h, _) = lex.company_heads.longest(&lower)?;
    let (f, _) = lex.company_forms.longest(&lower[h..])?;
    let rest = &words[h + f..];
    let lowered = rest
        .iter()
        .rposition(|w| !super::words::is_capitalised(w))?;
    let tail = &rest[lowered + 1..];
    let one_viet = tail.len() == 1 && is_viet_syllable(tail[0]);
    (!tail.is_empty() && !one_viet).then(|| tail.join(" "))
}

/// Name each discovered actor by its most seen full form.
fn name_discovered(b: &mut Builder, gazetteer_len: usize) {
    for d in gazetteer_len..b.drafts.len() {
        let Some(seen) = b.seen_forms.get(&d) else {
            continue;
        };
        let multi = |f: &str| f.split_whitespace().count() >= 2;
        let best = seen
            .iter()
            .filter(|(f, _, _)| multi(f) || !seen.iter().any(|(g, _, _)| multi(g)))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)));
        if let Some((f, _, _)) = best {
            b.drafts[d].name = f.clone();
        }
    }
}
