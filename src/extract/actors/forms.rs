//! The written forms the matcher looks for: a gazetteer entry's names with their dash
//! variants, and every form of the assembled actors.

use super::matcher::Pattern;
use super::resolve::Resolved;
use super::words::is_capitalised;
use crate::extract::gazetteer::{Entry, Gazetteer, Lexicon};
use std::collections::HashSet;

/// A gazetteer entry's forms, with dash variants ("Nga-NATO", "Nga - NATO", "Nga – NATO").
pub fn entry_forms(entry: &Entry) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |f: String, cued: bool| {
        if !out.iter().any(|(o, _)| *o == f) {
            out.push((f, cued));
        }
    };
    for form in std::iter::once(&entry.name).chain(&entry.aliases) {
        for v in dash_variants(form) {
            push(v, false);
        }
    }
    for form in &entry.cued {
        push(form.clone(), true);
    }
    out
}

/// The same name with each dash style between capitalised words.
fn dash_variants(form: &str) -> Vec<String> {
    let mut canon = form.to_string();
    for d in [" - ", " – ", " — ", "–", "—"] {
        canon = canon.replace(d, "-");
    }
    let joins_names = canon.contains('-')
        && canon
            .split(' ')
            .filter(|w| w.contains('-'))
            .all(|w| w.split('-').all(is_capitalised));
    if !joins_names {
        return vec![form.to_string()];
    }
    let mut out = vec![form.to_string()];
    for d in ["-", " - ", " – ", "–", " — "] {
        let v = canon.replace('-', d);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The first reading's patterns: every gazetteer form, its target the entry's index.
pub fn gazetteer_patterns(g: &Gazetteer) -> Vec<Pattern> {
    let lex = g.lexicon();
    let mut out = Vec::new();
    for (i, e) in g.entries().iter().enumerate() {
        for (text, cued) in entry_forms(e) {
            out.push(Pattern {
                not_initial: lex.not_initial.contains(&text),
                text,
                target: i,
                kind: e.kind,
                cued,
            });
        }
    }
    out
}

impl Resolved {
    /// The second reading's patterns: every form of every live draft.
    pub fn patterns(&self, lex: &Lexicon) -> Vec<Pattern> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (i, d) in self.drafts.iter().enumerate() {
            if d.merged_into.is_some() {
                continue;
            }
            for (text, cued) in &d.forms {
                // A person's given name is kept beside a country or place of the same
                // spelling: the matcher takes it after a form of address.
                if seen.insert((text.clone(), *cued))
                    && (*cued || !seen.contains(&(text.clone(), true)))
                {
                    out.push(Pattern {
                        not_initial: lex.not_initial.contains(text),
                        text: text.clone(),
                        target: i,
                        kind: d.kind,
                        cued: *cued,
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_between_names_get_every_style() {
        let v = dash_variants("Hội đồng Nga-NATO");
        assert!(v.contains(&"Hội đồng Nga - NATO".to_string()));
        assert!(v.contains(&"Hội đồng Nga – NATO".to_string()));
        assert_eq!(dash_variants("Kim Jong-un"), ["Kim Jong-un"]);
    }
}
