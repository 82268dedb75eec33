//! What `--format json` prints, as types: the schema in `docs/cli.schema.json` is generated
//! from them (`rtc-atlas schema` prints it), and both commands serialize exactly these.

use crate::atlas::{pick, Atlas, Lang, Picked};
use crate::data::Entry;
use schemars::JsonSchema;
use serde::Serialize;

/// The version of the JSON output; a field renamed or removed makes a new one.
pub const OUTPUT_VERSION: u32 = 2;

/// Which catalog the tool embeds.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CatalogStamp {
    pub entries: usize,
    pub namespaces: usize,
    /// `id (retrieved date)` of every source document.
    pub sources: Vec<String>,
}

impl CatalogStamp {
    pub fn of(atlas: &Atlas) -> CatalogStamp {
        CatalogStamp {
            entries: atlas.data.entries.len(),
            namespaces: atlas.data.namespaces.len(),
            sources: atlas.data.sources.iter().map(|s| format!("{} ({})", s.id, s.retrieved)).collect(),
        }
    }
}

/// `rtc-atlas explain --format json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ExplainReport {
    pub version: u32,
    pub catalog: CatalogStamp,
    /// `en` or `zh-Hans`: the language texts were picked in.
    pub lang: String,
    pub queries: Vec<QueryReport>,
}

/// One argument of `explain` and every entry it can be.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct QueryReport {
    pub query: String,
    /// `found` when some entry matched, else `unknown`.
    pub status: Status,
    /// Every value the query can mean as a code, best first (empty for a name).
    pub readings: Vec<ReadingReport>,
    pub matches: Vec<MatchReport>,
    /// For an unknown query: codes or names that exist and look alike (another sign, a
    /// longer name), never shown as matches.
    pub did_you_mean: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Found,
    Unknown,
    /// `decode` only: entries exist, but none of the vendor the context names.
    OtherVendor,
}

/// A value a code can mean, and how it was read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReadingReport {
    pub value: i64,
    /// `decimal`, `hex`, `signed 32-bit reading` or `unsigned 32-bit reading`.
    pub how: String,
}

/// An entry that matched, and through what.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MatchReport {
    /// `code` (through the reading in `reading`) or `name`.
    pub by: String,
    pub reading: Option<ReadingReport>,
    pub entry: EntryReport,
}

/// An entry with the texts a reader needs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EntryReport {
    pub namespace: String,
    pub code: i64,
    /// How the site writes the code (hex for namespaces whose documents write hex).
    pub code_display: String,
    pub hex: Option<String>,
    pub names: Vec<String>,
    /// `error`, `warning` or `event`.
    pub severity: String,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
    /// The contexts the documents give the code (`push`, `play`, `login` …).
    pub contexts: Vec<String>,
    pub category: Option<String>,
    /// What the code means (message and description of each row).
    pub meaning: Vec<TextReport>,
    pub cause: Vec<TextReport>,
    /// What the vendor says to do for this code (empty when it says nothing).
    pub suggestion: Vec<TextReport>,
    /// What to do, as the entry's page on the site says it: the vendor's suggestion, else the
    /// summary of its cross-vendor concept, else its category's general advice. Absent for an
    /// event the vendor gives no advice for (an event reports what happened, not a problem).
    pub what_to_do: Option<WhatToDo>,
    pub notes: Vec<TextReport>,
    pub deprecated: Vec<TextReport>,
    pub equivalents: Vec<EquivalentReport>,
    /// The document rows the entry was read from.
    pub sources: Vec<SourceRow>,
    /// The entry's page on the site.
    pub url: String,
    /// The entry's file of the site's JSON API.
    pub api_url: String,
}

/// What to do, and where the advice comes from, so that a reader knows how much to trust it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct WhatToDo {
    /// `entry` (the vendor's own words), `concept`, `category` or `none` (nobody gives advice).
    pub from: String,
    /// The concept or category the advice is taken from.
    pub id: Option<String>,
    /// Its title in the language asked for.
    pub title: Option<String>,
    pub texts: Vec<TextReport>,
}

/// A text in the language asked for, else in the other one (`fallback`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TextReport {
    pub text: String,
    /// `en` or `zh-Hans`.
    pub lang: String,
    /// True when the catalog has this text only in the other language.
    pub fallback: bool,
}

