//! Tokens of C-like source files (C, C++, Objective-C, TypeScript, Java, Kotlin, Dart), in one
//! pass over the text. Strings and comments are single tokens, so that a `{`, `,` or `=` inside
//! them never counts; comments are kept because they carry the members' documentation.
//! Preprocessor lines (C family) are one token each, continuation lines included.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    /// A numeric literal as written (`0x0102`, `1'000`, `7UL`, `1.5`).
    Number,
    /// A string or character literal, quotes included.
    Str,
    /// `//…`, `/*…*/`.
    Comment,
    /// A whole preprocessor line (`#define X 1 // note`), continuations included.
    Directive,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the text the lexer read.
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text(self, src: &str) -> &str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

/// Something the lexer could not close: an unterminated comment or string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexProblem {
    pub start: usize,
    pub end: usize,
    pub message: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// `#` at the start of a line opens a preprocessor directive.
    pub preprocessor: bool,
    /// `` `…` `` is a string (TypeScript).
    pub backtick_strings: bool,
    /// `"""…"""` and `'''…'''` are strings (Kotlin, Dart, Java text blocks).
    pub triple_quotes: bool,
}

const MULTI_PUNCT: [&str; 14] =
    [">>>", "<<", ">>", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "?.", "??"];

/// Splits `src` into tokens. Linear in the length of `src`; never fails: what cannot be closed
/// runs to the end of its line (strings) or of the text (comments) and is reported.
#[expect(
    clippy::too_many_lines,
    reason = "one branch per token kind, in the order they are tried: split up, the order would be spread over several functions"
)]
pub fn lex(src: &str, opts: Options) -> (Vec<Token>, Vec<LexProblem>) {
    let bytes = src.as_bytes();
    let mut tokens = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            i = line_end(bytes, i);
            Kind::Comment
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            match find(bytes, i + 2, b"*/") {
                Some(e) => {
                    if let Some(inner) = inner_opener(bytes, i + 2, e) {
                        problems.push(LexProblem { start: inner, end: line_end(bytes, inner), message: "this line opens a comment inside another one: the comment above lost its `*/`, so everything up to the next `*/` is read as comment" });
                    }
                    i = e + 2
                }
                None => {
                    i = bytes.len();
                    problems.push(LexProblem {
                        start,
                        end: line_end(bytes, start),
                        message: "this comment is never closed",
                    });
                }
            }
            Kind::Comment
        } else if b == b'#' && line_start && opts.preprocessor {
            i = directive_end(bytes, i);
            Kind::Directive
        } else if opts.triple_quotes && (bytes[i..].starts_with(b"\"\"\"") || bytes[i..].starts_with(b"'''"))
        {
            let quote = &bytes[i..i + 3];
            match find(bytes, i + 3, quote) {
                Some(e) => i = e + 3,
                None => {
                    i = bytes.len();
                    problems.push(LexProblem {
                        start,
                        end: line_end(bytes, start),
                        message: "this string is never closed",
                    });
                }
            }
            Kind::Str
        } else if b == b'"' || b == b'\'' || (b == b'`' && opts.backtick_strings) {
            let (end, closed) = string_end(bytes, i, b);
            if !closed {
                problems.push(LexProblem { start, end, message: "this string is never closed" });
            }
            i = end;
            Kind::Str
        } else if b.is_ascii_digit() || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i = number_end(bytes, i);
            Kind::Number
        } else if is_ident_start(src, i) {
            i = ident_end(src, i);
            Kind::Ident
        } else {
            i += MULTI_PUNCT
                .iter()
                .find(|p| bytes[i..].starts_with(p.as_bytes()))
                .map(|p| p.len())
                .unwrap_or_else(|| char_len(src, i));
            Kind::Punct
        };
        line_start = false;
        tokens.push(Token { kind, start, end: i });
    }
    (tokens, problems)
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| b == b'\n').map(|p| from + p).unwrap_or(bytes.len())
}

/// The end of a preprocessor line: a backslash before the line break continues it.
fn directive_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    loop {
        let end = line_end(bytes, i);
        let body = bytes[i..end].strip_suffix(b"\r").unwrap_or(&bytes[i..end]);
        // A `/*` comment left open on the line carries the directive on to its end.
        let open_comment = last_open_comment(body).map(|c| i + c);
        if let Some(c) = open_comment {
            match find(bytes, c + 2, b"*/") {
                Some(e) => {
                    i = e + 2;
                    continue;
                }
                None => return bytes.len(),
            }
        }
        if body.ends_with(b"\\") && end < bytes.len() {
            i = end + 1;
        } else {
            return end;
        }
    }
}

