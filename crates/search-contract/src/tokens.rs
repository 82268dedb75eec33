//! What a code, an identifier and a word are in free text: a query with words around a code, or
//! one line of a log (`[TRTC] onError code=-2301 msg=…`, `errorCode: 1102016`, `错误码：-2301`).
//! `scan` is the one definition; `scan` in `static/search-core.js` is its JavaScript twin and
//! the `scan` section of `golden.json` pins both. The search page and `rtc-atlas decode` read
//! text with it.
//!
//! A line is cut into runs: ASCII letters, digits and `_` (a *run*), CJK letters and digits
//! (`is_cjk`), anything else separates. Then:
//!
//! - a run `0x…` that `readings` accepts is a hex **code**; a run of at most
//!   `MAX_DECIMAL_DIGITS` digits is a decimal **code**; a run of 3–13 hex digits with a letter
//!   and a digit (`404a`) is a bare-hex **code**. A minus sign (`-`, `−`, `－`, `–`, `‐`, `‑`,
//!   `‒`, `﹣`) right before a decimal or `0x` code belongs to it unless an ASCII letter, digit
//!   or `_` precedes the sign (`2024-01-15` is no negative number);
//! - runs that touch through one `.`, `:` or `-` with a digit on both sides form one **word**
//!   (dates, times, addresses, versions: `10:23:45.123`, `192.168.1.1`, `v4.11.3`), never codes;
//! - a run that starts with a letter or `_` and has a `_` between letters or digits or a case
//!   change (`kRoomHbTimeoutError`, `PUSH_WARNING_DNS_FAIL`, `onError`, `IOError`) is an
//!   **identifier**;
//! - any other run, and every CJK run, is a **word**.
//!
//! A code says how the text around it presents it (`Cue`): after a key that names a code
//! (`code=`, `errorCode:`, `error -2301`, `错误码：`, `onError(`) it is `Labeled`; alone in
//! brackets, `Bracketed`; the value of some other key (`roomId=1234`), `Keyed`; else `Bare`.
//!
//! `scan` runs in time linear in the line, allocates only the tokens, and never panics.

use crate::code::{readings, Reading};
use crate::text::{is_cjk, is_query_space, name_key, name_parts};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Code,
    Identifier,
    Word,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Code => "code",
            TokenKind::Identifier => "identifier",
            TokenKind::Word => "word",
        }
    }
}

/// How a code is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// Digits, maybe signed: `-2301`, `1102016`.
    Decimal,
    /// `0x4043`, `-0x10`.
    Hex,
    /// Hex digits without `0x`, with a letter and a digit: `404a`.
    BareHex,
}

impl Notation {
    pub fn as_str(self) -> &'static str {
        match self {
            Notation::Decimal => "decimal",
            Notation::Hex => "hex",
            Notation::BareHex => "bare-hex",
        }
    }
}

/// How the text around a code presents it, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// After a key that names a code (`CODE_KEYS`, or a CJK key with 码 or 错): `code=-2301`,
    /// `errorCode: 1102016`, `error -2301`, `错误码：-2301`, `onError(-2301)`.
    Labeled,
    /// Alone in brackets: `(-1313)`, `[0x4043]`, `（-2301）`.
    Bracketed,
    /// The value of a key that names something else: `roomId=1234`, `port: 443`.
    Keyed,
    /// None of these.
    Bare,
}

impl Cue {
    pub fn as_str(self) -> &'static str {
        match self {
            Cue::Labeled => "labeled",
            Cue::Bracketed => "bracketed",
            Cue::Keyed => "keyed",
            Cue::Bare => "bare",
        }
    }
}

/// One token of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// The text as written (a code with its sign).
    pub text: String,
    /// Codes: ASCII sign, digits as written (`−2301` → `-2301`); identifiers: the text;
    /// words: ASCII lower-cased.
    pub norm: String,
    /// UTF-8 byte offsets `[start, end)` in the line.
    pub bytes: (usize, usize),
    /// Unicode scalar (code point) offsets `[start, end)` in the line.
    pub chars: (usize, usize),
    /// Codes only.
    pub notation: Option<Notation>,
    /// Codes only: every value the code can mean (`readings` of `norm`), best first. Empty for
    /// digits past 2^53.
    pub values: Vec<Reading>,
    /// Codes only.
    pub cue: Option<Cue>,
    /// Codes only: the key the code is the value of (`errorCode`, `错误码`), as written.
    pub key: Option<String>,
}

