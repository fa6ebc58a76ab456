//! Finding names the gazetteer does not list, in one paragraph: runs of capitalised words
//! with the cues around them (a title before a person, "hãng" before an organisation, "tại"
//! before a place, "tàu" before a ship), organisations opened by a head noun ("Trung tâm
//! Carnegie Moscow", "Nhóm Khủng hoảng quốc tế"), and, with [`super::abbrev`],
//! "Long Name (ABBR)" pairs.

use super::abbrev::Abbreviation;
use super::matcher::NameHit;
use super::words::{is_acronym, is_capitalised, is_viet_syllable, Tok, TokKind};
use crate::extract::gazetteer::{Lexicon, PhraseSet};
use crate::model::ActorKind;

// The name finder's thresholds, in one place (values set on the fixtures and the seeds).

/// A cue is looked for among the words before a name while at most this many words stand
/// between ("Thứ trưởng Bộ Quốc phòng Nga Alexander Fomin": the title six words back) …
const CUE_LOOKBACK_WORDS: usize = 7;
/// … of which at most this many lower-case ones ("Tổng thư ký Liên Hợp Quốc António
/// Guterres hôm 24/2" is fine; a clause between is not).
const CUE_MAX_LOWERCASE_BETWEEN: usize = 3;
/// A thing's or an organisation's descriptor counts at most this many words before the name
/// ("tàu khu trục Donald Cook", "hãng thông tấn nhà nước RIA").
const DESCRIPTOR_MAX_DIST: usize = 3;
/// The longest title, in words, looked back over to find where a title word's title starts
/// ("tướng" of "Phó Tổng tham mưu trưởng …").
const TITLE_MAX_WORDS: usize = 8;
/// An acronym an organisation cue names is at least this many letters ("công ty bảo mật
/// ESET").
const ORG_ACRONYM_MIN_CHARS: usize = 3;
/// A media cue this many words before an acronym or fewer makes it a source quoted ("kênh
/// tiếng Nga RTVI").
const SOURCE_CUE_LOOKBACK: usize = 4;
/// At most this many lower-case words between a head and the "(" of its abbreviation
/// ("Tổ chức Hiệp ước An ninh tập thể (CSTO)").
const PAREN_MAX_WORDS: usize = 6;

/// The name finder's rules: how a name was found, or why a run of capitalised words was
/// passed over. Each name candidate carries one (`Candidate::rule`, `Findings::passed_over`)
/// and `dossier explain` prints them; a test checks that each fires on the fixtures.
pub const NAME_RULES: &[(&str, &str)] = &[
    ("head-and-place", "an organisation head and a known place: \"Hạm đội Biển Đen\""),
    ("company-form", "a company's legal form and the name after it: \"Công ty TNHH Khai thác cát Phú Thịnh\""),
    ("org-head", "an organisation head noun and the capitalised words after it: \"Trung tâm Carnegie Moscow\""),
    ("org-head-says", "an organisation head noun and one capitalised word, the subject of a verb of saying: \"Bộ Tài chính cho biết\""),
    ("local-body", "a local body with its level of government and place: \"UBND tỉnh Quảng Ngãi\""),
    ("capitalised-run", "a run of capitalised words: \"Antony Blinken\", \"T.S. Tirumurti\""),
    ("org-acronym", "an acronym a descriptor calls an organisation: \"công ty bảo mật ESET\""),
    ("addressed-full-name", "three or four capitalised Vietnamese words right after \"ông\", \"bà\": \"ông Kiên Văn Thành\" (a family name the list lacks)"),
    ("no-family-name", "passed over: capitalised Vietnamese words not opened by a family name (\"Ngoại giao\", \"Chiến tranh Lạnh\")"),
    ("stop-word", "passed over: a sentence opener, time word or other stop word of actors.toml (\"Theo\", \"Thứ Hai\")"),
    ("lone-initial", "passed over: one letter alone (\"A.\")"),
];

/// What the words around a name say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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
    /// The rule that found it ([`NAME_RULES`]).
    pub rule: &'static str,
}

