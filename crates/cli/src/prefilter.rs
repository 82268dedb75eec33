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
//! left out of both the words and the line so that `e_rr` still contains `err`). A word counts
//! only where a token can start (no letter or digit before it), a key only where a token can
//! end (none after it): `source` holds `rc`, `quality` holds `ali`, and neither is a clue. It
//! may keep a line that holds nothing; it never skips one that holds something — `--all` reads
//! every line.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use search_contract::tokens::{is_minus, CJK_CODE_KEY_CHARS, CODE_KEYS};

/// Where a pattern must stand in the line for its match to count (both, when it is a word and
/// a key: either place counts).
const AT_RUN_START: u8 = 1;
const AT_RUN_END: u8 = 2;
const ANYWHERE: u8 = 4;

pub struct Prefilter {
    words: Option<AhoCorasick>,
    /// Per pattern: `AT_RUN_START`, `AT_RUN_END`, `ANYWHERE`, or-ed.
    places: Vec<u8>,
}

impl Prefilter {
    /// `words`: every word that may name a vendor and every entry name.
    pub fn new(words: impl IntoIterator<Item = String>) -> Prefilter {
        // A vendor's word or an entry's name is a whole token or an identifier's prefix: it
        // starts where a run starts. A key that labels a code is a run or its last name part:
        // it ends where a run ends (`source` holds `rc` but is no key). CJK words and key
        // characters stand anywhere in a CJK run.
        let strip = |w: &str| w.bytes().filter(|&b| b != b'_').collect::<Vec<u8>>();
        let mut patterns: Vec<(Vec<u8>, u8)> = words
            .into_iter()
            .map(|w| (strip(&w), if w.is_ascii() { AT_RUN_START } else { ANYWHERE }))
            .chain(CODE_KEYS.iter().map(|k| (strip(k), AT_RUN_END)))
            .chain(CJK_CODE_KEY_CHARS.iter().map(|c| (strip(&c.to_string()), ANYWHERE)))
            .filter(|(w, _)| !w.is_empty())
            .map(|(w, place)| (w.to_ascii_lowercase(), place))
            .collect();
        patterns.sort();
        let mut merged: Vec<(Vec<u8>, u8)> = Vec::with_capacity(patterns.len());
        for (w, place) in patterns {
            match merged.last_mut() {
                Some((last, places)) if *last == w => *places |= place,
                _ => merged.push((w, place)),
            }
        }
        // Without the automaton (it cannot fail on these sizes, but if it did) nothing is skipped.
        let words = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(merged.iter().map(|(w, _)| w))
            .ok();
        Prefilter { words, places: merged.into_iter().map(|(_, p)| p).collect() }
    }

    /// Whether `line` may hold a finding or a vendor's name. `buf` is scratch space (the line
    /// without `_`), kept by the caller from line to line.
    pub fn may_matter(&self, line: &str, buf: &mut Vec<u8>) -> bool {
        let Some(words) = &self.words else { return true };
        if signed_or_hex_code(line) {
            return true;
        }
        buf.clear();
        buf.extend(line.bytes().filter(|&b| b != b'_'));
        let buf = &buf[..];
        let run_byte = |i: usize| buf.get(i).is_some_and(u8::is_ascii_alphanumeric);
        words.find_overlapping_iter(buf).any(|m| {
            let place = self.places.get(m.pattern().as_usize()).copied().unwrap_or(ANYWHERE);
            place & ANYWHERE != 0
                || (place & AT_RUN_START != 0 && (m.start() == 0 || !run_byte(m.start() - 1)))
                || (place & AT_RUN_END != 0 && !run_byte(m.end()))
        })
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
        Prefilter::new(["trtc", "ali", "PUSH_WARNING_DNS_FAIL", "即构"].map(str::to_owned))
    }

    #[test]
    fn lines_with_a_vendor_a_name_a_key_or_a_signed_or_hex_code_are_kept() {
        let f = filter();
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
            "TRTCCloudImpl: enterRoom",
            "[AliRTC] start",
            "my_error_code=5",
            "errorCode: 5",
            "打开相机失败",
        ] {
            assert!(f.may_matter(line, &mut Vec::new()), "{line}");
        }
    }

    #[test]
    fn lines_that_cannot_hold_a_finding_are_skipped() {
        let f = filter();
        for line in [
            "11-24 06:30:01.123  4321  4400 D AudioTrack: write frames=123 sampleRate=48000",
            "2024-01-15 10:23:45.678 joined uid=42",
            "",
            "a-1 b_-2 9-3",
            "chromium: \"render frame 12\", source: app.js (1)",
            "onNetworkQuality quality=2 rtt=40",
            "NetworkMonitor: rtt=40ms loss=0.1 bandwidth=1200kbps",
            "xtrtc codecs=5 errored=1",
        ] {
            assert!(!f.may_matter(line, &mut Vec::new()), "{line}");
        }
    }
}
