//! Vietnamese date expressions in article text.
