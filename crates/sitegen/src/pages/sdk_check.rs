//! "Documentation vs SDK" pages (`sources/<id>/sdk/`): for a documentation source whose
//! namespaces SDK files cover, the count of each status and the entries under each, so that a
//! vendor or a maintainer sees at a glance what the documentation misses or says differently.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::{Index, SdkDefinitionView};
use catalog::model::{Entry, SdkCheck, SdkStatus};
use catalog::Catalog;
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;

/// The checks that compared something: documentation sources with a namespace an SDK covers.
pub fn checked(catalog: &Catalog) -> impl Iterator<Item = &SdkCheck> {
    catalog.sdk_checks.iter().filter(|c| !c.namespaces.is_empty())
}

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let checks: Vec<&'a SdkCheck> = checked(site.index.catalog).collect();
    checks.into_par_iter().map(move |c| page(Route::SourceSdk { id: &c.source }, check(site, c)))
}

/// What each status means, as the page explains it.
pub fn meaning(status: SdkStatus) -> &'static str {
    match status {
        SdkStatus::Confirmed => "an SDK file defines the code under a name the documentation gives",
        SdkStatus::NameDiffers => "an SDK file defines the code, under none of the documentation's names",
        SdkStatus::ValueDiffers => "an SDK file gives one of the documentation's names another value",
        SdkStatus::DocumentedOnly => "no SDK file (or SDK fact) of the namespace defines the code",
        SdkStatus::SdkOnly => "an SDK file defines the code and no documentation page lists it",
    }
}

#[derive(Serialize)]
struct Row {
    namespace: String,
    code: i64,
    code_display: String,
    /// Names the documentation gives.
    doc_names: Vec<String>,
    sdk: Vec<SdkDefinitionView>,
    elsewhere: Vec<SdkDefinitionView>,
    summary: String,
    summary_lang: Option<&'static str>,
}

#[derive(Serialize)]
struct Group {
    id: &'static str,
    label: &'static str,
    /// The label as a heading, and the meaning as a sentence.
    heading: String,
    sentence: String,
    meaning: &'static str,
    count: usize,
    rows: Vec<Row>,
}

fn check(site: &Site<'_>, c: &SdkCheck) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let source = ix.sources.get(c.source.as_str());
    let groups: Vec<Group> = SdkStatus::ALL
        .iter()
        .map(|&status| {
            let rows: Vec<Row> = ix
                .catalog
                .entries
                .iter()
                .filter(|e| c.namespaces.contains(&e.namespace) && c.status_of(e) == Some(status))
                .map(|e| row(ix, e, &c.source))
                .collect();
            Group {
                id: status.as_str(),
                label: status.label(),
                heading: upper_first(status.label()),
                sentence: format!("{}.", upper_first(meaning(status))),
                meaning: meaning(status),
                count: c.count(status),
                rows,
            }
        })
        .collect();
    let compared: Vec<_> = c
        .sdk_sources
        .iter()
        .map(|id| match ix.sources.get(id.as_str()) {
            Some(s) => context! {
                id => id, title => &s.title, product => &s.product,
                upstream => s.upstream.as_ref().map(|u| context! {
                    repository => &u.repository, commit => u.commit.chars().take(7).collect::<String>(), url => u.url(),
                }),
            },
            None => context! { id => id, reference => true },
        })
        .collect();
    let title = match source {
        Some(s) => format!("{} {}: documentation vs SDK", s.vendor_name, s.product),
        None => format!("{}: documentation vs SDK", c.source),
    };
    let view = context! {
        id => &c.source,
        document => source.map(|s| &s.title),
        language => source.map(|s| s.language.tag()),
        namespaces => &c.namespaces,
        compared => compared,
        groups => groups,
        unchecked => c.unchecked,
        summary => c.summary(),
    };
    site.render("sdk_check.html", context! { title => title, nav => "sources", c => view })
}

/// `SDK only` stays as it is; `name differs` becomes `Name differs`.
fn upper_first(s: &str) -> String {
    let mut cs = s.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

fn row(ix: &Index<'_>, e: &Entry, source: &str) -> Row {
    let mut doc_names: Vec<String> = Vec::new();
    for o in ix.occurrences(e).filter(|o| o.source == source) {
        for n in &o.names {
            if !doc_names.contains(&n.name) {
                doc_names.push(n.name.clone());
            }
        }
    }
    let first = ix.occurrences(e).find(|o| o.source == source).or_else(|| ix.occurrences(e).next());
    let (summary, summary_lang) = first.map(crate::view::summary).unwrap_or_default();
    Row {
        namespace: e.namespace.clone(),
        code: e.code,
        code_display: ix.code_display(&e.namespace, e.code),
        doc_names,
        sdk: e.sdk.iter().map(|d| ix.sdk_definition(d)).collect(),
        elsewhere: e.sdk_elsewhere.iter().map(|d| ix.sdk_definition(d)).collect(),
        summary,
        summary_lang,
    }
}
