//! The shapes of attribution, sentence by sentence through one article: quoted words with
//! their speaker after or before them, reported speech around a verb of saying, "Theo X, …",
//! and the speaker left for the next paragraph ("bà Zakharova nhấn mạnh:") or taken from
//! the one before (a quotation standing alone after a quoted paragraph).

use super::lists::Gender;
use super::speaker::{Desc, Env, Parsed, Who};
use super::titles::{People, Person};
use super::tokens::{Para, Span};
use crate::model::{ActorKind, QuoteKind};
use crate::text::is_one_of;
use std::ops::Range;
use std::rc::Rc;

/// What was said needs at least this many words (fewer is a tail: "nói thêm").
pub const MIN_CONTENT_WORDS: usize = 3;
/// The most lower-case words between a carrier and its link ("báo cáo nhanh của").
const MAX_CARRIER_MODIFIER_WORDS: usize = 3;
/// The speaker of `salience` that stands for one unnamed person ("một quan chức giấu tên").
const UNNAMED: usize = usize::MAX;
/// The most words between a closing quotation mark and the verb after the speaker.
pub const MAX_SPEAKER_WORDS: usize = 18;
/// The most words of an apposition between a speaker and the verb (", Giám đốc …,").
pub const MAX_APPOSITION_WORDS: usize = 28;
/// The most comma-separated appositions between a name and its verb ("TS. Linh, giảng viên
/// Khoa Môi trường, Trường Đại học Cần Thơ, nhận định").
pub const MAX_APPOSITIONS: usize = 3;
/// The most words of "Theo X," before its comma.
pub const MAX_THEO_WORDS: usize = 20;
/// The most words between a verb and the "rằng" or colon after the person told.
pub const MAX_AUDIENCE_WORDS: usize = 10;
/// A quotation runs over at most this many paragraphs.
pub const MAX_QUOTE_PARAGRAPHS: usize = 4;
/// An article is an interview when at least this many paragraphs open with the
/// interviewer's label ("PV:", "Phóng viên:", `[interview] askers` in quotes.toml).
pub const MIN_ASKER_PARAGRAPHS: usize = 2;
/// The most words of a label before its colon ("PGS.TS Đoàn Minh Khuê:", "PV Dân trí:").
pub const MAX_LABEL_WORDS: usize = 8;
/// An answer runs over at most this many paragraphs after its label's.
pub const MAX_ANSWER_PARAGRAPHS: usize = 6;
/// Quoted words make a weak verb ("mô tả", "công bố") report speech from this many words
/// (fewer are scare quotes: "an ninh").
pub const MIN_QUOTED_WORDS: usize = 3;

/// A statement found: where its words are, who said it, how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub paragraph: usize,
    pub range: Range<usize>,
    pub speaker: Option<usize>,
    pub kind: QuoteKind,
    pub cue: String,
    pub named_at: Option<(usize, Range<usize>)>,
    pub continues: bool,
}

/// A speaker read and resolved: actor (or nobody), the cue, and where they are named.
#[derive(Clone, Debug)]
struct Said {
    speaker: Option<usize>,
    cue: String,
    named_at: Option<(usize, Range<usize>)>,
}

/// One article's reading.
pub struct Reader<'a, 'e> {
    env: &'a Env<'e>,
    people: People<'a, 'e>,
    /// Persons named so far and speakers resolved: (paragraph, byte, actor), in order.
    salience: Vec<(usize, usize, usize)>,
    /// For each entry of `salience`: named inside reported words (not a pronoun's antecedent).
    reported: Vec<bool>,
    pub out: Vec<Found>,
    /// Paragraphs of a quotation still open, and how many.
    open: Vec<(usize, Range<usize>)>,
    /// A speaker waiting for the quotation that follows ("bà Zakharova nhấn mạnh:").
    intro: Option<Said>,
    /// The speaker of the direct quotation that ended the paragraph before.
    last_direct: Option<Said>,
    /// In an interview, the answer running on and its paragraphs after the first.
    answering: Option<(Said, usize)>,
}

impl<'a, 'e> Reader<'a, 'e> {
    pub fn new(
        env: &'a Env<'e>,
        people: People<'a, 'e>,
        salience: Vec<(usize, usize, usize)>,
    ) -> Self {
        Reader {
            env,
            people,
            reported: vec![false; salience.len()],
            salience,
            out: Vec::new(),
            open: Vec::new(),
            intro: None,
            last_direct: None,
            answering: None,
        }
    }

    /// A body paragraph with no statement in it (no verb of saying, no quotation mark).
    pub fn quiet(&mut self) {
        self.intro = None;
        self.last_direct = None;
        self.open.clear();
    }

    /// Read one body paragraph.
    pub fn paragraph(&mut self, pi: usize, p: &Para) {
        let before = self.out.len();
        let last = p.all_sentences.saturating_sub(1);
        let intro = self.intro.take();
        let last_direct = self.last_direct.take();
        let mut ended_direct = false;
        for s in &p.sents {
            let (si, s) = (s.index, s.toks.clone());
            let n = self.out.len();
            let ctx = Carry {
                intro: if si == 0 { intro.clone() } else { None },
                previous: if si == 0 && p.all_sentences == 1 {
                    last_direct.clone()
                } else {
                    None
                },
            };
            self.sentence(pi, p, s, &ctx, si == last);
            ended_direct = si == last
                && self.out.len() > n
                && self
                    .out
                    .last()
                    .is_some_and(|f| f.kind == QuoteKind::Direct && f.paragraph == pi);
        }
        if self.open.len() >= MAX_QUOTE_PARAGRAPHS {
            self.open.clear();
        }
        if ended_direct && self.out.len() > before {
            self.last_direct = self.out.last().map(|f| Said {
                speaker: f.speaker,
                cue: f.cue.clone(),
                named_at: f.named_at.clone(),
            });
        }
        if self.intro.is_none() && !self.open.is_empty() {
            // A quotation running on keeps the speaker it was introduced with.
            self.intro = intro;
        }
    }

