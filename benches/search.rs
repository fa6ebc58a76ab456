//! Actor search over 100,000 generated actors: index build, cold queries, typing a word
//! one letter at a time (each step narrowed from the last), and a query with no match.
//!
//! `CARGO_BUILD_JOBS=1 cargo bench --bench search`

use divan::Bencher;
use dossier::model::{Actor, ActorKind};
use dossier::search::ActorSearch;
use std::cell::RefCell;
use std::sync::OnceLock;

const ACTORS: usize = 100_000;
const LIMIT: usize = 50;

fn main() {
    divan::main();
}

/// A tiny linear congruential generator, so every run sees the same actors.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.next() % words.len()]
    }
}

const VN_SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lâm", "Mai",
];
const VN_MIDDLES: &[&str] = &[
    "Văn", "Thị", "Đức", "Minh", "Ngọc", "Hữu", "Quốc", "Thanh", "Xuân", "Hoài",
];
const VN_GIVENS: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Mai", "My", "Nga", "Ngân",
    "Phương", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Yến", "Khánh", "Long", "Nhung", "Vy", "Thu",
    "Tâm", "Hạnh", "Đông", "Nghĩa", "Kiên", "Thủy",
];
const FOREIGN_GIVENS: &[&str] = &[
    "Sergei",
    "Dmitry",
    "Maria",
    "Alexander",
    "Vladimir",
    "Anatoly",
    "Mikhail",
    "Jens",
    "Olaf",
    "Emmanuel",
    "Josep",
    "José",
    "François",
    "Jürgen",
    "Søren",
    "Zoë",
    "Łukasz",
    "Antony",
    "Wendy",
    "Kamala",
    "Volodymyr",
    "Dmytro",
    "Annalena",
    "Mette",
    "Andrzej",
    "Ingrid",
    "Hélène",
    "Tomáš",
    "Ayşe",
    "Kenji",
];
const FOREIGN_STEMS: &[&str] = &[
    "Iva", "Pet", "Smir", "Kuz", "Po", "Soko", "Lebe", "No", "Mül", "Schrö", "Du", "Lefè", "Gar",
    "Nú", "Kowal", "Nør", "John", "Wil", "Bro", "Kova", "Shev", "Baer", "Frede", "Ros",
];
const FOREIGN_MIDS: &[&str] = &[
    "", "ra", "len", "ch", "bo", "ga", "ri", "ta", "de", "ne", "sto", "mi", "ka", "vi", "ze", "lo",
    "ba", "ñe", "tr", "ha", "gu", "be", "sa", "ko",
];
const FOREIGN_ENDS: &[&str] = &[
    "ov", "ev", "enko", "ski", "son", "er", "ez", "ini", "aard", "ek", "ova", "uk", "is", "berg",
];
const ORG_HEADS: &[&str] = &[
    "Bộ Ngoại giao",
    "Bộ Quốc phòng",
    "Hội đồng",
    "Ủy ban",
    "Liên minh",
    "Ngân hàng",
    "Đại sứ quán",
    "Viện nghiên cứu",
    "Quốc hội",
    "Tập đoàn",
    "Hãng thông tấn",
    "Trung tâm",
];
const ORG_TAILS: &[&str] = &[
    "Nga",
    "Mỹ",
    "NATO",
    "Ukraine",
    "Ba Lan",
    "Đức",
    "Pháp",
    "châu Âu",
    "Trung Quốc",
    "Nhật Bản",
    "Hàn Quốc",
    "Việt Nam",
    "Anh",
    "Thổ Nhĩ Kỳ",
    "Phần Lan",
    "Thụy Điển",
    "Estonia",
    "Belarus",
];
const PLACE_ENDS: &[&str] = &[
    "grad", "sk", "burg", "ville", "ów", "ka", "polis", "stad", "ice", "ovo",
];

fn actor(name: String, kind: ActorKind, extra: Vec<String>, mentions: usize) -> Actor {
    let mut aliases = vec![name.clone()];
    aliases.extend(extra);
    Actor {
        id: String::new(),
        name,
        kind,
        aliases,
        mentions,
        articles: Vec::new(),
    }
}