/// A curated cross-vendor concept of the entry, with its members in other SDKs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EquivalentReport {
    pub concept: String,
    /// The concept's title in the language asked for.
    pub title: String,
    pub members: Vec<MemberReport>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MemberReport {
    pub namespace: String,
    pub code: i64,
    pub code_display: String,
    pub names: Vec<String>,
    pub vendor_name: String,
    pub product: String,
    /// Whether it matches the concept only in part.
    pub partial: bool,
    /// The curator's note: which part of the concept the code is, or how it differs.
    pub note: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SourceRow {
    pub source: String,
    pub line: u32,
}

fn texts(picked: Vec<Picked<'_>>) -> Vec<TextReport> {
    picked
        .into_iter()
        .map(|p| TextReport { text: p.text.text.clone(), lang: p.text.lang.clone(), fallback: p.fallback })
        .collect()
}

impl EntryReport {
    pub fn new(atlas: &Atlas, e: &Entry, lang: Lang) -> EntryReport {
        let ns = atlas.namespace(e);
        let rows = &e.rows;
        let meaning = rows.iter().flat_map(|r| r.message.iter().chain(r.description.iter()));
        let suggestion = texts(pick(rows.iter().filter_map(|r| r.suggestion.as_ref()), lang));
        EntryReport {
            namespace: ns.id.clone(),
            code: e.code,
            code_display: e.display.clone(),
            hex: e.hex.clone(),
            names: e.names.clone(),
            severity: e.severity.clone(),
            vendor: ns.vendor.clone(),
            vendor_name: ns.vendor_name.clone(),
            product: ns.product.clone(),
            contexts: e.contexts.clone(),
            category: e.category.clone(),
            meaning: texts(pick(meaning, lang)),
            cause: texts(pick(rows.iter().filter_map(|r| r.cause.as_ref()), lang)),
            what_to_do: what_to_do(atlas, e, &suggestion, lang),
            suggestion,
            notes: texts(pick(rows.iter().flat_map(|r| r.notes.iter()), lang)),
            deprecated: texts(pick(rows.iter().filter_map(|r| r.deprecated.as_ref()), lang)),
            equivalents: equivalents(atlas, e, lang),
            sources: rows.iter().map(|r| SourceRow { source: r.source.clone(), line: r.line }).collect(),
            url: atlas.page_url(e),
            api_url: atlas.api_url(e),
        }
    }
}

/// The same order as the site's entry pages (`sitegen::pages::remedy`).
fn what_to_do(atlas: &Atlas, e: &Entry, own: &[TextReport], lang: Lang) -> Option<WhatToDo> {
    let none = WhatToDo { from: "none".into(), id: None, title: None, texts: Vec::new() };
    if !own.is_empty() {
        return Some(WhatToDo { from: "entry".into(), texts: own.to_vec(), ..none });
    }
    if e.severity == "event" {
        return None;
    }
    let in_lang = |en: &str, zh: &str| -> Vec<TextReport> {
        let (text, tag, fallback) = match lang {
            Lang::Zh if !zh.trim().is_empty() => (zh, "zh-Hans", false),
            Lang::Zh => (en, "en", true),
            Lang::En => (en, "en", false),
        };
        let text = text.trim();
        let one = TextReport { text: text.to_owned(), lang: tag.to_owned(), fallback };
        if text.is_empty() {
            Vec::new()
        } else {
            vec![one]
        }
    };
    let concept = e.concepts.iter().filter_map(|&c| atlas.data.concepts.get(c)).find_map(|c| {
        let (en, zh) = (c.summary_en.as_deref()?, c.summary_zh.as_deref().unwrap_or(""));
        let title = if lang == Lang::Zh { &c.title_zh } else { &c.title_en };
        Some(WhatToDo {
            from: "concept".into(),
            id: Some(c.id.clone()),
            title: Some(title.clone()),
            texts: in_lang(en, zh),
        })
    });
    if let Some(c) = concept.filter(|c| !c.texts.is_empty()) {
        return Some(c);
    }
    let category = e.category.as_deref().and_then(|id| atlas.data.categories.iter().find(|c| c.id == id));
    Some(match category {
        Some(c) => {
            let texts = c
                .advice_en
                .as_deref()
                .map(|en| in_lang(en, c.advice_zh.as_deref().unwrap_or("")))
                .unwrap_or_default();
            let title = if lang == Lang::Zh { &c.title_zh } else { &c.title_en };
            let from = if texts.is_empty() { "none" } else { "category" };
            WhatToDo { from: from.into(), id: Some(c.id.clone()), title: Some(title.clone()), texts }
        }
        None => none,
    })
}

fn equivalents(atlas: &Atlas, e: &Entry, lang: Lang) -> Vec<EquivalentReport> {
    e.concepts
        .iter()
        .filter_map(|&c| atlas.data.concepts.get(c))
        .map(|c| EquivalentReport {
            concept: c.id.clone(),
            title: match lang {
                Lang::En => c.title_en.clone(),
                Lang::Zh => c.title_zh.clone(),
            },
            members: c
                .members
                .iter()
                .filter(|m| !(m.ns == e.ns && m.code == e.code))
                .filter_map(|m| {
                    let i = atlas.by_value(m.code).iter().copied().find(|&i| atlas.entry(i).ns == m.ns)?;
                    let other = atlas.entry(i);
                    let ns = atlas.namespace(other);
                    Some(MemberReport {
                        namespace: ns.id.clone(),
                        code: other.code,
                        code_display: other.display.clone(),
                        names: other.names.clone(),
                        vendor_name: ns.vendor_name.clone(),
                        product: ns.product.clone(),
                        partial: m.partial,
                        note: m.note.clone(),
                        url: atlas.page_url(other),
                    })
                })
                .collect(),
        })
        .collect()
}

/// `rtc-atlas decode --format json` (written as it goes: `findings` grows while the log is
/// read, `summary` closes the document).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DecodeReport {
    pub version: u32,
    pub catalog: CatalogStamp,
    pub lang: String,
    /// The file read, or `-` for standard input.
    pub input: String,
    pub findings: Vec<Finding>,
    /// Every entry a finding names, once, by its key (`<namespace>/<code>`): a log repeats its
    /// codes, and each entry is written once however often it occurs.
    pub entries: std::collections::BTreeMap<String, EntryReport>,
    pub summary: DecodeSummary,
}