    fn sentence(&mut self, pi: usize, p: &Para, s: Range<usize>, carry: &Carry, last: bool) {
        let spans_in: Vec<&Span> = p
            .spans
            .iter()
            .filter(|sp| {
                let at = sp.open.unwrap_or(sp.inner.start);
                let first = p.toks[s.start].start;
                let end = p.toks[s.end - 1].end;
                at >= first && at < end || (sp.open.is_none() && s.start == 0)
            })
            .collect();
        // Quoted words that open the sentence.
        let first_real = (s.start..s.end)
            .find(|&t| {
                !p.toks[t]
                    .punct
                    .is_some_and(|c| c == '-' || c == '–' || c == '•')
            })
            .unwrap_or(s.start);
        if let Some(sp) = spans_in
            .iter()
            .find(|sp| sp.open.is_none_or(|o| o == p.toks[first_real].start))
        {
            if self.quote_first(pi, p, s.clone(), sp, carry) {
                return;
            }
        }
        // Quoted words after a colon that end the sentence.
        if let Some(sp) = spans_in.iter().rev().find(|sp| ends_sentence(p, sp, s.end)) {
            if self.quote_after_colon(pi, p, s.clone(), sp) {
                return;
            }
        }
        if self.theo(pi, p, s.clone()) || self.trailing(pi, p, s.clone()) {
            return;
        }
        self.verbs(pi, p, s, last);
    }

    /// `“…”, ông X nói.`, `“…”, X nói, “…”`, a run-on quotation, or one standing alone.
    fn quote_first(
        &mut self,
        pi: usize,
        p: &Para,
        s: Range<usize>,
        sp: &Span,
        carry: &Carry,
    ) -> bool {
        let Some(close) = sp.close else {
            self.open.push((pi, sp.inner.clone()));
            return true;
        };
        let after = p.tok_at(close + 1);
        if let Some((said, verb_end)) = self.attribution_after(pi, p, after, s.end) {
            self.emit_quote(pi, sp, &said);
            // The other half of a split quote: `, “…”` after the attribution.
            let mut k = verb_end;
            let limit = (verb_end + 8).min(s.end);
            while k < limit && p.toks[k].punct != Some(',') {
                k += 1;
            }
            if k + 1 < s.end {
                let at = p.toks[k + 1].start;
                if let Some(rest) = p
                    .spans
                    .iter()
                    .find(|x| x.open == Some(at) && x.close.is_some())
                {
                    self.push(pi, rest.inner.clone(), &said, QuoteKind::Direct, true);
                }
            }
            return true;
        }
        if !only_punct(p, after, s.end) {
            if !self.open.is_empty() {
                self.open.clear();
            }
            return false;
        }
        let said = carry
            .intro
            .clone()
            .or_else(|| self.intro.clone())
            .or_else(|| {
                carry
                    .previous
                    .clone()
                    .filter(|_| self.open.is_empty() && !sp.continued)
            });
        match said {
            Some(said) => {
                let continues = carry.previous.is_some() && carry.intro.is_none();
                let before = self.out.len();
                self.emit_quote(pi, sp, &said);
                if continues {
                    if let Some(f) = self.out.get_mut(before) {
                        f.continues = true;
                    }
                }
                self.intro = None;
            }
            None => self.open.clear(),
        }
        true
    }

    /// The quotation `sp` (and the paragraphs it ran over) as said by `said`.
    fn emit_quote(&mut self, pi: usize, sp: &Span, said: &Said) {
        let open = std::mem::take(&mut self.open);
        let mut continues = false;
        if sp.continued {
            for (p0, r) in open {
                self.push(p0, r, said, QuoteKind::Direct, continues);
                continues = true;
            }
        }
        self.push(pi, sp.inner.clone(), said, QuoteKind::Direct, continues);
    }

    /// After a closing mark: `, [speaker] [verb] …` or `, theo [speaker]`: who, and the
    /// token after the verb.
    fn attribution_after(
        &mut self,
        pi: usize,
        p: &Para,
        after: usize,
        end: usize,
    ) -> Option<(Said, usize)> {
        let mut k = after;
        let mut skipped = 0;
        while k < end && skipped < 2 && matches!(p.toks[k].punct, Some(',' | '-' | '–')) {
            k += 1;
            skipped += 1;
        }
        if k >= end || p.toks[k].punct.is_some() {
            return None;
        }
        if p.word(k) == "theo" {
            let stop = (k + 1..end)
                .find(|&j| matches!(p.toks[j].punct, Some(',' | '.' | ';' | '!' | '?')))
                .unwrap_or(end);
            let parsed = self.env.parse(p, k + 1..stop)?;
            let said = self.resolve(pi, p, &parsed, "theo".to_string())?;
            return Some((said, stop));
        }
        let limit = (k + MAX_SPEAKER_WORDS).min(end);
        let mut j = k;
        while j < limit {
            if let Some(after) = past_parens(p, j, end) {
                j = after;
                continue;
            }
            if p.toks[j].punct == Some(',') && j > k {
                // "”, anh Phạm Văn Lực, người từng nộp hồ sơ, nói, “…”": a named speaker,
                // an apposition, the verb.
                return self.after_apposition(pi, p, k..j, end);
            }
            if p.toks[j]
                .punct
                .is_some_and(|c| !matches!(c, '(' | ')' | '-'))
            {
                return None;
            }
            if let Some((n, cue)) = self.verb_at(p, j, end) {
                if j == k {
                    return None;
                }
                let parsed = self.env.parse(p, k..j)?;
                let said = self.resolve(pi, p, &parsed, cue)?;
                return Some((said, j + n));
            }
            j += 1;
        }
        None
    }

