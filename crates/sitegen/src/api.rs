//! The static JSON API (`api/v1/…`), so that a bot, an editor plugin or a log pipeline looks a
//! code up with one GET:
//!
//! - `api/v1/index.json`: the namespaces with their counts, the URL templates and versions;
//! - `api/v1/<namespace>/index.json`: the codes of one namespace;
//! - `api/v1/<namespace>/<code>.json`: one entry — the export's entry record
//!   (`catalog::export::entry`) with the export's records of its rows, its equivalents in other
//!   SDKs, the other uses of its value and its URLs;
//! - `api/v1/code/<decimal>.json`: every namespace that uses one value.
//!
//! Every URL is the site's (base URL included) and sits in a field whose name ends in `_url`:
//! the link checker (`links.rs`) follows exactly those. The format is `API_VERSION`; its schema
//! is generated from these types (`docs/api.schema.json`, also published as
//! `api/v1/schema.json`).

use crate::output::Output;
use crate::route::Route;
use crate::site::Site;
use crate::view::{signed_reading, unsigned_reading, Index};
use catalog::code::canonical_hex;
use catalog::concepts::Bilingual;
use catalog::export::{ExportEntry, ExportOccurrence};
use catalog::model::Entry;
use rayon::prelude::*;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// The version of the API's format: the `v1` of its paths. Adding a field keeps it; renaming
/// or removing one makes `v2`.
pub const API_VERSION: u32 = 1;

/// `api/v1/index.json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiIndex {
    pub api_version: u32,
    /// The `schema_version` of the export whose records entry files embed.
    pub export_schema_version: u32,
    /// Entries in all namespaces.
    pub entries: usize,
    /// Distinct values (files under `api/v1/code/`).
    pub values: usize,
    pub namespaces: Vec<ApiNamespaceSummary>,
    /// `{namespace}` and `{code}` (decimal) replaced give an entry's file.
    pub entry_url_template: String,
    /// `{code}` (decimal) replaced gives a value's file.
    pub value_url_template: String,
    /// The JSON Schema of every file of the API.
    pub schema_url: String,
    /// The whole catalog in one file (the export).
    pub catalog_url: String,
    pub page_url: String,
}

/// A namespace as the index lists it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiNamespaceSummary {
    pub namespace: String,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
    pub entries: usize,
    /// The namespace's list of codes (`api/v1/<namespace>/index.json`).
    pub api_url: String,
    pub page_url: String,
}

/// `api/v1/<namespace>/index.json`: the codes of one namespace.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiNamespace {
    pub api_version: u32,
    pub namespace: String,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
    /// Ids of the sources that write the namespace's codes.
    pub sources: Vec<String>,
    pub entries: Vec<ApiCode>,
    pub api_url: String,
    pub page_url: String,
}

/// One code of a namespace listing.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiCode {
    pub code: i64,
    pub names: Vec<String>,
    pub severity: catalog::model::Severity,
    pub api_url: String,
}

/// `api/v1/<namespace>/<code>.json`: one entry.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiEntry {
    pub api_version: u32,
    /// The export's entry record (`namespace`, `code`, `names`, `texts` … as in `catalog.json`).
    #[serde(flatten)]
    pub entry: ExportEntry,
    pub vendor_name: String,
    pub product: String,
    /// The code as the site writes it (hex for namespaces whose documents write hex).
    pub code_display: String,
    /// The signed 32-bit reading of the value, when it differs (`4294967295` → -1).
    pub signed: Option<i64>,
    /// The unsigned 32-bit reading of the value, when it differs (-1 → `4294967295`).
    pub unsigned: Option<i64>,
    /// The rows merged into the entry, as the export writes them (`id` is the index in
    /// `catalog.json`'s `occurrences`): message, description, cause, suggestion, notes, where.
    pub rows: Vec<ExportOccurrence>,
    /// The curated cross-vendor concepts of the entry, each with its other members.
    pub equivalents: Vec<ApiEquivalent>,
    /// Entries of other namespaces that use the same value for their own meaning.
    pub same_value: Vec<ApiEntryRef>,
    pub page_url: String,
    pub api_url: String,
    /// The value's file: every namespace that uses it.
    pub value_api_url: String,
    pub namespace_api_url: String,
}

/// A concept an entry belongs to, with its members in other SDKs.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiEquivalent {
    pub concept: String,
    pub title: Bilingual,
    pub summary: Option<Bilingual>,
    pub category: String,
    pub members: Vec<ApiMember>,
    pub page_url: String,
}

