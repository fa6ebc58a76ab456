//! Segmenting a page into articles: a header (menus, headline, dateline, byline), a body
//! (lead, paragraphs, subheadings, captions), and a tail (byline, widgets, lists of other
//! stories, comments) — and a second article when a new headline opens one.

use super::classify::{self, Kind};
use super::drafts;
use super::limits::SIGNATURE_LINE_MAX_WORDS;
use super::line::Line;
use super::meta;
use super::stamp;
use crate::article::{Date, Dropped, Paragraph, ParagraphKind};
use std::collections::HashSet;

/// An article as the segmenter found it, before ids and sources are settled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleDraft {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub author: Option<String>,
    /// The outlet the article names itself: a prefix on the lead ("TTO - ") or after the
    /// byline's slash ("Đức Anh/Báo Tin tức").
    pub lead_outlet: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub dropped: Vec<Dropped>,
    /// Dropped lines that are page furniture (where outlets name themselves).
    pub furniture: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Header,
    Body,
    /// After the article ended; `resumable` when a list header ended it, since an inline
    /// "Đọc thêm" box may sit inside an article.
    Tail {
        resumable: bool,
    },
}

struct Segmenter<'a> {
    lines: &'a [Line],
    kinds: &'a [Kind],
    drafts: Vec<ArticleDraft>,
    cur: ArticleDraft,
    header: Vec<usize>,
    state: State,
    /// Hashes of the current article's paragraph texts (a hit is confirmed by comparing).
    seen: HashSet<u64>,
    /// A list of other stories began since the current article's body ended.
    list_seen: bool,
    /// Hashes of the lines dropped so far in the file: page furniture printed again (a
    /// print view's page header) is furniture again.
    dropped_seen: HashSet<u64>,
}

pub fn segment(lines: &[Line], kinds: &[Kind]) -> Vec<ArticleDraft> {
    let mut s = Segmenter {
        lines,
        kinds,
        drafts: Vec::new(),
        cur: ArticleDraft::default(),
        header: Vec::new(),
        state: State::Header,
        seen: HashSet::new(),
        list_seen: false,
        dropped_seen: HashSet::new(),
    };
    let mut i = 0;
    while i < lines.len() {
        i = s.step(i);
    }
    s.finish_header_if_open();
    let cur = std::mem::take(&mut s.cur);
    s.push_draft(cur);
    let mut drafts = drafts::fold_stray_paragraphs(s.drafts);
    for d in &mut drafts {
        drafts::drop_pull_quotes(d);
    }
    drafts
}

