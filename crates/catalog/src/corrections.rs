//! Curated corrections (`catalog/corrections.toml`) for defects of received documents. The raw
//! documents are never edited; each correction says what it changes, where, and why.

use crate::adapters::{DeclaredRange, Orphan};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::{Lang, Name, Occurrence, Section, Severity, Text};
use crate::policy::line_span;
use regex::Regex;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(default)]
    pub correction: Vec<Correction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub kind: Kind,
    pub source: String,
    /// A line of the row (or of the table header, for `set-heading`).
    pub line: u32,
    pub code: Option<i64>,
    #[serde(default)]
    pub names: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub value: Option<i64>,
    pub heading: Option<String>,
    pub severity: Option<Severity>,
    pub context: Option<String>,
    /// The text of an added row.
    pub description: Option<String>,
    pub reason: String,
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
        match apply_one(c, src, occurrences, sections, ranges) {
            Ok((first, last)) if c.kind == Kind::AddRow => {
                let span = crate::text::Span { line: first, column: 1, start: 0, end: 0 };
                let mut d = Diagnostic::new(
                    Lint::LostRow,
                    format!(
                        "the row of code {} is missing from the document after line {first}",
                        c.code.unwrap_or_default()
                    ),
                )
                .with_code(c.code.unwrap_or_default())
                .with_label(Label::primary(src.file, span, "the lost row belongs after this row"))
                .with_help("restored by an `add-row` correction");
                if let Some(o) = occurrences.iter().find(|o| o.source == c.source && Some(o.code) == c.code) {
                    d = d.in_namespace(&o.namespace);
                }
                for n in &c.names {
                    d = d.with_name(n);
                }
                diags.push(d);
                applied.push(Applied {
                    kind: c.kind,
                    file: src.file.to_owned(),
                    first,
                    last,
                    explanation: format!("corrected: {} ({file}:{})", c.explain(), c.at),
                });
            }
            Ok((first, last)) => applied.push(Applied {
                kind: c.kind,
                file: src.file.to_owned(),
                first,
                last,
                explanation: format!("corrected: {} ({file}:{})", c.explain(), c.at),
            }),
            Err(message) => diags.push(fail(message)),
        }
    }
    applied
}

fn apply_one(
    c: &Correction,
    src: &SourceData<'_>,
    occurrences: &mut Vec<Occurrence>,
    sections: &mut [Section],
    ranges: &mut Vec<(String, DeclaredRange)>,
) -> Result<(u32, u32), String> {
    let find = |occurrences: &[Occurrence]| -> Result<usize, String> {
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
            _ => Err(format!(
                "{} rows of `{}` at line {}: give `code` to pick one",
                hits.len(),
                c.source,
                c.line
            )),
        }
    };
    let reason = c.explain();
    match c.kind {
        Kind::AddNames => {
            if c.names.is_empty() {
                return Err("`add-names` needs `names`".to_owned());
            }
            let i = find(occurrences)?;
            let o = &mut occurrences[i];
            let new: Vec<&String> =
                c.names.iter().filter(|n| !o.names.iter().any(|m| &m.name == *n)).collect();
            if new.is_empty() {
                return Err(format!("the row at line {} already has every name of this correction", c.line));
            }
            for n in new {
                o.names.push(Name { name: n.clone(), span: o.span });
            }
            o.corrections.push(reason);
            Ok((o.span.line, o.last_line))
        }
        Kind::Rename => {
            let (Some(from), Some(to)) = (&c.from, &c.to) else {
                return Err("`rename` needs `from` and `to`".to_owned());
            };
            let i = find(occurrences)?;
            let o = &mut occurrences[i];
            let Some(n) = o.names.iter_mut().find(|n| &n.name == from) else {
                return Err(format!("the row at line {} has no name `{from}`", c.line));
            };
            n.name = to.clone();
            o.corrections.push(reason);
            Ok((o.span.line, o.last_line))
        }
        Kind::SetValue => {
            let Some(value) = c.value else {
                return Err("`set-value` needs `value`".to_owned());
            };
            let i = find(occurrences)?;
            let o = &mut occurrences[i];
            if o.code == value {
                return Err(format!("the row at line {} already has value {value}", c.line));
            }
            o.code = value;
            o.corrections.push(reason);
            Ok((o.span.line, o.last_line))
        }
        Kind::RestoreRow => {
            let Some(code) = c.code else {
                return Err("`restore-row` needs `code`".to_owned());
            };
            let Some(orphan) = src.orphans.iter().find(|o| o.lines.iter().any(|(s, _)| s.line == c.line))
            else {
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
            occ.corrections = vec![reason];
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
        Kind::AddRow => {
            let (Some(code), Some(text)) = (c.code, &c.description) else {
                return Err("`add-row` needs `code` and `description`".to_owned());
            };
            if occurrences.iter().any(|o| o.source == c.source && o.code == code) {
                return Err(format!("`{}` already has a row with code {code}", c.source));
            }
            // The row belongs where the document lost it: after the row at `line`.
            let Some(prev) = occurrences.iter().rposition(|o| o.source == c.source && o.span.line <= c.line)
            else {
                return Err(format!("no row of `{}` at or before line {}", c.source, c.line));
            };
            let p = &occurrences[prev];
            let span = crate::text::Span { line: p.last_line, column: 1, start: 0, end: 0 };
            let context = c.context.clone().or(p.context.clone());
            let mut occ = Occurrence::new(
                &c.source,
                &p.namespace,
                p.section.clone(),
                context,
                span,
                code,
                &code.to_string(),
            );
            occ.names = c.names.iter().map(|n| Name { name: n.clone(), span }).collect();
            occ.description = Some(Text { text: text.clone(), lang: src.lang, span });
            occ.platforms = crate::adapters::platforms_in(text);
            occ.severity = c.severity.unwrap_or(p.severity);
            occ.corrections = vec![reason];
            let line = p.last_line;
            occurrences.insert(prev + 1, occ);
            Ok((line, line))
        }
        Kind::SetHeading => {
            let Some(heading) = &c.heading else {
                return Err("`set-heading` needs `heading`".to_owned());
            };
            let Some(section) = sections.iter_mut().find(|s| s.source == c.source && s.line == c.line) else {
                return Err(format!("no table starts at line {} of `{}`", c.line, c.source));
            };
            let old = std::mem::replace(&mut section.path, vec![heading.clone()]);
            let mut last = c.line;
            for o in occurrences.iter_mut().filter(|o| o.source == c.source && o.section == old) {
                o.section = vec![heading.clone()];
                o.corrections.push(reason.clone());
                last = last.max(o.last_line);
            }
            for re in &src.heading_patterns {
                if let Some(r) = re.captures(heading).and_then(|m| m.name("range")) {
                    ranges.push((
                        c.source.clone(),
                        DeclaredRange {
                            section: vec![heading.clone()],
                            text: r.as_str().to_owned(),
                            span: crate::text::Span { line: c.line, column: 1, start: 0, end: 0 },
                        },
                    ));
                    break;
                }
            }
            Ok((c.line, last))
        }
    }
}