/// A member of a concept: an entry, whether it matches only in part, and the curator's note
/// (which part of the concept it is, or how it differs).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiMember {
    #[serde(flatten)]
    pub entry: ApiEntryRef,
    pub partial: bool,
    pub note: Option<String>,
}

/// Another entry, as much of it as a list shows.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiEntryRef {
    pub namespace: String,
    pub code: i64,
    pub code_display: String,
    pub names: Vec<String>,
    pub severity: catalog::model::Severity,
    pub vendor: String,
    pub vendor_name: String,
    pub product: String,
    /// The message, else the first line of the description, shortened.
    pub summary: String,
    /// The language of `summary` (`en`, `zh-Hans`), when there is one.
    pub summary_lang: Option<String>,
    pub page_url: String,
    pub api_url: String,
}

/// `api/v1/code/<decimal>.json`: every entry that uses one value.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ApiValue {
    pub api_version: u32,
    pub code: i64,
    pub hex: Option<String>,
    pub signed: Option<i64>,
    pub unsigned: Option<i64>,
    pub entries: Vec<ApiEntryRef>,
    pub page_url: String,
    pub api_url: String,
}

/// Any file of the API; the schema's root.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ApiFile {
    Index(ApiIndex),
    Namespace(ApiNamespace),
    Entry(Box<ApiEntry>),
    Value(ApiValue),
}

/// The JSON Schema of every file of the API, generated from these types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(ApiFile);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Writes every file of the API.
pub fn write(site: &Site<'_>, out: &Output) -> anyhow::Result<()> {
    let ix = &site.index;
    let catalog = ix.catalog;
    out.write(&Route::ApiIndex.file_path(), &to_json(&index(site)))?;
    out.write(&Route::ApiSchema.file_path(), json_schema().as_bytes())?;
    ix.ns_source.keys().try_for_each(|ns| {
        out.write(&Route::ApiNamespace { ns }.file_path(), &to_json(&namespace(site, ns)))
    })?;
    catalog.entries.par_iter().try_for_each(|e| {
        let route = Route::ApiEntry { namespace: &e.namespace, code: e.code };
        out.write(&route.file_path(), &to_json(&entry(site, e)))
    })?;
    ix.by_value.par_iter().try_for_each(|(&code, entries)| {
        out.write(&Route::ApiValue { code }.file_path(), &to_json(&value(site, code, entries)))
    })
}

/// Compact JSON and a final newline; the types hold nothing serde_json can refuse.
fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut bytes =
        serde_json::to_vec(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}").into_bytes());
    bytes.push(b'\n');
    bytes
}

fn index(site: &Site<'_>) -> ApiIndex {
    let ix = &site.index;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &ix.catalog.entries {
        *counts.entry(e.namespace.as_str()).or_default() += 1;
    }
    let namespaces = ix
        .ns_source
        .iter()
        .map(|(&ns, s)| ApiNamespaceSummary {
            namespace: ns.to_owned(),
            vendor: ix.catalog.vendors.get(ns).cloned().unwrap_or_default(),
            vendor_name: s.vendor_name.clone(),
            product: s.product.clone(),
            entries: counts.get(ns).copied().unwrap_or(0),
            api_url: site.url(&Route::ApiNamespace { ns }),
            page_url: site.url(&Route::Namespace { ns, page: 1 }),
        })
        .collect();
    ApiIndex {
        api_version: API_VERSION,
        export_schema_version: catalog::export::SCHEMA_VERSION,
        entries: ix.catalog.entries.len(),
        values: ix.by_value.len(),
        namespaces,
        entry_url_template: format!(
            "{}{}",
            site.base,
            Route::ApiEntry { namespace: "{namespace}", code: 0 }.url_path().replacen(
                "/0.json",
                "/{code}.json",
                1
            )
        ),
        value_url_template: format!(
            "{}{}",
            site.base,
            Route::ApiValue { code: 0 }.url_path().replacen("/0.json", "/{code}.json", 1)
        ),
        schema_url: site.url(&Route::ApiSchema),
        catalog_url: site.url(&Route::CatalogJson),
        page_url: site.url(&Route::About),
    }
}