/// Where a `/*` opens on a line without closing there (outside `//` comments).
fn last_open_comment(line: &[u8]) -> Option<usize> {
    let mut i = 0;
    let mut open = None;
    while i + 1 < line.len() {
        match (line[i], line[i + 1]) {
            (b'/', b'/') if open.is_none() => return None,
            (b'/', b'*') if open.is_none() => {
                open = Some(i);
                i += 2;
                continue;
            }
            (b'*', b'/') if open.is_some() => {
                open = None;
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    open
}

/// A line inside a block comment that starts with `/*`: what a comment whose `*/` was lost
/// looks like, since it then runs on over the next comment's opener (`image/*` mid-line is
/// ordinary text).
fn inner_opener(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut at_line_start = false;
    let mut i = from;
    while i < to {
        match bytes[i] {
            b'\n' => at_line_start = true,
            b' ' | b'\t' | b'\r' => {}
            b'/' if at_line_start && bytes.get(i + 1) == Some(&b'*') => return Some(i),
            _ => at_line_start = false,
        }
        i += 1;
    }
    None
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

/// The end of a quoted literal and whether it was closed. Escapes are honoured; a line break
/// ends an unclosed `'` or `"` literal (a stray apostrophe must not swallow the file).
fn string_end(bytes: &[u8], from: usize, quote: u8) -> (usize, bool) {
    let mut i = from + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if quote != b'`' => return (i, false),
            b if b == quote => return (i + 1, true),
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

fn number_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        let exponent_sign = (b == b'+' || b == b'-')
            && i > from
            && matches!(bytes[i - 1], b'e' | b'E' | b'p' | b'P')
            && !is_hex_literal(&bytes[from..i]);
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'\'' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn is_hex_literal(text: &[u8]) -> bool {
    text.len() > 1 && text[0] == b'0' && (text[1] == b'x' || text[1] == b'X')
}

fn is_ident_start(src: &str, i: usize) -> bool {
    src[i..].chars().next().is_some_and(|c| c == '_' || c == '$' || c.is_alphabetic())
}

fn ident_end(src: &str, from: usize) -> usize {
    src[from..]
        .char_indices()
        .find(|(_, c)| !(*c == '_' || *c == '$' || c.is_alphanumeric()))
        .map(|(p, _)| from + p)
        .unwrap_or(src.len())
}

fn char_len(src: &str, i: usize) -> usize {
    src[i..].chars().next().map(char::len_utf8).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Options = Options { preprocessor: true, backtick_strings: false, triple_quotes: false };

    fn kinds(src: &str, opts: Options) -> Vec<(Kind, &str)> {
        lex(src, opts).0.into_iter().map(|t| (t.kind, t.text(src))).collect()
    }

    #[test]
    fn comments_and_strings_hide_punctuation() {
        let src = "A = 1, /* { , } */ B = \"x,}\" // c, d\n#define X 2 /* a\n b */\nC";
        let toks = kinds(src, C);
        assert_eq!(
            toks,
            vec![
                (Kind::Ident, "A"),
                (Kind::Punct, "="),
                (Kind::Number, "1"),
                (Kind::Punct, ","),
                (Kind::Comment, "/* { , } */"),
                (Kind::Ident, "B"),
                (Kind::Punct, "="),
                (Kind::Str, "\"x,}\""),
                (Kind::Comment, "// c, d"),
                (Kind::Directive, "#define X 2 /* a\n b */"),
                (Kind::Ident, "C"),
            ]
        );
    }

    #[test]
    fn numbers_shifts_and_continuations() {
        let src = "#define A \\\n  (1 << 3)\nB = 0x1Fu << 2, C = 1e+5, D = 1'000";
        let toks = kinds(src, C);
        assert_eq!(toks[0], (Kind::Directive, "#define A \\\n  (1 << 3)"));
        assert!(toks.contains(&(Kind::Number, "0x1Fu")));
        assert!(toks.contains(&(Kind::Punct, "<<")));
        assert!(toks.contains(&(Kind::Number, "1e+5")));
        assert!(toks.contains(&(Kind::Number, "1'000")));
    }

    #[test]
    fn unclosed_things_are_reported_and_bounded() {
        let (toks, problems) = lex("a = 'x\nb = 2 /* open", C);
        assert_eq!(
            problems.iter().map(|p| p.message).collect::<Vec<_>>(),
            vec!["this string is never closed", "this comment is never closed"]
        );
        assert!(toks.iter().any(|t| t.kind == Kind::Number), "the line after a stray quote is read");
    }

    #[test]
    fn a_comment_that_runs_over_another_opener_is_reported() {
        let (_, problems) = lex("/**\n * doc A\n *-/\nA = 1,\n/**\n * doc B\n */\nB = 2", C);
        assert_eq!(problems.len(), 1);
        let (_, problems) = lex("/** accept image/* files */\nA = 1", C);
        assert!(problems.is_empty());
    }

    #[test]
    fn a_hash_inside_a_line_is_not_a_directive() {
        let ts = Options { preprocessor: false, backtick_strings: true, triple_quotes: false };
        let toks = kinds("x = `a ${b}` # y", ts);
        assert_eq!(toks[2], (Kind::Str, "`a ${b}`"));
        assert_eq!(toks[3], (Kind::Punct, "#"));
    }
}
