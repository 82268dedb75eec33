//! Raw document text: decoding without loss of position, lines, spans and text normalization.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// A place in a source file: 1-based line and column (columns count characters), plus the
/// byte range in the decoded text so that diagnostics can underline it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
pub struct Span {
    pub line: u32,
    pub column: u32,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// One line of a decoded document, without its line terminator.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub number: u32,
    /// Byte offset of the line's first character in the decoded text.
    pub start: usize,
    pub text: &'a str,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The span of `part`, which must be a sub-slice of this line's text; otherwise the whole
    /// line.
    pub fn span_of(&self, part: &str) -> Span {
        let base = self.text.as_ptr() as usize;
        let p = part.as_ptr() as usize;
        if p >= base && p + part.len() <= base + self.text.len() {
            let off = p - base;
            Span {
                line: self.number,
                column: self.text[..off].chars().count() as u32 + 1,
                start: self.start + off,
                end: self.start + off + part.len(),
            }
        } else {
            self.span()
        }
    }

    /// The span of the line's non-blank content.
    pub fn span(&self) -> Span {
        let trimmed = self.text.trim();
        if trimmed.is_empty() {
            return Span { line: self.number, column: 1, start: self.start, end: self.start };
        }
        self.span_of(trimmed)
    }
}

/// Problems met while decoding raw bytes; reported as diagnostics by the loader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeIssue {
    /// Bytes that are not UTF-8 were replaced with U+FFFD on this line.
    InvalidUtf8 { line: u32 },
    /// NUL bytes (which no page means and which HTML must not carry) were replaced with
    /// U+FFFD on this line.
    NulByte { line: u32 },
}

/// A decoded document: BOM removed, invalid bytes replaced (and reported), line ends of any
/// style (`\n`, `\r\n`, lone `\r`) understood.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    line_starts: Vec<usize>,
    pub issues: Vec<DecodeIssue>,
}

fn replace_nul(text: &str, issues: &mut Vec<DecodeIssue>) -> String {
    for (i, line) in text.split('\n').enumerate() {
        if line.contains('\0') {
            issues.push(DecodeIssue::NulByte { line: i as u32 + 1 });
        }
    }
    text.replace('\0', "\u{FFFD}")
}

impl Document {
    pub fn decode(bytes: &[u8]) -> Document {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut issues = Vec::new();
        let text = if let Some(text) = decode_utf16(bytes, &mut issues) {
            text
        } else {
            decode_utf8(bytes, &mut issues)
        };
        Document::from_decoded(text, issues)
    }

    fn from_decoded(text: String, mut issues: Vec<DecodeIssue>) -> Document {
        let text = if text.contains('\0') { replace_nul(&text, &mut issues) } else { text };
        let mut line_starts = vec![0];
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if b.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        if line_starts.last() == Some(&text.len()) && !text.is_empty() {
            line_starts.pop();
        }
        Document { text, line_starts, issues }
    }

    pub fn line_count(&self) -> usize {
        if self.text.is_empty() {
            0
        } else {
            self.line_starts.len()
        }
    }

    /// Line `number` (1-based), or `None` past the end.
    pub fn line(&self, number: u32) -> Option<Line<'_>> {
        let idx = (number as usize).checked_sub(1)?;
        if idx >= self.line_count() {
            return None;
        }
        let start = self.line_starts[idx];
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        let raw = &self.text[start..end];
        let text = raw.trim_end_matches(['\n', '\r']);
        Some(Line { number, start, text })
    }

    pub fn lines(&self) -> impl Iterator<Item = Line<'_>> {
        (1..=self.line_count() as u32).filter_map(|n| self.line(n))
    }

    /// The span of byte range `start..end` of the decoded text.
    pub fn span_at(&self, start: usize, end: usize) -> Span {
        let idx = self.line_starts.partition_point(|&s| s <= start).saturating_sub(1);
        let line_start = self.line_starts.get(idx).copied().unwrap_or(0);
        let start = start.min(self.text.len());
        let column = self.text.get(line_start..start).map(|s| s.chars().count() as u32 + 1).unwrap_or(1);
        Span { line: idx as u32 + 1, column, start, end: end.max(start).min(self.text.len()) }
    }

    /// The 1-based line that byte `offset` of the decoded text is on.
    pub fn line_at(&self, offset: usize) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    /// A reader of spans for many ranges in ascending order. `span_at` counts its column from
    /// the line's start on every call, which is quadratic over the rows of a page written on
    /// a single line; the cursor counts each character once.
    pub fn span_cursor(&self) -> SpanCursor<'_> {
        SpanCursor { doc: self, line: usize::MAX, at: 0, column: 1 }
    }
}

