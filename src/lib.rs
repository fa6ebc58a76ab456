//! dossier: read a corpus of scraped news articles about one story by *who* and *when*.
//!
//! Data flows one way: [`corpus`] (find and decode files) → [`clean`] (strip boilerplate,
//! split articles) → [`extract`] (dates and actors) → [`model`] (resolved dates, events,
//! timeline) → the [`ui`] reader or the [`export`] JSON. Only [`ui`] knows about the terminal.

pub mod article;
pub mod clean;
pub mod cli;
pub(crate) mod compare;
pub(crate) mod config;
pub mod corpus;
pub mod daterange;
pub mod export;
pub mod extract;
pub mod index;
pub(crate) mod lexicon;
pub mod model;
pub(crate) mod outlets;
pub mod page;
pub mod pipeline;
pub(crate) mod progress;
pub(crate) mod reader;
pub mod search;
pub mod state;
pub mod text;
pub mod ui;
