//! Finding known names in paragraph text: one Aho-Corasick automaton over lower-cased text,
//! then the checks that make a match a mention (word boundaries, case as written, and the
//! words around one-syllable names such as "Nga" or "Đức", which are also given names).

use super::words::{self, is_acronym, is_capitalised, is_sentence_initial, is_viet_syllable};
use crate::extract::gazetteer::{Lexicon, PhraseSet};
use crate::model::ActorKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One written form to look for.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// As written ("Hội đồng Nga-NATO").
    pub text: String,
    /// Whom it names (an index chosen by the caller).
    pub target: usize,
    pub kind: ActorKind,
    /// Counts only right after a title or honorific ("ông Sơn").
    pub cued: bool,
    /// Not matched at the start of a sentence ("Anh").
    pub not_initial: bool,
}

/// A match accepted as a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameHit {
    pub start: usize,
    pub end: usize,
    /// Index into the matcher's patterns.
    pub pattern: usize,
}

/// What the checks need to know about a pattern, worked out once.
#[derive(Clone, Copy, Debug)]
struct Shape {
    single_word: bool,
    acronym: bool,
    viet: bool,
    capitalised: bool,
}

impl Shape {
    fn of(p: &str) -> Self {
        Shape {
            single_word: single_word(p),
            acronym: is_acronym(p),
            viet: is_viet_syllable(p),
            capitalised: is_capitalised(p),
        }
    }
}

/// Finds many patterns at once; build once, use on every paragraph.
#[derive(Debug)]
pub struct Matcher {
    ac: Option<AhoCorasick>,
    /// For each distinct lower-cased pattern, the patterns that lower-case to it.
    groups: Vec<Vec<usize>>,
    patterns: Vec<Pattern>,
    shapes: Vec<Shape>,
}

fn single_word(p: &str) -> bool {
    !p.contains(' ')
}

