//! Diagnostics: stable kebab-case ids, a severity, a message and labels on every place
//! involved; rendered for people (rustc-style snippets), machines (JSON) and GitHub.

pub mod cause;

use crate::lint::Lint;
use crate::text::Span;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One place a diagnostic points at. `file` is relative to the repository.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Label {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    #[serde(skip)]
    pub primary: bool,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

impl Label {
    pub fn primary(file: &str, span: Span, message: impl Into<String>) -> Label {
        Label::new(file, span, message, true)
    }

    pub fn secondary(file: &str, span: Span, message: impl Into<String>) -> Label {
        Label::new(file, span, message, false)
    }

    fn new(file: &str, span: Span, message: impl Into<String>, primary: bool) -> Label {
        // A finding always has a real place: the file's first line rather than 0:0.
        Label {
            file: file.to_owned(),
            line: span.line.max(1),
            column: span.column.max(1),
            message: message.into(),
            primary,
            start: span.start,
            end: span.end,
        }
    }
}

/// How a finding was resolved: the curated decision that keeps it from failing a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// A correction in `catalog/corrections.toml` fixes the defect; the text is its reason.
    Corrected(String),
    /// A reviewed acknowledgement in `catalog/policy.toml`, with its reason and place.
    Acknowledged(String),
}

impl Resolution {
    pub fn reason(&self) -> &str {
        match self {
            Resolution::Corrected(r) | Resolution::Acknowledged(r) => r,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub id: Lint,
    pub severity: Level,
    pub resolution: Option<Resolution>,
    pub message: String,
    pub codes: Vec<i64>,
    pub names: Vec<String>,
    pub namespace: Option<String>,
    pub labels: Vec<Label>,
    /// What to do about it.
    pub help: Option<String>,
}

/// One finding as the export and `lint --format json` write it.
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(rename = "Diagnostic")]
struct DiagnosticRecord<'a> {
    /// Stable kebab-case id of the finding kind (`duplicate`, `orphan-text` …).
    id: &'a str,
    severity: Level,
    /// Whether a curated acknowledgement or correction covers this finding.
    acknowledged: bool,
    /// Why it is acknowledged, and where that is written.
    #[serde(skip_serializing_if = "Option::is_none")]
    acknowledgement: Option<&'a str>,
    message: &'a str,
    codes: &'a [i64],
    names: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    namespace: Option<&'a str>,
    labels: &'a [Label],
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DiagnosticRecord {
            id: self.id.id(),
            severity: self.severity,
            acknowledged: self.resolution.is_some(),
            acknowledgement: self.resolution.as_ref().map(Resolution::reason),
            message: &self.message,
            codes: &self.codes,
            names: &self.names,
            namespace: self.namespace.as_deref(),
            labels: &self.labels,
            help: self.help.as_deref(),
        }
        .serialize(s)
    }
}

impl schemars::JsonSchema for Diagnostic {
    fn schema_name() -> String {
        "Diagnostic".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        DiagnosticRecord::json_schema(gen)
    }
}

impl Diagnostic {
    /// A finding of kind `id` at the lint's level.
    pub fn new(id: Lint, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            id,
            severity: id.level(),
            resolution: None,
            message: message.into(),
            codes: Vec::new(),
            names: Vec::new(),
            namespace: None,
            labels: Vec::new(),
            help: None,
        }
    }

    /// Whether a correction or an acknowledgement resolves this finding.
    pub fn is_resolved(&self) -> bool {
        self.resolution.is_some()
    }

    pub fn is_corrected(&self) -> bool {
        matches!(self.resolution, Some(Resolution::Corrected(_)))
    }

    /// Why it is resolved, and where that is written.
    pub fn resolution_reason(&self) -> Option<&str> {
        self.resolution.as_ref().map(Resolution::reason)
    }

    pub fn with_label(mut self, label: Label) -> Diagnostic {
        self.labels.push(label);
        self
    }

    pub fn with_code(mut self, code: i64) -> Diagnostic {
        if !self.codes.contains(&code) {
            self.codes.push(code);
        }
        self
    }

    pub fn with_name(mut self, name: &str) -> Diagnostic {
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_owned());
        }
        self
    }

    pub fn in_namespace(mut self, namespace: &str) -> Diagnostic {
        self.namespace = Some(namespace.to_owned());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The first primary label (or the first label).
    pub fn primary_label(&self) -> Option<&Label> {
        self.labels.iter().find(|l| l.primary).or(self.labels.first())
    }

    /// Whether this finding should fail a run: unacknowledged, and an error (or a warning
    /// under `--deny warnings`).
    pub fn is_blocking(&self, deny_warnings: bool) -> bool {
        !self.is_resolved()
            && (self.severity == Level::Error || (deny_warnings && self.severity == Level::Warning))
    }

    /// A key that identifies the finding across two validation runs: its kind and places
    /// (a corrected value changes the codes of a finding, not where it points).
    pub fn key(&self) -> (Lint, Vec<(String, u32)>) {
        let mut places: Vec<(String, u32)> = self.labels.iter().map(|l| (l.file.clone(), l.line)).collect();
        places.sort();
        (self.id, places)
    }
}

