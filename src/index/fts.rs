//! Full-text search over the articles with SQLite's FTS5: the cache's index when there is
//! one, else an index in memory built for this run.
//!
//! SQLite's `unicode61` tokenizer with `remove_diacritics 2` folds Vietnamese vowels but
//! not `đ` (U+0111 has no decomposition: `điện` would not find `dien`). So the index holds
//! a folded copy of each article (title, and the paragraphs as one field), folded as the
//! rest of dossier folds ([`crate::text::fold`]), and queries are folded the same way
//! ([`Query`]). FTS5 finds the articles and ranks them (BM25, the title weighing
//! [`TITLE_WEIGHT`] times the text); where the words are in an article is read from its
//! own text ([`super::hits`]). The index is contentless: it stores no second copy of the
//! text.
//!
//! Each row's id is the cache's file id shifted left by [`BITS`], plus the article's
//! position in its file.

use super::query::Query;
use super::store::{Cache, Problem};
use super::BITS;
use crate::article::Article;
use crate::text::fold;
use rayon::prelude::*;
use rusqlite::{params, Connection};

/// How much more a word in the title counts than one in the text (BM25 column weight).
pub const TITLE_WEIGHT: f64 = 3.0;

/// Scores are rounded to this many significant digits (so that they print alike whatever
/// order the index was written in).
const SCORE_DIGITS: i32 = 6;

/// `x` to [`SCORE_DIGITS`] significant digits.
fn round_score(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return 0.0;
    }
    let scale = 10f64.powi(SCORE_DIGITS - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// Create the search table.
pub fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, content='', \
         contentless_delete=1, tokenize='unicode61 remove_diacritics 2')",
    )
}

/// One article to index: its row id and its text, not folded yet.
#[derive(Clone, Debug)]
pub struct Doc {
    pub rowid: i64,
    pub title: String,
    pub body: String,
}

impl Doc {
    pub fn new(rowid: i64, a: &Article) -> Doc {
        let mut body = String::with_capacity(a.paragraphs.iter().map(|p| p.text.len() + 1).sum());
        for p in &a.paragraphs {
            body.push_str(&p.text);
            body.push('\n');
        }
        Doc {
            rowid,
            title: a.title.clone(),
            body,
        }
    }
}

/// Add rows (folding their text, in parallel).
pub fn insert(conn: &Connection, docs: &[Doc]) -> rusqlite::Result<()> {
    let mut st = conn.prepare("INSERT INTO search (rowid, title, body) VALUES (?1, ?2, ?3)")?;
    // A batch at a time: folded text for the whole corpus at once would double memory.
    for chunk in docs.chunks(256) {
        let folded: Vec<(i64, String, String)> = chunk
            .par_iter()
            .map(|d| (d.rowid, fold(&d.title), fold(&d.body)))
            .collect();
        for (rowid, title, body) in folded {
            st.execute(params![rowid, title, body])?;
        }
    }
    Ok(())
}

/// The articles of one corpus file: its id, and where they are in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: i64,
    pub first: usize,
    pub count: usize,
}

impl Group {
    /// The documents of this file's articles.
    pub fn docs<'a>(&self, articles: &'a [Article]) -> impl Iterator<Item = Doc> + 'a {
        let (id, first, count) = (self.id, self.first, self.count);
        articles
            .get(first..first + count)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 1 << BITS)
            .map(move |(i, a)| Doc::new((id << BITS) + i as i64, a))
    }
}

/// An article found, and how well it matches (higher is better).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Found {
    pub article: usize,
    pub score: f64,
}

enum Db {
    Disk(Cache),
    Memory(Connection),
}

/// Answers queries over one loaded corpus.
pub struct Searcher {
    db: Db,
    /// Sorted by id.
    groups: Vec<Group>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.db {
            Db::Disk(c) => format!("disk {}", c.path().display()),
            Db::Memory(_) => "memory".to_string(),
        };
        f.debug_struct("Searcher")
            .field("db", &kind)
            .field("files", &self.groups.len())
            .finish()
    }
}

/// A searcher still to be built: the articles not yet in the index, taken from the model
/// (so that the model can go on while they are indexed).
pub struct Pending {
    db: Option<Cache>,
    ids: Vec<i64>,
    docs: Vec<Doc>,
    groups: Vec<Group>,
}

