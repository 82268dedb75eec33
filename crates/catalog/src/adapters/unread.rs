//! Zero silent loss, checked after every family: a line that looks like a row of the document
//! and was not read as one is an error naming the line. "Looks like a row" is learnt from the
//! rows the adapter did read: a line that begins with a code of the same shape (sign, hex or
//! decimal, number of digits), once markup, bullets and a short label are stripped, or a table
//! line with a cell that is such a code.

use super::{Input, LineUse, Output};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;

/// The shapes of the codes a document's rows are written with.
#[derive(Debug, Default)]
struct Shapes(Vec<Shape>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    negative: bool,
    hex: bool,
    digits: usize,
}

impl Shape {
    fn of(token: &str) -> Shape {
        let t = token.trim_start_matches(['-', '−', '–']);
        let hex = t.starts_with("0x") || t.starts_with("0X");
        let digits = if hex { t.len() - 2 } else { t.len() };
        Shape { negative: t.len() != token.len(), hex, digits }
    }
}

impl Shapes {
    fn learn(out: &Output) -> Shapes {
        let mut shapes: Vec<Shape> = Vec::new();
        for o in &out.occurrences {
            let s = Shape::of(o.code_text.trim());
            if !shapes.contains(&s) {
                shapes.push(s);
            }
        }
        if shapes.is_empty() {
            // Nothing was read (a table lost its delimiter row, a header regex fits no line):
            // any code of the usual vendor shapes counts.
            for digits in [4, 6, 8] {
                shapes.push(Shape { negative: false, hex: false, digits });
                shapes.push(Shape { negative: true, hex: false, digits });
                shapes.push(Shape { negative: false, hex: true, digits });
            }
        }
        Shapes(shapes)
    }

    fn fits(&self, token: &str) -> bool {
        let t = Shape::of(token);
        self.0.iter().any(|s| s.negative == t.negative && s.hex == t.hex && s.digits.abs_diff(t.digits) <= 1)
    }
}

/// Reports every line that looks like a row but is not part of one, and marks it reported.
pub fn report(input: &Input<'_>, out: &mut Output) {
    let shapes = Shapes::learn(out);
    // Lines before the first section are page chrome; lines after `stop_at` are checked too,
    // since a stop pattern that matches a row would drop the rest of the table.
    let Some(first) = out.uses.iter().position(|u| *u != LineUse::Outside) else { return };
    // A row line where no row starts continues another row: a code there was swallowed.
    let starts: std::collections::BTreeSet<u32> =
        out.occurrences.iter().flat_map(|o| [o.span.line, o.code_span.line]).collect();
    let mut found = Vec::new();
    for line in input.doc.lines().skip(first) {
        let use_ = out.uses.get(line.number as usize - 1).copied().unwrap_or(LineUse::Unclaimed);
        let swallowed = use_ == LineUse::Row && !starts.contains(&line.number);
        if !swallowed && matches!(use_, LineUse::Row | LineUse::Reported | LineUse::Blank)
            || line.text.len() > 4096
        {
            continue;
        }
        if let Some(token) = row_code(line.text, &shapes) {
            found.push((line.span_of(token), token.to_owned(), use_));
        }
    }
    for (span, token, use_) in found {
        out.mark(span.line, LineUse::Reported);
        out.diagnostics.push(
            Diagnostic::new(
                Lint::UnreadRow,
                format!("this line starts with `{token}`, written like the codes of this document's rows, but was not read as a row"),
            )
            .with_label(Label::primary(input.file, span, why(use_)))
            .with_help(HELP),
        );
    }
}

const HELP: &str = "if it is a row, make the manifest describe it (a table needs its header and `|---|` delimiter; text rows must match `header` and `columns`; labels such as `value_label` match exactly); if it is not a row, acknowledge this finding in catalog/policy.toml";

fn why(use_: LineUse) -> &'static str {
    match use_ {
        LineUse::Markup => {
            "read as a heading or table header: a `heading_pattern`, `header` or `stop_at` matches it"
        }
        LineUse::Outside => "after `stop_at` or outside every section, so never read",
        LineUse::Prose => "read as prose of its section",
        LineUse::Row => "read as the continuation of the row above",
        _ => "claimed by no row",
    }
}