impl<'a> Segmenter<'a> {
    fn line(&self, i: usize) -> &'a Line {
        &self.lines[i]
    }

    /// Handle line `i`; returns the next line to handle.
    fn step(&mut self, i: usize) -> usize {
        match self.state {
            State::Header => self.header_line(i),
            State::Body => self.body_line(i),
            State::Tail { resumable } => {
                // A labelled stamp, or the time under the byline that closed the body
                // ("Minh Châu · 15:32 18/02/2022" below the text).
                let under_byline = || {
                    (0..i)
                        .rev()
                        .find(|&k| !matches!(self.kinds[k], Kind::Junk(_)))
                        .is_some_and(|k| {
                            let author = self.cur.author.as_deref();
                            author.is_some_and(|a| self.line(k).text.contains(a))
                        })
                };
                let dates_article = matches!(self.kinds[i], Kind::Stamp(s)
                    if s.date.is_some() && (s.labelled || under_byline()));
                if dates_article && !resumable && self.cur.date.is_none() {
                    if let Kind::Stamp(s) = self.kinds[i] {
                        self.cur.date = s.date;
                    }
                } else if self.kinds[i] == Kind::Text && self.starts_article(i, !resumable) {
                    self.new_article(i);
                } else if resumable && self.resumes_body(i) {
                    self.state = State::Body;
                    return i;
                } else {
                    self.drop_line(i, false);
                }
                i + 1
            }
        }
    }

    fn header_line(&mut self, i: usize) -> usize {
        let l = self.line(i);
        // A lead ends like a statement; a headline may end with a question mark.
        let lead = l.is_prose() && (l.ends_statement() || l.words >= 35);
        if self.kinds[i] == Kind::Text && lead {
            let (outlet, text) = match meta::split_lead_outlet(&l.text) {
                Some((o, rest)) => (Some(o), rest),
                None => (None, l.text.clone()),
            };
            self.finish_header();
            self.cur.lead_outlet = outlet;
            self.push_para(ParagraphKind::Body, text);
            self.state = State::Body;
        } else {
            self.header.push(i);
        }
        i + 1
    }

    fn body_line(&mut self, i: usize) -> usize {
        let l = self.line(i);
        if self.is_repeat(&l.text) {
            self.drop_line_as(i, false, "repeated-paragraph");
            return i + 1;
        }
        let dropped_before = self.kinds[i] == Kind::Text
            && l.words <= 40
            && self.dropped_seen.contains(&text_hash(&l.text));
        match self.kinds[i] {
            Kind::Text if dropped_before => self.drop_line_as(i, true, "furniture-seen-before"),
            Kind::Text | Kind::Bullet if self.announced(i) => {
                self.push_para(ParagraphKind::Body, l.text.clone());
            }
            Kind::Text => {
                let next = self.next_kind(i);
                let next_prose =
                    next.is_some_and(|(k, n)| k == Kind::Text && self.line(n).is_prose());
                if next.is_some_and(|(_, n)| classify::is_embed_credit(self.line(n))) {
                    self.drop_line_as(i, true, "embedded-post"); // the text of an embedded post
                } else if next.is_some_and(|(k, n)| k == Kind::Text && self.line(n).text == l.text)
                {
                    // A line printed twice is a caption printed twice.
                    self.push_para(ParagraphKind::Caption, l.text.clone());
                } else if next.is_some_and(|(k, n)| {
                    k == Kind::Caption
                        && self.line(n).text.starts_with(l.text.trim_end_matches('.'))
                }) {
                    // the picture's alt text, printed above its caption
                    self.drop_line_as(i, true, "alt-text-above-caption");
                } else if self.starts_article(i, false) {
                    self.new_article(i);
                } else if self.asks_heading(i) {
                    self.push_para(ParagraphKind::Heading, l.text.clone());
                } else if l.is_prose() {
                    self.push_para(ParagraphKind::Body, l.text.clone());
                } else if l.is_capitals_label() && l.words <= 3 && next_prose {
                    // "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:": a document's enacting words over its
                    // articles, printed in full.
                    self.push_para(ParagraphKind::Body, l.text.clone());
                } else if let Some(end) = self.signature_block(i) {
                    for k in i..end {
                        self.push_para(ParagraphKind::Body, self.line(k).text.clone());
                    }
                    return end;
                } else if l.is_name_like() && self.ends_body_after(i) && !self.in_short_list(i) {
                    // "Theo TASS, AP, Reuters" under a byline printed at the top names no
                    // author and keeps that one.
                    let author = meta::byline_author(l);
                    if author.is_some() {
                        self.cur.author = author;
                    }
                    if self.cur.lead_outlet.is_none() {
                        self.cur.lead_outlet = meta::byline_outlet(l);
                    }
                    self.state = State::Tail { resumable: false };
                } else if l.is_title_shaped() && next.is_some_and(|(k, _)| k == Kind::Caption) {
                    self.drop_line_as(i, true, "picture-title"); // the title of a picture or video
                } else if self.heads_text(i) {
                    self.push_para(ParagraphKind::Heading, l.text.clone());
                } else {
                    self.drop_line(i, true);
                }
            }
            Kind::Caption => self.push_para(ParagraphKind::Caption, l.text.clone()),
            Kind::Bullet if l.is_prose() => self.push_para(ParagraphKind::Body, l.text.clone()),
            // "1. Nội dung các đề xuất": a numbered subheading over running text.
            Kind::Bullet if self.heads_text(i) => {
                self.push_para(ParagraphKind::Heading, l.text.clone());
            }
            Kind::ListHeader => {
                self.drop_line(i, false);
                self.state = State::Tail { resumable: true };
            }
            Kind::Stamp(s) if s.date.is_some() => {
                if s.labelled && self.cur.date.is_none() {
                    self.cur.date = s.date;
                    self.byline_beside_stamp(i);
                } else {
                    self.drop_line(i, false);
                    self.state = State::Tail { resumable: true };
                }
            }
            _ => self.drop_line(i, true),
        }
        i + 1
    }

    /// Line `i` is an item of a list a paragraph announced with a colon ("…giá một số mặt
    /// hàng như sau:"), printed right under it (bulleted items may have blank lines between):
    /// article text, however short.
    fn announced(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            let item = self.line(k);
            // Such a list is short: a long run of short lines is a menu, and is not walked.
            if i - k > 30 || item.words > 30 || !matches!(self.kinds[k], Kind::Text | Kind::Bullet)
            {
                return false;
            }
            // A plain line is glued to what it continues; a bulleted item may stand apart.
            if k == 0 || (item.blank_before && self.kinds[k] != Kind::Bullet) {
                return false;
            }
            k -= 1;
            let above = self.line(k);
            if above.text.ends_with(':') {
                return self.kinds[k] == Kind::Text
                    && above.words >= 6
                    && self.cur.paragraphs.last().is_some();
            }
        }
    }

    /// The signature block of an official document printed in full ("TM. CHÍNH PHỦ" /
    /// "THỦ TƯỚNG" / "(Đã ký)" / "Phạm Minh Chính"): a line signing for an office (the
    /// `signs_for` marks of assets/boilerplate.toml), the signer's title in capitals and
    /// the bracketed mark of a signature, either or both, and the signer's name. It is
    /// the document's text, not the article's byline and end. Returns the line after it.
    fn signature_block(&self, i: usize) -> Option<usize> {
        let phrases = super::phrases::Phrases::bundled();
        let short = |k: usize| {
            self.lines
                .get(k)
                .filter(|l| l.words <= SIGNATURE_LINE_MAX_WORDS)
                .filter(|_| !matches!(self.kinds[k], Kind::Stamp(_) | Kind::ListHeader))
        };
        let opener = short(i)?.text.to_lowercase();
        if !phrases
            .signs_for
            .iter()
            .any(|p| opener.starts_with(p.as_str()))
        {
            return None;
        }
        let mut k = i + 1;
        let mut titled = false;
        while let Some(l) = short(k) {
            let caps = l.is_capitals();
            let lower = l.text.to_lowercase();
            let inner = lower.trim_matches(|c: char| "()[] .".contains(c));
            let signed = lower.starts_with('(')
                && phrases
                    .signed_marks
                    .iter()
                    .any(|m| inner.starts_with(m.as_str()));
            if !(caps || signed) {
                break;
            }
            titled = true;
            k += 1;
        }
        let name = short(k).filter(|l| l.is_name_like() && !l.ends_sentence())?;
        (titled && name.words >= 2).then_some(k + 1)
    }

    /// "Điều gì chờ đợi ở phía trước?": a short question standing alone over running text
    /// is a subheading.
    fn asks_heading(&self, i: usize) -> bool {
        let l = self.line(i);
        // An interview's "PV: …?" is a question in the text.
        l.text.ends_with('?')
            && !l.text.contains(':')
            && l.words <= 12
            && l.blank_before
            && self.lines.get(i + 1).is_some_and(|n| n.blank_before)
            && self.heads_text(i)
    }

    /// Line `i` is shaped like a subheading and running text follows it (a paragraph, or a
    /// list of full-sentence items).
    fn heads_text(&self, i: usize) -> bool {
        let l = self.line(i);
        let title = l.is_title_shaped()
            || (self.kinds[i] == Kind::Bullet
                && !l.ends_statement()
                && (2..=20).contains(&l.words));
        title
            && l.words <= 20
            && self.next_kind(i).is_some_and(|(k, n)| {
                matches!(k, Kind::Text | Kind::Bullet) && self.line(n).is_prose()
            })
    }

    /// The next line and its kind.
    fn next_kind(&self, i: usize) -> Option<(Kind, usize)> {
        (i + 1 < self.lines.len()).then(|| (self.kinds[i + 1], i + 1))
    }

    /// Whether what follows line `i` is no more running text of this article.
    fn ends_body_after(&self, i: usize) -> bool {
        match self.next_kind(i) {
            None => true,
            // "TS. Nguyễn Hải Đăng" over "TS. Nguyễn Hải Đăng là nghiên cứu viên…": the
            // author's bio box.
            Some((Kind::Text, n)) => {
                let next = self.line(n);
                !next.is_prose()
                    || next.text.starts_with(&self.line(i).text)
                    || self.starts_article(n, true)
            }
            Some((Kind::Caption, _)) => false,
            Some(_) => true,
        }
    }

    /// Line `i` goes on a run of short lines with no blank between (a list of tags, "Nga",
    /// "Ukraine", "Thổ Nhĩ Kỳ"): a name in it is an item, not the writer signing off. A
    /// widget above it ("Xem thêm diễn biến") is no item of a list: the name under it signs.
    fn in_short_list(&self, i: usize) -> bool {
        i > 0
            && !self.line(i).blank_before
            && self.kinds[i - 1] == Kind::Text
            && !self.line(i - 1).is_prose()
    }

    /// In a tail, two paragraphs of running text in a row mean the article goes on after
    /// an inline box of links.
    fn resumes_body(&self, i: usize) -> bool {
        let heading = self.kinds[i] == Kind::Text
            && self.line(i).is_title_shaped()
            && self.line(i).words <= 12
            && self.lines.get(i + 1).is_some_and(|n| n.blank_before);
        if heading && !self.cur.paragraphs.is_empty() {
            return self.resumes_body(i + 1);
        }
        let sentence = |k: usize| {
            k < self.lines.len()
                && self.kinds[k] == Kind::Text
                && self.line(k).ends_sentence()
                && self.line(k).words >= 8
        };
        let stamp = |k: usize| matches!(self.kinds.get(k), Some(Kind::Stamp(_)));
        // A sentence glued under a headline is that headline's teaser.
        let teaser = i > 0
            && !self.line(i).blank_before
            && self.kinds[i - 1] == Kind::Text
            && self.line(i - 1).is_title_shaped();
        if teaser {
            return false;
        }
        // The next paragraph of running text, past any picture and its caption.
        let next = (i + 1..self.lines.len())
            .find(|&k| !matches!(self.kinds[k], Kind::Caption | Kind::Placeholder))
            .unwrap_or(self.lines.len());
        // A list of bulleted links ends at its last bullet: a long paragraph after it is
        // the article again.
        let after_bullets = {
            let first = (0..i).rev().find(|&k| self.kinds[k] != Kind::Bullet);
            first.is_some_and(|h| h + 1 < i && self.kinds[h] == Kind::ListHeader)
                && self.line(i).words >= 25
        };
        !self.cur.paragraphs.is_empty()
            && sentence(i)
            && (sentence(next) || after_bullets)
            && !stamp(i.wrapping_sub(1))
            && !stamp(next + 1)
    }

    /// Whether line `i` is the headline of another article: headline-shaped, followed by a
    /// lead and at least three paragraphs of running text, and marked as a new article by
    /// a dateline, a byline, a repeat of the headline or an outlet on the lead — or, inside
    /// a body, by its length, or by the previous article having ended with its byline.
    fn starts_article(&self, i: usize, after_end: bool) -> bool {
        let l = self.line(i);
        if self.kinds[i] != Kind::Text
            || !l.is_title_shaped()
            || l.ends_sentence()
            || !(5..=30).contains(&l.words)
            || l.is_name_like()
        {
            return false;
        }
        if self.lines.get(i + 1).is_some_and(|n| n.text == l.text) {
            return false; // printed twice: a caption or a list entry
        }
        let in_list = matches!(self.state, State::Tail { resumable: true });
        // Inside a body, a long headline marks a new article once this one has a body of
        // its own (a subheading right after the lead is no new article).
        let long = l.words >= 12 && self.cur.paragraphs.len() >= 3;
        let mut marked = after_end || (!in_list && long);
        let (mut lead_seen, mut dated, mut prose, mut chars) = (false, false, 0, 0);
        let mut prefixed = false;
        for k in i + 1..self.lines.len().min(i + 40) {
            let lk = self.line(k);
            if k <= i + 6 && lk.folded.contains(&l.folded) {
                marked = true;
            }
            match self.kinds[k] {
                Kind::Stamp(s) if !lead_seen => {
                    marked |= s.date.is_some();
                    dated |= s.date.is_some();
                }
                Kind::Junk(_) | Kind::Bullet | Kind::Placeholder => {}
                Kind::Caption if lead_seen => {}
                Kind::Text if (lk.is_prose() && lk.ends_sentence()) || lk.words >= 30 => {
                    if !lead_seen && meta::split_lead_outlet(&lk.text).is_some() {
                        marked = true;
                        prefixed = true;
                    }
                    lead_seen = true;
                    prose += 1;
                    chars += lk.text.len();
                }
                Kind::Text if !lead_seen && lk.is_name_like() => marked = true,
                _ => break,
            }
            if prose >= 3 && chars >= 300 {
                return marked;
            }
        }
        // A short piece under its own headline and dateline, outside a list of links; a
        // feed item may be one paragraph when its lead names the outlet ("TTO - …").
        dated
            && !in_list
            && ((prose >= 2 && chars >= 150) || (prefixed && prose >= 1 && !self.list_seen))
    }

    fn new_article(&mut self, title_line: usize) {
        self.finish_header_if_open();
        let done = std::mem::take(&mut self.cur);
        self.seen.clear();
        self.list_seen = false;
        self.push_draft(done);
        self.header = vec![title_line];
        self.state = State::Header;
    }

    fn push_draft(&mut self, d: ArticleDraft) {
        if !d.paragraphs.is_empty() {
            self.drafts.push(d);
        } else if let Some(last) = self.drafts.last_mut() {
            let at = last.paragraphs.len();
            // A headline whose lines never made a body (no fixture reaches this: the
            // look-ahead of `starts_article` wants a body first) is furniture.
            last.dropped
                .extend(d.title.map(|t| Dropped::new(t, at, "not-article-text")));
            last.dropped
                .extend(d.dropped.into_iter().map(|x| Dropped { at, ..x }));
        }
    }

    fn finish_header_if_open(&mut self) {
        if self.state == State::Header && !self.header.is_empty() {
            // A page that never reached a lead: all of it is furniture.
            let header = std::mem::take(&mut self.header);
            for i in header {
                self.drop_line(i, true);
            }
        }
    }

    /// Settle the header when the lead arrives: the last headline-shaped line is the title;
    /// a stamp gives the date; a name after the title is the byline.
    fn finish_header(&mut self) {
        let header = std::mem::take(&mut self.header);
        let titled = |pos: usize| {
            let (i, l) = (header[pos], self.line(header[pos]));
            self.kinds[i] == Kind::Text
                && l.is_title_shaped()
                && l.words >= 4
                && !l.is_name_like()
                && !meta::is_title_case_name(l)
        };
        // The last headline-shaped line, unless it sits under a byline below an earlier
        // one: then it is the author's affiliation ("Viện Nghiên cứu châu Âu, …").
        let title_at = (0..header.len()).rev().find(|&p| titled(p)).map(|p| {
            let under_byline = p > 0
                && self.kinds[header[p - 1]] == Kind::Text
                && self.line(header[p - 1]).is_name_like();
            match (0..p).rev().find(|&q| titled(q)) {
                Some(q) if under_byline => q,
                _ => p,
            }
        });
        // The article's own dateline sits under its headline; a date above it may be the
        // page's (a masthead's "Thứ Bảy, 26/02/2022").
        let dated =
            |pos: &usize| matches!(self.kinds[header[*pos]], Kind::Stamp(s) if s.date.is_some());
        let date_at = (0..header.len())
            .filter(|p| title_at.is_some_and(|t| *p > t))
            .find(dated)
            .or_else(|| (0..header.len()).find(dated));
        for (pos, &i) in header.iter().enumerate() {
            let l = self.line(i);
            let after_title = title_at.is_some_and(|t| pos > t);
            match self.kinds[i] {
                _ if Some(pos) == title_at => self.cur.title = Some(l.text.clone()),
                Kind::Stamp(s) if Some(pos) == date_at && self.cur.date.is_none() => {
                    self.cur.date = s.date;
                    self.byline_beside_stamp(i);
                }
                Kind::Text if after_title && l.is_name_like() && self.cur.author.is_none() => {
                    self.cur.author = meta::byline_author(l);
                    if self.cur.lead_outlet.is_none() {
                        self.cur.lead_outlet = meta::byline_outlet(l);
                    }
                }
                Kind::Caption if after_title => {
                    self.push_para(ParagraphKind::Caption, l.text.clone());
                }
                Kind::Text if after_title && self.cur.title.as_deref() == Some(l.text.as_str()) => {
                }
                _ => self.drop_line(i, true),
            }
        }
    }

    /// Already printed in this article, as a paragraph or its headline.
    fn is_repeat(&self, text: &str) -> bool {
        (self.seen.contains(&text_hash(text)) && self.cur.paragraphs.iter().any(|p| p.text == text))
            || self.cur.title.as_deref() == Some(text)
    }

    /// A byline that shares its line with the dateline.
    fn byline_beside_stamp(&mut self, i: usize) {
        if self.cur.author.is_some() {
            return;
        }
        let phrases = super::phrases::Phrases::bundled();
        self.cur.author = stamp::companions(self.line(i), phrases)
            .iter()
            .find(|l| l.is_name_like())
            .and_then(meta::byline_author);
    }

    fn push_para(&mut self, kind: ParagraphKind, text: String) {
        if self.is_repeat(&text) {
            let at = self.cur.paragraphs.len();
            self.cur
                .dropped
                .push(Dropped::new(text, at, "repeated-paragraph"));
        } else {
            self.seen.insert(text_hash(&text));
            self.cur.paragraphs.push(Paragraph::new(kind, text));
        }
    }

    fn drop_line(&mut self, i: usize, furniture: bool) {
        let rule = match (self.kinds[i], self.state) {
            (Kind::Text, State::Header) => "before-headline",
            (Kind::Text, State::Body) => "not-article-text",
            (Kind::Text, State::Tail { .. }) => "after-body",
            (k, _) => classify::rule(&k),
        };
        self.drop_line_as(i, furniture, rule);
    }

    /// Drop line `i` under `rule`; `furniture` marks it as page furniture, where an outlet
    /// may name itself.
    fn drop_line_as(&mut self, i: usize, furniture: bool, rule: &'static str) {
        self.list_seen |= self.kinds[i] == Kind::ListHeader;
        self.dropped_seen.insert(text_hash(&self.line(i).text));
        let at = self.cur.paragraphs.len();
        self.cur
            .dropped
            .push(Dropped::new(self.line(i).text.clone(), at, rule));
        if furniture || matches!(self.kinds[i], Kind::Junk(_)) {
            self.cur.furniture.push(i);
        }
    }
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{BuildHasher, RandomState};
    static STATE: std::sync::OnceLock<RandomState> = std::sync::OnceLock::new();
    STATE.get_or_init(RandomState::new).hash_one(text)
}

