//! Finding dates and actors in cleaned article text.

pub mod actors;
pub mod dates;
pub mod gazetteer;
pub mod quotes;
