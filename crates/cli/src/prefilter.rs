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
//! The test runs once over the line's bytes (ASCII case-insensitive, with `_` left out of both
//! the words and the line so that `e_rr` still contains `err`). A word counts only where a
//! token can start (no letter or digit before it), so it is searched (Aho–Corasick, anchored)
//! only there; a key only where a token can end (none after it): `source` holds `rc`,
//! `quality` holds `ali`, and neither is a clue. It
//! may keep a line that holds nothing; it never skips one that holds something — `--all` reads
//! every line.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, StartKind};
use search_contract::tokens::{is_minus, CJK_CODE_KEY_CHARS, CODE_KEYS};

/// Where a pattern must stand in the line for its match to count (both, when it is a word and
/// a key: either place counts).
const AT_RUN_START: u8 = 1;
const AT_RUN_END: u8 = 2;
const ANYWHERE: u8 = 4;

/// The three tests are searched apart, each where it can count, so that a line costs about
/// one look at each of its bytes: most bytes start no word and end no key.
pub struct Prefilter {
    /// Words that must start a run: searched anchored, only at a run's start and only where
    /// the byte there starts some word.
    starts: Option<AhoCorasick>,
    first_bytes: [bool; 256],
    /// Keys that must end a run, by their last byte (lower case): a handful each.
    ends: Vec<Vec<Vec<u8>>>,
    /// Non-ASCII words and key characters, which count anywhere: searched only in a line
    /// that has a non-ASCII byte.
    anywhere: Option<AhoCorasick>,
}

/// Scratch space kept by a caller from line to line: the line without `_`, when it has one.
#[derive(Default)]
pub struct Scratch(Vec<u8>);

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
        patterns.dedup();
        let with = |place: u8| patterns.iter().filter(move |(_, p)| *p == place).map(|(w, _)| w);
        let mut first_bytes = [false; 256];
        for w in with(AT_RUN_START) {
            first_bytes[usize::from(w[0].to_ascii_lowercase())] = true;
            first_bytes[usize::from(w[0].to_ascii_uppercase())] = true;
        }
        let mut ends = vec![Vec::new(); 256];
        for k in with(AT_RUN_END) {
            if let Some(&last) = k.last() {
                ends[usize::from(last)].push(k.clone());
            }
        }
        Prefilter {
            starts: automaton(with(AT_RUN_START), StartKind::Anchored),
            first_bytes,
            ends,
            anywhere: automaton(with(ANYWHERE), StartKind::Unanchored),
        }
    }

    /// Whether `line` may hold a finding or a vendor's name.
    pub fn may_matter(&self, line: &str, scratch: &mut Scratch) -> bool {
        let (Some(starts), Some(anywhere)) = (&self.starts, &self.anywhere) else { return true };
        if signed_or_hex_code(line) {
            return true;
        }
        let buf = if line.as_bytes().contains(&b'_') {
            scratch.0.clear();
            scratch.0.extend(line.bytes().filter(|&b| b != b'_'));
            &scratch.0[..]
        } else {
            line.as_bytes()
        };
        if !line.is_ascii() && anywhere.is_match(buf) {
            return true;
        }
        let mut after_run = false;
        for (i, &b) in buf.iter().enumerate() {
            let in_run = b.is_ascii_alphanumeric();
            if !after_run && self.first_bytes[usize::from(b)] {
                let at = Input::new(buf).range(i..).anchored(Anchored::Yes);
                if starts.is_match(at) {
                    return true;
                }
            }
            if !in_run && self.key_ends_at(buf, i) {
                return true;
            }
            after_run = in_run;
        }
        self.key_ends_at(buf, buf.len())
    }

    /// Whether a key ends at `end` (exclusive) in `buf`.
    fn key_ends_at(&self, buf: &[u8], end: usize) -> bool {
        let Some(&last) = end.checked_sub(1).and_then(|i| buf.get(i)) else { return false };
        let keys = &self.ends[usize::from(last.to_ascii_lowercase())];
        !keys.is_empty()
            && keys
                .iter()
                .any(|k| buf[..end].len() >= k.len() && buf[end - k.len()..end].eq_ignore_ascii_case(k))
    }
}

