//! Copies: articles that are mostly the same text — a wire story reprinted by several
//! outlets, a page saved twice.
//!
//! Each article's text (body and subheadings, not its title or captions, which reprints
//! change) is folded (`text::fold`: no case, no diacritics) and cut into *shingles*: every run
//! of [`SHINGLE_WORDS`] consecutive words. Quotations are left out: what a speaker said is
//! printed word for word by every outlet that reports it, so shared quotations say "same
//! event", not "same text" (an article that is mostly quotation keeps them; see
//! [`MOSTLY_QUOTED`]). Paragraph breaks are not boundaries, so an article broken into
//! paragraphs differently has the same shingles.
//!
//! Finding the pairs without comparing all of them (100,000 articles are 5·10⁹ pairs):
//! one-permutation MinHash with optimal densification (Li, Owen & Zhang 2012; Shrivastava
//! 2017) gives each article a signature of [`SIGNATURE_LEN`] values in one pass over its
//! shingles; two articles agree on each value with a probability equal to the Jaccard
//! similarity of their shingle sets. LSH banding ([`BANDS`] bands of [`BAND_ROWS`] values)
//! makes articles that agree on a whole band candidates. A candidate pair is then
//! confirmed on the exact sets: the share of the smaller article's shingles found in the
//! other ([`shared`]) must reach [`SHARED_MIN`]. Groups are the connected components of
//! the confirmed pairs.
//!
//! The MinHash, the bands and the union-find are written by hand (about 150 lines, tested in
//! `copies_tests.rs`): gaoya computes one hash function per signature value (128 passes over
//! each article's shingles, too slow for the 10% budget) with coefficients from `thread_rng`
//! (groups could change between runs), and datasketch-minhash-lsh is a 0.0.1.

use super::Mention;
use crate::article::{Article, ParagraphKind};
use crate::text::{fold_char_into, fold_to_ascii, is_letter_or_digit, is_mark};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// Words per shingle. Four Vietnamese syllables are about two words: long enough that two
/// articles written independently about one event share few of them, short enough that a
/// swapped word ("Hoa Kỳ" → "Mỹ") costs only the four shingles around it. Three, five and
/// six words all narrowed the gap between copies and other articles in the fixtures.
pub const SHINGLE_WORDS: usize = 4;

/// The smallest share of the smaller article's shingles found in the other for two
/// articles to be copies. Picked from `tests/copies`: the copy pairs there share 0.60 (a
/// reprint with its lead rewritten, its longest paragraph left out, a paragraph of its own
/// and words swapped throughout) to 1.0; the pairs that are not copies share at most 0.34
/// (a brief made mostly of a press conference's quotations against a longer write-up of
/// it; 0.29 for a story reusing two background paragraphs of another; up to 0.64 if
/// quotations were compared). The threshold is the middle of that gap.
pub const SHARED_MIN: f64 = 0.47;

/// Articles with fewer shingles than this are never copies: a caption-sized text shares
/// its few phrases too easily.
pub const MIN_SHINGLES: usize = 12;

/// An article whose words are at least this share inside quotation marks (an interview
/// printed as questions and answers) is compared on all its text, quotations included;
/// otherwise there would be nothing left to compare.
pub const MOSTLY_QUOTED: f64 = 0.75;

/// MinHash values per signature (bins of one-permutation hashing).
pub const SIGNATURE_LEN: usize = 128;

/// Values per LSH band. With [`BANDS`] bands, two articles become candidates with
/// probability 1 − (1 − J³)⁴² for a Jaccard similarity J of their shingle sets: 0.99 at
/// J = 0.5, 0.89 at J = 0.37 (the least similar copy pair in the fixtures; it also has
/// three other partners), 0.04 at J = 0.1 and 0.0003 at J = 0.02 (unrelated articles
/// on one story), so the pairs confirmed on the sets stay a small multiple of the copies.
pub const BAND_ROWS: usize = 3;

/// LSH bands (`BANDS * BAND_ROWS` ≤ [`SIGNATURE_LEN`]).
pub const BANDS: usize = 42;

