//! What a page says about itself: JSON-LD (`NewsArticle` and its kin, also inside
//! `@graph`), Open Graph and `article:` meta tags, `<meta name="pubdate">` and the like,
//! `<time datetime>`, the canonical link, and the date stamp of its address.

use super::date::{parse_stamp, url_date};
use super::dom::collapse;
use super::Meta;
use crate::article::Date;
use scraper::{Html, Selector};
use serde_json::Value;

/// Whether a JSON-LD type is an article's ("NewsArticle"; `article_types` of
/// `assets/page.toml`).
fn article_type(t: &str) -> bool {
    super::rules::PageRules::bundled()
        .html
        .article_types
        .contains(t)
}

#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    authors: Vec<String>,
    url: Option<String>,
}

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

/// Read the page's metadata. `url_hint` is an address known from outside the page (an
/// MHTML archive's `Content-Location`).
pub fn read(doc: &Html, url_hint: Option<&str>) -> Meta {
    let mut meta = Meta::default();
    let ld = json_ld(doc);
    let tag = |keys: &[&str]| meta_content(doc, keys);

    // Headline candidates, best first.
    let mut titles = Vec::new();
    titles.extend(ld.as_ref().and_then(|a| a.headline.clone()));
    titles.extend(tag(&["og:title", "twitter:title", "title"]));
    if let Some(t) = sel("title").and_then(|s| doc.select(&s).next()) {
        titles.push(collapse(&t.text().collect::<String>()));
    }
    let site = ld
        .as_ref()
        .and_then(|a| a.publisher.clone())
        .or_else(|| tag(&["og:site_name", "application-name", "al:android:app_name"]));
    for t in titles {
        let t = strip_site_suffix(&t, site.as_deref());
        // A title that is only a date ("Thứ Hai, 07/03/2022 09:15", the first line of a
        // document Word saved as a web page) names no article.
        if !t.is_empty() && !meta.titles.contains(&t) && !crate::clean::is_stamp(&t) {
            meta.titles.push(t);
        }
    }

    // The address: canonical link, og:url, JSON-LD url, the archive's location. A web
    // archive's or a cache's copy gives its own address there: the address it keeps a
    // copy of is the article's, and the copy's name and time stamps are none of its.
    let canonical_href = sel("link[rel~=canonical]")
        .and_then(|s| doc.select(&s).next())
        .and_then(|l| l.value().attr("href"))
        .map(str::trim);
    let own = canonical_href
        .map(str::to_string)
        .or_else(|| tag(&["og:url"]));
    // A copy whose own address holds the original's ("web.archive.org/web/…/https://…")
    // keeps the original's head: its name and stamps are the article's.
    let wrapper = own
        .as_deref()
        .filter(|o| embedded(o).is_none())
        .and_then(host)
        .filter(|h| rewrites_links(doc, h));
    let canonical = canonical_href
        .map(unarchived)
        .filter(|h| h.starts_with("http"))
        .map(str::to_string);
    let not_wrapper = |u: &String| wrapper.is_none() || host(u) != wrapper;
    meta.url = canonical
        .filter(not_wrapper)
        .or_else(|| {
            tag(&["og:url"])
                .map(|u| unarchived(&u).to_string())
                .filter(|u| u.starts_with("http"))
        })
        .or_else(|| {
            ld.as_ref()
                .and_then(|a| a.url.as_deref())
                .map(|u| unarchived(u).to_string())
        })
        .filter(not_wrapper)
        .or_else(|| wrapper.as_deref().and_then(|w| kept_address(doc, w)))
        .or_else(|| {
            url_hint
                .filter(|u| u.starts_with("http"))
                .map(str::to_string)
        })
        .or_else(|| source_link(doc));
    meta.host = meta.url.as_deref().and_then(host);

    // Publication date: the article's own stamps before the address'.
    let time_el = sel("[itemprop=datePublished], time[datetime], time[pubdate]").and_then(|s| {
        doc.select(&s).find_map(|e| {
            let v = e.value();
            v.attr("content").or(v.attr("datetime")).map(str::to_string)
        })
    });
    let stamps: [(&'static str, Option<String>); 4] = [
        (
            "json-ld datePublished",
            ld.as_ref().and_then(|a| a.published.clone()),
        ),
        (
            "meta article:published_time",
            tag(&[
                "article:published_time",
                "og:article:published_time",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc.date.issued",
                "dc.date",
                "date",
                "article.published",
                "sailthru.date",
                "parsely-pub-date",
            ]),
        ),
        ("time datetime", time_el),
        (
            "meta dateCreated",
            tag(&["datecreated", "article:created_time"]),
        ),
    ];
    // A wrapper's copy stamps the time it was made, not the article's.
    let mut stamps = stamps.into_iter().filter(|_| wrapper.is_none());
    meta.date = stamps
        .find_map(|(what, s)| s.as_deref().and_then(parse_stamp).map(|d| (d, what)))
        .or_else(|| {
            meta.url
                .as_deref()
                .and_then(url_date)
                .map(|d: Date| (d, "address"))
        });

    meta.site = site
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty())
        .filter(|s| {
            !wrapper
                .as_deref()
                .is_some_and(|w| s.eq_ignore_ascii_case(w))
        });
    meta.author = ld
        .as_ref()
        .and_then(|a| a.authors.first().cloned())
        .or_else(|| tag(&["author", "article:author", "dc.creator", "byl"]))
        .map(|a| collapse(&a))
        .filter(|a| is_person_name(a));
    meta.is_article =
        ld.is_some() || tag(&["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article"));
    meta.is_discussion = ld.is_none() && json_ld_types(doc).iter().any(|t| discussion_type(t));
    meta
}