/// Keys (name keys, or the last name part of a key) that name a code: `code=`, `errCode:`,
/// `error_code`, `ret=`, `hr=`, and warnings' keys (`warn=104`, `onWarning(warningCode: …)`).
pub const CODE_KEYS: [&str; 25] = [
    "code",
    "codes",
    "err",
    "errs",
    "error",
    "errors",
    "errcode",
    "errorcode",
    "ret",
    "retcode",
    "rc",
    "ec",
    "hr",
    "status",
    "statuscode",
    "result",
    "resultcode",
    "reason",
    "reasoncode",
    "fail",
    "failed",
    "warn",
    "warning",
    "warncode",
    "warningcode",
];

/// CJK characters that make a key name a code (错误码, 返回码, 错误, 失败).
pub const CJK_CODE_KEY_CHARS: [char; 4] = ['码', '错', '误', '败'];

/// Minus signs a code may carry: hyphen-minus, the Unicode minus, dashes that word
/// processors substitute, and the small and full-width forms.
pub const MINUS_SIGNS: [char; 8] =
    ['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2212}', '\u{FE63}', '\u{FF0D}'];

pub fn is_minus(c: char) -> bool {
    MINUS_SIGNS.contains(&c)
}

/// Characters that join two digit runs into one number-like word (`10:23`, `1.5`, `2024-01`).
const JOINERS: [char; 3] = ['.', ':', '-'];

fn is_run_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// A raw run before classification: char and byte spans into the line.
#[derive(Debug, Clone, Copy)]
struct Run {
    cjk: bool,
    c0: usize,
    c1: usize,
    b0: usize,
    b1: usize,
}

/// The tokens of `line`, in order. See the module documentation for the rules.
pub fn scan(line: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let runs = runs(&chars, line.len());
    let mut out: Vec<Token> = Vec::with_capacity(runs.len());
    let mut i = 0;
    while i < runs.len() {
        let mut j = i;
        while !runs[j].cjk && j + 1 < runs.len() && joined(&chars, &runs[j], &runs[j + 1]) {
            j += 1;
        }
        let tok = if j > i {
            let (first, last) = (runs[i], runs[j]);
            let text = &line[first.b0..last.b1];
            word(text, (first.b0, last.b1), (first.c0, last.c1))
        } else {
            classify(line, &chars, &runs[i])
        };
        out.push(tok);
        i = j + 1;
    }
    let mut prev_end = (0usize, 0usize);
    for k in 0..out.len() {
        if out[k].kind == TokenKind::Code {
            let (cue, key) = cue_of(&chars, &out, k, prev_end);
            out[k].cue = Some(cue);
            out[k].key = key;
        }
        prev_end = (out[k].chars.1, out[k].bytes.1);
    }
    out
}

/// Maximal runs of run characters and of CJK letters and digits.
fn runs(chars: &[(usize, char)], len: usize) -> Vec<Run> {
    let mut out = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    let byte_at = |i: usize| chars.get(i).map_or(len, |&(b, _)| b);
    for (i, &(_, c)) in chars.iter().enumerate() {
        let class = if is_run_char(c) {
            Some(false)
        } else if is_cjk(c) {
            Some(true)
        } else {
            None
        };
        if let Some((s, cjk)) = start {
            if class != Some(cjk) {
                out.push(Run { cjk, c0: s, c1: i, b0: byte_at(s), b1: byte_at(i) });
                start = None;
            }
        }
        if start.is_none() {
            start = class.map(|cjk| (i, cjk));
        }
    }
    if let Some((s, cjk)) = start {
        out.push(Run { cjk, c0: s, c1: chars.len(), b0: byte_at(s), b1: len });
    }
    out
}

