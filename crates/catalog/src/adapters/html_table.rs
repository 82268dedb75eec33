//! HTML `<table>` pages: the header row names nothing we rely on, the manifest's column roles
//! do; section paths come from the nearest heading or the table's caption. Parsed with
//! scraper (html5ever), so malformed markup is repaired the way browsers repair it.
//!
//! A table nested in a cell is a table of its own: its rows are read once, as its rows, and
//! the text of the cell that holds it leaves it out (as do headings and list items). Reading
//! is linear in the page: every node is visited a bounded number of times, and rows get their
//! lines and columns from one pass over the source.

use super::{finish, Input, LineUse, Output, RowContext};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Name, Section};
use crate::text::{collapse_ws, Span};
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// Where a `<tr>` was written: its span and the line its end is on.
#[derive(Debug, Clone, Copy)]
struct Place {
    span: Span,
    last_line: u32,
}

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let doc = input.doc;
    for line in doc.lines() {
        out.mark(line.number, if line.is_blank() { LineUse::Blank } else { LineUse::Markup });
    }
    let html = Html::parse_document(&doc.text);
    let (row_tags, cell_tags) = tag_places(&doc.text);
    let mut cursor = doc.span_cursor();
    let places: Vec<Place> = row_tags
        .into_iter()
        .map(|(s, e)| Place { span: cursor.span_at(s, e), last_line: doc.line_at(e) })
        .collect();
    let mut cursor = doc.span_cursor();
    let cell_places: Vec<(usize, Place)> = cell_tags
        .into_iter()
        .map(|s| (s, Place { span: cursor.span_at(s, s), last_line: doc.line_at(s) }))
        .collect();
    let row_starts: Vec<usize> = places.iter().map(|p| p.span.start).collect();
    // `<td>`/`<th>` elements met so far, to find a row the parser added around cells.
    let mut cells_seen = 0usize;
    let mut last_place: Option<Place> = None;
    let first_line = doc.line(1).map(|l| Place { span: l.span(), last_line: 1 });
    let mut heading: Vec<String> = Vec::new();
    let mut section: Option<Section> = None;
    // Each table's row context and how many of its rows were read, by the table's node.
    let mut tables: HashMap<_, (RowContext<'_>, usize)> = HashMap::new();
    // `<tr>` elements met so far: the parsed rows are the source's rows in the same order.
    let mut rows_seen = 0usize;
    for node in html.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        match el.value().name() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption" => {
                heading = vec![collapse_ws(&texts(el, &["table"]).concat())];
            }
            "table" => {
                if let Some(s) = section.take() {
                    out.sections.push(s);
                }
                let line = places.get(rows_seen).map(|p| p.span.line).unwrap_or(1);
                section = Some(Section {
                    source: input.source_id.to_owned(),
                    path: heading.clone(),
                    line,
                    prose: Vec::new(),
                });
                let cx = RowContext {
                    input,
                    section: heading.clone(),
                    context: None,
                    namespace: input.namespace.to_owned(),
                    severity: input.format.severity,
                };
                tables.insert(node.id(), (cx, 0));
            }
            "td" | "th" => cells_seen += 1,
            "tr" => {
                // A row written without `<tr>` (html5ever adds one around its cells) takes its
                // first cell's place and leaves the next `<tr>` to the row that has it.
                let first_cell = cell_places
                    .get(cells_seen)
                    .filter(|_| el.child_elements().any(|c| matches!(c.value().name(), "td" | "th")));
                let implied =
                    first_cell.filter(|(at, _)| row_starts.get(rows_seen).is_none_or(|row| at < row));
                let place = match implied {
                    Some((_, cell)) => Some(*cell),
                    None => {
                        rows_seen += 1;
                        places.get(rows_seen - 1).copied()
                    }
                };
                // A row no tag accounts for (markup the scan reads otherwise than the parser)
                // takes its first cell's place, else the place of the row before it.
                let place = place.or(first_cell.map(|(_, c)| *c)).or(last_place).or(first_line);
                last_place = place;
                let table = node
                    .ancestors()
                    .find(|a| a.value().as_element().is_some_and(|e| e.name() == "table"))
                    .and_then(|t| tables.get_mut(&t.id()));
                if let Some((cx, read)) = table {
                    read_row(cx, el, place, *read == 0, &mut out);
                    *read += 1;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = section.take() {
        out.sections.push(s);
    }
    out
}

/// Reads one row of a table: a header row is markup, a data row gives an occurrence per code.
fn read_row(cx: &RowContext<'_>, tr: ElementRef<'_>, place: Option<Place>, first: bool, out: &mut Output) {
    let input = cx.input;
    let span = place.map(|p| p.span).unwrap_or_default();
    let last_line = place.map(|p| p.last_line).unwrap_or(span.line);
    let cells: Vec<ElementRef<'_>> =
        tr.child_elements().filter(|c| matches!(c.value().name(), "th" | "td")).collect();
    let is_th = |c: &ElementRef<'_>| c.value().name() == "th";
    let is_header = cells.iter().all(is_th) || (first && cells.iter().any(is_th));
    out.mark_range(span.line, last_line, LineUse::Markup);
    if is_header || cells.is_empty() {
        return;
    }
    let cell_texts: Vec<String> =
        cells.iter().map(|c| cell_text(*c)).collect();
    let value_of = |role: Role| -> Vec<String> {
        let Some((cell, text)) = input
            .format
            .columns
            .iter()
            .position(|r| *r == role)
            .and_then(|i| Some((cells.get(i)?, cell_texts.get(i)?)))
        else {
            return Vec::new();
        };
        let items = list_items(*cell);
        if !items.is_empty() {
            return items;
        }
        text.split_whitespace().map(str::to_owned).collect()
    };
    let decs = value_of(Role::Code);
    let hexes = value_of(Role::Hex);
    let codes = if decs.is_empty() { &hexes } else { &decs };
    if codes.is_empty() {
        out.mark_range(span.line, last_line, LineUse::Reported);
        out.diagnostics.push(
            Diagnostic::new(Lint::OrphanText, "a table row without a code")
                .with_label(Label::primary(input.file, span, "row without a code"))
                .with_help("restore the code with a correction in catalog/corrections.toml"),
        );
        return;
    }
    for (k, code_text) in codes.iter().enumerate() {
        let pair = (decs.get(k).map(String::as_str), hexes.get(k).map(String::as_str));
        occurrence(cx, code_text, pair, &cell_texts, span, last_line, out);
    }
    out.mark_range(span.line, last_line, LineUse::Row);
}

/// One occurrence of a row, for the code written as `code_text`; `pair` is the row's decimal
/// and hex text of that code when it has both columns.
fn occurrence(
    cx: &RowContext<'_>,
    code_text: &str,
    pair: (Option<&str>, Option<&str>),
    cell_texts: &[String],
    span: Span,
    last_line: u32,
    out: &mut Output,
) {
    let input = cx.input;
    let Some(mut occ) = cx.occurrence(code_text, span) else {
        out.mark_range(span.line, last_line, LineUse::Reported);
        out.diagnostics.push(
            Diagnostic::new(Lint::BadValue, format!("`{code_text}` is not a code"))
                .with_label(Label::primary(input.file, span, "expected a decimal or 0x-hex code"))
                .with_help("fix the value with a correction in catalog/corrections.toml"),
        );
        return;
    };
    if let (Some(d), Some(h)) = pair {
        occ.alt_code_text = Some(h.to_owned());
        out.diagnostics.extend(super::hex_decimal_disagree(cx, (d, span), (h, span)));
    }
    occ.last_line = last_line;
    for (role, text) in input.format.columns.iter().zip(cell_texts) {
        if text.is_empty() || input.format.empty_cells.contains(text) {
            continue;
        }
        let t = cx.text(*role, text.clone(), span);
        match role {
            Role::Name => occ.names.push(Name { name: text.clone(), span }),
            Role::Message | Role::Cause | Role::Suggestion | Role::Note | Role::Description => {
                occ.set(role.field(), t)
            }
            Role::Category => occ.context = Some(text.clone()),
            Role::Code | Role::Hex | Role::Ignore => {}
        }
    }
    finish(&mut occ, input.format, None);
    out.occurrences.push(occ);
}

/// The text nodes under `root` in document order, leaving out elements named in `skip`. An
/// explicit stack, because pages nest deeper than a call stack should.
fn texts<'a>(root: ElementRef<'a>, skip: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut stack: Vec<_> = root.children().rev().collect();
    while let Some(n) = stack.pop() {
        match n.value() {
            Node::Text(t) => out.push(&**t),
            Node::Element(e) if skip.contains(&e.name()) => {}
            _ => stack.extend(n.children().rev()),
        }
    }
    out
}

