//! Format adapters: one module per family of vendor document. Each reads a decoded document
//! with its manifest's settings and returns occurrences, section prose, diagnostics and a use
//! for every line, so that the loader can prove nothing was silently dropped.

pub mod api_members;
pub mod cell_text;
pub mod code_blocks;
mod continuation;
mod deprecation;
pub mod html_members;
mod html_source;
pub mod html_table;
pub mod markdown_table;
pub mod sdk_defs;
mod sections;
pub mod text_rows;
mod unread;

use crate::code::parse_code;
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::{Format, Role};
use crate::model::{Lang, Name, Occurrence, Section, Severity, Text};
use crate::text::{join_pieces, Document, Span};
use regex::Regex;
use std::sync::LazyLock;

pub use sections::{layout, SectionSpan};

/// What a source gives every adapter.
pub struct Input<'a> {
    pub source_id: &'a str,
    pub namespace: &'a str,
    pub lang: Lang,
    /// The document's path as diagnostics show it.
    pub file: &'a str,
    pub doc: &'a Document,
    pub format: &'a Format,
    /// The files `format.includes` names, with their names: definitions only.
    pub includes: &'a [(String, Document)],
}

/// How a line of a document was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineUse {
    /// Before the first section or after `stop_at`: not part of the catalog.
    Outside,
    /// Inside a section but not claimed by the adapter: a bug the loader reports.
    Unclaimed,
    Blank,
    /// Headings, table headers, delimiters and other structure.
    Markup,
    /// Section prose kept with its section.
    Prose,
    /// Part of an occurrence.
    Row,
    /// Reported by a diagnostic.
    Reported,
}

/// Lines inside a table that belong to no row, kept so that a correction can restore the row
/// they were part of.
#[derive(Debug, Clone)]
pub struct Orphan {
    pub section: Vec<String>,
    pub context: Option<String>,
    pub namespace: String,
    pub severity: Severity,
    pub lines: Vec<(Span, String)>,
}

#[derive(Debug, Default)]
pub struct Output {
    pub occurrences: Vec<Occurrence>,
    pub sections: Vec<Section>,
    pub diagnostics: Vec<Diagnostic>,
    pub orphans: Vec<Orphan>,
    /// Indexed by line number - 1.
    pub uses: Vec<LineUse>,
    /// The codes each section heading declares (`1001xxx/1101xxx`), with the heading's span.
    pub ranges: Vec<DeclaredRange>,
}

/// Codes a heading declares: every value whose decimal digits match one of the patterns.
#[derive(Debug, Clone)]
pub struct DeclaredRange {
    pub section: Vec<String>,
    pub text: String,
    pub span: Span,
}

impl DeclaredRange {
    pub fn contains(&self, code: i64) -> bool {
        let digits = code.to_string();
        self.text.split('/').any(|p| {
            let p = p.trim();
            p.len() == digits.len()
                && p.chars().zip(digits.chars()).all(|(a, b)| a == 'x' || a == 'X' || a == b)
        })
    }
}

impl Output {
    pub fn new(doc: &Document) -> Output {
        Output { uses: vec![LineUse::Unclaimed; doc.line_count()], ..Output::default() }
    }

    pub fn mark(&mut self, line: u32, use_: LineUse) {
        if let Some(u) = (line as usize).checked_sub(1).and_then(|i| self.uses.get_mut(i)) {
            *u = use_;
        }
    }

    pub fn mark_range(&mut self, first: u32, last: u32, use_: LineUse) {
        for n in first..=last {
            self.mark(n, use_);
        }
    }

    /// Reports lines inside a table that belong to no row.
    pub fn orphan(&mut self, input: &Input<'_>, orphan: Orphan) {
        let Some(first) = orphan.lines.first() else {
            return;
        };
        let title = orphan.section.last().cloned().unwrap_or_default();
        let mut d = Diagnostic::new(
            Lint::OrphanText,
            format!(
                "{} line{} in section `{title}` belong to no row: the row's code was lost",
                orphan.lines.len(),
                if orphan.lines.len() == 1 { "" } else { "s" }
            ),
        )
        .in_namespace(&orphan.namespace)
        .with_help("restore the row with a `restore-row` correction in catalog/corrections.toml (cite the SDK), or acknowledge it in catalog/policy.toml");
        d = d.with_label(Label::primary(input.file, first.0, "text without a code"));
        for (span, _) in orphan.lines.iter().skip(1) {
            d = d.with_label(Label::secondary(input.file, *span, "continues here"));
        }
        for (span, _) in &orphan.lines {
            self.mark(span.line, LineUse::Reported);
        }
        self.diagnostics.push(d);
        self.orphans.push(orphan);
    }
}