/// A code or a name found in the log.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Finding {
    /// 1-based line number.
    pub line: u64,
    /// 1-based column, in characters.
    pub column: usize,
    /// The token as written (a code with its sign).
    pub text: String,
    /// `code` or `identifier`.
    pub kind: String,
    /// Codes: how the line presents it (`labeled`, `bracketed`, `keyed`, `bare`).
    pub cue: Option<String>,
    /// Codes: the key it is the value of (`errorCode`, `错误码`).
    pub key: Option<String>,
    pub status: Status,
    pub vendor: Option<VendorReport>,
    /// Every value the code can mean, best first (empty for a name).
    pub readings: Vec<ReadingReport>,
    /// The entries it is, best first: those of the inferred vendor when it has any.
    pub matches: Vec<DecodeMatch>,
    /// `other-vendor`: the entries of other vendors that use the value.
    pub elsewhere: Vec<DecodeMatch>,
}

/// An entry a finding is, by its key in the report's `entries`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DecodeMatch {
    /// `code` (through the reading in `reading`) or `name`.
    pub by: String,
    pub reading: Option<ReadingReport>,
    /// `<namespace>/<code>`: the key of the entry in `entries`.
    pub entry: String,
}

/// The key of an entry in a decode report.
pub fn entry_key(atlas: &Atlas, e: &Entry) -> String {
    format!("{}/{}", atlas.namespace(e).id, e.code)
}

/// The vendor a finding is attributed to, and why.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct VendorReport {
    pub vendor: String,
    pub vendor_name: String,
    /// A namespace the context names more precisely (`LiteAV` → `tencent-liteav`).
    pub namespace: Option<String>,
    /// Why, in words: `the word "TRTC" on this line`, `the name … on line 12` ….
    pub because: String,
    /// The line the evidence is on.
    pub from_line: u64,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DecodeSummary {
    pub lines: u64,
    pub bytes: u64,
    /// Lines that were not valid UTF-8 (read with U+FFFD in place of the bad bytes).
    pub invalid_utf8_lines: u64,
    pub findings: u64,
    pub found: u64,
    /// Findings with no entry, or none of the vendor the context names (exit code 1).
    pub unknown: u64,
}

/// The JSON Schema of both commands' output.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Output {
    Explain(ExplainReport),
    Decode(DecodeReport),
}

pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Output);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
