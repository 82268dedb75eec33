//! Which lines `decode` may skip without cutting them into tokens. Most lines of a log say
//! nothing about error codes; cutting each into tokens (`search_contract::tokens::scan`) costs
//! far more than reading it. A line can give a finding, or name the vendor that later lines are
//! attributed to, only if it holds one of:
//!
//! - a word that may name a vendor or an entry (`Vocabulary` words, every entry name);
//! - a key that may label a code (`CODE_KEYS`, a CJK key character: `code=`, `错误码`);
//! - a code reported without a key: a negative one (a minus sign before a digit, not after a
//!   letter, digit or `_`) or a hex one (`0x…`). A bare positive decimal is reported only on a
//!   line that names its vendor, which the first test catches.
//!
//! The test runs once over the line's bytes (Aho–Corasick, ASCII case-insensitive, with `_`
//! left out of both the words and the line so that `e_rr` still contains `err`). It may keep a
//! line that holds nothing; it never skips one that holds something — `--all` reads every line.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use search_contract::tokens::{is_minus, CJK_CODE_KEY_CHARS, CODE_KEYS};

pub struct Prefilter {
    words: Option<AhoCorasick>,
    /// The line without `_`, reused from line to line.
    buf: Vec<u8>,
}

impl Prefilter {
    /// `words`: every word that may name a vendor and every entry name.
    pub fn new(words: impl IntoIterator<Item = String>) -> Prefilter {
        let mut patterns: Vec<Vec<u8>> = words
            .into_iter()
            .chain(CODE_KEYS.iter().map(|k| (*k).to_owned()))
            .chain(CJK_CODE_KEY_CHARS.iter().map(char::to_string))
            .map(|w| w.bytes().filter(|&b| b != b'_').collect::<Vec<u8>>())
            .filter(|w| !w.is_empty())
            .collect();
        patterns.sort();
        patterns.dedup();
        // Without the automaton (it cannot fail on these sizes, but if it did) nothing is skipped.
        let words = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        Prefilter { words, buf: Vec::new() }
    }

    /// Whether `line` may hold a finding or a vendor's name.
    pub fn may_matter(&mut self, line: &str) -> bool {
        let Some(words) = &self.words else { return true };
        if signed_or_hex_code(line) {
            return true;
        }
        self.buf.clear();
        self.buf.extend(line.bytes().filter(|&b| b != b'_'));
        words.is_match(&self.buf[..])
    }
}

/// A minus sign before an ASCII digit that no letter, digit or `_` precedes (`-2301`, `(−1)`,
/// not `2024-01`), or `0x` before a hex digit.
fn signed_or_hex_code(line: &str) -> bool {
    let b = line.as_bytes();
    if b.windows(3).any(|w| w[0] == b'0' && (w[1] | 0x20) == b'x' && w[2].is_ascii_hexdigit()) {
        return true;
    }
    let mut prev: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if is_minus(c)
            && chars.peek().is_some_and(char::is_ascii_digit)
            && !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '_')
        {
            return true;
        }
        prev = Some(c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> Prefilter {
        Prefilter::new(["trtc".to_owned(), "PUSH_WARNING_DNS_FAIL".to_owned(), "即构".to_owned()])
    }

    #[test]
    fn lines_with_a_vendor_a_name_a_key_or_a_signed_or_hex_code_are_kept() {
        let mut f = filter();
        for line in [
            "[TRTC] enterRoom",
            "warn PUSHWARNING_DNS_FAIL",
            "即构SDK 登录",
            "onError(5)",
            "e_rr=5",
            "错误码：5",
            "result 1",
            "value (-1313)",
            "x −2301",
            "at 0x4043",
        ] {
            assert!(f.may_matter(line), "{line}");
        }
    }

    #[test]
    fn lines_that_cannot_hold_a_finding_are_skipped() {
        let mut f = filter();
        for line in [
            "11-24 06:30:01.123  4321  4400 D AudioTrack: write frames=123 sampleRate=48000",
            "2024-01-15 10:23:45.678 joined uid=42",
            "",
            "a-1 b_-2 9-3",
        ] {
            assert!(!f.may_matter(line), "{line}");
        }
    }
}
