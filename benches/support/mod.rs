//! A synthetic corpus for benchmarks, made from the bundled seed pages: each article is a
//! seed page with its people recast (Vietnamese and foreign names, so the number of actors
//! grows with the corpus), every numeric date shifted by the same random number of days
//! (formats kept), body paragraphs shuffled and thinned, and the boilerplate kept with its
//! "related news" lists shuffled and cut. About 4 KB an article on average. Deterministic:
//! article `i` depends only on the seed and `i`, never on how many are made.

mod dates;
mod names;
mod page;
mod rng;

use names::{Person, SEEDS};
use page::{Kind, Page, Seg};
use rng::Rng;

/// Files per folder of the generated tree.
const PER_FOLDER: usize = 500;

/// How the text of an article is laid out in its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(dead_code)] // each user of the support module uses some
pub enum Shape {
    /// As the seed pages: every block (paragraph, menu, list) between blank lines.
    Blocks,
    /// As scraped pages often are: no blank lines, the article text in lines of 1–3 KB
    /// (paragraphs run together).
    LongLines,
    /// The whole article text on one line, the page's other lines around it.
    OneLine,
}

impl Shape {
    #[allow(dead_code)]
    pub fn parse(s: &str) -> Option<Shape> {
        match s {
            "blocks" => Some(Shape::Blocks),
            "long-lines" => Some(Shape::LongLines),
            "one-line" => Some(Shape::OneLine),
            _ => None,
        }
    }
}

/// Lines of article text in [`Shape::LongLines`] are at least this long, and about
/// [`LONG_LINE_MAX`] at most.
const LONG_LINE_MIN: usize = 1000;
const LONG_LINE_MAX: usize = 3000;

/// Articles `0..n` for `seed`: (path relative to the corpus root, text).
#[allow(dead_code)] // the bench collects them; the example streams them with `articles`
pub fn generate(n: usize, seed: u64) -> Vec<(String, String)> {
    articles(n, seed).collect()
}

/// [`generate`] in another shape.
#[allow(dead_code)]
pub fn generate_shaped(n: usize, seed: u64, shape: Shape) -> Vec<(String, String)> {
    articles_shaped(n, seed, shape).collect()
}

/// The same articles as [`generate`], made one at a time.
pub fn articles(n: usize, seed: u64) -> impl Iterator<Item = (String, String)> {
    articles_shaped(n, seed, Shape::Blocks)
}

/// The same articles laid out as `shape` says (the same words in every shape).
pub fn articles_shaped(
    n: usize,
    seed: u64,
    shape: Shape,
) -> impl Iterator<Item = (String, String)> {
    let corpus = Corpus::new();
    (0..n).map(move |i| corpus.article(i, seed, shape))
}

struct Corpus {
    pages: Vec<Page>,
    /// Page `k` is picked `weights[k]` times in `total`: long pages less often.
    weights: Vec<usize>,
    total: usize,
}

impl Corpus {
    fn new() -> Self {
        let seeds = dossier::corpus::bundled();
        let weights: Vec<usize> = seeds
            .iter()
            .map(|f| if f.text.len() > 10_000 { 2 } else { 3 })
            .collect();
        Corpus {
            pages: seeds.iter().map(|f| Page::parse(&f.text)).collect(),
            total: weights.iter().sum(),
            weights,
        }
    }

    fn article(&self, i: usize, seed: u64, shape: Shape) -> (String, String) {
        let mut rng = Rng::new(seed ^ rng::splitmix64(i as u64));
        let mut ticket = rng.below(self.total);
        let mut k = 0;
        while k + 1 < self.weights.len() && ticket >= self.weights[k] {
            ticket -= self.weights[k];
            k += 1;
        }
        let text = match self.pages.get(k) {
            Some(page) => compose(page, &mut rng, shape),
            None => String::new(),
        };
        let path = format!(
            "{:03}/{:03}/{i:06}_{:016x}.txt",
            i / (PER_FOLDER * 100),
            (i / PER_FOLDER) % 100,
            fnv1a(&text)
        );
        (path, text)
    }
}

/// A block of the page and which of its lines to write.
struct Piece {
    block: usize,
    lines: Vec<usize>,
}

/// One new article from a seed page.
fn compose(page: &Page, rng: &mut Rng, shape: Shape) -> String {
    let target = 1800 + rng.below(4400);
    let days = rng.between(-45, 45);
    let mut pieces: Vec<Piece> = page
        .blocks
        .iter()
        .enumerate()
        .map(|(block, b)| Piece {
            block,
            lines: (0..b.lines.len()).collect(),
        })
        .collect();
    shuffle_body(page, &mut pieces, rng);
    thin_lists(page, &mut pieces, rng);
    cut_tail(page, &mut pieces, rng);
    drop_body(page, &mut pieces, target, rng);
    let blocks = render(page, &pieces, days, rng);
    lay_out(blocks, shape, days)
}

