//! The normalized catalog: sources, occurrences (rows as written) and entries (codes merged).

use crate::concepts::{Coverage, Mapping};
use crate::diag::Diagnostic;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Language of a text, as a BCP 47 tag.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }
}

/// What a code reports: a normal event, a recoverable warning or an error.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Event,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Event => "event",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A text field of a row. Documents label these fields in many ways (columns, labels such as
/// `Possible cause:`); the model has exactly these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Message,
    Description,
    Cause,
    Suggestion,
    Deprecated,
    /// Notes are a list; the other fields hold one text.
    Note,
}

impl Field {
    /// The fields that hold one text, in reading order.
    pub const SINGLE: [Field; 5] =
        [Field::Message, Field::Description, Field::Cause, Field::Suggestion, Field::Deprecated];

    /// The field's name in the export (`message`, `description` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Message => "message",
            Field::Description => "description",
            Field::Cause => "cause",
            Field::Suggestion => "suggestion",
            Field::Deprecated => "deprecated",
            Field::Note => "note",
        }
    }

    /// Whether the field says what the code means (rather than why or what to do).
    pub fn is_meaning(self) -> bool {
        matches!(self, Field::Message | Field::Description)
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A piece of text of a row, with its language and where it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Text {
    pub text: String,
    pub lang: Lang,
    pub span: Span,
}

/// A symbolic name as written (`PUSH_WARNING_DNS_FAIL`, `kRoomHbTimeoutError`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Name {
    pub name: String,
    pub span: Span,
}

/// A text of a row in another language than its field's: an SDK comment that says the same in
/// Chinese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Translation {
    /// The field it translates (`description`, `cause` …).
    pub field: String,
    pub text: Text,
}

/// A code example attached to a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Example {
    pub language: String,
    pub code: String,
    pub span: Span,
}

/// One code row exactly as a document writes it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Occurrence {
    pub source: String,
    pub namespace: String,
    /// Headings from the document's top down to the row's table.
    pub section: Vec<String>,
    /// The context the section gives the code (`push`, `play`, `login` …), if any.
    pub context: Option<String>,
    /// Where the row starts (its code, or its first line when the code was lost).
    pub span: Span,
    pub last_line: u32,
    pub code: i64,
    pub code_text: String,
    pub code_span: Span,
    /// A second notation of the same code in another column (AliRTC writes hex and decimal).
    pub alt_code_text: Option<String>,
    pub names: Vec<Name>,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub cause: Option<Text>,
    pub suggestion: Option<Text>,
    pub notes: Vec<Text>,
    pub deprecated: Option<Text>,
    /// The same fields in a second language, when the row gives them (bilingual SDK comments).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    pub examples: Vec<Example>,
    /// Platforms the row's text restricts it to (`Android`, `iOS`, `Windows` …).
    pub platforms: Vec<String>,
    pub severity: Severity,
    /// Reasons of the curated corrections applied to this row.
    pub corrections: Vec<String>,
}

impl Occurrence {
    /// A row with its place and code and nothing else yet; adapters and corrections fill in
    /// names, texts and severity.
    pub fn new(
        source: &str,
        namespace: &str,
        section: Vec<String>,
        context: Option<String>,
        span: Span,
        code: i64,
        code_text: &str,
    ) -> Occurrence {
        Occurrence {
            source: source.to_owned(),
            namespace: namespace.to_owned(),
            section,
            context,
            span,
            last_line: span.line,
            code,
            code_text: code_text.trim().to_owned(),
            code_span: span,
            alt_code_text: None,
            names: Vec::new(),
            message: None,
            description: None,
            cause: None,
            suggestion: None,
            notes: Vec::new(),
            deprecated: None,
            translations: Vec::new(),
            examples: Vec::new(),
            platforms: Vec::new(),
            severity: Severity::Error,
            corrections: Vec::new(),
        }
    }

    pub fn name_list(&self) -> Vec<String> {
        self.names.iter().map(|n| n.name.clone()).collect()
    }

    /// Every text field of the row, in reading order.
    pub fn texts(&self) -> impl Iterator<Item = (Field, &Text)> {
        Field::SINGLE
            .into_iter()
            .filter_map(|f| self.field(f).map(|t| (f, t)))
            .chain(self.notes.iter().map(|t| (Field::Note, t)))
    }

