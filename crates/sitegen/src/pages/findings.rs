//! The findings page (`findings/`): what validating the received documents found, for the
//! maintainers. Grouped by source document, then by kind, then by cause: findings that share a
//! cause (the same resolution, or the same place that explains them, such as one lost heading
//! for fifty rows) are shown once with the affected rows listed under it, by the rule the lint
//! report groups with too (`catalog::diag::cause`).

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::Index;
use catalog::diag::cause::{causes, shape, split};
use catalog::diag::{Diagnostic, Label, Level};
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Causes listed per kind and source; `cargo xtask lint --all` has them all.
const CAUSES_SHOWN: usize = 100;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    rayon::iter::once(page(Route::Findings, findings(site)))
}

/// A place a finding points at, linked to where the site shows that line.
#[derive(Serialize, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: u32,
    column: u32,
    message: String,
    /// URL of the source page and anchor that show this line.
    href: Option<String>,
}

/// An affected row of a cause: the place and the entries it is about.
#[derive(Serialize)]
struct Row {
    place: Place,
    entries: Vec<EntryLink>,
    /// The finding's own message, when the cause's rows say different things.
    message: Option<String>,
}

#[derive(Serialize, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct EntryLink {
    namespace: String,
    code: i64,
}

/// One cause: the findings it explains, shown once.
#[derive(Serialize)]
struct Cause {
    severity: &'static str,
    /// The first finding's message (the others differ in their code and line only, or are
    /// listed with their rows).
    message: String,
    /// The places that explain every row (a heading that declared a range …).
    because: Vec<Place>,
    rows: Vec<Row>,
    acknowledgement: Option<String>,
    help: Option<String>,
}

#[derive(Serialize)]
struct Kind {
    id: &'static str,
    summary: &'static str,
    severity: &'static str,
    findings: usize,
    acknowledged: usize,
    causes: Vec<Cause>,
    /// Causes not shown (over `CAUSES_SHOWN`).
    more: usize,
}

#[derive(Serialize)]
struct Group {
    /// `source-<id>`, or `catalog` for the catalog's own files.
    anchor: String,
    title: String,
    source: Option<String>,
    findings: usize,
    kinds: Vec<Kind>,
}

fn findings(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let catalog = ix.catalog;
    // By source document (in catalog order), the catalog's own files last.
    let mut groups: BTreeMap<(usize, &str), Vec<&Diagnostic>> = BTreeMap::new();
    for d in &catalog.diagnostics {
        let source = d.primary_label().and_then(|l| ix.source_of_file(&l.file));
        let key = match source {
            Some(s) => (catalog.sources.iter().position(|x| x.id == s.id).unwrap_or(0), s.id.as_str()),
            None => (usize::MAX, ""),
        };
        groups.entry(key).or_default().push(d);
    }
    let groups: Vec<Group> = groups
        .into_iter()
        .map(|((_, id), diags)| {
            let source = ix.sources.get(id);
            Group {
                anchor: if id.is_empty() { "catalog".to_owned() } else { format!("source-{id}") },
                title: source.map_or_else(
                    || "The catalog's own files".to_owned(),
                    |s| format!("{} {}: {}", s.vendor_name, s.product, s.title),
                ),
                source: source.map(|s| s.id.clone()),
                findings: diags.len(),
                kinds: kinds(site, &diags),
            }
        })
        .collect();
    let total = catalog.diagnostics.len();
    let corrected = catalog.diagnostics.iter().filter(|d| d.is_corrected()).count();
    let resolved = catalog.diagnostics.iter().filter(|d| d.is_resolved()).count();
    site.render(
        "findings.html",
        context! {
            title => "Catalog findings", nav => "findings", groups => groups, total => total,
            corrected => corrected, acknowledged => resolved - corrected,
            causes => groups_causes(&groups),
        },
    )
}

fn groups_causes(groups: &[Group]) -> usize {
    groups.iter().flat_map(|g| &g.kinds).map(|k| k.causes.len() + k.more).sum()
}

/// The findings of one document by kind, each kind's findings by cause.
fn kinds(site: &Site<'_>, diags: &[&Diagnostic]) -> Vec<Kind> {
    let mut by_kind: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diags {
        by_kind.entry(d.id.id()).or_default().push(d);
    }
    by_kind
        .into_values()
        .map(|items| {
            let lint = items[0].id;
            let causes = causes(&items);
            let shown = causes.len().min(CAUSES_SHOWN);
            let more = causes.len() - shown;
            Kind {
                id: lint.id(),
                summary: lint.summary(),
                severity: items.iter().map(|d| d.severity).max().unwrap_or(Level::Info).as_str(),
                findings: items.len(),
                acknowledged: items.iter().filter(|d| d.is_resolved()).count(),
                causes: causes.into_iter().take(shown).map(|c| cause(site, &c)).collect(),
                more,
            }
        })
        .collect()
}

fn cause(site: &Site<'_>, group: &[&Diagnostic]) -> Cause {
    let ix = &site.index;
    let first = group[0];
    let first_shape = shape(&first.message);
    let rows = group
        .iter()
        .flat_map(|d| {
            let entries = entry_links(ix, d);
            let message = (shape(&d.message) != first_shape).then(|| d.message.clone());
            split(d)
                .0
                .into_iter()
                .map(move |l| Row {
                    place: place(site, l),
                    entries: entries.clone(),
                    message: message.clone(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    Cause {
        severity: if first.is_resolved() { "info" } else { first.severity.as_str() },
        message: first.message.clone(),
        because: split(first).1.into_iter().map(|l| place(site, l)).collect(),
        rows,
        acknowledgement: first.resolution_reason().map(str::to_owned),
        help: first.help.clone(),
    }
}

fn entry_links(ix: &Index<'_>, d: &Diagnostic) -> Vec<EntryLink> {
    d.codes
        .iter()
        .filter_map(|c| d.namespace.as_deref().and_then(|ns| ix.catalog.entry(ns, *c)))
        .map(|e| EntryLink { namespace: e.namespace.clone(), code: e.code })
        .collect()
}

fn place(site: &Site<'_>, l: &Label) -> Place {
    let href = site.index.line_link(&l.file, l.line).map(|(route, at)| format!("{}#L{at}", site.url(&route)));
    Place { file: l.file.clone(), line: l.line, column: l.column, message: l.message.clone(), href }
}
