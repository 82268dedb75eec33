//! API-reference member lists: `(static) NAME`, `Default Value: • 0x…`, a description,
//! labelled fields, `Note` lists, `Deprecated:` lines and examples, with sub-tables embedded
//! in a member's text (space-separated rows, or every row on one long pipe line).

use super::code_blocks::label_of;
use super::text_rows::{row_regex, start_row};
use super::{
    append, append_line, finish, is_list_item, layout, Input, LineUse, Output, RowContext, SectionSpan,
};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::{Role, Subtable, SubtableLayout};
use crate::model::{Example, Name, Occurrence, Section, Text};
use crate::text::{Line, Span};
use regex::Regex;

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let spans = layout(input, &mut out);
    for span in &spans {
        Members::new(input, span).run(&mut out);
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// Between the member line and its value.
    Head,
    /// Waiting for the bullet under `Default Value:`.
    Value,
    /// Waiting for the bullet under `Deprecated:`.
    Deprecated,
    Body,
    NoteList,
    Example,
    /// Inside an embedded table.
    Table(usize),
}

struct Members<'a> {
    input: &'a Input<'a>,
    span: &'a SectionSpan,
    member: Option<Regex>,
    intros: Vec<Option<Regex>>,
    headers: Vec<Option<Regex>>,
    rows: Vec<Regex>,
    mode: Mode,
    name: Option<Name>,
    deprecated: Option<Text>,
    head_line: Option<Span>,
    current: Option<Occurrence>,
    field: Role,
    paragraph_break: bool,
    /// A label whose text is expected on the following lines.
    open_label: Option<(Role, Span, String)>,
    example: Vec<(Span, String)>,
    section: Section,
}

impl<'a> Members<'a> {
    fn new(input: &'a Input<'a>, span: &'a SectionSpan) -> Members<'a> {
        let f = input.format;
        let re = |p: &str| Regex::new(p).ok();
        Members {
            input,
            span,
            member: f.member.as_deref().and_then(re),
            intros: f.subtables.iter().map(|t| t.intro.as_deref().and_then(re)).collect(),
            headers: f.subtables.iter().map(|t| re(&t.header)).collect(),
            rows: f.subtables.iter().map(|t| row_regex(&t.columns, &t.category_values)).collect(),
            mode: Mode::Head,
            name: None,
            deprecated: None,
            head_line: None,
            current: None,
            field: Role::Description,
            paragraph_break: false,
            open_label: None,
            example: Vec::new(),
            section: span.section(input),
        }
    }

    fn cx(&self, table: Option<&Subtable>) -> RowContext<'a> {
        let mut section = self.span.path.clone();
        let mut namespace = self.span.namespace.clone();
        let mut context = self.span.context.clone();
        let mut severity = self.span.severity;
        if let Some(t) = table {
            if let Some(name) = self.current.as_ref().and_then(|o| o.names.first()) {
                section.push(name.name.clone());
            }
            section.push(t.title.clone());
            namespace = t.namespace.clone();
            context = t.context.clone().or(context);
            severity = t.severity.or(severity);
        }
        let columns = table.map_or_else(|| self.span.columns.clone(), |t| t.columns.clone());
        RowContext { input: self.input, columns, section, context, namespace, severity }
    }

    fn run(mut self, out: &mut Output) {
        let doc = self.input.doc;
        for n in self.span.first..=self.span.last {
            let Some(line) = doc.line(n) else { break };
            let use_ = self.line(&line, out);
            out.mark(n, if line.is_blank() { LineUse::Blank } else { use_ });
        }
        self.finish_member(out);
        out.sections.push(self.section);
    }

    /// Reads one line of the section; returns what the line was used for.
    fn line(&mut self, line: &Line<'_>, out: &mut Output) -> LineUse {
        let t = line.text.trim();
        if let Some(use_) = self.member_head(line, t, out) {
            return use_;
        }
        if t.is_empty() {
            return self.blank(line);
        }
        let item = strip_bullet(t);
        if let Some(use_) = self.by_mode(line, t, item, out) {
            return use_;
        }
        let Some(occ) = self.current.as_mut() else {
            self.section.prose.push(Text { text: t.to_owned(), lang: self.input.lang, span: line.span() });
            return LineUse::Prose;
        };
        occ.last_line = line.number;
        if let Some(use_) = self.body_heading(t, out) {
            return use_;
        }
        let was_break = std::mem::replace(&mut self.paragraph_break, false);
        let numbered = item.is_none() && is_list_item(t);
        if let Some((role, rest)) = label_of(t, &self.input.format.labels) {
            self.labelled(line, t, role, rest, out);
        } else if let Some(text) = item.or(numbered.then_some(t)) {
            self.list_item(line, text);
        } else {
            self.check_open_label(out);
            self.paragraph_line(line, t, was_break);
        }
        LineUse::Row
    }