impl Pending {
    /// Start a searcher for the articles `articles`, grouped by file as `groups` says. With
    /// a cache (up to date with these articles) only the files it has not indexed yet
    /// are taken, under its write lock; without one, or when it is busy, every article is
    /// (for an index in memory), and the returned line says why.
    pub fn new(
        cache: Option<Cache>,
        mut groups: Vec<Group>,
        articles: &[Article],
    ) -> (Pending, Option<String>) {
        groups.sort_by_key(|g| g.id);
        let all = |groups: &[Group]| -> Vec<Doc> {
            groups.iter().flat_map(|g| g.docs(articles)).collect()
        };
        let Some(cache) = cache else {
            let docs = all(&groups);
            let p = Pending {
                db: None,
                ids: Vec::new(),
                docs,
                groups,
            };
            return (p, None);
        };
        match cache.begin_indexing() {
            Ok(ids) => {
                let wanted: std::collections::HashSet<i64> = ids.iter().copied().collect();
                let docs = groups
                    .iter()
                    .filter(|g| wanted.contains(&g.id))
                    .flat_map(|g| g.docs(articles))
                    .collect();
                let p = Pending {
                    db: Some(cache),
                    ids,
                    docs,
                    groups,
                };
                (p, None)
            }
            Err(problem) => {
                let why = describe(&cache, &problem);
                let docs = all(&groups);
                let p = Pending {
                    db: None,
                    ids: Vec::new(),
                    docs,
                    groups,
                };
                (p, Some(why))
            }
        }
    }

    /// Index what is pending and return the searcher; `Err` is one line for the user.
    pub fn finish(self) -> Result<Searcher, String> {
        let Pending {
            db,
            ids,
            docs,
            groups,
        } = self;
        if let Some(cache) = db {
            if let Err(p) = cache.finish_indexing(&ids, &docs) {
                return Err(describe(&cache, &p));
            }
            Ok(Searcher {
                db: Db::Disk(cache),
                groups,
            })
        } else {
            let conn = (|| {
                let conn = Connection::open_in_memory()?;
                create(&conn)?;
                conn.execute_batch("BEGIN")?;
                insert(&conn, &docs)?;
                conn.execute_batch("COMMIT")?;
                Ok::<_, rusqlite::Error>(conn)
            })()
            .map_err(|e| format!("dossier: search index: {e}"))?;
            Ok(Searcher {
                db: Db::Memory(conn),
                groups,
            })
        }
    }
}

/// A problem with the cache's search index as one line.
fn describe(cache: &Cache, p: &Problem) -> String {
    let what = match p {
        Problem::Locked => "busy (another dossier is writing it)".to_string(),
        Problem::Corrupt(e) | Problem::Unavailable(e) => e.clone(),
    };
    format!(
        "dossier: {}: {what}; searching an index in memory this time",
        cache.path().display()
    )
}

impl Searcher {
    /// A searcher over the cache's index, its files' articles where `groups` says.
    pub(super) fn on_disk(cache: Cache, mut groups: Vec<Group>) -> Searcher {
        groups.sort_by_key(|g| g.id);
        Searcher {
            db: Db::Disk(cache),
            groups,
        }
    }

    /// The cache it searches, if on disk.
    pub(super) fn cache(&self) -> Option<&Cache> {
        match &self.db {
            Db::Disk(c) => Some(c),
            Db::Memory(_) => None,
        }
    }

    /// A searcher over `articles` indexed in memory, each file's articles together.
    pub fn in_memory(groups: Vec<Group>, articles: &[Article]) -> Result<Searcher, String> {
        Pending::new(None, groups, articles).0.finish()
    }

    /// A searcher over `articles` indexed in memory, each article on its own (for tests and
    /// benches, where articles come without their files).
    pub fn each_article(articles: &[Article]) -> Result<Searcher, String> {
        let groups = (0..articles.len())
            .map(|i| Group {
                id: i as i64 + 1,
                first: i,
                count: 1,
            })
            .collect();
        Searcher::in_memory(groups, articles)
    }

    /// The articles that hold every term of `query`, best first (ties in corpus order).
    pub fn search(&self, query: &Query) -> Result<Vec<Found>, String> {
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let conn = match &self.db {
            Db::Disk(c) => c.connection(),
            Db::Memory(c) => c,
        };
        let run = || -> rusqlite::Result<Vec<Found>> {
            let mut st = conn.prepare_cached(&format!(
                "SELECT rowid, bm25(search, {TITLE_WEIGHT:.1}, 1.0) FROM search WHERE search \
                 MATCH ?1"
            ))?;
            let rows = st.query_map([query.fts()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (rowid, bm25) = row?;
                if let Some(article) = self.article(rowid) {
                    let score = round_score(-bm25);
                    out.push(Found { article, score });
                }
            }
            Ok(out)
        };
        let mut found = run().map_err(|e| format!("dossier: search: {e}"))?;
        found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        Ok(found)
    }

    /// The model's article of an index row.
    fn article(&self, rowid: i64) -> Option<usize> {
        let id = rowid >> BITS;
        let n = (rowid & ((1 << BITS) - 1)) as usize;
        let g = self
            .groups
            .binary_search_by_key(&id, |g| g.id)
            .ok()
            .map(|i| self.groups[i])?;
        (n < g.count).then_some(g.first + n)
    }
}
