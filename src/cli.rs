//! The command line of SPEC.md: the reader, `export`, `actors`, `timeline`, `quotes`.

use crate::article::Article;
use crate::daterange::{parse_bound, DateRange};
use crate::export;
use crate::index::{self, CacheAt, Query};
use crate::model::Model;
use crate::pipeline::{self, Outcome};
use crate::search::ActorSearch;
use crate::state::Store;
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "dossier",
    version,
    about = "Read a corpus of news articles about one story by who and when",
    long_about = "Read a corpus of news articles about one story by who and when.\n\n\
        With no command, opens the reader on CORPUS (files or directories, searched \
        recursively), or on the bundled corpus when none is given.",
    override_usage = "dossier [OPTIONS] [CORPUS]...\n       dossier [OPTIONS] <COMMAND>"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Read the reader's keys and colours from PATH instead of
    /// ~/.config/dossier/config.toml
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Neither read nor write the cache of cleaned articles and the search index
    /// (kept in $XDG_CACHE_HOME/dossier, else ~/.cache/dossier)
    #[arg(long, global = true)]
    no_cache: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the model (articles, actors, events, copies) as dossier/1 JSON on stdout
    Export(ExportArgs),
    /// List actors, best match first when --query is given
    Actors(ActorsArgs),
    /// List dated events grouped by date, oldest first
    Timeline(TimelineArgs),
    /// Who said what: attributed statements, oldest first
    Quotes(QuotesArgs),
    /// Full-text search over every article, best first
    Search(SearchArgs),
    /// Show each line (or block, for a web page) of FILE with what the cleaner made of it
    /// and the rule that decided it
    Explain(ExplainArgs),
}

#[derive(Args, Debug)]
struct ExplainArgs {
    /// The corpus file to explain
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Keep articles published on or after D (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D", value_parser = parse_bound)]
    since: Option<crate::article::PartialDate>,
    /// Keep articles published on or before D (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D", value_parser = parse_bound)]
    until: Option<crate::article::PartialDate>,
    /// Keep articles that mention the actor best matching QUERY
    #[arg(long, value_name = "QUERY")]
    actor: Option<String>,
}

#[derive(Args, Debug)]
struct ActorsArgs {
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Rank actors by a fuzzy match on Q (case and diacritics ignored: `my` finds Mỹ)
    #[arg(long, short, value_name = "Q")]
    query: Option<String>,
    /// Print at most N actors
    #[arg(long, short = 'n', value_name = "N")]
    limit: Option<usize>,
    /// Print JSON: [{"id","name","kind","mentions","score"}]
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
struct QuotesArgs {
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Only the statements of the actor best matching QUERY (case and diacritics ignored)
    #[arg(long, value_name = "QUERY")]
    actor: Option<String>,
    /// Print JSON: [{"article","paragraph","speaker","kind","cue","text","speaker_name",
    /// "date","source"}]
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
#[command(
    after_help = "QUERY: words match whole words, `word*` any word starting so, \
    \"quoted words\" a phrase; every part must be in the article (title or text). Case and \
    Vietnamese diacritics are ignored: `ha noi` finds Hà Nội, `dien` finds Điện."
)]
struct SearchArgs {
    /// What to find: words, prefixes (`dam*`) and "quoted phrases", all required
    #[arg(value_name = "QUERY")]
    query: String,
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Print at most N articles
    #[arg(long, short = 'n', value_name = "N")]
    limit: Option<usize>,
    /// Print JSON: [{"article","title","date","source","score","snippet"}]
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
struct TimelineArgs {
    /// Corpus files or directories (default: the bundled corpus)
    #[arg(value_name = "CORPUS")]
    corpus: Vec<PathBuf>,
    /// Print JSON: [{"date","precision","articles","stories","sources","mentions","text"}]
    #[arg(long)]
    json: bool,
}

/// Run the command line; returns the exit status (0 ok, 1 nothing loaded, 2 usage).
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if e.use_stderr() => {
            eprintln!("{}", usage_error_line(&e));
            return 2;
        }
        Err(e) => {
            // --help and --version: clap's own text on stdout.
            let _ = e.print();
            return e.exit_code();
        }
    };
    let cache = if cli.no_cache {
        CacheAt::Off
    } else {
        CacheAt::Default
    };
    match cli.command {
        None => crate::reader::launch(cli.corpus, cli.config.as_deref(), cache),
        Some(Command::Export(a)) => run_export(a, &cache),
        Some(Command::Actors(a)) => run_actors(a, &cache),
        Some(Command::Timeline(a)) => run_timeline(a, &cache),
        Some(Command::Search(a)) => run_search(a, &cache),
        Some(Command::Quotes(a)) => run_quotes(a, &cache),
        Some(Command::Explain(a)) => run_explain(&a.file),
    }
}

