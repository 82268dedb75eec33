//! Vendor pages (`vendors/<id>/`) and their list (`vendors/`): per vendor, its SDKs (namespaces)
//! with entry counts and mapping coverage, its sources with provenance, how its documents
//! compare with its SDK files, and the vendors it shares concepts with.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use catalog::model::{Catalog, Severity};
use minijinja::{context, Value};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Every vendor id of the catalog, in order.
pub fn vendor_ids(catalog: &Catalog) -> Vec<&str> {
    catalog.sources.iter().map(|s| s.vendor.as_str()).collect::<BTreeSet<_>>().into_iter().collect()
}

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let facts = Facts::of(site.index.catalog);
    let list = page(Route::Vendors, list(site, &facts));
    let pages: Vec<Page<'a>> = vendor_ids(site.index.catalog)
        .into_iter()
        .map(|id| page(Route::Vendor { id }, vendor(site, &facts, id)))
        .chain(std::iter::once(list))
        .collect();
    pages.into_par_iter()
}

/// What the pages count, once for all vendors.
struct Facts<'a> {
    vendor_of_ns: BTreeMap<&'a str, &'a str>,
    /// Per namespace: entries, error and warning entries, those in a concept.
    counts: BTreeMap<&'a str, (usize, usize, usize)>,
    /// Per vendor: the other vendors it shares concepts with, and how many concepts.
    shared: BTreeMap<&'a str, BTreeMap<&'a str, usize>>,
}

impl<'a> Facts<'a> {
    fn of(catalog: &'a Catalog) -> Facts<'a> {
        let vendor_of_ns: BTreeMap<&str, &str> = catalog
            .sources
            .iter()
            .flat_map(|s| s.namespaces.iter().map(move |n| (n.as_str(), s.vendor.as_str())))
            .collect();
        let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
        for e in &catalog.entries {
            let c = counts.entry(e.namespace.as_str()).or_default();
            c.0 += 1;
            if e.severity != Severity::Event {
                c.1 += 1;
                c.2 += usize::from(!e.concepts.is_empty());
            }
        }
        let mut shared: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for concept in &catalog.mapping.concepts {
            let vendors: BTreeSet<&str> = concept
                .members
                .iter()
                .filter_map(|m| vendor_of_ns.get(m.namespace.as_str()).copied())
                .collect();
            for &v in &vendors {
                for &w in vendors.iter().filter(|&&w| w != v) {
                    *shared.entry(v).or_default().entry(w).or_default() += 1;
                }
            }
        }
        Facts { vendor_of_ns, counts, shared }
    }

    fn namespaces(&self, vendor: &str) -> Vec<&'a str> {
        self.vendor_of_ns.iter().filter(|(_, v)| **v == vendor).map(|(n, _)| *n).collect()
    }

    /// Entries, error and warning entries, those in a concept: over the vendor's namespaces.
    fn totals(&self, vendor: &str) -> (usize, usize, usize) {
        self.namespaces(vendor)
            .iter()
            .filter_map(|n| self.counts.get(n))
            .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2))
    }
}

/// A namespace's label without its vendor's name, which the page already says.
fn short_label(site: &Site<'_>, ns: &str) -> String {
    let label = site.index.namespace_label(ns);
    let vendor = site.index.catalog.sources.iter().find(|s| s.namespaces.iter().any(|n| n == ns));
    match vendor.and_then(|v| label.strip_prefix(v.vendor_name.as_str())) {
        Some(rest) => rest.trim_start().to_owned(),
        None => label,
    }
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(0)
}

fn vendor_name<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.sources.iter().find(|s| s.vendor == id).map(|s| s.vendor_name.as_str()).unwrap_or(id)
}

fn summary(site: &Site<'_>, facts: &Facts<'_>, id: &str) -> Value {
    let catalog = site.index.catalog;
    let (entries, errors_warnings, mapped) = facts.totals(id);
    let shared = facts.shared.get(id).cloned().unwrap_or_default();
    context! {
        id => id, name => vendor_name(catalog, id), entries => entries, errors_warnings => errors_warnings,
        mapped => mapped, coverage => percent(mapped, errors_warnings),
        sources => catalog.sources.iter().filter(|s| s.vendor == id).count(),
        namespaces => facts.namespaces(id).len(),
        shares_with => shared.len(),
    }
}

/// The vendors as the home page lists them: name and entry count.
pub fn home_list(site: &Site<'_>) -> Vec<Value> {
    let facts = Facts::of(site.index.catalog);
    vendor_ids(site.index.catalog).into_iter().map(|id| summary(site, &facts, id)).collect()
}

fn list(site: &Site<'_>, facts: &Facts<'_>) -> Result<String, minijinja::Error> {
    let vendors: Vec<Value> =
        vendor_ids(site.index.catalog).into_iter().map(|id| summary(site, facts, id)).collect();
    site.render("vendors.html", context! { title => "Vendors", nav => "vendors", vendors => vendors })
}

fn vendor(site: &Site<'_>, facts: &Facts<'_>, id: &str) -> Result<String, minijinja::Error> {
    let catalog = site.index.catalog;
    let namespaces: Vec<Value> = facts
        .namespaces(id)
        .into_iter()
        .map(|ns| {
            let (entries, ew, mapped) = facts.counts.get(ns).copied().unwrap_or_default();
            context! {
                id => ns, title => short_label(site, ns), entries => entries, errors_warnings => ew,
                mapped => mapped, coverage => percent(mapped, ew),
            }
        })
        .collect();
    let sources: Vec<Value> = catalog
        .sources
        .iter()
        .filter(|s| s.vendor == id)
        .map(|s| {
            let check = catalog.sdk_checks.iter().find(|c| c.source == s.id && !c.namespaces.is_empty());
            context! {
                card => site.index.source_card(s), is_sdk => s.is_sdk(), format => &s.format,
                upstream => s.upstream.as_ref().map(|u| context! {
                    repository => &u.repository, commit => &u.commit, license => &u.license, url => u.url(),
                }),
                // Only a web address is a link (a manifest could hold `javascript:`).
                origin_url => s.origin_url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                retrieved => &s.retrieved,
                check => check.map(|c| context! {
                    confirmed => c.confirmed, name_differs => c.name_differs, value_differs => c.value_differs,
                    documented_only => c.documented_only, sdk_only => c.sdk_only,
                }),
            }
        })
        .collect();
    let shared: Vec<Value> = facts
        .shared
        .get(id)
        .map(|m| {
            m.iter()
                .map(|(w, n)| context! { id => w, name => vendor_name(catalog, w), concepts => n })
                .collect()
        })
        .unwrap_or_default();
    let view = context! {
        summary => summary(site, facts, id), namespaces => namespaces, sources => sources, shared => shared,
    };
    let title = format!("{} error codes", vendor_name(catalog, id));
    site.render("vendor.html", context! { title => title, nav => "vendors", v => view })
}