/// Members of one LSH bucket that the others are compared with. A bucket of a thousand
/// copies (a story every outlet ran) costs a thousand comparisons, not half a million:
/// a member already joined to a leader's group is skipped, any other is compared with at
/// most this many leaders. A pair this misses has the other bands to meet in.
const LEADERS: usize = 4;

/// One confirmed pair: `shared` of the smaller article's shingles are in the other.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    pub shared: f64,
}

/// Articles that are copies of each other.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CopyGroup {
    /// Indices into `Model::articles`, ascending.
    pub articles: Vec<usize>,
    /// The weakest of `links`: every article is joined to the group by pairs that each
    /// share at least this much. For two articles, the share of the smaller one's text
    /// found in the other.
    pub shared: f64,
    /// The confirmed pairs that join the group (a spanning tree of it).
    pub links: Vec<Link>,
}

/// The copy groups of a model, with a lookup from article to group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Copies {
    pub groups: Vec<CopyGroup>,
    /// For each article, its group, or `u32::MAX`.
    group_of: Vec<u32>,
}

impl Copies {
    /// Groups over `articles` articles; groups are ordered by their first article.
    pub fn new(mut groups: Vec<CopyGroup>, articles: usize) -> Copies {
        groups.sort_by_key(|g| g.articles.first().copied());
        let mut group_of = vec![u32::MAX; articles];
        for (g, group) in groups.iter().enumerate() {
            for &a in &group.articles {
                if let Some(slot) = group_of.get_mut(a) {
                    *slot = g as u32;
                }
            }
        }
        Copies { groups, group_of }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The index of the group `article` is in.
    pub fn group_of(&self, article: usize) -> Option<usize> {
        self.group_of
            .get(article)
            .filter(|&&g| g != u32::MAX)
            .map(|&g| g as usize)
    }

    /// The group `article` is in.
    pub fn group(&self, article: usize) -> Option<&CopyGroup> {
        self.groups.get(self.group_of(article)?)
    }

    /// The story `article` tells: its group's first article, or itself. Two articles are
    /// one story when this is equal.
    pub fn story(&self, article: usize) -> usize {
        self.group(article)
            .and_then(|g| g.articles.first().copied())
            .unwrap_or(article)
    }

    /// How many stories `articles` tell.
    pub fn count_stories(&self, articles: &[usize]) -> usize {
        let mut stories: Vec<usize> = articles.iter().map(|&a| self.story(a)).collect();
        stories.sort_unstable();
        stories.dedup();
        stories.len()
    }

    /// The groups among the kept articles, renumbered by `new_index` (`usize::MAX`: not
    /// kept): only the links between kept articles hold a group together.
    pub fn subset(&self, new_index: &[usize], kept: usize) -> Copies {
        let mut groups = Vec::new();
        for g in &self.groups {
            let links: Vec<Link> = g
                .links
                .iter()
                .filter_map(|l| {
                    let (a, b) = (*new_index.get(l.a)?, *new_index.get(l.b)?);
                    (a != usize::MAX && b != usize::MAX).then_some(Link { a, b, ..*l })
                })
                .collect();
            groups.extend(components(kept, links));
        }
        Copies::new(groups, kept)
    }
}

impl super::Model {
    /// Take `copies` as the model's copy groups and count actor mentions again, a story's
    /// once (a story printed by five outlets names its actors once, not five times).
    pub fn set_copies(&mut self, copies: Copies) {
        self.copies = copies;
        if !self.copies.is_empty() {
            self.recount();
        }
    }