    /// The text of a single-text field (`None` for notes, which are a list).
    pub fn field(&self, f: Field) -> Option<&Text> {
        match f {
            Field::Message => self.message.as_ref(),
            Field::Description => self.description.as_ref(),
            Field::Cause => self.cause.as_ref(),
            Field::Suggestion => self.suggestion.as_ref(),
            Field::Deprecated => self.deprecated.as_ref(),
            Field::Note => None,
        }
    }

    /// The slot of a single-text field; notes have none (push to `notes`).
    pub fn slot(&mut self, f: Field) -> Option<&mut Option<Text>> {
        match f {
            Field::Message => Some(&mut self.message),
            Field::Description => Some(&mut self.description),
            Field::Cause => Some(&mut self.cause),
            Field::Suggestion => Some(&mut self.suggestion),
            Field::Deprecated => Some(&mut self.deprecated),
            Field::Note => None,
        }
    }

    /// Sets a field to `text` (a note is added to the list).
    pub fn set(&mut self, f: Field, text: Text) {
        match self.slot(f) {
            Some(slot) => *slot = Some(text),
            None => self.notes.push(text),
        }
    }

    /// The row's meaning as one string: what "same meaning" compares.
    /// The language of the meaning: that of its first text.
    pub fn meaning_lang(&self) -> Option<Lang> {
        [&self.message, &self.description, &self.cause, &self.suggestion]
            .into_iter()
            .flatten()
            .next()
            .map(|t| t.lang)
    }

    pub fn meaning(&self) -> String {
        crate::text::join_pieces(
            [&self.message, &self.description, &self.cause, &self.suggestion]
                .into_iter()
                .flatten()
                .map(|t| t.text.as_str()),
        )
    }
}

/// A heading of a document and the prose under it that is not part of any row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Section {
    pub source: String,
    pub path: Vec<String>,
    pub line: u32,
    pub prose: Vec<Text>,
}

/// What a manifest says about a source besides how to read it: who publishes it, what it is
/// and where it came from. The manifest (as written) and the model's `Source` share it, so a
/// descriptive key is declared once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SourceInfo {
    /// The vendor's id (lower-case kebab-case), shared by all its sources.
    pub vendor: String,
    /// The vendor's name as readers know it (`ZEGO (即构)`).
    pub vendor_name: String,
    /// The SDK or product the codes belong to.
    pub product: String,
    /// The platforms the source covers (`iOS`, `Android`, `Web` …).
    pub platforms: Vec<String>,
    /// Language of the document's text: `en` or `zh-Hans`.
    pub language: Lang,
    /// The document's own title.
    pub title: String,
    /// Where a web page was retrieved from.
    #[serde(default)]
    pub origin_url: Option<String>,
    /// The date the file was retrieved (`YYYY-MM-DD`).
    pub retrieved: String,
    /// The public repository a file was taken from, when it was.
    #[serde(default)]
    pub upstream: Option<Upstream>,
}

/// A file's place in a public repository: enough to fetch the same bytes again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Upstream {
    /// `owner/name` on GitHub.
    pub repository: String,
    /// The file's path inside the repository.
    pub path: String,
    /// The commit the file was taken at (40 hex digits).
    pub commit: String,
    /// What the repository's licence says (`MIT`, `Apache-2.0`, `none stated` …).
    pub license: String,
}

impl Upstream {
    /// The file at its commit on GitHub.
    pub fn url(&self) -> String {
        format!(
            "https://github.com/{}/blob/{}/{}",
            self.repository,
            self.commit,
            percent_encode_path(&self.path)
        )
    }
}

/// A repository path as a URL path: bytes outside the unreserved set and `/` percent-encoded
/// (real paths hold spaces: `Windows/CSharp Demo/…`).
fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One received document and what the manifest says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Source {
    pub id: String,
    #[serde(flatten)]
    pub info: SourceInfo,
    /// Path of the raw document relative to the repository (or catalog parent).
    pub path: String,
    /// Path of its manifest, likewise.
    #[serde(rename = "manifest")]
    pub manifest_path: String,
    pub sha256: String,
    pub namespaces: Vec<String>,
    pub format: String,
    pub lines: u32,
}