/// Whether a JSON-LD type is a discussion post's ("DiscussionForumPosting";
/// `discussion_types` of `assets/page.toml`).
fn discussion_type(t: &str) -> bool {
    super::rules::PageRules::bundled()
        .html
        .discussion_types
        .contains(t)
}

/// The `@type`s of the page's JSON-LD objects, nested ones and `@graph`s included.
fn json_ld_types(doc: &Html) -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
            Value::Object(o) => {
                match o.get("@type") {
                    Some(Value::String(t)) => out.push(t.clone()),
                    Some(Value::Array(ts)) => {
                        out.extend(ts.iter().filter_map(|t| t.as_str().map(str::to_string)));
                    }
                    _ => {}
                }
                o.values().for_each(|v| collect(v, out));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for v in json_ld_blocks(doc) {
        collect(&v, &mut out);
    }
    out
}

/// Whether the page's links of host `own` hold other addresses ("https://archive.ph/o/
/// Qx7Rm/https://baothanhhoa.vn/…"), `wrapper_min_links` of them or more: the page is a
/// copy that a web archive, a cache or a proxy keeps, and rewrote its links to go through
/// itself.
fn rewrites_links(doc: &Html, own: &str) -> bool {
    let Some(s) = sel("a[href], link[href]") else {
        return false;
    };
    let min = super::rules::PageRules::bundled().html.wrapper_min_links;
    doc.select(&s)
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| host(h).as_deref() == Some(own) && embedded(h).is_some())
        .nth(min.saturating_sub(1))
        .is_some()
}

/// The address a wrapper (of host `wrapper`) keeps a copy of: the first, in page order, of
/// the addresses its bookmark link, its toolbar's field and its links give ("Saved from
/// https://baothanhhoa.vn/…"), through the wrapper or not, that is an article's address of
/// another host.
fn kept_address(doc: &Html, wrapper: &str) -> Option<String> {
    let s = sel("link[rel~=bookmark][href], input[value], a[href]")?;
    doc.select(&s).find_map(|e| {
        let v = e.value();
        let raw = v.attr("href").or(v.attr("value"))?.trim();
        let u = unarchived(raw);
        let h = host(u)?;
        (u.starts_with("http") && h != wrapper && has_path(u)).then(|| u.to_string())
    })
}

/// An address with a path past its host ("https://baobinhduong.vn/…-a265417.html"), not a
/// site's home page.
fn has_path(url: &str) -> bool {
    url.split_once("://")
        .and_then(|(_, rest)| rest.split_once('/'))
        .is_some_and(|(_, path)| !path.trim_matches('/').is_empty())
}

/// A page that gives no address of its own but links to where it came from under the
/// headline's masthead, the link's text that address' host ("<a class=\"reader-domain\"
/// href=\"https://baobinhduong.vn/…\">baobinhduong.vn</a>" in a page saved from a
/// browser's reader view): that address, if the link comes before the headline.
fn source_link(doc: &Html) -> Option<String> {
    let s = sel("a[href], h1")?;
    for e in doc.select(&s) {
        if e.value().name() == "h1" {
            return None;
        }
        let href = e.value().attr("href")?.trim();
        let text = collapse(&e.text().collect::<String>()).to_ascii_lowercase();
        let text = text.strip_prefix("www.").unwrap_or(&text);
        if href.starts_with("http")
            && has_path(href)
            && text.contains('.')
            && host(href).as_deref() == Some(text)
        {
            return Some(href.to_string());
        }
    }
    None
}

/// The first meta tag's `content` among `keys` (matched against `property`, `name` and
/// `itemprop`, ignoring case), in the order of `keys`.
fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    let s = sel("meta")?;
    let metas: Vec<_> = doc.select(&s).collect();
    keys.iter().find_map(|k| {
        metas.iter().find_map(|m| {
            let v = m.value();
            let name = v
                .attr("property")
                .or(v.attr("name"))
                .or(v.attr("itemprop"))?;
            (name.trim().eq_ignore_ascii_case(k))
                .then(|| v.attr("content"))
                .flatten()
                .map(collapse)
                .filter(|c| !c.is_empty())
        })
    })
}

/// The first article object in the page's JSON-LD blocks.
fn json_ld(doc: &Html) -> Option<LdArticle> {
    json_ld_blocks(doc).find_map(|v| find_article(&v))
}

