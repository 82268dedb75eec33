//! Code-prefixed blocks: `1000002Description: … / Possible cause: … / Suggestion: …` (or the
//! same three lines without labels) under range headings such as `1001xxx/1101xxx`.

use super::{
    append_line, append_role, finish, is_list_item, layout, Input, LineUse, Output, RowContext, SectionSpan,
};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Occurrence, Section, Text};
use crate::text::Line;
use regex::Regex;
use std::sync::LazyLock;

static BLOCK_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<code>-?\d+)(?P<rest>\p{L}.*)$").expect("static regex"));

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let spans = layout(input, &mut out);
    for span in &spans {
        // The section's own header, else the format's; an invalid one reads nothing (the
        // manifest check reports it).
        if let Some(header) = &span.header {
            parse_section(input, span, header, &mut out);
        }
    }
    out
}

struct Block {
    occ: Occurrence,
    field: Role,
    /// Position in `unlabeled_fields` while the block has no labels.
    unlabeled: Option<usize>,
    never_labelled: bool,
    blank_before: bool,
}

fn parse_section(input: &Input<'_>, span: &SectionSpan, header: &Regex, out: &mut Output) {
    let mut cx = RowContext::for_section(input, span);
    let mut section = span.section(input);
    let mut tables = 0;
    let mut in_table = false;
    let mut block: Option<Block> = None;
    for line in (span.first..=span.last).filter_map(|n| input.doc.line(n)) {
        let t = line.text.trim();
        if t.is_empty() {
            out.mark(line.number, LineUse::Blank);
            if let Some(b) = block.as_mut() {
                b.blank_before = true;
            }
            continue;
        }
        if header.is_match(t) {
            out.mark(line.number, LineUse::Markup);
            close(input, span, &mut block, out);
            tables += 1;
            in_table = true;
            if tables > 1 {
                untitled_table(input, span, &line, &mut section, &mut cx, out);
            }
            continue;
        }
        if in_table && block_line(input, span, &cx, &line, &mut block, out) {
            continue;
        }
        // Text between tables: the prose that introduces the next table.
        out.mark(line.number, LineUse::Prose);
        section.prose.push(Text { text: t.to_owned(), lang: input.lang, span: line.span() });
    }
    close(input, span, &mut block, out);
    out.sections.push(section);
}

/// A second table under one heading means the document lost the table's own heading; the
/// table gets a path of its own so that it can be told apart.
fn untitled_table(
    input: &Input<'_>,
    span: &SectionSpan,
    line: &Line<'_>,
    section: &mut Section,
    cx: &mut RowContext<'_>,
    out: &mut Output,
) {
    let mut path = span.path.clone();
    path.push(format!("Untitled table at line {}", line.number));
    out.sections.push(std::mem::replace(
        section,
        Section {
            source: input.source_id.to_owned(),
            path: path.clone(),
            line: line.number,
            prose: Vec::new(),
        },
    ));
    cx.section = path;
}

/// Reads a line inside a table as the start of a block or a line of the current one;
/// `false` when it is neither (the current block is then closed).
fn block_line(
    input: &Input<'_>,
    span: &SectionSpan,
    cx: &RowContext<'_>,
    line: &Line<'_>,
    block: &mut Option<Block>,
    out: &mut Output,
) -> bool {
    if let Some(b) = start_block(input, cx, line) {
        close(input, span, block, out);
        out.mark(line.number, LineUse::Row);
        *block = Some(b);
        return true;
    }
    if let Some(b) = block.as_mut() {
        let t = line.text.trim();
        let labelled = label_of(t, &input.format.labels).is_some();
        if !b.blank_before || labelled || is_list_item(line.text) {
            b.blank_before = false;
            take_line(input, b, line, t, false);
            out.mark(line.number, LineUse::Row);
            return true;
        }
        close(input, span, block, out);
    }
    false
}

/// A block opened by a line that starts with its code (`1000002Description: …`).
fn start_block(input: &Input<'_>, cx: &RowContext<'_>, line: &Line<'_>) -> Option<Block> {
    let c = BLOCK_START.captures(line.text)?;
    let (code, rest) = (c.name("code")?, c.name("rest")?);
    let occ = cx.occurrence(code.as_str(), line.span_of(code.as_str()))?;
    let mut b =
        Block { occ, field: Role::Description, unlabeled: None, never_labelled: true, blank_before: false };
    take_line(input, &mut b, line, rest.as_str(), true);
    Some(b)
}

/// Ends the current block: its occurrence is finished and kept.
fn close(input: &Input<'_>, span: &SectionSpan, block: &mut Option<Block>, out: &mut Output) {
    let Some(mut b) = block.take() else {
        return;
    };
    if b.never_labelled && b.occ.last_line > b.occ.span.line {
        out.diagnostics.push(unlabeled_block(input, &b.occ));
    }
    finish(&mut b.occ, input.format, span.severity);
    out.occurrences.push(b.occ);
}

/// A block of several lines without labels, read in the manifest's `unlabeled_fields` order.
fn unlabeled_block(input: &Input<'_>, occ: &Occurrence) -> Diagnostic {
    Diagnostic::new(
        Lint::UnlabeledBlock,
        format!(
            "block {} has no field labels; its lines were read as {}",
            occ.code_text,
            field_names(&input.format.unlabeled_fields)
        ),
    )
    .in_namespace(&occ.namespace)
    .with_code(occ.code)
    .with_label(Label::primary(
        input.file,
        occ.code_span,
        "no `Description:` / `Possible cause:` / `Suggestion:` labels",
    ))
    .with_help("check the field order; correct the row if the document meant otherwise")
}

/// Files one line of a block under its label, or under the next unlabelled field.
fn take_line(input: &Input<'_>, b: &mut Block, line: &Line<'_>, text: &str, first: bool) {
    let format = input.format;
    let lang = input.lang;
    b.occ.last_line = line.number;
    let text = text.trim();
    if let Some((role, rest)) = label_of(text, &format.labels) {
        b.field = role;
        b.unlabeled = None;
        b.never_labelled = false;
        let rest = rest.trim();
        if !rest.is_empty() || role == Role::Note {
            let span = line.span_of(rest);
            append_line(&mut b.occ, role, rest, || Text { text: rest.to_owned(), lang, span });
        }
        return;
    }
    let fields = &format.unlabeled_fields;
    if first && !fields.is_empty() {
        b.unlabeled = Some(0);
        b.field = fields[0];
    } else if let Some(i) = b.unlabeled {
        if !is_list_item(text) && i + 1 < fields.len() {
            b.unlabeled = Some(i + 1);
            b.field = fields[i + 1];
        }
    }
    let span = line.span_of(text);
    let make = || Text { text: text.to_owned(), lang, span };
    if is_list_item(text) {
        append_line(&mut b.occ, b.field, text, make);
    } else {
        append_role(&mut b.occ, b.field, text, make);
    }
}

/// The role and the rest of a line that starts with one of the manifest's labels.
pub fn label_of<'a>(
    line: &'a str,
    labels: &std::collections::BTreeMap<String, Role>,
) -> Option<(Role, &'a str)> {
    labels
        .iter()
        .filter_map(|(label, role)| line.strip_prefix(label.as_str()).map(|rest| (label.len(), *role, rest)))
        .max_by_key(|(len, _, _)| *len)
        .map(|(_, role, rest)| (role, rest))
}

fn field_names(roles: &[Role]) -> String {
    let names: Vec<String> = roles.iter().map(|r| format!("{r:?}").to_lowercase()).collect();
    if names.is_empty() {
        "description".to_owned()
    } else {
        names.join(", ")
    }
}
