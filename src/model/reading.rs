//! What each article says on its own, before the rest of the corpus is known: the names
//! the actor finder's first reading finds, and the date mentions with their sentences.
//! About half of a build's work (at 10,000 articles, ~0.5 s of names and ~0.3 s of dates of
//! ~1.8 s); the cache keeps it beside each file's articles, so that after files are added,
//! changed or removed only theirs are read again and the corpus-wide steps run on the rest.

use super::build::{article_dates, Place};
use super::resolve::Pending;
use crate::article::Article;
use crate::extract::actors::{ArticleNames, FirstReader};
use crate::extract::dates::DateMention;
use crate::extract::gazetteer::Gazetteer;
use rayon::prelude::*;
use std::ops::Range;

/// One article's reading (positions are within the article).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Reading {
    names: ArticleNames,
    dates: Vec<Dated>,
}

/// A date mention, where it stands, and whether its sentence speaks of the future.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Dated {
    mention: DateMention,
    future: bool,
    paragraph: usize,
    sentence: Range<usize>,
}

/// Reads articles one at a time (the gazetteer's matcher built once).
pub struct Reader<'g>(FirstReader<'g>);

impl<'g> Reader<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        Reader(FirstReader::new(gazetteer))
    }

    pub fn read(&self, article: &Article) -> Reading {
        Reading {
            names: self.0.read(article),
            dates: article_dates(0, article)
                .into_iter()
                .map(|(p, place)| Dated {
                    mention: p.mention,
                    future: p.future,
                    paragraph: place.paragraph,
                    sentence: place.sentence,
                })
                .collect(),
        }
    }

    /// The readings of `articles`, in order: `known[i]` when given, else read now.
    pub fn complete(&self, articles: &[Article], known: Vec<Option<Reading>>) -> Vec<Reading> {
        known
            .into_par_iter()
            .zip(articles.par_iter())
            .map(|(r, a)| r.unwrap_or_else(|| self.read(a)))
            .collect()
    }
}

impl Reading {
    /// Its names and its dates, apart.
    pub(super) fn split(self) -> (ArticleNames, Vec<Dated>) {
        (self.names, self.dates)
    }
}

/// The date mentions of a reading as article `a`'s, in reading order.
pub(super) fn dated_mentions(
    a: usize,
    dates: &[Dated],
) -> impl Iterator<Item = (Pending, Place)> + '_ {
    {
        dates.iter().map(move |d| {
            (
                Pending {
                    article: a,
                    mention: d.mention,
                    future: d.future,
                },
                Place {
                    paragraph: d.paragraph,
                    sentence: d.sentence.clone(),
                },
            )
        })
    }
}
