//! The home page: search, the sources and a summary of the catalog's findings.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use catalog::diag::Level;
use minijinja::context;
use rayon::prelude::*;

/// Findings shown on the home page; the findings page has them all.
const RECENT_SHOWN: usize = 8;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    rayon::iter::once(page(Route::Home, home(site)))
}

fn home(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let catalog = site.index.catalog;
    let cards: Vec<_> = catalog.sources.iter().map(|s| site.index.source_card(s)).collect();
    let corrected = catalog.diagnostics.iter().filter(|d| d.is_corrected()).count();
    let acknowledged = catalog.diagnostics.iter().filter(|d| d.is_resolved()).count() - corrected;
    let recent: Vec<_> = catalog
        .diagnostics
        .iter()
        .filter(|d| d.severity != Level::Info)
        .filter(|d| d.id != catalog::lint::Lint::CodeOutsideRange)
        .take(RECENT_SHOWN)
        .map(|d| {
            let place = d.primary_label().map(|l| format!("{}:{}", l.file, l.line)).unwrap_or_default();
            context! { severity => d.severity.as_str(), id => d.id.id(), message => &d.message, place => place }
        })
        .collect();
    let findings = context! { total => catalog.diagnostics.len(), corrected => corrected, acknowledged => acknowledged, recent => recent };
    site.render(
        "index.html",
        context! { title => "Cross-vendor RTC error codes", sources => &cards, findings => findings },
    )
}