impl Matcher {
    pub fn new(patterns: Vec<Pattern>) -> Self {
        let mut keys: Vec<String> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let key = words::lower_same_len(&p.text);
            let g = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .ok();
        let shapes = patterns.iter().map(|p| Shape::of(&p.text)).collect();
        Matcher {
            ac,
            groups,
            patterns,
            shapes,
        }
    }

    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// The mentions in `text` (`lower` is [`words::lower_same_len`] of it), in order,
    /// not overlapping, the longest at each place.
    pub fn find(&self, text: &str, lower: &str, lex: &Lexicon) -> Vec<NameHit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let all_caps = !text.chars().any(char::is_lowercase);
        let mut found: Vec<NameHit> = Vec::new();
        for m in ac.find_overlapping_iter(lower) {
            let (start, end) = (m.start(), m.end());
            if !boundary(text, start, end) {
                continue;
            }
            let slice = &text[start..end];
            let group = &self.groups[m.pattern().as_usize()];
            // "bà Nga": a person's given name, after a form of address, before the country.
            if group.len() > 1
                && group
                    .iter()
                    .any(|&q| self.patterns[q].kind != ActorKind::Person)
                && ends_phrase(text, lower, start, &lex.address)
            {
                if let Some(&pi) = group.iter().find(|&&pi| {
                    let p = &self.patterns[pi];
                    p.cued && p.kind == ActorKind::Person && case_fits(slice, &p.text, all_caps)
                }) {
                    found.push(NameHit {
                        start,
                        end,
                        pattern: pi,
                    });
                    continue;
                }
            }
            for &pi in group {
                let p = &self.patterns[pi];
                if case_fits(slice, &p.text, all_caps)
                    && !(p.not_initial && is_sentence_initial(text, start))
                {
                    found.push(NameHit {
                        start,
                        end,
                        pattern: pi,
                    });
                    break;
                }
            }
        }
        found.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut chosen: Vec<NameHit> = Vec::new();
        for h in found {
            if chosen.last().is_none_or(|c| h.start >= c.end) {
                chosen.push(h);
            }
        }
        let mut kept: Vec<NameHit> = Vec::with_capacity(chosen.len());
        for (i, h) in chosen.iter().enumerate() {
            let next_start = chosen.get(i + 1).map(|n| n.start);
            if self.context_fits(text, lower, h, kept.last(), next_start, lex) {
                kept.push(*h);
            }
        }
        kept
    }

    /// The checks that need the words around a match.
    fn context_fits(
        &self,
        text: &str,
        lower: &str,
        h: &NameHit,
        prev_hit: Option<&NameHit>,
        next_hit_start: Option<usize>,
        lex: &Lexicon,
    ) -> bool {
        let p = &self.patterns[h.pattern];
        let shape = self.shapes[h.pattern];
        if p.cued {
            return after_role(text, lower, h.start, lex);
        }
        // "tàu tuần dương Moskva": a ship (or missile, film) named after a place.
        if p.kind == ActorKind::Place && ends_phrase(text, lower, h.start, &lex.object_cues) {
            return false;
        }
        if !shape.single_word || shape.acronym {
            return true;
        }
        // "Pháp luật", "Ý kiến": a common word that opens with the name.
        if let Some((_, e)) = words::next_word(text, h.end) {
            if lex.compounds.contains(&lower[h.start..e]) {
                return false;
            }
        }
        let prev =
            words::prev_word(text, h.start).filter(|(_, e)| prev_hit.is_none_or(|ph| ph.end != *e));
        let prev_name = prev.filter(|&(s, e)| {
            let w = &text[s..e];
            is_capitalised(w)
                && !is_acronym(w)
                && !lex.roles.contains(&lower[s..e])
                && !lex.stopwords.contains(&lower[s..e])
        });
        if shape.viet {
            // "Nguyễn Thị Nga", "Nguyễn Minh Đức": a capitalised word before, mid-sentence
            // (or a family name at the start), makes it part of a person's name.
            if let Some((s, e)) = prev_name {
                if !is_sentence_initial(text, s) || lex.family_names.contains(&lower[s..e]) {
                    return false;
                }
            }
            // "Mỹ Tâm", "Nga Sơn": a capitalised syllable after it does too.
            if let Some((s, e)) = words::next_word(text, h.end) {
                let w = &text[s..e];
                if next_hit_start != Some(s)
                    && is_capitalised(w)
                    && !is_acronym(w)
                    && is_viet_syllable(w)
                    && !lex.stopwords.contains(&lower[s..e])
                {
                    return false;
                }
            }
            return true;
        }
        if p.kind != ActorKind::Person && shape.capitalised {
            // "George Washington", "Carnegie Moscow": the tail of a longer foreign name.
            if let Some((s, e)) = prev_name {
                if !is_viet_syllable(&text[s..e]) {
                    return false;
                }
            }
            // "Washington Post", "Moscow Times".
            if let Some((s, e)) = words::next_word(text, h.end) {
                if is_capitalised(&text[s..e]) && lex.org_tails.contains(&lower[s..e]) {
                    return false;
                }
            }
        }
        true
    }
}

/// Whether a title or honorific ends one space before `start` ("ông Sơn", "Bộ trưởng Sơn").
pub fn after_role(text: &str, lower: &str, start: usize, lex: &Lexicon) -> bool {
    ends_phrase(text, lower, start, &lex.roles)
}

/// Whether a phrase of `set` ends one word before `start`.
fn ends_phrase(text: &str, lower: &str, start: usize, set: &PhraseSet) -> bool {
    let Some((mut s, end)) = words::prev_word(text, start) else {
        return false;
    };
    for _ in 0..set.max_words().max(1) {
        if set.contains(&lower[s..end]) {
            return true;
        }
        match words::prev_word(text, s) {
            Some((before, _)) => s = before,
            None => break,
        }
    }
    false
}

/// No letter or digit touches the match on either side.
fn boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(words::is_word_char) && !after.is_some_and(words::is_word_char)
}

