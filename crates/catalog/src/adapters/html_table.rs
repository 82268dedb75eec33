//! HTML `<table>` pages, and markdown pages whose tables are raw HTML. Sections come from the
//! shared section model (headings by their text, each section with its own columns, header,
//! severity, context and namespace); without declared sections, a table's path is its caption
//! or the nearest heading. Header rows (`<th>`, `<thead>`, or a row of bold cells that holds no
//! code) are checked against `header`; a row whose key cells are empty continues the row
//! above. Parsed with scraper (html5ever), so malformed markup is repaired the way browsers
//! repair it.
//!
//! A table nested in a cell is a table of its own: its rows are read once, as its rows, and
//! the text of the cell that holds it leaves it out. Reading is linear in the page: every node
//! is visited a bounded number of times, rows and cells get their lines from one pass over the
//! source, and a cell's text is looked for only between its tag and the next cell's.

use super::cell_text::{self, CellText};
use super::html_source::{find, raw_text_end, RAW_TEXT};
use super::{continuation, finish, Input, LineUse, Output, RowContext, SectionSpan};
use crate::code::parse_code;
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Name, Occurrence, Section};
use crate::text::{collapse_ws, Document, Span};
use ego_tree::NodeId;
use scraper::ElementRef;
use std::collections::HashMap;

/// Where a `<tr>` or a `<td>` was written: its span (of the tag's start) and the line its end
/// is on.
#[derive(Debug, Clone, Copy)]
struct Place {
    span: Span,
    last_line: u32,
}

/// The places of every row and cell tag of the source, in source order.
struct Places {
    rows: Vec<Place>,
    row_starts: Vec<usize>,
    /// Each `<td`/`<th` tag's place and where the next one starts: a cell's text is looked for
    /// only in between.
    cells: Vec<(Place, usize)>,
}

impl Places {
    fn scan(doc: &Document) -> Places {
        let (row_tags, cell_tags) = tag_places(&doc.text);
        let mut cursor = doc.span_cursor();
        let rows: Vec<Place> = row_tags
            .iter()
            .map(|&(s, e)| Place { span: cursor.span_at(s, e), last_line: doc.line_at(e) })
            .collect();
        let mut cursor = doc.span_cursor();
        let cells = cell_tags
            .iter()
            .enumerate()
            .map(|(i, &s)| {
                let end = cell_tags.get(i + 1).copied().unwrap_or(doc.text.len());
                (Place { span: cursor.span_at(s, s), last_line: doc.line_at(s) }, end)
            })
            .collect();
        Places { row_starts: rows.iter().map(|p| p.span.start).collect(), rows, cells }
    }
}

/// What the reader keeps about a table: where its rows go, and the occurrences its last data
/// row gave (for a row that continues it).
struct Table<'a> {
    /// The section index and row context of its rows.
    cx: Option<(usize, RowContext<'a>)>,
    caption: Option<String>,
    /// The nearest heading before it, for pages that declare no sections.
    heading: Vec<String>,
    rows: usize,
    /// The occurrences (a range of `out.occurrences`) and line of the last data row.
    last_row: Option<RowOccurrences>,
}

struct Reader<'a> {
    input: &'a Input<'a>,
    spans: &'a [SectionSpan],
    places: Places,
    /// The index of every `<td>`/`<th>` element among all of them in document order, which is
    /// the order of the source's cell tags.
    cell_index: HashMap<NodeId, usize>,
    tables: HashMap<NodeId, Table<'a>>,
    heading: Vec<String>,
    /// `<td>`/`<th>` and `<tr>` elements met so far, to find a row the parser added.
    cells_seen: usize,
    rows_seen: usize,
    last_place: Option<Place>,
}

pub fn parse(input: &Input<'_>) -> Output {
    let doc = input.doc;
    let (mut out, spans, html) = super::html_source::begin(input);
    let mut cell_index = HashMap::new();
    for el in html.root_element().descendants().filter_map(ElementRef::wrap) {
        if matches!(el.value().name(), "td" | "th") {
            let next = cell_index.len();
            cell_index.insert(el.id(), next);
        }
    }
    let mut reader = Reader {
        input,
        spans: &spans,
        places: Places::scan(doc),
        cell_index,
        tables: HashMap::new(),
        heading: Vec::new(),
        cells_seen: 0,
        rows_seen: 0,
        last_place: None,
    };
    for el in html.root_element().descendants().filter_map(ElementRef::wrap) {
        reader.visit(el, &mut out);
    }
    out
}