    /// A speaker named at `named` (an actor), then ", apposition," and a verb of saying
    /// right after it: who said the words before.
    fn after_apposition(
        &mut self,
        pi: usize,
        p: &Para,
        named: Range<usize>,
        end: usize,
    ) -> Option<(Said, usize)> {
        let parsed = self
            .env
            .parse(p, named.clone())
            .filter(|x| matches!(x.who, Who::Actor(_)))?;
        let limit = (named.end + 1 + MAX_APPOSITION_WORDS).min(end);
        let comma = (named.end + 1..limit)
            .find(|&c| p.toks[c].punct == Some(',') && p.span_at(p.toks[c].start).is_none())?;
        if comma + 1 >= end {
            return None;
        }
        let (n, cue) = self.verb_at(p, comma + 1, end)?;
        let said = self.resolve(pi, p, &parsed, cue)?;
        Some((said, comma + 1 + n))
    }

    /// `…, [speaker] [verb] [where].` closing the sentence: the speaker and the words before
    /// the comma.
    fn trailing(&mut self, pi: usize, p: &Para, s: Range<usize>) -> bool {
        let Some(comma) = (s.start..s.end)
            .rev()
            .find(|&k| p.toks[k].punct == Some(',') && p.span_at(p.toks[k].start).is_none())
        else {
            return false;
        };
        let before = content_range(p, s.start, comma);
        if words_in(p, before.clone()) < MIN_CONTENT_WORDS {
            return false;
        }
        let limit = (comma + 1 + MAX_SPEAKER_WORDS).min(s.end);
        let mut next = comma + 1;
        for j in comma + 1..limit {
            if j < next {
                continue;
            }
            if let Some(after) = past_parens(p, j, s.end) {
                next = after;
                continue;
            }
            if p.toks[j]
                .punct
                .is_some_and(|c| !matches!(c, '(' | ')' | '-'))
            {
                return false;
            }
            let Some((n, cue)) = self.verb_at(p, j, s.end) else {
                continue;
            };
            if j == comma + 1 || !tail_only(self.env, p, j + n, s.end) {
                return false;
            }
            let Some(mut parsed) = self.env.parse(p, comma + 1..j) else {
                return false;
            };
            // "… – ông Maksim Samorukov, nghiên cứu sinh tại … cho biết": the name before
            // the apposition, after a dash.
            let mut before = before;
            let seg = clause_start(p, s.start, comma);
            if seg > s.start && matches!(p.toks[seg - 1].punct, Some('–' | '-')) {
                if let Some(named) = self
                    .env
                    .parse(p, seg..comma)
                    .filter(|x| matches!(x.who, Who::Actor(_)))
                {
                    parsed = named;
                    before = content_range(p, s.start, seg - 1);
                }
            }
            return match self.resolve(pi, p, &parsed, cue) {
                Some(said) => {
                    self.push_content(pi, p, before, &said);
                    true
                }
                None => false,
            };
        }
        false
    }

    /// `Ông Lavrov tuyên bố: “…”`, `Người phát ngôn Zakharova: “…”`.
    fn quote_after_colon(&mut self, pi: usize, p: &Para, s: Range<usize>, sp: &Span) -> bool {
        let Some(open) = sp.open else { return false };
        let o = p.tok_at(open);
        if o == 0 || o <= s.start || p.toks[o - 1].punct != Some(':') {
            return false;
        }
        let colon = o - 1;
        let Some(said) = self.intro_before_colon(pi, p, s.start, colon) else {
            return false;
        };
        if sp.close.is_none() {
            self.open.push((pi, sp.inner.clone()));
            self.intro = Some(said);
            return true;
        }
        self.push(pi, sp.inner.clone(), &said, QuoteKind::Direct, false);
        true
    }

    /// The speaker of a clause ending in a colon: `[speaker] verb [audience]:` or
    /// `[speaker]:`.
    fn intro_before_colon(
        &mut self,
        pi: usize,
        p: &Para,
        start: usize,
        colon: usize,
    ) -> Option<Said> {
        let clause = clause_start(p, start, colon);
        // The verb nearest the colon whose subject reads as a speaker.
        let mut k = colon;
        while k > clause {
            k -= 1;
            if let Some((vlen, cue)) = self.verb_at(p, k, colon) {
                let tail_ok = (k + vlen..colon).all(|j| p.toks[j].is_word())
                    && (k + vlen == colon
                        || self
                            .env
                            .lists
                            .audience
                            .longest_of(p.iter_words(k + vlen..colon))
                            .is_some()
                        || colon - (k + vlen) <= 2);
                if !tail_ok {
                    continue;
                }
                let parsed = self.subject(p, start, clause, k)?;
                return self.resolve(pi, p, &parsed, cue);
            }
        }
        let parsed = self.env.parse(p, clause..colon)?;
        self.resolve(pi, p, &parsed, ":".to_string())
    }

    /// `Theo X, …`.
    fn theo(&mut self, pi: usize, p: &Para, s: Range<usize>) -> bool {
        let l = self.env.lists;
        let mut i = s.start;
        while i < s.end {
            match l.connectors.longest_of(p.iter_words(i..s.end)) {
                Some((n, _)) if i + n < s.end => i += n,
                _ => break,
            }
        }
        if p.word(i) != "theo" {
            return false;
        }
        let limit = (i + 1 + MAX_THEO_WORDS).min(s.end);
        let Some(comma) = (i + 1..limit).find(|&k| p.toks[k].punct == Some(',')) else {
            return false;
        };
        let mut from = i + 1;
        if let Some((n, _)) = l.carriers.longest_of(p.iter_words(from..comma)) {
            from += n;
        } else if let Some((n, _)) = l.carrier_heads.longest_of(p.iter_words(from..comma)) {
            // "báo cáo nhanh của": lower-case words between the carrier and its link.
            let limit = (from + n + MAX_CARRIER_MODIFIER_WORDS + 1).min(comma);
            let link = (from + n + 1..limit)
                .find(|&k| l.carrier_links.contains_words(&[p.word(k)]))
                .filter(|&k| {
                    (from + n..k).all(|j| {
                        p.toks[j].is_word() && !p.toks[j].cap && p.toks[j].mention.is_none()
                    })
                });
            if let Some(k) = link {
                from = k + 1;
            }
        }
        let Some(parsed) = self.env.parse(p, from..comma) else {
            return false;
        };
        // "Theo ông X, một quan chức của …, …": the apposition is not what was said.
        let mut from_content = comma + 1;
        let person = match parsed.who {
            Who::Actor(a) => self
                .env
                .actors
                .get(a)
                .is_some_and(|x| x.kind == ActorKind::Person),
            _ => false,
        };
        if person {
            let limit = (comma + 1 + super::speaker::MAX_TITLE_WORDS).min(s.end);
            let next = (comma + 1..limit).find(|&k| p.toks[k].punct == Some(','));
            let opens_title = self.env.title_at(p, comma + 1, s.end).is_some()
                || l.quantifiers
                    .longest_of(p.iter_words(comma + 1..s.end))
                    .is_some_and(|(n, _)| self.env.title_at(p, comma + 1 + n, s.end).is_some());
            if let (Some(next), true) = (next, opens_title) {
                from_content = next + 1;
            }
        }
        let content = content_range(p, from_content, s.end);
        if words_in(p, content.clone()) < MIN_CONTENT_WORDS {
            return false;
        }
        let Some(said) = self.resolve(pi, p, &parsed, "theo".to_string()) else {
            return false;
        };
        self.push_content(pi, p, content, &said);
        true
    }