    /// The lines that open a member: its name, `Default Value:` and `Deprecated:`.
    fn member_head(&mut self, line: &Line<'_>, t: &str, out: &mut Output) -> Option<LineUse> {
        let f = self.input.format;
        if let Some(c) = self.member.as_ref().and_then(|re| re.captures(t)) {
            self.finish_member(out);
            let name = c.name("name").map(|m| m.as_str()).unwrap_or(t);
            self.name = Some(Name { name: name.to_owned(), span: line.span_of(name) });
            self.head_line = Some(line.span());
            self.mode = Mode::Head;
            return Some(LineUse::Row);
        }
        if Some(t) == f.value_label.as_deref().map(str::trim) {
            if self.current.is_some() || self.head_line.is_none() {
                self.finish_member(out);
                self.head_line = Some(line.span());
            }
            self.mode = Mode::Value;
            return Some(LineUse::Row);
        }
        if Some(t) == f.deprecated_label.as_deref().map(str::trim) {
            if self.current.is_some() {
                self.finish_member(out);
                self.head_line = Some(line.span());
            }
            self.mode = Mode::Deprecated;
            return Some(LineUse::Row);
        }
        None
    }

    /// A blank line: kept inside an example, ends a table of rows, breaks the paragraph.
    fn blank(&mut self, line: &Line<'_>) -> LineUse {
        if self.mode == Mode::Example {
            self.example.push((line.span(), String::new()));
        } else if let Mode::Table(i) = self.mode {
            if self.input.format.subtables[i].layout == SubtableLayout::Rows {
                self.mode = Mode::Body;
            }
        }
        self.paragraph_break = true;
        LineUse::Blank
    }

    /// Lines the mode alone decides: the value, the deprecation, text before the value,
    /// example code and rows of an embedded table. `None` leaves the line to the body.
    fn by_mode(&mut self, line: &Line<'_>, t: &str, item: Option<&str>, out: &mut Output) -> Option<LineUse> {
        let lang = self.input.lang;
        match self.mode {
            Mode::Value => Some(self.value(line, item.unwrap_or(t), out)),
            Mode::Deprecated => {
                let text = item.unwrap_or(t);
                self.deprecated = Some(Text { text: text.to_owned(), lang, span: line.span_of(text) });
                self.mode = Mode::Head;
                Some(LineUse::Row)
            }
            Mode::Head => {
                self.section.prose.push(Text { text: t.to_owned(), lang, span: line.span() });
                Some(LineUse::Prose)
            }
            Mode::Example => {
                self.example.push((line.span(), line.text.to_owned()));
                Some(LineUse::Row)
            }
            Mode::Table(i) => self.table_line(i, line, out),
            Mode::Body | Mode::NoteList => None,
        }
    }

    /// Headings inside a member's text: a table's intro or header, the notes and the
    /// example headings.
    fn body_heading(&mut self, t: &str, out: &mut Output) -> Option<LineUse> {
        let f = self.input.format;
        for (i, intro) in self.intros.iter().enumerate() {
            if intro.as_ref().is_some_and(|re| re.is_match(t)) {
                self.paragraph_break = false;
                return Some(LineUse::Markup);
            }
            if self.headers[i].as_ref().is_some_and(|re| re.is_match(t)) {
                self.mode = Mode::Table(i);
                return Some(LineUse::Markup);
            }
        }
        if f.notes_heading.as_deref() == Some(t) {
            self.mode = Mode::NoteList;
            self.check_open_label(out);
            return Some(LineUse::Markup);
        }
        if f.example_heading.as_deref() == Some(t) {
            self.mode = Mode::Example;
            self.check_open_label(out);
            return Some(LineUse::Markup);
        }
        None
    }

    /// A line that opens with a label: the field's text, or a label whose text follows.
    fn labelled(&mut self, line: &Line<'_>, t: &str, role: Role, rest: &str, out: &mut Output) {
        self.check_open_label(out);
        self.mode = Mode::Body;
        let rest = rest.trim();
        self.field = role;
        if rest.is_empty() {
            self.open_label = Some((role, line.span(), t.to_owned()));
        } else if role == Role::Note {
            self.take_note(rest, line.span_of(rest));
        } else {
            self.take_text(role, rest, line.span_of(rest), false);
        }
    }