/// Everything found in one paragraph.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub names: Vec<Candidate>,
    /// Each with the byte where its brackets open.
    pub abbreviations: Vec<(usize, Abbreviation)>,
    /// Runs of capitalised words that are no name: their first byte, their text and the
    /// rule that passed them over ([`NAME_RULES`]).
    pub passed_over: Vec<(usize, String, &'static str)>,
}

/// The most words of a company's name after its legal form ("Công ty TNHH Khai thác cát
/// Phú Thịnh").
const MAX_COMPANY_NAME_WORDS: usize = 8;
/// How many words a Vietnamese full name after "ông"/"bà" has, when its family name is not
/// one the list knows ("ông Kiên Văn Thành"): two could be a place ("bà Rịa"), five is no name.
pub(super) const MIN_ADDRESSED_NAME_WORDS: usize = 3;
pub(super) const MAX_ADDRESSED_NAME_WORDS: usize = 4;
/// The most lower-case words inside an organisation's name between capitalised ones ("Ủy
/// ban An toàn giao thông Quốc gia").
const MAX_LOWER_RUN: usize = 5;

/// What discovery needs to know about each gazetteer match.
#[derive(Clone, Copy, Debug)]
pub struct HitInfo {
    pub target: usize,
    pub kind: ActorKind,
}

/// One paragraph's text and tokens, with what discovery has marked on them so far.
pub(super) struct Para<'a> {
    pub(super) text: &'a str,
    pub(super) lower: &'a str,
    pub(super) toks: &'a [Tok],
    hits: &'a [NameHit],
    info: &'a dyn Fn(&NameHit) -> HitInfo,
    pub(super) lex: &'a Lexicon,
    /// For each token, how many tokens the title starting there covers (0: none).
    role_len: Vec<usize>,
    in_role: Vec<bool>,
    /// Tokens already part of an organisation's name.
    used: Vec<bool>,
}

/// Find the names in a paragraph. `hits` are its gazetteer matches; `info` tells what each
/// one names.
pub fn discover(
    text: &str,
    lower: &str,
    toks: &[Tok],
    hits: &[NameHit],
    info: &dyn Fn(&NameHit) -> HitInfo,
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
        // "Ban Trọng tài AFF": a title word right after an organisation's head is part of
        // the organisation's name, not a person's title.
        let after_head = (1..=2).any(|n| {
            i >= n && is_capitalised(p.word(i - n)) && p.phrase_at(&lex.org_heads, i - n) == Some(n)
        });
        if after_head {
            continue;
        }
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
        if let Some((end, cand)) = p.local_body_at(i).or_else(|| p.organization_at(i)) {
            p.used[i..=end].fill(true);
            org_ends.push((end, cand.surface.clone()));
            out.names.push(cand);
        }
    }
    let mut i = 0;
    while i < toks.len() {
        match p.run_at(i) {
            Some((s, e, next)) => {
                match p.name_from_run(s, e) {
                    Ok(c) => out.names.push(c),
                    Err(rule) => {
                        let (a, b) = (toks[s].start, toks[e].end);
                        out.passed_over.push((a, text[a..b].to_string(), rule));
                    }
                }
                i = next;
            }
            None => i += 1,
        }
    }
    // "công ty bảo mật ESET": an acronym a descriptor calls an organisation.
    for i in 0..toks.len() {
        if p.org_acronym(i) {
            out.names.push(p.org_candidate(i, i, "org-acronym"));
        }
    }
    share_cues(text, &mut out.names, lex);
    for (i, t) in toks.iter().enumerate() {
        if let Some(a) = p.abbreviation_at(i, &org_ends) {
            out.abbreviations.push((t.start, a));
        }
    }
    out
}

/// "ngân hàng PrivatBank và Oschadbank", "eo biển Bosphorus và Dardanelles": a name joined
/// to a cued one by "và" or a comma is of the same kind.
fn share_cues(text: &str, names: &mut [Candidate], lex: &Lexicon) {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&k| names[k].start);
    for w in order.windows(2) {
        let (a, b) = (&names[w[0]], &names[w[1]]);
        let gap = text.get(a.start + a.surface.len()..b.start).unwrap_or("");
        let joined = gap == ", "
            || gap
                .strip_prefix(' ')
                .and_then(|g| g.strip_suffix(' '))
                .is_some_and(|w| !w.contains(' ') && lex.name_joiners.contains(w));
        if b.cue == Cue::None && a.cue != Cue::None && joined {
            let cue = a.cue;
            names[w[1]].cue = cue;
        }
    }
}

