#!/usr/bin/env python3
"""Build the raw article fixtures from their tagged sources, and check the expectations.

Each ``src/<name>.src`` holds one raw page, one output line per source line. A line is
either empty (an empty output line), a ``#`` comment (not output), or ``X|text`` where X
says what a careful reader takes the line to be:

  T headline          I lead of an article that has no headline (starts a new article)
  P body paragraph    H subheading        C caption (first printing)
  D dateline          A byline / credit   B boilerplate        c caption printed again

The tags are the author's reading of the page; the ``<name>.expected.toml`` files are
written by hand and ``check`` only verifies that they agree with that reading and with
the bytes on disk. An optional ``[model]`` table (actors, not_actors, events) is checked for
form: actors written so in the article text, not_actors present in the file.

The output encoding follows the file name: ``*.cp1258`` Windows-1258 with combining tone
marks (foreign letters it has, such as ö and å, precomposed), ``*.nfd-crlf`` UTF-8 NFD with CRLF, ``*.utf16`` UTF-16 LE with BOM and CRLF,
``*.bom`` UTF-8 with BOM, anything else plain UTF-8 (NFC, LF).

Usage: fixtures.py build | fixtures.py check
"""
import pathlib
import re
import sys
import tomllib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SRC = HERE / "src"
TAG = re.compile(r"^([TIPHCcDAB])\|(.*)$")
NOEOL = {"vnexpress-macron-putin", "noheadline-zelensky-munich", "facebook-bennett-moscow.utf16"}
# Feed dumps whose items are articles of one or two paragraphs (title, link, pubDate, description).
FEEDS = {"tuoitre-rss-feed-december"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Combining marks that cp1258 keeps inside precomposed letters (â ê ô ă ơ ư).
KEEP_COMPOSED = {"\u0302", "\u0306", "\u031b"}
# Marks of foreign names that cp1258 also keeps precomposed where it has the letter (ö, ü, å, ç).
LATIN_MARKS = {"\u0308", "\u030a", "\u0327"}


def parse(path):
    """Return [(tag, text)] for every output line (tag '' for an empty line)."""
    lines = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if raw.startswith("#"):
            continue
        if raw == "":
            lines.append(("", ""))
            continue
        m = TAG.match(raw)
        if not m:
            sys.exit(f"{path.name}:{n}: untagged line: {raw!r}")
        lines.append((m.group(1), m.group(2)))
    while lines and lines[-1] == ("", ""):
        lines.pop()
    return lines


def to_cp1258(text):
    """NFC text as Windows writes Vietnamese in cp1258: base letters with circumflex,
    breve and horn precomposed, tone marks as combining characters."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if (ch in KEEP_COMPOSED or ch in LATIN_MARKS) and out:
            # Find the base letter this mark belongs to (skip tone marks already emitted).
            i = len(out) - 1
            while i > 0 and unicodedata.combining(out[i]):
                i -= 1
            composed = unicodedata.normalize("NFC", out[i] + ch)
            if len(composed) == 1 and (ch in KEEP_COMPOSED or composed.encode("cp1258", "ignore")):
                out[i] = composed
                continue
        out.append(ch)
    data = "".join(out).encode("cp1258")
    back = unicodedata.normalize("NFC", data.decode("cp1258"))
    assert back == text, "cp1258 round trip failed"
    return data


def encode(name, text):
    if name.endswith(".cp1258"):
        return to_cp1258(text)
    if name.endswith(".nfd-crlf"):
        return unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode("utf-8")
    if name.endswith(".utf16"):
        return b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")
    if name.endswith(".bom"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def decode(name, data):
    if name.endswith(".cp1258"):
        text = data.decode("cp1258")
    elif data.startswith(b"\xff\xfe"):
        text = data[2:].decode("utf-16-le")
    else:
        text = data.decode("utf-8-sig")
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n")


def render(name, lines):
    text = "\n".join(t for _, t in lines)
    if name not in NOEOL:
        text += "\n"
    assert unicodedata.is_normalized("NFC", text), f"{name}: source is not NFC"
    return text


def sources():
    return sorted(SRC.glob("*.src"))


def build():
    for src in sources():
        name = src.name[: -len(".src")]
        data = encode(name, render(name, parse(src)))
        (OUT / f"{name}.txt").write_bytes(data)
        print(f"wrote {name}.txt ({len(data)} bytes)")


def articles(lines):
    """Split tagged lines into articles as the tags say."""
    arts = []
    pending_dates = []
    for tag, text in lines:
        if tag in ("T", "I"):
            arts.append({"title": text if tag == "T" else None, "lead": text if tag == "I" else None,
                         "paras": [], "dates": pending_dates})
            pending_dates = []
            if tag == "I":
                arts[-1]["paras"].append(("P", text))
        elif tag in ("P", "H", "C"):
            arts[-1]["paras"].append((tag, text))
        elif tag == "D":
            (arts[-1]["dates"] if arts else pending_dates).append(text)
    return arts


def check_model(name, model, text, arts, fail):
    """The optional [model] table: `actors` (and `missed`) written as in some article's text,
    `not_actors` (and `mistaken`) found somewhere in the file and not listed as actors, `events`
    as YYYY, YYYY-MM or YYYY-MM-DD."""
    if model is None:
        return
    for k in model:
        if k not in ("actors", "not_actors", "events", "missed", "mistaken"):
            fail(f"{name}: [model] unknown key {k}")
    raw = [t for a in arts for _, t in a["paras"]] + [a["title"] for a in arts if a["title"]]
    # `missed`/`mistaken`: known defects of dossier, held to the same rules.
    for s in model.get("actors", []) + model.get("missed", []):
        if not any(s in t for t in raw):
            fail(f"{name}: [model] actor {s!r} is not written so in any article text")
    for s in model.get("not_actors", []) + model.get("mistaken", []):
        if s not in text:
            fail(f"{name}: [model] not_actor {s!r} does not occur in the file")
        if s in model.get("actors", []):
            fail(f"{name}: [model] {s!r} is both an actor and not one")
    for d in model.get("events", []):
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
        if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12) or (m.group(3) and not 1 <= int(m.group(3)) <= 31):
            fail(f"{name}: [model] event {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def check():
    bad = []

    def fail(msg):
        bad.append(msg)

    for src in sources():
        name = src.name[: -len(".src")]
        lines = parse(src)
        text = render(name, lines)
        path = OUT / f"{name}.txt"
        data = path.read_bytes()
        if data != encode(name, text):
            fail(f"{name}: file on disk differs from its source (run build)")
        if decode(name, data) != text:
            fail(f"{name}: decoding the file does not give the source text back")
        exp_path = OUT / f"{name}.expected.toml"
        if not exp_path.exists():
            fail(f"{name}: no expected.toml")
            continue
        doc = tomllib.loads(exp_path.read_text(encoding="utf-8"))
        for k in doc:
            if k not in ("article", "model"):
                fail(f"{name}: unknown table {k}")
        exp = doc["article"]
        arts = articles(lines)
        if len(exp) != len(arts):
            fail(f"{name}: {len(exp)} expected articles, tags say {len(arts)}")
            continue
        folded_text = text.casefold()
        article_text = [t.casefold() for a in arts for _, t in a["paras"]]
        article_text += [a["title"].casefold() for a in arts if a["title"]]
        check_model(name, doc.get("model"), text, arts, fail)
        for i, (e, a) in enumerate(zip(exp, arts), 1):
            where = f"{name}#{i}"
            paras = a["paras"]
            allowed = {"title", "title_inferred", "title_prefix", "date", "date_basis", "source",
                       "author", "paragraphs", "first", "last", "headings", "captions", "absent", "present"}
            for k in e:
                if k not in allowed:
                    fail(f"{where}: unknown key {k}")
            if e["title_inferred"] != (a["title"] is None):
                fail(f"{where}: title_inferred disagrees with tags")
            if a["title"] is not None and e.get("title") != a["title"]:
                fail(f"{where}: title {e.get('title')!r} != {a['title']!r}")
            if a["title"] is None:
                prefix = e.get("title_prefix", "\0")
                # The inferred title may start after an outlet prefix such as "(Kiến Thức) - ".
                if "title" in e or not (a["lead"].startswith(prefix) or e.get("first", "").startswith(prefix)):
                    fail(f"{where}: bad title/title_prefix for an inferred title")
            if e["paragraphs"] != len(paras):
                fail(f"{where}: paragraphs {e['paragraphs']} != {len(paras)}")
            if not (1 if name in FEEDS else 6) <= len(paras) <= 20:
                fail(f"{where}: {len(paras)} paragraphs is outside 6..20")
            first = paras[0][1]
            if not (first.endswith(e["first"]) and len(first) - len(e["first"]) <= 20):
                fail(f"{where}: first does not match {first[:40]!r}")
            elif first != e["first"]:
                print(f"  {where}: outlet prefix {first[: len(first) - len(e['first'])]!r} removed from the lead")
            # A one-paragraph article (a feed item) ends with its lead, outlet prefix removed.
            if e["last"] != paras[-1][1] and not (len(paras) == 1 and e["last"] == e["first"]):
                fail(f"{where}: last != {paras[-1][1][:40]!r}")
            if e.get("headings", []) != [t for k, t in paras if k == "H"]:
                fail(f"{where}: headings disagree")
            if e.get("captions", []) != [t for k, t in paras if k == "C"]:
                fail(f"{where}: captions disagree")
            for s in e.get("present", []):
                if not any(s in t for _, t in paras):
                    fail(f"{where}: present {s!r} not in the article")
            if not e.get("absent"):
                fail(f"{where}: no absent strings")
            for s in e.get("absent", []):
                f = s.casefold()
                if f not in folded_text:
                    fail(f"{where}: absent {s!r} does not occur in the file at all")
                if any(f in t for t in article_text):
                    fail(f"{where}: absent {s!r} occurs in article text")
            if ("date" in e) != bool(a["dates"]) or ("date_basis" in e) != bool(a["dates"]):
                fail(f"{where}: date keys disagree with the dateline tags {a['dates']}")
            if "date" in e:
                y, m, d = e["date"].split("-")
                forms = [rf"\b0?{int(d)}\D0?{int(m)}\D{y}\b",  # 13/1/2022, 13-02-2022
                         rf"\b{y}-0?{int(m)}-0?{int(d)}\b",  # 2022-03-03
                         rf"\b0?{int(d)} tháng 0?{int(m)}(?:,| năm) {y}\b",  # 29 tháng 1 năm 2022, 11 tháng 1, 2022
                         rf"\b0?{int(d)} {MONTHS[int(m) - 1]} {y}\b"]  # RSS pubDate: Tue, 28 Dec 2021 08:30:00
                if not any(re.search(f, x) for f in forms for x in a["dates"]):
                    fail(f"{where}: date {e['date']} not in dateline {a['dates']}")
            for key in ("source", "author"):
                if key in e and e[key].casefold() not in folded_text:
                    fail(f"{where}: {key} {e[key]!r} not in the file")
    for msg in bad:
        print("FAIL", msg)
    print(f"{len(sources())} fixtures, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "build":
        build()
    else:
        sys.exit(check())
