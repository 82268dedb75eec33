//! HTML `<table>` pages: the header row names nothing we rely on, the manifest's column roles
//! do; section paths come from the nearest heading or the table's caption. Parsed with
//! scraper (html5ever), so malformed markup is repaired the way browsers repair it.

use super::{finish, Input, LineUse, Output, RowContext};
use crate::code::{parse_code, same_bits};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Name, Section};
use crate::text::collapse_ws;
use scraper::{ElementRef, Html, Selector};
use std::collections::HashMap;

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let doc = input.doc;
    for line in doc.lines() {
        out.mark(line.number, if line.is_blank() { LineUse::Blank } else { LineUse::Markup });
    }
    let html = Html::parse_document(&doc.text);
    let (Ok(rows_sel), Ok(cells_sel), Ok(items_sel)) =
        (Selector::parse("tr"), Selector::parse("th, td"), Selector::parse("li"))
    else {
        return out;
    };
    let place_of = row_places(&html, &doc.text);
    let mut heading: Vec<String> = Vec::new();
    let mut section: Option<Section> = None;
    for node in html.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = el.value().name();
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption") {
            heading = vec![collapse_ws(&el.text().collect::<String>())];
            continue;
        }
        if name != "table" {
            continue;
        }
        if let Some(s) = section.take() {
            out.sections.push(s);
        }
        // A nested table's rows are its own, not also the rows of the table around it.
        let own_rows: Vec<ElementRef<'_>> =
            el.select(&rows_sel).filter(|tr| table_of(tr) == Some(el)).collect();
        let line = own_rows.first().map(|tr| doc.span_at(place_of(tr).0, 0).line).unwrap_or(1);
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
        for (i, tr) in own_rows.into_iter().enumerate() {
            let (start, end) = place_of(&tr);
            let span = doc.span_at(start, end);
            let last_line = doc.span_at(end, end).line;
            let cells: Vec<ElementRef<'_>> =
                tr.children().filter_map(ElementRef::wrap).filter(|c| cells_sel.matches(c)).collect();
            let is_header = cells.iter().all(|c| c.value().name() == "th")
                || (i == 0 && cells.iter().any(|c| c.value().name() == "th"));
            out.mark_range(span.line, last_line, LineUse::Markup);
            if is_header || cells.is_empty() {
                continue;
            }
            let value_of = |role: Role| -> Vec<String> {
                let Some(cell) =
                    input.format.columns.iter().position(|r| *r == role).and_then(|i| cells.get(i))
                else {
                    return Vec::new();
                };
                let items: Vec<String> =
                    cell.select(&items_sel).map(|li| collapse_ws(&li.text().collect::<String>())).collect();
                if !items.is_empty() {
                    return items;
                }
                let text = collapse_ws(&cell.text().collect::<Vec<_>>().join(" "));
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
                continue;
            }
            for (k, code_text) in codes.iter().enumerate() {
                let Some(mut occ) = cx.occurrence(code_text, span) else {
                    out.mark_range(span.line, last_line, LineUse::Reported);
                    out.diagnostics.push(
                        Diagnostic::new(Lint::BadValue, format!("`{code_text}` is not a code"))
                            .with_label(Label::primary(input.file, span, "expected a decimal or 0x-hex code"))
                            .with_help("fix the value with a correction in catalog/corrections.toml"),
                    );
                    continue;
                };
                if let (Some(d), Some(h)) = (decs.get(k), hexes.get(k)) {
                    occ.alt_code_text = Some(h.clone());
                    if let (Some(dv), Some(hv)) = (parse_code(d), parse_code(h)) {
                        if !same_bits(hv.value, dv.value) {
                            out.diagnostics.push(
                                Diagnostic::new(Lint::HexDecimalMismatch, format!("hex `{h}` is {} but the decimal column says {d}", hv.value))
                                    .with_code(dv.value)
                                    .with_label(Label::primary(input.file, span, "this row"))
                                    .with_help("find the right value in the SDK and record it in catalog/corrections.toml"),
                            );
                        }
                    }
                }
                occ.last_line = last_line;
                for (role, cell) in input.format.columns.iter().zip(&cells) {
                    let text = collapse_ws(&cell.text().collect::<Vec<_>>().join(" "));
                    if text.is_empty() || input.format.empty_cells.contains(&text) {
                        continue;
                    }
                    let t = cx.text(*role, text.clone(), span);
                    match role {
                        Role::Name => occ.names.push(Name { name: text, span }),
                        Role::Message => occ.message = Some(t),
                        Role::Cause => occ.cause = Some(t),
                        Role::Suggestion => occ.suggestion = Some(t),
                        Role::Note => occ.notes.push(t),
                        Role::Description => occ.description = Some(t),
                        Role::Category => occ.context = Some(text),
                        Role::Code | Role::Hex | Role::Ignore => {}
                    }
                }
                finish(&mut occ, input.format, None);
                out.occurrences.push(occ);
            }
            out.mark_range(span.line, last_line, LineUse::Row);
        }
    }
    if let Some(s) = section.take() {
        out.sections.push(s);
    }
    out
}

