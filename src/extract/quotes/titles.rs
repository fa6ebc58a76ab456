//! What the corpus says each person is: the titles they are named with ("Thứ trưởng Ngoại
//! giao Nga Sergei Ryabkov", "Dmitri Trenin, Giám đốc Trung tâm Carnegie Moscow") and
//! whether they are called "ông" or "bà". A description ("nhà ngoại giao Nga") is resolved
//! against these.

use super::speaker::{Env, MAX_TITLE_WORDS};
use super::tokens::Para;
use crate::article::{Article, ParagraphKind};
use crate::model::{ActorKind, Mention};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

/// A title a person is named with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Held {
    /// The title as written, lower case ("thứ trưởng ngoại giao").
    pub phrase: String,
    /// Its role groups (bits of `Lists::role_names`).
    pub roles: u32,
    /// The countries and organisations named in it.
    pub qualifiers: Vec<usize>,
    /// "cựu", "nguyên": a title held before.
    pub former: bool,
}

/// Everything known about one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    pub titles: Vec<Held>,
    /// Times called "ông" / "bà" (or with a title for a woman).
    pub male: u32,
    pub female: u32,
}

impl Person {
    fn add(&mut self, h: Held) {
        match self
            .titles
            .iter_mut()
            .find(|x| x.phrase == h.phrase && x.former == h.former)
        {
            Some(x) => {
                for q in h.qualifiers {
                    if !x.qualifiers.contains(&q) {
                        x.qualifiers.push(q);
                    }
                }
            }
            None => self.titles.push(h),
        }
    }

    pub fn absorb(&mut self, other: Person) {
        self.male += other.male;
        self.female += other.female;
        for h in other.titles {
            self.add(h);
        }
    }

    /// Whether a pronoun or description of this gender may stand for this person.
    pub fn may_be(&self, female: Option<bool>) -> bool {
        match female {
            Some(true) => self.male <= self.female,
            Some(false) => self.female <= self.male,
            None => true,
        }
    }
}

/// Prefixes of a title that say something about its holder.
const HELD_PREFIXES: [(&str, bool, bool); 4] = [
    ("nữ", true, false),
    ("cựu", false, true),
    ("nguyên", false, true),
    ("vị", false, false),
];