/// `dossier explain FILE`: the page's metadata and the blocks left out of its text (for a
/// web page), then every line with its verdict, its article and its rule.
fn run_explain(file: &std::path::Path) -> i32 {
    let loaded = crate::corpus::load(&[file.to_path_buf()]);
    for w in &loaded.warnings {
        eprintln!("{w}");
    }
    let Some(f) = loaded.files.first() else {
        return 1;
    };
    let mut out = std::io::stdout().lock();
    let mut lines: Vec<String> = Vec::new();
    if let Some(m) = &f.page {
        lines.push(format!("{}: a saved web page", f.name));
        let show = |what: &str, v: Option<&str>| format!("  {what:<9} {}", v.unwrap_or("-"));
        lines.push(show("headline", m.titles.first().map(String::as_str)));
        let date = m.date.map(|(d, from)| format!("{d} (from {from})"));
        lines.push(show("date", date.as_deref()));
        // The site as the page names it, and the outlet table's name for it when that differs.
        let site =
            m.site
                .as_deref()
                .map(|s| match crate::outlets::Outlets::bundled().canonical(s) {
                    Some(c) if c != s => format!("{s} (the outlet {c})"),
                    _ => s.to_string(),
                });
        lines.push(show("site", site.as_deref()));
        lines.push(show("author", m.author.as_deref()));
        lines.push(show("url", m.url.as_deref()));
        if let Some(n) = m.index_headlines {
            lines.push(format!("  an index page: {n} headlines, no body text"));
        }
        lines.push(String::new());
        lines.push("blocks left out of the page's text:".to_string());
        for d in &m.dropped {
            lines.push(format!(
                "  {:<9} {:<24} {}",
                "dropped",
                d.rule,
                clip(&d.text)
            ));
        }
        let rules = crate::page::PageRules::bundled();
        let mut used: Vec<&str> = Vec::new();
        for d in &m.dropped {
            if !used.contains(&d.rule) {
                used.push(d.rule);
            }
        }
        if !used.is_empty() {
            lines.push(String::new());
            lines.push("the rules that left blocks out:".to_string());
            for r in used {
                let drops = rules.describe(r).unwrap_or_default();
                lines.push(format!("  {r:<24} {drops}"));
            }
        }
        lines.push(String::new());
        lines.push("the page's text, line by line:".to_string());
    }
    let verdicts = crate::clean::explain(&f.name, &f.text);
    for v in &verdicts {
        let article = v
            .article
            .map_or_else(|| "-".to_string(), |n| format!("#{n}"));
        lines.push(format!(
            "  {:<9} {:<24} {:>3}  {}",
            v.verdict,
            v.rule,
            article,
            clip(&v.text)
        ));
    }
    // What each rule that dropped a line drops, once, in the order first used.
    let mut used: Vec<&crate::clean::Rule> = Vec::new();
    for v in verdicts.iter().filter(|v| v.verdict == "dropped") {
        if let Some(r) = crate::clean::rule(v.rule) {
            if !used.iter().any(|u| u.name == r.name) {
                used.push(r);
            }
        }
    }
    if !used.is_empty() {
        lines.push(String::new());
        lines.push("the rules that dropped lines:".to_string());
        for r in used {
            lines.push(format!("  {:<24} {}", r.name, r.drops));
        }
    }
    match pipeline::clean_source(f) {
        Err(w) => {
            lines.push(String::new());
            lines.push(w.to_string());
        }
        Ok(articles) => explain_names(&articles, &mut lines),
    }
    for l in lines {
        if writeln!(out, "{l}").is_err() {
            return 0;
        }
    }
    0
}