    /// Reported speech around the first verb of saying with a speaker: what follows it, or
    /// what comes before `, [speaker] [verb].`; a verb closing the paragraph with a colon
    /// leaves its speaker for the quotation in the next paragraph.
    fn verbs(&mut self, pi: usize, p: &Para, s: Range<usize>, last: bool) {
        let l = self.env.lists;
        let mut after_verb = s.start;
        for k in verb_candidates(l, p, s.clone()) {
            if k < after_verb || p.span_at(p.toks[k].start).is_some() {
                continue;
            }
            let Some((vlen, cue)) = self.verb_at(p, k, s.end) else {
                continue;
            };
            let clause = clause_start(p, s.start, k);
            let Some(parsed) = self.subject(p, s.start, clause, k) else {
                after_verb = k + vlen;
                continue;
            };
            let weak = l.weak.contains(&cue);
            // After the verb: the person told and "rằng", a colon, or what was said.
            let mut c = k + vlen;
            let mut said_that = false;
            let mut colon_end = false;
            let after = p.words(c..s.end.min(c + 6));
            // "rằng", "là" (`that` and `that_after_verb` of `assets/quotes.toml`).
            if after
                .first()
                .is_some_and(|w| l.that.contains(w) || l.that_after_verb.contains(w))
            {
                c += 1;
                said_that = true;
            } else if after.first() == Some(&",") && l.weak.contains(&cue) {
                // "… chia sẻ, thời điểm đó xã chỉ được giao …": the comma opens what was said.
                c += 1;
                said_that = true;
            } else if after.first() == Some(&":") {
                c += 1;
                said_that = true;
                colon_end = c >= s.end;
            } else if l.audience.longest(&after).is_some() {
                let limit = (c + MAX_AUDIENCE_WORDS).min(s.end);
                let that = |w: &str| l.that.contains(w) || w == ":";
                match (c..limit).find(|&j| that(p.word(j)) || is_one_of(p.word(j), &[',', '.'])) {
                    Some(j) if that(p.word(j)) => {
                        colon_end = p.word(j) == ":" && j + 1 >= s.end;
                        c = j + 1;
                        said_that = true;
                    }
                    // "kể đêm xảy ra sạt lở, chị chỉ kịp …", "cam kết trước ngày 20/8 huyện
                    // sẽ …": a time opens what was said.
                    _ if l.times.longest(&after).is_some() && !weak => {}
                    _ => c = s.end,
                }
            }
            if colon_end && last {
                if let Some(said) = self.resolve(pi, p, &parsed, cue) {
                    self.intro = Some(said);
                }
                return;
            }
            let content = content_range(p, c, s.end);
            let quoted = p.spans.iter().any(|sp| {
                content.contains(&sp.inner.start)
                    && words_in(p, sp.inner.clone()) >= MIN_QUOTED_WORDS
            });
            let empty = l.empty_objects.longest_of(p.iter_words(c..s.end)).is_some();
            if empty {
                return;
            }
            if words_in(p, content.clone()) >= MIN_CONTENT_WORDS && (!weak || said_that || quoted) {
                if let Some(said) = self.resolve(pi, p, &parsed, cue) {
                    self.push_content(pi, p, content, &said);
                    return;
                }
                // No speaker ("Trong tuyên bố báo chí sau đó, Hội đồng Bảo an bày tỏ …": a
                // noun read as a verb): a later verb may have one.
                after_verb = k + vlen;
                continue;
            }
            // `…, người phát ngôn Zakharova nhấn mạnh.`
            if clause > s.start && matches!(p.toks[clause - 1].punct, Some(',' | '-' | '–')) {
                let before = content_range(p, s.start, clause - 1);
                if words_in(p, before.clone()) >= MIN_CONTENT_WORDS
                    && tail_only(self.env, p, k + vlen, s.end)
                {
                    if let Some(said) = self.resolve(pi, p, &parsed, cue) {
                        self.push_content(pi, p, before, &said);
                    }
                    return;
                }
            }
            after_verb = k + vlen;
        }
    }