    /// A bulleted or numbered item: a labelled field, a note of the notes list, or an item
    /// of the current field.
    fn list_item(&mut self, line: &Line<'_>, text: &str) {
        let span = line.span_of(text);
        if let Some((role, rest)) =
            label_of(text, &self.input.format.labels).filter(|(r, _)| *r != Role::Note)
        {
            let rest = rest.trim();
            self.take_text(role, rest, line.span_of(rest), true);
        } else if self.mode == Mode::NoteList {
            self.take_note(text, span);
        } else {
            self.open_label = None;
            let role = self.field;
            self.take_text(role, text, span, true);
        }
    }

    /// Plain text: a new paragraph (the description, then notes), the rest of an indented
    /// item, or the continuation of the current field.
    fn paragraph_line(&mut self, line: &Line<'_>, t: &str, was_break: bool) {
        if was_break || self.mode == Mode::NoteList {
            self.mode = Mode::Body;
            let has_description = self.current.as_ref().is_some_and(|o| o.description.is_some());
            self.field = if has_description { Role::Note } else { Role::Description };
            let (role, text) = (self.field, t);
            self.take_with_inline_labels(role, text, line, true);
        } else if line.text.starts_with(char::is_whitespace) && self.field != Role::Description {
            // An indented line continues the list item above it.
            let role = self.field;
            self.take_text(role, t, line.span_of(t), false);
        } else {
            let role = self.field;
            self.take_with_inline_labels(role, t, line, false);
        }
    }

    fn value(&mut self, line: &Line<'_>, text: &str, out: &mut Output) -> LineUse {
        let cx = self.cx(None);
        let Some(mut occ) = cx.occurrence(text, line.span_of(text)) else {
            out.diagnostics.push(
                Diagnostic::new(Lint::BadValue, format!("`{text}` is not a code"))
                    .with_label(Label::primary(
                        self.input.file,
                        line.span_of(text),
                        "expected the member's value",
                    ))
                    .with_help(super::not_a_code_help(text, "")),
            );
            self.mode = Mode::Head;
            return LineUse::Reported;
        };
        occ.span = self.head_line.unwrap_or(occ.span);
        // A member without a name is reported by validation (`missing-name`), which sees
        // corrections too.
        if let Some(name) = self.name.take() {
            occ.names.push(name);
        }
        occ.deprecated = self.deprecated.take();
        occ.last_line = line.number;
        self.current = Some(occ);
        self.mode = Mode::Body;
        self.field = Role::Description;
        self.paragraph_break = false;
        LineUse::Row
    }

    fn table_line(&mut self, i: usize, line: &Line<'_>, out: &mut Output) -> Option<LineUse> {
        let table = &self.input.format.subtables[i];
        let cx = self.cx(Some(table));
        match table.layout {
            SubtableLayout::Rows => {
                let occ = start_row(&cx, &self.rows[i], line)?;
                self.push_sub(occ, out);
                Some(LineUse::Row)
            }
            SubtableLayout::InlinePipe => {
                let mut pending: Option<Occurrence> = None;
                let mut offset = 0;
                for cell in line.text.split('|') {
                    let at = offset;
                    offset += cell.len() + 1;
                    let c = cell.trim();
                    if c.is_empty() {
                        continue;
                    }
                    let piece = &line.text[at..at + cell.len()];
                    let piece = &piece[piece.len() - piece.trim_start().len()..][..c.len()];
                    let span = line.span_of(piece);
                    if let Some(occ) = cx.occurrence(c, span) {
                        if let Some(done) = pending.replace(occ) {
                            self.push_sub(done, out);
                        }
                    } else if let Some(occ) = pending.as_mut() {
                        append(&mut occ.description, c, || cx.text(Role::Description, c.to_owned(), span));
                    }
                }
                if let Some(done) = pending {
                    self.push_sub(done, out);
                }
                self.mode = Mode::Body;
                Some(LineUse::Row)
            }
        }
    }

    fn push_sub(&mut self, mut occ: Occurrence, out: &mut Output) {
        finish(&mut occ, self.input.format, self.cx(None).severity);
        if let Some(i) = match self.mode {
            Mode::Table(i) => Some(i),
            _ => None,
        } {
            if let Some(s) = self.input.format.subtables[i].severity {
                occ.severity = s;
            }
        }
        out.occurrences.push(occ);
    }

