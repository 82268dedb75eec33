//! Mapping pages: the category index, one table per category (concepts as rows, SDKs as
//! columns) and one page per concept.

use crate::view::EntryRow;
use crate::Site;
use catalog::concepts::Concept;
use minijinja::context;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const UNMAPPED_SHOWN: usize = 200;

#[derive(Serialize)]
struct Cell {
    namespace: String,
    code: i64,
    code_display: String,
    names: Vec<String>,
    note: Option<String>,
}

impl Site<'_> {
    fn member_row(&self, namespace: &str, code: i64) -> Option<EntryRow> {
        self.index.catalog.entry(namespace, code).map(|e| self.index.row(e))
    }

    fn category_title(&self, id: &str) -> (String, String) {
        self.index
            .catalog
            .mapping
            .categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| (c.title.en.clone(), c.title.zh_hans.clone()))
            .unwrap_or_else(|| (id.to_owned(), String::new()))
    }

    /// Vendor display name of a namespace.
    fn vendor_name(&self, ns: &str) -> String {
        self.index.ns_source.get(ns).map(|s| s.vendor_name.clone()).unwrap_or_default()
    }

    pub fn mappings_index(&self) -> Result<String, minijinja::Error> {
        let catalog = self.index.catalog;
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
        let categories: Vec<_> = catalog
            .mapping
            .categories
            .iter()
            .map(|c| {
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
            })
            .collect();
        let total: usize = catalog.coverage.iter().map(|c| c.total).sum();
        let mapped: usize = catalog.coverage.iter().map(|c| c.mapped).sum();
        let percent = (mapped * 100).checked_div(total).unwrap_or(0);
        self.render(
            "mappings.html",
            context! {
                title => "Cross-vendor mappings", nav => "mappings", vendors => vendor_names, categories => categories,
                total_concepts => catalog.mapping.concepts.len(), mapped => mapped, total => total, percent => percent,
            },
        )
    }

    pub fn mapping_page(&self, category: &str) -> Result<String, minijinja::Error> {
        let catalog = self.index.catalog;
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
        let rows: Vec<_> = concepts
            .iter()
            .map(|c| {
                let cells: Vec<Vec<Cell>> = columns
                    .iter()
                    .map(|(_, ns)| {
                        c.members
                            .iter()
                            .filter(|m| &m.namespace == ns)
                            .filter_map(|m| {
                                let row = self.member_row(&m.namespace, m.code)?;
                                Some(Cell { namespace: m.namespace.clone(), code: m.code, code_display: row.code_display, names: row.names, note: m.note.clone() })
                            })
                            .collect()
                    })
                    .collect();
                context! { id => &c.id, title_en => &c.title.en, title_zh => &c.title.zh_hans, cells => cells }
            })
            .collect();
        let unmapped: Vec<EntryRow> = catalog
            .entries
            .iter()
            .filter(|e| e.category.as_deref() == Some(category) && e.concepts.is_empty())
            .map(|e| self.index.row(e))
            .collect();
        // Long lists are cut: the page stays small however large the catalog grows.
        let unmapped_total = unmapped.len();
        let unmapped: Vec<EntryRow> = unmapped.into_iter().take(UNMAPPED_SHOWN).collect();
        let (title_en, title_zh) = self.category_title(category);
        let columns: Vec<_> = columns
            .iter()
            .map(|(_, ns)| {
                let product =
                    self.index.ns_source.get(ns.as_str()).map(|s| s.product.clone()).unwrap_or_default();
                context! { title => format!("{} {product}", self.vendor_name(ns)) }
            })
            .collect();
        let cat = context! {
            id => category, title_en => &title_en, title_zh => title_zh, concepts => rows, columns => columns,
            unmapped => unmapped, unmapped_total => unmapped_total,
        };
        self.render("mapping.html", context! { title => title_en, nav => "mappings", cat => cat })
    }

    pub fn concept_page(&self, c: &Concept) -> Result<String, minijinja::Error> {
        let mut groups: BTreeMap<String, Vec<minijinja::Value>> = BTreeMap::new();
        for m in &c.members {
            let Some(row) = self.member_row(&m.namespace, m.code) else { continue };
            let title = self.namespace_title(&m.namespace);
            groups.entry(title).or_default().push(context! {
                namespace => &m.namespace, code => m.code, code_display => row.code_display, names => row.names,
                severity => row.severity, summary => row.summary, summary_lang => row.summary_lang, note => &m.note,
            });
        }
        let groups: Vec<_> = groups
            .into_iter()
            .map(|(title, members)| context! { title => title, members => members })
            .collect();
        let (cat_en, _) = self.category_title(&c.category);
        let view = context! {
            title_en => &c.title.en, title_zh => &c.title.zh_hans,
            summary_en => c.summary.as_ref().map(|s| &s.en), summary_zh => c.summary.as_ref().map(|s| &s.zh_hans),
            category => &c.category, category_title => cat_en, groups => groups,
        };
        self.render("concept.html", context! { title => &c.title.en, nav => "mappings", c => view })
    }

    /// The concepts of an entry with their other members, for the entry page.
    pub fn equivalents(&self, e: &catalog::model::Entry) -> Vec<minijinja::Value> {
        let catalog = self.index.catalog;
        e.concepts
            .iter()
            .filter_map(|id| catalog.mapping.concepts.iter().find(|c| &c.id == id))
            .map(|c| {
                let members: Vec<_> = c
                    .members
                    .iter()
                    .filter(|m| !(m.namespace == e.namespace && m.code == e.code))
                    .filter_map(|m| {
                        let row = self.member_row(&m.namespace, m.code)?;
                        Some(context! {
                            namespace => &m.namespace, code => m.code, code_display => row.code_display, names => row.names,
                            vendor => format!("{} {}", row.vendor_name, row.product), note => &m.note,
                        })
                    })
                    .collect();
                context! { id => &c.id, title_en => &c.title.en, title_zh => &c.title.zh_hans, members => members }
            })
            .collect()
    }

    pub fn category_of(&self, e: &catalog::model::Entry) -> Option<minijinja::Value> {
        let id = e.category.as_deref()?;
        let (title, _) = self.category_title(id);
        Some(context! { id => id, title => title })
    }
}
