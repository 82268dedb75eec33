//! The export: the whole catalog as JSON (schema generated from these types) or CSV. This is
//! the stable interface the site, search and tests build on.

use crate::diag::Diagnostic;
use crate::model::{Accounting, Catalog, Entry, Field, Occurrence, SharedValue, Text};
use crate::model::{Lang, Severity};
use crate::text::Span;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize, JsonSchema)]
pub struct Export {
    pub schema_version: u32,
    pub sources: Vec<crate::model::Source>,
    pub occurrences: Vec<ExportOccurrence>,
    pub entries: Vec<ExportEntry>,
    /// Values used by several namespaces: not conflicts, listed for per-value pages.
    pub shared_values: Vec<SharedValue>,
    /// How every line of every source was used.
    pub accounting: Vec<Accounting>,
    /// The taxonomy of categories.
    pub categories: Vec<crate::concepts::Category>,
    /// Curated cross-vendor concepts.
    pub concepts: Vec<crate::concepts::Concept>,
    /// Mapped / total error and warning entries per vendor and category.
    pub coverage: Vec<crate::concepts::Coverage>,
    /// Documentation versus SDK files, per documentation source: counts of each status.
    pub sdk_checks: Vec<crate::model::SdkCheck>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportExample {
    pub language: String,
    pub code: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportOccurrence {
    /// Index in `occurrences`.
    pub id: usize,
    pub source: String,
    pub namespace: String,
    /// First line of the row.
    pub line: u32,
    pub column: u32,
    pub last_line: u32,
    /// Section path joined with " > ".
    pub section: String,
    pub section_path: Vec<String>,
    pub context: Option<String>,
    pub code: i64,
    /// The code as written.
    pub code_text: String,
    /// The same code in a second column (AliRTC writes hex and decimal).
    pub alt_code_text: Option<String>,
    pub hex: Option<String>,
    pub names: Vec<String>,
    pub message: Option<String>,
    pub description: Option<String>,
    pub cause: Option<String>,
    pub suggestion: Option<String>,
    pub notes: Vec<String>,
    pub deprecated: Option<String>,
    /// The same fields in a second language (bilingual SDK comments); empty for most rows.
    pub translations: Vec<crate::model::Translation>,
    pub examples: Vec<ExportExample>,
    pub platforms: Vec<String>,
    pub severity: Severity,
    /// Language of each text field present.
    pub languages: BTreeMap<String, Lang>,
    /// Where each field starts: `code`, `names[0]`, `description`, `notes[1]` …
    pub positions: BTreeMap<String, Position>,
    /// Reasons of curated corrections applied to this row.
    pub corrections: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportEntry {
    pub namespace: String,
    pub code: i64,
    pub hex: Option<String>,
    pub names: Vec<String>,
    pub severity: Severity,
    pub sources: Vec<String>,
    pub contexts: Vec<String>,
    /// Ids (indices) of the occurrences merged into this entry.
    pub occurrences: Vec<usize>,
    /// Distinct messages and descriptions per language tag.
    pub texts: BTreeMap<String, Vec<String>>,
    /// Taxonomy category id.
    pub category: Option<String>,
    /// Ids of the concepts this entry belongs to.
    pub concepts: Vec<String>,
    /// The vendor of the entry's namespace.
    pub vendor: String,
    /// How the SDK files agree with the documentation; absent where none covers the namespace.
    pub sdk_status: Option<crate::model::SdkStatus>,
    /// Where the SDKs define this value (file, line, commit).
    pub sdk: Vec<crate::model::SdkDefinition>,
    /// Where the SDKs give the document's names other values.
    pub sdk_elsewhere: Vec<crate::model::SdkDefinition>,
}

pub fn build(catalog: &Catalog) -> Export {
    Export {
        schema_version: SCHEMA_VERSION,
        sources: catalog.sources.clone(),
        occurrences: catalog.occurrences.iter().enumerate().map(|(id, o)| occurrence(id, o)).collect(),
        entries: catalog.entries.iter().map(|e| entry(catalog, e)).collect(),
        shared_values: catalog.shared_values.clone(),
        accounting: catalog.accounting.clone(),
        categories: catalog.mapping.categories.clone(),
        concepts: catalog.mapping.concepts.clone(),
        coverage: catalog.coverage.clone(),
        sdk_checks: catalog.sdk_checks.clone(),
        diagnostics: catalog.diagnostics.clone(),
    }
}

/// The export's record of one occurrence (`id` is its index in the catalog's occurrences);
/// the site's JSON API embeds the same record.
pub fn occurrence(id: usize, o: &Occurrence) -> ExportOccurrence {
    let text = |t: &Option<Text>| t.as_ref().map(|t| t.text.clone());
    ExportOccurrence {
        id,
        source: o.source.clone(),
        namespace: o.namespace.clone(),
        line: o.span.line,
        column: o.span.column,
        last_line: o.last_line,
        section: o.section.join(" > "),
        section_path: o.section.clone(),
        context: o.context.clone(),
        code: o.code,
        code_text: o.code_text.clone(),
        alt_code_text: o.alt_code_text.clone(),
        hex: crate::code::canonical_hex(o.code),
        names: o.name_list(),
        message: text(&o.message),
        description: text(&o.description),
        cause: text(&o.cause),
        suggestion: text(&o.suggestion),
        notes: o.notes.iter().map(|t| t.text.clone()).collect(),
        deprecated: text(&o.deprecated),
        translations: o.translations.clone(),
        examples: o
            .examples
            .iter()
            .map(|e| ExportExample { language: e.language.clone(), code: e.code.clone() })
            .collect(),
        platforms: o.platforms.clone(),
        severity: o.severity,
        languages: languages(o),
        positions: positions(o),
        corrections: o.corrections.clone(),
    }
}

/// The language of each single text field present.
fn languages(o: &Occurrence) -> BTreeMap<String, Lang> {
    Field::SINGLE.into_iter().filter_map(|f| Some((f.as_str().to_owned(), o.field(f)?.lang))).collect()
}

/// Where the code, each name, each single field, each note and each example start.
fn positions(o: &Occurrence) -> BTreeMap<String, Position> {
    let pos = |s: Span| Position { line: s.line, column: s.column };
    let mut positions = BTreeMap::new();
    positions.insert("code".to_owned(), pos(o.code_span));
    for (i, n) in o.names.iter().enumerate() {
        positions.insert(format!("names[{i}]"), pos(n.span));
    }
    for field in Field::SINGLE {
        if let Some(t) = o.field(field) {
            positions.insert(field.as_str().to_owned(), pos(t.span));
        }
    }
    for (i, t) in o.notes.iter().enumerate() {
        positions.insert(format!("notes[{i}]"), pos(t.span));
    }
    for (i, e) in o.examples.iter().enumerate() {
        positions.insert(format!("examples[{i}]"), pos(e.span));
    }
    positions
}

/// The export's record of one entry; the site's JSON API embeds the same record.
pub fn entry(catalog: &Catalog, e: &Entry) -> ExportEntry {
    ExportEntry {
        namespace: e.namespace.clone(),
        code: e.code,
        hex: crate::code::canonical_hex(e.code),
        names: e.names.clone(),
        severity: e.severity,
        sources: e.sources.clone(),
        contexts: e.contexts.clone(),
        occurrences: e.occurrences.clone(),
        texts: e.texts.clone(),
        category: e.category.clone(),
        concepts: e.concepts.clone(),
        vendor: catalog.vendors.get(&e.namespace).cloned().unwrap_or_default(),
        sdk_status: e.sdk_status,
        sdk: e.sdk.clone(),
        sdk_elsewhere: e.sdk_elsewhere.clone(),
    }
}

/// The export as compact JSON (for the site's download, where size matters).
pub fn to_json_compact(catalog: &Catalog) -> String {
    serde_json::to_string(&build(catalog)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

pub fn to_json(catalog: &Catalog) -> String {
    let mut s =
        serde_json::to_string_pretty(&build(catalog)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// One CSV row per occurrence.
pub fn to_csv(catalog: &Catalog) -> String {
    let export = build(catalog);
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "source",
        "namespace",
        "line",
        "section",
        "context",
        "code",
        "code_text",
        "hex",
        "names",
        "severity",
        "message",
        "description",
        "cause",
        "suggestion",
        "notes",
        "deprecated",
    ];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for o in &export.occurrences {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        rows.push(vec![
            o.source.clone(),
            o.namespace.clone(),
            o.line.to_string(),
            o.section.clone(),
            opt(&o.context),
            o.code.to_string(),
            o.code_text.clone(),
            opt(&o.hex),
            o.names.join(" | "),
            o.severity.as_str().to_owned(),
            opt(&o.message),
            opt(&o.description),
            opt(&o.cause),
            opt(&o.suggestion),
            o.notes.join("\n"),
            opt(&o.deprecated),
        ]);
    }
    // Writing to a Vec cannot fail.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The JSON Schema of the export, generated from these types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Export);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
