//! Plain-text rows: `CODE NAME Description` under a header line, with wrapped continuation
//! lines, labelled notes, and rows that lost their code (reported as orphan text).

use super::{ends_sentence, finish, layout, Input, LineUse, Orphan, Output, RowContext, SectionSpan};
use crate::manifest::{Format, Role};
use crate::model::{Field, Name, Occurrence, Text};
use crate::text::{Line, Span};
use regex::Regex;

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let spans = layout(input, &mut out);
    let format_row = row_regex(&input.format.columns, &input.format.category_values);
    for span in &spans {
        // Each section may have its own header and columns; an invalid header is reported
        // by the manifest check and reads nothing.
        let Some(header) = &span.header else { continue };
        let own_row;
        let row = if span.columns == input.format.columns {
            &format_row
        } else {
            own_row = row_regex(&span.columns, &input.format.category_values);
            &own_row
        };
        parse_section(input, span, header, row, &mut out);
    }
    out
}

/// The regex of one row: columns separated by white space, the last taking the rest.
pub fn row_regex(columns: &[Role], categories: &[String]) -> Regex {
    let mut parts = Vec::new();
    for (i, role) in columns.iter().enumerate() {
        let last = i + 1 == columns.len();
        parts.push(match role {
            Role::Code | Role::Hex => r"(?P<code>-?\d+|0[xX][0-9A-Fa-f]+)".to_owned(),
            Role::Name => r"(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|k[A-Z][A-Za-z0-9]+)".to_owned(),
            Role::Category => {
                let alts: Vec<String> = categories.iter().map(|c| regex::escape(c)).collect();
                if alts.is_empty() {
                    r"(?P<category>\S+)".to_owned()
                } else {
                    format!("(?P<category>{})", alts.join("|"))
                }
            }
            _ if last => r"(?P<text>\S.*?)".to_owned(),
            _ => r"\S+".to_owned(),
        });
    }
    let pattern = format!(r"^\s*{}\s*$", parts.join(r"\s+"));
    // Built from fixed pieces and escaped literals, so it always compiles; fall back to a
    // pattern that matches nothing rather than panic.
    Regex::new(&pattern).unwrap_or_else(|_| Regex::new(r"[^\s\S]").expect("static regex"))
}

#[derive(PartialEq)]
enum State {
    Intro,
    Table,
    After,
}

fn parse_section(input: &Input<'_>, span: &SectionSpan, header: &Regex, row: &Regex, out: &mut Output) {
    let cx = RowContext::for_section(input, span);
    let mut section = span.section(input);
    let mut state = State::Intro;
    let mut current: Option<Occurrence> = None;
    let mut orphan: Vec<(Span, String)> = Vec::new();
    for line in (span.first..=span.last).filter_map(|n| input.doc.line(n)) {
        let t = line.text.trim();
        if t.is_empty() {
            out.mark(line.number, LineUse::Blank);
            if state == State::Table {
                state = State::After;
            }
            flush_orphan(input, span, &mut orphan, out);
            continue;
        }
        if header.is_match(t) {
            out.mark(line.number, LineUse::Markup);
            end_row(input, span, &mut orphan, &mut current, out);
            state = State::Table;
            continue;
        }
        if state != State::Intro {
            if let Some(occ) = start_row(&cx, row, &line) {
                end_row(input, span, &mut orphan, &mut current, out);
                out.mark(line.number, LineUse::Row);
                current = Some(occ);
                state = State::Table;
                continue;
            }
        }
        if state != State::Table {
            out.mark(line.number, LineUse::Prose);
            section.prose.push(Text { text: t.to_owned(), lang: input.lang, span: line.span() });
            continue;
        }
        match current.as_mut() {
            Some(occ) if orphan.is_empty() && continues(occ, t, &input.format.labels) => {
                out.mark(line.number, LineUse::Row);
                continue_row(input, occ, &line);
            }
            _ => orphan.push((line.span(), t.to_owned())),
        }
    }
    end_row(input, span, &mut orphan, &mut current, out);
    out.sections.push(section);
}

/// Adds a continuation line to a row: a labelled note, or more of its description.
fn continue_row(input: &Input<'_>, occ: &mut Occurrence, line: &Line<'_>) {
    let t = line.text.trim();
    let lang = input.lang;
    occ.last_line = line.number;
    match note_label(t, &input.format.labels) {
        Some(rest) => occ.notes.push(Text { text: rest.to_owned(), lang, span: line.span_of(rest) }),
        None => {
            super::append(&mut occ.description, t, || Text { text: t.to_owned(), lang, span: line.span() })
        }
    }
}

/// Reports the lines gathered since the last row as text without a code.
fn flush_orphan(input: &Input<'_>, span: &SectionSpan, orphan: &mut Vec<(Span, String)>, out: &mut Output) {
    if orphan.is_empty() {
        return;
    }
    out.orphan(
        input,
        Orphan {
            section: span.path.clone(),
            context: span.context.clone(),
            namespace: span.namespace.clone(),
            severity: span.severity.unwrap_or(crate::model::Severity::Error),
            lines: std::mem::take(orphan),
        },
    );
}

/// Ends the current row and any orphan text after it, before a header or a new row.
fn end_row(
    input: &Input<'_>,
    span: &SectionSpan,
    orphan: &mut Vec<(Span, String)>,
    current: &mut Option<Occurrence>,
    out: &mut Output,
) {
    flush_orphan(input, span, orphan, out);
    finish_row(current, input.format, span, out);
}

pub fn start_row(cx: &RowContext<'_>, row: &Regex, line: &Line<'_>) -> Option<Occurrence> {
    let c = row.captures(line.text)?;
    let code = c.name("code")?;
    let mut occ = cx.occurrence(code.as_str(), line.span_of(code.as_str()))?;
    if let Some(name) = c.name("name") {
        occ.names.push(Name { name: name.as_str().to_owned(), span: line.span_of(name.as_str()) });
    }
    if let Some(cat) = c.name("category") {
        occ.context = Some(cat.as_str().to_owned());
    }
    if let Some(text) = c.name("text") {
        let role = cx.columns.last().copied().unwrap_or(Role::Description);
        let t = cx.text(role, text.as_str().to_owned(), line.span_of(text.as_str()));
        occ.set(if role == Role::Message { Field::Message } else { Field::Description }, t);
    }
    Some(occ)
}

/// A line continues the current row when it is a labelled note, or when the row's text has
/// not finished its sentence, or when it starts in lower case.
fn continues(occ: &Occurrence, line: &str, labels: &std::collections::BTreeMap<String, Role>) -> bool {
    if note_label(line, labels).is_some() {
        return true;
    }
    let last = occ.notes.last().or(occ.description.as_ref()).map(|t| t.text.as_str()).unwrap_or("");
    !ends_sentence(last) || line.chars().next().is_some_and(char::is_lowercase)
}

/// The rest of a line that starts with a note label (`Note: …`).
fn note_label<'a>(line: &'a str, labels: &std::collections::BTreeMap<String, Role>) -> Option<&'a str> {
    let default = ["Note:", "注意：", "注："];
    labels
        .iter()
        .filter(|(_, r)| **r == Role::Note)
        .map(|(l, _)| l.as_str())
        .chain(default)
        .find_map(|l| line.strip_prefix(l))
        .map(str::trim)
}

fn finish_row(current: &mut Option<Occurrence>, format: &Format, span: &SectionSpan, out: &mut Output) {
    if let Some(mut occ) = current.take() {
        finish(&mut occ, format, span.severity);
        out.occurrences.push(occ);
    }
}
