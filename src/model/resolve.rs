//! Resolving the years writers leave out, and inferring publication dates.