/// See [`Document::span_cursor`]. Any order of calls gives the spans `span_at` gives; only
/// ascending starts are fast.
#[derive(Debug, Clone)]
pub struct SpanCursor<'a> {
    doc: &'a Document,
    /// Index of the line of the last span, `usize::MAX` before the first.
    line: usize,
    /// Byte offset and column of the last span's start.
    at: usize,
    column: u32,
}

impl SpanCursor<'_> {
    pub fn span_at(&mut self, start: usize, end: usize) -> Span {
        let text = &self.doc.text;
        let idx = self.doc.line_starts.partition_point(|&s| s <= start).saturating_sub(1);
        let start = start.min(text.len());
        if idx != self.line || start < self.at {
            self.line = idx;
            self.at = self.doc.line_starts.get(idx).copied().unwrap_or(0);
            self.column = 1;
        }
        let end = end.max(start).min(text.len());
        let line = idx as u32 + 1;
        match text.get(self.at..start) {
            Some(piece) => {
                self.column += piece.chars().count() as u32;
                self.at = start;
                Span { line, column: self.column, start, end }
            }
            // Not a character boundary: `span_at` answers column 1 there too.
            None => Span { line, column: 1, start, end },
        }
    }
}

/// UTF-8 with invalid bytes replaced by U+FFFD, each reported on its line.
fn decode_utf8(bytes: &[u8], issues: &mut Vec<DecodeIssue>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => {
            let mut line = 1u32;
            let mut rest = bytes;
            let mut out = String::with_capacity(bytes.len());
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let (good, bad) = rest.split_at(e.valid_up_to());
                        // valid_up_to guarantees `good` is UTF-8.
                        let good = String::from_utf8_lossy(good);
                        line += good.matches('\n').count() as u32;
                        out.push_str(&good);
                        out.push('\u{FFFD}');
                        if issues.last() != Some(&DecodeIssue::InvalidUtf8 { line }) {
                            issues.push(DecodeIssue::InvalidUtf8 { line });
                        }
                        let skip = e.error_len().unwrap_or(bad.len()).max(1);
                        rest = &bad[skip.min(bad.len())..];
                    }
                }
            }
            out
        }
    }
}

/// A text with a UTF-16 byte-order mark (SDK headers written on Windows are often UTF-16LE),
/// decoded; `None` without such a mark. Unpaired surrogates and an odd last byte become U+FFFD,
/// reported like invalid UTF-8.
fn decode_utf16(bytes: &[u8], issues: &mut Vec<DecodeIssue>) -> Option<String> {
    let (rest, little) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = rest.chunks(2).map(|c| match (c, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // An odd last byte is no character: an unpaired surrogate stands for it.
        _ => 0xD800,
    });
    let mut out = String::with_capacity(rest.len() / 2);
    let mut line = 1u32;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                out.push(c);
            }
            Err(_) => {
                out.push('\u{FFFD}');
                if issues.last() != Some(&DecodeIssue::InvalidUtf8 { line }) {
                    issues.push(DecodeIssue::InvalidUtf8 { line });
                }
            }
        }
    }
    Some(out)
}

/// Whether a character belongs to CJK writing (ideographs, kana, hangul, CJK punctuation and
/// full-width forms): text in these scripts joins across a line break without a space.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
            | 0x20000..=0x2FA1F)
}

/// Joins pieces of one text that a document broke across lines or cells: a space between
/// Latin pieces, nothing between CJK pieces.
pub fn join_pieces<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for piece in pieces {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if let (Some(a), Some(b)) = (out.chars().last(), piece.chars().next()) {
            if !(is_cjk(a) && is_cjk(b)) {
                out.push(' ');
            }
        }
        out.push_str(piece);
    }
    out
}

