//! Reading a speaker phrase: the words of a clause before its verb of saying ("Thứ trưởng
//! Ngoại giao Nga Sergei Ryabkov ngày 10/1", "nhà ngoại giao kỳ cựu", "ông này", "một nguồn
//! tin ngoại giao tại Brussels") become who they name, or nothing when they are not a
//! speaker at all.

use super::lists::{Gender, Lists};
use super::tokens::Para;
use crate::extract::gazetteer::PhraseSet;
use crate::model::{Actor, ActorKind};
use std::ops::Range;

/// The most words of a title before a name ("Đại diện cấp cao về chính sách an ninh và
/// đối ngoại của EU Josep Borrell").
pub const MAX_TITLE_WORDS: usize = 14;

/// The most lower-case words a definite description takes after its title ("vị giám đốc
/// công ty đấu giá").
pub const MAX_DEFINITE_WORDS: usize = 4;

/// Who a speaker phrase names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// An actor named in the phrase.
    Actor(usize),
    /// A description to resolve against the people the article named before.
    Described(Desc),
    /// "ông", "bà ấy", "ông này": the person named last.
    Pronoun(Gender),
    /// "ông Tần": an honorific and a name that is no actor's, maybe part of a name the
    /// article gave in full before (folded words).
    Surname(Vec<String>),
    /// An unnamed source: nobody.
    Anonymous,
    /// A name that is no actor's: a speaker the model does not know.
    Unknown,
}

/// A speaker named by a role: the role groups (bits of `Lists::role_names`) or the exact
/// title, the countries and organisations that narrow it, and whether it names a woman.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Desc {
    pub roles: u32,
    pub title: Option<String>,
    pub qualifiers: Vec<usize>,
    pub female: bool,
    pub former: bool,
    /// "nhà phân tích này": the person named last when no title matches.
    pub anaphoric: bool,
    /// "vị", "nữ" before the title: one person the reader knows ("vị chuyên gia kinh tế",
    /// "nữ chủ tịch huyện"), so lower-case words may follow the title.
    pub definite: bool,
    /// A loose description (see `Description::loose`).
    pub loose: bool,
}

/// A parsed speaker phrase: who, and the bytes of the words that name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub who: Who,
    pub np: Range<usize>,
}

/// What the phrase reader needs besides the paragraph.
pub struct Env<'a> {
    pub lists: &'a Lists,
    /// The gazetteer's titles and honorifics.
    pub roles: &'a PhraseSet,
    /// The gazetteer's local bodies and levels of government ("UBND", "tỉnh"): after a
    /// title they say whose it is ("Phó Chủ tịch UBND tỉnh").
    pub bodies: &'a PhraseSet,
    pub levels: &'a PhraseSet,
    /// "của", "thuộc": a person after one is whose a title is ("trợ lý của ông Trump").
    pub possessives: &'a PhraseSet,
    pub actors: &'a [Actor],
}

/// The longest of the gazetteer's titles that `words` open with, and its phrase.
pub fn gazetteer_title(roles: &PhraseSet, words: &[&str]) -> Option<(usize, String)> {
    let (n, _) = roles.longest(words)?;
    Some((n, words[..n].join(" ")))
}

