//! Markdown pipe tables, as vendors' converters leave them: tables broken across page
//! breaks (empty or text-carrying headers), continuation rows that hold only the rest of a
//! cell, `<code>` and other inline HTML in cells, multi-valued cells written as bullet lists
//! across lines, hex and decimal columns. Rows are assembled line by line (a cell may span
//! lines); each cell's content is then read with pulldown-cmark.

use super::cell_text::CellText;
use super::continuation;
use super::{finish, layout, Input, LineUse, Output, RowContext, SectionSpan};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Name, Occurrence, Text};
use crate::text::{Document, Line, Span};
use regex::Regex;
use std::sync::LazyLock;

static DELIMITER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$").expect("static regex"));

/// One cell: the pieces of lines it was written on.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// (line number, byte range within the line's text)
    pieces: Vec<(u32, std::ops::Range<usize>)>,
}

impl Cell {
    fn raw(&self, doc: &Document) -> String {
        let parts: Vec<&str> = self
            .pieces
            .iter()
            .filter_map(|(n, r)| doc.line(*n).and_then(|l| l.text.get(r.clone())))
            .collect();
        parts.join("\n")
    }

    /// Where the cell's content starts (or its first piece when it is empty).
    fn span(&self, doc: &Document) -> Span {
        for (n, r) in &self.pieces {
            if let Some(line) = doc.line(*n) {
                if let Some(piece) = line.text.get(r.clone()) {
                    if !piece.trim().is_empty() {
                        return line.span_of(piece.trim());
                    }
                }
            }
        }
        let (n, r) = self.pieces.first().cloned().unwrap_or((1, 0..0));
        doc.line(n).map(|l| l.span_of(l.text.get(r).unwrap_or(""))).unwrap_or_default()
    }

    /// The span of `needle` inside the cell, else the cell's span.
    fn find(&self, doc: &Document, needle: &str) -> Span {
        for (n, r) in &self.pieces {
            if let Some(line) = doc.line(*n) {
                if let Some(piece) = line.text.get(r.clone()) {
                    if let Some(at) = piece.find(needle) {
                        return line.span_of(&piece[at..at + needle.len()]);
                    }
                }
            }
        }
        self.span(doc)
    }
}

/// A table row assembled from one or more lines.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub cells: Vec<Cell>,
    pub first: u32,
    pub last: u32,
    /// The last cell has not been closed by a pipe yet.
    open: bool,
}

impl Record {
    /// Adds one line; `starts_with_pipe` lines close the open cell first.
    fn push_line(&mut self, line: &Line<'_>) {
        let text = line.text;
        let mut segments = split_unescaped(text);
        self.last = line.number;
        let leading = text.trim_start().starts_with('|');
        if leading {
            // The text before the first pipe is white space only.
            segments.remove(0);
            self.open = false;
        }
        let n = segments.len();
        for (i, range) in segments.into_iter().enumerate() {
            let last = i + 1 == n;
            if i == 0 && self.open {
                if let Some(cell) = self.cells.last_mut() {
                    cell.pieces.push((line.number, range));
                }
            } else {
                self.cells.push(Cell { pieces: vec![(line.number, range)] });
            }
            if !last {
                self.open = false;
            }
        }
        // Text after the last pipe keeps the cell open; nothing after it closes the row.
        let trailing = text.rsplit('|').next().unwrap_or("");
        if text.contains('|') && trailing.trim().is_empty() {
            self.cells.pop();
            self.open = false;
        } else {
            self.open = true;
        }
    }

    fn is_complete(&self, columns: usize) -> bool {
        !self.open && self.cells.len() >= columns
    }

    /// Where the row starts: its first cell, or its first line when a lone `|` left it no cell.
    fn span(&self, doc: &Document) -> Span {
        match (self.cells.first(), doc.line(self.first)) {
            (Some(cell), _) => cell.span(doc),
            (None, Some(line)) => line.span(),
            (None, None) => doc.span_at(0, 0),
        }
    }
}

/// Byte ranges of the segments of a line split at pipes that are not escaped.
fn split_unescaped(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out
}

