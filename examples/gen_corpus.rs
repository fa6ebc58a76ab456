//! Write a synthetic corpus for benchmarks: `gen_corpus OUT_DIR N [SEED] [--shape S]`
//! writes N article files (500 to a folder, `OUT_DIR/000/000/000000_<hash>.txt`, ...) made
//! from the bundled seed pages with new people, shifted dates and shuffled paragraphs.
//! Same seed, same files.
//!
//! `--shape` lays the text out: `blocks` (the default: paragraphs between blank lines, as
//! the seed pages), `long-lines` (as scraped pages often are: no blank lines, the article
//! text in lines of 1–3 KB) or `one-line` (the whole article text on one line). The words
//! are the same in every shape.

#[path = "../benches/support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus OUT_DIR N [SEED] [--shape blocks|long-lines|one-line]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut shape = support::Shape::Blocks;
    if let Some(at) = args.iter().position(|a| a == "--shape") {
        let name = args.get(at + 1).cloned().unwrap_or_default();
        shape = support::Shape::parse(&name)
            .ok_or_else(|| format!("--shape: not a shape: {name:?} ({USAGE})"))?;
        args.drain(at..(at + 2).min(args.len()));
    }
    let (out, n, seed) = match args.as_slice() {
        [out, n] => (out, n, "1"),
        [out, n, seed] => (out, n, seed.as_str()),
        _ => return Err(USAGE.into()),
    };
    let out = PathBuf::from(out);
    let n: usize = n.parse().map_err(|_| format!("N: not a count: {n:?}"))?;
    let seed: u64 = seed
        .parse()
        .map_err(|_| format!("SEED: not a number: {seed:?}"))?;
    let mut bytes = 0usize;
    for (path, text) in support::articles_shaped(n, seed, shape) {
        let path = out.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += text.len();
    }
    eprintln!(
        "gen_corpus: wrote {n} files, {bytes} bytes ({} B per file) under {}",
        bytes / n.max(1),
        out.display()
    );
    Ok(())
}
