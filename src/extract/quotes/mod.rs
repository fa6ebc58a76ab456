//! Who said what: attributed statements in article text, with their speakers.
//!
//! Written by hand, with its word lists in `assets/quotes.toml`: no library reads
//! attribution in Vietnamese. Each article is read in order, sentence by sentence
//! ([`find`]), keeping the persons it has named so far, so that "nhà ngoại giao Nga", "ông
//! này" and "người đứng đầu Điện Kremlin" resolve to the person the article last named in
//! that role — or to nobody. What a person is (their titles, "Thứ trưởng Ngoại giao Nga
//! Sergei Ryabkov", and whether they are called "ông" or "bà") is read when a description
//! or a pronoun first asks, from the article and, failing it, the rest of the corpus
//! ([`titles`]). Paragraphs without a verb of saying, a quotation mark or a colon are not
//! read at all.

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
use titles::People;
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
        bodies: &lexicon.local_bodies,
        levels: &lexicon.admin_levels,
        possessives: &lexicon.possessives,
        actors,
    };
    let ranges = article_ranges(mentions, articles.len());
    // Each person's mentions, for what other articles say of them.
    let mut by_actor: Vec<Vec<u32>> = vec![Vec::new(); actors.len()];
    for (i, m) in mentions.iter().enumerate() {
        if actors
            .get(m.actor)
            .is_some_and(|a| a.kind == ActorKind::Person)
        {
            by_actor[m.actor].push(i as u32);
        }
    }
    let corpus_gender: Vec<std::sync::OnceLock<(u32, u32)>> = (0..actors.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let corpus: Vec<std::sync::OnceLock<titles::Person>> = (0..actors.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let per_article: Vec<Vec<Quote>> = articles
        .par_iter()
        .enumerate()
        .map(|(a, art)| {
            let people = People::new(
                &env,
                articles,
                mentions,
                &by_actor,
                &corpus,
                &corpus_gender,
                a,
            );
            read(&env, people, a, art, &mentions[ranges[a].clone()])
        })
        .collect();
    per_article.concat()
}

/// For each article, its range of `mentions`.
fn article_ranges(mentions: &[Mention], n: usize) -> Vec<Range<usize>> {
    let mut out = vec![0..0; n];
    let mut i = 0;
    while i < mentions.len() {
        let a = mentions[i].article;
        let start = i;
        while i < mentions.len() && mentions[i].article == a {
            i += 1;
        }
        if let Some(r) = out.get_mut(a) {
            *r = start..i;
        }
    }
    out
}

/// The mentions of paragraph `p` within one article's mentions.
fn paragraph_mentions(mentions: &[Mention], p: usize) -> &[Mention] {
    let s = mentions.partition_point(|m| m.paragraph < p);
    let e = mentions.partition_point(|m| m.paragraph <= p);
    &mentions[s..e]
}

/// A turn of a dialogue that asks ("— Anh đánh giá thế nào …?").
fn dash_asks(env: &Env, text: &str) -> bool {
    env.lists
        .dashed(text)
        .is_some_and(|t| env.lists.dash_asks(t))
}

/// Whether the article holds an interview written as a dialogue: at least
/// [`find::MIN_ASKER_PARAGRAPHS`] body paragraphs are turns that ask.
fn dialogue(env: &Env, art: &Article) -> bool {
    art.paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body && dash_asks(env, &p.text))
        .count()
        >= find::MIN_ASKER_PARAGRAPHS
}

/// In an article holding an interview written as a dialogue (at least
/// [`find::MIN_ASKER_PARAGRAPHS`] turns that ask, see `Lists::dash_asks`), the person who
/// answers: the person named last in the paragraph just before the first question (the
/// introduction, "… trao đổi với PGS.TS Trịnh Văn Khiêm", or the picture of them), else
/// the person named last in the body before it.
fn dialogue_answerer(env: &Env, art: &Article, mentions: &[Mention]) -> Option<usize> {
    if !dialogue(env, art) {
        return None;
    }
    let first = art
        .paragraphs
        .iter()
        .position(|p| p.kind == ParagraphKind::Body && dash_asks(env, &p.text))?;
    let person = |m: &&Mention| {
        env.actors
            .get(m.actor)
            .is_some_and(|x| x.kind == ActorKind::Person)
    };
    let just_before = first
        .checked_sub(1)
        .and_then(|pi| paragraph_mentions(mentions, pi).iter().rfind(person));
    let before = mentions[..mentions.partition_point(|m| m.paragraph < first)]
        .iter()
        .filter(|m| art.paragraphs[m.paragraph].kind == ParagraphKind::Body)
        .rfind(person);
    just_before.or(before).map(|m| m.actor)
}

