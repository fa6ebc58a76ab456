//! The canonical outlet table of `assets/outlets.toml`: one name per outlet, whatever the
//! page calls it. "TTO", "Tuổi Trẻ Online" and "tuoitre.vn" are `Tuổi Trẻ`; "NLĐO" is
//! `Người Lao Động`; "Baonghean.vn" is `Báo Nghệ An`. Names are matched folded (case and
//! diacritics ignored); an address is matched by its host.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    outlet: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    #[serde(default)]
    short: Vec<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    aggregator: bool,
    #[serde(default)]
    agency: bool,
}

/// One outlet of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    pub name: String,
    /// A page that gathers other outlets' articles (the origin it credits is the source).
    pub aggregator: bool,
    /// A news agency: a credit, never the publishing outlet.
    pub agency: bool,
}

/// The outlet table, looked up by folded name or host.
#[derive(Debug, Default)]
pub struct Outlets {
    outlets: Vec<Outlet>,
    /// Every name and short form as pages write them, in table order.
    forms: Vec<String>,
    by_name: HashMap<String, usize>,
    by_host: HashMap<String, usize>,
}

/// Words a page adds to an outlet's name that do not change the outlet: "Báo Dân trí",
/// "Dân trí Online", "Báo điện tử Dân trí".
const DECORATIONS: [&str; 5] = ["bao dien tu ", "bao ", "tap chi ", " online", " dien tu"];

impl Outlets {
    pub fn from_toml(s: &str) -> Result<Self, String> {
        let f: File = toml::from_str(s).map_err(|e| e.to_string())?;
        let mut t = Outlets::default();
        for e in f.outlet {
            let i = t.outlets.len();
            for n in std::iter::once(&e.name).chain(&e.short).chain(&e.domains) {
                if let Some(&j) = t.by_name.get(&key(n)) {
                    if j != i {
                        return Err(format!(
                            "\"{n}\" names both {} and {}",
                            t.outlets[j].name, e.name
                        ));
                    }
                }
                t.by_name.insert(key(n), i);
            }
            // "Báo Tuổi Trẻ" beside "Tuổi Trẻ": the page writes the outlet's name inside it.
            let names: Vec<&String> = std::iter::once(&e.name).chain(&e.short).collect();
            let decorated = |n: &str| {
                let k = key(n);
                DECORATIONS.iter().any(|d| {
                    let bare = if d.starts_with(' ') {
                        k.strip_suffix(d)
                    } else {
                        k.strip_prefix(d)
                    };
                    bare.is_some_and(|b| names.iter().any(|m| key(m) == b))
                })
            };
            t.forms
                .extend(names.iter().filter(|n| !decorated(n)).map(|n| (*n).clone()));
            for d in &e.domains {
                t.by_host.insert(d.to_ascii_lowercase(), i);
            }
            t.outlets.push(Outlet {
                name: e.name,
                aggregator: e.aggregator,
                agency: e.agency,
            });
        }
        Ok(t)
    }

    /// The bundled table (its parsing is tested; a broken one stops the program, naming the file).
    pub fn bundled() -> &'static Outlets {
        static T: OnceLock<Outlets> = OnceLock::new();
        T.get_or_init(|| {
            crate::lexicon::bundled(
                "outlets.toml",
                Outlets::from_toml(include_str!("../assets/outlets.toml")),
            )
        })
    }

    /// Every outlet's name and short forms, as pages write them ("Tuổi Trẻ", "TTO",
    /// "Baonghean.vn"): what the line cleaner looks for in a page's furniture.
    pub fn written_forms(&self) -> &[String] {
        &self.forms
    }

    /// The outlet a name stands for: "TTO" → Tuổi Trẻ, "Báo Dân trí" → Dân trí,
    /// "baonghean.vn" → Báo Nghệ An; an unknown name → none.
    pub fn lookup(&self, name: &str) -> Option<&Outlet> {
        let k = key(name);
        if let Some(&i) = self.by_name.get(&k) {
            return Some(&self.outlets[i]);
        }
        let k = k.strip_prefix("www.").unwrap_or(&k);
        if let Some(&i) = self.by_host.get(k) {
            return Some(&self.outlets[i]);
        }
        for d in DECORATIONS {
            let bare = if d.starts_with(' ') {
                k.strip_suffix(d)
            } else {
                k.strip_prefix(d)
            };
            if let Some(&i) = bare.and_then(|b| self.by_name.get(b)) {
                return Some(&self.outlets[i]);
            }
        }
        None
    }

    /// The canonical name of an outlet name, if the table knows it.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.lookup(name).map(|o| o.name.as_str())
    }

    /// The outlet of a host ("tuoitre.vn", "m.dantri.com.vn" without its prefix), also
    /// a subdomain of a known host ("english.vov.vn" → VOV).
    pub fn by_host(&self, host: &str) -> Option<&Outlet> {
        let host = host.to_ascii_lowercase();
        let mut h = host.as_str();
        loop {
            if let Some(&i) = self.by_host.get(h) {
                return Some(&self.outlets[i]);
            }
            let (_, rest) = h.split_once('.')?;
            if !rest.contains('.') {
                return None;
            }
            h = rest;
        }
    }
}

fn key(s: &str) -> String {
    fold(s.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_table_parses_and_names_one_outlet_once() {
        let t = Outlets::from_toml(include_str!("../assets/outlets.toml")).unwrap();
        assert!(t.outlets.len() >= 60, "{} outlets", t.outlets.len());
    }

    #[test]
    fn short_forms_domains_and_decorations_give_the_canonical_name() {
        let t = Outlets::bundled();
        assert_eq!(t.canonical("TTO"), Some("Tuổi Trẻ"));
        assert_eq!(t.canonical("Tuổi Trẻ Online"), Some("Tuổi Trẻ"));
        assert_eq!(t.canonical("tuoitre.vn"), Some("Tuổi Trẻ"));
        assert_eq!(t.canonical("NLĐO"), Some("Người Lao Động"));
        assert_eq!(t.canonical("Baonghean.vn"), Some("Báo Nghệ An"));
        assert_eq!(t.canonical("ANTĐ"), Some("An ninh Thủ đô"));
        assert_eq!(t.canonical("Báo Dân trí"), Some("Dân trí"));
        assert_eq!(
            t.canonical("ĐÀ NẴNG"),
            None,
            "a place dateline is no outlet"
        );
        assert_eq!(
            t.by_host("dantri.com.vn").map(|o| o.name.as_str()),
            Some("Dân trí")
        );
        assert_eq!(
            t.by_host("english.vov.vn").map(|o| o.name.as_str()),
            Some("VOV")
        );
        assert_eq!(t.by_host("example.com"), None);
    }
}
