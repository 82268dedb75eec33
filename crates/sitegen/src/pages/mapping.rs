//! Mapping pages: the index of categories (`mappings/`) and one table per category
//! (`mappings/<category>/`: concepts as rows, SDKs as columns). None without a mapping.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::EntryRow;
use catalog::concepts::Concept;
use catalog::Catalog;
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeSet;

/// Unmapped entries listed on a category page: the page stays small however large the
/// catalog grows.
const UNMAPPED_SHOWN: usize = 200;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let categories = &site.index.catalog.mapping.categories;
    let index = (!categories.is_empty()).then(|| page(Route::Mappings, mappings(site)));
    index.into_par_iter().chain(
        categories.par_iter().map(move |c| page(Route::Mapping { category: &c.id }, category(site, &c.id))),
    )
}

/// Codes of one SDK shown in a table cell; the concept page lists the rest, so a broad concept
/// ("invalid parameter", with dozens of codes of one SDK) keeps its row readable.
const CELL_SHOWN: usize = 4;

/// The codes of one SDK for one concept: full matches first.
#[derive(Serialize)]
struct Codes {
    shown: Vec<Cell>,
    more: usize,
}

#[derive(Serialize)]
struct Cell {
    namespace: String,
    code: i64,
    code_display: String,
    names: Vec<String>,
    severity: &'static str,
    partial: bool,
    note: Option<String>,
}

fn mappings(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let catalog = site.index.catalog;
    let vendors: Vec<String> =
        catalog.vendors.values().cloned().collect::<BTreeSet<_>>().into_iter().collect();
    let vendor_names: Vec<_> = vendors
        .iter()
        .map(|v| {
            let name = catalog
                .sources
                .iter()
                .find(|s| &s.vendor == v)
                .map(|s| s.vendor_name.clone())
                .unwrap_or_default();
            context! { id => v, name => name }
        })
        .collect();
    let categories: Vec<_> =
        catalog.mapping.categories.iter().map(|c| category_row(catalog, &vendors, c)).collect();
    let total: usize = catalog.coverage.iter().map(|c| c.total).sum();
    let mapped: usize = catalog.coverage.iter().map(|c| c.mapped).sum();
    let percent = (mapped * 100).checked_div(total).unwrap_or(0);
    site.render(
        "mappings.html",
        context! {
            title => "Cross-vendor mappings", nav => "mappings", vendors => vendor_names, categories => categories,
            total_concepts => catalog.mapping.concepts.len(), mapped => mapped, total => total, percent => percent,
        },
    )
}

/// A category's line in the index: its size and each vendor's coverage.
fn category_row(catalog: &Catalog, vendors: &[String], c: &catalog::concepts::Category) -> minijinja::Value {
    let concepts = catalog.mapping.concepts.iter().filter(|x| x.category == c.id).count();
    let entries = catalog.entries.iter().filter(|e| e.category.as_deref() == Some(c.id.as_str())).count();
    let coverage: Vec<String> = vendors
        .iter()
        .map(|v| {
            catalog
                .coverage
                .iter()
                .find(|x| &x.vendor == v && x.category == c.id)
                .map(|x| format!("{} / {}", x.mapped, x.total))
                .unwrap_or_else(|| "–".to_owned())
        })
        .collect();
    context! { id => &c.id, title_en => &c.title.en, title_zh => &c.title.zh_hans, concepts => concepts, entries => entries, coverage => coverage }
}

fn category(site: &Site<'_>, category: &str) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let catalog = ix.catalog;
    let concepts: Vec<&Concept> =
        catalog.mapping.concepts.iter().filter(|c| c.category == category).collect();
    let mut columns: Vec<(String, String)> = concepts
        .iter()
        .flat_map(|c| c.members.iter().map(|m| m.namespace.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|ns| (catalog.vendors.get(&ns).cloned().unwrap_or_default(), ns))
        .collect();
    columns.sort();
    let rows: Vec<_> = concepts.iter().map(|c| concept_row(site, &columns, c)).collect();
    let unmapped: Vec<EntryRow> = catalog
        .entries
        .iter()
        .filter(|e| e.category.as_deref() == Some(category) && e.concepts.is_empty())
        .map(|e| ix.row(e))
        .collect();
    let unmapped_total = unmapped.len();
    let unmapped: Vec<EntryRow> = unmapped.into_iter().take(UNMAPPED_SHOWN).collect();
    let (title_en, title_zh) = ix.category_title(category);
    // Two namespaces of one SDK get the same vendor and product: the part of the SDK each
    // numbers and its id keep every column title unique.
    let columns: Vec<_> = columns
        .iter()
        .map(|(_, ns)| {
            let source = ix.ns_source.get(ns.as_str());
            let sdk =
                source.map(|s| format!("{} {}", s.vendor_name, s.product)).unwrap_or_else(|| ns.clone());
            context! { id => ns, sdk => sdk, part => ix.namespace_part(ns), label => ix.namespace_title(ns) }
        })
        .collect();
    let cat = context! {
        id => category, title_en => &title_en, title_zh => title_zh, concepts => rows, columns => columns,
        unmapped => unmapped, unmapped_total => unmapped_total,
    };
    site.render("mapping.html", context! { title => title_en, nav => "mappings", cat => cat })
}

/// A concept's line in its category table: its members under each SDK column.
fn concept_row(site: &Site<'_>, columns: &[(String, String)], c: &Concept) -> minijinja::Value {
    let cells: Vec<Codes> = columns
        .iter()
        .map(|(_, ns)| {
            let mut members: Vec<_> = c.members.iter().filter(|m| &m.namespace == ns).collect();
            members.sort_by_key(|m| m.is_partial());
            let more = members.len().saturating_sub(CELL_SHOWN);
            let shown = members
                .into_iter()
                .take(CELL_SHOWN)
                .filter_map(|m| {
                    let row = site.index.member_row(&m.namespace, m.code)?;
                    Some(Cell {
                        namespace: m.namespace.clone(),
                        code: m.code,
                        code_display: row.code_display,
                        names: row.names,
                        severity: row.severity,
                        partial: m.is_partial(),
                        note: m.remark().map(str::to_owned),
                    })
                })
                .collect();
            Codes { shown, more }
        })
        .collect();
    context! { id => &c.id, title_en => &c.title.en, title_zh => &c.title.zh_hans, cells => cells }
}