impl<'a> Reader<'a> {
    fn visit(&mut self, el: ElementRef<'_>, out: &mut Output) {
        match el.value().name() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading = vec![collapse_ws(&cell_text::from_element(el, &["table"]).text)];
            }
            "table" => {
                let caption = el
                    .child_elements()
                    .find(|c| c.value().name() == "caption")
                    .map(|c| collapse_ws(&cell_text::from_element(c, &["table"]).text))
                    .filter(|c| !c.is_empty());
                let table =
                    Table { cx: None, caption, heading: self.heading.clone(), rows: 0, last_row: None };
                self.tables.insert(el.id(), table);
            }
            "td" | "th" => self.cells_seen += 1,
            "tr" => {
                let place = self.row_place(el);
                let table = el
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .find(|a| a.value().name() == "table")
                    .map(|t| t.id());
                if let (Some(place), Some(table)) = (place, table) {
                    self.row(table, el, place, out);
                }
            }
            _ => {}
        }
    }

    /// Where a `<tr>` element was written. A row written without `<tr>` (html5ever adds one
    /// around its cells) takes its first cell's place and leaves the next `<tr>` to the row
    /// that has it; a row no tag accounts for (markup the scan reads otherwise than the parser)
    /// takes its first cell's place, else the place of the row before it.
    fn row_place(&mut self, tr: ElementRef<'_>) -> Option<Place> {
        let has_cells = tr.child_elements().any(|c| matches!(c.value().name(), "td" | "th"));
        let first_cell = self.places.cells.get(self.cells_seen).filter(|_| has_cells).map(|(p, _)| *p);
        let next_row = self.places.row_starts.get(self.rows_seen);
        let implied = first_cell.filter(|c| next_row.is_none_or(|row| c.span.start < *row));
        let place = match implied {
            Some(cell) => Some(cell),
            None => {
                self.rows_seen += 1;
                self.places.rows.get(self.rows_seen - 1).copied()
            }
        };
        let first_line = self.input.doc.line(1).map(|l| Place { span: l.span(), last_line: 1 });
        let place = place.or(first_cell).or(self.last_place).or(first_line);
        self.last_place = place;
        place
    }

    /// The section a line is in, if any.
    fn section_of(&self, line: u32) -> Option<usize> {
        let i = self.spans.partition_point(|s| s.last < line);
        self.spans.get(i).filter(|s| s.first <= line).map(|_| i)
    }

    fn row(&mut self, table: NodeId, tr: ElementRef<'_>, place: Place, out: &mut Output) {
        let Some(si) = self.section_of(place.span.line) else {
            // Outside every section (page chrome, after `stop_at`): not read.
            return;
        };
        let input = self.input;
        let spans = self.spans;
        let Some(t) = self.tables.get_mut(&table) else { return };
        if t.cx.as_ref().is_none_or(|(i, _)| *i != si) {
            let span = &spans[si];
            let mut cx = RowContext::for_section(input, span);
            cx.section = table_path(span, t, !input.format.sections.is_empty());
            out.sections.push(Section {
                source: input.source_id.to_owned(),
                path: cx.section.clone(),
                line: place.span.line,
                prose: Vec::new(),
            });
            t.cx = Some((si, cx));
        }
        let first = t.rows == 0;
        t.rows += 1;
        let last_row = t.last_row.clone();
        let Some((_, cx)) = self.tables.get(&table).and_then(|t| t.cx.as_ref()) else { return };
        let row = RowRead { reader: self, cx, span: &spans[si], tr, place };
        let gave = row.read(first, last_row, out);
        if let (Some(gave), Some(t)) = (gave, self.tables.get_mut(&table)) {
            t.last_row = Some(gave);
        }
    }
}

/// A table's section path: the declared section's heading and the table's caption, or without
/// declared sections the caption or the nearest heading.
fn table_path(span: &SectionSpan, t: &Table<'_>, declared: bool) -> Vec<String> {
    if declared {
        let mut path = span.path.clone();
        path.extend(t.caption.clone().filter(|c| path.last() != Some(c)));
        return path;
    }
    match &t.caption {
        Some(c) => vec![c.clone()],
        None => t.heading.clone(),
    }
}

/// A code as a cell writes it, and where.
type CodeValue = (String, Span);

/// The occurrences (a range of `out.occurrences`) a data row gave, and its line.
type RowOccurrences = (std::ops::Range<usize>, u32);

/// One row being read: its cells' texts and places.
struct RowRead<'r, 'a> {
    reader: &'r Reader<'a>,
    cx: &'r RowContext<'a>,
    span: &'r SectionSpan,
    tr: ElementRef<'r>,
    place: Place,
}

