//! Embeds the catalog: loads `../../catalog` (or `RTC_ATLAS_CATALOG`) with the catalog crate,
//! the same reader the site uses, and writes the compact form of `src/data.rs` to
//! `OUT_DIR/atlas.json`, which the tool includes at compile time. Runs again whenever a file
//! under the catalog changes, so `cargo install --path crates/cli` always embeds the catalog
//! in the tree it is built from, and the tool needs no network and no files at run time.

#[path = "src/data.rs"]
mod data;

use catalog::code::{canonical_hex, parse_code, Notation};
use catalog::model::Text;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = std::env::var_os("RTC_ATLAS_CATALOG")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("../../catalog"));
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/data.rs");
    println!("cargo:rerun-if-env-changed=RTC_ATLAS_CATALOG");
    println!("cargo:rerun-if-env-changed=RTC_ATLAS_SITE_URL");
    let catalog = match catalog::load(&dir) {
        Ok(c) => c,
        Err(e) => fail(&format!(
            "cannot read the catalog in {}: {e}\nrun `cargo xtask lint` at the repository root, or point RTC_ATLAS_CATALOG at a catalog folder",
            dir.display()
        )),
    };
    let blocking = catalog.blocking(false).count();
    if blocking > 0 {
        println!(
            "cargo:warning=the catalog in {} has {blocking} unacknowledged error(s); the tool embeds it as it is (see `cargo xtask lint`)",
            dir.display()
        );
    }
    let atlas = convert(&catalog);
    println!(
        "cargo:rustc-env=RTC_ATLAS_CATALOG_STAMP={} entries in {} namespaces from {} documents",
        atlas.entries.len(),
        atlas.namespaces.len(),
        atlas.sources.len()
    );
    let json = match serde_json::to_string(&atlas) {
        Ok(j) => j,
        Err(e) => fail(&format!("cannot serialize the catalog: {e}")),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("atlas.json");
    if let Err(e) = std::fs::write(&out, json) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1)
}

fn convert(catalog: &catalog::Catalog) -> data::Atlas {
    let sources = catalog
        .sources
        .iter()
        .map(|s| data::SourceInfo {
            id: s.id.clone(),
            vendor: s.vendor.clone(),
            vendor_name: s.vendor_name.clone(),
            product: s.product.clone(),
            language: s.language.tag().to_owned(),
            title: s.title.clone(),
            retrieved: s.retrieved.clone(),
        })
        .collect();
    let (namespaces, hex_namespaces) = namespaces(catalog);
    let entries = entries(catalog, &namespaces, &hex_namespaces);
    let concepts = concepts(catalog, &namespaces);
    let search = &catalog.mapping.search;
    let aliases = search
        .alias
        .iter()
        .flat_map(|a| a.words.iter().map(|w| (a.vendor.clone(), w.to_lowercase())))
        .collect();
    let generic = search.generic.iter().map(|w| w.to_lowercase()).collect();
    let site_url = std::env::var("RTC_ATLAS_SITE_URL").ok().filter(|u| !u.trim().is_empty());
    let format = data::FORMAT;
    let categories = categories(catalog);
    data::Atlas { format, sources, namespaces, entries, concepts, categories, aliases, generic, site_url }
}

fn entries(
    catalog: &catalog::Catalog,
    namespaces: &[data::Namespace],
    hex_namespaces: &BTreeSet<&str>,
) -> Vec<data::Entry> {
    let ns_index: BTreeMap<&str, usize> =
        namespaces.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let concept_index: BTreeMap<&str, usize> =
        catalog.mapping.concepts.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let mut entries: Vec<data::Entry> = catalog
        .entries
        .iter()
        .filter_map(|e| {
            Some(data::Entry {
                ns: *ns_index.get(e.namespace.as_str())?,
                code: e.code,
                hex: canonical_hex(e.code),
                display: match canonical_hex(e.code) {
                    Some(h) if hex_namespaces.contains(e.namespace.as_str()) => h,
                    _ => e.code.to_string(),
                },
                names: e.names.clone(),
                severity: e.severity.as_str().to_owned(),
                contexts: e.contexts.clone(),
                category: e.category.clone(),
                concepts: e.concepts.iter().filter_map(|c| concept_index.get(c.as_str()).copied()).collect(),
                rows: e.occurrences.iter().filter_map(|&i| catalog.occurrences.get(i)).map(row).collect(),
            })
        })
        .collect();
    entries.sort_by_key(|e| (e.ns, e.code));
    entries
}

fn concepts(catalog: &catalog::Catalog, namespaces: &[data::Namespace]) -> Vec<data::Concept> {
    let ns_index: BTreeMap<&str, usize> =
        namespaces.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    catalog
        .mapping
        .concepts
        .iter()
        .map(|c| data::Concept {
            id: c.id.clone(),
            title_en: c.title.en.clone(),
            title_zh: c.title.zh_hans.clone(),
            summary_en: c.summary.as_ref().map(|s| s.en.clone()),
            summary_zh: c.summary.as_ref().map(|s| s.zh_hans.clone()),
            members: c
                .members
                .iter()
                .filter_map(|m| {
                    Some(data::Member {
                        ns: *ns_index.get(m.namespace.as_str())?,
                        code: m.code,
                        partial: m.is_partial(),
                        note: m.note.clone(),
                    })
                })
                .collect(),
        })
        .collect()
}

fn categories(catalog: &catalog::Catalog) -> Vec<data::Category> {
    catalog
        .mapping
        .categories
        .iter()
        .map(|c| data::Category {
            id: c.id.clone(),
            title_en: c.title.en.clone(),
            title_zh: c.title.zh_hans.clone(),
            advice_en: c.advice.as_ref().map(|a| a.en.clone()),
            advice_zh: c.advice.as_ref().map(|a| a.zh_hans.clone()),
        })
        .collect()
}

/// Every namespace with its vendor and product (from the first source that writes it, as the
/// site shows it), and the namespaces whose documents write codes in hex.
fn namespaces(catalog: &catalog::Catalog) -> (Vec<data::Namespace>, BTreeSet<&str>) {
    let mut out: BTreeMap<&str, data::Namespace> = BTreeMap::new();
    let mut hex = BTreeSet::new();
    for o in &catalog.occurrences {
        let Some(s) = catalog.source(&o.source) else { continue };
        out.entry(o.namespace.as_str()).or_insert_with(|| data::Namespace {
            id: o.namespace.clone(),
            vendor: s.vendor.clone(),
            vendor_name: s.vendor_name.clone(),
            product: s.product.clone(),
        });
        if matches!(parse_code(&o.code_text).map(|c| c.notation), Some(Notation::Hex { .. })) {
            hex.insert(o.namespace.as_str());
        }
    }
    (out.into_values().collect(), hex)
}

fn row(o: &catalog::model::Occurrence) -> data::Row {
    let text = |t: &Option<Text>| t.as_ref().map(convert_text);
    data::Row {
        source: o.source.clone(),
        line: o.span.line,
        context: o.context.clone(),
        message: text(&o.message),
        description: text(&o.description),
        cause: text(&o.cause),
        suggestion: text(&o.suggestion),
        notes: o.notes.iter().map(convert_text).collect(),
        deprecated: text(&o.deprecated),
    }
}

fn convert_text(t: &Text) -> data::Text {
    data::Text { lang: t.lang.tag().to_owned(), text: t.text.clone() }
}