impl Env<'_> {
    fn actor_of(&self, p: &Para, t: usize) -> Option<usize> {
        let m = p.toks.get(t)?.mention?;
        Some(p.mentions.get(m)?.actor)
    }

    fn kind_of(&self, p: &Para, t: usize) -> Option<ActorKind> {
        self.actors.get(self.actor_of(p, t)?).map(|a| a.kind)
    }

    fn is_person(&self, p: &Para, t: usize) -> bool {
        self.kind_of(p, t) == Some(ActorKind::Person)
    }

    /// The token after the mention that token `t` is part of.
    fn mention_end(&self, p: &Para, t: usize) -> usize {
        let m = p.toks[t].mention;
        let mut k = t;
        while k < p.toks.len() && m.is_some() && p.toks[k].mention == m {
            k += 1;
        }
        k.max(t + 1)
    }

    /// A title, description or honorific at `t` (with the prefixes it may take): its
    /// length in tokens and what it says.
    pub fn title_at(&self, p: &Para, t: usize, end: usize) -> Option<(usize, Desc, bool)> {
        let w = p.word(t);
        if t >= end || !(self.lists.title_firsts.contains(w) || self.roles.starts_with_word(w)) {
            return None;
        }
        let mut k = t;
        let mut desc = Desc::default();
        // A description that opens with a prefix ("vị tướng", "nữ phát ngôn viên").
        if let Some((n, i)) = self
            .lists
            .descriptions
            .longest_of(p.iter_words(t..end.min(t + 6)))
        {
            let d = &self.lists.description_of[i];
            desc.roles = d.roles;
            desc.female = d.female;
            desc.loose = d.loose;
            return Some((n, desc, false));
        }
        // Prefixes, at most two ("cựu nữ ngoại trưởng").
        for _ in 0..2 {
            match self.lists.title_prefixes.longest_of(p.iter_words(k..end)) {
                Some((n, i)) if k + n < end => {
                    let prefix = &self.lists.title_prefix_of[i];
                    desc.female |= prefix.female;
                    desc.former |= prefix.former;
                    desc.definite |= prefix.definite;
                    k += n;
                }
                _ => break,
            }
        }
        let mut buf = [""; 6];
        let mut len = 0;
        for t in k..end.min(k + 6) {
            buf[len] = p.word(t);
            len += 1;
        }
        let words = &buf[..len];
        if words.is_empty() || p.toks[k].punct.is_some() {
            return None;
        }
        let lists = self.lists;
        if let Some((n, i)) = lists.descriptions.longest(words) {
            let d = &lists.description_of[i];
            desc.roles = d.roles;
            desc.female |= d.female;
            desc.loose = d.loose;
            return Some((k - t + n, desc, false));
        }
        let honorific = lists.pronouns.longest(&words[..1.min(words.len())]);
        if let Some((n, i)) = lists.titles.longest(words) {
            desc.roles = lists.title_offices[i];
            desc.title = Some(lists.title_words[i].clone());
            return Some((k - t + n, desc, false));
        }
        // The gazetteer's titles: exact title only.
        if let Some((n, phrase)) = gazetteer_title(self.roles, words) {
            let is_honorific = honorific.is_some_and(|(hn, _)| hn == n && n == 1);
            if is_honorific {
                match lists.pronoun_gender[honorific.map_or(0, |h| h.1)] {
                    Gender::Female => desc.female = true,
                    Gender::Male | Gender::Either => {}
                }
            } else {
                desc.title = Some(phrase);
            }
            return Some((k - t + n, desc, is_honorific));
        }
        // An honorific before a name: "chị Nguyễn Thị Lan", "thầy Nghĩa".
        if let Some((1, g)) = honorific {
            if p.toks
                .get(k + 1)
                .is_some_and(|x| k + 1 < end && (x.cap || x.mention.is_some()))
            {
                desc.female |= lists.pronoun_gender[g] == Gender::Female;
                return Some((k - t + 1, desc, true));
            }
        }
        None
    }

    /// A local body at `k` with the level of government after it ("UBND tỉnh", "Công an
    /// huyện"): its length in tokens.
    fn body_at(&self, p: &Para, k: usize, end: usize) -> Option<usize> {
        let words = p.words(k..end.min(k + 8));
        let (n, _) = self.bodies.longest(&words)?;
        Some(n + self.levels.longest(&words[n..]).map_or(0, |(m, _)| m))
    }

    /// Whether the person at token `k` is owned by a possessive before them ("của Minh
    /// Trí", "của ông Trump"), looking no further back than `from`.
    fn owner_at(&self, p: &Para, from: usize, k: usize) -> bool {
        let possessive = |j: usize| j >= from && self.possessives.contains(p.word(j));
        let honorific = |j: usize| j >= from && self.lists.pronouns.longest(&[p.word(j)]).is_some();
        (k >= 1 && possessive(k - 1)) || (k >= 2 && honorific(k - 1) && possessive(k - 2))
    }

    /// An age, a birth year or a nationality at `k` ("58 tuổi", "sinh năm 2003", "người Hà
    /// Lan"): its length in tokens.
    fn about_person(&self, p: &Para, k: usize, end: usize) -> Option<usize> {
        let l = self.lists;
        let t = p.toks.get(k).filter(|_| k < end)?;
        if t.digit {
            let (n, _) = l.ages.longest_of(p.iter_words(k + 1..end))?;
            return Some(1 + n);
        }
        if let Some((n, _)) = l.born.longest_of(p.iter_words(k..end)) {
            return p
                .toks
                .get(k + n)
                .filter(|x| k + n < end && x.digit)
                .map(|_| n + 1);
        }
        let (n, _) = l.nationals.longest_of(p.iter_words(k..end))?;
        let country = self.kind_of(p, k + n) == Some(ActorKind::Country) && k + n < end;
        country.then(|| self.mention_end(p, k + n) - k)
    }

    /// An outlet at the start of the phrase ("Hãng tin Reuters", "TASS", "tờ Guardian").
    fn is_outlet(&self, p: &Para, t: usize, end: usize) -> bool {
        let to = end.min(t + 4);
        self.lists
            .outlet_cues
            .longest_of(p.iter_words(t..to))
            .is_some()
            || self
                .lists
                .outlet_names
                .longest_of(p.iter_words(t..to))
                .is_some()
    }

    /// An unnamed source.
    pub fn is_anonymous(&self, p: &Para, t: usize, end: usize) -> bool {
        let l = self.lists;
        let words = p.words(t..end);
        if let Some((n, _)) = l.quantifiers.longest(&words).filter(|(n, _)| t + n < end) {
            // "một quan chức", "các nước": a quantity of people, not of things.
            let rest = &words[n..];
            if l.people_nouns.longest(rest).is_some() || self.title_at(p, t + n, end).is_some() {
                return true;
            }
        }
        if l.sources.longest(&words).is_some() || l.groups.longest(&words).is_some() {
            return true;
        }
        (0..words.len()).any(|k| l.unnamed.longest(&words[k..]).is_some())
    }

    /// Whether tokens `r` may follow the name of a speaker: adverbs and time words, words
    /// with digits, a parenthesis, "của/tại X", a description's modifiers.
    pub fn tail_ok(&self, p: &Para, r: Range<usize>) -> bool {
        let l = self.lists;
        let mut k = r.start;
        while k < r.end {
            let t = p.toks[k];
            if t.punct == Some('(') {
                match (k + 1..r.end).find(|&j| p.toks[j].punct == Some(')')) {
                    Some(j) => {
                        k = j + 1;
                        continue;
                    }
                    None => return false,
                }
            }
            if t.punct.is_some() {
                return false;
            }
            if t.digit {
                k += 1;
                continue;
            }
            let words = p.words(k..r.end.min(k + 6));
            if let Some((n, _)) = l
                .between
                .longest(&words)
                .or_else(|| l.modifiers.longest(&words))
                .or_else(|| l.anaphoric.longest(&words))
            {
                k += n;
                continue;
            }
            // "tại", "của" (`joiners` of `[titles]` in `assets/quotes.toml`).
            if l.title_joiners.contains(words[0]) {
                // "của Đại học Chicago": names and their lower-case words, up to a filler.
                let mut j = k + 1;
                let mut named = false;
                while j < r.end
                    && p.toks[j].is_word()
                    && l.between.longest_of(p.iter_words(j..r.end)).is_none()
                {
                    named |= p.toks[j].cap || p.toks[j].mention.is_some();
                    j += 1;
                }
                if !named {
                    return false;
                }
                k = j;
                continue;
            }
            return false;
        }
        true
    }

    /// Read the speaker phrase of tokens `r`; `None` when it names no speaker (or an outlet).
    pub fn parse(&self, p: &Para, r: Range<usize>) -> Option<Parsed> {
        let l = self.lists;
        let end = r.end;
        let mut i = r.start;
        // "Trong khi đó", "và", "phía" before the subject.
        while i < end {
            match l.connectors.longest_of(p.iter_words(i..end)) {
                Some((n, _)) if i + n < end => i += n,
                _ => break,
            }
        }
        if i >= end || p.toks[i].punct.is_some() {
            return None;
        }
        // "những lĩnh vực mà Washington": a relative clause is no subject.
        if (i..end).any(|k| p.word(k) == "mà") {
            return None;
        }
        // "Hãng tin TASS dẫn lời Thứ trưởng … Ryabkov": the speaker is the one quoted.
        for k in i..end {
            if let Some((n, _)) = l.quoting.longest_of(p.iter_words(k..end)) {
                return self.parse(p, k + n..end);
            }
        }
        if self.is_outlet(p, i, end) {
            return None;
        }
        let bytes = |a: usize, b: usize| p.toks[a].start..p.toks[b.max(a + 1) - 1].end;
        // "đại diện Viện KSND tỉnh Quảng Ngãi": a body speaking through its representative.
        if let Some((n, _)) = l
            .represents
            .longest_of(p.iter_words(i..end))
            .filter(|&(n, _)| i + n < end)
        {
            let k = i + n;
            if p.toks[k].mention.is_some() && self.kind_of(p, k) == Some(ActorKind::Organization) {
                let me = self.mention_end(p, k);
                if self.tail_ok(p, me..end) {
                    return Some(Parsed {
                        who: Who::Actor(self.actor_of(p, k)?),
                        np: bytes(i, me),
                    });
                }
            }
        }
        if self.is_anonymous(p, i, end) {
            return Some(Parsed {
                who: Who::Anonymous,
                np: bytes(i, end),
            });
        }
        // A pronoun not followed by a name.
        if let Some((n, g)) = l.pronouns.longest_of(p.iter_words(i..end)) {
            let next = p.toks.get(i + n).filter(|_| i + n < end);
            let named = next.is_some_and(|t| (t.cap && t.is_word()) || t.mention.is_some());
            if !named && self.tail_ok(p, i + n..end) {
                return Some(Parsed {
                    who: Who::Pronoun(l.pronoun_gender[g]),
                    np: bytes(i, i + n),
                });
            }
        }
        let person = (i..end).find(|&k| self.is_person(p, k));
        let title = self.title_at(p, i, end);
        if let Some(k) = person {
            // Only a title may stand before the name.
            if k > i {
                let (n, _, _) = title?;
                if k - i > MAX_TITLE_WORDS
                    || (i + n..k).any(|j| {
                        // "PGS.TS Trần Minh Tuấn": a stop inside the title's letters.
                        let attached = p.toks[j].punct == Some('.')
                            && j > 0
                            && p.toks[j - 1].end == p.toks[j].start
                            && (p.toks.get(j + 1).is_some_and(|x| x.start == p.toks[j].end)
                                || self.roles.contains(p.word(j - 1)));
                        !attached && p.toks[j].punct.is_some_and(|c| c != '-' && c != '–')
                            || l.verbs.longest_of(p.iter_words(j..k)).is_some()
                    })
                    // "giáo viên chủ nhiệm của Minh Trí", "trợ lý của ông Trump": the
                    // person after "của" is whose the title is, not who speaks.
                    || self.owner_at(p, i + n, k)
                {
                    return None;
                }
            }
            let me = self.mention_end(p, k);
            if !self.tail_ok(p, me..end) {
                return None;
            }
            return Some(Parsed {
                who: Who::Actor(self.actor_of(p, k)?),
                np: bytes(i, me),
            });
        }
        if let Some((n, mut desc, honorific)) = title {
            // The title's words: more titles, the countries and organisations it names,
            // capitalised words, joiners before a name.
            let mut k = i + n;
            let mut caps: Vec<usize> = Vec::new();
            while k < end {
                let t = p.toks[k];
                if t.punct.is_some() {
                    break;
                }
                if t.mention.is_some() {
                    if let Some(a) = self.actor_of(p, k) {
                        desc.qualifiers.push(a);
                    }
                    k = self.mention_end(p, k);
                    caps.clear();
                    continue;
                }
                if t.cap {
                    // A capitalised title word belongs to the title ("Bộ trưởng Ngoại giao").
                    if let Some((tn, _, _)) = self.title_at(p, k, end) {
                        k += tn;
                        continue;
                    }
                    // "Phó Chủ tịch UBND tỉnh", "Giám đốc Công an huyện": whose title it is.
                    if let Some(bn) = self.body_at(p, k, end) {
                        k += bn;
                        continue;
                    }
                    caps.push(k);
                    k += 1;
                    continue;
                }
                if let Some(n) = self.about_person(p, k, end) {
                    k += n;
                    continue;
                }
                let w = p.word(k);
                if self.lists.title_joiners.contains(w)
                    && p.toks
                        .get(k + 1)
                        .is_some_and(|x| k + 1 < end && (x.cap || x.mention.is_some()))
                {
                    k += 1;
                    continue;
                }
                if let Some((tn, _, _)) = self
                    .title_at(p, k, end)
                    .filter(|_| !l.between.contains_words(&[w]))
                {
                    k += tn;
                    continue;
                }
                break;
            }
            let np = bytes(i, k);
            if !caps.is_empty() {
                // A name that is no actor's, after an honorific or a title ("TS. Linh",
                // "anh Cường"): maybe a short form of one.
                let right_after = caps.first() == Some(&(i + n))
                    && caps.windows(2).all(|w| w[1] == w[0] + 1)
                    && caps.last().is_some_and(|&c| c + 1 == k);
                if caps.len() <= 3 && (honorific || right_after) {
                    let words = caps.iter().map(|&c| crate::text::fold(p.word(c))).collect();
                    if self.tail_ok(p, k..end) {
                        return Some(Parsed {
                            who: Who::Surname(words),
                            np,
                        });
                    }
                }
                return Some(Parsed {
                    who: Who::Unknown,
                    np,
                });
            }
            if honorific {
                return None;
            }
            // "vị chuyên gia kinh tế", "nữ chủ tịch huyện", "người đứng đầu doanh nghiệp
            // này": a definite description may say more of its title in a few lower-case
            // words.
            {
                let mut j = k;
                while j < end.min(k + MAX_DEFINITE_WORDS)
                    && p.toks[j].is_word()
                    && !p.toks[j].cap
                    && p.toks[j].mention.is_none()
                    && !l.between.contains_words(&[p.word(j)])
                    && !l.anaphoric.contains_words(&[p.word(j)])
                {
                    j += 1;
                }
                // "người đứng đầu doanh nghiệp này": a run closed by "này" points back too.
                let pointed = j > k && l.anaphoric.contains_words(&[p.word(j)]);
                if (desc.definite || pointed) && self.tail_ok(p, j..end) {
                    k = j;
                }
            }
            // "nhà ngoại giao kỳ cựu", "nhà phân tích này".
            while k < end {
                let words = p.words(k..end.min(k + 6));
                if let Some((n, _)) = l.modifiers.longest(&words) {
                    k += n;
                } else if let Some((n, _)) = l.anaphoric.longest(&words) {
                    desc.anaphoric = true;
                    k += n;
                } else {
                    break;
                }
            }
            if !self.tail_ok(p, k..end) {
                return None;
            }
            return Some(Parsed {
                who: Who::Described(desc),
                np,
            });
        }
        // An organisation, country or place on its own ("Bộ Quốc phòng Nga", "phía Nga").
        if p.toks[i].mention.is_some() {
            let me = self.mention_end(p, i);
            let a = self.actor_of(p, i)?;
            if me < end && p.word(me) == "và" {
                return Some(Parsed {
                    who: Who::Unknown,
                    np: bytes(i, end),
                });
            }
            if self.tail_ok(p, me..end) {
                return Some(Parsed {
                    who: Who::Actor(a),
                    np: bytes(i, me),
                });
            }
        }
        // "“…”, Ngân nói.": a lone capitalised word that names no actor may be the given
        // name of a person the article named in full before.
        if end == i + 1 && p.toks[i].cap && p.toks[i].is_word() {
            return Some(Parsed {
                who: Who::Surname(vec![crate::text::fold(p.word(i))]),
                np: bytes(i, end),
            });
        }
        None
    }
}