/// Sorts diagnostics by their first place, then id, so reports are stable.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let pa = a.primary_label().map(|l| (l.file.as_str(), l.line, l.column));
        let pb = b.primary_label().map(|l| (l.file.as_str(), l.line, l.column));
        pa.cmp(&pb).then_with(|| a.id.id().cmp(b.id.id())).then_with(|| a.message.cmp(&b.message))
    });
}

/// Renders diagnostics as rustc-style snippets, one per cause (`cause::causes`): the rows a
/// cause affects are labelled under its one message. `files` maps each label's file to its text.
pub fn render_human(diags: &[Diagnostic], files: &BTreeMap<String, String>) -> String {
    let all: Vec<&Diagnostic> = diags.iter().collect();
    let merged: Vec<Diagnostic> = cause::causes(&all).iter().filter_map(|g| cause::merge(g)).collect();
    render_each(&merged, files)
}

/// Renders each diagnostic as it is.
fn render_each(diags: &[Diagnostic], files: &BTreeMap<String, String>) -> String {
    let mut db = SimpleFiles::new();
    let mut ids = BTreeMap::new();
    for (name, text) in files {
        ids.insert(name.clone(), db.add(name.clone(), text.clone()));
    }
    let config = term::Config::default();
    let mut out = term::termcolor::NoColor::new(Vec::new());
    for d in diags {
        let severity = match (d.severity, d.is_resolved()) {
            (_, true) | (Level::Info, _) => cs::Severity::Note,
            (Level::Warning, false) => cs::Severity::Warning,
            (Level::Error, false) => cs::Severity::Error,
        };
        let mut notes = Vec::new();
        let mut labels = Vec::new();
        for l in &d.labels {
            match ids.get(&l.file) {
                Some(&id) => {
                    let style = if l.primary { cs::LabelStyle::Primary } else { cs::LabelStyle::Secondary };
                    labels.push(cs::Label::new(style, id, l.start..l.end).with_message(&l.message));
                }
                None => notes.push(format!("at {}:{}:{}: {}", l.file, l.line, l.column, l.message)),
            }
        }
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        if let Some(ack) = d.resolution_reason() {
            notes.push(format!("acknowledged: {ack}"));
        }
        let message = if d.is_resolved() && d.severity != Level::Info {
            format!("{} (acknowledged {})", d.message, d.severity.as_str())
        } else {
            d.message.clone()
        };
        let diagnostic = cs::Diagnostic::new(severity)
            .with_code(d.id.id())
            .with_message(message)
            .with_labels(labels)
            .with_notes(notes);
        // Writing into a Vec cannot fail; a span outside its file is a bug we still survive.
        if term::emit(&mut out, &config, &db, &diagnostic).is_err() {
            let l = d.primary_label();
            let place = l.map(|l| format!("{}:{}:{}", l.file, l.line, l.column)).unwrap_or_default();
            out.get_mut()
                .extend(format!("{}[{}]: {} at {place}\n", d.severity.as_str(), d.id, d.message).bytes());
        }
    }
    String::from_utf8_lossy(&out.into_inner()).into_owned()
}

/// Renders diagnostics as GitHub workflow commands, one line each.
pub fn render_github(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let command = match (d.severity, d.is_resolved()) {
            (_, true) | (Level::Info, _) => "notice",
            (Level::Warning, false) => "warning",
            (Level::Error, false) => "error",
        };
        let mut message = format!("[{}] {}", d.id, d.message);
        for l in d.labels.iter().skip(1) {
            message.push_str(&format!("\n{}:{}:{}: {}", l.file, l.line, l.column, l.message));
        }
        if let Some(help) = &d.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        match d.primary_label() {
            Some(l) => out.push_str(&format!(
                "::{command} file={},line={},col={},title={}::{}\n",
                escape_property(&l.file),
                l.line,
                l.column,
                escape_property(d.id.id()),
                escape_data(&message)
            )),
            None => out.push_str(&format!(
                "::{command} title={}::{}\n",
                escape_property(d.id.id()),
                escape_data(&message)
            )),
        }
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The JSON report: `{"diagnostics": [...]}`.
pub fn to_json(diags: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: &'a [Diagnostic],
    }
    serde_json::to_string_pretty(&Report { diagnostics: diags }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_commands_escape_newlines_and_separators() {
        let span = Span { line: 3, column: 2, start: 0, end: 1 };
        let d = Diagnostic::new(Lint::OrphanText, "lost 50%\nrow").with_label(Label::primary(
            "a,b:c.txt",
            span,
            "here",
        ));
        assert_eq!(
            render_github(&[d]),
            "::error file=a%2Cb%3Ac.txt,line=3,col=2,title=orphan-text::[orphan-text] lost 50%25%0Arow\n"
        );
    }
}
