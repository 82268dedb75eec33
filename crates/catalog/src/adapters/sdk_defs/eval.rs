//! A small evaluator for the constant expressions SDK files give their codes: integers in any
//! notation, negatives, shifts, `+ - * / % | & ^ ~`, parentheses, casts, and references to
//! members and constants defined earlier in the same file. Anything else is an error that says
//! why; the family never guesses a value.

use super::lexer::{Kind, Token};
use std::collections::HashMap;

/// Values known so far, by plain and qualified name (`BASE`, `Errors.BASE`, `Errors::BASE`).
#[derive(Debug, Default)]
pub struct Symbols {
    values: HashMap<String, i128>,
}

impl Symbols {
    pub fn define(&mut self, name: &str, value: i128) {
        self.values.insert(name.to_owned(), value);
    }

    pub fn get(&self, name: &str) -> Option<i128> {
        self.values.get(name).copied()
    }
}

/// Why an expression has no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    pub message: String,
}

fn fail<T>(message: impl Into<String>) -> Result<T, EvalError> {
    Err(EvalError { message: message.into() })
}

/// What differs between the languages' expressions.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dialect {
    /// `shl`, `shr`, `ushr`, `and`, `or`, `xor` are operators (Kotlin).
    pub kotlin_infix: bool,
    /// `'A'` is a character code (C family), not a string.
    pub char_literals: bool,
}

/// Evaluates `tokens` (comments already removed).
pub fn evaluate(src: &str, tokens: &[Token], symbols: &Symbols, dialect: Dialect) -> Result<i128, EvalError> {
    let tokens = strip_type_assertions(src, tokens);
    if tokens.is_empty() {
        return fail("the value is empty");
    }
    let mut p = Parser { src, tokens: &tokens, pos: 0, symbols, dialect, depth: 0 };
    let v = p.expr(0)?;
    match p.peek() {
        None => Ok(v),
        Some(t) => {
            fail(format!("`{}` after the value is not an operator this family evaluates", t.text(src)))
        }
    }
}

/// TypeScript's `as const` / `as number` and Kotlin's `.toInt()`-style conversions say nothing
/// about the value.
fn strip_type_assertions(src: &str, tokens: &[Token]) -> Vec<Token> {
    let mut out: Vec<Token> = tokens.to_vec();
    if let Some(i) = out.iter().position(|t| t.kind == Kind::Ident && t.text(src) == "as") {
        out.truncate(i);
    }
    let n = out.len();
    if n >= 4
        && out[n - 4].text(src) == "."
        && matches!(out[n - 3].text(src), "toInt" | "toLong" | "toShort" | "toByte")
        && out[n - 2].text(src) == "("
        && out[n - 1].text(src) == ")"
    {
        out.truncate(n - 4);
    }
    out
}

struct Parser<'a> {
    src: &'a str,
    tokens: &'a [Token],
    pos: usize,
    symbols: &'a Symbols,
    dialect: Dialect,
    /// Nesting of parentheses and unary operators, bounded so that a hostile file cannot
    /// overflow the stack.
    depth: u32,
}

const MAX_DEPTH: u32 = 200;

