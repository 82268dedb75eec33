//! Source pages: the list of sources (`sources/`) and each source's table of rows, section by
//! section (`sources/<id>/`, split into `sources/<id>/page/<k>/` when long).

use super::paging::{Listing, PageOf};
use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::{language_name, section_title, summary, Index};
use catalog::code::canonical_hex;
use catalog::model::Source;
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let parts: Vec<(&'a Source, PageOf)> = site
        .index
        .catalog
        .sources
        .iter()
        .flat_map(|s| {
            let rows = site.index.source_rows.get(s.id.as_str()).copied().unwrap_or(0);
            Listing::Source.all(rows).map(move |p| (s, p))
        })
        .collect();
    let index = rayon::iter::once(page(Route::Sources, sources(site)));
    index.chain(
        parts
            .into_par_iter()
            .map(move |(s, p)| page(Route::Source { id: &s.id, page: p.page }, source(site, s, p))),
    )
}

fn sources(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let cards: Vec<_> = site.index.catalog.sources.iter().map(|s| site.index.source_card(s)).collect();
    site.render("sources.html", context! { title => "Sources", nav => "sources", sources => &cards })
}

#[derive(Serialize)]
struct SectionRows {
    title: String,
    /// The line of its heading, anchored as `#L<line>` (findings point at headings too).
    line: Option<u32>,
    prose: Vec<String>,
    rows: Vec<SourceRow>,
}

#[derive(Serialize)]
struct SourceRow {
    namespace: String,
    code: i64,
    code_text: String,
    hex: String,
    names: Vec<String>,
    severity: &'static str,
    summary: String,
    summary_lang: Option<&'static str>,
    line: u32,
    last_line: u32,
    /// The first row written on its line carries the `#L<line>` anchor.
    anchor: bool,
    /// The other lines of a row written on several, each with its own anchor.
    more_lines: Vec<u32>,
}

fn source(site: &Site<'_>, s: &Source, p: PageOf) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let card = ix.source_card(s);
    let view = context! {
        id => &s.id,
        vendor_name => &s.vendor_name,
        product => &s.product,
        title => &s.title,
        language => s.language.tag(),
        language_name => language_name(s.language),
        platforms => &s.platforms,
        namespaces => &s.namespaces,
        retrieved => &s.retrieved,
        origin_url => s.origin_url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        path => &s.path,
        sha256 => &s.sha256,
        format => &s.format,
        accounting => accounting(ix, s),
        uses_hex => s.namespaces.iter().any(|n| ix.ns_uses_hex.contains(n.as_str())),
        sections => sections(ix, s, p),
        entries => card.entries,
        pager => p.pager(|k| site.url(&Route::Source { id: &s.id, page: k })),
    };
    site.render(
        "source.html",
        context! { title => format!("{} {}", s.vendor_name, s.product), nav => "sources", s => view },
    )
}

/// The rows of one page of a source, under their sections (with each section's prose).
fn sections(ix: &Index<'_>, s: &Source, p: PageOf) -> Vec<SectionRows> {
    let mut sections: Vec<SectionRows> = Vec::new();
    let mut by_path: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    let mut anchored = BTreeSet::new();
    for sec in ix.catalog.sections.iter().filter(|x| x.source == s.id) {
        by_path.entry(sec.path.clone()).or_insert_with(|| {
            sections.push(SectionRows {
                title: if sec.path.is_empty() { s.title.clone() } else { section_title(&sec.path) },
                line: (sec.line > 0).then_some(sec.line),
                prose: sec.prose.iter().map(|p| p.text.clone()).collect(),
                rows: Vec::new(),
            });
            sections.len() - 1
        });
    }
    let total = ix.source_rows.get(s.id.as_str()).copied().unwrap_or(0);
    let rows = p.rows(total);
    for o in ix.catalog.occurrences.iter().filter(|o| o.source == s.id).skip(rows.start).take(rows.len()) {
        let i = *by_path.entry(o.section.clone()).or_insert_with(|| {
            let title = section_title(&o.section);
            sections.push(SectionRows { title, line: None, prose: Vec::new(), rows: Vec::new() });
            sections.len() - 1
        });
        let (summary, summary_lang) = summary(o);
        let anchor = anchored.insert(o.span.line);
        let more_lines = (o.span.line + 1..=o.last_line).filter(|l| anchored.insert(*l)).collect();
        sections[i].rows.push(SourceRow {
            namespace: o.namespace.clone(),
            code: o.code,
            code_text: o.code_text.clone(),
            hex: canonical_hex(o.code).unwrap_or_default(),
            names: o.name_list(),
            severity: o.severity.as_str(),
            summary,
            summary_lang,
            line: o.span.line,
            last_line: o.last_line.max(o.span.line),
            anchor,
            more_lines,
        });
    }
    // A heading anchor only where no row took its line, and only on a page that shows it.
    for sec in &mut sections {
        if sec.rows.is_empty() && sec.prose.is_empty() {
            continue;
        }
        sec.line = sec.line.filter(|l| anchored.insert(*l));
    }
    sections.retain(|x| !x.rows.is_empty() || !x.prose.is_empty());
    sections
}

/// Where every line of the source document went.
fn accounting(ix: &Index<'_>, s: &Source) -> String {
    ix.catalog
        .accounting
        .iter()
        .find(|a| a.source == s.id)
        .map(|a| {
            format!(
                "{} lines: {} in rows, {} structure, {} prose, {} reported, {} blank, {} outside sections",
                a.lines, a.row, a.markup, a.prose, a.reported, a.blank, a.outside
            )
        })
        .unwrap_or_default()
}
