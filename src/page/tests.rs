//! Pages read end to end: format sniffing, charsets, blocks, metadata.

use super::*;

#[test]
fn the_bundled_page_rules_parse() {
    let rules = PageRules::from_toml(include_str!("../../assets/page.toml"));
    assert!(rules.is_ok(), "{:?}", rules.err());
}