#[cfg(test)]
mod tests {
    const BODY: &str = "Nga mở chiến dịch quân sự ở Ukraine, phương Tây phản ứng\n\n\
        Tổng thống Nga Vladimir Putin rạng sáng 24-2 tuyên bố mở chiến dịch quân sự đặc biệt ở miền đông Ukraine, các nước phương Tây lập tức lên án.\n\n\
        Tổng thư ký NATO Jens Stoltenberg gọi đây là sự vi phạm nghiêm trọng luật pháp quốc tế và cho biết liên minh đã kích hoạt kế hoạch phòng thủ.\n\n";

    fn author(tail: &str) -> Option<String> {
        let text = format!("{BODY}{tail}");
        crate::clean::clean_file("a.txt", &text)
            .into_iter()
            .next()
            .and_then(|a| a.author)
    }

    #[test]
    fn a_name_under_a_widget_signs_and_a_name_in_a_tag_list_does_not() {
        assert_eq!(
            author(
                "Xem thêm diễn biến\nBẢO ANH\nNga Ukraine Xung đột Nga - Ukraine Vladimir Putin\n"
            )
            .as_deref(),
            Some("BẢO ANH")
        );
        assert_eq!(author("Nga\nUkraine\nThổ Nhĩ Kỳ\nChiến sự Ukraine\n"), None);
    }
}