impl Source {
    /// Whether the source is an SDK's own definition file rather than a documentation page.
    pub fn is_sdk(&self) -> bool {
        self.format == crate::manifest::Family::SdkDefinitions.as_str()
    }
}

/// `source.vendor_name` reads better than `source.info.vendor_name` in the many places that show
/// a source; the descriptive part is a plain record, so exposing it is safe.
impl std::ops::Deref for Source {
    type Target = SourceInfo;
    fn deref(&self) -> &SourceInfo {
        &self.info
    }
}

/// How the vendor's SDK files agree with the documentation on one entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum SdkStatus {
    /// An SDK defines the value, under a name the document gives (or the document names none).
    Confirmed,
    /// An SDK defines the value, but under none of the document's names.
    NameDiffers,
    /// An SDK defines one of the document's names with another value.
    ValueDiffers,
    /// The document lists the value; no SDK file or fact of the namespace defines it.
    DocumentedOnly,
    /// An SDK defines the value; no documentation page lists it.
    SdkOnly,
}

impl SdkStatus {
    pub const ALL: [SdkStatus; 5] = [
        SdkStatus::Confirmed,
        SdkStatus::NameDiffers,
        SdkStatus::ValueDiffers,
        SdkStatus::DocumentedOnly,
        SdkStatus::SdkOnly,
    ];

    /// The kebab-case id (`name-differs`).
    pub fn as_str(self) -> &'static str {
        match self {
            SdkStatus::Confirmed => "confirmed",
            SdkStatus::NameDiffers => "name-differs",
            SdkStatus::ValueDiffers => "value-differs",
            SdkStatus::DocumentedOnly => "documented-only",
            SdkStatus::SdkOnly => "sdk-only",
        }
    }

    /// As people read it (`name differs`).
    pub fn label(self) -> &'static str {
        match self {
            SdkStatus::Confirmed => "confirmed",
            SdkStatus::NameDiffers => "name differs",
            SdkStatus::ValueDiffers => "value differs",
            SdkStatus::DocumentedOnly => "documented only",
            SdkStatus::SdkOnly => "SDK only",
        }
    }
}

/// Where an SDK defines a name with a value: a stored SDK file, or a row of the facts tables
/// (`catalog/sdk-symbols/`) for SDKs that ship no readable file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SdkDefinition {
    pub name: String,
    pub value: i64,
    /// The catalog source (an SDK definition file) that defines it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The facts-table reference (`W2`) that records it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The file in the catalog and the line of the definition.
    pub file: String,
    pub line: u32,
    /// Where the SDK file lives upstream, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream: Option<UpstreamFile>,
}

/// An upstream file without its licence: what a definition needs to link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct UpstreamFile {
    pub repository: String,
    pub path: String,
    pub commit: String,
}

impl UpstreamFile {
    /// The file at its commit on GitHub, at `line` when the stored file is the upstream file.
    pub fn url(&self, line: Option<u32>) -> String {
        let base = format!(
            "https://github.com/{}/blob/{}/{}",
            self.repository,
            self.commit,
            percent_encode_path(&self.path)
        );
        match line {
            Some(l) => format!("{base}#L{l}"),
            None => base,
        }
    }
}

/// Per documentation source, how its entries compare with the SDK files of its namespaces.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SdkCheck {
    /// The documentation source.
    pub source: String,
    /// Its namespaces that SDK files or facts cover.
    pub namespaces: Vec<String>,
    /// The SDK sources and facts references compared with it.
    pub sdk_sources: Vec<String>,
    pub confirmed: usize,
    pub name_differs: usize,
    pub value_differs: usize,
    pub documented_only: usize,
    /// Entries of its namespaces that only an SDK defines.
    pub sdk_only: usize,
    /// Its entries in namespaces no SDK file or fact covers.
    pub unchecked: usize,
    /// The status of each of its entries as its own rows give it (`namespace`, code): another
    /// document's names in the same entry are no part of this document's comparison.
    #[serde(skip)]
    #[schemars(skip)]
    pub own: std::collections::BTreeMap<(String, i64), SdkStatus>,
}