    /// A verb of saying at token `k`: its length in tokens and its cue. A word before it
    /// that makes it a noun ("lời cảnh báo"), or after it that makes it another verb ("nói
    /// chuyện"), rules it out; "cho X biết" is one verb.
    fn verb_at(&self, p: &Para, k: usize, end: usize) -> Option<(usize, String)> {
        let l = self.env.lists;
        if !p.toks[k].is_word() || p.toks[k].mention.is_some() {
            return None;
        }
        if !p.cue_at(k) && !l.split.iter().any(|(a, _)| a == p.word(k)) {
            return None;
        }
        let words = p.words(k..end.min(k + 4));
        let (n, cue) = if let Some((n, i)) = l.verbs.longest(&words) {
            (n, l.verb(i).to_string())
        } else {
            let (first, second) = l.split.iter().find(|(a, _)| a == words[0])?;
            let limit = (k + 7).min(end);
            let j = (k + 2..limit).find(|&j| p.word(j) == second && p.cue_at(j))?;
            if (k + 1..j).any(|x| p.toks[x].punct.is_some()) {
                return None;
            }
            (j + 1 - k, format!("{first} {second}"))
        };
        // A capitalised word before the verb is a name ("ông Tuyên cho hay"), not the
        // noun-maker it spells in lower case ("tuyên"), unless it opens the sentence.
        let named = k > 1 && p.toks[k - 1].cap && p.toks[k - 2].is_word();
        if k > 0 && !named && l.not_before.contains_words(&[p.word(k - 1)]) {
            return None;
        }
        // "đề nghị không nêu tên", "xin giấu tên": asking not to be named says nothing.
        if l.unnamed.longest_of(p.iter_words(k..end)).is_some() {
            return None;
        }
        // "kể từ", "nói chuyện", "khai mạc": a one-word verb and the word after it make
        // another word; "cho biết từ ngày 1/12 …" does not.
        if n == 1 && k + 1 < end && l.not_after.contains_words(&[p.word(k + 1)]) {
            return None;
        }
        Some((n, cue))
    }

    /// The speaker of the verb at `verb`, its clause starting at `clause`: the phrase
    /// between, or — when an apposition ends right before the verb (", Giám đốc …,") — the
    /// phrase before the apposition.
    fn subject(&self, p: &Para, start: usize, clause: usize, verb: usize) -> Option<Parsed> {
        let env = self.env;
        // Only words that do not change who speaks, phrases of several words too ("đồng
        // thời", "sau đó"): the subject is the clause's before.
        let empty = covered(&env.lists.between, p, clause..verb);
        if !empty {
            let parsed = env.parse(p, clause..verb);
            // "Ông Lý Seo Chẩn, Trưởng bản Cốc Mìn cho biết": a title the writer did not
            // close with a comma is an apposition to the person before it.
            let is_person = |a: usize| {
                env.actors
                    .get(a)
                    .is_some_and(|x| x.kind == ActorKind::Person)
            };
            let words = p.words(clause..verb);
            // A title, not "ông", "bà" (who may be someone else named by a surname).
            let titled =
                env.roles.longest(&words).is_some() && env.lists.pronouns.longest(&words).is_none();
            let title_only = parsed.as_ref().is_some_and(|x| match x.who {
                Who::Unknown | Who::Described(_) => true,
                // "Trưởng bản Cốc Mìn": a title and the place's name, no one's surname.
                Who::Surname(_) => titled,
                // "Trưởng bản Cốc Mìn": a title of a place or a body, no person's name.
                Who::Actor(a) => titled && !is_person(a),
                _ => false,
            });
            if title_only && clause > start && p.toks[clause - 1].punct == Some(',') {
                let first = clause_start(p, start, clause - 1);
                let person = env
                    .parse(p, first..clause - 1)
                    .filter(|x| matches!(x.who, Who::Actor(a) if is_person(a)));
                if person.is_some() {
                    return person;
                }
            }
            // "…, những lĩnh vực mà Washington cho rằng": a relative clause is no
            // apposition either.
            let relative = (clause..verb).any(|k| p.word(k) == "mà");
            if parsed.is_some()
                || relative
                || clause == start
                || p.toks[clause - 1].punct != Some(',')
            {
                return parsed;
            }
        } else if clause == start || p.toks[clause - 1].punct != Some(',') {
            return None;
        }
        // "Ông X, Giám đốc Sở Y, cho biết", "Luật sư Ngô Thanh Hà (…), bào chữa cho bị cáo
        // Nhung, lập luận", "TS. Linh, giảng viên Khoa Môi trường, Trường Đại học Cần Thơ,
        // nhận định": the clauses are appositions to the actor named before their commas.
        // An organisation in the chain ("…, Trường Đại học Cần Thơ, nhận định") is where the
        // person before it works: a person named further back is the speaker.
        let mut comma = clause - 1;
        let mut body = None;
        for _ in 0..=MAX_APPOSITIONS {
            let first = clause_start(p, start, comma);
            if (first..comma).filter(|&j| p.toks[j].is_word()).count() > MAX_APPOSITION_WORDS {
                break;
            }
            // Only a clause that holds a mention may name an actor; an unnamed source
            // ("Một cán bộ xã, đề nghị giấu tên, cho biết") names nobody.
            let named = ((first..comma).any(|j| p.toks[j].mention.is_some())
                || env.is_anonymous(p, first, comma))
            .then(|| env.parse(p, first..comma))
            .flatten();
            match named.as_ref().map(|x| &x.who) {
                Some(Who::Actor(a))
                    if env
                        .actors
                        .get(*a)
                        .is_some_and(|x| x.kind == ActorKind::Person) =>
                {
                    return named;
                }
                Some(Who::Actor(_)) => body = body.or(named),
                // Only right before the verb's comma: "…, đề nghị giấu tên, cho biết".
                Some(Who::Anonymous) if empty => body = body.or(named),
                _ => {}
            }
            if first == start || p.toks[first - 1].punct != Some(',') {
                break;
            }
            comma = first - 1;
        }
        if body.is_some() || !empty {
            return body;
        }
        // "Ngoại trưởng Nga Sergei Lavrov đưa ra lập trường cứng rắn, tuyên bố …": the
        // subject of the clause before, a named actor opening it.
        let comma = clause - 1;
        let first = clause_start(p, start, comma);
        let mut e = first + 1;
        while e < comma {
            if p.toks[e - 1].mention.is_some() && p.toks[e].mention != p.toks[e - 1].mention {
                if let Some(parsed) = env.parse(p, first..e) {
                    if matches!(parsed.who, Who::Actor(_)) && p.toks[e].is_word() {
                        return Some(parsed);
                    }
                }
            }
            e += 1;
        }
        None
    }