    /// How many dated mentions a timeline entry has, a story's counted once: the mentions
    /// of a copy group's articles count as many as those of the member with most.
    pub fn story_mentions(&self, entry: &super::TimelineEntry) -> usize {
        if self.copies.is_empty() {
            return entry.events.len();
        }
        // story → the mentions of its member that has most
        let mut most: HashMap<usize, usize> = HashMap::new();
        let mut per_article: HashMap<usize, usize> = HashMap::new();
        for &e in &entry.events {
            if let Some(ev) = self.events.get(e) {
                *per_article.entry(ev.article).or_default() += 1;
            }
        }
        for (article, n) in per_article {
            let m = most.entry(self.copies.story(article)).or_default();
            *m = (*m).max(n);
        }
        most.values().sum()
    }
}

/// Find the copy groups among `articles`.
pub fn find(articles: &[Article]) -> Copies {
    let sets: Vec<Vec<u32>> = articles.par_iter().map(shingles).collect();
    let signatures: Vec<Option<Box<[u32]>>> = sets
        .par_iter()
        .map(|s| (s.len() >= MIN_SHINGLES).then(|| signature(s)))
        .collect();
    // Each band's buckets of two or more, the bands side by side; then confirmed in order.
    let bands: Vec<Buckets> = (0..BANDS)
        .into_par_iter()
        .map(|band| {
            let mut keys: Vec<(u64, u32)> = signatures
                .iter()
                .enumerate()
                .filter_map(|(i, s)| Some((band_key(s.as_ref()?, band), i as u32)))
                .collect();
            keys.sort_unstable();
            let mut buckets = Buckets::default();
            for b in keys.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
                buckets.members.extend(b.iter().map(|x| x.1));
                buckets.ends.push(buckets.members.len() as u32);
            }
            buckets
        })
        .collect();
    drop(signatures);
    let mut forest = Forest::new(articles.len());
    let mut links = Vec::new();
    let mut failed: HashSet<(u32, u32)> = HashSet::new();
    for bucket in bands.iter().flat_map(Buckets::iter) {
        let mut leaders: Vec<usize> = Vec::with_capacity(LEADERS);
        for &m in bucket {
            let m = m as usize;
            let root = forest.find(m);
            if leaders.iter().any(|&l| forest.find(l) == root) {
                continue;
            }
            let mut joined = false;
            for &l in &leaders {
                let key = (l as u32, m as u32);
                if failed.contains(&key) {
                    continue;
                }
                let s = shared(&sets[l], &sets[m]);
                if s >= SHARED_MIN {
                    forest.union(l, m);
                    links.push(Link {
                        a: l,
                        b: m,
                        shared: s,
                    });
                    joined = true;
                    break;
                }
                failed.insert(key);
            }
            if !joined && leaders.len() < LEADERS {
                leaders.push(m);
            }
        }
    }
    Copies::new(components(articles.len(), links), articles.len())
}

/// Mentions per actor (`actor_of` maps a mention's actor to the one counted), each story
/// counted once: in a copy group, an actor counts as many mentions as the member that
/// mentions it most. `mentions` are in reading order.
pub fn count_mentions(
    mentions: &[Mention],
    actors: usize,
    actor_of: impl Fn(usize) -> usize,
    copies: &Copies,
) -> Vec<usize> {
    let mut counts = vec![0usize; actors];
    for m in mentions {
        counts[actor_of(m.actor)] += 1;
    }
    for g in &copies.groups {
        // actor → (mentions in all members, mentions in the member that has most)
        let mut per: HashMap<usize, (usize, usize)> = HashMap::new();
        for &a in &g.articles {
            let lo = mentions.partition_point(|m| m.article < a);
            let hi = mentions.partition_point(|m| m.article <= a);
            let mut here: HashMap<usize, usize> = HashMap::new();
            for m in &mentions[lo..hi] {
                *here.entry(actor_of(m.actor)).or_default() += 1;
            }
            for (actor, n) in here {
                let e = per.entry(actor).or_default();
                e.0 += n;
                e.1 = e.1.max(n);
            }
        }
        for (actor, (sum, most)) in per {
            counts[actor] -= sum - most;
        }
    }
    counts
}

/// One band's buckets of two or more articles, one after another.
#[derive(Default)]
struct Buckets {
    members: Vec<u32>,
    /// Where each bucket ends in `members`.
    ends: Vec<u32>,
}

impl Buckets {
    fn iter(&self) -> impl Iterator<Item = &[u32]> {
        let starts = std::iter::once(0).chain(self.ends.iter().map(|&e| e as usize));
        starts
            .zip(self.ends.iter().map(|&e| e as usize))
            .map(|(s, e)| &self.members[s..e])
    }
}