/// The nearest `<table>` around a row.
fn table_of<'a>(tr: &ElementRef<'a>) -> Option<ElementRef<'a>> {
    tr.ancestors().filter_map(ElementRef::wrap).find(|a| a.value().name() == "table")
}

/// Where each parsed row is written. Rows take the `<tr>` tags in source order, except a row
/// the parser added around cells written without one, which takes its cells' place (cells take
/// the `<td>`/`<th>` tags in source order). A row no tag accounts for (markup the tag scan
/// reads differently from the parser) takes the end of the row before it.
fn row_places<'a>(html: &'a Html, text: &str) -> impl Fn(&ElementRef<'a>) -> (usize, usize) {
    let mut places = HashMap::new();
    if let (Ok(rows), Ok(cells)) = (Selector::parse("tr"), Selector::parse("td, th")) {
        let mut cell_tags = tag_places(text, "td");
        cell_tags.extend(tag_places(text, "th"));
        cell_tags.sort_unstable();
        let cell_at: HashMap<_, _> = html.select(&cells).map(|c| c.id()).zip(cell_tags).collect();
        let mut row_tags = tag_places(text, "tr").into_iter().peekable();
        let mut last = (0, 0);
        for tr in html.select(&rows) {
            let own: Vec<(usize, usize)> =
                tr.children().filter_map(|c| cell_at.get(&c.id()).copied()).collect();
            let written = match (own.first(), row_tags.peek()) {
                (Some(cell), Some(tag)) => tag.0 < cell.0,
                (Some(_), None) => false,
                (None, _) => true,
            };
            let cells_place = own.first().zip(own.last()).map(|(f, l)| (f.0, l.1.max(f.0)));
            let place = if written { row_tags.next() } else { cells_place };
            last = place.unwrap_or((last.1, last.1));
            places.insert(tr.id(), last);
        }
    }
    move |tr: &ElementRef<'a>| places.get(&tr.id()).copied().unwrap_or_default()
}

/// Byte ranges of every `<tag …>…</tag>` in source order, outside comments, so that parsed
/// rows can be given the lines they were written on.
fn tag_places(text: &str, tag: &str) -> Vec<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = lower[i..].find(&open).map(|a| a + i) {
        if let Some(comment) = lower[i..at].rfind("<!--").map(|c| c + i) {
            if !lower[comment..at].contains("-->") {
                i = lower[at..].find("-->").map(|e| at + e + 3).unwrap_or(lower.len());
                continue;
            }
        }
        let after = lower.as_bytes().get(at + open.len()).copied();
        if !matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')) {
            i = at + open.len();
            continue;
        }
        let end = lower[at..].find(&close).map(|e| at + e).unwrap_or(at + open.len());
        out.push((at, end));
        i = at + open.len();
    }
    out
}