impl SdkCheck {
    /// The status the entry has in this document's comparison.
    pub fn status_of(&self, e: &Entry) -> Option<SdkStatus> {
        match e.sdk_status {
            Some(SdkStatus::SdkOnly) => Some(SdkStatus::SdkOnly),
            _ => self.own.get(&(e.namespace.clone(), e.code)).copied(),
        }
    }
}

impl SdkCheck {
    pub fn count(&self, status: SdkStatus) -> usize {
        match status {
            SdkStatus::Confirmed => self.confirmed,
            SdkStatus::NameDiffers => self.name_differs,
            SdkStatus::ValueDiffers => self.value_differs,
            SdkStatus::DocumentedOnly => self.documented_only,
            SdkStatus::SdkOnly => self.sdk_only,
        }
    }

    fn slot(&mut self, status: SdkStatus) -> &mut usize {
        match status {
            SdkStatus::Confirmed => &mut self.confirmed,
            SdkStatus::NameDiffers => &mut self.name_differs,
            SdkStatus::ValueDiffers => &mut self.value_differs,
            SdkStatus::DocumentedOnly => &mut self.documented_only,
            SdkStatus::SdkOnly => &mut self.sdk_only,
        }
    }

    pub fn add(&mut self, status: SdkStatus) {
        *self.slot(status) += 1;
    }

    /// `50 confirmed, 2 name differs, …`, the statuses with a count.
    pub fn summary(&self) -> String {
        SdkStatus::ALL
            .iter()
            .map(|s| format!("{} {}", self.count(*s), s.label()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// All occurrences of one value in one namespace, merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Entry {
    pub namespace: String,
    pub code: i64,
    pub names: Vec<String>,
    pub severity: Severity,
    pub sources: Vec<String>,
    pub contexts: Vec<String>,
    /// Indices into the catalog's occurrences.
    pub occurrences: Vec<usize>,
    /// The distinct meanings per language, in document order.
    pub texts: BTreeMap<String, Vec<String>>,
    /// The taxonomy category (from an override, the entry's concept, or keyword rules).
    pub category: Option<String>,
    /// Ids of the cross-vendor concepts this entry belongs to.
    pub concepts: Vec<String>,
    /// How the SDK files agree with the documentation; `None` where no SDK file or fact
    /// covers the namespace.
    pub sdk_status: Option<SdkStatus>,
    /// The SDK definitions of this value in this namespace.
    pub sdk: Vec<SdkDefinition>,
    /// SDK definitions that give the document's names another value.
    pub sdk_elsewhere: Vec<SdkDefinition>,
}

/// The loaded, corrected, validated catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub dir: std::path::PathBuf,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub occurrences: Vec<Occurrence>,
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file a diagnostic may point into: display path → text.
    pub files: BTreeMap<String, String>,
    /// Values used by more than one namespace (3001 in several vendors): not a conflict.
    pub shared_values: Vec<SharedValue>,
    pub accounting: Vec<Accounting>,
    /// The taxonomy and the curated cross-vendor concepts.
    pub mapping: Mapping,
    /// Namespace → vendor.
    pub vendors: BTreeMap<String, String>,
    /// Mapped / total error and warning entries per vendor and category.
    pub coverage: Vec<Coverage>,
    /// Documentation versus SDK files, per documentation source.
    pub sdk_checks: Vec<SdkCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SharedValue {
    pub code: i64,
    pub namespaces: Vec<String>,
}

/// How every line of a source was used: the proof of zero silent loss.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Accounting {
    pub source: String,
    pub lines: u32,
    pub outside: u32,
    pub blank: u32,
    pub markup: u32,
    pub prose: u32,
    pub row: u32,
    pub reported: u32,
    pub unaccounted: u32,
}

impl Catalog {
    /// Unacknowledged errors (and warnings with `deny_warnings`).
    pub fn blocking(&self, deny_warnings: bool) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.is_blocking(deny_warnings))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn entry(&self, namespace: &str, code: i64) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| (e.namespace.as_str(), e.code).cmp(&(namespace, code)))
            .ok()
            .map(|i| &self.entries[i])
    }

    pub fn render_human(&self) -> String {
        crate::diag::render_human(&self.diagnostics, &self.files)
    }
}