/// Groups of two or more articles joined by `links`, each with its links.
fn components(n: usize, links: Vec<Link>) -> Vec<CopyGroup> {
    let mut forest = Forest::new(n);
    for l in &links {
        forest.union(l.a, l.b);
    }
    let mut by_root: HashMap<usize, CopyGroup> = HashMap::new();
    for l in links {
        let g = by_root.entry(forest.find(l.a)).or_insert(CopyGroup {
            articles: Vec::new(),
            shared: 1.0,
            links: Vec::new(),
        });
        g.articles.extend([l.a, l.b]);
        g.shared = g.shared.min(l.shared);
        g.links.push(l);
    }
    let mut groups: Vec<CopyGroup> = by_root.into_values().collect();
    for g in &mut groups {
        g.articles.sort_unstable();
        g.articles.dedup();
    }
    groups.retain(|g| g.articles.len() > 1);
    groups
}

/// The share of the smaller set found in the other (both sorted, without repeats): the
/// `shared` of two articles' shingles. 0 when either is empty.
pub fn shared(a: &[u32], b: &[u32]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / smaller as f64
}

/// The `shared` of two articles, computed afresh.
pub fn shared_between(a: &Article, b: &Article) -> f64 {
    shared(&shingles(a), &shingles(b))
}

/// The article's shingles, hashed, sorted, without repeats.
pub fn shingles(article: &Article) -> Vec<u32> {
    let mut words = Words::default();
    for p in &article.paragraphs {
        if p.kind != ParagraphKind::Caption {
            words.paragraph(&p.text);
        }
    }
    let total = words.hashes.len();
    let keep_quotes = total > 0 && words.quoted as f64 >= MOSTLY_QUOTED * total as f64;
    let mut out = Vec::with_capacity(total);
    // The last SHINGLE_WORDS words of the current run of contiguous prose.
    let mut ring = [0u64; SHINGLE_WORDS];
    let mut run = 0usize;
    for &w in &words.hashes {
        if is_quoted(w) && !keep_quotes {
            // The prose on either side of a quotation is not contiguous.
            run = 0;
            continue;
        }
        ring[run % SHINGLE_WORDS] = w;
        run += 1;
        if run >= SHINGLE_WORDS {
            // Word hashes are mixed already: rotations keep the order, one mix spreads it.
            let h = (0..SHINGLE_WORDS).fold(0u64, |h, k| {
                h ^ ring[(run + k) % SHINGLE_WORDS].rotate_left(17 * k as u32)
            });
            out.push((mix(h) >> 32) as u32);
        }
    }
    radix_sort(&mut out);
    out.dedup();
    // Held for every article while copies are looked for: no room to spare.
    out.shrink_to_fit();
    out
}

/// Sort by bytes, least significant first (four counting passes): faster than a
/// comparison sort on the few hundred values of an article.
fn radix_sort(v: &mut Vec<u32>) {
    if v.len() < 64 {
        v.sort_unstable();
        return;
    }
    let mut buf = vec![0u32; v.len()];
    for shift in [0u32, 8, 16, 24] {
        let mut count = [0usize; 257];
        for &x in v.iter() {
            count[((x >> shift) & 0xff) as usize + 1] += 1;
        }
        for i in 0..256 {
            count[i + 1] += count[i];
        }
        for &x in v.iter() {
            let d = ((x >> shift) & 0xff) as usize;
            buf[count[d]] = x;
            count[d] += 1;
        }
        std::mem::swap(v, &mut buf);
    }
}

/// Whether a word (as [`Words`] hashes it) stood inside quotation marks.
fn is_quoted(word: u64) -> bool {
    word & 1 == 1
}

/// An article's words in reading order, hashed; the lowest bit of each says whether it
/// stood inside quotation marks.
#[derive(Default)]
struct Words {
    hashes: Vec<u64>,
    quoted: usize,
    buf: String,
}

