//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy code pages
//! (Windows-1258 above all) by detection; then NFC and LF line ends.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::fmt;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Decoded text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// NFC, LF line ends, no BOM.
    pub text: String,
    pub encoding: &'static str,
    /// Some bytes were invalid and replaced with U+FFFD.
    pub lossy: bool,
}

/// Why a file is not text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes without a UTF-16 BOM: an image, an archive, a program.
    Binary(&'static str),
    /// No encoding reads it as text.
    Undecodable,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary(what) => write!(f, "not a text file ({what})"),
            DecodeError::Undecodable => write!(f, "not text in any known encoding"),
        }
    }
}

/// Decode a corpus file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (raw, encoding, lossy) = decode_raw(bytes)?;
    Ok(Decoded {
        text: normalize(&raw),
        encoding,
        lossy,
    })
}

fn decode_raw(bytes: &[u8]) -> Result<(String, &'static str, bool), DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), enc.name(), had_errors));
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), UTF_8.name(), false));
    }
    if mostly_utf8(bytes) {
        let (text, _) = UTF_8.decode_without_bom_handling(bytes);
        return Ok((text.into_owned(), UTF_8.name(), true));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"vn"), chardetng::Utf8Detection::Deny);
    if enc == UTF_16LE || enc == UTF_16BE {
        return Err(DecodeError::Undecodable);
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if had_errors || controls * 20 > text.chars().count().max(1) {
        return Err(DecodeError::Undecodable);
    }
    Ok((text.into_owned(), enc.name(), false))
}

/// NUL bytes mean a binary file; a known magic number says which kind.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "zip archive"),
        (b"\x7fELF", "executable"),
        (b"RIFF", "RIFF media"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    head.contains(&0).then_some("NUL bytes")
}

/// Most multi-byte sequences are valid UTF-8: a UTF-8 file with a few broken bytes, not a
/// legacy code page (whose accented letters are rarely valid UTF-8 sequences).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid += good.iter().filter(|b| **b >= 0xC0).count();
                invalid += 1;
                let skip = e.error_len().unwrap_or(after.len()).max(1);
                rest = &after[skip.min(after.len())..];
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    valid >= 4 * invalid
}

/// Terminal escape sequences (CSI, OSC, DCS and the like, in their 7- and 8-bit forms)
/// and other control characters are never article text: drop them whole, so that no
/// payload ("]0;title") is left behind. Tabs and line ends stay.
fn strip_controls(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c.is_control() && !matches!(c, '\n' | '\t')) || c == '\u{7f}';
    if !s.chars().any(bad) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let intro = match c {
            '\u{1b}' => chars.next(),
            '\u{9b}' => Some('['),
            '\u{9d}' => Some(']'),
            '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => Some('P'),
            c if bad(c) => continue,
            c => {
                out.push(c);
                continue;
            }
        };
        match intro {
            // CSI: parameters, then one final byte.
            Some('[') => {
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
            // OSC, DCS, SOS, PM, APC: up to BEL or the string terminator.
            Some(']' | 'P' | 'X' | '^' | '_') => {
                while let Some(c) = chars.next() {
                    if matches!(c, '\u{7}' | '\u{9c}')
                        || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some())
                    {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out.into()
}

/// LF line ends (CRLF and lone CR), no byte order marks, no control sequences, NFC. A BOM is dropped wherever it
/// stands: files saved twice or pasted together carry more than one, and as a zero-width
/// space (its deprecated use) it would only hide inside titles and words.
pub(crate) fn normalize(s: &str) -> String {
    let lf: std::borrow::Cow<str> = if s.contains(['\r', '\u{feff}']) {
        s.replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\u{feff}', "")
            .into()
    } else {
        s.into()
    };
    let lf = strip_controls(&lf);
    let lf = lf.as_ref();
    match is_nfc_quick(lf.chars()) {
        IsNormalized::Yes => lf.to_string(),
        _ => lf.nfc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VI: &str = "Thứ trưởng Ngoại giao Nga Alexander Grushko và Điện Kremlin";

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(VI.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.lossy), (VI, false));
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(VI.as_bytes());
        assert_eq!(decode(&bom).unwrap().text, VI);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for u in VI.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, VI);
        assert_eq!(decode(&be).unwrap().text, VI);
    }

    #[test]
    fn windows_1258_is_detected_and_composed() {
        // "Thứ trưởng Ngoại giao Nga" in Windows-1258: ư = 0xFD, tone marks combining.
        // T h ư ́  t r ư ơ ̉ n g  N g o a ̣ i  g i a o  N g a
        let bytes: &[u8] = b"Th\xfd\xec tr\xfd\xf5\xd2ng Ngoa\xf2i giao Nga \xf0a\xf5\xec nh\xfd\xf5\xeci \xf0i\xea\xecn";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1258");
        assert!(
            d.text.starts_with("Thứ trưởng Ngoại giao Nga"),
            "{}",
            d.text
        );
    }

    #[test]
    fn nfd_and_crlf_become_nfc_and_lf() {
        let nfd: String = "Mỹ\r\nNga\rNATO".nfd().collect();
        let d = decode(nfd.as_bytes()).unwrap();
        assert_eq!(d.text, "Mỹ\nNga\nNATO");
    }

    #[test]
    fn binary_files_are_refused_with_a_reason() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0"),
            Err(DecodeError::Binary("PNG image"))
        );
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Binary("NUL bytes")));
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_decode_lossily() {
        let mut b = VI.as_bytes().to_vec();
        b.push(0xff);
        b.extend_from_slice(VI.as_bytes());
        let d = decode(&b).unwrap();
        assert!(d.lossy);
        assert!(d.text.contains('\u{fffd}') && d.text.starts_with(VI));
    }

    #[test]
    fn escape_sequences_are_dropped_whole() {
        let raw =
            "Tin \x1b]0;pwned\x07giả \x1b[2J\x1b[31mđỏ\x1b]52;c;cHdu\x1b\\ \u{9b}1mX\x08\tY\nZ";
        assert_eq!(decode(raw.as_bytes()).unwrap().text, "Tin giả đỏ X\tY\nZ");
    }

    #[test]
    fn every_bom_is_dropped_not_only_the_first() {
        // Saved twice with a BOM, then a second file pasted below the first.
        let mut b = b"\xef\xbb\xbf\xef\xbb\xbf".to_vec();
        b.extend_from_slice("Mỹ\r\n\u{feff}Nga và NATO".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "Mỹ\nNga và NATO");
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