fn namespace(site: &Site<'_>, ns: &str) -> ApiNamespace {
    let ix = &site.index;
    let source = ix.ns_source.get(ns);
    let mut sources: Vec<String> = ix
        .catalog
        .sources
        .iter()
        .filter(|s| s.namespaces.iter().any(|n| n == ns))
        .map(|s| s.id.clone())
        .collect();
    sources.dedup();
    let entries = ix
        .catalog
        .entries
        .iter()
        .filter(|e| e.namespace == ns)
        .map(|e| ApiCode {
            code: e.code,
            names: e.names.clone(),
            severity: e.severity,
            api_url: site.url(&Route::ApiEntry { namespace: &e.namespace, code: e.code }),
        })
        .collect();
    ApiNamespace {
        api_version: API_VERSION,
        namespace: ns.to_owned(),
        vendor: ix.catalog.vendors.get(ns).cloned().unwrap_or_default(),
        vendor_name: source.map(|s| s.vendor_name.clone()).unwrap_or_default(),
        product: source.map(|s| s.product.clone()).unwrap_or_default(),
        sources,
        entries,
        api_url: site.url(&Route::ApiNamespace { ns }),
        page_url: site.url(&Route::Namespace { ns, page: 1 }),
    }
}

fn entry(site: &Site<'_>, e: &Entry) -> ApiEntry {
    let ix = &site.index;
    let catalog = ix.catalog;
    let row = ix.row(e);
    let same_value = ix
        .by_value
        .get(&e.code)
        .into_iter()
        .flatten()
        .map(|&i| &catalog.entries[i])
        .filter(|x| x.namespace != e.namespace)
        .map(|x| entry_ref(site, x))
        .collect();
    ApiEntry {
        api_version: API_VERSION,
        entry: catalog::export::entry(catalog, e),
        vendor_name: row.vendor_name,
        product: row.product,
        code_display: row.code_display,
        signed: signed_reading(e.code),
        unsigned: unsigned_reading(e.code),
        rows: e
            .occurrences
            .iter()
            .filter_map(|&i| Some(catalog::export::occurrence(i, catalog.occurrences.get(i)?)))
            .collect(),
        equivalents: equivalents(site, e),
        same_value,
        page_url: site.url(&Route::Entry { namespace: &e.namespace, code: e.code }),
        api_url: site.url(&Route::ApiEntry { namespace: &e.namespace, code: e.code }),
        value_api_url: site.url(&Route::ApiValue { code: e.code }),
        namespace_api_url: site.url(&Route::ApiNamespace { ns: &e.namespace }),
    }
}

/// The concepts of an entry with their other members (members that name no entry are left
/// out, as on the entry page; lint reports them).
fn equivalents(site: &Site<'_>, e: &Entry) -> Vec<ApiEquivalent> {
    let catalog = site.index.catalog;
    e.concepts
        .iter()
        .filter_map(|id| catalog.mapping.concepts.iter().find(|c| &c.id == id))
        .map(|c| ApiEquivalent {
            concept: c.id.clone(),
            title: c.title.clone(),
            summary: c.summary.clone(),
            category: c.category.clone(),
            members: c
                .members
                .iter()
                .filter(|m| !(m.namespace == e.namespace && m.code == e.code))
                .filter_map(|m| {
                    let other = catalog.entry(&m.namespace, m.code)?;
                    Some(ApiMember {
                        entry: entry_ref(site, other),
                        partial: m.is_partial(),
                        note: m.note.clone(),
                    })
                })
                .collect(),
            page_url: site.url(&Route::Concept { id: &c.id }),
        })
        .collect()
}

fn entry_ref(site: &Site<'_>, e: &Entry) -> ApiEntryRef {
    let ix: &Index<'_> = &site.index;
    let row = ix.row(e);
    ApiEntryRef {
        namespace: e.namespace.clone(),
        code: e.code,
        code_display: row.code_display,
        names: e.names.clone(),
        severity: e.severity,
        vendor: ix.catalog.vendors.get(&e.namespace).cloned().unwrap_or_default(),
        vendor_name: row.vendor_name,
        product: row.product,
        summary: row.summary,
        summary_lang: row.summary_lang.map(str::to_owned),
        page_url: site.url(&Route::Entry { namespace: &e.namespace, code: e.code }),
        api_url: site.url(&Route::ApiEntry { namespace: &e.namespace, code: e.code }),
    }
}

fn value(site: &Site<'_>, code: i64, entries: &[usize]) -> ApiValue {
    let catalog = site.index.catalog;
    ApiValue {
        api_version: API_VERSION,
        code,
        hex: canonical_hex(code),
        signed: signed_reading(code),
        unsigned: unsigned_reading(code),
        entries: entries.iter().filter_map(|&i| catalog.entries.get(i)).map(|e| entry_ref(site, e)).collect(),
        page_url: site.url(&Route::Value { code }),
        api_url: site.url(&Route::ApiValue { code }),
    }
}