/// A cell of a row: its element, text and the span of its text.
struct Cell<'r> {
    el: ElementRef<'r>,
    text: CellText,
    span: Span,
}

impl<'r, 'a> RowRead<'r, 'a> {
    /// Reads the row: a header is markup (checked against `header`), a row without a key
    /// continues the row above, a data row gives an occurrence per code. Returns the
    /// occurrences a data row gave and its line.
    fn read(
        &self,
        first: bool,
        last_row: Option<RowOccurrences>,
        out: &mut Output,
    ) -> Option<RowOccurrences> {
        let (line, last_line) = (self.place.span.line, self.place.last_line);
        out.mark_range(line, last_line, LineUse::Markup);
        let cells: Vec<Cell<'_>> = self
            .tr
            .child_elements()
            .filter(|c| matches!(c.value().name(), "th" | "td"))
            .map(|el| {
                let text = cell_text::from_element(el, &["table"]);
                let span = self.find(el, &text.text);
                Cell { el, text, span }
            })
            .collect();
        let plain: Vec<&str> = cells.iter().map(|c| c.text.text.as_str()).collect();
        if cells.is_empty() || plain.iter().all(|t| t.is_empty()) {
            return None;
        }
        if self.is_header(&cells, &plain, first) {
            if let Some(expected) = &self.span.header {
                let source = self.reader.input.doc.line(line).map(|l| l.text).unwrap_or("");
                if !super::header_matches(expected, source, &plain) {
                    out.diagnostics.push(super::unexpected_header(
                        self.reader.input.file,
                        self.place.span,
                        &plain,
                    ));
                }
            }
            return None;
        }
        let decs = self.values(&cells, Role::Code);
        let hexes = self.values(&cells, Role::Hex);
        if decs.is_empty() && hexes.is_empty() {
            self.without_code(&cells, &plain, last_row, out);
            return None;
        }
        let first_occ = out.occurrences.len();
        let codes = if decs.is_empty() { &hexes } else { &decs };
        for (k, code) in codes.iter().enumerate() {
            let pair = (decs.get(k), hexes.get(k));
            self.occurrence(code, pair, &cells, out);
        }
        out.diagnostics.extend(self.extra_cells(&cells));
        let gave = first_occ..out.occurrences.len();
        let use_ = if gave.is_empty() { LineUse::Reported } else { LineUse::Row };
        out.mark_range(line, last_line, use_);
        (!gave.is_empty()).then_some((gave, line))
    }

