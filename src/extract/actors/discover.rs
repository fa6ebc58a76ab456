//! Finding names the gazetteer does not list, in one paragraph: runs of capitalised words
//! with the cues around them (a title before a person, "hãng" before an organisation, "tại"
//! before a place, "tàu" before a ship), organisations opened by a head noun ("Trung tâm
//! Carnegie Moscow", "Nhóm Khủng hoảng quốc tế"), and "Long Name (ABBR)" pairs.

use super::matcher::Hit;
use super::words::{is_acronym, is_capitalised, is_viet_syllable, Tok, TokKind};
use crate::extract::gazetteer::{Lexicon, PhraseSet};
use crate::model::ActorKind;

/// What the words around a name say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    Person,
    Org,
    Place,
    /// A ship, a missile, a film: not an actor.
    Object,
    None,
}

/// A name found in a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub surface: String,
    pub start: usize,
    pub cue: Cue,
    /// Opened by an organisation head noun (the head is part of the name).
    pub org: bool,
    /// At the start of a sentence.
    pub initial: bool,
}

/// One side of an abbreviation pair.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Long {
    /// A known name, by the target of the pattern that matched it.
    Known(usize),
    Text(String, ActorKind),
}

/// "Long Name (ABBR)" or "ABBR (Long Name)".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Abbreviation {
    pub long: Long,
    pub abbr: String,
}

/// Everything found in one paragraph.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub names: Vec<Candidate>,
    pub abbreviations: Vec<Abbreviation>,
}

/// What discovery needs to know about each gazetteer match.
#[derive(Clone, Copy, Debug)]
pub struct HitInfo {
    pub target: usize,
    pub kind: ActorKind,
}

struct Para<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Tok],
    hits: &'a [Hit],
    info: &'a dyn Fn(&Hit) -> HitInfo,
    lex: &'a Lexicon,
    /// For each token, how many tokens the title starting there covers (0: none).
    role_len: Vec<usize>,
    in_role: Vec<bool>,
    used: Vec<bool>,
}

/// Find the names in a paragraph. `hits` are its gazetteer matches; `info` tells what each
/// one names.
pub fn discover(
    text: &str,
    lower: &str,
    toks: &[Tok],
    hits: &[Hit],
    info: &dyn Fn(&Hit) -> HitInfo,
    lex: &Lexicon,
) -> Findings {
    let mut p = Para {
        text,
        lower,
        toks,
        hits,
        info,
        lex,
        role_len: vec![0; toks.len()],
        in_role: vec![false; toks.len()],
        used: vec![false; toks.len()],
    };
    for i in 0..toks.len() {
        if let Some(n) = p.phrase_at(&lex.roles, i) {
            p.role_len[i] = n;
            if !p.in_role[i] {
                p.in_role[i..i + n].fill(true);
            }
        }
    }
    let mut out = Findings::default();
    let mut org_ends: Vec<(usize, String)> = Vec::new();
    for i in 0..toks.len() {
        if let Some((end, cand)) = p.organisation_at(i) {
            p.used[i..=end].fill(true);
            org_ends.push((end, cand.surface.clone()));
            out.names.push(cand);
        }
    }
    let mut i = 0;
    while i < toks.len() {
        match p.run_at(i) {
            Some((s, e, next)) => {
                if let Some(c) = p.name_from_run(s, e) {
                    out.names.push(c);
                }
                i = next;
            }
            None => i += 1,
        }
    }
    for i in 0..toks.len() {
        if let Some(a) = p.abbreviation_at(i, &org_ends) {
            out.abbreviations.push(a);
        }
    }
    out
}

