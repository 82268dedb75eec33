//! Curated corrections (`catalog/corrections.toml`) for defects of received documents. The raw
//! documents are never edited; each correction says what it changes, where, and why.

pub mod citations;

use crate::adapters::{DeclaredRange, Orphan};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::{Lang, Name, Occurrence, Section, Severity, Text};
use crate::policy::line_span;
use regex::Regex;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(default)]
    pub correction: Vec<Correction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Give a row the names the document lost.
    AddNames,
    /// Replace a wrong name.
    Rename,
    /// Replace a wrong value (a truncated hex, a lost digit).
    SetValue,
    /// Rebuild a row whose code was lost from the orphan lines it left behind.
    RestoreRow,
    /// Give a table the heading the document lost.
    SetHeading,
    /// Add a row the document lost entirely (nothing of it is left to restore from).
    AddRow,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::AddNames => "add-names",
            Kind::Rename => "rename",
            Kind::SetValue => "set-value",
            Kind::RestoreRow => "restore-row",
            Kind::SetHeading => "set-heading",
            Kind::AddRow => "add-row",
        }
    }

    /// The finding ids this kind of correction resolves.
    pub fn fixes(self) -> &'static [Lint] {
        match self {
            Kind::AddNames => &[Lint::MissingName, Lint::SdkNameMismatch],
            Kind::Rename => &[Lint::ConflictingName, Lint::SdkNameMismatch],
            Kind::SetValue => &[
                Lint::TruncatedValue,
                Lint::UnusualHexWidth,
                Lint::HexDecimalMismatch,
                Lint::CodeOutsideRange,
            ],
            Kind::RestoreRow => &[Lint::OrphanText],
            Kind::SetHeading => &[Lint::CodeOutsideRange],
            Kind::AddRow => &[Lint::LostRow],
        }
    }
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// What the correction does.
    pub kind: Kind,
    /// The id of the source whose document has the defect.
    pub source: String,
    /// A line of the row (or of the table header, for `set-heading`).
    pub line: u32,
    /// The row's code (for `restore-row` and `add-row`, the code it gets).
    pub code: Option<i64>,
    /// The names to add (`add-names`, `restore-row`, `add-row`).
    #[serde(default)]
    pub names: Vec<String>,
    /// The wrong name (`rename`).
    pub from: Option<String>,
    /// The right name (`rename`).
    pub to: Option<String>,
    /// The right value (`set-value`).
    pub value: Option<i64>,
    /// The heading the table lost (`set-heading`).
    pub heading: Option<String>,
    /// The severity of a restored or added row.
    pub severity: Option<Severity>,
    /// The context of a restored or added row.
    pub context: Option<String>,
    /// The text of an added row.
    pub description: Option<String>,
    /// Why the document is wrong here.
    pub reason: String,
    /// Where the right value comes from: an SDK file line or a facts row.
    pub citation: Option<String>,
    #[serde(skip)]
    pub at: u32,
}

impl Correction {
    pub fn explain(&self) -> String {
        match &self.citation {
            Some(c) => format!("{} [{}]", self.reason, c),
            None => self.reason.clone(),
        }
    }
}

/// What a correction changed: which document lines, for attributing resolved findings.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The line of the correction's `[[correction]]` in `corrections.toml`.
    pub at: u32,
    pub kind: Kind,
    pub file: String,
    pub first: u32,
    pub last: u32,
    pub explanation: String,
}

pub fn parse(text: &str) -> Result<Corrections, (String, Option<std::ops::Range<usize>>)> {
    let mut c: Corrections = toml::from_str(text).map_err(|e| (e.message().to_owned(), e.span()))?;
    let lines =
        text.lines().enumerate().filter(|(_, l)| l.trim() == "[[correction]]").map(|(i, _)| i as u32 + 1);
    for (k, line) in c.correction.iter_mut().zip(lines) {
        k.at = line;
    }
    Ok(c)
}

/// What corrections may touch in one source.
pub struct SourceData<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub lang: Lang,
    pub orphans: &'a [Orphan],
    pub heading_patterns: Vec<Regex>,
}