/// Join the rendered blocks (each with whether it is article text) as `shape` says.
fn lay_out(blocks: Vec<(bool, String)>, shape: Shape, days: i64) -> String {
    let texts = || blocks.iter().map(|(_, t)| t.as_str());
    match shape {
        Shape::Blocks => texts().collect::<Vec<_>>().join("\n\n"),
        Shape::OneLine => {
            let first = blocks.iter().position(|(body, _)| *body);
            let last = blocks.iter().rposition(|(body, _)| *body);
            let (Some(first), Some(last)) = (first, last) else {
                return texts().collect::<Vec<_>>().join("\n");
            };
            let mut lines: Vec<String> = blocks[..first].iter().map(|(_, t)| t.clone()).collect();
            let body: Vec<String> = blocks[first..=last]
                .iter()
                .map(|(_, t)| t.replace('\n', " "))
                .collect();
            lines.push(body.join(" "));
            lines.extend(blocks[last + 1..].iter().map(|(_, t)| t.clone()));
            lines.join("\n")
        }
        Shape::LongLines => {
            // Its own generator, so that the words stay those of the other shapes.
            let mut rng = Rng::new(rng::splitmix64(days as u64 ^ 0x5eed));
            let mut lines: Vec<String> = Vec::new();
            let mut run = String::new();
            let mut want = 0;
            for (body, text) in &blocks {
                if !body {
                    if !run.is_empty() {
                        lines.push(std::mem::take(&mut run));
                    }
                    lines.push(text.clone());
                    continue;
                }
                if run.is_empty() {
                    want = LONG_LINE_MIN + rng.below(LONG_LINE_MAX - LONG_LINE_MIN);
                } else {
                    run.push(' ');
                }
                run.push_str(text);
                if run.len() >= want {
                    lines.push(std::mem::take(&mut run));
                }
            }
            if !run.is_empty() {
                lines.push(run);
            }
            lines.join("\n")
        }
    }
}

fn is_body(page: &Page, p: &Piece) -> bool {
    page.blocks[p.block].kind == Kind::Body
}

/// Shuffle each run of adjacent body paragraphs; the lead paragraph stays first.
fn shuffle_body(page: &Page, pieces: &mut [Piece], rng: &mut Rng) {
    let lead = pieces.iter().position(|p| is_body(page, p));
    let mut k = 0;
    while k < pieces.len() {
        let start = if Some(k) == lead { k + 1 } else { k };
        let mut end = k;
        while end < pieces.len() && is_body(page, &pieces[end]) {
            end += 1;
        }
        if end > start {
            let mut blocks: Vec<usize> = pieces[start..end].iter().map(|p| p.block).collect();
            rng.shuffle(&mut blocks);
            for (p, b) in pieces[start..end].iter_mut().zip(blocks) {
                p.block = b;
            }
        }
        k = end.max(k + 1);
    }
}

/// Shuffle the items of "related news" lists and keep about 60% of them.
fn thin_lists(page: &Page, pieces: &mut [Piece], rng: &mut Rng) {
    for p in pieces.iter_mut() {
        if page.blocks[p.block].kind != Kind::List {
            continue;
        }
        let mut pairs: Vec<usize> = (0..p.lines.len() / 2).collect();
        rng.shuffle(&mut pairs);
        let keep = pairs.len() - pairs.iter().skip(1).filter(|_| rng.chance(40)).count();
        p.lines = pairs[..keep]
            .iter()
            .flat_map(|&i| [2 * i, 2 * i + 1])
            .collect();
    }
}

/// Keep 30–100% of what follows the last body paragraph, as a scrape cut short would.
fn cut_tail(page: &Page, pieces: &mut Vec<Piece>, rng: &mut Rng) {
    let Some(last) = pieces.iter().rposition(|p| is_body(page, p)) else {
        return;
    };
    let tail = pieces.len() - last - 1;
    let keep = (tail * rng.between(30, 100) as usize).div_ceil(100);
    pieces.truncate(last + 1 + keep);
}

/// Drop body paragraphs (never the lead, never below three) until the article weighs
/// about `target` bytes.
fn drop_body(page: &Page, pieces: &mut Vec<Piece>, target: usize, rng: &mut Rng) {
    let weight = |p: &Piece| -> usize {
        let lens = &page.blocks[p.block].line_len;
        p.lines.iter().map(|&l| lens[l] + 1).sum::<usize>() + 1
    };
    let mut size: usize = pieces.iter().map(weight).sum();
    let lead = pieces.iter().position(|p| is_body(page, p));
    while size > target {
        let candidates: Vec<usize> = (0..pieces.len())
            .filter(|&k| Some(k) != lead && is_body(page, &pieces[k]))
            .collect();
        if candidates.len() <= 3 {
            break;
        }
        let k = *rng.pick(&candidates);
        size -= weight(&pieces[k]);
        pieces.remove(k);
    }
}

/// Write the pieces, people recast and dates shifted by `days`: each block's text, and
/// whether it is a paragraph of the article.
fn render(page: &Page, pieces: &[Piece], days: i64, rng: &mut Rng) -> Vec<(bool, String)> {
    let mut cast: Vec<Option<Person>> = vec![None; SEEDS.len()];
    let mut blocks = Vec::with_capacity(pieces.len());
    for p in pieces {
        let mut out = String::new();
        let block = &page.blocks[p.block];
        for (j, &l) in p.lines.iter().enumerate() {
            if j > 0 {
                out.push('\n');
            }
            for seg in &block.lines[l] {
                match seg {
                    Seg::Text(t) => out.push_str(t),
                    Seg::Person { who, short } => {
                        let person = cast[*who].get_or_insert_with(|| names::cast(*who, rng));
                        out.push_str(if *short { &person.short } else { &person.full });
                    }
                    Seg::Date(d) => d.write_shifted(days, &mut out),
                }
            }
        }
        blocks.push((block.kind == Kind::Body, out));
    }
    blocks
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
