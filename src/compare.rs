//! Two copies of one story word by word: what the second outlet changed (the compare
//! view), and whether reading one is reading the other (read marks).
//!
//! The diff is `similar`'s (Myers), over words: a changed title, a cut sentence, a swapped
//! word, an added credit line each come out as a run of removed or added words.

use crate::article::{Article, ParagraphKind};
use crate::text::{fold, is_letter_or_digit, sentence_around};
use similar::{capture_diff_slices, Algorithm, DiffTag};

/// A copy with at most this many sentences that are new to someone who read another
/// member of its group counts as read too: "a sentence or two", such as a credit line and
/// a rewritten lead. A copy that adds a paragraph of its own has more.
pub const READ_WITH_NEW_SENTENCES: usize = 2;

/// What a run of words is in the comparison of `a` with `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// In both.
    Same,
    /// Only in `a`.
    Removed,
    /// Only in `b`.
    Added,
}

/// A run of words (with the spaces between them) that share a [`Change`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub change: Change,
    pub text: String,
}

/// A paragraph of the comparison: its pieces, and whether only one side breaks a
/// paragraph here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub pieces: Vec<Piece>,
    /// `Some(Removed)`: `a` ends a paragraph here and `b` runs on; `Some(Added)`: the other
    /// way round. `None`: both break here (or it is the end).
    pub break_only_in: Option<Change>,
}

/// `a` against `b`: the title and the text (every paragraph, captions included), with the
/// words each has alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub title: Vec<Piece>,
    /// The titles share less than half their words: a new title, better read whole than
    /// interleaved (`title` is then `a`'s title removed and `b`'s added).
    pub new_title: bool,
    pub blocks: Vec<Block>,
    /// Words only in `a` / only in `b` (title and text).
    pub removed: usize,
    pub added: usize,
}

/// Where a paragraph ends in the token stream of an article's text.
const BREAK: &str = "\u{b6}";

/// Compare `a` with `b` word by word.
pub fn compare(a: &Article, b: &Article) -> Comparison {
    let mut out = Comparison::default();
    let (ta, tb) = (words(&a.title), words(&b.title));
    let (title, removed, added) = pieces(&ta, &tb);
    let same = ta.len().saturating_sub(removed);
    out.new_title = same * 2 < ta.len().max(tb.len());
    out.title = if out.new_title {
        let mut whole = Vec::new();
        for w in &ta {
            push_word(&mut whole, Change::Removed, w);
        }
        for w in &tb {
            push_word(&mut whole, Change::Added, w);
        }
        whole
    } else {
        title
    };
    out.removed += removed;
    out.added += added;
    let (ta, tb) = (text_tokens(a), text_tokens(b));
    let mut flat: Vec<(Change, &str)> = Vec::with_capacity(ta.len() + tb.len());
    for op in capture_diff_slices(Algorithm::Myers, &ta, &tb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => flat.extend(ta[ra].iter().map(|&t| (Change::Same, t))),
            DiffTag::Delete => flat.extend(ta[ra].iter().map(|&t| (Change::Removed, t))),
            DiffTag::Insert => flat.extend(tb[rb].iter().map(|&t| (Change::Added, t))),
            DiffTag::Replace => {
                flat.extend(ta[ra].iter().map(|&t| (Change::Removed, t)));
                flat.extend(tb[rb].iter().map(|&t| (Change::Added, t)));
            }
        }
    }
    slide_breaks(&mut flat);
    let mut block = Block::default();
    for (change, t) in flat {
        if t == BREAK {
            // A paragraph only one side has carries its own break: no mark for it.
            let whole = block.pieces.iter().all(|p| p.change == change);
            block.break_only_in = (change != Change::Same && !whole).then_some(change);
            out.blocks.push(std::mem::take(&mut block));
            continue;
        }
        match change {
            Change::Removed => out.removed += 1,
            Change::Added => out.added += 1,
            Change::Same => {}
        }
        push_word(&mut block.pieces, change, t);
    }
    if !block.pieces.is_empty() {
        out.blocks.push(block);
    }
    out
}

