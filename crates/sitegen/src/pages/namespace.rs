//! Namespace pages (`<namespace>/`, then `<namespace>/page/<k>/`): the entries of one
//! namespace, `PAGE_ROWS` a page.

use super::paging::{Listing, PageOf};
use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::EntryRow;
use minijinja::context;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let mut by_ns: BTreeMap<&'a str, Vec<usize>> = BTreeMap::new();
    for (i, e) in site.index.catalog.entries.iter().enumerate() {
        by_ns.entry(e.namespace.as_str()).or_default().push(i);
    }
    // Every page of a namespace shares its list of entries.
    let listing: Vec<(&'a str, Arc<Vec<usize>>, PageOf)> = by_ns
        .into_iter()
        .flat_map(|(ns, idx)| {
            let idx = Arc::new(idx);
            Listing::Namespace.all(idx.len()).map(move |p| (ns, Arc::clone(&idx), p))
        })
        .collect();
    listing
        .into_par_iter()
        .map(move |(ns, idx, p)| page(Route::Namespace { ns, page: p.page }, namespace(site, ns, &idx, p)))
}

fn namespace(site: &Site<'_>, ns: &str, entries: &[usize], p: PageOf) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let total = entries.len();
    let rows: Vec<EntryRow> =
        entries[p.rows(total)].iter().map(|&i| ix.row(&ix.catalog.entries[i])).collect();
    let sources: Vec<_> = ix
        .catalog
        .sources
        .iter()
        .filter(|s| s.namespaces.iter().any(|n| n == ns))
        .map(|s| context! { id => &s.id, title => format!("{} {}", s.vendor_name, s.title) })
        .collect();
    let view = context! {
        id => ns, title => ix.namespace_title(ns), entries => rows, sources => sources, total => total,
        pager => p.pager(|k| site.url(&Route::Namespace { ns, page: k })),
    };
    let title =
        if p.page > 1 { format!("Namespace {ns}, page {}", p.page) } else { format!("Namespace {ns}") };
    site.render("namespace.html", context! { title => title, ns => view })
}