/// Runs the adapter of the input's family.
pub fn parse(input: &Input<'_>) -> Output {
    use crate::manifest::Family;
    let mut out = match input.format.family {
        Family::TextRows => text_rows::parse(input),
        Family::CodeBlocks => code_blocks::parse(input),
        Family::MarkdownTable => markdown_table::parse(input),
        Family::ApiMembers => api_members::parse(input),
        Family::HtmlTable => html_table::parse(input),
        Family::HtmlMembers => html_members::parse(input),
        Family::SdkDefinitions => sdk_defs::parse(input),
    };
    if matches!(input.format.family, Family::MarkdownTable | Family::HtmlTable) {
        check_name_columns(input, &mut out);
    }
    // A source file's numbers outside the groups it declares are data of other declarations,
    // not rows; the family accounts for every member of every selected group itself.
    if input.format.family != Family::SdkDefinitions {
        unread::report(input, &mut out);
    }
    out
}

/// A table whose `name` column holds sentences in most rows was read with its columns in
/// another order than the page's (name and description swapped): nothing else would say so
/// when the manifest gives no `header`. Checked per section, where a table's rows land.
fn check_name_columns(input: &Input<'_>, out: &mut Output) {
    let prose = |name: &str| {
        let words = name.split_whitespace().count();
        words >= 3 || (words == 2 && name.trim_end().ends_with(['.', '。']))
    };
    let mut groups: Vec<(&[String], &str, usize, Vec<&Name>)> = Vec::new();
    for o in &out.occurrences {
        let Some(name) = o.names.first() else { continue };
        match groups.iter_mut().find(|g| g.0 == o.section.as_slice() && g.1 == o.namespace) {
            Some(g) => {
                g.2 += 1;
                g.3.extend(Some(name).filter(|n| prose(&n.name)));
            }
            None => groups.push((
                &o.section,
                &o.namespace,
                1,
                Some(name).filter(|n| prose(&n.name)).into_iter().collect(),
            )),
        }
    }
    let mut found = Vec::new();
    for (section, namespace, rows, sentences) in groups {
        let Some(first) = sentences.first().filter(|_| rows >= 2 && sentences.len() * 2 > rows) else {
            continue;
        };
        let title = section.last().map_or(String::new(), |t| format!(" of section `{t}`"));
        found.push(
            Diagnostic::new(
                Lint::UnexpectedHeader,
                format!(
                    "the `name` column{title} holds sentences in {} of {rows} rows (`{}`): the table's columns are in another order than `columns` says",
                    sentences.len(),
                    first.name
                ),
            )
            .in_namespace(namespace)
            .with_label(Label::primary(input.file, first.span, "read as a name"))
            .with_help("compare the table's header with `columns` (the format's or the section's) and put the roles in the page's order"),
        );
    }
    out.diagnostics.extend(found);
}

/// Builds occurrences with the settings every family shares.
pub struct RowContext<'a> {
    pub input: &'a Input<'a>,
    /// Column roles of the section's tables.
    pub columns: Vec<Role>,
    pub section: Vec<String>,
    pub context: Option<String>,
    pub namespace: String,
    pub severity: Option<Severity>,
}

impl<'a> RowContext<'a> {
    /// Rows of one section take its path, context, namespace and severity.
    pub fn for_section(input: &'a Input<'a>, span: &SectionSpan) -> RowContext<'a> {
        RowContext {
            input,
            columns: span.columns.clone(),
            section: span.path.clone(),
            context: span.context.clone(),
            namespace: span.namespace.clone(),
            severity: span.severity,
        }
    }

    /// A new occurrence for the code written as `code_text` at `span`; `None` when the text is
    /// not a code.
    pub fn occurrence(&self, code_text: &str, span: Span) -> Option<Occurrence> {
        let code = parse_code(code_text)?;
        Some(Occurrence::new(
            self.input.source_id,
            &self.namespace,
            self.section.clone(),
            self.context.clone(),
            span,
            code.value,
            code_text,
        ))
    }

    pub fn text(&self, role: Role, text: String, span: Span) -> Text {
        let lang = self.input.format.column_languages.get(&role).copied().unwrap_or(self.input.lang);
        Text { text, lang, span }
    }
}