impl Env<'_> {
    /// A title at token `t` (before `end`): its length and what it is. Honorifics are not
    /// titles.
    fn held_at(&self, p: &Para, t: usize, end: usize) -> Option<(usize, Held, bool)> {
        let w = p.word(t);
        if t >= end || !(self.lists.title_firsts.contains(w) || self.roles.starts_with_word(w)) {
            return None;
        }
        let mut k = t;
        let mut held = Held::default();
        let mut female = false;
        if let Some((w, f, former)) = HELD_PREFIXES.iter().find(|(w, _, _)| p.word(k) == *w) {
            let _ = w;
            female = *f;
            held.former = *former;
            k += 1;
        }
        if k >= end || p.toks[k].punct.is_some() {
            return None;
        }
        let mut buf = [""; 6];
        let mut len = 0;
        for j in k..end.min(k + 6) {
            buf[len] = p.word(j);
            len += 1;
        }
        let words = &buf[..len];
        let l = self.lists;
        if let Some((n, i)) = l.titles.longest(words) {
            held.phrase.clone_from(&l.title_words[i]);
            held.roles = l.title_roles[i];
            return Some((k - t + n, held, female));
        }
        let (n, phrase) = super::speaker::gazetteer_title(self.roles, words)?;
        if l.pronouns.contains_words(&words[..n]) {
            return None;
        }
        held.phrase = phrase;
        Some((k - t + n, held, female))
    }

    /// The title written before the person mention starting at token `k` (within the same
    /// clause, at most [`MAX_TITLE_WORDS`] back), with the countries and organisations
    /// between it and the name; a counterpart ("người đồng cấp Nga") takes the title of the
    /// person named before it in the sentence.
    fn title_before(&self, p: &Para, k: usize, depth: usize) -> Option<(Held, bool)> {
        let lo = k.saturating_sub(MAX_TITLE_WORDS);
        let mut start = k;
        while start > lo {
            let t = p.toks[start - 1];
            if t.punct.is_some_and(|c| c != '-' && c != '–') {
                break;
            }
            if t.mention.is_some() && self.kind_at(p, start - 1) == Some(ActorKind::Person) {
                break;
            }
            start -= 1;
        }
        let mut found: Option<(usize, usize, Held, bool)> = None;
        let mut q = start;
        while q < k {
            match self.held_at(p, q, k) {
                Some((n, h, female)) => {
                    found = Some((q, n, h, female));
                    q += n;
                }
                None => q += 1,
            }
        }
        let (q, n, mut held, female) = found?;
        let mut j = q + n;
        while j < k {
            if p.toks[j].mention.is_some() {
                if let Some(a) = self.actor_at(p, j) {
                    if !held.qualifiers.contains(&a) {
                        held.qualifiers.push(a);
                    }
                }
            }
            j += 1;
        }
        if self.lists.counterparts.contains_words(&p.words(q..q + n)) {
            if depth > 0 {
                return None;
            }
            // The person named before, in this sentence.
            let before = (0..q).rev().find(|&j| {
                p.toks[j].mention.is_some() && self.kind_at(p, j) == Some(ActorKind::Person)
            })?;
            let mut first = before;
            while first > 0 && p.toks[first - 1].mention == p.toks[before].mention {
                first -= 1;
            }
            let (theirs, _) = self.title_before(p, first, depth + 1)?;
            held.phrase = theirs.phrase;
            held.roles = theirs.roles;
        }
        Some((held, female))
    }

    /// The title in an apposition after the mention ending before token `me`: ", Giám đốc
    /// Trung tâm Carnegie Moscow,".
    fn title_after(&self, p: &Para, me: usize) -> Option<Held> {
        if p.toks.get(me)?.punct != Some(',') {
            return None;
        }
        let end = (me + 1 + MAX_TITLE_WORDS).min(p.toks.len());
        let (n, mut held, _) = self.held_at(p, me + 1, end)?;
        let mut j = me + 1 + n;
        while j < end && p.toks[j].punct.is_none() {
            if let Some(a) = self.actor_at(p, j) {
                if p.toks[j].mention.is_some() && !held.qualifiers.contains(&a) {
                    held.qualifiers.push(a);
                }
            }
            j += 1;
        }
        Some(held)
    }

    pub fn actor_at(&self, p: &Para, t: usize) -> Option<usize> {
        let m = p.toks.get(t)?.mention?;
        Some(p.mentions.get(m)?.actor)
    }

    pub fn kind_at(&self, p: &Para, t: usize) -> Option<ActorKind> {
        self.actors.get(self.actor_at(p, t)?).map(|a| a.kind)
    }

    /// What the person mention starting at token `k` (ending before `me`) says: its title
    /// before or after, and "ông"/"bà" right before it.
    pub fn learn_mention(&self, p: &Para, k: usize, me: usize) -> Person {
        let mut person = Person::default();
        match k.checked_sub(1).map(|j| p.word(j)) {
            Some("ông" | "ngài") => person.male += 1,
            Some("bà") => person.female += 1,
            _ => {}
        }
        if let Some((held, female)) = self.title_before(p, k, 0) {
            person.female += u32::from(female);
            person.titles.push(held);
        }
        person.titles.extend(self.title_after(p, me));
        person
    }
}

/// Bytes of text read before and after a mention for its title.
const WINDOW_BEFORE: usize = 180;
const WINDOW_AFTER: usize = 160;

/// Mentions read across the corpus for what it says of a person, at most.
pub const MAX_CORPUS_MENTIONS: usize = 5;

/// What is known of each person, read when first asked while reading one article: what the
/// article says of them, and — shared by every article, read once — what the first
/// [`MAX_CORPUS_MENTIONS`] mentions of them in the corpus say.
pub struct People<'a, 'e> {
    env: &'a Env<'e>,
    articles: &'e [Article],
    /// Every mention, sorted by article, paragraph, start.
    mentions: &'e [Mention],
    /// For each actor, its mentions (indices into `mentions`).
    by_actor: &'a [Vec<u32>],
    /// For each actor, what the corpus says of them, once asked.
    corpus: &'a [OnceLock<Person>],
    /// For each actor, how often the corpus calls them "ông" and "bà", once asked.
    corpus_gender: &'a [OnceLock<(u32, u32)>],
    article: usize,
    known: RefCell<HashMap<usize, Rc<Person>>>,
}

impl<'a, 'e> People<'a, 'e> {
    pub fn new(
        env: &'a Env<'e>,
        articles: &'e [Article],
        mentions: &'e [Mention],
        by_actor: &'a [Vec<u32>],
        corpus: &'a [OnceLock<Person>],
        corpus_gender: &'a [OnceLock<(u32, u32)>],
        article: usize,
    ) -> Self {
        People {
            env,
            articles,
            mentions,
            by_actor,
            corpus,
            corpus_gender,
            article,
            known: RefCell::new(HashMap::new()),
        }
    }

