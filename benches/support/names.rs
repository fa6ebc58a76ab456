//! People: the ones the seed pages name, and generated stand-ins for them.

use super::rng::Rng;

/// A person named in the seed pages: full forms, then the short forms used after the first
/// mention ("ông Grushko").
pub struct Seed {
    pub full: &'static [&'static str],
    pub short: &'static [&'static str],
}

/// The people of the bundled pages' article text (not of their "related news" lists).
pub const SEEDS: &[Seed] = &[
    seed(
        &["Alexander Grushko", "Aleksandr Grushko"],
        &["Grushko", "Grouchko"],
    ),
    seed(&["Alexander Fomin"], &["Fomin"]),
    seed(&["Wendy Sherman"], &["Sherman"]),
    seed(&["Maksim Samorukov"], &["Samorukov"]),
    seed(&["Jens Stoltenberg"], &["Stoltenberg"]),
    seed(&["Pierre Vimont"], &["Vimont"]),
    seed(&["Josep Borrell"], &["Borrell"]),
    seed(&["Sergei Ryabkov"], &["Ryabkov"]),
    seed(&["Vladimir Putin"], &["Putin"]),
    seed(&["Sergei Lavrov", "Sergey Lavrov"], &["Lavrov"]),
    seed(&["Antony Blinken"], &["Blinken"]),
    seed(&["Maxim Suchkov"], &["Suchkov"]),
    seed(&["Joe Biden"], &["Biden"]),
    seed(&["Fabrice Pothier"], &["Pothier"]),
    seed(&["Anders Fogh Rasmussen"], &["Rasmussen"]),
    seed(&["Oleg Ignatov"], &["Ignatov"]),
    seed(&["Zbigniew Rau"], &["Rau"]),
    seed(&["Dmitry Peskov"], &["Peskov"]),
    seed(&["Thanh Hảo"], &[]),
    seed(&["An Bình"], &[]),
];

const fn seed(full: &'static [&'static str], short: &'static [&'static str]) -> Seed {
    Seed { full, short }
}

/// A generated person: the full name and the form used on later mentions.
#[derive(Clone, Debug)]
pub struct Person {
    pub full: String,
    pub short: String,
}

/// How often a seed person keeps their real name, in percent, so that the well-known
/// actors recur across the corpus while the rest grow with it.
const KEEP_REAL: usize = 25;

/// A stand-in for seed person `who`: the real person now and then, otherwise a new
/// Vietnamese or foreign name.
pub fn cast(who: usize, rng: &mut Rng) -> Person {
    let real = &SEEDS[who];
    if rng.chance(KEEP_REAL) {
        let full = real.full[0].to_string();
        let short = real
            .short
            .first()
            .map_or(full.clone(), std::string::ToString::to_string);
        return Person { full, short };
    }
    if rng.chance(50) {
        vietnamese(rng)
    } else {
        foreign(rng)
    }
}

/// "Nguyễn Văn Hùng" (or "Trần Hiền"), called "Hùng" later on.
fn vietnamese(rng: &mut Rng) -> Person {
    let family = rng.pick(VN_FAMILY);
    let given = rng.pick(VN_GIVEN);
    let full = if rng.chance(80) {
        format!("{family} {} {given}", rng.pick(VN_MIDDLE))
    } else {
        format!("{family} {given}")
    };
    Person {
        full,
        short: given.to_string(),
    }
}

/// "Søren Dvořák", called "Dvořák" later on.
fn foreign(rng: &mut Rng) -> Person {
    let given = rng.pick(FOREIGN_GIVEN);
    let family = rng.pick(FOREIGN_FAMILY);
    Person {
        full: format!("{given} {family}"),
        short: family.to_string(),
    }
}

const VN_FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương", "Đoàn", "Vương", "Trương",
    "Lâm",
];

const VN_MIDDLE: &[&str] = &[
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu", "Hoài", "Gia",
    "Bảo", "Kim", "Công", "Đình", "Thế", "Anh", "Mạnh", "Khánh",
];

const VN_GIVEN: &[&str] = &[
    "An", "Bình", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
    "Hương", "Huy", "Khoa", "Lan", "Linh", "Long", "Lộc", "Mai", "Nam", "Diệp", "Ngân", "Nhung",
    "Phong", "Phúc", "Phương", "Quân", "Quang", "Quyên", "Sơn", "Tâm", "Thắng", "Thảo", "Thịnh",
    "Thủy", "Tiến", "Toàn", "Trang", "Trí", "Trung", "Tuấn", "Tùng", "Uyên", "Việt", "Vinh", "Vy",
    "Xuân", "Yến", "Khôi", "Nhật", "Duy", "Cường", "Đông", "Hiền", "Luân", "Oanh", "Nghĩa", "Tú",
    "Thư",
];

const FOREIGN_GIVEN: &[&str] = &[
    "Alexei",
    "Anatoly",
    "Andrzej",
    "Ángel",
    "Annalena",
    "Björn",
    "Bohdan",
    "Cécile",
    "Chloé",
    "Dmitri",
    "Élodie",
    "Emmanuel",
    "François",
    "Gérard",
    "Grzegorz",
    "Hélène",
    "Ingrid",
    "Jürgen",
    "José",
    "Józef",
    "Kateřina",
    "Klaus",
    "Łukasz",
    "Maël",
    "Małgorzata",
    "María",
    "Mikhail",
    "Nikolai",
    "Olaf",
    "Olena",
    "Oleksandr",
    "Paweł",
    "Pedro",
    "Petr",
    "Raphaël",
    "Renée",
    "Rüdiger",
    "Sébastien",
    "Sergio",
    "Søren",
    "Stéphane",
    "Tomáš",
    "Viktor",
    "Volodymyr",
    "Wojciech",
    "Yuri",
    "Zoë",
    "Jesús",
    "Inês",
    "João",
    "Ioana",
    "Mihai",
    "Ştefan",
    "Tadeusz",
    "Ulrich",
    "Věra",
    "Zdeněk",
    "Ahmet",
    "Çağla",
    "Hakan",
];

const FOREIGN_FAMILY: &[&str] = &[
    "Müller",
    "Schäfer",
    "Jäger",
    "Böhm",
    "Weiß",
    "Lefèvre",
    "Dupré",
    "Bérenger",
    "Giroud",
    "Ménard",
    "Fournier",
    "Gauthier",
    "Núñez",
    "Muñoz",
    "Peña",
    "Ibáñez",
    "Gómez",
    "Sánchez",
    "Conceição",
    "Gonçalves",
    "Araújo",
    "Dvořák",
    "Novák",
    "Čapek",
    "Procházka",
    "Kováč",
    "Wiśniewski",
    "Kowalczyk",
    "Zieliński",
    "Szymański",
    "Nowicki",
    "Łęcki",
    "Søndergaard",
    "Kjær",
    "Østergaard",
    "Ólafsson",
    "Þórsson",
    "Åberg",
    "Lindqvist",
    "Bergström",
    "Häkkinen",
    "Virtanen",
    "Korhonen",
    "Şahin",
    "Yılmaz",
    "Öztürk",
    "Çelik",
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Melnyk",
    "Volkov",
    "Sokolov",
    "Morozov",
    "Orlov",
    "Zaitsev",
    "Kuznetsov",
    "Lebedev",
    "Popescu",
    "Ionescu",
    "Constantinescu",
    "Petrović",
    "Jovanović",
    "Horváth",
    "Szabó",
    "Tóth",
    "Nagy",
    "O'Brien",
    "McAllister",
    "Van der Berg",
    "De Luca",
    "Rossi",
    "Ferrari",
    "Esposito",
    "Bianchi",
];