/// A row that writes its code twice, in a decimal and a hex column, whose two readings name
/// different bits (`0xFFFFFFFF` agrees with both `4294967295` and `-1`).
pub fn hex_decimal_disagree(cx: &RowContext<'_>, dec: (&str, Span), hex: (&str, Span)) -> Option<Diagnostic> {
    let (dv, hv) = (parse_code(dec.0)?, parse_code(hex.0)?);
    if crate::code::same_bits(hv.value, dv.value) {
        return None;
    }
    let file = cx.input.file;
    Some(
        Diagnostic::new(
            Lint::HexDecimalMismatch,
            format!("hex `{}` is {} but the decimal column says {}", hex.0.trim(), hv.value, dv.value),
        )
        .in_namespace(&cx.namespace)
        .with_code(dv.value)
        .with_code(hv.value)
        .with_label(Label::primary(file, hex.1, format!("{} in decimal", hv.value)))
        .with_label(Label::secondary(file, dec.1, "decimal column"))
        .with_help("find the right value in the SDK and record it in catalog/corrections.toml"),
    )
}

/// Whether a table's header row is the one the manifest expects: `header` matches the line as
/// written, or the cells' texts joined as `a | b | c` (with or without the outer bars), so
/// that one pattern serves markdown and HTML tables alike.
pub fn header_matches(expected: &Regex, line: &str, cells: &[&str]) -> bool {
    let joined = cells.iter().map(|c| c.trim()).collect::<Vec<_>>().join(" | ");
    expected.is_match(line.trim())
        || expected.is_match(&joined)
        || expected.is_match(&format!("| {joined} |"))
}

/// What to do about a code cell that is no code: a string-valued code (`'INVALID_ENGINE'`, as
/// some web SDKs number their errors) is not a defect to correct but a table the atlas cannot
/// hold; anything else is fixed with a correction (`also` adds the family's own remedy).
pub fn not_a_code_help(text: &str, also: &str) -> String {
    let t = text.trim().trim_matches(['\'', '"', '`']);
    let string_code = t.len() >= 2
        && t.starts_with(|c: char| c.is_ascii_alphabetic())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && t.chars().any(|c| c.is_ascii_alphabetic());
    if string_code {
        return format!("`{t}` reads as a string-valued code, which the atlas holds only as numbers: leave its table's section out of `format.sections` or end it with `stop_at`, or acknowledge this finding in catalog/policy.toml");
    }
    format!("fix the value with a correction in catalog/corrections.toml{also}")
}

/// A table header that differs from the manifest's `header`.
pub fn unexpected_header(file: &str, span: Span, cells: &[&str]) -> Diagnostic {
    let joined = cells.iter().map(|c| c.trim()).collect::<Vec<_>>().join(" | ");
    Diagnostic::new(
        Lint::UnexpectedHeader,
        format!("table header `{joined}` differs from the manifest's `header`"),
    )
    .with_label(Label::primary(file, span, "this header"))
    .with_help("check that the column roles in `columns` still fit this table, then fix `header`")
}

/// Final touches shared by all families: severity by rules, platforms from the texts, names
/// that open a text cell, deprecation markers.
pub fn finish(occ: &mut Occurrence, format: &Format, section_severity: Option<Severity>) {
    deprecation::detect(occ, format);
    deprecation::strip_from_names(occ);
    if format.names_in_text {
        let found: Vec<Name> = occ
            .texts()
            .filter_map(|(_, t)| leading_name(&t.text).map(|n| Name { name: n.to_owned(), span: t.span }))
            .collect();
        for n in found {
            if !occ.names.iter().any(|m| m.name == n.name) {
                occ.names.push(n);
            }
        }
    }
    occ.severity = severity_for(occ, format, section_severity);
    let mut platforms = Vec::new();
    for (_, t) in occ.texts() {
        for p in platforms_in(&t.text) {
            if !platforms.contains(&p) {
                platforms.push(p);
            }
        }
    }
    occ.platforms = platforms;
}

/// A code 0 whose name or meaning says success (`ERR_NULL`, `kOK`, `CommonSuccess`, "无错误").
static SUCCESS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|_|[a-z0-9])(OK|Ok|NONE|None|NULL|Null|SUCCESS|Success|SUCCEEDED|Succeeded|NO_ERROR|NoError)$|^(ok|none|success)$",
    )
    .expect("static regex")
});
static SUCCESS_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W*(no error|success|succeeded|execution successful|ok)\b|无错误|没有错误|^成功|状态正常",
    )
    .expect("static regex")
});

fn is_success(occ: &Occurrence) -> bool {
    occ.code == 0
        && (occ.names.iter().any(|n| SUCCESS_NAME.is_match(&n.name))
            || occ.texts().any(|(f, t)| f.is_meaning() && SUCCESS_TEXT.is_match(&t.text)))
}

