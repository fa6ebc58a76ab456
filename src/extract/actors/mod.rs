//! Actors: gazetteer matches and discovered names, with aliases merged.
//!
//! The corpus is read twice. The first reading matches the gazetteer and collects the
//! names it does not list (capitalised runs with the titles and descriptors around them,
//! head-noun organisations, "Long Name (ABBR)" pairs); [`merge`] turns those into actors,
//! folding spelling variants, surnames and abbreviations into the actor they name. The
//! second reading matches every form of every actor and records each mention.

mod abbrev;
mod discover;
mod forms;
mod matcher;
mod names;
mod resolve;
mod slug;
pub(crate) mod words;

#[cfg(test)]
mod seed_text;
#[cfg(test)]
mod tests;

use super::gazetteer::Gazetteer;
use crate::article::{Article, ParagraphKind};
use crate::model::{Actor, Mention};
use abbrev::Abbreviation;
use discover::HitInfo;
use matcher::{Matcher, NameHit};
use rayon::prelude::*;
use resolve::{ActorDraft, Pos, Stats};
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// The actors of a set of articles and every place they are named.
#[derive(Clone, Debug, Default)]
pub struct ActorIndex {
    /// Most mentioned first.
    pub actors: Vec<Actor>,
    /// In reading order: (article, paragraph, start).
    pub mentions: Vec<Mention>,
}

/// What the first reading found: each discovered name with its stats, each abbreviation
/// pair with how often and where first it was seen.
#[derive(Default)]
struct FirstReading {
    names: HashMap<String, Stats>,
    abbreviations: HashMap<Abbreviation, (usize, Pos)>,
}

impl FirstReading {
    fn add_name(&mut self, pos: Pos, c: discover::Candidate) {
        let st = self
            .names
            .entry(c.surface)
            .or_insert_with(|| Stats::new(pos));
        st.add(pos, c.cue, c.initial, c.org);
    }

    fn add_abbreviation(&mut self, pos: Pos, a: Abbreviation) {
        self.merge_abbreviation(a, 1, pos);
    }

    /// A name seen elsewhere, with what was seen of it there.
    fn merge_name(&mut self, name: String, st: Stats) {
        match self.names.entry(name) {
            Entry::Occupied(mut e) => e.get_mut().absorb(&st),
            Entry::Vacant(e) => {
                e.insert(st);
            }
        }
    }

    /// An abbreviation pair seen `n` times elsewhere, first at `pos`.
    fn merge_abbreviation(&mut self, a: Abbreviation, n: usize, pos: Pos) {
        let e = self.abbreviations.entry(a).or_insert((0, pos));
        e.0 += n;
        e.1 = e.1.min(pos);
    }

    /// Article `a`'s reading, made alone, added.
    fn take(&mut self, a: usize, found: ArticleNames) {
        let at = |pos: Pos| (a, pos.1, pos.2);
        for (name, mut st) in found.names {
            st.first = at(st.first);
            self.merge_name(name, st);
        }
        for (abbr, n, pos) in found.abbreviations {
            self.merge_abbreviation(abbr, n, at(pos));
        }
    }

    /// Both readings in one (they cover different articles).
    fn absorb(mut self, other: FirstReading) -> FirstReading {
        for (name, st) in other.names {
            self.merge_name(name, st);
        }
        for (a, (n, pos)) in other.abbreviations {
            self.merge_abbreviation(a, n, pos);
        }
        self
    }
}

/// What the first reading finds in one article alone, its positions those of article 0:
/// it needs nothing of the rest of the corpus, so the cache keeps it with the file's
/// articles and a model built again after files are added reads only theirs.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ArticleNames {
    names: Vec<(String, Stats)>,
    abbreviations: Vec<(Abbreviation, usize, Pos)>,
}

/// The first reading of single articles, its gazetteer matcher built once.
pub struct FirstReader<'g> {
    first: Matcher,
    gazetteer: &'g Gazetteer,
}

impl<'g> FirstReader<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        FirstReader {
            first: Matcher::new(forms::gazetteer_patterns(gazetteer)),
            gazetteer,
        }
    }

    /// The names and abbreviation pairs `article` holds.
    pub fn read(&self, article: &Article) -> ArticleNames {
        let mut r = FirstReading::default();
        read_first(0, article, &self.first, self.gazetteer, &mut r);
        let mut names: Vec<(String, Stats)> = r.names.into_iter().collect();
        names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut abbreviations: Vec<(Abbreviation, usize, Pos)> = r
            .abbreviations
            .into_iter()
            .map(|(a, (n, pos))| (a, n, pos))
            .collect();
        abbreviations.sort_unstable();
        ArticleNames {
            names,
            abbreviations,
        }
    }
}

/// Find the actors in the paragraphs of `articles` (indices in mentions are into `articles`).
pub fn extract_actors(gazetteer: &Gazetteer, articles: &[Article]) -> ActorIndex {
    let reader = FirstReader::new(gazetteer);
    let readings: Vec<ArticleNames> = articles.par_iter().map(|a| reader.read(a)).collect();
    extract_actors_read(gazetteer, articles, readings)
}