/// `explain`'s second half: the names the actor finder found in each article's text, and
/// the capitalised words it passed over, each once, with the rule that decided and what
/// each rule means.
fn explain_names(articles: &[crate::article::Article], lines: &mut Vec<String>) {
    let g = crate::extract::gazetteer::Gazetteer::shared();
    let mut seen = std::collections::HashSet::new();
    let mut rules: Vec<&str> = Vec::new();
    let mut found = Vec::new();
    for (n, a) in articles.iter().enumerate() {
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        for v in crate::extract::actors::explain_names(g, &paragraphs)
            .into_iter()
            .flatten()
        {
            if seen.insert((n, v.text.clone(), v.rule)) {
                if !rules.contains(&v.rule) {
                    rules.push(v.rule);
                }
                let verdict = if v.found { "name" } else { "passed" };
                found.push(format!(
                    "  {verdict:<9} {:<24} #{:<2} {}",
                    v.rule,
                    n + 1,
                    clip(&v.text)
                ));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    lines.push(String::new());
    lines.push(
        "names the actor finder found in the text, and capitalised words it passed over \
         (names the gazetteer lists are matched, not found):"
            .to_string(),
    );
    lines.extend(found);
    lines.push(String::new());
    lines.push("the name finder's rules used:".to_string());
    for (name, what) in crate::extract::actors::NAME_RULES {
        if rules.contains(name) {
            lines.push(format!("  {name:<24} {what}"));
        }
    }
}

/// A long line cut to what fits a terminal row or two.
fn clip(s: &str) -> String {
    const MAX: usize = 160;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// A usage error as one line: clap's message without its "error:" label, usage block and
/// help footer, with its tip ("a similar argument exists: '--since'") kept in brackets.
fn usage_error_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("invalid command line");
    let message = first.strip_prefix("error: ").unwrap_or(first);
    let tips: Vec<&str> = lines.filter(|l| l.starts_with("tip: ")).collect();
    if tips.is_empty() {
        format!("dossier: {message} (see --help)")
    } else {
        format!("dossier: {message} ({})", tips.join("; "))
    }
}

/// Load (through the cache at `cache`), print warnings, and fail with status 1 when
/// nothing could be read. The user's corrections saved by the reader (publication dates,
/// actor merges) are applied.
///
/// The model is never freed: a command prints and the process ends, which gives its
/// memory back at once, where freeing it piece by piece (hundreds of thousands of
/// strings at 10,000 articles) takes 40–90 ms.
fn load(corpus: &[PathBuf], cache: &CacheAt) -> Result<std::mem::ManuallyDrop<Model>, i32> {
    load_indexed(corpus, cache).map(|l| std::mem::ManuallyDrop::new(l.outcome.model))
}

/// [`load`], keeping what search needs.
fn load_indexed(corpus: &[PathBuf], cache: &CacheAt) -> Result<index::Loaded, i32> {
    let bar = crate::progress::StderrBar::new();
    let mut loaded = index::load(corpus, cache, &bar);
    bar.clear();
    for line in &loaded.notes {
        eprintln!("{line}");
    }
    let Outcome {
        model,
        warnings,
        files,
    } = &mut loaded.outcome;
    let files = *files;
    for w in warnings.iter() {
        eprintln!("{w}");
    }
    if files == 0 {
        // "dossier: x: no such file or directory" already says it all for a lone argument.
        let each_said = corpus.iter().all(|a| warnings.iter().any(|w| &w.path == a));
        if corpus.is_empty() || !each_said {
            eprintln!("dossier: nothing could be loaded from {}", list(corpus));
        }
        return Err(1);
    }
    correct(model, corpus);
    Ok(loaded)
}

/// Apply the corrections saved for this corpus; a state file that cannot be used is
/// reported and left for the reader to set aside.
fn correct(model: &mut Model, corpus: &[PathBuf]) {
    if let Some(state) = saved_state(corpus) {
        state.correct(model);
    }
}

/// The state the reader saved for this corpus, if any; one that cannot be used is
/// reported.
fn saved_state(corpus: &[PathBuf]) -> Option<crate::state::State> {
    let store = Store::for_corpus(corpus)?;
    match store.read() {
        Ok(state) => state,
        Err(why) => {
            eprintln!("dossier: saved state not applied: {why}");
            None
        }
    }
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_json<T: serde::Serialize>(value: &T) -> i32 {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(|e| e.to_string())
        .and_then(|()| writeln!(out).map_err(|e| e.to_string()))
        .and_then(|()| out.flush().map_err(|e| e.to_string()));
    match written {
        Ok(()) => 0,
        Err(e) if e.contains("Broken pipe") => 0,
        Err(e) => {
            eprintln!("dossier: cannot write output: {e}");
            1
        }
    }
}

fn run_export(a: ExportArgs, cache: &CacheAt) -> i32 {
    let model = match load(&a.corpus, cache) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let range = DateRange::from_bounds(a.since, a.until);
    let dated = a.since.is_some() || a.until.is_some();
    let actor = a.actor.as_deref().and_then(|q| {
        ActorSearch::new(&model.actors)
            .query(q, 1)
            .first()
            .map(|h| h.actor)
    });
    if a.actor.is_some() && actor.is_none() {
        eprintln!(
            "dossier: no actor matches {:?}",
            a.actor.as_deref().unwrap_or("")
        );
    }
    if !dated && a.actor.is_none() {
        return print_json(&export::export(&model));
    }
    let keep: Vec<usize> = (0..model.articles.len())
        .filter(|&i| !dated || model.articles[i].date.is_some_and(|d| range.contains(d)))
        .filter(|&i| {
            a.actor.is_none() || actor.is_some_and(|x| model.actors[x].articles.contains(&i))
        })
        .collect();
    print_json(&export::export(&model.subset(&keep)))
}

fn run_actors(a: ActorsArgs, cache: &CacheAt) -> i32 {
    let model = match load(&a.corpus, cache) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let limit = a.limit.unwrap_or(usize::MAX);
    let hits = ActorSearch::new(&model.actors).query(a.query.as_deref().unwrap_or(""), limit);
    if a.json {
        let with = model.appears_with();
        let mut quotes = vec![0usize; model.actors.len()];
        for q in &model.quotes {
            if let Some(n) = q.speaker.and_then(|s| quotes.get_mut(s)) {
                *n += 1;
            }
        }
        let out: Vec<export::ActorHit> = hits
            .iter()
            .map(|h| {
                let x = &model.actors[h.actor];
                export::ActorHit {
                    id: &x.id,
                    name: &x.name,
                    kind: x.kind,
                    mentions: x.mentions,
                    score: h.score,
                    quotes: quotes[h.actor],
                    with: with[h.actor]
                        .iter()
                        .take(WITH_TOP)
                        .map(|&(y, _)| model.actors[y].id.as_str())
                        .collect(),
                }
            })
            .collect();
        return print_json(&out);
    }
    let mut out = std::io::stdout().lock();
    for h in hits {
        let x = &model.actors[h.actor];
        let kind = format!("{:?}", x.kind).to_lowercase();
        if writeln!(
            out,
            "{:<32} {:<12} {:>4} mentions  {}",
            x.name, kind, x.mentions, x.id
        )
        .is_err()
        {
            break;
        }
    }
    0
}

/// How many co-occurring actors `actors --json` lists in `with`.
pub const WITH_TOP: usize = 5;

/// `dossier quotes`: the statements, oldest first; `--actor` keeps the best-matching
/// actor's. Text: one statement a line (the parts of a split or long quote joined by " … ").
fn run_quotes(a: QuotesArgs, cache: &CacheAt) -> i32 {
    let model = match load(&a.corpus, cache) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let speaker = match a.actor.as_deref() {
        None => None,
        Some(q) => {
            if let Some(h) = ActorSearch::new(&model.actors).query(q, 1).first() {
                Some(h.actor)
            } else {
                eprintln!("dossier: no actor matches {q:?}");
                return if a.json {
                    print_json(&Vec::<()>::new())
                } else {
                    0
                };
            }
        }
    };
    let quotes = export::quotes_oldest_first(&model, speaker);
    if a.json {
        let out: Vec<export::QuoteLine> = quotes
            .iter()
            .map(|q| export::quote_line(&model, q))
            .collect();
        return print_json(&out);
    }
    let mut lines: Vec<String> = Vec::new();
    for q in quotes {
        let line = export::quote_line(&model, q);
        let text = match q.kind {
            crate::model::QuoteKind::Direct => format!("“{}”", line.quote.text),
            crate::model::QuoteKind::Indirect => line.quote.text.to_string(),
        };
        if q.continues {
            if let Some(last) = lines.last_mut() {
                last.push_str(" … ");
                last.push_str(&text);
                continue;
            }
        }
        lines.push(format!(
            "{:<10}  {:<16}  {} ({}): {}",
            line.date.as_deref().unwrap_or("-"),
            line.source.unwrap_or("-"),
            line.speaker_name.unwrap_or("(unnamed source)"),
            line.quote.cue,
            text
        ));
    }
    let mut out = std::io::stdout().lock();
    for l in lines {
        if writeln!(out, "{l}").is_err() {
            break;
        }
    }
    0
}

fn run_search(a: SearchArgs, cache: &CacheAt) -> i32 {
    let query = Query::parse(&a.query);
    if query.is_empty() {
        eprintln!(
            "dossier: search: {:?} has no word to look for (see --help)",
            a.query
        );
        return 2;
    }
    let limit = a.limit.unwrap_or(usize::MAX);
    // An unchanged corpus is answered from the cache, without building the model.
    if let Some(quick) = index::quick::quick(&a.corpus, cache) {
        for w in &quick.warnings {
            eprintln!("{w}");
        }
        let state = saved_state(&a.corpus);
        let found = match quick.search(&query) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{e}");
                return 1;
            }
        };
        let found: Vec<index::Found> = found.into_iter().take(limit).collect();
        let indices: Vec<usize> = found.iter().map(|f| f.article).collect();
        let mut articles: Vec<Article> = quick.articles(&indices).into_iter().flatten().collect();
        if articles.len() != found.len() {
            eprintln!("dossier: search: the cache could not be read back; try --no-cache");
            return 1;
        }
        if let Some(s) = &state {
            s.apply_dates(&mut articles);
        }
        let hits = articles
            .iter()
            .zip(&found)
            .map(|(x, f)| search_hit(x, f.score, &query))
            .collect();
        return print_hits(hits, a.json, &query);
    }
    let mut loaded = match load_indexed(&a.corpus, cache) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (pending, note) = loaded.pending_search();
    if let Some(n) = note {
        eprintln!("{n}");
    }
    let found = match pending.finish().and_then(|s| s.search(&query)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let model = &loaded.outcome.model;
    let hits: Vec<export::SearchHit> = found
        .iter()
        .take(limit)
        .filter_map(|f| Some(search_hit(model.articles.get(f.article)?, f.score, &query)))
        .collect();
    print_hits(hits, a.json, &query)
}

/// One hit as `dossier search` prints it.
fn search_hit<'a>(x: &'a Article, score: f64, query: &Query) -> export::SearchHit<'a> {
    export::SearchHit {
        article: &x.id,
        title: &x.title,
        date: x.date.map(|d| d.to_string()),
        source: x.source.as_deref(),
        score,
        snippet: index::hits::snippet(x, query),
    }
}

/// Print the hits: JSON, or each as its id, title, date and outlet, then its snippet.
fn print_hits(hits: Vec<export::SearchHit>, json: bool, query: &Query) -> i32 {
    if json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        eprintln!("dossier: no article holds {query}");
        return 0;
    }
    let mut out = std::io::stdout().lock();
    for h in hits {
        let mut meta = vec![h.date.unwrap_or_else(|| "undated".to_string())];
        meta.extend(h.source.map(str::to_string));
        let text = format!(
            "{}  {}  ({})\n    {}\n",
            h.article,
            h.title,
            meta.join(" · "),
            h.snippet
        );
        if write!(out, "{text}").is_err() {
            break;
        }
    }
    0
}