    /// Who a parsed phrase stands for here; `None` when it is not a statement to report
    /// (a name the model does not know).
    fn resolve(&mut self, pi: usize, p: &Para, parsed: &Parsed, cue: String) -> Option<Said> {
        let at = (pi, parsed.np.start);
        let speaker = match &parsed.who {
            Who::Actor(a) => Some(*a),
            Who::Described(d) => self.by_role(d, at),
            Who::Pronoun(g) => self.pronoun(
                at,
                match g {
                    Gender::Male => Some(false),
                    Gender::Female => Some(true),
                    Gender::Either => None,
                },
                self.pointing(p, &parsed.np),
            ),
            Who::Surname(words) => Some(self.by_surname(words, at)?),
            Who::Anonymous => {
                if self.one(p, &parsed.np) {
                    let pos = self.salience.partition_point(|&(p0, b, _)| (p0, b) <= at);
                    self.salience.insert(pos, (at.0, at.1, UNNAMED));
                    self.reported.insert(pos, false);
                }
                None
            }
            Who::Unknown => return None,
        };
        if let Some(a) = speaker {
            if self
                .env
                .actors
                .get(a)
                .is_some_and(|x| x.kind == ActorKind::Person)
            {
                let pos = self.salience.partition_point(|&(p0, b, _)| (p0, b) <= at);
                self.salience.insert(pos, (at.0, at.1, a));
                self.reported.insert(pos, false);
            }
        }
        Some(Said {
            speaker,
            cue,
            named_at: Some((pi, parsed.np.clone())),
        })
    }

    /// The persons named before `at`, most recent first, each once.
    fn before(&self, at: (usize, usize)) -> Vec<usize> {
        let end = self.salience.partition_point(|&(p0, b, _)| (p0, b) < at);
        let mut seen = Vec::new();
        for &(_, _, a) in self.salience[..end].iter().rev() {
            if a != UNNAMED && !seen.contains(&a) {
                seen.push(a);
            }
        }
        seen
    }

    /// Whether the last speaker before `at` was one unnamed person ("một quan chức giấu
    /// tên"), not counting those named inside reported words.
    fn unnamed_last(&self, at: (usize, usize)) -> bool {
        let end = self.salience.partition_point(|&(p0, b, _)| (p0, b) < at);
        (0..end)
            .rev()
            .find(|&i| !self.reported[i])
            .is_some_and(|i| self.salience[i].2 == UNNAMED)
    }

    /// A pronoun's person: the one named last, not counting those named inside reported
    /// words ("Theo ông Suchkov, … Tổng thống Biden. Ông nhấn mạnh …" is Suchkov). A
    /// pointing one ("vị này") right after one unnamed person is them: nobody.
    fn pronoun(&self, at: (usize, usize), female: Option<bool>, pointing: bool) -> Option<usize> {
        if pointing && self.unnamed_last(at) {
            return None;
        }
        let end = self.salience.partition_point(|&(p0, b, _)| (p0, b) < at);
        (0..end)
            .rev()
            .filter(|&i| !self.reported[i])
            .map(|i| self.salience[i].2)
            .find(|&a| a != UNNAMED && self.people.may_be(a, female))
    }

    /// Whether the phrase at bytes `np` of `p` ends with a pointing word ("vị này").
    fn pointing(&self, p: &Para, np: &Range<usize>) -> bool {
        let words = p.text.get(np.clone()).unwrap_or("");
        words.split_whitespace().next_back().is_some_and(|w| {
            self.env
                .lists
                .anaphoric
                .contains_words(&[w.to_lowercase().as_str()])
        })
    }

    /// Whether the phrase at bytes `np` of `p` is one unnamed person: it opens with a word
    /// for one ("một quan chức") or asks not to be named ("…, đề nghị giấu tên, cho biết").
    fn one(&self, p: &Para, np: &Range<usize>) -> bool {
        let lower = p.text.get(np.clone()).unwrap_or("").to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let l = self.env.lists;
        words.first().is_some_and(|w| l.one.contains_words(&[w]))
            || (0..words.len()).any(|k| l.unnamed.longest(&words[k..]).is_some())
    }

    fn person(&self, a: usize) -> Rc<Person> {
        self.people.get(a)
    }

    /// The person named last (a woman for `Some(true)`, a man for `Some(false)`).
    fn recent(&self, at: (usize, usize), female: Option<bool>) -> Option<usize> {
        self.before(at)
            .into_iter()
            .find(|&a| self.people.may_be(a, female))
    }

    /// The person named last who holds a title the description stands for.
    fn by_role(&self, d: &Desc, at: (usize, usize)) -> Option<usize> {
        // "vị lãnh đạo này" right after one unnamed person is them.
        if d.anaphoric && self.unnamed_last(at) {
            return None;
        }
        let female = d.female.then_some(true);
        // "chuyên gia này", "nữ chuyên gia": the person named last, a woman known as one
        // first, whatever title they were given.
        if d.loose && (d.anaphoric || d.definite) {
            let known = |a: &usize| {
                female.is_none_or(|f| {
                    self.people.may_be(*a, Some(f)) && !self.people.may_be(*a, Some(!f))
                })
            };
            let before = self.before(at);
            return before
                .iter()
                .copied()
                .find(known)
                .or_else(|| self.recent(at, female));
        }
        let candidates: Vec<usize> = self
            .before(at)
            .into_iter()
            .filter(|&a| self.people.may_be(a, female))
            .collect();
        // The titles the article gives first, then those the corpus gives.
        for &a in &candidates {
            let person = self.person(a);
            if person.titles.iter().any(|t| self.holds(&person, t, d)) {
                return Some(a);
            }
        }
        for &a in &candidates {
            if let Some(person) = self.people.corpus(a) {
                if person.titles.iter().any(|t| self.holds(person, t, d)) {
                    return Some(a);
                }
            }
        }
        if d.anaphoric {
            return self.recent(at, female);
        }
        None
    }