/// The page's JSON-LD blocks, parsed, in page order. A block that does not parse is
/// skipped (CMSes write trailing commas and raw newlines in strings).
fn json_ld_blocks(doc: &Html) -> impl Iterator<Item = Value> + '_ {
    sel("script[type=\"application/ld+json\"]")
        .into_iter()
        .flat_map(move |s| doc.select(&s).collect::<Vec<_>>())
        .filter_map(|script| {
            let raw: String = script.text().collect();
            serde_json::from_str(raw.trim())
                .or_else(|_| serde_json::from_str(&raw.replace(['\n', '\r', '\t'], " ")))
                .ok()
        })
}

fn find_article(v: &Value) -> Option<LdArticle> {
    match v {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph") {
                if let Some(a) = find_article(graph) {
                    return Some(a);
                }
            }
            let is_article = match o.get("@type") {
                Some(Value::String(t)) => article_type(t),
                Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(article_type)),
                _ => false,
            };
            if !is_article {
                return None;
            }
            Some(LdArticle {
                headline: text_of(o.get("headline")).or_else(|| text_of(o.get("name"))),
                published: text_of(o.get("datePublished"))
                    .or_else(|| text_of(o.get("dateCreated"))),
                publisher: o.get("publisher").and_then(name_of),
                authors: match o.get("author") {
                    Some(Value::Array(a)) => a.iter().filter_map(name_of).collect(),
                    Some(a) => name_of(a).into_iter().collect(),
                    None => Vec::new(),
                },
                url: text_of(o.get("url"))
                    .or_else(|| o.get("mainEntityOfPage").and_then(id_of))
                    .filter(|u| u.starts_with("http")),
            })
        }
        _ => None,
    }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    let s = collapse(&decode_entities(v?.as_str()?));
    (!s.is_empty()).then_some(s)
}

/// JSON-LD strings are raw text, but CMSes put HTML entities in them (`&quot;`): read them
/// through the HTML parser, which knows every entity.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let frag = Html::parse_fragment(s);
    frag.root_element().text().collect()
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => text_of(Some(v)),
        Value::Object(o) => text_of(o.get("name")),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
}

fn id_of(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => text_of(Some(v)),
        Value::Object(o) => text_of(o.get("@id")).or_else(|| text_of(o.get("url"))),
        _ => None,
    }
}

/// A title without the site's name after a separator: "Nga và NATO … - VnExpress",
/// "… | Báo Dân trí", "… - Tuổi Trẻ Online". The part after the last " - ", " | ", " – "
/// goes when it names the site, is an outlet the table knows or a host name, or is short
/// (four words at most) and the rest more than twice as long.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            let names_site = site.is_some_and(|s| {
                let (s, t) = (s.to_lowercase(), tail.to_lowercase());
                t.contains(&s) || s.contains(&t)
            });
            let short_tail = tail.split_whitespace().count() <= 4
                && head.split_whitespace().count() > tail.split_whitespace().count() * 2;
            let looks_site = (tail.contains('.') && !tail.contains(' '))
                || crate::outlets::Outlets::bundled().lookup(tail).is_some();
            if names_site || looks_site || short_tail {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// A person's name, not an outlet, an address or an office: at most six words, no digits,
/// no "@", no "http", no "Báo"/"Tạp chí" start.
fn is_person_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let lower = s.to_lowercase();
    (1..=6).contains(&words)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || c == '@' || c == '/')
        && !lower.starts_with("báo ")
        && !lower.starts_with("tạp chí")
        && !lower.contains(".vn")
        && !lower.contains(".com")
        && crate::outlets::Outlets::bundled().canonical(s).is_none()
}

/// The address a web archive's copy stands for: "https://web.archive.org/web/
/// 20220114093512/https://www.qdnd.vn/…" (or "/web/20220114093512id_/https://…", as a
/// saved copy links it) is "https://www.qdnd.vn/…", as is "https://archive.ph/2022.01.12-
/// 160211/https://…" or any address holding a whole other one in its path; any other
/// address is itself.
pub fn unarchived(url: &str) -> &str {
    embedded(url).unwrap_or(url)
}

/// The whole address inside another's path ("https://archive.ph/o/Qx7Rm/https://…" holds
/// "https://…"): the first one, past the outer address' host.
fn embedded(url: &str) -> Option<&str> {
    // A link may be relative to its page ("/web/20220114093512id_/https://…").
    let path = if url.starts_with('/') {
        url
    } else {
        let after_scheme = url.find("://")? + 3;
        &url[after_scheme + url[after_scheme..].find('/')?..]
    };
    ["/https://", "/http://"]
        .iter()
        .filter_map(|m| path.find(m))
        .min()
        .map(|i| &path[i + 1..])
}

/// The host of an address, lower-case, without `www.` or `m.`/`amp.` mobile prefixes.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .or_else(|| host.strip_prefix("amp."))
        .unwrap_or(&host)
        .to_string();
    (!host.is_empty()).then_some(host)
}