/// The code a line would be a row of: its leading code, or a table cell that is a code.
fn row_code<'l>(text: &'l str, shapes: &Shapes) -> Option<&'l str> {
    let t = text.trim();
    if t.starts_with('|') {
        if let Some(cell) = t.split('|').map(strip_markup).find(|c| is_code(c) && shapes.fits(c)) {
            return Some(cell);
        }
    }
    let rest = strip_label(strip_markup(t));
    let token = leading_code(rest)?;
    shapes.fits(token).then_some(token)
}

/// Strips what may stand before a row's code: spaces, table bars, bullets, emphasis and tags.
fn strip_markup(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let before = s.len();
        s = s.trim_start_matches(['|', '>', '*', '`', '#', '•', '·']).trim_start();
        if let Some(rest) = s.strip_prefix("- ") {
            s = rest.trim_start();
        }
        if s.starts_with('<') {
            if let Some(end) = s.find('>') {
                s = s[end + 1..].trim_start();
            }
        }
        if s.len() == before {
            return s.trim_end_matches(['*', '`']).trim_end();
        }
    }
}

/// Strips a short label (`Default value:`, `错误码：`) that may stand before a value.
fn strip_label(s: &str) -> &str {
    let Some(at) = s.find([':', '：']) else { return s };
    let (label, rest) = s.split_at(at);
    let short = label.split_whitespace().count() <= 3 && label.chars().count() <= 24;
    if short && !label.chars().any(|c| c.is_ascii_digit()) {
        let colon = rest.chars().next().map(char::len_utf8).unwrap_or(1);
        strip_markup(&rest[colon..])
    } else {
        s
    }
}

fn is_code(s: &str) -> bool {
    leading_code(s).is_some_and(|t| t.len() == s.len())
}

/// A code at the very start of `s`, followed by nothing that makes it part of a word, a
/// date, a version or a range (`2021-08-12`, `4.14`, `1000xxx`, `3rd`).
fn leading_code(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let sign = if s.starts_with('-') {
        1
    } else if s.starts_with('−') || s.starts_with('–') {
        '−'.len_utf8()
    } else {
        0
    };
    let body = &s[sign..];
    let (prefix, digits) = match body.get(..2) {
        Some("0x" | "0X") => (2, body[2..].bytes().take_while(u8::is_ascii_hexdigit).count()),
        _ => (0, body.bytes().take_while(u8::is_ascii_digit).count()),
    };
    if digits == 0 {
        return None;
    }
    let len = prefix + digits;
    let end = sign + len;
    let next = b.get(end).copied();
    let after = b.get(end + 1).copied();
    let joined = match next {
        None => false,
        Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'%' || c == b'_' => true,
        Some(b'.' | b'-' | b':' | b'/' | b',') => after.is_some_and(|a| a.is_ascii_digit()),
        Some(_) => false,
    };
    (!joined && len >= 2).then(|| &s[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_where_rows_carry_them() {
        let shapes = Shapes(vec![Shape::of("1001"), Shape::of("-2301"), Shape::of("0x4043")]);
        for (line, code) in [
            ("1009 PUSH_EVT_CAMERA_REMOVED The camera", "1009"),
            ("| kDemo | 1002 | lost |", "1002"),
            ("Default value: 0x4044", "0x4044"),
            ("  - **-2302** text", "-2302"),
            ("<tr><td>1003</td><td>x</td></tr>", "1003"),
            ("1004Description: joined", "1004"),
        ] {
            assert_eq!(row_code(line, &shapes), Some(code), "{line}");
        }
        for line in [
            "2021-08-12 17:41:05 Last updated",
            "1. Check the network",
            "1000xxx/1100xxx Common errors",
            "Version 4.14.0 deprecates it",
            "For example, the return code 1003 means",
            "12345678 has eight digits",
            "3rd party",
        ] {
            assert_eq!(row_code(line, &shapes), None, "{line}");
        }
    }
}