/// Reads a cell's markdown (and the HTML in it) with the shared cell-text rules.
pub fn cell_text(raw: &str) -> CellText {
    super::cell_text::from_markdown(raw)
}

/// Prose as a reader sees it: markdown links and emphasis reduced to their text.
fn prose_text(line: &str) -> String {
    let t = cell_text(line.trim());
    if t.text.is_empty() {
        line.trim().to_owned()
    } else {
        t.text
    }
}

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let spans = layout(input, &mut out);
    for span in &spans {
        parse_section(input, span, &mut out);
    }
    out
}

fn parse_section(input: &Input<'_>, span: &SectionSpan, out: &mut Output) {
    let doc = input.doc;
    let cx = RowContext::for_section(input, span);
    let columns = cx.columns.len();
    let mut section = span.section(input);
    let mut record: Option<Record> = None;
    let mut in_table = false;
    let mut last_row: Option<usize> = None;
    // Whether the line before the current record belonged to a table: a delimiter right after
    // a data row is a stray artefact, not the underline of a header.
    let mut adjacent = false;
    let mut n = span.first;
    while n <= span.last {
        let Some(line) = doc.line(n) else { break };
        n += 1;
        if let Some(rec) = record.as_mut() {
            rec.push_line(&line);
        } else if line.text.trim_start().starts_with('|') {
            let mut rec = Record { first: line.number, last: line.number, ..Record::default() };
            rec.push_line(&line);
            record = Some(rec);
        } else if line.is_blank() {
            out.mark(line.number, LineUse::Blank);
            adjacent = false;
            continue;
        } else if DELIMITER.is_match(line.text) && in_table {
            stray(input, out, line.number, line.span());
            continue;
        } else {
            in_table = false;
            adjacent = false;
            out.mark(line.number, LineUse::Prose);
            section.prose.push(Text { text: prose_text(line.text), lang: input.lang, span: line.span() });
            continue;
        }
        let Some(rec) = record.as_ref() else { continue };
        let next = doc.line(n);
        let next_is_delimiter =
            !adjacent && next.is_some_and(|l| DELIMITER.is_match(l.text) && l.text.contains('-'));
        let want = if next_is_delimiter || !in_table { 1 } else { columns };
        let next_breaks = next.is_none_or(|l| l.is_blank() || l.text.trim_start().starts_with('|'));
        if !(rec.is_complete(want) || (!rec.open && next_breaks) || n > span.last) {
            continue;
        }
        let Some(rec) = record.take() else { continue };
        adjacent = true;
        if next_is_delimiter {
            out.mark_range(rec.first, rec.last, LineUse::Markup);
            out.mark(n, LineUse::Markup);
            n += 1;
            header(&cx, span, &rec, last_row, in_table, out);
            in_table = true;
            continue;
        }
        if !in_table {
            // Pipes outside a table: keep the text, it is not a row.
            out.mark_range(rec.first, rec.last, LineUse::Prose);
            section.prose.push(Text {
                text: rec.cells.iter().map(|c| c.raw(doc)).collect::<Vec<_>>().join(" | "),
                lang: input.lang,
                span: rec.span(doc),
            });
            continue;
        }
        row(&cx, &rec, span, &mut last_row, out);
    }
    out.sections.push(section);
}

/// The help of every `stray-table-markup` finding.
const ARTEFACT_HELP: &str = "nothing was lost; the converter left a page-break artefact";

fn stray(input: &Input<'_>, out: &mut Output, line: u32, span: Span) {
    out.mark(line, LineUse::Reported);
    out.diagnostics.push(
        Diagnostic::new(Lint::StrayTableMarkup, "table delimiter row after the table's rows")
            .with_label(Label::primary(input.file, span, "a `|---|` row where a data row is expected"))
            .with_help(ARTEFACT_HELP),
    );
}