/// One generated actor: a Vietnamese person (with an "ông"/"bà" alias), a foreign person
/// (with the surname as alias), a body, or a place.
fn generated(rng: &mut Lcg) -> Actor {
    let mentions = rng.next() % 40;
    match rng.next() % 20 {
        0..=8 => {
            let (sur, mid) = (rng.pick(VN_SURNAMES), rng.pick(VN_MIDDLES));
            let given = rng.pick(VN_GIVENS);
            let name = if rng.next().is_multiple_of(2) {
                format!("{sur} {mid} {given}")
            } else {
                format!("{sur} {mid} {} {given}", rng.pick(VN_GIVENS))
            };
            let title = if mid == "Thị" { "bà" } else { "ông" };
            let alias = format!("{title} {given}");
            actor(name, ActorKind::Person, vec![alias], mentions)
        }
        9..=14 => {
            let given = rng.pick(FOREIGN_GIVENS);
            let surname = format!(
                "{}{}{}",
                rng.pick(FOREIGN_STEMS),
                rng.pick(FOREIGN_MIDS),
                rng.pick(FOREIGN_ENDS)
            );
            let name = format!("{given} {surname}");
            actor(name, ActorKind::Person, vec![surname], mentions)
        }
        15..=17 => {
            let (head, tail) = (rng.pick(ORG_HEADS), rng.pick(ORG_TAILS));
            let name = match rng.next() % 3 {
                0 => format!("{head} {tail}-{}", rng.pick(ORG_TAILS)),
                1 => format!("{head} {tail} tại {}", rng.pick(VN_GIVENS)),
                _ => format!("{head} {tail}"),
            };
            actor(name, ActorKind::Organization, vec![], mentions)
        }
        _ => {
            let name = format!(
                "{}{}{}",
                rng.pick(FOREIGN_STEMS),
                rng.pick(FOREIGN_MIDS),
                rng.pick(PLACE_ENDS)
            );
            actor(name, ActorKind::Place, vec![], mentions)
        }
    }
}

/// The story's real actors, then generated ones up to `ACTORS`.
fn actors() -> &'static [Actor] {
    static ACTORS_CELL: OnceLock<Vec<Actor>> = OnceLock::new();
    ACTORS_CELL.get_or_init(|| {
        let s = |x: &str| x.to_owned();
        let mut out = vec![
            actor(s("Mỹ"), ActorKind::Country, vec![s("Hoa Kỳ")], 60),
            actor(s("Nga"), ActorKind::Country, vec![s("Liên bang Nga")], 80),
            actor(s("NATO"), ActorKind::Organization, vec![], 70),
            actor(s("Điện Kremlin"), ActorKind::Place, vec![s("Kremlin")], 12),
            actor(s("Sergei Lavrov"), ActorKind::Person, vec![s("Lavrov")], 9),
            actor(
                s("Jens Stoltenberg"),
                ActorKind::Person,
                vec![s("Stoltenberg")],
                8,
            ),
            actor(
                s("Alexander Grushko"),
                ActorKind::Person,
                vec![s("Grushko"), s("Alexander Grouchko")],
                5,
            ),
            actor(
                s("Hội đồng Nga-NATO"),
                ActorKind::Organization,
                vec![s("Hội đồng Nga - NATO"), s("Hội đồng NATO-Nga")],
                7,
            ),
            actor(s("Mỹ Latinh"), ActorKind::Place, vec![], 2),
            actor(s("Maksim Samorukov"), ActorKind::Person, vec![], 3),
        ];
        let mut rng = Lcg(0x5eed);
        while out.len() < ACTORS {
            out.push(generated(&mut rng));
        }
        out
    })
}

#[divan::bench(sample_count = 20)]
fn build_index() -> ActorSearch {
    ActorSearch::new(divan::black_box(actors()))
}

/// Time `query` alone, after `prime` has set the search up (untimed, before each run).
/// divan makes all of a sample's inputs before timing it, so the benches that use this run
/// one query per sample (`sample_size = 1`) to keep priming and timing in step.
fn bench_after(bencher: Bencher, prime: &[&str], query: &str) {
    let search = RefCell::new(ActorSearch::new(actors()));
    bencher
        .with_inputs(|| {
            let mut s = search.borrow_mut();
            s.reset();
            for p in prime {
                s.query(p, LIMIT);
            }
        })
        .bench_local_values(|()| search.borrow_mut().query(divan::black_box(query), LIMIT));
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn cold_lavrov(bencher: Bencher) {
    bench_after(bencher, &[], "lavrov");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn cold_hoi_dong_nga(bencher: Bencher) {
    bench_after(bencher, &[], "hoi dong nga");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn cold_no_match(bencher: Bencher) {
    bench_after(bencher, &[], "qqxjz");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn typing_1_s(bencher: Bencher) {
    bench_after(bencher, &[], "s");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn typing_2_st(bencher: Bencher) {
    bench_after(bencher, &["s"], "st");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn typing_3_sto(bencher: Bencher) {
    bench_after(bencher, &["s", "st"], "sto");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn typing_4_stol(bencher: Bencher) {
    bench_after(bencher, &["s", "st", "sto"], "stol");
}

#[divan::bench(sample_size = 1, sample_count = 100)]
fn cold_stol(bencher: Bencher) {
    bench_after(bencher, &[], "stol");
}

/// Short queries that many names match: the worst case, where the scan sees every actor
/// and the top tiers hold thousands.
#[divan::bench(sample_size = 1, sample_count = 100, args = ["n", "on", "th", "ng"])]
fn cold_short(bencher: Bencher, query: &str) {
    bench_after(bencher, &[], query);
}
