//! skim's fuzzy matcher (`SkimMatcherV2`), made a pure function of its inputs, and a cheap
//! upper bound on the score it can give.

use fuzzy_matcher::skim::SkimMatcherV2;

/// skim's V2 matcher on folded (lowercase) text.
///
/// `SkimMatcherV2` keeps its score matrix between calls and reads one field of it (the
/// bonus of the cell to the left) before writing it, so a score can depend on earlier calls
/// (with doubled letters: "aa" in "aanaa"). A one-letter match before each call shrinks the
/// matrix so that the real call grows it back with fresh cells: every score is then the
/// one a brand-new matcher would give, whatever came before.
pub struct Skim {
    matcher: SkimMatcherV2,
}

impl Default for Skim {
    fn default() -> Self {
        Skim {
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Skim {
    /// The score of `pattern` in `choice` and the char positions it matched, or `None`
    /// when `pattern` is not a subsequence of `choice`.
    pub fn fuzzy(&self, choice: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        // Full matrix (with positions): its rows are never reused within a call, unlike
        // the two-row mode.
        let _ = self.matcher.fuzzy("a", "a", true);
        self.matcher.fuzzy(choice, pattern, true)
    }
}

/// Whether skim counts `c` as part of a word (its "lower" and "number" classes) rather
/// than a separator. Folded keys hold no ASCII capitals.
fn is_word_char(c: char) -> bool {
    !(c.is_ascii_punctuation() || c == ' ' || c == '\0')
}

/// Where the first char of a word can match in a key, for [`max_score`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstChar {
    /// The key starts with it.
    AtStart,
    /// It may start a later word of the key.
    AtWordStart,
    /// It starts no word of the key.
    Inside,
}

/// The most [`Skim::fuzzy`] can score for `word` in a key, given where the word's first
/// char can match.
///
/// With the default weights a matched char earns 16 and a bonus. The first one: at most
/// 16 - 1 at the very start of the key, 8 - 1 at a word start, else -1. Each later char
/// adds at most 16 + 4 (a consecutive char, or a word-start char after a gap, which costs
/// at least 4); a bigger bonus needs the char before it to be a separator, so after a
/// separator in the word allow 16 + 8.
pub fn max_score(word: &str, first: FirstChar) -> i64 {
    let mut chars = word.chars();
    if chars.next().is_none() {
        return 0;
    }
    let first = match first {
        FirstChar::AtStart => 31,
        FirstChar::AtWordStart => 23,
        FirstChar::Inside => 15,
    };
    let rest: i64 = word
        .chars()
        .zip(chars)
        .map(|(before, _)| if is_word_char(before) { 20 } else { 24 })
        .sum();
    first + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random short strings over a few letters and separators, doubled letters likely.
    fn random_strings(seed: u64, count: usize) -> Vec<(String, String)> {
        let mut x = seed;
        let mut next = |n: usize| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((x >> 33) as usize) % n
        };
        let alphabet = ['a', 'n', 'o', 'g', ' ', '-', 'a', 'n', 'ư', '.'];
        (0..count)
            .map(|_| {
                let choice: String = (0..=next(14))
                    .map(|_| alphabet[next(alphabet.len())])
                    .collect();
                let pattern: String = (0..=next(4))
                    .map(|_| alphabet[next(alphabet.len())])
                    .filter(|c| *c != ' ')
                    .collect();
                (choice, pattern)
            })
            .collect()
    }

    /// Where `word`'s first char can match in `choice`, as the search works it out.
    fn first_char(choice: &str, word: &str) -> FirstChar {
        let heads = crate::search::keys::head_classes(choice.as_bytes());
        match word.bytes().next() {
            Some(b) if choice.as_bytes().first() == Some(&b) => FirstChar::AtStart,
            Some(b) if crate::search::keys::may_start_word(heads, b) => FirstChar::AtWordStart,
            _ => FirstChar::Inside,
        }
    }

    #[test]
    fn scores_do_not_depend_on_earlier_calls() {
        let reused = Skim::default();
        let cases = random_strings(7, 20_000);
        for (choice, pattern) in &cases {
            let fresh = SkimMatcherV2::default().ignore_case();
            let expected = fresh.fuzzy(choice, pattern, true);
            assert_eq!(
                reused.fuzzy(choice, pattern),
                expected,
                "{pattern:?} in {choice:?}"
            );
        }
    }

    #[test]
    fn max_score_bounds_every_score() {
        let skim = Skim::default();
        let mut reached = 0;
        let mut inside = 0;
        for (choice, pattern) in random_strings(11, 20_000) {
            let Some((score, _)) = skim.fuzzy(&choice, &pattern) else {
                continue;
            };
            let first = first_char(&choice, &pattern);
            inside += usize::from(first == FirstChar::Inside);
            let bound = max_score(&pattern, first);
            assert!(
                score <= bound,
                "{pattern:?} in {choice:?}: {score} > {bound}"
            );
            reached += usize::from(score == bound);
        }
        // The bound is tight: a word typed at the start of a key, or of a word, or found
        // whole inside one reaches it.
        assert!(reached > 100 && inside > 100, "{reached} {inside}");
        let score = |choice: &str, word: &str| skim.fuzzy(choice, word).map(|s| s.0);
        let bound = |choice: &str, word: &str| Some(max_score(word, first_char(choice, word)));
        assert_eq!(score("lavrov", "lav"), bound("lavrov", "lav"));
        assert_eq!(score("sergei lavrov", "lav"), bound("sergei lavrov", "lav"));
        assert_eq!(score("nguyen", "uye"), bound("nguyen", "uye"));
    }
}
