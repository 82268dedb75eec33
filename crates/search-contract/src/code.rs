//! Code notation: every value a code-looking query can mean (`-2301`, `0x4043`, `404a`,
//! `4294967295` for -1). `readings` in `static/search-core.js` is the same function.

use crate::text::is_query_space;

/// How a query was read as a code value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Decimal,
    Hex,
    /// An unsigned 32-bit value read as signed (`4294967295` → -1).
    Signed32,
    /// A negative 32-bit value read as unsigned (`-1` → 4294967295).
    Unsigned32,
}

impl How {
    /// The label clients show ("matched as hex").
    pub fn as_str(self) -> &'static str {
        match self {
            How::Decimal => "decimal",
            How::Hex => "hex",
            How::Signed32 => "signed 32-bit reading",
            How::Unsigned32 => "unsigned 32-bit reading",
        }
    }
}

/// One value a query can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub value: i64,
    pub how: How,
}

/// The largest integer a browser holds exactly (`Number.MAX_SAFE_INTEGER`): readings stop
/// there so that every client finds the same values.
pub const MAX_SAFE: i128 = (1 << 53) - 1;
/// Hex digits after `0x` (13 digits stay below `MAX_SAFE`).
pub const MAX_HEX_DIGITS: usize = 13;
/// Decimal digits of a code query.
pub const MAX_DECIMAL_DIGITS: usize = 16;

/// Every value a code-looking query can mean, best reading first, without repeats; `None`
/// when the query does not look like a code. White space, `,` and `_` are ignored
/// (`-2 301`, `4,294,967,295`, `0x0103_0101`).
///
/// - `[-]0x<1–13 hex digits>`: hex;
/// - `[-]<1–16 digits>`: decimal, then (no sign, at least 3 digits) the same digits as hex;
/// - `<3–13 hex digits with a letter and a digit>`: hex (`404a`);
/// - each value in 2^31..2^32 is also read as signed 32-bit, each in -2^31..0 as unsigned.
pub fn readings(q: &str) -> Option<Vec<Reading>> {
    let s: String = q.chars().filter(|&c| !is_query_space(c) && c != ',' && c != '_').collect();
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let mut out = Vec::new();
    if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        if hex.is_empty() || hex.len() > MAX_HEX_DIGITS || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        with_bits(&mut out, signed(parse(hex, 16), negative), How::Hex);
    } else if !body.is_empty() && body.len() <= MAX_DECIMAL_DIGITS && body.bytes().all(|b| b.is_ascii_digit())
    {
        with_bits(&mut out, signed(parse(body, 10), negative), How::Decimal);
        if !negative && body.len() >= 3 {
            with_bits(&mut out, parse(body, 16), How::Hex);
        }
    } else if !negative && bare_hex(body) {
        with_bits(&mut out, parse(body, 16), How::Hex);
    } else {
        return None;
    }
    Some(out)
}

/// Hex without `0x`: 3 to 13 hex digits, at least one a letter and one a digit.
fn bare_hex(s: &str) -> bool {
    (3..=MAX_HEX_DIGITS).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_hexdigit())
        && s.bytes().any(|b| b.is_ascii_alphabetic())
        && s.bytes().any(|b| b.is_ascii_digit())
}

/// `s` holds only digits of `radix` and at most 16 of them, so it fits.
fn parse(s: &str, radix: u32) -> i128 {
    i128::from_str_radix(s, radix).unwrap_or(i128::MAX)
}

fn signed(v: i128, negative: bool) -> i128 {
    if negative {
        -v
    } else {
        v
    }
}

/// Adds `v` as read by `how`, then its other 32-bit reading.
fn with_bits(out: &mut Vec<Reading>, v: i128, how: How) {
    add(out, v, how);
    if (0x8000_0000..=0xffff_ffff).contains(&v) {
        add(out, v - 0x1_0000_0000, How::Signed32);
    }
    if (-0x8000_0000..0).contains(&v) {
        add(out, v + 0x1_0000_0000, How::Unsigned32);
    }
}

fn add(out: &mut Vec<Reading>, v: i128, how: How) {
    if v.abs() > MAX_SAFE {
        return;
    }
    let Ok(value) = i64::try_from(v) else { return };
    if !out.iter().any(|r| r.value == value) {
        out.push(Reading { value, how });
    }
}