    /// A header row: `<th>` cells or `<thead>`, a row of bold cells (`<td><strong>`) that
    /// holds no code, or a row `header` matches.
    fn is_header(&self, cells: &[Cell<'_>], plain: &[&str], first: bool) -> bool {
        let th = |c: &Cell<'_>| c.el.value().name() == "th";
        let in_thead =
            self.tr.parent().and_then(ElementRef::wrap).is_some_and(|p| p.value().name() == "thead");
        let holds_code = [Role::Code, Role::Hex].iter().any(|role| {
            let i = self.cx.columns.iter().position(|r| r == role);
            i.and_then(|i| plain.get(i))
                .and_then(|t| t.split_whitespace().next())
                .is_some_and(|t| parse_code(t).is_some())
        });
        let bold = cells.iter().zip(plain).all(|(c, t)| t.is_empty() || wholly_bold(c.el));
        let by_pattern = self.span.header.as_ref().is_some_and(|re| super::header_matches(re, "", plain));
        in_thead
            || cells.iter().all(th)
            || (first && cells.iter().any(th) && !holds_code)
            || ((bold || by_pattern) && !holds_code)
    }

    /// The values a code column holds: one per list item, else one per word.
    fn values(&self, cells: &[Cell<'_>], role: Role) -> Vec<CodeValue> {
        let Some(cell) = self.cx.columns.iter().position(|r| *r == role).and_then(|i| cells.get(i)) else {
            return Vec::new();
        };
        let words: Vec<String> = if cell.text.items.is_empty() {
            cell.text.text.split_whitespace().map(str::to_owned).collect()
        } else {
            cell.text.items.clone()
        };
        words.into_iter().map(|w| (self.find(cell.el, &w), w)).map(|(s, w)| (w, s)).collect()
    }

    /// A row without a code: the rest of the row above when its key cells are empty, else text
    /// whose code was lost.
    fn without_code(
        &self,
        cells: &[Cell<'_>],
        plain: &[&str],
        last_row: Option<RowOccurrences>,
        out: &mut Output,
    ) {
        let input = self.reader.input;
        let (line, last_line) = (self.place.span.line, self.place.last_line);
        if let Some((occs, at)) = last_row.filter(|_| continuation::continues(&self.cx.columns, plain)) {
            let texts: Vec<(&str, Span)> = cells.iter().map(|c| (c.text.text.as_str(), c.span)).collect();
            if let Some(occs) = out.occurrences.get_mut(occs) {
                continuation::join(occs, &self.cx.columns, &texts, input.lang, last_line);
            }
            let span = cells.iter().find(|c| !c.text.text.is_empty()).map_or(self.place.span, |c| c.span);
            out.diagnostics.push(continuation::finding(input.file, span, at, "table row without a code"));
            out.mark_range(line, last_line, LineUse::Row);
            return;
        }
        out.mark_range(line, last_line, LineUse::Reported);
        out.diagnostics.push(
            Diagnostic::new(Lint::OrphanText, "a table row without a code")
                .in_namespace(&self.cx.namespace)
                .with_label(Label::primary(input.file, self.place.span, "row without a code"))
                .with_help("restore the code with a correction in catalog/corrections.toml, or acknowledge it in catalog/policy.toml"),
        );
    }

    /// One occurrence of the row, for one of the codes of its code column; `pair` is the row's
    /// decimal and hex text of that code when it has both columns.
    fn occurrence(
        &self,
        (code_text, code_span): &CodeValue,
        pair: (Option<&CodeValue>, Option<&CodeValue>),
        cells: &[Cell<'_>],
        out: &mut Output,
    ) {
        let cx = self.cx;
        let input = cx.input;
        let Some(mut occ) = cx.occurrence(code_text, *code_span) else {
            out.diagnostics.push(
                Diagnostic::new(Lint::BadValue, format!("`{code_text}` is not a code"))
                    .in_namespace(&cx.namespace)
                    .with_label(Label::primary(input.file, *code_span, "expected a decimal or 0x-hex code"))
                    .with_help(super::not_a_code_help(code_text, "")),
            );
            return;
        };
        occ.span = self.place.span;
        occ.last_line = self.place.last_line;
        if let (Some(d), Some(h)) = pair {
            occ.alt_code_text = Some(h.0.clone());
            out.diagnostics.extend(super::hex_decimal_disagree(cx, (&d.0, d.1), (&h.0, h.1)));
        }
        self.fill(&mut occ, cells);
        finish(&mut occ, input.format, cx.severity);
        out.occurrences.push(occ);
    }

    /// Fills the occurrence's names, context and text fields from the row's cells.
    fn fill(&self, occ: &mut Occurrence, cells: &[Cell<'_>]) {
        let cx = self.cx;
        for (role, cell) in cx.columns.iter().zip(cells) {
            let text = &cell.text.text;
            if text.is_empty() || cx.input.format.empty_cells.contains(text) {
                continue;
            }
            match role {
                Role::Name => {
                    let names =
                        if cell.text.items.is_empty() { vec![text.clone()] } else { cell.text.items.clone() };
                    for name in names {
                        occ.names.push(Name { span: self.find(cell.el, &name), name });
                    }
                }
                Role::Category => occ.context = Some(text.clone()),
                Role::Code | Role::Hex | Role::Ignore => {}
                role => occ.set(role.field(), cx.text(*role, text.clone(), cell.span)),
            }
        }
    }

    /// Text in cells past the manifest's columns.
    fn extra_cells(&self, cells: &[Cell<'_>]) -> Option<Diagnostic> {
        let columns = self.cx.columns.len();
        let extra = cells.iter().skip(columns).find(|c| !c.text.text.is_empty())?;
        Some(
            Diagnostic::new(
                Lint::MalformedRow,
                format!("row has {} cells but the manifest names {columns} columns", cells.len()),
            )
            .in_namespace(&self.cx.namespace)
            .with_label(Label::primary(self.reader.input.file, extra.span, "extra cell"))
            .with_help("add the column to `columns` (the format's or the section's) or fix the row with a correction"),
        )
    }

    /// Where `needle` is written in a cell: searched between the cell's tag and the next
    /// cell's, first as written, then by its first word (markup or entities may split it);
    /// else the cell's tag.
    fn find(&self, cell: ElementRef<'_>, needle: &str) -> Span {
        let reader = self.reader;
        let Some((place, end)) = reader.cell_index.get(&cell.id()).and_then(|i| reader.places.cells.get(*i))
        else {
            return self.place.span;
        };
        let text = &reader.input.doc.text;
        let start = place.span.start;
        let Some(window) = text.get(start..*end) else { return place.span };
        let body_at = window.find('>').map_or(0, |i| i + 1);
        let body = &window[body_at..];
        let first_line = needle.lines().next().unwrap_or("").trim();
        let probe = prefix(first_line, 40);
        let word = first_line.split(|c: char| c.is_whitespace() || c == '<').next().unwrap_or("");
        let found = [probe, word]
            .into_iter()
            .filter(|p| !p.is_empty())
            .find_map(|p| body.find(p).map(|at| (at, p.len())));
        match found {
            Some((at, len)) => span_after(text, place.span, start + body_at + at, len),
            None => place.span,
        }
    }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub(super) fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The span of `len` bytes at `pos`, counted from a known span at or before it (linear in the
/// distance, which is within one cell).
pub(super) fn span_after(text: &str, base: Span, pos: usize, len: usize) -> Span {
    let between = text.get(base.start..pos).unwrap_or("");
    let (mut line, mut column) = (base.line, base.column);
    let mut chars = between.chars().peekable();
    while let Some(c) = chars.next() {
        // Line ends as `Document` reads them: `\n`, `\r\n` and a lone `\r`.
        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
            line += 1;
            column = 1;
        } else if c != '\r' {
            column += 1;
        }
    }
    Span { line, column, start: pos, end: pos + len }
}

/// Whether a cell's content is one bold element (`<td><strong>Code</strong></td>`, also
/// inside a `<p>`): how many pages write their header row.
fn wholly_bold(cell: ElementRef<'_>) -> bool {
    let mut el = cell;
    loop {
        let has_text = el.children().any(|n| n.value().as_text().is_some_and(|t| !t.trim().is_empty()));
        let mut children = el.child_elements();
        let (Some(only), None) = (children.next(), children.next()) else { return false };
        if has_text {
            return false;
        }
        if matches!(only.value().name(), "strong" | "b") {
            return true;
        }
        el = only;
    }
}

/// Byte ranges of every `<tr …>…</tr>`, and where every `<td`/`<th` starts, in source order,
/// outside comments and raw text (`<script>`, `<style>`, …), so that parsed rows can be
/// given the lines they were written on. One pass: a stack of open tables and rows matches each `</tr>` to its own row across
/// nested tables. A row whose end tag is left out (HTML allows it) ends where the next row
/// of its table or its table's end begins, without the white space before it; a row never
/// closed ends after its `<tr`.
fn tag_places(text: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
    enum Open {
        Table,
        Row(usize),
    }
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut cells: Vec<usize> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let before_ws = |at: usize| text.get(..at).map(|t| t.trim_end().len()).unwrap_or(at);
    let mut i = 0;
    while let Some(lt) = b.get(i..).and_then(|rest| rest.iter().position(|&c| c == b'<')).map(|p| p + i) {
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            i = find(b, lt + 2, b"-->").map(|e| e + 3).unwrap_or(b.len());
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_at = lt + 1 + usize::from(closing);
        let name_len = b[name_at..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let name = &b[name_at..name_at + name_len];
        i = name_at + name_len;
        // `<tr` must end its name as html5ever reads it, or it is another tag (`<track>`) or
        // text cut off at the end of the file.
        if !matches!(b.get(i), Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
            continue;
        }
        let is = |tag: &str| name.eq_ignore_ascii_case(tag.as_bytes());
        match (closing, name) {
            (false, _) if is("tr") => {
                if let Some(Open::Row(r)) = open.last() {
                    out[*r].1 = before_ws(lt);
                    open.pop();
                }
                open.push(Open::Row(out.len()));
                out.push((lt, lt + 3));
            }
            (true, _) if is("tr") => {
                if let Some(Open::Row(r)) = open.last() {
                    out[*r].1 = lt;
                    open.pop();
                }
            }
            (false, _) if is("td") || is("th") => cells.push(lt),
            (false, _) if is("table") => open.push(Open::Table),
            (true, _) if is("table") && open.iter().any(|o| matches!(o, Open::Table)) => {
                while let Some(o) = open.pop() {
                    match o {
                        Open::Row(r) => out[r].1 = before_ws(lt),
                        Open::Table => break,
                    }
                }
            }
            (false, _) if RAW_TEXT.iter().any(|t| is(t)) => i = raw_text_end(b, i, name),
            _ => {}
        }
    }
    (out, cells)
}