fn run_timeline(a: TimelineArgs, cache: &CacheAt) -> i32 {
    let model = match load(&a.corpus, cache) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let entries = export::timeline(&model);
    if a.json {
        return print_json(&entries);
    }
    let mut out = std::io::stdout().lock();
    for e in entries {
        // "5 article(s), 1 story": five outlets printed one story.
        let stories = match e.stories {
            n if n == e.articles.len() => String::new(),
            1 => ", 1 story".to_string(),
            n => format!(", {n} stories"),
        };
        let line = format!(
            "{:<10}  {} article(s){stories}  {}",
            e.date,
            e.articles.len(),
            e.text
        );
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage_error(args: &[&str]) -> String {
        let e = Cli::try_parse_from(args).unwrap_err();
        assert!(e.use_stderr());
        usage_error_line(&e)
    }

    #[test]
    fn usage_errors_are_one_line_with_their_reason() {
        let bad_date = usage_error(&["dossier", "export", "--since", "2022-13"]);
        assert_eq!(
            bad_date,
            "dossier: invalid value '2022-13' for '--since <D>': \"2022-13\": there is no \
             month 13 (see --help)"
        );
        let typo = usage_error(&["dossier", "export", "--sinc", "2022"]);
        assert!(!typo.contains('\n'), "{typo}");
        assert!(
            typo.starts_with("dossier: unexpected argument '--sinc' found (tip: "),
            "{typo}"
        );
        assert!(typo.contains("'--since'"), "{typo}");
        let no_value = usage_error(&["dossier", "actors", "--limit"]);
        assert!(
            no_value.starts_with("dossier: a value is required for '--limit <N>'"),
            "{no_value}"
        );
    }

    #[test]
    fn help_is_not_an_error() {
        let e = Cli::try_parse_from(["dossier", "export", "--help"]).unwrap_err();
        assert!(!e.use_stderr());
        assert_eq!(e.exit_code(), 0);
    }
}