/// Applies every correction; returns what was applied and reports those that no longer
/// apply (stale) or are incomplete.
pub fn apply(
    corrections: &Corrections,
    (file, text): (&str, &str),
    sources: &[SourceData<'_>],
    occurrences: &mut Vec<Occurrence>,
    sections: &mut [Section],
    ranges: &mut Vec<(String, DeclaredRange)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Applied> {
    let mut applied = Vec::new();
    for c in &corrections.correction {
        let fail = |message: String| {
            Diagnostic::new(Lint::StaleCorrection, message)
                .with_label(Label::primary(file, line_span(text, c.at), "this correction"))
                .with_help("the document changed or the correction is wrong: update or delete it in catalog/corrections.toml")
        };
        let Some(src) = sources.iter().find(|s| s.id == c.source) else {
            diags.push(fail(format!("correction names unknown source `{}`", c.source)));
            continue;
        };
        let (first, last) = match apply_one(c, src, Target { occurrences, sections, ranges }) {
            Ok(lines) => lines,
            Err(message) => {
                diags.push(fail(message));
                continue;
            }
        };
        if c.kind == Kind::AddRow {
            diags.push(lost_row(c, src, first, occurrences));
        }
        applied.push(Applied {
            at: c.at,
            kind: c.kind,
            file: src.file.to_owned(),
            first,
            last,
            explanation: format!("corrected: {} ({file}:{})", c.explain(), c.at),
        });
    }
    applied
}

/// An `add-row` correction keeps the document's defect visible as a (corrected) finding.
fn lost_row(c: &Correction, src: &SourceData<'_>, after: u32, occurrences: &[Occurrence]) -> Diagnostic {
    let code = c.code.unwrap_or_default();
    let span = crate::text::Span { line: after, column: 1, start: 0, end: 0 };
    let mut d = Diagnostic::new(
        Lint::LostRow,
        format!("the row of code {code} is missing from the document after line {after}"),
    )
    .with_code(code)
    .with_label(Label::primary(src.file, span, "the lost row belongs after this row"))
    .with_help("restored by an `add-row` correction");
    if let Some(o) = occurrences.iter().find(|o| o.source == c.source && o.code == code) {
        d = d.in_namespace(&o.namespace);
    }
    for n in &c.names {
        d = d.with_name(n);
    }
    d
}

/// A correction's kind with the fields that kind needs, checked once.
enum Fix<'c> {
    AddNames(&'c [String]),
    Rename { from: &'c str, to: &'c str },
    SetValue(i64),
    RestoreRow(i64),
    AddRow { code: i64, description: &'c str },
    SetHeading(&'c str),
}

impl Correction {
    fn fix(&self) -> Result<Fix<'_>, String> {
        let need = |what: &str| format!("`{}` needs {what}", self.kind.as_str());
        Ok(match self.kind {
            Kind::AddNames if self.names.is_empty() => return Err(need("`names`")),
            Kind::AddNames => Fix::AddNames(&self.names),
            Kind::Rename => match (&self.from, &self.to) {
                (Some(from), Some(to)) => Fix::Rename { from, to },
                _ => return Err(need("`from` and `to`")),
            },
            Kind::SetValue => Fix::SetValue(self.value.ok_or_else(|| need("`value`"))?),
            Kind::RestoreRow => Fix::RestoreRow(self.code.ok_or_else(|| need("`code`"))?),
            Kind::AddRow => match (self.code, &self.description) {
                (Some(code), Some(description)) => Fix::AddRow { code, description },
                _ => return Err(need("`code` and `description`")),
            },
            Kind::SetHeading => Fix::SetHeading(self.heading.as_deref().ok_or_else(|| need("`heading`"))?),
        })
    }
}

/// What a correction may change: the rows, sections and declared ranges of the catalog.
struct Target<'t> {
    occurrences: &'t mut Vec<Occurrence>,
    sections: &'t mut [Section],
    ranges: &'t mut Vec<(String, DeclaredRange)>,
}

/// Applies one correction; returns the first and last document line it changed.
fn apply_one(c: &Correction, src: &SourceData<'_>, t: Target<'_>) -> Result<(u32, u32), String> {
    match c.fix()? {
        Fix::AddNames(names) => add_names(c, names, t.occurrences),
        Fix::Rename { from, to } => rename(c, from, to, t.occurrences),
        Fix::SetValue(value) => set_value(c, value, t.occurrences),
        Fix::RestoreRow(code) => restore_row(c, code, src, t.occurrences),
        Fix::AddRow { code, description } => add_row(c, code, description, src, t.occurrences),
        Fix::SetHeading(heading) => set_heading(c, heading, src, t),
    }
}

/// The one row of the correction's source that spans its line (and has its code, if given).
fn find_row(c: &Correction, occurrences: &[Occurrence]) -> Result<usize, String> {
    let hits: Vec<usize> = occurrences
        .iter()
        .enumerate()
        .filter(|(_, o)| o.source == c.source && o.span.line <= c.line && c.line <= o.last_line)
        .filter(|(_, o)| c.code.is_none_or(|v| o.code == v))
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [i] => Ok(*i),
        [] => Err(format!(
            "no row of `{}` at line {}{}",
            c.source,
            c.line,
            c.code.map(|v| format!(" has code {v}")).unwrap_or_default()
        )),
        _ => {
            Err(format!("{} rows of `{}` at line {}: give `code` to pick one", hits.len(), c.source, c.line))
        }
    }
}

fn add_names(c: &Correction, names: &[String], occurrences: &mut [Occurrence]) -> Result<(u32, u32), String> {
    let o = &mut occurrences[find_row(c, occurrences)?];
    let new: Vec<&String> = names.iter().filter(|n| !o.names.iter().any(|m| &m.name == *n)).collect();
    if new.is_empty() {
        return Err(format!("the row at line {} already has every name of this correction", c.line));
    }
    for n in new {
        o.names.push(Name { name: n.clone(), span: o.span });
    }
    o.corrections.push(c.explain());
    Ok((o.span.line, o.last_line))
}

fn rename(
    c: &Correction,
    from: &str,
    to: &str,
    occurrences: &mut [Occurrence],
) -> Result<(u32, u32), String> {
    let o = &mut occurrences[find_row(c, occurrences)?];
    let Some(n) = o.names.iter_mut().find(|n| n.name == from) else {
        return Err(format!("the row at line {} has no name `{from}`", c.line));
    };
    n.name = to.to_owned();
    o.corrections.push(c.explain());
    Ok((o.span.line, o.last_line))
}

fn set_value(c: &Correction, value: i64, occurrences: &mut [Occurrence]) -> Result<(u32, u32), String> {
    let o = &mut occurrences[find_row(c, occurrences)?];
    if o.code == value {
        return Err(format!("the row at line {} already has value {value}", c.line));
    }
    o.code = value;
    o.corrections.push(c.explain());
    Ok((o.span.line, o.last_line))
}

fn restore_row(
    c: &Correction,
    code: i64,
    src: &SourceData<'_>,
    occurrences: &mut Vec<Occurrence>,
) -> Result<(u32, u32), String> {
    let Some(orphan) = src.orphans.iter().find(|o| o.lines.iter().any(|(s, _)| s.line == c.line)) else {
        return Err(format!("no orphan text at line {} of `{}`", c.line, c.source));
    };
    let Some((first, _)) = orphan.lines.first() else {
        return Err("empty orphan".to_owned());
    };
    let last = orphan.lines.last().map(|(s, _)| s.line).unwrap_or(first.line);
    let text = orphan.lines.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
    let context = c.context.clone().or(orphan.context.clone());
    let mut occ = Occurrence::new(
        &c.source,
        &orphan.namespace,
        orphan.section.clone(),
        context,
        *first,
        code,
        &code.to_string(),
    );
    occ.last_line = last;
    occ.names = c.names.iter().map(|n| Name { name: n.clone(), span: *first }).collect();
    occ.description = Some(Text { text, lang: src.lang, span: *first });
    occ.severity = c.severity.unwrap_or(orphan.severity);
    occ.corrections = vec![c.explain()];
    occ.platforms = occ.texts().flat_map(|(_, t)| crate::adapters::platforms_in(&t.text)).fold(
        Vec::new(),
        |mut acc, p| {
            if !acc.contains(&p) {
                acc.push(p);
            }
            acc
        },
    );
    let at = occurrences
        .iter()
        .position(|o| o.source == c.source && o.span.line > first.line)
        .unwrap_or(occurrences.len());
    occurrences.insert(at, occ);
    Ok((first.line, last))
}

fn add_row(
    c: &Correction,
    code: i64,
    text: &str,
    src: &SourceData<'_>,
    occurrences: &mut Vec<Occurrence>,
) -> Result<(u32, u32), String> {
    if occurrences.iter().any(|o| o.source == c.source && o.code == code) {
        return Err(format!("`{}` already has a row with code {code}", c.source));
    }
    // The row belongs where the document lost it: after the row at `line`.
    let Some(prev) = occurrences.iter().rposition(|o| o.source == c.source && o.span.line <= c.line) else {
        return Err(format!("no row of `{}` at or before line {}", c.source, c.line));
    };
    let p = &occurrences[prev];
    let span = crate::text::Span { line: p.last_line, column: 1, start: 0, end: 0 };
    let context = c.context.clone().or(p.context.clone());
    let mut occ =
        Occurrence::new(&c.source, &p.namespace, p.section.clone(), context, span, code, &code.to_string());
    occ.names = c.names.iter().map(|n| Name { name: n.clone(), span }).collect();
    occ.description = Some(Text { text: text.to_owned(), lang: src.lang, span });
    occ.platforms = crate::adapters::platforms_in(text);
    occ.severity = c.severity.unwrap_or(p.severity);
    occ.corrections = vec![c.explain()];
    let line = p.last_line;
    occurrences.insert(prev + 1, occ);
    Ok((line, line))
}

fn set_heading(
    c: &Correction,
    heading: &str,
    src: &SourceData<'_>,
    t: Target<'_>,
) -> Result<(u32, u32), String> {
    let Some(section) = t.sections.iter_mut().find(|s| s.source == c.source && s.line == c.line) else {
        return Err(format!("no table starts at line {} of `{}`", c.line, c.source));
    };
    let old = std::mem::replace(&mut section.path, vec![heading.to_owned()]);
    let mut last = c.line;
    for o in t.occurrences.iter_mut().filter(|o| o.source == c.source && o.section == old) {
        o.section = vec![heading.to_owned()];
        o.corrections.push(c.explain());
        last = last.max(o.last_line);
    }
    let range = src.heading_patterns.iter().find_map(|re| re.captures(heading).and_then(|m| m.name("range")));
    if let Some(r) = range {
        t.ranges.push((
            c.source.clone(),
            DeclaredRange {
                section: vec![heading.to_owned()],
                text: r.as_str().to_owned(),
                span: crate::text::Span { line: c.line, column: 1, start: 0, end: 0 },
            },
        ));
    }
    Ok((c.line, last))
}