fn severity_for(occ: &Occurrence, format: &Format, section: Option<Severity>) -> Severity {
    // Success is an event by what it means, whatever the rules say of its group's names.
    if is_success(occ) {
        return Severity::Event;
    }
    let compiled = format.compiled();
    for (i, rule) in format.severity_rules.iter().enumerate() {
        let mut ok = true;
        if let Some(neg) = rule.negative {
            ok &= (occ.code < 0) == neg;
        }
        if let Some(code) = rule.code {
            ok &= occ.code == code;
        }
        if rule.name_pattern.is_some() {
            // An invalid pattern is reported by the manifest check and matches nothing here.
            ok &= compiled
                .severity_names
                .get(i)
                .and_then(Option::as_ref)
                .is_some_and(|re| occ.names.iter().any(|n| re.is_match(&n.name)));
        }
        if rule.text_pattern.is_some() {
            ok &= compiled
                .severity_texts
                .get(i)
                .and_then(Option::as_ref)
                .is_some_and(|re| occ.texts().any(|(f, t)| f.is_meaning() && re.is_match(&t.text)));
        }
        if ok {
            return rule.severity;
        }
    }
    section.or(format.severity).unwrap_or(Severity::Error)
}

static LEADING_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*[，,:：]").expect("static regex"));

static WHOLE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$").expect("static regex"));

/// A symbolic name that opens a text (`SDK_WARNING_NETWORK_WEAK，网络质量较差。`) or is the
/// whole text (`WARN_DEFAULT` written in a message column).
pub fn leading_name(text: &str) -> Option<&str> {
    let t = text.trim();
    if WHOLE_NAME.is_match(t) {
        return Some(t);
    }
    LEADING_NAME.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str())
}

static PLATFORM_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:for )?((?:Android|iOS|Windows|Mac|macOS|Web|Linux)(?:(?:,\s*|\s*/\s*|\s+and\s+)(?:Android|iOS|Windows|Mac|macOS|Web|Linux))*)(?: SDK)?\)")
        .expect("static regex")
});

/// Platforms a text restricts itself to: `(for Android SDK)`, `(Android, iOS)`.
pub fn platforms_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in PLATFORM_GROUP.captures_iter(text) {
        let Some(group) = c.get(1) else { continue };
        for p in group.as_str().split([',', '/']).flat_map(|s| s.split(" and ")) {
            let p = p.trim().to_owned();
            if !p.is_empty() && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Appends a continuation to a text field, joining as the script wants.
pub fn append(field: &mut Option<Text>, piece: &str, make: impl FnOnce() -> Text) {
    match field {
        Some(t) => t.text = join_pieces([t.text.as_str(), piece]),
        None => *field = Some(make()),
    }
}

/// Appends text to the field a role names.
pub fn append_role(occ: &mut Occurrence, role: Role, piece: &str, make: impl FnOnce() -> Text) {
    match occ.slot(role.field()) {
        Some(field) => append(field, piece, make),
        None => occ.notes.push(make()),
    }
}

/// Appends a list item or a new paragraph to a field, keeping it on its own line.
pub fn append_line(occ: &mut Occurrence, role: Role, piece: &str, make: impl FnOnce() -> Text) {
    match occ.slot(role.field()) {
        Some(Some(t)) => {
            t.text.push('\n');
            t.text.push_str(piece.trim());
        }
        Some(field) => *field = Some(make()),
        None => occ.notes.push(make()),
    }
}

/// Whether a text looks cut short: unbalanced brackets or quotes, or a trailing colon that
/// announces something that is not there.
pub fn looks_truncated(text: &str) -> Option<&'static str> {
    let t = text.trim_end();
    if t.ends_with(':') || t.ends_with('：') {
        return Some("ends with a colon that announces missing text");
    }
    let count = |c: char| t.chars().filter(|&x| x == c).count();
    if count('[') > count(']')
        || count('(') > count(')')
        || count('（') > count('）')
        || count('{') > count('}')
    {
        return Some("has an unclosed bracket");
    }
    if count('"') % 2 == 1 {
        return Some("has an unclosed quote");
    }
    None
}

/// Whether a line is a list item (`1. `, `• `, `- `, `* `).
pub fn is_list_item(line: &str) -> bool {
    static ITEM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*(?:\d+[.)、]|[•\-*·])\s*\S").expect("static regex"));
    ITEM.is_match(line)
}

/// Whether a text ends a sentence (so a following capitalized line is not its continuation).
pub fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', '。', '!', '?', '！', '？', ')', '）', '"', '”'])
}