/// A paragraph only one side has comes out of the diff as "break, its words" or as "its
/// words, break" — the same edit. Slide each such run so that it ends with the break, and
/// the paragraph it belongs to reads as one block.
fn slide_breaks(flat: &mut [(Change, &str)]) {
    let mut i = 0;
    while i < flat.len() {
        let change = flat[i].0;
        if change == Change::Same || flat[i].1 != BREAK {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < flat.len() && flat[j].0 == change {
            j += 1;
        }
        // flat[i..j] is a run starting with a break; slide it past a following equal break.
        if j < flat.len() && flat[j] == (Change::Same, BREAK) {
            flat[i].0 = Change::Same;
            flat[j].0 = change;
            i += 1;
        } else {
            i = j;
        }
    }
}

/// The title's pieces and how many words were removed and added.
fn pieces(a: &[&str], b: &[&str]) -> (Vec<Piece>, usize, usize) {
    let mut out = Vec::new();
    let (mut removed, mut added) = (0, 0);
    for op in capture_diff_slices(Algorithm::Myers, a, b) {
        let (tag, ra, rb) = op.as_tag_tuple();
        if matches!(tag, DiffTag::Equal) {
            a[ra]
                .iter()
                .for_each(|w| push_word(&mut out, Change::Same, w));
            continue;
        }
        for w in &a[ra] {
            removed += 1;
            push_word(&mut out, Change::Removed, w);
        }
        for w in &b[rb] {
            added += 1;
            push_word(&mut out, Change::Added, w);
        }
    }
    (out, removed, added)
}

fn push_word(pieces: &mut Vec<Piece>, change: Change, word: &str) {
    match pieces.last_mut() {
        Some(p) if p.change == change => {
            p.text.push(' ');
            p.text.push_str(word);
        }
        _ => pieces.push(Piece {
            change,
            text: word.to_string(),
        }),
    }
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// Every paragraph's words, as printed, with [`BREAK`] after each paragraph.
fn text_tokens(a: &Article) -> Vec<&str> {
    let mut out = Vec::new();
    for p in &a.paragraphs {
        out.extend(p.text.split_whitespace());
        out.push(BREAK);
    }
    out
}

/// How many sentences of `other` are new to someone who has read `read`: sentences more
/// than half of whose words the word diff does not find in `read`. Words are compared
/// folded (no case, no diacritics); titles and captions are left out, as the copy finder
/// leaves them out.
pub fn new_sentences(read: &Article, other: &Article) -> usize {
    let (seen, _) = prose_words(read);
    let (words, sentence) = prose_words(other);
    let mut matched = vec![false; words.len()];
    for op in capture_diff_slices(Algorithm::Myers, &seen, &words) {
        let (tag, _, rb) = op.as_tag_tuple();
        if matches!(tag, DiffTag::Equal) {
            matched[rb].iter_mut().for_each(|m| *m = true);
        }
    }
    // Per sentence: (words, words not matched).
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for (i, &s) in sentence.iter().enumerate() {
        if counts.len() <= s {
            counts.resize(s + 1, (0, 0));
        }
        counts[s].0 += 1;
        counts[s].1 += usize::from(!matched[i]);
    }
    counts.iter().filter(|(n, new)| new * 2 > *n).count()
}

/// The folded words of an article's body and subheadings, and the sentence of each.
fn prose_words(a: &Article) -> (Vec<String>, Vec<usize>) {
    let mut words = Vec::new();
    let mut sentence = Vec::new();
    let mut s = 0;
    for p in a
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Caption)
    {
        let text = p.text.as_str();
        let mut start = 0;
        while start < text.len() {
            let r = sentence_around(text, start);
            let end = if r.end > start { r.end } else { text.len() };
            let mut any = false;
            for w in text[start..end]
                .split(|c: char| !is_letter_or_digit(c))
                .filter(|w| !w.is_empty())
            {
                words.push(fold(w));
                sentence.push(s);
                any = true;
            }
            s += usize::from(any);
            start = end;
        }
    }
    (words, sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Paragraph;

    fn article(title: &str, paras: &[&str]) -> Article {
        Article {
            title: title.into(),
            paragraphs: paras
                .iter()
                .map(|p| Paragraph::new(ParagraphKind::Body, *p))
                .collect(),
            ..Article::default()
        }
    }

    const WIRE: [&str; 3] = [
        "Thứ trưởng Ngoại giao Hoa Kỳ Wendy Sherman gặp phái đoàn Nga tại Geneva ngày 10/1. Hai bên thảo luận gần 8 giờ.",
        "Nga yêu cầu NATO không kết nạp Ukraine. Phía Hoa Kỳ gọi yêu cầu này là không thể chấp nhận.",
        "Giới quan sát cho rằng căng thẳng khó hạ nhiệt trong những tuần tới.",
    ];

    fn text(pieces: &[Piece], change: Change) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.change == change)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn a_reprint_shows_its_new_title_swapped_word_cut_sentence_and_credit() {
        let a = article("Đàm phán Nga - Hoa Kỳ tại Geneva", &WIRE);
        let b = article(
            "Nga - Mỹ đàm phán 8 giờ ở Geneva",
            &[
                "Thứ trưởng Ngoại giao Mỹ Wendy Sherman gặp phái đoàn Nga tại Geneva ngày 10/1. Hai bên thảo luận gần 8 giờ.",
                "Nga yêu cầu NATO không kết nạp Ukraine. Phía Hoa Kỳ gọi yêu cầu này là không thể chấp nhận.",
                "Theo TTXVN",
            ],
        );
        let c = compare(&a, &b);
        // A new title is shown whole, the old one then the new one.
        assert!(c.new_title);
        assert_eq!(
            text(&c.title, Change::Added),
            ["Nga - Mỹ đàm phán 8 giờ ở Geneva"]
        );
        // A title with one word swapped is shown word by word.
        let swapped = article("Đàm phán Nga - Mỹ tại Geneva", &WIRE);
        let t = compare(&a, &swapped);
        assert!(!t.new_title);
        assert_eq!(text(&t.title, Change::Removed), ["Hoa Kỳ"]);
        assert_eq!(text(&t.title, Change::Added), ["Mỹ"]);
        let all: Vec<&Piece> = c.blocks.iter().flat_map(|b| &b.pieces).collect();
        let removed: Vec<&str> = all
            .iter()
            .filter(|p| p.change == Change::Removed)
            .map(|p| p.text.as_str())
            .collect();
        let added: Vec<&str> = all
            .iter()
            .filter(|p| p.change == Change::Added)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            removed,
            [
                "Hoa Kỳ",
                "Giới quan sát cho rằng căng thẳng khó hạ nhiệt trong những tuần tới."
            ]
        );
        assert_eq!(added, ["Mỹ", "Theo TTXVN"]);
        assert_eq!(c.blocks.len(), 3);
        assert!(c.blocks[0].pieces[0]
            .text
            .starts_with("Thứ trưởng Ngoại giao"));
        assert_eq!(c.blocks[0].pieces[0].change, Change::Same);
    }

    #[test]
    fn a_paragraph_broken_elsewhere_is_marked_not_rewritten() {
        let a = article("T", &WIRE);
        let joined = format!("{} {}", WIRE[0], WIRE[1]);
        let b = article("T", &[&joined, WIRE[2]]);
        let c = compare(&a, &b);
        assert_eq!((c.removed, c.added), (0, 0));
        assert_eq!(c.blocks[0].break_only_in, Some(Change::Removed));
        assert_eq!(c.blocks[1].break_only_in, None);
    }

    #[test]
    fn a_sentence_or_two_new_is_still_read_more_is_not() {
        let a = article("T", &WIRE);
        // Swapped words, a cut sentence, a credit line: one new sentence.
        let b = article(
            "Khác",
            &[
                &WIRE[0].replace("Hoa Kỳ", "Mỹ"),
                &WIRE[1].replace("Hoa Kỳ", "Mỹ"),
                "Theo TTXVN",
            ],
        );
        assert_eq!(new_sentences(&a, &b), 1);
        // Reading the cut one, the full one has the closing sentence more.
        assert_eq!(new_sentences(&b, &a), 1);
        // A paragraph of its own: three new sentences.
        let c = article(
            "T",
            &[
                WIRE[0],
                WIRE[1],
                WIRE[2],
                "Theo giới phân tích, NATO đang chuẩn bị cho kịch bản xấu nhất. Liên minh điều thêm máy bay tới Đông Âu. Nga gọi đó là hành động khiêu khích.",
            ],
        );
        assert_eq!(new_sentences(&a, &c), 3);
        assert!(new_sentences(&a, &c) > READ_WITH_NEW_SENTENCES);
    }
}