/// Two ASCII runs one joiner apart with a digit on both sides of it.
fn joined(chars: &[(usize, char)], a: &Run, b: &Run) -> bool {
    let digit = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_ascii_digit());
    !b.cjk && b.c0 == a.c1 + 1 && JOINERS.contains(&chars[a.c1].1) && digit(a.c1 - 1) && digit(b.c0)
}

fn word(text: &str, bytes: (usize, usize), chars: (usize, usize)) -> Token {
    Token {
        kind: TokenKind::Word,
        text: text.to_owned(),
        norm: text.to_ascii_lowercase(),
        bytes,
        chars,
        notation: None,
        values: Vec::new(),
        cue: None,
        key: None,
    }
}

fn classify(line: &str, chars: &[(usize, char)], r: &Run) -> Token {
    let text = &line[r.b0..r.b1];
    if r.cjk {
        return word(text, (r.b0, r.b1), (r.c0, r.c1));
    }
    let b = text.as_bytes();
    let hex = b.len() > 2 && b[0] == b'0' && (b[1] | 0x20) == b'x';
    let notation = if hex {
        readings(text).map(|_| Notation::Hex)
    } else if b.iter().all(u8::is_ascii_digit) {
        (b.len() <= crate::code::MAX_DECIMAL_DIGITS).then_some(Notation::Decimal)
    } else if bare_hex(b) {
        Some(Notation::BareHex)
    } else {
        None
    };
    let Some(notation) = notation else {
        let mut tok = word(text, (r.b0, r.b1), (r.c0, r.c1));
        if is_identifier(text) {
            tok.kind = TokenKind::Identifier;
            tok.norm = text.to_owned();
        }
        return tok;
    };
    // The sign: a minus right before the run, itself not after a run character.
    let signed = notation != Notation::BareHex
        && r.c0 >= 1
        && is_minus(chars[r.c0 - 1].1)
        && (r.c0 < 2 || !is_run_char(chars[r.c0 - 2].1));
    let (c0, b0) = if signed { (r.c0 - 1, chars[r.c0 - 1].0) } else { (r.c0, r.b0) };
    let norm = if signed { format!("-{text}") } else { text.to_owned() };
    Token {
        kind: TokenKind::Code,
        text: line[b0..r.b1].to_owned(),
        values: readings(&norm).unwrap_or_default(),
        norm,
        bytes: (b0, r.b1),
        chars: (c0, r.c1),
        notation: Some(notation),
        cue: None,
        key: None,
    }
}

/// 3 to 13 hex digits, at least one a letter and one a digit.
fn bare_hex(b: &[u8]) -> bool {
    (3..=crate::code::MAX_HEX_DIGITS).contains(&b.len())
        && b.iter().all(u8::is_ascii_hexdigit)
        && b.iter().any(u8::is_ascii_alphabetic)
        && b.iter().any(u8::is_ascii_digit)
}

/// Starts with a letter or `_`, and has a `_` between two letters or digits or a case change
/// (lower→upper, or a capital run followed by a lower-case letter after the start).
pub fn is_identifier(text: &str) -> bool {
    let b = text.as_bytes();
    if !b.first().is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') {
        return false;
    }
    let underscore =
        b.windows(3).any(|w| w[1] == b'_' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
    let lower_upper = b.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let caps_lower = b
        .windows(3)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && w[2].is_ascii_lowercase());
    underscore || lower_upper || caps_lower
}

/// Whether a key names a code: its name key is in `CODE_KEYS`, or its last name part is (a last
/// part `code` only after one that is), or it has a CJK character of `CJK_CODE_KEY_CHARS`.
pub fn is_code_key(key: &str) -> bool {
    if key.chars().any(|c| CJK_CODE_KEY_CHARS.contains(&c)) {
        return true;
    }
    // The last name part is a suffix of the name key: a key whose name key ends with no code
    // key needs neither (most keys of a log line: `roomId`, `sampleRate`), and costs nothing.
    let lower = |c: char| c.to_ascii_lowercase();
    let ends_with = |k: &str| {
        let mut key_chars = key.chars().rev().filter(char::is_ascii_alphanumeric).map(lower);
        k.chars().rev().all(|c| key_chars.next() == Some(c))
    };
    if !CODE_KEYS.iter().any(|k| ends_with(k)) {
        return false;
    }
    if CODE_KEYS.contains(&name_key(key).as_str()) {
        return true;
    }
    // `code` as the last part names a code only after a part that does (`errorCode`,
    // `PUSH_ERR_CODE`): `versionCode`, `keyCode`, `countryCode`, `exitCode` are other numbers.
    match name_parts(key).as_slice() {
        [.., before, last] if last == "code" || last == "codes" => CODE_KEYS.contains(&before.as_str()),
        [.., last] => CODE_KEYS.contains(&last.as_str()),
        [] => false,
    }
}