    /// What this article says of person `a`.
    pub fn get(&self, a: usize) -> Rc<Person> {
        if let Some(p) = self.known.borrow().get(&a) {
            return Rc::clone(p);
        }
        let mut person = Person::default();
        if let Some(all) = self.by_actor.get(a) {
            let here = all.partition_point(|&i| self.mentions[i as usize].article < self.article);
            for &i in all[here..]
                .iter()
                .take_while(|&&i| self.mentions[i as usize].article == self.article)
            {
                person.absorb(self.learn_at(i as usize));
            }
        }
        let p = Rc::new(person);
        self.known.borrow_mut().insert(a, Rc::clone(&p));
        p
    }

    /// What the corpus says of person `a` (its first mentions).
    pub fn corpus(&self, a: usize) -> Option<&Person> {
        let slot = self.corpus.get(a)?;
        Some(slot.get_or_init(|| {
            let mut person = Person::default();
            for &i in self
                .by_actor
                .get(a)
                .into_iter()
                .flatten()
                .take(MAX_CORPUS_MENTIONS)
            {
                person.absorb(self.learn_at(i as usize));
            }
            person
        }))
    }

    /// Whether a pronoun or description of this gender may stand for person `a`: how the
    /// article calls them ("ông", "bà" before the name), else how the corpus does.
    pub fn may_be(&self, a: usize, female: Option<bool>) -> bool {
        if female.is_none() {
            return true;
        }
        let Some(all) = self.by_actor.get(a) else {
            return true;
        };
        let here = all.partition_point(|&i| self.mentions[i as usize].article < self.article);
        let mine = all[here..]
            .iter()
            .take_while(|&&i| self.mentions[i as usize].article == self.article);
        let (mut male, mut female_n) = self.gender_of(mine);
        if male + female_n == 0 {
            let corpus = self.corpus_gender.get(a).map(|g| {
                *g.get_or_init(|| self.gender_of(all.iter().take(4 * MAX_CORPUS_MENTIONS)))
            });
            (male, female_n) = corpus.unwrap_or((0, 0));
        }
        let p = Person {
            titles: Vec::new(),
            male,
            female: female_n,
        };
        p.may_be(female)
    }

    /// How often the mentions `of` are preceded by "ông"/"ngài" and by "bà".
    fn gender_of<'i>(&self, of: impl Iterator<Item = &'i u32>) -> (u32, u32) {
        let (mut male, mut female) = (0, 0);
        for &i in of {
            let Some(m) = self.mentions.get(i as usize) else {
                continue;
            };
            let Some(text) = self
                .articles
                .get(m.article)
                .and_then(|x| x.paragraphs.get(m.paragraph))
                .map(|x| x.text.as_str())
            else {
                continue;
            };
            let before = text[..m.start].trim_end().rsplit(' ').next().unwrap_or("");
            match before {
                "ông" | "Ông" | "ngài" | "Ngài" => male += 1,
                "bà" | "Bà" => female += 1,
                _ => {}
            }
        }
        (male, female)
    }

    fn learn_at(&self, i: usize) -> Person {
        let Some(m) = self.mentions.get(i).copied() else {
            return Person::default();
        };
        let Some(para) = self
            .articles
            .get(m.article)
            .and_then(|x| x.paragraphs.get(m.paragraph))
        else {
            return Person::default();
        };
        if para.kind == ParagraphKind::Heading {
            return Person::default();
        }
        // The words around the mention: enough for a title before it or an apposition after.
        let text = &para.text;
        let mut from = m.start.saturating_sub(WINDOW_BEFORE);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (m.end + WINDOW_AFTER).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let key = (m.article, m.paragraph);
        let s = self
            .mentions
            .partition_point(|x| (x.article, x.paragraph) < key);
        let e = self
            .mentions
            .partition_point(|x| (x.article, x.paragraph) <= key);
        let near: Vec<Mention> = self.mentions[s..e]
            .iter()
            .filter(|x| x.start >= from && x.end <= to)
            .map(|x| Mention {
                start: x.start - from,
                end: x.end - from,
                ..*x
            })
            .collect();
        let p = Para::new(self.env.lists, &text[from..to], &near, false);
        let k = p.tok_at(m.start - from);
        let Some(tm) = p.toks.get(k).and_then(|t| t.mention) else {
            return Person::default();
        };
        let mut me = k;
        while me < p.toks.len() && p.toks[me].mention == Some(tm) {
            me += 1;
        }
        self.env.learn_mention(&p, k, me)
    }
}