    fn take_text(&mut self, role: Role, text: &str, span: Span, own_line: bool) {
        let lang = self.input.lang;
        let Some(occ) = self.current.as_mut() else {
            return;
        };
        let make = || Text { text: text.to_owned(), lang, span };
        if role == Role::Note {
            match (own_line, occ.notes.last_mut()) {
                (true, Some(last))
                    if last.text.ends_with(':')
                        || last.text.ends_with('：')
                        || last.text.lines().last().is_some_and(is_list_item) =>
                {
                    last.text.push('\n');
                    last.text.push_str(text);
                }
                (false, Some(last)) if !own_line => {
                    last.text = crate::text::join_pieces([last.text.as_str(), text])
                }
                _ => occ.notes.push(make()),
            }
            return;
        }
        if own_line {
            append_line(occ, role, text, make);
        } else {
            super::append_role(occ, role, text, make);
        }
    }

    fn take_note(&mut self, text: &str, span: Span) {
        if let Some(occ) = self.current.as_mut() {
            occ.notes.push(Text { text: text.to_owned(), lang: self.input.lang, span });
        }
    }

    /// Splits a line at a label written mid-line (`… Handling suggestion: …`).
    fn take_with_inline_labels(&mut self, role: Role, text: &str, line: &Line<'_>, new_paragraph: bool) {
        let labels = &self.input.format.labels;
        let split = labels
            .iter()
            .filter_map(|(label, r)| text.find(&format!(" {label}")).map(|at| (at, label.len() + 1, *r)))
            .min_by_key(|(at, _, _)| *at);
        let (head, tail) = match split {
            Some((at, len, r)) => (&text[..at], Some((r, text[at + len..].trim()))),
            None => (text, None),
        };
        let head = head.trim();
        if !head.is_empty() {
            if new_paragraph && role == Role::Note {
                if let Some(occ) = self.current.as_mut() {
                    occ.notes.push(Text {
                        text: head.to_owned(),
                        lang: self.input.lang,
                        span: line.span_of(head),
                    });
                }
            } else {
                self.take_text(role, head, line.span_of(head), new_paragraph);
            }
        }
        if let Some((r, rest)) = tail {
            self.field = r;
            if !rest.is_empty() {
                self.take_text(r, rest, line.span_of(rest), false);
            }
        }
    }

    /// A label line (`See:`) whose text never came.
    fn check_open_label(&mut self, out: &mut Output) {
        if let Some((_, span, label)) = self.open_label.take() {
            let occ = self.current.as_ref();
            let mut d = Diagnostic::new(Lint::EmptyField, format!("`{label}` is followed by no text"))
                .with_label(Label::primary(
                    self.input.file,
                    span,
                    "the text this label introduces is missing",
                ))
                .with_help(
                    "the document lost this field; add it with a correction if the vendor's page has it",
                );
            if let Some(o) = occ {
                d = d.with_code(o.code).in_namespace(&o.namespace);
                for n in &o.names {
                    d = d.with_name(&n.name);
                }
            }
            out.diagnostics.push(d);
        }
    }

    fn finish_member(&mut self, out: &mut Output) {
        self.check_open_label(out);
        if let Some(mut occ) = self.current.take() {
            if !self.example.is_empty() {
                while self.example.last().is_some_and(|(_, l)| l.trim().is_empty()) {
                    self.example.pop();
                }
                if let Some((span, _)) = self.example.first() {
                    let code: Vec<&str> = self.example.iter().map(|(_, l)| l.as_str()).collect();
                    occ.examples.push(Example {
                        language: self
                            .input
                            .format
                            .example_language
                            .clone()
                            .unwrap_or_else(|| "text".to_owned()),
                        code: code.join("\n"),
                        span: *span,
                    });
                }
            }
            finish(&mut occ, self.input.format, self.span.severity);
            out.occurrences.push(occ);
        }
        self.example.clear();
        self.head_line = None;
        self.name = None;
        self.mode = Mode::Head;
        self.field = Role::Description;
        self.paragraph_break = false;
    }
}

/// The text of a bullet line (`• 0x1000`, `- x`), without the bullet.
fn strip_bullet(t: &str) -> Option<&str> {
    ["• ", "•", "- ", "* ", "· "].iter().find_map(|b| t.strip_prefix(b)).map(str::trim)
}