impl Para<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    pub(super) fn lower_word(&self, i: usize) -> &str {
        &self.lower[self.toks[i].start..self.toks[i].end]
    }

    /// The number of tokens of the longest phrase of `set` starting at token `i` (words
    /// one space apart), if any.
    pub(super) fn phrase_at(&self, set: &PhraseSet, i: usize) -> Option<usize> {
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
    pub(super) fn name_word(&self, i: usize) -> bool {
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

    pub(super) fn particle(&self, i: usize) -> bool {
        self.toks[i].is_word() && self.lex.particles.contains(self.lower_word(i))
    }

    pub(super) fn hit_info(&self, i: usize) -> Option<HitInfo> {
        match self.toks[i].kind {
            TokKind::NameHit(h) => self.hits.get(h).map(|h| (self.info)(h)),
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
            // A known organisation or place never runs on into a person's name ("tại Liên
            // Hợp Quốc Linda Thomas-Greenfield").
            let known_thing = |j: usize| {
                self.hit_info(j)
                    .is_some_and(|h| h.kind != ActorKind::Person)
            };
            if k < self.toks.len()
                && self.toks[k].spaced
                && self.name_word(k)
                && !known_thing(e)
                && !known_thing(k)
            {
                e = k;
            } else {
                break;
            }
        }
        // "Duma Quốc gia": a name may close with a qualifier written in lower case.
        if let Some(q) = self.phrase_at(&self.lex.qualifiers, e) {
            if q > 1 {
                e += q - 1;
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
        while j > 0 && dist <= CUE_LOOKBACK_WORDS {
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
                // The whole title this word belongs to: "tướng" of "Thủ tướng" is not the
                // one-word title "tướng".
                let start = (j.saturating_sub(TITLE_MAX_WORDS)..=j)
                    .find(|&k| self.role_len[k] > 0 && k + self.role_len[k] > j);
                let one_word = start.is_some_and(|k| self.role_len[k] == 1 && k == j);
                if dist == 0 || !one_word {
                    return Cue::Person;
                }
                break;
            }
            if dist <= DESCRIPTOR_MAX_DIST && self.phrase_ending(&self.lex.object_cues, j) {
                return Cue::Object;
            }
            if dist <= DESCRIPTOR_MAX_DIST && self.phrase_ending(&self.lex.org_cues, j) {
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
                if lowercase_between > CUE_MAX_LOWERCASE_BETWEEN {
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
    fn speaks_after(&self, e: usize) -> bool {
        let k = e + 1;
        k < self.toks.len()
            && self.toks[k].spaced
            && self.phrase_at(&self.lex.speech_verbs, k).is_some()
    }

    fn cue_after(&self, s: usize, e: usize) -> bool {
        let mut k = e + 1;
        if self.speaks_after(e) && e > s {
            return true;
        }
        if self.toks.get(k).and_then(Tok::punct) != Some(',') {
            return false;
        }
        k += 1;
        if k < self.toks.len() && self.lex.title_fillers.contains(self.lower_word(k)) {
            k += 1;
        }
        k < self.toks.len() && self.role_len[k] > 0
    }

    fn name_from_run(&self, s: usize, e: usize) -> Result<Candidate, &'static str> {
        // Vietnamese words make a name only after a family name ("Nguyễn Văn A"); capitalised
        // alone they are sentence starts and parts of titles ("Ngoại giao", "Chiến tranh Lạnh").
        let vietnamese = (s..=e).all(|k| self.particle(k) || is_viet_syllable(self.word(k)));
        // "ông Kiên Văn Thành": after a form of address, a full name of three or four words
        // is a person's, whatever family name opens it (the list cannot hold them all).
        let addressed = vietnamese
            && (MIN_ADDRESSED_NAME_WORDS..=MAX_ADDRESSED_NAME_WORDS).contains(&(e + 1 - s))
            && s > 0
            && self.toks[s - 1].is_word()
            && self.lex.address.contains(self.lower_word(s - 1));
        if vietnamese
            && !addressed
            && (s == e || !self.lex.family_names.contains(self.lower_word(s)))
        {
            return Err("no-family-name");
        }
        if self
            .lex
            .stopwords
            .contains(&self.lower[self.toks[s].start..self.toks[e].end])
        {
            return Err("stop-word");
        }
        // "S. Jaishankar", "T.S. Tirumurti": initials belong to the name, which is a person's;
        // an initial alone is no name.
        if s == e && self.word(s).chars().count() == 1 {
            return Err("lone-initial");
        }
        let first = self.initials_before(s);
        let start = self.toks[first].start;
        let surface = self.text[start..self.toks[e].end].to_string();
        let mut cue = self.cue_before(first);
        if cue == Cue::None && (first < s || self.cue_after(s, e)) {
            cue = Cue::Person;
        }
        // "Microsoft công bố": one word that speaks is a company or a body more often than a
        // person, who is named in full.
        if cue == Cue::None && s == e && self.speaks_after(e) {
            cue = Cue::Org;
        }
        let known_family = self.lex.family_names.contains(self.lower_word(s));
        Ok(Candidate {
            surface,
            start,
            cue,
            org: false,
            initial: self.toks[first].initial,
            rule: if addressed && !known_family {
                "addressed-full-name"
            } else {
                "capitalised-run"
            },
        })
    }

    /// Where the initials right before token `s` begin ("T.S. " of "T.S. Tirumurti"), or `s`.
    fn initials_before(&self, s: usize) -> usize {
        let mut first = s;
        for _ in 0..3 {
            let initial = first >= 2
                && self.toks[first - 1].punct() == Some('.')
                && !self.toks[first - 1].spaced
                && self.toks[first - 2].is_word()
                && {
                    let w = self.word(first - 2);
                    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
                };
            if !initial {
                break;
            }
            first -= 2;
        }
        first
    }

    /// An organisation opened by a capitalised head noun at token `i`: "Trung tâm Carnegie
    /// Moscow" (foreign words after the head), or "Nhóm Khủng hoảng quốc tế", "Bộ Ngoại giao
    /// Nga" (Vietnamese words closed by a qualifier or a country, or with two capitalised
    /// words). Returns its last token.
    fn organization_at(&self, i: usize) -> Option<(usize, Candidate)> {
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
        // "Hạm đội Biển Đen", "Quân khu Moskva": a head and a known place.
        let place = |h: HitInfo| matches!(h.kind, ActorKind::Place | ActorKind::Country);
        if spaced(first) && self.hit_info(first).is_some_and(place) && n > 1 {
            return Some((first, self.org_candidate(i, first, "head-and-place")));
        }
        // "Công ty TNHH Khai thác cát Phú Thịnh": after a legal form the name runs on,
        // lower-case words and all, to a capitalised last word.
        if let Some(f) = self.phrase_at(&self.lex.company_forms, first) {
            let from = first + f;
            let mut last = None;
            let mut k = from;
            while k < from + MAX_COMPANY_NAME_WORDS
                && spaced(k)
                && self.toks[k].is_word()
                && self.phrase_at(&self.lex.speech_verbs, k).is_none()
                && (k == from || self.phrase_at(&self.lex.stopwords, k).is_none())
            {
                if is_capitalised(self.word(k)) {
                    last = Some(k);
                }
                k += 1;
            }
            let last = last?;
            return Some((last, self.org_candidate(i, last, "company-form")));
        }
        // "Hội đồng Tổ chức Hiệp ước ...": the inner head opens the name.
        if !spaced(first)
            || !self.name_word(first)
            || self.phrase_at(&self.lex.org_heads, first).is_some()
        {
            return None;
        }
        let mut last;
        let mut rule = "org-head";
        if is_viet_syllable(self.word(first)) {
            let mut caps = 0;
            let mut closed = false;
            let mut k = first;
            last = first;
            while spaced(k) || k == first {
                // "Bộ Ngoại giao Lê Thị Thu Hằng": a Vietnamese full name after the
                // organisation is its spokesperson, not part of its name.
                let person_follows = caps > 0
                    && self.lex.family_names.contains(self.lower_word(k))
                    && (k + 1..=k + 2)
                        .all(|j| spaced(j) && self.name_word(j) && is_viet_syllable(self.word(j)));
                if person_follows {
                    break;
                }
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
                    // "Tập đoàn Dầu khí quốc gia Trung Quốc": the country after a qualifier.
                    let country = |h: HitInfo| matches!(h.kind, ActorKind::Country);
                    if spaced(last + 1) && self.hit_info(last + 1).is_some_and(country) {
                        last += 1;
                    }
                    break;
                } else if self
                    .hit_info(k)
                    .is_some_and(|h| h.kind != ActorKind::Person)
                {
                    last = k;
                    closed = true;
                    break;
                } else if caps > 0
                    && is_acronym(self.word(k))
                    && self.phrase_at(&self.lex.admin_levels, k).is_none()
                {
                    // "Ban Kỷ luật AFF", "Ban Trọng tài VFF": whose body it is, by its
                    // initials.
                    last = k;
                    closed = true;
                    break;
                } else if self.lower_word(k) == "và" && spaced(k + 1) && self.name_word(k + 1) {
                    k += 1;
                } else if let Some(run) = self.lower_run_inside(k) {
                    // "Sở Giao thông vận tải TP Đà Nẵng", "Ủy ban An toàn giao thông Quốc
                    // gia": lower-case words inside a name that goes on after them.
                    last = run;
                    k = run + 1;
                } else {
                    // "Cục An toàn bức xạ và hạt nhân (Bộ …)": lower-case words running to a
                    // parenthesis belong to the name it qualifies.
                    if let Some(p) = self.words_to_paren(k) {
                        last = p;
                        closed = caps > 0;
                    }
                    break;
                }
            }
            // An unclosed name must end where the sentence or a function word does:
            // "Trung tâm Kiểm soát và Phòng ngừa bệnh tật ..." is cut short, not a name.
            let ends_cleanly = last + 1 >= self.toks.len()
                || self.toks[last + 1].punct().is_some()
                || self.level_and_place(last + 1).is_some()
                || self.hit_info(last + 1).is_some()
                || self.phrase_at(&self.lex.stopwords, last + 1).is_some()
                || self.phrase_at(&self.lex.speech_verbs, last + 1).is_some();
            // "Sở Y tế tỉnh Quảng Nam": the level and place close a name of one capitalised
            // word (a bare "Bộ Y tế" stays no name: any country has one).
            if let Some(place) = self.level_and_place(last + 1) {
                last = place;
                closed = true;
            }
            // "Bộ Tài chính cho biết": a bare body that speaks is the one the article
            // means (a domestic story's ministry); as a name it is what the text calls it.
            let says = caps == 1
                && last + 1 < self.toks.len()
                && self.phrase_at(&self.lex.speech_verbs, last + 1).is_some();
            if !closed && !says && (caps < 2 || !ends_cleanly) {
                return None;
            }
            if !closed && caps < 2 {
                rule = "org-head-says";
            }
        } else {
            // "tập đoàn Rosneft", "công ty Microsoft": before a foreign name these words
            // say what it is (the name discovered on its own), they are not part of it.
            let head = &self.lower[self.toks[i].start..self.toks[i + n - 1].end];
            if self.lex.company_heads.contains(head) || self.lex.native_heads.contains(head) {
                return None;
            }
            last = first;
            while spaced(last + 1) && self.name_word(last + 1) {
                last += 1;
            }
        }
        // "Tập đoàn Điện lực tỉnh …", a foreign-word name: the level and place it serves.
        let last = self.level_and_place(last + 1).unwrap_or(last);
        Some((last, self.org_candidate(i, last, rule)))
    }

    /// A local body at token `i`, with the level of government and the place after it:
    /// "UBND tỉnh Quảng Ngãi", "Viện KSND tỉnh Bình Định", "Công an huyện Trà Giang".
    /// Without them ("Công an cho biết") it is no name.
    fn local_body_at(&self, i: usize) -> Option<(usize, Candidate)> {
        if self.used[i] || !self.toks[i].is_word() || !is_capitalised(self.word(i)) {
            return None;
        }
        let n = self.phrase_at(&self.lex.local_bodies, i)?;
        let last = self.level_and_place(i + n)?;
        Some((last, self.org_candidate(i, last, "local-body")))
    }

    /// At token `k`, a level of government and its place ("tỉnh Quảng Ngãi", "TP Cần
    /// Thơ", "huyện Trà Giang"): the place's last token.
    fn level_and_place(&self, k: usize) -> Option<usize> {
        let spaced = |j: usize| j < self.toks.len() && self.toks[j].spaced;
        if !spaced(k) || !self.toks[k].is_word() {
            return None;
        }
        let n = self.phrase_at(&self.lex.admin_levels, k)?;
        let first = k + n;
        if !spaced(first) {
            return None;
        }
        if let Some(h) = self.hit_info(first) {
            if !matches!(h.kind, ActorKind::Place | ActorKind::Country) {
                return None;
            }
            let mut last = first;
            while last + 1 < self.toks.len()
                && self
                    .hit_info(last + 1)
                    .is_some_and(|x| x.target == h.target)
            {
                last += 1;
            }
            return Some(last);
        }
        let place_word = |j: usize| {
            spaced(j)
                && self.toks[j].is_word()
                && is_capitalised(self.word(j))
                && is_viet_syllable(self.word(j))
        };
        let mut last = first;
        if !place_word(first) {
            return None;
        }
        while last + 1 < first + 4 && place_word(last + 1) {
            last += 1;
        }
        Some(last)
    }

    fn org_acronym(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word()
            && !self.used[i]
            && !self.in_role[i]
            && self.hit_info(i).is_none()
            && self.word(i).chars().count() >= ORG_ACRONYM_MIN_CHARS
            && is_acronym(self.word(i))
            && self.cue_before(i) == Cue::Org
            // A channel or paper quoted ("kênh tiếng Nga RTVI") is a source, not an actor.
            && !(i.saturating_sub(SOURCE_CUE_LOOKBACK)..i).any(|j| {
                self.toks[j].is_word()
                    && (self.lex.media_cues.contains(self.lower_word(j))
                        || self.lex.news_words.contains(self.lower_word(j)))
            })
    }

    /// From token `k`, a few lower-case Vietnamese words (not stopwords) after which the
    /// name goes on: a qualifier, a level of government and its place, or a capitalised
    /// Vietnamese word. The last of those words.
    fn lower_run_inside(&self, k: usize) -> Option<usize> {
        let spaced = |j: usize| j < self.toks.len() && self.toks[j].spaced;
        let mut j = k;
        while j < k + MAX_LOWER_RUN
            && spaced(j)
            && self.toks[j].is_word()
            && !is_capitalised(self.word(j))
            && is_viet_syllable(self.word(j))
            && self.phrase_at(&self.lex.stopwords, j).is_none()
            && self.phrase_at(&self.lex.speech_verbs, j).is_none()
            && self.phrase_at(&self.lex.qualifiers, j).is_none()
            && self.phrase_at(&self.lex.admin_levels, j).is_none()
        {
            j += 1;
        }
        if j == k || !spaced(j) {
            return None;
        }
        let goes_on = self.phrase_at(&self.lex.qualifiers, j).is_some()
            || self.level_and_place(j).is_some()
            || (self.name_word(j) && is_viet_syllable(self.word(j)));
        goes_on.then(|| j - 1)
    }

    /// From token `k`, up to six lower-case Vietnamese words (or "và") and then "(": the
    /// last of those words.
    fn words_to_paren(&self, k: usize) -> Option<usize> {
        let mut j = k;
        while j < self.toks.len() && j < k + PAREN_MAX_WORDS {
            let t = &self.toks[j];
            if t.punct() == Some('(') {
                return (j > k).then(|| j - 1);
            }
            let lower_viet = t.is_word()
                && !is_capitalised(self.word(j))
                && is_viet_syllable(self.word(j))
                && self.phrase_at(&self.lex.stopwords, j).is_none();
            if !(lower_viet || self.lex.name_joiners.contains(self.lower_word(j))) {
                return None;
            }
            j += 1;
        }
        None
    }

    fn org_candidate(&self, i: usize, last: usize, rule: &'static str) -> Candidate {
        let start = self.toks[i].start;
        Candidate {
            surface: self.text[start..self.toks[last].end].to_string(),
            start,
            cue: Cue::Org,
            org: true,
            initial: self.toks[i].initial,
            rule,
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::extract::actors::forms::gazetteer_patterns;
    use crate::extract::actors::matcher::Matcher;
    use crate::extract::gazetteer::Gazetteer;

    /// Discovery on one paragraph, with the bundled gazetteer's matches.
    pub fn findings(text: &str) -> Findings {
        let g = Gazetteer::bundled();
        let m = Matcher::new(gazetteer_patterns(&g));
        super::super::discover_in(text, &m, &g)
    }

    fn names(text: &str) -> Vec<(String, Cue)> {
        findings(text)
            .names
            .into_iter()
            .map(|c| (c.surface, c.cue))
            .collect()
    }

    #[test]
    fn a_name_after_a_title_is_a_person_and_the_title_is_not_part_of_it() {
        let n = names(
            "Đoàn do Thứ trưởng Bộ Quốc phòng Alexander Fomin và ông Maksim Samorukov dẫn đầu.",
        );
        assert_eq!(
            n,
            [
                ("Alexander Fomin".into(), Cue::Person),
                ("Maksim Samorukov".into(), Cue::Person)
            ]
        );
        let n = names(
            "Oleg Ignatov, nhà phân tích cấp cao, cho rằng. Theo Fabrice Pothier, đó là thử thách.",
        );
        assert_eq!(
            n,
            [
                ("Oleg Ignatov".into(), Cue::Person),
                ("Fabrice Pothier".into(), Cue::None)
            ]
        );
        // The title belongs to the first name, not to the company after the verb.
        let n = names("Tỉ phú Elon Musk nhắm đến Microsoft.");
        assert_eq!(
            n,
            [
                ("Elon Musk".into(), Cue::Person),
                ("Microsoft".into(), Cue::None)
            ]
        );
    }

    #[test]
    fn descriptors_before_a_name_tell_organizations_places_and_things() {
        assert_eq!(
            names("theo nhóm chính sách Rasmussen Global"),
            [("Rasmussen Global".into(), Cue::Org)]
        );
        assert_eq!(
            names("quân Nga tiến vào thị trấn Kramatorsk"),
            [("Kramatorsk".into(), Cue::Place)]
        );
        assert_eq!(
            names("các tàu khu trục Donald Cook"),
            [("Donald Cook".into(), Cue::Object)]
        );
    }

    #[test]
    fn head_nouns_open_organization_names() {
        let orgs = |t: &str| -> Vec<String> {
            findings(t)
                .names
                .into_iter()
                .filter(|c| c.org)
                .map(|c| c.surface)
                .collect()
        };
        assert_eq!(
            orgs("Ông là nhà phân tích của Nhóm Khủng hoảng quốc tế, cho rằng"),
            ["Nhóm Khủng hoảng quốc tế"]
        );
        assert_eq!(
            orgs("nghiên cứu sinh tại Trung tâm Carnegie Moscow cho biết"),
            ["Trung tâm Carnegie Moscow"]
        );
        assert_eq!(orgs("Bộ Quốc phòng Anh xác nhận."), ["Bộ Quốc phòng Anh"]);
        assert_eq!(
            orgs("ký với Tập đoàn Dầu khí quốc gia Trung Quốc (CNPC) hợp đồng"),
            ["Tập đoàn Dầu khí quốc gia Trung Quốc"]
        );
        // A bare ministry is a name as the subject of a verb of saying, what the text calls
        // the speaker; elsewhere it is no name, nor is a name cut short.
        assert_eq!(orgs("Bộ Quốc phòng cho biết."), ["Bộ Quốc phòng"]);
        assert!(orgs("Dự án được Bộ Quốc phòng phê duyệt.").is_empty());
        assert!(orgs("Trung tâm Kiểm soát và Phòng ngừa bệnh tật đưa tin.").is_empty());
    }

    #[test]
    fn a_spokesperson_after_the_ministry_is_a_person_of_her_own() {
        let n = names("Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nhấn mạnh lập trường.");
        let surfaces: Vec<&str> = n.iter().map(|(s, _)| s.as_str()).collect();
        assert!(surfaces.contains(&"Lê Thị Thu Hằng"), "{surfaces:?}");
        assert!(
            !surfaces.iter().any(|s| s.contains("Ngoại giao Lê")),
            "{surfaces:?}"
        );
    }

    #[test]
    fn a_title_and_a_country_before_a_name_make_a_person() {
        assert_eq!(
            names("Ông điện đàm với Thủ tướng Thụy Điển Magdalena Andersson hôm qua."),
            [("Magdalena Andersson".to_string(), Cue::Person)]
        );
    }

    #[test]
    fn organizations_named_by_a_head_and_a_place_by_a_parenthesis_or_an_acronym() {
        let orgs = |t: &str| -> Vec<String> {
            findings(t)
                .names
                .into_iter()
                .filter(|c| c.cue == Cue::Org)
                .map(|c| c.surface)
                .collect()
        };
        assert_eq!(
            orgs("các tàu thuộc Hạm đội Biển Đen của Nga đang ở Địa Trung Hải."),
            ["Hạm đội Biển Đen"]
        );
        assert!(orgs(
            "Tại Việt Nam, Cục An toàn bức xạ và hạt nhân (Bộ Khoa học và Công nghệ) cho biết."
        )
        .contains(&"Cục An toàn bức xạ và hạt nhân".to_string()));
        assert_eq!(
            orgs("Theo công ty bảo mật ESET (Slovakia), mã độc đã lan rộng."),
            ["ESET"]
        );
    }

    #[test]
    fn names_joined_to_a_cued_name_share_its_kind() {
        assert_eq!(
            names("Tàu chiến qua hai eo biển Bosphorus và Dardanelles mỗi ngày."),
            [
                ("Bosphorus".to_string(), Cue::Place),
                ("Dardanelles".to_string(), Cue::Place)
            ]
        );
    }

    #[test]
    fn initials_belong_to_the_name_of_a_person() {
        assert_eq!(
            names("Đại sứ Ấn Độ tại Liên hợp quốc T.S. Tirumurti cho biết nước này."),
            [("T.S. Tirumurti".to_string(), Cue::Person)]
        );
        assert_eq!(
            names("Hôm qua, S. Jaishankar điện đàm với người đồng cấp."),
            [("S. Jaishankar".to_string(), Cue::Person)]
        );
    }

    #[test]
    fn a_known_organization_does_not_run_into_a_name() {
        let n = names("Đại sứ Mỹ tại Liên Hiệp Quốc Linda Thomas-Greenfield phát biểu.");
        let surfaces: Vec<&str> = n.iter().map(|(s, _)| s.as_str()).collect();
        assert!(
            surfaces.contains(&"Linda Thomas-Greenfield"),
            "{surfaces:?}"
        );
    }

    #[test]
    fn a_name_closes_with_a_lower_case_qualifier() {
        let n = names("Hạ viện Nga, tức Duma Quốc gia, thông qua nghị quyết.");
        let surfaces: Vec<&str> = n.iter().map(|(s, _)| s.as_str()).collect();
        assert!(surfaces.contains(&"Duma Quốc gia"), "{surfaces:?}");
    }

    #[test]
    fn sentence_starters_and_capitalised_common_words_are_not_names() {
        assert!(names("Tuy nhiên, Trong khi đó và Theo đó. Hôm qua, Ngày 12/1.").is_empty());
        assert!(names("Chiến tranh Lạnh kết thúc. Ngoại giao Mỹ.").is_empty());
        let n = names("Nhưng Putin nói.");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].0, "Putin");
    }
}