impl Words {
    /// Add a paragraph's words. One pass over the bytes: ASCII is folded by a byte
    /// operation, other characters through the folding table; each word is hashed as it
    /// is folded, without building its string. Quotation marks are followed as they come:
    /// “…” when the closing mark follows in the paragraph, "…" when the straight quotes
    /// of the paragraph pair up; a mark without its partner quotes nothing.
    fn paragraph(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let straight_pairs = memchr::memchr(b'"', bytes).is_some()
            && memchr::memchr_iter(b'"', bytes).count().is_multiple_of(2);
        let (mut curly, mut straight) = (false, false);
        let mut word: Option<u64> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                if b.is_ascii_alphanumeric() {
                    let h = word.get_or_insert(WORD_SEED);
                    *h = word_step(*h, b.to_ascii_lowercase());
                    continue;
                }
                if let Some(h) = word.take() {
                    self.push(h, curly || straight);
                }
                if b == b'"' && straight_pairs {
                    straight = !straight;
                }
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if let Some(f) = fold_to_ascii(c) {
                let h = word.get_or_insert(WORD_SEED);
                *h = word_step(*h, f);
            } else if is_letter_or_digit(c) {
                self.buf.clear();
                fold_char_into(c, &mut self.buf);
                let h = word.get_or_insert(WORD_SEED);
                for &f in self.buf.as_bytes() {
                    *h = word_step(*h, f);
                }
            } else if is_mark(c) {
                // A combining mark (NFD text) belongs to its letter; folding drops it.
            } else {
                if let Some(h) = word.take() {
                    self.push(h, curly || straight);
                }
                match c {
                    '“' if !curly => {
                        curly = memchr::memmem::find(&bytes[i..], "”".as_bytes()).is_some();
                    }
                    '”' => curly = false,
                    _ => {}
                }
            }
        }
        if let Some(h) = word.take() {
            self.push(h, curly || straight);
        }
    }

    fn push(&mut self, h: u64, quoted: bool) {
        self.quoted += usize::from(quoted);
        self.hashes.push(mix(h) & !1 | u64::from(quoted));
    }
}

const WORD_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One folded byte into a word's hash (FNV-1a).
#[inline]
fn word_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A 64-bit finalizer (splitmix64's).
#[inline]
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The one-permutation MinHash signature of a non-empty shingle set: each shingle falls in
/// one of [`SIGNATURE_LEN`] bins by its hash and each bin keeps its least value; an empty
/// bin takes the value of the first non-empty bin in a sequence fixed for that bin
/// ("optimal densification"), the same sequence for every article.
fn signature(set: &[u32]) -> Box<[u32]> {
    const EMPTY: u64 = u64::MAX;
    let mut bins = [EMPTY; SIGNATURE_LEN];
    for &x in set {
        let h = mix(u64::from(x) | 0x5bd1_e995_0000_0000);
        let bin = (h >> 57) as usize % SIGNATURE_LEN;
        let v = h & 0xffff_ffff;
        if v < bins[bin] {
            bins[bin] = v;
        }
    }
    let mut out = vec![0u32; SIGNATURE_LEN].into_boxed_slice();
    for i in 0..SIGNATURE_LEN {
        let mut v = bins[i];
        let mut attempt = 0u64;
        while v == EMPTY {
            attempt += 1;
            let j = (mix(((i as u64) << 32) | attempt) % SIGNATURE_LEN as u64) as usize;
            v = bins[j];
        }
        out[i] = v as u32;
    }
    out
}

/// The LSH key of band `band` of a signature.
fn band_key(signature: &[u32], band: usize) -> u64 {
    signature[band * BAND_ROWS..(band + 1) * BAND_ROWS]
        .iter()
        .fold(band as u64, |h, &v| mix(h ^ u64::from(v)))
}

/// Union-find over article indices.
struct Forest {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl Forest {
    fn new(n: usize) -> Forest {
        Forest {
            parent: (0..n as u32).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] as usize != i {
            let up = self.parent[self.parent[i] as usize];
            self.parent[i] = up;
            i = up as usize;
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a as u32;
        self.size[a] += self.size[b];
    }
}

#[cfg(test)]
#[path = "copies_tests.rs"]
mod tests;
