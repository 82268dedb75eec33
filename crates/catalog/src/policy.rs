//! Acknowledged findings (`catalog/policy.toml`): reviewed decisions, each with a reason.
//! An acknowledgement that matches no finding is itself an error, as in rustc's tidy.

use crate::diag::{Diagnostic, Label, Resolution};
use crate::lint::Lint;
use crate::text::Span;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    #[serde(default)]
    pub acknowledge: Vec<Acknowledgement>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub id: String,
    pub namespace: Option<String>,
    pub code: Option<i64>,
    pub name: Option<String>,
    /// A source id: the finding must point into this source's document.
    pub source: Option<String>,
    pub line: Option<u32>,
    pub reason: String,
    /// Line of this `[[acknowledge]]` in policy.toml; filled in after parsing.
    #[serde(skip)]
    pub at: u32,
}

impl Acknowledgement {
    fn matches(&self, d: &Diagnostic, source_file: Option<&str>) -> bool {
        d.id.id() == self.id
            && self.namespace.as_ref().is_none_or(|ns| d.namespace.as_ref() == Some(ns))
            && self.code.is_none_or(|c| d.codes.contains(&c))
            && self.name.as_ref().is_none_or(|n| d.names.contains(n))
            && match (source_file, self.line) {
                (Some(f), Some(line)) => d.labels.iter().any(|l| l.file == f && l.line == line),
                (Some(f), None) => d.labels.iter().any(|l| l.file == f),
                (None, Some(line)) => d.labels.iter().any(|l| l.line == line),
                (None, None) => true,
            }
    }
}

/// Parses policy.toml, recording where each acknowledgement starts.
pub fn parse(text: &str) -> Result<Policy, (String, Option<std::ops::Range<usize>>)> {
    let mut policy: Policy = toml::from_str(text).map_err(|e| (e.message().to_owned(), e.span()))?;
    let lines: Vec<u32> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[acknowledge]]")
        .map(|(i, _)| i as u32 + 1)
        .collect();
    for (a, line) in policy.acknowledge.iter_mut().zip(lines) {
        a.at = line;
    }
    Ok(policy)
}

/// Marks every finding an acknowledgement covers and reports acknowledgements that cover
/// nothing. `source_file` maps a source id to its document's path.
pub fn apply(
    policy: &Policy,
    policy_file: &str,
    policy_text: &str,
    diags: &mut Vec<Diagnostic>,
    source_file: impl Fn(&str) -> Option<String>,
) {
    let mut stale = Vec::new();
    for a in &policy.acknowledge {
        let file = a.source.as_deref().and_then(&source_file);
        if a.source.is_some() && file.is_none() {
            stale.push((
                a,
                format!("acknowledgement names unknown source `{}`", a.source.as_deref().unwrap_or("")),
            ));
            continue;
        }
        let mut hit = false;
        for d in diags.iter_mut() {
            if a.matches(d, file.as_deref()) {
                hit = true;
                if !d.is_resolved() {
                    d.resolution =
                        Some(Resolution::Acknowledged(format!("{} ({policy_file}:{})", a.reason, a.at)));
                }
            }
        }
        if !hit {
            stale.push((a, format!("acknowledgement of `{}` matches no finding", a.id)));
        }
    }
    for (a, message) in stale {
        let span = line_span(policy_text, a.at);
        diags.push(
            Diagnostic::new(Lint::StaleAcknowledgement, message)
                .with_label(Label::primary(policy_file, span, "this acknowledgement"))
                .with_help(
                    "the finding is gone or changed: delete or update this entry in catalog/policy.toml",
                ),
        );
    }
}

/// The span of line `line` (1-based) of `text`.
pub fn line_span(text: &str, line: u32) -> Span {
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i as u32 + 1 == line {
            let trimmed = l.trim_end_matches(['\n', '\r']);
            return Span { line, column: 1, start, end: start + trimmed.len() };
        }
        start += l.len();
    }
    Span { line: line.max(1), column: 1, start: 0, end: 0 }
}