impl Para<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    fn lower_word(&self, i: usize) -> &str {
        &self.lower[self.toks[i].start..self.toks[i].end]
    }

    /// The number of tokens of the longest phrase of `set` starting at token `i` (words
    /// one space apart), if any.
    fn phrase_at(&self, set: &PhraseSet, i: usize) -> Option<usize> {
        if !self.toks[i].is_word() || !set.starts_with_word(self.lower_word(i)) {
            return None;
        }
        let mut best = None;
        let mut j = i;
        for n in 1..=set.max_words() {
            if n > 1 {
                j += 1;
                if j >= self.toks.len() || !self.toks[j].is_word() || !self.toks[j].spaced {
                    break;
                }
            }
            if set.contains(&self.lower[self.toks[i].start..self.toks[j].end]) {
                best = Some(n);
            }
        }
        best
    }

    /// Whether a phrase of `set` ends at token `j`.
    fn phrase_ending(&self, set: &PhraseSet, j: usize) -> bool {
        let mut i = j;
        for _ in 0..set.max_words() {
            if !self.toks[i].is_word() {
                return false;
            }
            if set.contains(&self.lower[self.toks[i].start..self.toks[j].end]) {
                return true;
            }
            if i == 0 || !self.toks[i].spaced {
                return false;
            }
            i -= 1;
        }
        false
    }

    /// A capitalised word that may be part of a name.
    fn name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.is_word() || self.in_role[i] || self.used[i] {
            return false;
        }
        let w = self.word(i);
        is_capitalised(w) && !is_acronym(w) && !w.chars().any(|c| c.is_ascii_digit())
    }

    /// A word of a foreign name: not a Vietnamese syllable, not hyphenated like "Jong-un".
    fn foreign_name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        !is_viet_syllable(w) && !w.contains('-')
    }

    fn particle(&self, i: usize) -> bool {
        self.toks[i].is_word() && self.lex.particles.contains(self.lower_word(i))
    }

    fn hit_info(&self, i: usize) -> Option<HitInfo> {
        match self.toks[i].kind {
            TokKind::Hit(h) => self.hits.get(h).map(|h| (self.info)(h)),
            _ => None,
        }
    }

    /// A run of capitalised words starting at `i` (with particles inside): its first and
    /// last token after stripping sentence starters, and where to look next.
    fn run_at(&self, i: usize) -> Option<(usize, usize, usize)> {
        if !self.name_word(i) {
            return None;
        }
        let mut e = i;
        loop {
            let mut k = e + 1;
            while k < self.toks.len() && self.toks[k].spaced && self.particle(k) {
                k += 1;
            }
            if k < self.toks.len() && self.toks[k].spaced && self.name_word(k) {
                e = k;
            } else {
                break;
            }
        }
        let next = e + 1;
        let mut s = i;
        while s <= e {
            match self.phrase_at(&self.lex.stopwords, s) {
                Some(n) => s += n,
                None => break,
            }
        }
        // "Nhưng Putin", "Pháp Pierre Vimont", "Nga Alexander Grushko": a Vietnamese word
        // does not open a foreign name, when it opens the sentence, bears Vietnamese marks,
        // or comes before a full foreign name. "Kim Jong-un" and "Tom Cruise" keep theirs.
        while s < e && is_viet_syllable(self.word(s)) && self.foreign_name_word(s + 1) {
            let marked = !self.word(s).is_ascii();
            let full_name_follows = s + 2 <= e && self.foreign_name_word(s + 2);
            let opens = self.toks[s].initial && !self.lex.family_names.contains(self.lower_word(s));
            if !(marked || full_name_follows || opens) {
                break;
            }
            s += 1;
        }
        while s <= e && self.particle(s) {
            s += 1;
        }
        (s <= e).then_some((s, e, next))
    }

    /// What the words before token `s` say the name starting there is.
    fn cue_before(&self, s: usize) -> Cue {
        let mut lowercase_between = 0;
        let mut dist = 0;
        let mut j = s;
        while j > 0 && dist <= 7 {
            j -= 1;
            let t = &self.toks[j];
            if let Some(c) = t.punct() {
                if c == '-' || c == '–' {
                    continue;
                }
                break;
            }
            if let Some(info) = self.hit_info(j) {
                if info.kind == ActorKind::Person {
                    break;
                }
                dist += 1;
                continue;
            }
            if self.in_role[j] {
                let start = (0..=j)
                    .rev()
                    .find(|&k| self.role_len[k] > 0 && k + self.role_len[k] > j);
                let one_word = start.is_some_and(|k| self.role_len[k] == 1 && k == j);
                if dist == 0 || !one_word {
                    return Cue::Person;
                }
                break;
            }
            if dist <= 3 && self.phrase_ending(&self.lex.object_cues, j) {
                return Cue::Object;
            }
            if dist <= 3 && self.phrase_ending(&self.lex.org_cues, j) {
                return Cue::Org;
            }
            if dist == 0 && self.phrase_ending(&self.lex.place_cues, j) {
                return Cue::Place;
            }
            if is_acronym(self.word(j)) {
                dist += 1;
                continue;
            }
            if is_capitalised(self.word(j)) && !is_viet_syllable(self.word(j)) {
                // Another foreign name stands between: the title is its.
                break;
            }
            if !is_capitalised(self.word(j)) {
                lowercase_between += 1;
                if lowercase_between > 2 {
                    break;
                }
            }
            dist += 1;
        }
        Cue::None
    }

    /// "Oleg Ignatov, nhà phân tích ...": a title right after the name and a comma; or,
    /// after a name of two words or more, a verb of saying ("Fabrice Pothier nói"). One word
    /// before a verb of saying may as well be an organisation ("Boeing cho biết").
    fn cue_after(&self, s: usize, e: usize) -> bool {
        let mut k = e + 1;
        let speaks = k < self.toks.len()
            && self.toks[k].spaced
            && self.phrase_at(&self.lex.speech_verbs, k).is_some();
        if speaks && e > s {
            return true;
        }
        if self.toks.get(k).and_then(Tok::punct) != Some(',') {
            return false;
        }
        k += 1;
        if k < self.toks.len() && matches!(self.lower_word(k), "một" | "là" | "hiện" | "nay") {
            k += 1;
        }
        k < self.toks.len() && self.role_len[k] > 0
    }

    fn name_from_run(&self, s: usize, e: usize) -> Option<Candidate> {
        let start = self.toks[s].start;
        let surface = self.text[start..self.toks[e].end].to_string();
        if self
            .lex
            .stopwords
            .contains(&self.lower[start..self.toks[e].end])
        {
            return None;
        }
        let mut cue = self.cue_before(s);
        if cue == Cue::None && self.cue_after(s, e) {
            cue = Cue::Person;
        }
        Some(Candidate {
            surface,
            start,
            cue,
            org: false,
            initial: self.toks[s].initial,
        })
    }

    /// An organisation opened by a capitalised head noun at token `i`: "Trung tâm Carnegie
    /// Moscow" (foreign words after the head), or "Nhóm Khủng hoảng quốc tế", "Bộ Ngoại giao
    /// Nga" (Vietnamese words closed by a qualifier or a country, or with two capitalised
    /// words). Returns its last token.
    fn organisation_at(&self, i: usize) -> Option<(usize, Candidate)> {
        if self.in_role[i]
            || self.used[i]
            || !self.toks[i].is_word()
            || !is_capitalised(self.word(i))
        {
            return None;
        }
        let n = self.phrase_at(&self.lex.org_heads, i)?;
        let first = i + n;
        let spaced = |k: usize| k < self.toks.len() && self.toks[k].spaced;
        // "Hội đồng Tổ chức Hiệp ước ...": the inner head opens the name.
        if !spaced(first)
            || !self.name_word(first)
            || self.phrase_at(&self.lex.org_heads, first).is_some()
        {
            return None;
        }
        let mut last;
        if !is_viet_syllable(self.word(first)) {
            last = first;
            while spaced(last + 1) && self.name_word(last + 1) {
                last += 1;
            }
        } else {
            let mut caps = 0;
            let mut closed = false;
            let mut k = first;
            last = first;
            while spaced(k) || k == first {
                if self.name_word(k) && is_viet_syllable(self.word(k)) {
                    caps += 1;
                    last = k;
                    k += 1;
                    let lower_next = spaced(k)
                        && self.toks[k].is_word()
                        && !is_capitalised(self.word(k))
                        && is_viet_syllable(self.word(k))
                        && self.phrase_at(&self.lex.qualifiers, k).is_none()
                        && self.phrase_at(&self.lex.stopwords, k).is_none();
                    if lower_next {
                        last = k;
                        k += 1;
                    }
                } else if let Some(q) = self.phrase_at(&self.lex.qualifiers, k) {
                    last = k + q - 1;
                    closed = true;
                    break;
                } else if self
                    .hit_info(k)
                    .is_some_and(|h| h.kind != ActorKind::Person)
                {
                    last = k;
                    closed = true;
                    break;
                } else if self.lower_word(k) == "và" && spaced(k + 1) && self.name_word(k + 1) {
                    k += 1;
                } else {
                    break;
                }
            }
            // An unclosed name must end where the sentence or a function word does:
            // "Trung tâm Kiểm soát và Phòng ngừa bệnh tật ..." is cut short, not a name.
            let ends_cleanly = last + 1 >= self.toks.len()
                || self.toks[last + 1].punct().is_some()
                || self.hit_info(last + 1).is_some()
                || self.phrase_at(&self.lex.stopwords, last + 1).is_some()
                || self.phrase_at(&self.lex.speech_verbs, last + 1).is_some();
            if !closed && (caps < 2 || !ends_cleanly) {
                return None;
            }
        }
        let start = self.toks[i].start;
        Some((
            last,
            Candidate {
                surface: self.text[start..self.toks[last].end].to_string(),
                start,
                cue: Cue::Org,
                org: true,
                initial: self.toks[i].initial,
            },
        ))
    }

    /// The text of token `i` when it is an acronym (a word, or a gazetteer match).
    fn acronym(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        let w = &self.text[t.start..t.end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (matches!(t.kind, TokKind::Word | TokKind::Hit(_))
            && is_acronym(w)
            && (2..=10).contains(&letters))
        .then_some(w)
    }

    /// An abbreviation pair around the "(" at token `i`.
    fn abbreviation_at(&self, i: usize, org_ends: &[(usize, String)]) -> Option<Abbreviation> {
        if self.toks[i].punct() != Some('(') || i == 0 {
            return None;
        }
        if let Some(abbr) = self.acronym(i + 1) {
            if self.toks.get(i + 2).and_then(Tok::punct) == Some(')') {
                let long = self.long_before(i - 1, abbr, org_ends)?;
                return Some(Abbreviation {
                    long,
                    abbr: abbr.to_string(),
                });
            }
        }
        // "INF (“Hiệp ước Lực lượng Hạt nhân Tầm trung”)".
        let abbr = self.acronym(i - 1)?;
        let quote =
            |k: usize| matches!(self.toks.get(k).and_then(Tok::punct), Some('"' | '“' | '”'));
        let mut a = i + 1;
        if quote(a) {
            a += 1;
        }
        let mut b = a;
        while b + 1 < self.toks.len()
            && self.toks[b + 1].spaced
            && self.toks[b + 1].punct().is_none()
        {
            b += 1;
        }
        let closes = if quote(b + 1) { b + 2 } else { b + 1 };
        if b <= a || self.toks.get(closes).and_then(Tok::punct) != Some(')') || !self.name_word(a) {
            return None;
        }
        let long = self.text[self.toks[a].start..self.toks[b].end].to_string();
        Some(Abbreviation {
            long: Long::Text(long, self.head_kind(a).unwrap_or(ActorKind::Organization)),
            abbr: abbr.to_string(),
        })
    }

    /// The kind a head noun at token `i` gives a name.
    fn head_kind(&self, i: usize) -> Option<ActorKind> {
        if self.phrase_at(&self.lex.other_heads, i).is_some() {
            Some(ActorKind::Other)
        } else if self.phrase_at(&self.lex.org_heads, i).is_some() {
            Some(ActorKind::Organization)
        } else {
            None
        }
    }

    /// The long form ending at token `p`, right before "(ABBR)".
    fn long_before(&self, p: usize, abbr: &str, org_ends: &[(usize, String)]) -> Option<Long> {
        // A listed organisation right before the brackets; a country or place there ends
        // a longer name instead ("Trung tâm Kiểm soát ... Mỹ (USCDC)").
        if let Some(info) = self.hit_info(p) {
            if matches!(info.kind, ActorKind::Organization | ActorKind::Other) {
                return Some(Long::Known(info.target));
            }
            if info.kind == ActorKind::Person {
                return None;
            }
        }
        if let Some((_, org)) = org_ends.iter().find(|(e, _)| *e == p) {
            return Some(Long::Text(org.clone(), ActorKind::Organization));
        }
        // The nearest head noun in the clause that is not a possessor after "của":
        // "Bộ Tư lệnh châu Âu của Quân đội Mỹ", "Hội đồng Tổ chức Hiệp ước ... (NATO)".
        let mut best = None;
        let mut j = p;
        for _ in 0..14 {
            if self.toks[j].punct().is_some() {
                break;
            }
            let possessed = j > 0 && matches!(self.lower_word(j - 1), "của" | "thuộc");
            if is_capitalised(self.word(j)) && !possessed {
                if let Some(kind) = self.head_kind(j) {
                    best = Some((j, kind));
                    break;
                }
            }
            if j == 0 || !self.toks[j].spaced {
                break;
            }
            j -= 1;
        }
        if let Some((j, kind)) = best {
            if j < p {
                let long = self.text[self.toks[j].start..self.toks[p].end].to_string();
                return Some(Long::Text(long, kind));
            }
        }
        // "International Crisis Group (ICG)": capitalised words whose initials spell it.
        let mut j = p;
        while j > 0 && self.toks[j].spaced && (self.name_word(j - 1) || self.particle(j - 1)) {
            j -= 1;
        }
        let initials: String = (j..=p)
            .filter(|&k| self.name_word(k))
            .filter_map(|k| self.word(k).chars().next())
            .collect();
        let letters: String = abbr.chars().filter(|c| c.is_alphabetic()).collect();
        (self.name_word(p) && p > j && initials == letters).then(|| {
            Long::Text(
                self.text[self.toks[j].start..self.toks[p].end].to_string(),
                ActorKind::Organization,
            )
        })
    }
}