/// Handles a header row: a real header, an empty one (the table continues after a page
/// break), or one that carries the rest of the previous row's cell.
fn header(
    cx: &RowContext<'_>,
    span: &SectionSpan,
    rec: &Record,
    last_row: Option<usize>,
    in_table: bool,
    out: &mut Output,
) {
    let input = cx.input;
    let doc = input.doc;
    let texts: Vec<CellText> = rec.cells.iter().map(|c| cell_text(&c.raw(doc))).collect();
    if texts.iter().all(|t| t.text.is_empty()) {
        if in_table {
            out.diagnostics.push(
                row_finding(
                    input,
                    rec,
                    Lint::BrokenTable,
                    "the table continues after a page break under an empty header",
                    "empty header row",
                )
                .with_help("nothing was lost; rows below are read with the previous table's columns"),
            );
        }
        return;
    }
    let plain: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    if in_table && continuation::continues(&cx.columns, &plain) {
        if let Some(i) = last_row {
            carry_over(cx, rec, &texts, i, out, "header row of the continued table");
            return;
        }
    }
    if let Some(expected) = &span.header {
        let line = doc.line(rec.first).map(|l| l.text).unwrap_or("");
        if !super::header_matches(expected, line, &plain) {
            out.diagnostics.push(super::unexpected_header(input.file, rec.span(doc), &plain));
        }
    }
}

/// Appends the text cells of `rec` to the occurrences produced by the previous row.
fn carry_over(
    cx: &RowContext<'_>,
    rec: &Record,
    texts: &[CellText],
    first_occ: usize,
    out: &mut Output,
    what: &str,
) {
    let input = cx.input;
    let doc = input.doc;
    let cells: Vec<(&str, Span)> =
        rec.cells.iter().zip(texts).map(|(c, t)| (t.text.as_str(), c.span(doc))).collect();
    let count = out.occurrences.len();
    continuation::join(&mut out.occurrences[first_occ..count], &cx.columns, &cells, input.lang, rec.last);
    let at = out.occurrences.get(first_occ).map(|o| o.span.line).unwrap_or(rec.first);
    let span = cells.iter().find(|(t, _)| !t.is_empty()).map(|(_, s)| *s).unwrap_or_else(|| rec.span(doc));
    out.mark_range(rec.first, rec.last, LineUse::Row);
    out.diagnostics.push(continuation::finding(input.file, span, at, what));
}

/// Reads one data row of a table into one occurrence per code it holds (a cell may list
/// several codes as bullets); a row without a code continues the row above.
fn row(
    cx: &RowContext<'_>,
    rec: &Record,
    span: &SectionSpan,
    last_row: &mut Option<usize>,
    out: &mut Output,
) {
    let input = cx.input;
    let doc = input.doc;
    let texts: Vec<CellText> = rec.cells.iter().map(|c| cell_text(&c.raw(doc))).collect();
    if is_delimiter_row(rec, doc) {
        stray(input, out, rec.first, rec.span(doc));
        out.mark_range(rec.first, rec.last, LineUse::Reported);
        return;
    }
    if texts.iter().all(|t| t.text.is_empty()) {
        out.mark_range(rec.first, rec.last, LineUse::Reported);
        out.diagnostics.push(
            row_finding(input, rec, Lint::StrayTableMarkup, "an empty table row", "row with no text")
                .with_help(ARTEFACT_HELP),
        );
        return;
    }
    let roles = &cx.columns;
    let decs = values(doc, column(roles, rec, &texts, Role::Code));
    let hexes = values(doc, column(roles, rec, &texts, Role::Hex));
    if decs.is_empty() && hexes.is_empty() {
        without_code(cx, rec, &texts, *last_row, out);
        return;
    }
    if !decs.is_empty() && !hexes.is_empty() && decs.len() != hexes.len() {
        out.diagnostics.push(value_count_mismatch(cx, &decs, &hexes));
    }
    let first_occ = out.occurrences.len();
    for k in 0..decs.len().max(hexes.len()) {
        if let Some(occ) = occurrence(cx, rec, &texts, span, (decs.get(k), hexes.get(k)), out) {
            out.occurrences.push(occ);
        }
    }
    if let Some(d) = extra_cells(cx, rec, &texts) {
        out.diagnostics.push(d);
    }
    out.mark_range(rec.first, rec.last, LineUse::Row);
    if out.occurrences.len() > first_occ {
        *last_row = Some(first_occ);
    }
}

