//! Tokenization: how text becomes index keys, and how a query becomes the keys to look up.
//! `static/search-core.js` implements the same functions; `golden.json` pins both.

/// The CJK blocks whose letters and digits are indexed one character and one pair at a time
/// (CJK radicals to unified ideographs, Hangul, compatibility ideographs and forms, half- and
/// full-width forms, the supplementary ideograph planes).
pub const CJK_RANGES: [(u32, u32); 6] = [
    (0x2E80, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x2FA1F),
];

/// A letter or digit of a CJK block: such characters form CJK runs; other CJK-block
/// characters (punctuation, symbols) separate tokens.
pub fn is_cjk(c: char) -> bool {
    let u = c as u32;
    CJK_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&u)) && c.is_alphanumeric()
}

/// Splits text into search tokens: lower-cased ASCII letter/digit runs, and for CJK runs
/// every character and every pair of adjacent characters. Anything else separates tokens.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk: Vec<char> = Vec::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            flush_cjk(&mut cjk, &mut out);
            word.push(c.to_ascii_lowercase());
        } else if is_cjk(c) {
            flush_word(&mut word, &mut out);
            cjk.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_cjk(&mut cjk, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_cjk(&mut cjk, &mut out);
    out
}

fn flush_word(word: &mut String, out: &mut Vec<String>) {
    if !word.is_empty() {
        out.push(std::mem::take(word));
    }
}

fn flush_cjk(cjk: &mut Vec<char>, out: &mut Vec<String>) {
    for (i, c) in cjk.iter().enumerate() {
        out.push(c.to_string());
        if let Some(n) = cjk.get(i + 1) {
            out.push(format!("{c}{n}"));
        }
    }
    cjk.clear();
}

/// The parts of a symbolic name: `kRoomHbTimeoutError` → k, room, hb, timeout, error;
/// `PUSH_WARNING_DNS_FAIL` → push, warning, dns, fail; `SDKInitFailed2` → sdk, init, failed, 2.
/// A part ends before a lower→upper change, before the last capital of a capital run that a
/// lower-case letter follows, at a letter↔digit change and at any non-ASCII-alphanumeric.
pub fn name_parts(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if p.is_ascii_lowercase() && c.is_ascii_uppercase() => true,
            Some(p) if p.is_ascii_uppercase() && c.is_ascii_uppercase() => {
                next.is_some_and(|n| n.is_ascii_lowercase())
            }
            Some(p) if p.is_ascii_digit() != c.is_ascii_digit() => true,
            _ => false,
        };
        if boundary && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// A whole name as one key of the `names` dictionary: its ASCII letters and digits,
/// lower-cased.
pub fn name_key(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// White space as a browser's `String.prototype.trim` and `\s` see it (ECMAScript
/// WhiteSpace and LineTerminator). It differs from `char::is_whitespace` (U+0085, U+FEFF),
/// and queries must read the same in every client.
pub fn is_query_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// A query without its leading and trailing white space (`is_query_space`).
pub fn trim_query(q: &str) -> &str {
    q.trim_matches(is_query_space)
}

/// The tokens a words query looks up in `terms`, without repeats, first occurrence first:
/// an identifier-looking query (a `_` or a lower-case letter followed by a capital, no
/// space) is split into name parts, anything else into tokens.
pub fn query_terms(q: &str) -> Vec<String> {
    let ident = trim_query(q);
    let b = ident.as_bytes();
    let camel_or_snake =
        b.windows(2).any(|w| (w[0] == b'_' || w[0].is_ascii_lowercase()) && w[1].is_ascii_uppercase());
    let all =
        if camel_or_snake && !ident.chars().any(is_query_space) { name_parts(ident) } else { tokens(q) };
    let mut out: Vec<String> = Vec::with_capacity(all.len());
    for t in all {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// The `names` key a query looks up, when it reads as a whole identifier (an ASCII letter,
/// then at least two ASCII letters, digits or `_`).
pub fn query_name_key(q: &str) -> Option<String> {
    let ident = trim_query(q);
    let mut chars = ident.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest: Vec<char> = chars.collect();
    let rest_ok = rest.len() >= 2 && rest.iter().all(|c| c.is_ascii_alphanumeric() || *c == '_');
    (first_ok && rest_ok).then(|| name_key(ident))
}