impl Parser<'_> {
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    fn peek_text(&self) -> &str {
        self.peek().map(|t| t.text(self.src)).unwrap_or("")
    }

    fn binary_op(&self) -> Option<(&'static str, u8)> {
        let t = self.peek()?;
        let text = t.text(self.src);
        let op = match (t.kind, text) {
            (Kind::Punct, "*" | "/" | "%") => (op_name(text), 5),
            (Kind::Punct, "+" | "-") => (op_name(text), 4),
            (Kind::Punct, "<<" | ">>" | ">>>") => (op_name(text), 3),
            (Kind::Punct, "&") => ("&", 2),
            (Kind::Punct, "^") => ("^", 1),
            (Kind::Punct, "|") => ("|", 0),
            (Kind::Ident, "shl") if self.dialect.kotlin_infix => ("<<", 3),
            (Kind::Ident, "shr") if self.dialect.kotlin_infix => (">>", 3),
            (Kind::Ident, "ushr") if self.dialect.kotlin_infix => (">>>", 3),
            (Kind::Ident, "and") if self.dialect.kotlin_infix => ("&", 2),
            (Kind::Ident, "xor") if self.dialect.kotlin_infix => ("^", 1),
            (Kind::Ident, "or") if self.dialect.kotlin_infix => ("|", 0),
            _ => return None,
        };
        Some(op)
    }

    /// Precedence climbing: every operator here is left-associative.
    fn expr(&mut self, min: u8) -> Result<i128, EvalError> {
        let mut left = self.unary()?;
        while let Some((op, prec)) = self.binary_op() {
            if prec < min {
                break;
            }
            self.pos += 1;
            let right = self.expr(prec + 1)?;
            left = apply(op, left, right)?;
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<i128, EvalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return fail("the expression nests too deeply");
        }
        let text = self.peek_text().to_owned();
        let v = match text.as_str() {
            "-" | "+" | "~" => {
                self.pos += 1;
                let v = self.unary()?;
                match text.as_str() {
                    "-" => v.checked_neg().ok_or_else(|| EvalError { message: "overflow".into() })?,
                    "~" => !v,
                    _ => v,
                }
            }
            "(" if self.is_cast() => {
                self.pos += 3;
                self.unary()?
            }
            _ => self.primary()?,
        };
        self.depth -= 1;
        check_range(v)
    }

    /// `(int)X`, `(NSInteger)-1`: a parenthesised type name before an operand.
    fn is_cast(&self) -> bool {
        let (Some(name), Some(close), Some(next)) =
            (self.tokens.get(self.pos + 1), self.tokens.get(self.pos + 2), self.tokens.get(self.pos + 3))
        else {
            return false;
        };
        name.kind == Kind::Ident
            && close.text(self.src) == ")"
            && self.symbols.get(name.text(self.src)).is_none()
            && (matches!(next.kind, Kind::Number | Kind::Ident | Kind::Str)
                || matches!(next.text(self.src), "(" | "-" | "~" | "+"))
    }

    fn primary(&mut self) -> Result<i128, EvalError> {
        let Some(t) = self.peek() else {
            return fail("the value ends where an operand was expected");
        };
        let text = t.text(self.src);
        match t.kind {
            Kind::Number => {
                self.pos += 1;
                parse_int(text)
            }
            Kind::Str if self.dialect.char_literals => {
                self.pos += 1;
                char_literal(text)
            }
            Kind::Str => fail(format!("{text} is a string, not a number")),
            Kind::Ident => self.reference(),
            Kind::Punct if text == "(" => {
                self.pos += 1;
                let v = self.expr(0)?;
                if self.peek_text() != ")" {
                    return fail("a `(` is not closed");
                }
                self.pos += 1;
                Ok(v)
            }
            _ => fail(format!("`{text}` is not a value this family evaluates")),
        }
    }

    /// A name, possibly qualified (`Base::A`, `Errors.A`), defined earlier in the file.
    fn reference(&mut self) -> Result<i128, EvalError> {
        let mut parts = vec![self.peek_text().to_owned()];
        self.pos += 1;
        while matches!(self.peek_text(), "::" | ".")
            && self.tokens.get(self.pos + 1).is_some_and(|t| t.kind == Kind::Ident)
        {
            self.pos += 1;
            parts.push(self.peek_text().to_owned());
            self.pos += 1;
        }
        if self.peek_text() == "(" {
            return fail(format!(
                "`{}(…)` is a call; this family evaluates no macro or function",
                parts.join(".")
            ));
        }
        let dotted = parts.join(".");
        let colons = parts.join("::");
        let last = parts.last().map(String::as_str).unwrap_or("");
        [dotted.as_str(), colons.as_str(), last]
            .iter()
            .find_map(|n| self.symbols.get(n))
            .map(Ok)
            .unwrap_or_else(|| fail(format!("`{dotted}` is not defined before this point in the file")))
    }
}

fn op_name(text: &str) -> &'static str {
    match text {
        "*" => "*",
        "/" => "/",
        "%" => "%",
        "+" => "+",
        "-" => "-",
        "<<" => "<<",
        ">>" => ">>",
        _ => ">>>",
    }
}

/// Values beyond 64 bits are no code any SDK returns, and keep every operation in range.
fn check_range(v: i128) -> Result<i128, EvalError> {
    if v < i128::from(i64::MIN) || v > i128::from(u64::MAX) {
        fail("the value does not fit 64 bits")
    } else {
        Ok(v)
    }
}

fn apply(op: &str, a: i128, b: i128) -> Result<i128, EvalError> {
    let overflow = || EvalError { message: format!("`{a} {op} {b}` overflows") };
    let v = match op {
        "+" => a.checked_add(b).ok_or_else(overflow)?,
        "-" => a.checked_sub(b).ok_or_else(overflow)?,
        "*" => a.checked_mul(b).ok_or_else(overflow)?,
        "/" | "%" if b == 0 => return fail("division by zero"),
        "/" => a / b,
        "%" => a % b,
        "<<" | ">>" | ">>>" if !(0..64).contains(&b) => return fail(format!("a shift by {b} bits")),
        "<<" => a.checked_shl(b as u32).ok_or_else(overflow)?,
        ">>" => a >> b,
        ">>>" => i128::from((a as u64) >> b),
        "&" => a & b,
        "^" => a ^ b,
        _ => a | b,
    };
    check_range(v)
}

