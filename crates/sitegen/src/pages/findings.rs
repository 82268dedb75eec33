//! The findings page (`findings/`): what validating the received documents found, by kind.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use catalog::diag::{Diagnostic, Level};
use catalog::Catalog;
use minijinja::context;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Findings listed per kind; `cargo xtask lint` has them all.
const FINDINGS_SHOWN: usize = 300;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    rayon::iter::once(page(Route::Findings, findings(site)))
}

fn findings(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let catalog = site.index.catalog;
    let mut kinds: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in &catalog.diagnostics {
        kinds.entry(d.id.id()).or_default().push(d);
    }
    let kinds: Vec<_> = kinds
        .into_iter()
        .map(|(id, items)| {
            let severity = items.iter().map(|d| d.severity).max().unwrap_or(Level::Info);
            let acknowledged = items.iter().filter(|d| d.is_resolved()).count();
            let count = items.len();
            let items: Vec<_> = items.iter().take(FINDINGS_SHOWN).map(|d| finding(catalog, d)).collect();
            context! { id => id, severity => severity.as_str(), count => count, acknowledged => acknowledged, items => items }
        })
        .collect();
    site.render("findings.html", context! { title => "Catalog findings", nav => "findings", kinds => kinds })
}

fn finding(catalog: &Catalog, d: &Diagnostic) -> minijinja::Value {
    let links: Vec<_> = d
        .codes
        .iter()
        .filter_map(|c| d.namespace.as_deref().and_then(|ns| catalog.entry(ns, *c)))
        .map(|e| context! { namespace => &e.namespace, code => e.code })
        .collect();
    context! {
        severity => if d.is_resolved() { "info" } else { d.severity.as_str() },
        message => &d.message,
        labels => &d.labels,
        links => links,
        acknowledgement => d.resolution_reason(),
        help => &d.help,
    }
}
