//! The index: a cache of the cleaned corpus beside the model, and full-text search.
//!
//! Reopening a corpus reads and cleans only the files that changed ([`load`]); the
//! corpus-wide steps run on the stored results, so the model is the one a run without the
//! cache builds. The cache is never the only copy of anything: deleting it loses nothing
//! ([`store`]). Search ([`fts`]) ranks articles with SQLite's FTS5 over folded text;
//! [`query`] reads what the user typed, [`hits`] finds it in an article's own text.
//!
//! No terminal code here: the reader and the command line use it alike.

pub mod fts;
pub mod hits;
pub mod kept;
pub mod load;
pub mod query;
pub mod quick;
pub mod store;

pub use fts::{Found, Searcher};
pub use load::{load, CacheAt, Counts, Loaded};
pub use query::Query;

/// Bits of a search row id that number an article within its file (the rest is the
/// file's id): a file holds at most 2^20 articles as far as search is concerned.
pub const BITS: u32 = 20;