/// Collapses runs of white space into one space and trims.
pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The comparison key for "same meaning": compatibility-normalized (full-width to half-width),
/// lower-cased, with white space and punctuation removed. Two texts with equal keys differ at
/// most in spacing, punctuation or case.
pub fn meaning_key(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).filter(|c| !c.is_whitespace() && !is_punctuation(*c)).collect()
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '。' | '、'
                | '，'
                | '：'
                | '；'
                | '！'
                | '？'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '《'
                | '》'
                | '「'
                | '」'
                | '（'
                | '）'
                | '…'
                | '—'
                | '·'
                | '•'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_bom_crlf_and_bad_bytes() {
        let d = Document::decode(b"\xEF\xBB\xBFa\r\nb\xFF\rc\n");
        assert_eq!(d.line_count(), 3);
        assert_eq!(d.line(1).map(|l| l.text), Some("a"));
        assert_eq!(d.line(2).map(|l| l.text), Some("b\u{FFFD}"));
        assert_eq!(d.line(3).map(|l| l.text), Some("c"));
        assert_eq!(d.issues, vec![DecodeIssue::InvalidUtf8 { line: 2 }]);
        assert!(d.line(4).is_none());
        assert_eq!(Document::decode(b"").line_count(), 0);
    }

    #[test]
    fn decodes_utf16_with_either_byte_order_mark() {
        let text = "#define A 1 // 错误\r\nB\n";
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        for bytes in [le, be] {
            let d = Document::decode(&bytes);
            assert_eq!(d.text, text);
            assert_eq!(d.line(2).map(|l| l.text), Some("B"));
            assert!(d.issues.is_empty());
        }
        let odd = Document::decode(&[0xFF, 0xFE, b'a', 0, b'\n', 0, 0xD8]);
        assert_eq!(odd.text, "a\n\u{FFFD}");
        assert_eq!(odd.issues, vec![DecodeIssue::InvalidUtf8 { line: 2 }]);
    }

    #[test]
    fn spans_count_characters() {
        let d = Document::decode("x\n房间 kRoom".as_bytes());
        let line = d.line(2).expect("line 2");
        let s = line.span_of(&line.text[7..]);
        assert_eq!((s.line, s.column), (2, 4));
        assert_eq!(d.span_at(s.start, s.end), s);
    }

    #[test]
    fn the_span_cursor_agrees_with_span_at_in_any_order() {
        let d = Document::decode("ab\r\n房间 kRoom é\rx\n\nlast".as_bytes());
        let mut offsets: Vec<usize> = (0..=d.text.len() + 2).collect();
        let backwards: Vec<usize> = offsets.iter().rev().copied().collect();
        offsets.extend([3, 1, 9, 9, 0, 20]);
        offsets.extend(backwards);
        let mut cursor = d.span_cursor();
        for &o in &offsets {
            assert_eq!(cursor.span_at(o, o + 2), d.span_at(o, o + 2), "offset {o}");
            assert_eq!(d.line_at(o), d.span_at(o, o).line, "line of offset {o}");
        }
    }

    #[test]
    fn joins_latin_with_space_and_cjk_without() {
        assert_eq!(join_pieces(["请检查拉取的流是否已推流成", "功"]), "请检查拉取的流是否已推流成功");
        assert_eq!(
            join_pieces(["using parameter video", "when creating"]),
            "using parameter video when creating"
        );
    }

    #[test]
    fn meaning_key_ignores_spacing_punctuation_and_width() {
        assert_eq!(
            meaning_key("观众身份不允许登录房间，修改 房间创建参数RoomCreateFlag填1"),
            meaning_key("观众身份不允许登录房间,修改房间创建参数 RoomCreateFlag填1")
        );
        assert_ne!(meaning_key("DNS 解析失败 请检查网络"), meaning_key("DNS 解析失败"));
    }

    #[test]
    fn nul_bytes_never_reach_the_text() {
        let d = Document::decode(b"a\nb\0c\n\0\n");
        assert!(!d.text.contains('\0'));
        assert_eq!(d.issues, vec![DecodeIssue::NulByte { line: 2 }, DecodeIssue::NulByte { line: 3 }]);
        assert_eq!(d.line(2).map(|l| l.text), Some("b\u{FFFD}c"));
    }
}
