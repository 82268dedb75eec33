//! The catalog as the tool embeds it: written by `build.rs` from the loaded catalog, read back
//! at start-up. Plain data, shared by both sides (`build.rs` includes this file), so that the
//! two cannot disagree on the format.

use serde::{Deserialize, Serialize};

/// Bumped when the embedded form changes (build script and reader are always built together;
/// the number guards a stale `OUT_DIR` only).
pub const FORMAT: u32 = 2;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Atlas {
    pub format: u32,
    /// The sources the catalog was read from.
    pub sources: Vec<SourceInfo>,
    pub namespaces: Vec<Namespace>,
    /// Sorted by namespace index, then code.
    pub entries: Vec<Entry>,
    pub concepts: Vec<Concept>,
    /// The problem categories, with their general advice.
    pub categories: Vec<Category>,
    /// The curated words of `catalog/taxonomy.toml` `[search]`, as the site's search uses them:
    /// `(vendor id, word)` for words that name a vendor the sources do not write (`ByteRTC`,
    /// `声网`), and words that never name one.
    pub aliases: Vec<(String, String)>,
    pub generic: Vec<String>,
    /// The site's base URL the tool was built for (`RTC_ATLAS_SITE_URL` at build time), if any.
    pub site_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceInfo {
    pub id: String,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
    /// `en` or `zh-Hans`.
    pub language: String,
    pub title: String,
    pub retrieved: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Namespace {
    pub id: String,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// Index into `namespaces`.
    pub ns: usize,
    pub code: i64,
    /// The site's hex spelling (`0xFFFFF703` for -2301), when the value has one.
    pub hex: Option<String>,
    /// How the site writes the code: hex for namespaces whose documents write hex.
    pub display: String,
    pub names: Vec<String>,
    /// `error`, `warning` or `event`.
    pub severity: String,
    pub contexts: Vec<String>,
    pub category: Option<String>,
    /// Indices into `concepts`.
    pub concepts: Vec<usize>,
    pub rows: Vec<Row>,
}

/// One row of a document that the entry merges.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    pub source: String,
    pub line: u32,
    pub context: Option<String>,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub cause: Option<Text>,
    pub suggestion: Option<Text>,
    pub notes: Vec<Text>,
    pub deprecated: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// `en` or `zh-Hans`.
    pub lang: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Concept {
    pub id: String,
    pub title_en: String,
    pub title_zh: String,
    pub summary_en: Option<String>,
    pub summary_zh: Option<String>,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    /// Index into `namespaces`.
    pub ns: usize,
    pub code: i64,
    /// Whether it matches the concept only in part (its note says how).
    pub partial: bool,
    pub note: Option<String>,
}

/// A problem category of the taxonomy (`catalog/taxonomy.toml`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub title_en: String,
    pub title_zh: String,
    /// General advice for a problem of this kind, when neither vendor nor concept gives any.
    pub advice_en: Option<String>,
    pub advice_zh: Option<String>,
}