/// An automaton of `patterns`, ASCII case-insensitive; `None` (nothing is skipped) if it
/// cannot be built, which these sizes never reach.
fn automaton<'p>(patterns: impl Iterator<Item = &'p Vec<u8>>, start: StartKind) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(start)
        .build(patterns)
        .ok()
}

/// A minus sign before an ASCII digit that no letter, digit or `_` precedes (`-2301`, `(−1)`,
/// not `2024-01`), or `0x` before a hex digit. Byte by byte: the other minus signs are
/// decoded only where a non-ASCII character starts.
fn signed_or_hex_code(line: &str) -> bool {
    let b = line.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let free_before = |i: usize| i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
    for (i, &c) in b.iter().enumerate() {
        let found = match c {
            b'0' => {
                b.get(i + 1).is_some_and(|x| x | 0x20 == b'x')
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
            }
            b'-' => digit_at(i + 1) && free_before(i),
            // The lead byte of a non-ASCII character; its text starts here.
            0xC0.. => line
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|ch| is_minus(ch) && digit_at(i + ch.len_utf8()) && free_before(i)),
            _ => false,
        };
        if found {
            return true;
        }
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
            assert!(f.may_matter(line, &mut Scratch::default()), "{line}");
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
            assert!(!f.may_matter(line, &mut Scratch::default()), "{line}");
        }
    }

    /// The rule as the module's comment states it, searched the slow way.
    fn reference(words: &[&str], line: &str) -> bool {
        let chars: Vec<char> = line.chars().collect();
        let signed = chars.iter().enumerate().any(|(i, &c)| {
            is_minus(c)
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                && !(i > 0 && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_'))
        });
        let hex =
            chars.windows(3).any(|w| w[0] == '0' && (w[1] == 'x' || w[1] == 'X') && w[2].is_ascii_hexdigit());
        let bare: String = line.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
        let b = bare.as_bytes();
        let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let at = |w: &str, p: usize| b[p..].starts_with(w.as_bytes());
        let lower = |w: &str| w.replace('_', "").to_ascii_lowercase();
        let word = words.iter().map(|w| lower(w)).any(|w| {
            if !w.is_ascii() {
                return bare.contains(&w);
            }
            (0..b.len()).any(|p| at(&w, p) && (p == 0 || !alnum(p - 1)))
        });
        let key = CODE_KEYS
            .iter()
            .map(|k| lower(k))
            .any(|k| (0..b.len()).any(|p| at(&k, p) && !alnum(p + k.len())));
        let cjk = CJK_CODE_KEY_CHARS.iter().any(|&c| line.contains(c));
        signed || hex || word || key || cjk
    }

    #[test]
    fn the_fast_search_agrees_with_the_rule_on_every_line() {
        let words = ["trtc", "ali", "PUSH_WARNING_DNS_FAIL", "即构", "agora.io"];
        let f = Prefilter::new(words.map(str::to_owned));
        let parts = [
            "trtc",
            "TRTC",
            "_",
            "-",
            "−",
            "－",
            "0x1f",
            "0X",
            "x",
            "1",
            "42",
            " ",
            "=",
            ":",
            ".",
            "(",
            ")",
            "code",
            "Code",
            "err",
            "rc",
            "source",
            "即构",
            "码",
            "ali",
            "quality",
            "agora",
            "io",
            "a",
            "é",
            "PUSH",
            "WARNING",
            "DNS",
            "FAIL",
            "warn",
            "errorCode",
            "\t",
        ];
        // A fixed xorshift: the same lines on every run.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let n = 1 + next() % 10;
            let line: String = (0..n).map(|_| parts[(next() % parts.len() as u64) as usize]).collect();
            assert_eq!(f.may_matter(&line, &mut Scratch::default()), reference(&words, &line), "{line:?}");
        }
    }
}
