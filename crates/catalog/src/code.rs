//! Code values as vendors write them: decimal, negative, hex in any case and width.

use serde::Serialize;

/// How a code was written in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Notation {
    Decimal,
    /// `digits` counts the hex digits after `0x`, leading zeros included.
    Hex {
        digits: u8,
    },
}

/// A code as written (`0X01010304`) together with the value it denotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeText {
    pub value: i64,
    pub notation: Notation,
}

/// Parses one code token. Accepts `-2301`, `1000002`, `0x4043`, `0X01010304`, `0x0103030d`.
/// Returns `None` for anything else (never panics).
pub fn parse_code(text: &str) -> Option<CodeText> {
    let t = text.trim();
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        if hex.is_empty() || hex.len() > 16 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let value = u64::from_str_radix(hex, 16).ok()?;
        let value = i64::try_from(value).ok()?;
        return Some(CodeText { value, notation: Notation::Hex { digits: hex.len() as u8 } });
    }
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: i64 = t.parse().ok()?;
    Some(CodeText { value, notation: Notation::Decimal })
}

/// The 32-bit pattern of a value that fits 32 bits signed or unsigned.
pub fn bits32(value: i64) -> Option<u32> {
    if (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&value) {
        Some(value as u32)
    } else {
        None
    }
}

/// Whether a hex reading and a decimal reading denote the same 32-bit value: `0xFFFFFFFF`
/// agrees with both `4294967295` and `-1`.
pub fn same_bits(hex_value: i64, decimal_value: i64) -> bool {
    hex_value == decimal_value
        || matches!((bits32(hex_value), bits32(decimal_value)), (Some(a), Some(b)) if a == b)
}

/// Canonical hex spelling used on pages: `0x` and at least 4 upper-case digits, padded to an
/// even count so that `0x1020204` and `0x01020204` read alike.
pub fn canonical_hex(value: i64) -> Option<String> {
    let bits = if value < 0 { bits32(value)? as u64 } else { value as u64 };
    let mut digits = format!("{bits:X}");
    while digits.len() < 4 || digits.len() % 2 == 1 {
        digits.insert(0, '0');
    }
    Some(format!("0x{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_notation() {
        let v = |t: &str| parse_code(t).map(|c| c.value);
        assert_eq!(v("-2301"), Some(-2301));
        assert_eq!(v("0x4043"), Some(0x4043));
        assert_eq!(v("0X01010304"), Some(0x0101_0304));
        assert_eq!(v("0x0103030d"), Some(0x0103_030d));
        assert_eq!(v("0x1020204"), Some(16_908_804));
        assert_eq!(v("16974081"), Some(16_974_081));
        assert_eq!(v("0xFFFFFFFF"), Some(4_294_967_295));
        assert_eq!(v("0x"), None);
        assert_eq!(v("12a"), None);
        assert_eq!(v("-"), None);
        assert_eq!(v("99999999999999999999"), None);
        assert_eq!(parse_code("0x0104020").map(|c| c.notation), Some(Notation::Hex { digits: 7 }));
    }

    #[test]
    fn signed_and_unsigned_readings_agree() {
        assert!(same_bits(0xFFFF_FFFF, -1));
        assert!(same_bits(0x2905, 10501));
        assert!(!same_bits(0x0104020, 17_039_874));
    }

    #[test]
    fn canonical_hex_pads() {
        assert_eq!(canonical_hex(0x1020204).as_deref(), Some("0x01020204"));
        assert_eq!(canonical_hex(-1).as_deref(), Some("0xFFFFFFFF"));
        assert_eq!(canonical_hex(0x4043).as_deref(), Some("0x4043"));
        assert_eq!(canonical_hex(257).as_deref(), Some("0x0101"));
    }
}