/// Whether the text's letters fit the pattern's case: one word must be as written (or in
/// an all-capitals paragraph, in capitals); longer names must share a capital letter past
/// the first, which any sentence capitalises ("Nhà trắng" is not "Nhà Trắng").
fn case_fits(slice: &str, pattern: &str, all_caps: bool) -> bool {
    if slice == pattern {
        return true;
    }
    if single_word(pattern) {
        return all_caps && slice == pattern.to_uppercase();
    }
    slice
        .chars()
        .zip(pattern.chars())
        .skip(1)
        .any(|(a, b)| a.is_uppercase() && b.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::gazetteer::Gazetteer;

    fn pat(text: &str, target: usize, kind: ActorKind) -> Pattern {
        Pattern {
            text: text.into(),
            target,
            kind,
            cued: false,
            not_initial: text == "Anh",
        }
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let g = Gazetteer::bundled();
        let lower = words::lower_same_len(text);
        m.find(text, &lower, g.lexicon())
            .iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn longest_match_wins_and_case_is_respected() {
        let m = Matcher::new(vec![
            pat("Nga", 0, ActorKind::Country),
            pat("NATO", 1, ActorKind::Organization),
            pat("Hội đồng Nga-NATO", 2, ActorKind::Organization),
            pat("Nhà Trắng", 3, ActorKind::Organization),
            pat("Anh", 4, ActorKind::Country),
        ]);
        assert_eq!(
            found(&m, "Cuộc họp của Hội đồng Nga-NATO và NATO."),
            ["Hội đồng Nga-NATO", "NATO"]
        );
        assert_eq!(
            found(&m, "Quan hệ Nga-NATO, tiếng nga, Ngaa."),
            ["Nga", "NATO"]
        );
        assert!(found(&m, "Nhà trắng, nhà trắng.").is_empty());
        assert_eq!(
            found(&m, "Cuộc họp của hội đồng Nga-NATO."),
            ["hội đồng Nga-NATO"]
        );
        assert_eq!(found(&m, "Anh ấy nói Anh và Nga."), ["Anh", "Nga"]);
        assert_eq!(found(&m, "NGA VÀ NATO"), ["NGA", "NATO"]);
    }

    #[test]
    fn one_syllable_countries_inside_vietnamese_names_are_not_countries() {
        let m = Matcher::new(vec![
            pat("Nga", 0, ActorKind::Country),
            pat("Đức", 1, ActorKind::Country),
        ]);
        assert!(found(&m, "Bà Nguyễn Thị Nga và ông Nguyễn Minh Đức.").is_empty());
        assert!(found(&m, "Ca sĩ Thúy Nga, huyện Nga Sơn.").is_empty());
        assert_eq!(
            found(&m, "Thủ tướng Đức Olaf Scholz gặp Tổng thống Nga."),
            ["Đức", "Nga"]
        );
    }

    #[test]
    fn capitals_inside_longer_foreign_names_are_not_places() {
        let m = Matcher::new(vec![
            pat("Washington", 0, ActorKind::Place),
            pat("Moscow", 1, ActorKind::Place),
        ]);
        assert!(found(&m, "Trung tâm Carnegie Moscow và tờ Washington Post.").is_empty());
        assert_eq!(
            found(&m, "Tại Moscow, ông nói với Washington."),
            ["Moscow", "Washington"]
        );
    }

    #[test]
    fn a_name_inside_a_common_word_or_a_ship_is_no_actor() {
        let m = Matcher::new(vec![
            pat("Pháp", 0, ActorKind::Country),
            pat("Moskva", 1, ActorKind::Place),
            pat("Nga", 2, ActorKind::Country),
        ]);
        assert!(found(&m, "Pháp luật quốc tế không cho phép điều đó.").is_empty());
        assert_eq!(found(&m, "Pháp lên tiếng về luật mới."), ["Pháp"]);
        assert_eq!(
            found(&m, "Tàu tuần dương Moskva của Nga chìm, Moskva phủ nhận."),
            ["Nga", "Moskva"]
        );
    }

    #[test]
    fn cued_short_names_need_a_title() {
        let mut p = pat("Sơn", 0, ActorKind::Person);
        p.cued = true;
        let m = Matcher::new(vec![p]);
        assert_eq!(
            found(&m, "Sơn La mưa to, ông Sơn nói, Bộ trưởng Sơn cho biết."),
            ["Sơn", "Sơn"]
        );
    }
}