    fn holds(&self, person: &Person, t: &super::titles::Held, d: &Desc) -> bool {
        if t.former != d.former {
            return false;
        }
        let role = (d.roles & t.roles) != 0 || d.title.as_deref() == Some(t.phrase.as_str());
        if !role {
            return false;
        }
        if d.qualifiers.is_empty() {
            return true;
        }
        let mut theirs: Vec<usize> = t.qualifiers.clone();
        if theirs.is_empty() {
            theirs = person
                .titles
                .iter()
                .flat_map(|x| x.qualifiers.iter().copied())
                .collect();
        }
        if theirs.is_empty() {
            return true;
        }
        d.qualifiers
            .iter()
            .any(|&q| theirs.iter().any(|&x| self.same_place(q, x)))
    }

    /// Whether two actors name the same country or organisation for a title: the same
    /// actor, a seat of government and its country, or one name ending with the other
    /// ("Bộ Ngoại giao Nga" and "Nga").
    fn same_place(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let (Some(x), Some(y)) = (self.env.actors.get(a), self.env.actors.get(b)) else {
            return false;
        };
        let (fx, fy) = (crate::text::fold(&x.name), crate::text::fold(&y.name));
        let seat = |n: &str| {
            self.env
                .lists
                .seats
                .iter()
                .find(|(s, _)| crate::text::fold(s) == n)
                .map(|(_, c)| crate::text::fold(c))
        };
        let (cx, cy) = (
            seat(&fx).unwrap_or(fx.clone()),
            seat(&fy).unwrap_or(fy.clone()),
        );
        cx == cy
            || fx.ends_with(&format!(" {fy}"))
            || fy.ends_with(&format!(" {fx}"))
            || cx.ends_with(&format!(" {cy}"))
            || cy.ends_with(&format!(" {cx}"))
    }

    /// "ông Tần": the person named before whose name has that word first or last.
    fn by_surname(&self, words: &[String], at: (usize, usize)) -> Option<usize> {
        let key = words.join(" ");
        // "ông Phát" is a person, never the company "Hoàng Gia Phát" named before him.
        self.before(at).into_iter().find(|&a| {
            self.env.actors.get(a).is_some_and(|x| {
                x.kind == ActorKind::Person
                    && std::iter::once(&x.name).chain(&x.aliases).any(|n| {
                        let f = crate::text::fold(n);
                        f == key
                            || f.starts_with(&format!("{key} "))
                            || f.ends_with(&format!(" {key}"))
                    })
            })
        })
    }

    /// An interview's answer (rule `interview-answer`): a paragraph opening with the
    /// label of a person who can be named ("TS Đoàn Minh Khuê: …", "Ông Khuê: …") is
    /// that person's words, and so are the paragraphs after it up to the next question.
    /// Returns whether `p` opens an answer.
    pub fn answer(&mut self, pi: usize, p: &Para) -> bool {
        let Some(colon) = label_colon(p) else {
            return false;
        };
        let Some(parsed) = self.env.parse(p, 0..colon) else {
            return false;
        };
        let Some(said) = self.resolve(pi, p, &parsed, ":".to_string()) else {
            return false;
        };
        if said.speaker.is_none() {
            return false;
        }
        self.quiet();
        let content = rest_of(p.text, p.toks[colon + 1].start);
        self.push(pi, content, &said, QuoteKind::Direct, false);
        self.answering = Some((said, 0));
        true
    }

    /// A paragraph of an answer after its first (see [`Reader::answer`]); `false` when no
    /// answer runs on (after a question, or past [`MAX_ANSWER_PARAGRAPHS`]).
    pub fn answer_goes_on(&mut self, pi: usize, p: &Para) -> bool {
        let Some((said, n)) = self.answering.take() else {
            return false;
        };
        if n + 1 > MAX_ANSWER_PARAGRAPHS {
            return false;
        }
        let content = rest_of(p.text, 0);
        self.push(pi, content, &said, QuoteKind::Direct, true);
        self.answering = Some((said, n + 1));
        true
    }

    /// A turn answering a question in an interview written as a dialogue (rule
    /// `dash-interview`): the whole turn, without its dash, is `speaker`'s.
    pub fn dash_answer(&mut self, pi: usize, p: &Para, turn_at: usize, speaker: usize) {
        self.quiet();
        let said = Said {
            speaker: Some(speaker),
            cue: "—".to_string(),
            named_at: None,
        };
        self.push(
            pi,
            rest_of(p.text, turn_at),
            &said,
            QuoteKind::Direct,
            false,
        );
        self.answering = Some((said, 0));
    }

    /// A question of an interview: nobody's statement, and the answer before it ends.
    pub fn question(&mut self) {
        self.quiet();
        self.answering = None;
    }

    fn push(&mut self, pi: usize, r: Range<usize>, said: &Said, kind: QuoteKind, continues: bool) {
        if r.start >= r.end {
            return;
        }
        if kind == QuoteKind::Indirect {
            for (i, &(p0, b, _)) in self.salience.iter().enumerate() {
                if p0 == pi && r.contains(&b) {
                    self.reported[i] = true;
                }
            }
        }
        self.out.push(Found {
            paragraph: pi,
            range: r,
            speaker: said.speaker,
            kind,
            cue: said.cue.clone(),
            named_at: said.named_at.clone(),
            continues,
        });
    }

    /// Reported words: direct when they are one quotation, else indirect.
    fn push_content(&mut self, pi: usize, p: &Para, content: Range<usize>, said: &Said) {
        let whole = p.spans.iter().find(|sp| {
            let o = sp.outer(p.text);
            o.start == content.start && o.end >= content.end && sp.close.is_some()
        });
        match whole {
            Some(sp) => self.push(pi, sp.inner.clone(), said, QuoteKind::Direct, false),
            None => self.push(pi, content, said, QuoteKind::Indirect, false),
        }
    }
}