/// The text of a cell as a reader sees it, outside nested tables: inline markup (`<code>`,
/// `<b>`, `<a>`) adds no space, so `<code>x</code>.` reads `x.` and not `x .`; block elements
/// and `<br>` separate what is around them.
fn cell_text(cell: ElementRef<'_>) -> String {
    let mut out = String::new();
    // (node, closing): a block element is visited again after its children to end its words.
    let mut stack: Vec<_> = cell.children().rev().map(|n| (n, false)).collect();
    while let Some((n, closing)) = stack.pop() {
        match n.value() {
            Node::Text(t) if !closing => out.push_str(t),
            Node::Element(e) if e.name() == "table" => {}
            Node::Element(e) if is_block(e.name()) => {
                out.push(' ');
                if !closing {
                    stack.push((n, true));
                    stack.extend(n.children().rev().map(|c| (c, false)));
                }
            }
            Node::Element(_) if !closing => stack.extend(n.children().rev().map(|c| (c, false))),
            _ => {}
        }
    }
    collapse_ws(&out)
}

/// Elements that start a new line of text (HTML's block-level elements and `<br>`).
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "br" | "li" | "ul" | "ol" | "dl" | "dt" | "dd" | "pre" | "blockquote" | "tr" | "td" | "th"
            | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "hr" | "section" | "article" | "header" | "footer"
    )
}

/// The `<li>` items of a cell, outside nested tables; an item's text leaves out the items of
/// a list nested in it, which are items of their own.
fn list_items(cell: ElementRef<'_>) -> Vec<String> {
    let mut items = Vec::new();
    let mut stack: Vec<_> = cell.children().rev().collect();
    while let Some(n) = stack.pop() {
        if let Some(el) = ElementRef::wrap(n) {
            match el.value().name() {
                "table" => continue,
                "li" => items.push(collapse_ws(&texts(el, &["table", "li"]).concat())),
                _ => {}
            }
        }
        stack.extend(n.children().rev());
    }
    items
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

/// Elements whose content html5ever reads as text, not markup.
const RAW_TEXT: [&str; 9] =
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Where the raw text opened by `<name` ends: at its end tag, or at the end of the file.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(at) = find(b, i, b"</") {
        let after = at + 2;
        if b.get(after..after + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            return after + name.len();
        }
        i = after;
    }
    b.len()
}

/// The first `needle` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}