/// A row of `|---|` cells only: the delimiter of a header the converter repeated.
fn is_delimiter_row(rec: &Record, doc: &Document) -> bool {
    let raws: Vec<String> = rec.cells.iter().map(|c| c.raw(doc).trim().to_owned()).collect();
    raws.iter().any(|r| !r.is_empty()) && raws.iter().all(|r| r.chars().all(|c| c == '-' || c == ':'))
}

/// A finding about a whole row, pointing at its first cell.
fn row_finding(input: &Input<'_>, rec: &Record, lint: Lint, message: &str, label: &str) -> Diagnostic {
    Diagnostic::new(lint, message).with_label(Label::primary(input.file, rec.span(input.doc), label))
}

/// The cell of the first column with `role`, with its text.
fn column<'r>(
    roles: &[Role],
    rec: &'r Record,
    texts: &'r [CellText],
    role: Role,
) -> Option<(&'r Cell, &'r CellText)> {
    roles.iter().position(|r| *r == role).and_then(|i| Some((rec.cells.get(i)?, texts.get(i)?)))
}

/// A code as a cell writes it, and where.
type CodeValue = (String, Span);

/// The values a code column holds: one per bullet item, else the cell's whole text.
fn values(doc: &Document, column: Option<(&Cell, &CellText)>) -> Vec<CodeValue> {
    let Some((cell, t)) = column else {
        return Vec::new();
    };
    if !t.items.is_empty() {
        t.items.iter().map(|i| (i.clone(), cell.find(doc, i))).collect()
    } else if t.text.is_empty() {
        Vec::new()
    } else {
        vec![(t.text.clone(), cell.find(doc, &t.text))]
    }
}

/// A row without a code: the rest of the previous row's cells, or text no row can own.
fn without_code(
    cx: &RowContext<'_>,
    rec: &Record,
    texts: &[CellText],
    last_row: Option<usize>,
    out: &mut Output,
) {
    let input = cx.input;
    let plain: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    if let Some(i) = last_row.filter(|_| continuation::continues(&cx.columns, &plain)) {
        carry_over(cx, rec, texts, i, out, "row without a code");
        return;
    }
    let (message, help) = if last_row.is_some() {
        ("a table row with text in its key cells but no code", "restore the code with a correction in catalog/corrections.toml, or acknowledge it in catalog/policy.toml")
    } else {
        ("a table row without a code, before any row it could continue", "restore the code with a correction in catalog/corrections.toml, or acknowledge it in catalog/policy.toml")
    };
    out.mark_range(rec.first, rec.last, LineUse::Reported);
    out.diagnostics
        .push(row_finding(input, rec, Lint::OrphanText, message, "row without a code").with_help(help));
}

fn value_count_mismatch(cx: &RowContext<'_>, decs: &[CodeValue], hexes: &[CodeValue]) -> Diagnostic {
    let file = cx.input.file;
    Diagnostic::new(
        Lint::HexDecimalMismatch,
        format!("{} hex values but {} decimal values in one row", hexes.len(), decs.len()),
    )
    .in_namespace(&cx.namespace)
    .with_label(Label::primary(file, hexes[0].1, "hex column"))
    .with_label(Label::secondary(file, decs[0].1, "decimal column"))
    .with_help("correct the row's values in catalog/corrections.toml")
}

