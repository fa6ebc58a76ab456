//! "Long Name (ABBR)" and "ABBR (Long Name)" pairs in one paragraph, which teach that a
//! name and its abbreviation are one actor, for names the gazetteer does not list too
//! ("Viện Nghiên cứu Chiến lược Quốc tế (IISS)", "International Crisis Group (ICG)").

use super::discover::Para;
use super::words::{is_acronym, is_capitalised, Tok, TokKind};
use crate::model::ActorKind;

/// One side of an abbreviation pair.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Long {
    /// A known name, by the target of the pattern that matched it.
    Known(usize),
    Text(String, ActorKind),
}

/// "Long Name (ABBR)" or "ABBR (Long Name)".
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Abbreviation {
    pub long: Long,
    pub abbr: String,
}

impl Para<'_> {
    /// The text of token `i` when it is an acronym (a word, or a gazetteer match).
    fn acronym(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        let w = &self.text[t.start..t.end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (matches!(t.kind, TokKind::Word | TokKind::NameHit(_))
            && is_acronym(w)
            && (2..=10).contains(&letters))
        .then_some(w)
    }

    /// An abbreviation pair around the "(" at token `i`.
    pub(super) fn abbreviation_at(
        &self,
        i: usize,
        org_ends: &[(usize, String)],
    ) -> Option<Abbreviation> {
        if self.toks[i].punct() != Some('(') || i == 0 {
            return None;
        }
        if let Some(abbr) = self.acronym(i + 1) {
            if self.toks.get(i + 2).and_then(Tok::punct) == Some(')') {
                let long = self.long_before(i - 1, abbr, org_ends)?;
                return Some(Abbreviation {
                    long,
                    abbr: abbr.to_string(),
                });
            }
        }
        // "INF (“Hiệp ước Lực lượng Hạt nhân Tầm trung”)".
        let abbr = self.acronym(i - 1)?;
        let quote = |k: usize| {
            self.toks
                .get(k)
                .and_then(Tok::punct)
                .is_some_and(|c| ['"', '“', '”'].contains(&c))
        };
        let mut a = i + 1;
        if quote(a) {
            a += 1;
        }
        let mut b = a;
        while b + 1 < self.toks.len()
            && self.toks[b + 1].spaced
            && self.toks[b + 1].punct().is_none()
        {
            b += 1;
        }
        let closes = if quote(b + 1) { b + 2 } else { b + 1 };
        if b <= a || self.toks.get(closes).and_then(Tok::punct) != Some(')') || !self.name_word(a) {
            return None;
        }
        let long = self.text[self.toks[a].start..self.toks[b].end].to_string();
        Some(Abbreviation {
            long: Long::Text(long, self.head_kind(a).unwrap_or(ActorKind::Organization)),
            abbr: abbr.to_string(),
        })
    }

    /// The kind a head noun at token `i` gives a name.
    fn head_kind(&self, i: usize) -> Option<ActorKind> {
        if self.phrase_at(&self.lex.other_heads, i).is_some() {
            Some(ActorKind::Other)
        } else if self.phrase_at(&self.lex.org_heads, i).is_some() {
            Some(ActorKind::Organization)
        } else {
            None
        }
    }

    /// The long form ending at token `p`, right before "(ABBR)".
    fn long_before(&self, p: usize, abbr: &str, org_ends: &[(usize, String)]) -> Option<Long> {
        // A listed organisation right before the brackets; a country or place there ends
        // a longer name instead ("Trung tâm Kiểm soát ... Mỹ (USCDC)").
        if let Some(info) = self.hit_info(p) {
            if matches!(info.kind, ActorKind::Organization | ActorKind::Other) {
                return Some(Long::Known(info.target));
            }
            if info.kind == ActorKind::Person {
                return None;
            }
        }
        if let Some((_, org)) = org_ends.iter().find(|(e, _)| *e == p) {
            return Some(Long::Text(org.clone(), ActorKind::Organization));
        }
        // The nearest head noun in the clause that is not a possessor after "của":
        // "Bộ Tư lệnh châu Âu của Quân đội Mỹ", "Hội đồng Tổ chức Hiệp ước ... (NATO)".
        let mut best = None;
        let mut j = p;
        for _ in 0..14 {
            if self.toks[j].punct().is_some() {
                break;
            }
            let possessed = j > 0 && self.lex.possessives.contains(self.lower_word(j - 1));
            if is_capitalised(self.word(j)) && !possessed {
                if let Some(kind) = self.head_kind(j) {
                    best = Some((j, kind));
                    break;
                }
            }
            if j == 0 || !self.toks[j].spaced {
                break;
            }
            j -= 1;
        }
        if let Some((j, kind)) = best {
            if j < p {
                let long = self.text[self.toks[j].start..self.toks[p].end].to_string();
                return Some(Long::Text(long, kind));
            }
        }
        // "International Crisis Group (ICG)": capitalised words whose initials spell it.
        let mut j = p;
        while j > 0 && self.toks[j].spaced && (self.name_word(j - 1) || self.particle(j - 1)) {
            j -= 1;
        }
        let initials: String = (j..=p)
            .filter(|&k| self.name_word(k))
            .filter_map(|k| self.word(k).chars().next())
            .collect();
        let letters: String = abbr.chars().filter(|c| c.is_alphabetic()).collect();
        (self.name_word(p) && p > j && initials == letters).then(|| {
            Long::Text(
                self.text[self.toks[j].start..self.toks[p].end].to_string(),
                ActorKind::Organization,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actors::discover::tests::findings;

    fn pairs(text: &str) -> Vec<(Long, String)> {
        findings(text)
            .abbreviations
            .into_iter()
            .map(|(_, a)| (a.long, a.abbr))
            .collect()
    }

    fn text(long: &str, kind: ActorKind) -> Long {
        Long::Text(long.into(), kind)
    }

    #[test]
    fn long_names_are_learnt_from_their_abbreviations() {
        let org = ActorKind::Organization;
        assert_eq!(
            pairs("Theo Viện Nghiên cứu Chiến lược Quốc tế (IISS) có trụ sở tại London"),
            [(
                text("Viện Nghiên cứu Chiến lược Quốc tế", org),
                "IISS".into()
            )]
        );
        assert_eq!(
            pairs("Trung tâm Kiểm soát và Phòng ngừa bệnh tật Mỹ (USCDC) cho hay"),
            [(
                text("Trung tâm Kiểm soát và Phòng ngừa bệnh tật Mỹ", org),
                "USCDC".into()
            )]
        );
        assert_eq!(
            pairs("các nhà phân tích của International Crisis Group (ICG) cảnh báo"),
            [(text("International Crisis Group", org), "ICG".into())]
        );
        assert_eq!(
            pairs("vấn đề trở lại INF (“Hiệp ước Lực lượng Hạt nhân Tầm trung”) hay"),
            [(
                text("Hiệp ước Lực lượng Hạt nhân Tầm trung", ActorKind::Other),
                "INF".into()
            )]
        );
        let known = pairs("của Liên minh châu Âu (EU) Josep Borrell");
        assert!(matches!(known.as_slice(), [(Long::Known(_), a)] if a == "EU"));
    }

    #[test]
    fn brackets_that_are_not_abbreviations_teach_nothing() {
        assert!(pairs("ông Karl Bildt (EU) nói").is_empty());
        assert!(pairs("máy bay không người lái (UAV) và Brussels (Bỉ)").is_empty());
        assert!(pairs("Tổng thư ký NATO Jens Stoltenberg (Ảnh: Delfi)").is_empty());
    }
}