/// An integer literal: decimal, `0x`, `0b`, C octal (`017`), with digit separators (`'`, `_`)
/// and type suffixes (`u`, `L`, `ull`, TypeScript's `n`).
pub fn parse_int(text: &str) -> Result<i128, EvalError> {
    let clean: String = text.chars().filter(|c| *c != '\'' && *c != '_').collect();
    let (radix, digits) = if let Some(h) = clean.strip_prefix("0x").or_else(|| clean.strip_prefix("0X")) {
        (16, h)
    } else if let Some(b) = clean.strip_prefix("0b").or_else(|| clean.strip_prefix("0B")) {
        (2, b)
    } else if clean.len() > 1
        && clean.starts_with('0')
        && clean.bytes().nth(1).is_some_and(|b| b.is_ascii_digit())
    {
        (8, &clean[1..])
    } else {
        (10, clean.as_str())
    };
    let digits = digits.trim_end_matches(['u', 'U', 'l', 'L', 'n']);
    if digits.is_empty() || digits.len() > 40 {
        return fail(format!("`{text}` is not an integer"));
    }
    match i128::from_str_radix(digits, radix) {
        Ok(v) => check_range(v),
        Err(_) => fail(format!("`{text}` is not an integer")),
    }
}

/// `'A'` is 65; a four-character constant (`'ABCD'`, Apple's OSType) reads big-endian; a
/// string is no code.
fn char_literal(text: &str) -> Result<i128, EvalError> {
    let inner = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\''));
    match inner {
        Some(chars) if !chars.is_empty() && chars.chars().count() <= 4 && !chars.contains('\\') => {
            Ok(chars.chars().fold(0i128, |acc, c| (acc << 8) | (c as i128 & 0xFF)))
        }
        _ => fail(format!("{text} is a string, not a number")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexer::{lex, Options};
    use super::*;

    const C: Options = Options { preprocessor: true, backtick_strings: false, triple_quotes: false };

    fn eval(src: &str, symbols: &Symbols) -> Result<i128, EvalError> {
        let (tokens, _) = lex(src, C);
        evaluate(src, &tokens, symbols, Dialect { kotlin_infix: false, char_literals: true })
    }

    #[test]
    fn integers_operators_and_references() {
        let mut s = Symbols::default();
        s.define("BASE", 1000);
        s.define("Errors.TIMEOUT", 7);
        let cases = [
            ("-1316", -1316),
            ("0x02010205", 0x02010205),
            ("0X01010304", 0x01010304),
            ("1 << 4", 16),
            ("BASE + 3", 1003),
            ("-(BASE * 2) - 1", -2001),
            ("(int)0x80000000", 0x80000000),
            ("(NSInteger)-1", -1),
            ("0xFF & ~0x0F | 1", 0xF1),
            ("Errors.TIMEOUT << 1", 14),
            ("4294967295UL", 4294967295),
            ("1'000'000", 1_000_000),
            ("017", 15),
            ("'A'", 65),
        ];
        for (src, want) in cases {
            assert_eq!(eval(src, &s), Ok(want), "{src}");
        }
    }

    #[test]
    fn what_cannot_be_evaluated_says_why() {
        let s = Symbols::default();
        for (src, why) in [
            ("UNKNOWN + 1", "not defined"),
            ("MAKE_CODE(1, 2)", "is a call"),
            ("\"text\"", "string"),
            ("1.5", "not an integer"),
            ("1 / 0", "division by zero"),
            ("1 << 80", "shift"),
            ("1 ? 2 : 3", "not an operator"),
            ("(1 + 2", "not closed"),
            ("", "empty"),
        ] {
            let e = eval(src, &s).expect_err(src);
            assert!(e.message.contains(why), "{src}: {}", e.message);
        }
    }

    #[test]
    fn kotlin_infix_operators() {
        let src = "1 shl 3 or 1";
        let (tokens, _) = lex(src, C);
        let kotlin = Dialect { kotlin_infix: true, char_literals: false };
        assert_eq!(evaluate(src, &tokens, &Symbols::default(), kotlin), Ok(9));
        let (tokens, _) = lex("'A'", C);
        assert!(evaluate("'A'", &tokens, &Symbols::default(), kotlin).is_err(), "a string outside C");
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let src = "-".repeat(10_000) + "1";
        assert!(eval(&src, &Symbols::default()).is_err());
        let src = "(".repeat(10_000) + "1";
        assert!(eval(&src, &Symbols::default()).is_err());
    }
}