/// The occurrence of one code of a row (its decimal and hex values), with the row's texts.
fn occurrence(
    cx: &RowContext<'_>,
    rec: &Record,
    texts: &[CellText],
    span: &SectionSpan,
    (d, h): (Option<&CodeValue>, Option<&CodeValue>),
    out: &mut Output,
) -> Option<Occurrence> {
    let input = cx.input;
    // The value follows the decimal column (it says how the vendor reads the bits:
    // `0xFFFFFFFF` is -1); the code as written is the hex when the document leads with it.
    let (text, at) = d.or(h)?;
    let Some(mut occ) = cx.occurrence(text, *at) else {
        out.diagnostics.push(
            Diagnostic::new(Lint::BadValue, format!("`{text}` is not a code"))
                .in_namespace(&cx.namespace)
                .with_label(Label::primary(input.file, *at, "expected a decimal or 0x-hex code"))
                .with_help(super::not_a_code_help(text, "")),
        );
        return None;
    };
    if let (Some(d), Some(h)) = (d, h) {
        both_codes(&cx.columns, &mut occ, d, h);
        if let Some(diag) = super::hex_decimal_disagree(cx, (&d.0, d.1), (&h.0, h.1)) {
            out.diagnostics.push(diag);
        }
    }
    occ.last_line = rec.last;
    occ.span = rec.cells.first().map(|c| c.span(input.doc)).unwrap_or(occ.span);
    fill_fields(cx, &mut occ, rec, texts);
    finish(&mut occ, input.format, span.severity);
    Some(occ)
}

/// Records the code as written in both columns: the first column is the code's text, the
/// other its alternative.
fn both_codes(roles: &[Role], occ: &mut Occurrence, d: &CodeValue, h: &CodeValue) {
    let hex_first = roles.iter().position(|r| *r == Role::Hex) < roles.iter().position(|r| *r == Role::Code);
    if hex_first {
        occ.code_text = h.0.trim().to_owned();
        occ.code_span = h.1;
        occ.alt_code_text = Some(d.0.trim().to_owned());
    } else {
        occ.alt_code_text = Some(h.0.trim().to_owned());
    }
}

/// Fills the occurrence's names, context and text fields from the row's cells.
fn fill_fields(cx: &RowContext<'_>, occ: &mut Occurrence, rec: &Record, texts: &[CellText]) {
    let input = cx.input;
    let doc = input.doc;
    for (i, role) in cx.columns.iter().enumerate() {
        let (Some(c), Some(t)) = (rec.cells.get(i), texts.get(i)) else {
            continue;
        };
        if t.text.is_empty() || input.format.empty_cells.iter().any(|e| e == &t.text) {
            continue;
        }
        match role {
            Role::Name => {
                for name in if t.items.is_empty() { vec![t.text.clone()] } else { t.items.clone() } {
                    occ.names.push(Name { span: c.find(doc, &name), name });
                }
            }
            Role::Code | Role::Hex | Role::Ignore => {}
            Role::Category => occ.context = Some(t.text.clone()),
            role => {
                occ.set(role.field(), cx.text(*role, t.text.clone(), c.span(doc)));
            }
        }
    }
}

/// Text in cells past the manifest's columns.
fn extra_cells(cx: &RowContext<'_>, rec: &Record, texts: &[CellText]) -> Option<Diagnostic> {
    let input = cx.input;
    let columns = cx.columns.len();
    let extra = rec.cells.get(columns)?;
    if texts[columns..].iter().all(|t| t.text.is_empty()) {
        return None;
    }
    Some(
        Diagnostic::new(
            Lint::MalformedRow,
            format!("row has {} cells but the manifest names {} columns", rec.cells.len(), columns),
        )
        .with_label(Label::primary(input.file, extra.span(input.doc), "extra cell"))
        .with_help("add the column to `format.columns` (or the section's `columns`) or fix the row with a correction"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_text_drops_inline_html_and_resolves_escapes() {
        assert_eq!(cell_text(" <code>kNetworkDnsResolveError</code> ").text, "kNetworkDnsResolveError");
        assert_eq!(cell_text("ERROR\\_ROOM\\_ALREADY\\_IN，加入").text, "ERROR_ROOM_ALREADY_IN，加入");
    }

    #[test]
    fn cell_text_splits_bullet_lists() {
        let t = cell_text("-   0x01030305\n-   0x01030308\n\n");
        assert_eq!(t.items, vec!["0x01030305", "0x01030308"]);
    }

    #[test]
    fn split_keeps_escaped_pipes() {
        assert_eq!(split_unescaped(r"|a\|b|c|").len(), 4);
    }
}