/// The tokens of sentence `s` where a verb of saying may start, in order: where the text
/// has a cue, and the first part of a split verb ("cho … biết") before its second.
fn verb_candidates(l: &super::lists::Lists, p: &Para, s: Range<usize>) -> Vec<usize> {
    let (Some(first), Some(last)) = (p.toks.get(s.start), p.toks.get(s.end.saturating_sub(1)))
    else {
        return Vec::new();
    };
    let lo = p.cues.partition_point(|&c| c < first.start);
    let hi = p.cues.partition_point(|&c| c < last.end);
    let mut out = Vec::new();
    for &c in &p.cues[lo..hi] {
        let k = p.tok_at(c);
        if p.toks.get(k).is_none_or(|t| t.start != c) {
            continue;
        }
        if l.split.iter().any(|(_, b)| b == p.word(k)) {
            let from = k.saturating_sub(6).max(s.start);
            out.extend((from..k).filter(|&j| l.split.iter().any(|(a, _)| a == p.word(j))));
        }
        out.push(k);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What a sentence carries over from the paragraph before.
struct Carry {
    /// A speaker introduced with a colon.
    intro: Option<Said>,
    /// The speaker of the direct quotation that ended the paragraph before.
    previous: Option<Said>,
}

/// The first token of the clause holding token `k`: after the last comma, semicolon,
/// colon or spaced dash before it (outside quotations), else the sentence start.
fn clause_start(p: &Para, start: usize, k: usize) -> usize {
    let mut j = k;
    while j > start {
        let t = p.toks[j - 1];
        // "bà Lê Thị Mến (57 tuổi, thôn An Bình) nói": a closed parenthesis belongs to the
        // words before it, commas and all.
        if t.punct == Some(')') && p.span_at(t.start).is_none() {
            if let Some(open) = (start..j - 1).rev().find(|&o| p.toks[o].punct == Some('(')) {
                j = open;
                continue;
            }
        }
        // "châu Á - Thái Bình Dương", "Thái Lan - Campuchia": a dash between two names
        // joins them.
        let joins_names = j >= 2
            && p.toks[j - 2].cap
            && p.toks.get(j).is_some_and(|n| n.cap && n.punct.is_none());
        let spaced_hyphen = t.punct == Some('-') && j >= 2 && p.toks[j - 2].end < t.start;
        let stop = matches!(t.punct, Some(',' | ';' | ':' | '(' | ')'))
            || ((t.punct == Some('–') || spaced_hyphen) && !joins_names);
        if stop && p.span_at(t.start).is_none() {
            return j;
        }
        j -= 1;
    }
    start
}

/// The token after the parenthesis that opens at `j` and closes before `end`: "luật sư
/// Trịnh Công Bằng (Đoàn Luật sư TP.HCM) nói" reads on past its stops and commas.
fn past_parens(p: &Para, j: usize, end: usize) -> Option<usize> {
    if p.toks[j].punct != Some('(') {
        return None;
    }
    (j + 1..end)
        .find(|&c| p.toks[c].punct == Some(')'))
        .map(|c| c + 1)
}

/// Whether the quotation ends the sentence (only punctuation after its closing mark).
fn ends_sentence(p: &Para, sp: &Span, end: usize) -> bool {
    match sp.close {
        Some(c) => only_punct(p, p.tok_at(c + 1), end),
        None => true,
    }
}

/// The bytes of `text` from `from` to its end, without the stop or space that ends it
/// (a paragraph's sentences are cut only where they may hold a statement: an answer is
/// all of it).
fn rest_of(text: &str, from: usize) -> Range<usize> {
    let end = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'))
        .len();
    let from = from.min(end);
    end - text[from..end].trim_start().len()..end
}

/// The colon ending a label at the start of `p` ("TS Đoàn Minh Khuê:"): within
/// [`MAX_LABEL_WORDS`] words, with only words (and the stops of "TS.") before it.
fn label_colon(p: &Para) -> Option<usize> {
    let colon = p
        .toks
        .iter()
        .take(MAX_LABEL_WORDS + 1)
        .position(|t| t.punct == Some(':'))?;
    let words_only = p.toks[..colon]
        .iter()
        .all(|t| t.is_word() || t.punct == Some('.'));
    (colon > 0 && words_only && colon + 1 < p.toks.len()).then_some(colon)
}

/// Whether tokens `r` are phrases of `set`, one after another, and nothing else.
fn covered(set: &super::lists::Phrases, p: &Para, r: Range<usize>) -> bool {
    let mut i = r.start;
    while i < r.end {
        match set.longest_of(p.iter_words(i..r.end)) {
            Some((n, _)) if n > 0 => i += n,
            _ => return false,
        }
    }
    true
}

fn only_punct(p: &Para, from: usize, to: usize) -> bool {
    (from..to).all(|t| p.toks[t].punct.is_some())
}

/// Tokens `from..to` as a byte range without the punctuation at either end (a quotation's
/// marks are kept).
fn content_range(p: &Para, mut from: usize, mut to: usize) -> Range<usize> {
    let keep = |c: char| super::tokens::is_quote_mark(c) || c == '(' || c == ')';
    while from < to && p.toks[from].punct.is_some_and(|c| !keep(c)) {
        from += 1;
    }
    while to > from && p.toks[to - 1].punct.is_some_and(|c| !keep(c) || c == '(') {
        to -= 1;
    }
    if from >= to {
        return 0..0;
    }
    p.toks[from].start..p.toks[to - 1].end
}

fn words_in(p: &Para, r: Range<usize>) -> usize {
    p.toks
        .iter()
        .filter(|t| t.is_word() && t.start >= r.start && t.end <= r.end)
        .count()
}

/// The most words of where or to whom something was said, after its verb.
pub const MAX_TAIL_WORDS: usize = 10;

/// Whether tokens `from..to` are only where or to whom it was said ("với các phóng viên",
/// "thêm", "trên Twitter"), not what: no "rằng", no colon, no quotation.
fn tail_only(env: &Env, p: &Para, from: usize, to: usize) -> bool {
    let all = p.words(from..to);
    let opens_words =
        |w: &str| env.lists.that.contains(w) || is_one_of(w, &[':', '“', '«', '"', '‘']);
    if all.iter().any(|w| opens_words(w)) {
        return false;
    }
    let words: Vec<&str> = all
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    words.is_empty()
        || words.len() <= MAX_TAIL_WORDS
            && (env.lists.audience.longest(&words).is_some()
                || env.lists.between.longest(&words).is_some())
}