/// The cue of code `k`: the gap between the previous token and the code decides whether that
/// token is its key (only white space, quotes and one `=`, `:` or opening bracket) and whether
/// the code is bracketed (an opening bracket before, a closing one after).
fn cue_of(
    chars: &[(usize, char)],
    toks: &[Token],
    k: usize,
    prev_end: (usize, usize),
) -> (Cue, Option<String>) {
    let (c0, c1) = toks[k].chars;
    let mut gap = chars[prev_end.0..c0]
        .iter()
        .map(|&(_, c)| c)
        .filter(|&c| !is_query_space(c) && c != '"' && c != '\'');
    // The gap matters only as nothing, one character, or more.
    let (first, second, last) = (gap.next(), gap.next(), gap.next_back());
    let last = last.or(second).or(first);
    let after = chars[c1..].iter().map(|&(_, c)| c).find(|&c| !is_query_space(c) && c != '"' && c != '\'');
    let opens = last.is_some_and(|c| matches!(c, '(' | '[' | '（' | '【'));
    let closes = after.is_some_and(|c| matches!(c, ')' | ']' | '）' | '】'));
    let key = k.checked_sub(1).map(|p| &toks[p]).filter(|p| p.kind != TokenKind::Code);
    let sep = match (first, second) {
        (None, _) => Some(false),
        (Some(c), None) => matches!(c, '=' | ':' | '：' | '＝' | '(' | '（').then_some(true),
        _ => None,
    };
    if let (Some(p), Some(with_sep)) = (key, sep) {
        if is_code_key(&p.text) {
            return (Cue::Labeled, Some(p.text.clone()));
        }
        if opens && closes {
            return (Cue::Bracketed, None);
        }
        if with_sep && !opens {
            return (Cue::Keyed, Some(p.text.clone()));
        }
    }
    if opens && closes {
        return (Cue::Bracketed, None);
    }
    (Cue::Bare, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line made of up to 6 characters from a set of tricky ones (signs, joiners,
    /// brackets, CJK, astral, spaces): no panic, spans that give back the text, tokens in
    /// order without overlap, codes with a cue.
    #[test]
    fn spans_hold_on_every_short_line_of_tricky_characters() {
        let alphabet: Vec<char> = "0a_x-−.:(）=错码 \u{3000}😀𠀀Z9".chars().collect();
        let n = alphabet.len();
        let mut lines = 0;
        for len in 0..=4u32 {
            for mut k in 0..n.pow(len) {
                let mut line = String::new();
                for _ in 0..len {
                    line.push(alphabet[k % n]);
                    k /= n;
                }
                check(&line);
                lines += 1;
            }
        }
        assert!(lines > 100_000);
        check("0x0x0x-0x1 ---1 1-1-1 a-1 ((1)) 错误码：：-1 0x12345678901234 1234567890123456");
    }

    fn check(line: &str) {
        let chars: Vec<char> = line.chars().collect();
        let mut end = 0;
        for t in scan(line) {
            assert_eq!(&line[t.bytes.0..t.bytes.1], t.text, "byte span in {line:?}");
            assert_eq!(
                chars[t.chars.0..t.chars.1].iter().collect::<String>(),
                t.text,
                "char span in {line:?}"
            );
            assert!(t.chars.0 >= end && t.chars.1 > t.chars.0, "order in {line:?}");
            end = t.chars.1;
            assert_eq!(t.kind == TokenKind::Code, t.cue.is_some(), "cue of {t:?}");
        }
    }
}
