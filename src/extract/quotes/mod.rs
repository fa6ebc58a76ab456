//! Who said what: attributed statements in article text, with their speakers.
//!
//! Written by hand, with its word lists in `assets/quotes.toml`: no library reads
//! attribution in Vietnamese. Each article is read twice over the corpus: first every
//! person's titles ("Thứ trưởng Ngoại giao Nga Sergei Ryabkov") and whether they are called
//! "ông" or "bà" ([`titles`]); then each article in order, sentence by sentence ([`find`]),
//! with the persons it has named so far, so that "nhà ngoại giao Nga", "ông này" and
//! "người đứng đầu Điện Kremlin" resolve to the person the article last named in that
//! role — or to nobody.

mod find;
pub mod lists;
mod speaker;
mod titles;
mod tokens;

#[cfg(test)]
mod tests;

use crate::article::{Article, ParagraphKind};
use crate::extract::gazetteer::Lexicon;
use crate::model::{Actor, ActorKind, Mention, Quote};
use lists::Lists;
use rayon::prelude::*;
use speaker::Env;
use std::ops::Range;
use titles::Person;
use tokens::Para;

/// Find the attributed statements of `articles`, whose actors and mentions (sorted by
/// article, paragraph, start) the model already holds. In reading order.
pub fn extract_quotes(
    articles: &[Article],
    actors: &[Actor],
    mentions: &[Mention],
    lexicon: &Lexicon,
) -> Vec<Quote> {
    extract_with(Lists::bundled(), articles, actors, mentions, lexicon)
}

pub fn extract_with(
    lists: &Lists,
    articles: &[Article],
    actors: &[Actor],
    mentions: &[Mention],
    lexicon: &Lexicon,
) -> Vec<Quote> {
    let env = Env {
        lists,
        roles: &lexicon.roles,
        actors,
    };
    let ranges = article_ranges(mentions, articles.len());
    let learned: Vec<(usize, Person)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(a, art)| learn(&env, art, &mentions[ranges[a].clone()]))
        .collect();
    let mut people = vec![Person::default(); actors.len()];
    for (a, p) in learned {
        if let Some(slot) = people.get_mut(a) {
            slot.absorb(p);
        }
    }
    let per_article: Vec<Vec<Quote>> = articles
        .par_iter()
        .enumerate()
        .map(|(a, art)| read(&env, &people, a, art, &mentions[ranges[a].clone()]))
        .collect();
    per_article.concat()
}

/// For each article, its range of `mentions`.
fn article_ranges(mentions: &[Mention], n: usize) -> Vec<Range<usize>> {
    (0..n)
        .map(|a| {
            let s = mentions.partition_point(|m| m.article < a);
            let e = mentions.partition_point(|m| m.article <= a);
            s..e
        })
        .collect()
}

/// The mentions of paragraph `p` within one article's mentions.
fn paragraph_mentions(mentions: &[Mention], p: usize) -> &[Mention] {
    let s = mentions.partition_point(|m| m.paragraph < p);
    let e = mentions.partition_point(|m| m.paragraph <= p);
    &mentions[s..e]
}

/// What one article says of the persons it names.
fn learn(env: &Env, art: &Article, mentions: &[Mention]) -> Vec<(usize, Person)> {
    let mut out = Vec::new();
    for (pi, para) in art.paragraphs.iter().enumerate() {
        if para.kind == ParagraphKind::Heading {
            continue;
        }
        let ms = paragraph_mentions(mentions, pi);
        let has_person = ms.iter().any(|m| {
            env.actors
                .get(m.actor)
                .is_some_and(|a| a.kind == ActorKind::Person)
        });
        if has_person {
            env.learn(&Para::new(&para.text, ms, false), &mut out);
        }
    }
    out
}

/// The statements of one article.
fn read(env: &Env, people: &[Person], a: usize, art: &Article, mentions: &[Mention]) -> Vec<Quote> {
    // Body paragraphs, each told whether it opens inside a quotation of the one before.
    let mut paras: Vec<(usize, Para)> = Vec::new();
    let mut run = 0;
    for (pi, para) in art.paragraphs.iter().enumerate() {
        if para.kind != ParagraphKind::Body {
            continue;
        }
        let continuing = paras
            .last()
            .is_some_and(|(_, p)| p.spans.last().is_some_and(|s| s.close.is_none()))
            && run < find::MAX_QUOTE_PARAGRAPHS;
        run = if continuing { run + 1 } else { 0 };
        paras.push((
            pi,
            Para::new(&para.text, paragraph_mentions(mentions, pi), continuing),
        ));
    }
    // The persons named in the body, outside quotations, in reading order.
    let mut salience = Vec::new();
    for (pi, p) in &paras {
        for (t, tok) in p.toks.iter().enumerate() {
            let Some(m) = tok.mention else { continue };
            if t > 0 && p.toks[t - 1].mention == Some(m) {
                continue;
            }
            let Some(actor) = p.mentions.get(m).map(|x| x.actor) else {
                continue;
            };
            let person = env
                .actors
                .get(actor)
                .is_some_and(|x| x.kind == ActorKind::Person);
            if person && p.span_at(tok.start).is_none() {
                salience.push((*pi, tok.start, actor));
            }
        }
    }
    let mut reader = find::Reader::new(env, people, salience);
    for (pi, p) in &paras {
        reader.paragraph(*pi, p);
    }
    reader
        .out
        .into_iter()
        .map(|f| Quote {
            article: a,
            paragraph: f.paragraph,
            start: f.range.start,
            end: f.range.end,
            speaker: f.speaker,
            kind: f.kind,
            cue: f.cue,
            named_at: f.named_at,
            continues: f.continues,
        })
        .collect()
}
