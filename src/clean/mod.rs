//! Cleaning raw scraped text into articles.