/// [`extract_actors`], the first reading of each article given (`readings[a]` that of
/// `articles[a]`, as [`FirstReader::read`] makes it).
pub fn extract_actors_read(
    gazetteer: &Gazetteer,
    articles: &[Article],
    readings: Vec<ArticleNames>,
) -> ActorIndex {
    let lex = gazetteer.lexicon();
    let reading = readings
        .into_par_iter()
        .enumerate()
        .fold(FirstReading::default, |mut r, (a, names)| {
            r.take(a, names);
            r
        })
        .reduce(FirstReading::default, FirstReading::absorb);
    let (names, abbreviations) = (reading.names, reading.abbreviations);
    let resolved = resolve::resolve(gazetteer, &names, &abbreviations);
    let second = Matcher::new(resolved.patterns(lex));
    let mentions: Vec<Vec<Mention>> = articles
        .par_iter()
        .enumerate()
        .map(|(a, article)| {
            let mut out = Vec::new();
            for (p, para) in article.paragraphs.iter().enumerate() {
                let lower = words::lower_same_len(&para.text);
                for h in second.find(&para.text, &lower, lex) {
                    out.push(Mention {
                        article: a,
                        paragraph: p,
                        start: h.start,
                        end: h.end,
                        actor: second.patterns()[h.pattern].target,
                    });
                }
            }
            out
        })
        .collect();
    build_index(articles, &resolved.drafts, mentions.concat())
}

pub use discover::NAME_RULES;

/// What the name finder made of a run of capitalised words: a name it found, or one it
/// passed over, and the rule ([`NAME_RULES`]) that decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameVerdict {
    pub text: String,
    pub found: bool,
    pub rule: &'static str,
}

/// The name finder's verdicts on each paragraph of `paragraphs`, in text order: what
/// `dossier explain` prints under an article. (Names the gazetteer lists are matched, not
/// found, and are not among them.)
pub fn explain_names(g: &Gazetteer, paragraphs: &[&str]) -> Vec<Vec<NameVerdict>> {
    let first = Matcher::new(forms::gazetteer_patterns(g));
    paragraphs
        .iter()
        .map(|text| {
            let f = discover_in(text, &first, g);
            let mut out: Vec<(usize, NameVerdict)> = f
                .names
                .into_iter()
                .map(|c| {
                    let v = NameVerdict {
                        text: c.surface,
                        found: true,
                        rule: c.rule,
                    };
                    (c.start, v)
                })
                .chain(f.passed_over.into_iter().map(|(start, text, rule)| {
                    let v = NameVerdict {
                        text,
                        found: false,
                        rule,
                    };
                    (start, v)
                }))
                .collect();
            out.sort_by_key(|(start, _)| *start);
            out.into_iter().map(|(_, v)| v).collect()
        })
        .collect()
}

/// Discovery on one paragraph, after the gazetteer's matches.
fn discover_in(text: &str, first: &Matcher, g: &Gazetteer) -> discover::Findings {
    let lex = g.lexicon();
    let info = |h: &NameHit| {
        let p = &first.patterns()[h.pattern];
        HitInfo {
            target: p.target,
            kind: p.kind,
        }
    };
    let lower = words::lower_same_len(text);
    let hits = first.find(text, &lower, lex);
    let ranges: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    let toks = words::tokenize(text, &ranges);
    discover::discover(text, &lower, &toks, &hits, &info, lex)
}

/// The first reading of one article: gazetteer matches, then discovery (not in headings).
fn read_first(a: usize, article: &Article, first: &Matcher, g: &Gazetteer, out: &mut FirstReading) {
    for (p, para) in article.paragraphs.iter().enumerate() {
        if para.kind == ParagraphKind::Heading {
            continue;
        }
        let found = discover_in(&para.text, first, g);
        for c in found.names {
            out.add_name((a, p, c.start), c);
        }
        for (start, x) in found.abbreviations {
            out.add_abbreviation((a, p, start), x);
        }
    }
}

/// Count the mentions of each draft, keep those mentioned, and order them.
fn build_index(
    articles: &[Article],
    drafts: &[ActorDraft],
    mut mentions: Vec<Mention>,
) -> ActorIndex {
    mentions.sort_unstable_by_key(|m| (m.article, m.paragraph, m.start));
    let n = drafts.len();
    let mut count = vec![0usize; n];
    let mut in_articles: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut forms: Vec<Vec<(&str, usize)>> = vec![Vec::new(); n];
    for m in &mentions {
        let d = m.actor;
        count[d] += 1;
        if in_articles[d].last() != Some(&m.article) {
            in_articles[d].push(m.article);
        }
        let slice = articles
            .get(m.article)
            .and_then(|a| a.paragraphs.get(m.paragraph))
            .and_then(|p| p.text.get(m.start..m.end))
            .unwrap_or("");
        match forms[d].iter_mut().find(|(f, _)| *f == slice) {
            Some(f) => f.1 += 1,
            None => forms[d].push((slice, 1)),
        }
    }
    let mut live: Vec<usize> = (0..n).filter(|&d| count[d] > 0).collect();
    live.sort_by(|&a, &b| {
        count[b]
            .cmp(&count[a])
            .then_with(|| drafts[a].name.cmp(&drafts[b].name))
    });
    let ids = slug::unique_slugs(live.iter().map(|&d| drafts[d].name.as_str()));
    let mut new_index = vec![usize::MAX; n];
    let mut actors = Vec::with_capacity(live.len());
    for (i, (&d, id)) in live.iter().zip(ids).enumerate() {
        new_index[d] = i;
        let name = drafts[d].name.clone();
        let mut seen = std::mem::take(&mut forms[d]);
        // Most used first; ties keep first-seen order (the sort is stable).
        seen.sort_by_key(|f| std::cmp::Reverse(f.1));
        let mut aliases = vec![name.clone()];
        aliases.extend(
            seen.into_iter()
                .map(|(f, _)| f.to_string())
                .filter(|f| *f != name),
        );
        let mut arts = std::mem::take(&mut in_articles[d]);
        arts.sort_unstable();
        arts.dedup();
        actors.push(Actor {
            id,
            name,
            kind: drafts[d].kind,
            aliases,
            mentions: count[d],
            articles: arts,
        });
    }
    for m in &mut mentions {
        m.actor = new_index[m.actor];
    }
    ActorIndex { actors, mentions }
}
