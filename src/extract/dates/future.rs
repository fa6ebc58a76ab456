//! Whether a sentence speaks of something still to come ("sẽ", "dự kiến", "sắp").

use super::lex::{tokens, Tok};
use super::words::words;

/// Words that make a marker mean something else: "sắp xếp" is "arrange" (`not_future` of
/// `assets/dates.toml`).
fn cancels(marker: &[&str], next: Option<&str>) -> bool {
    words().not_future.iter().any(|nf| {
        nf.len() == marker.len() + 1
            && nf[..marker.len()] == *marker
            && next == Some(nf[marker.len()])
    })
}

/// Whether `sentence` talks about the future: "sẽ", "dự kiến", "theo kế hoạch", "sắp",
/// "tuần tới"... Whole words only, any case (`future_markers` of `assets/dates.toml`).
pub fn speaks_of_future(sentence: &str) -> bool {
    let toks = tokens(sentence);
    let markers = &words().future_markers;
    (0..toks.len()).any(|i| {
        markers.iter().any(|m| {
            words_at(&toks, i, m) && !cancels(m, toks.get(i + m.len()).and_then(Tok::word))
        })
    })
}

fn words_at(toks: &[Tok], i: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(i + k).and_then(Tok::word) == Some(*w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_markers_are_found_in_any_case() {
        assert!(speaks_of_future("Hai bên sẽ thảo luận về an ninh."));
        assert!(speaks_of_future(
            "Dự kiến, cuộc họp diễn ra trong vòng 3 giờ."
        ));
        assert!(speaks_of_future(
            "Theo kế hoạch, vòng đàm phán tiếp theo diễn ra ngày 20/1."
        ));
        assert!(speaks_of_future("Nga sắp công bố phản hồi."));
        assert!(speaks_of_future("Cuộc gặp diễn ra vào tuần tới."));
        assert!(speaks_of_future("SẼ có thêm các cuộc gặp."));
    }

    #[test]
    fn past_sentences_and_lookalikes_are_not_future() {
        assert!(!speaks_of_future(
            "Chiều 12/1, cuộc họp đã khai mạc ở Brussels."
        ));
        // "sắp xếp" means arrange; "kế hoạch" alone is a noun.
        assert!(!speaks_of_future("Hai bên đã sắp xếp cuộc gặp ngày 10/1."));
        assert!(!speaks_of_future(
            "Nga đưa ra kế hoạch an ninh hồi tháng trước."
        ));
        // Whole words only: "sẽ" must not be found inside a longer word.
        assert!(!speaks_of_future("Thẻ sẽẽ"));
        // Punctuation between the words breaks the phrase.
        assert!(!speaks_of_future("Ông không tham dự. Kiến nghị bị bác."));
        assert!(!speaks_of_future(""));
    }
}
