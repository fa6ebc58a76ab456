//! Finding and decoding corpus files.