/// The statements of one article.
fn read<'a, 'e>(
    env: &'a Env<'e>,
    people: People<'a, 'e>,
    a: usize,
    art: &Article,
    mentions: &[Mention],
) -> Vec<Quote> {
    // Body paragraphs: each read when it may hold a statement (a verb of saying, a
    // quotation mark or colon, or a quotation running on from the one before).
    let mut paras: Vec<(usize, Option<Para>)> = Vec::new();
    let mut salience = Vec::new();
    let mut run = 0;
    // An interview: questions and answers, each answer read whole (see `find::Reader::answer`).
    let interview = art
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body && env.lists.asks(&p.text))
        .count()
        >= find::MIN_ASKER_PARAGRAPHS
        || dialogue(env, art);
    for (pi, para) in art.paragraphs.iter().enumerate() {
        if para.kind != ParagraphKind::Body {
            continue;
        }
        let continuing = paras.last().is_some_and(|(_, p)| {
            p.as_ref()
                .is_some_and(|p| p.spans.last().is_some_and(|s| s.close.is_none()))
        }) && run < find::MAX_QUOTE_PARAGRAPHS;
        run = if continuing { run + 1 } else { 0 };
        let ms = paragraph_mentions(mentions, pi);
        let signs = tokens::Signs::of(env.lists, &para.text);
        let spans = if !signs.marks.is_empty() || continuing {
            tokens::quote_spans(&para.text, continuing)
        } else {
            Vec::new()
        };
        // The persons it names, outside quotations, in reading order.
        let in_quote = |at: usize| {
            spans.iter().any(|s| {
                let o = s.outer(&para.text);
                o.start <= at && at < o.end
            })
        };
        for m in ms {
            let person = env
                .actors
                .get(m.actor)
                .is_some_and(|x| x.kind == ActorKind::Person);
            if person && !in_quote(m.start) {
                salience.push((pi, m.start, m.actor));
            }
        }
        let read = continuing || signs.any() || interview;
        paras.push((pi, read.then(|| Para::with(&para.text, ms, spans, signs))));
    }
    let answerer = dialogue_answerer(env, art, mentions);
    let mut reader = find::Reader::new(env, people, salience);
    if let Some(speaker) = answerer {
        // Rule dash-interview: questions, the answers after them, and paragraphs with no
        // dash between two turns going on with an answer.
        let mut asked = false;
        for (k, (pi, p)) in paras.iter().enumerate() {
            let Some(p) = p else { continue };
            let next_dashed = paras
                .get(k + 1)
                .and_then(|(_, n)| n.as_ref())
                .is_some_and(|n| env.lists.dashed(n.text).is_some());
            match env.lists.dashed(p.text) {
                Some(turn) if env.lists.dash_asks(turn) => {
                    reader.question();
                    asked = true;
                }
                Some(turn) if asked => {
                    reader.dash_answer(*pi, p, p.text.len() - turn.len(), speaker);
                    asked = false;
                }
                Some(_) if reader.answer_goes_on(*pi, p) => {}
                None if next_dashed && reader.answer_goes_on(*pi, p) => {}
                _ => {
                    reader.question();
                    reader.paragraph(*pi, p);
                }
            }
        }
    } else if interview {
        for (pi, p) in &paras {
            let Some(p) = p else { continue };
            if env.lists.asks(p.text) {
                reader.question();
            } else if !reader.answer(*pi, p) && !reader.answer_goes_on(*pi, p) {
                reader.paragraph(*pi, p);
            }
        }
    } else {
        for (pi, p) in &paras {
            match p {
                Some(p) => reader.paragraph(*pi, p),
                None => reader.quiet(),
            }
        }
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
