//! One function per kind of page: each builds its view and renders its template.

use crate::highlight;
use crate::view::{language_name, signed_reading, summary, unsigned_reading, EntryRow, Index};
use crate::Site;
use catalog::code::canonical_hex;
use catalog::model::{Entry, Occurrence, Text};
use catalog::text::meaning_key;
use minijinja::context;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Field {
    key: &'static str,
    label: &'static str,
    lang: &'static str,
    lines: Vec<String>,
}

#[derive(Serialize)]
struct Lines {
    lang: &'static str,
    lines: Vec<String>,
    text: String,
}

#[derive(Serialize)]
struct Example {
    language: String,
    html: String,
}

#[derive(Serialize)]
struct Place {
    source: String,
    /// The source page (relative to the base) that shows this row.
    page: String,
    source_title: String,
    file: String,
    section: String,
    line: u32,
    last_line: u32,
    code_text: String,
    alt_code_text: Option<String>,
    corrections: Vec<String>,
}

#[derive(Serialize, Default)]
struct Meaning {
    contexts: Vec<String>,
    names: Vec<String>,
    fields: Vec<Field>,
    notes: Vec<Lines>,
    deprecated: Option<Lines>,
    platforms: Vec<String>,
    examples: Vec<Example>,
    places: Vec<Place>,
}

#[derive(Serialize)]
struct Finding {
    id: String,
    severity: &'static str,
    message: String,
    acknowledgement: Option<String>,
}

fn lines(t: &Text) -> Lines {
    Lines { lang: t.lang.tag(), lines: t.text.lines().map(str::to_owned).collect(), text: t.text.clone() }
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Occurrences grouped by meaning: duplicates are shown once with every place.
fn meanings(ix: &Index<'_>, e: &Entry) -> Vec<Meaning> {
    let mut groups: Vec<(String, Meaning)> = Vec::new();
    for o in ix.occurrences(e) {
        let key = meaning_key(&o.meaning());
        let pos = match groups.iter().position(|(k, _)| *k == key) {
            Some(p) => p,
            None => {
                groups.push((key, first_meaning(o)));
                groups.len() - 1
            }
        };
        let m = &mut groups[pos].1;
        push_new(&mut m.contexts, o.context.clone().unwrap_or_else(|| o.section.join(" › ")));
        for n in &o.names {
            push_new(&mut m.names, n.name.clone());
        }
        let source = ix.sources.get(o.source.as_str());
        m.places.push(Place {
            page: ix.source_page_of(&o.source, o.span.line),
            source: o.source.clone(),
            source_title: source.map(|s| format!("{} {}", s.vendor_name, s.title)).unwrap_or_default(),
            file: source.map(|s| s.path.clone()).unwrap_or_default(),
            section: o.section.join(" › "),
            line: o.span.line,
            last_line: o.last_line,
            code_text: o.code_text.clone(),
            alt_code_text: o.alt_code_text.clone(),
            corrections: o.corrections.clone(),
        });
    }
    groups.into_iter().map(|(_, m)| m).collect()
}

fn first_meaning(o: &Occurrence) -> Meaning {
    let mut fields = Vec::new();
    for (key, label, t) in [
        ("message", "Message", &o.message),
        ("description", "Description", &o.description),
        ("cause", "Possible cause", &o.cause),
        ("suggestion", "What to do", &o.suggestion),
    ] {
        if let Some(t) = t {
            fields.push(Field {
                key,
                label,
                lang: t.lang.tag(),
                lines: t.text.lines().map(str::to_owned).collect(),
            });
        }
    }
    Meaning {
        fields,
        notes: o.notes.iter().map(lines).collect(),
        deprecated: o.deprecated.as_ref().map(lines),
        platforms: o.platforms.clone(),
        examples: o
            .examples
            .iter()
            .map(|x| Example { language: x.language.clone(), html: highlight::to_html(&x.code, &x.language) })
            .collect(),
        ..Meaning::default()
    }
}

pub fn entry(site: &Site<'_>, e: &Entry) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let row = ix.row(e);
    let first = ix.occurrences(e).next();
    let (summary, summary_lang) = first.map(summary).unwrap_or_default();
    let same_value: Vec<EntryRow> = ix
        .by_value
        .get(&e.code)
        .into_iter()
        .flatten()
        .map(|&i| &ix.catalog.entries[i])
        .filter(|x| x.namespace != e.namespace)
        .map(|x| ix.row(x))
        .collect();
    let findings: Vec<Finding> = ix
        .findings_of(e)
        .into_iter()
        .map(|d| Finding {
            id: d.id.id().to_owned(),
            severity: if d.is_resolved() { "info" } else { d.severity.as_str() },
            message: d.message.clone(),
            acknowledgement: d.resolution_reason().map(str::to_owned),
        })
        .collect();
    let source = ix.ns_source.get(e.namespace.as_str());
    let title = match e.names.first() {
        Some(n) => format!("{} {} — {}", row.code_display, n, row.vendor_name),
        None => format!("{} — {} {}", row.code_display, row.vendor_name, row.product),
    };
    let view = context! {
        namespace => &e.namespace,
        namespace_title => site.namespace_title(&e.namespace),
        code => e.code,
        code_display => row.code_display,
        hex => canonical_hex(e.code),
        signed => signed_reading(e.code),
        names => &e.names,
        severity => e.severity.as_str(),
        contexts => &e.contexts,
        summary => summary,
        summary_lang => summary_lang,
        vendor_name => source.map(|s| s.vendor_name.as_str()),
        product => source.map(|s| s.product.as_str()),
        meanings => meanings(ix, e),
        same_value => same_value,
        findings => findings,
        equivalents => site.equivalents(e),
        prev => neighbour(site, e, -1),
        next => neighbour(site, e, 1),
        category => site.category_of(e),
    };
    site.render("entry.html", context! { title => title, e => view, page_lang => "en" })
}

pub fn value(site: &Site<'_>, code: i64, entries: &[usize]) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let rows: Vec<EntryRow> = entries.iter().map(|&i| ix.row(&ix.catalog.entries[i])).collect();
    let view = context! {
        code => code,
        hex => canonical_hex(code),
        signed => signed_reading(code),
        unsigned => unsigned_reading(code),
        entries => rows,
    };
    site.render("value.html", context! { title => format!("Code {code}"), v => view })
}

#[derive(Serialize)]
struct SectionRows {
    title: String,
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
    /// The first row written on its line carries the `#L<line>` anchor.
    anchor: bool,
}

/// Sources with more rows than this are split into pages of `PAGE_ROWS` rows.
pub const SOURCE_ONE_PAGE: usize = 1000;

/// How many pages a source's table takes.
pub fn source_pages(rows: usize) -> usize {
    if rows <= SOURCE_ONE_PAGE {
        1
    } else {
        rows.div_ceil(PAGE_ROWS)
    }
}

pub fn source(
    site: &Site<'_>,
    s: &catalog::model::Source,
    page: usize,
    pages: usize,
) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let card = ix.source_card(s);
    let mut sections: Vec<SectionRows> = Vec::new();
    let mut by_path: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    for sec in ix.catalog.sections.iter().filter(|x| x.source == s.id) {
        by_path.entry(sec.path.clone()).or_insert_with(|| {
            sections.push(SectionRows {
                title: if sec.path.is_empty() { s.title.clone() } else { sec.path.join(" › ") },
                prose: sec.prose.iter().map(|p| p.text.clone()).collect(),
                rows: Vec::new(),
            });
            sections.len() - 1
        });
    }
    let mut anchored = std::collections::BTreeSet::new();
    let (skip, take) = if pages > 1 { ((page - 1) * PAGE_ROWS, PAGE_ROWS) } else { (0, usize::MAX) };
    for o in ix.catalog.occurrences.iter().filter(|o| o.source == s.id).skip(skip).take(take) {
        let i = *by_path.entry(o.section.clone()).or_insert_with(|| {
            sections
                .push(SectionRows { title: o.section.join(" › "), prose: Vec::new(), rows: Vec::new() });
            sections.len() - 1
        });
        let (summary, summary_lang) = summary(o);
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
            anchor: anchored.insert(o.span.line),
        });
    }
    sections.retain(|x| !x.rows.is_empty() || !x.prose.is_empty());
    let accounting = ix
        .catalog
        .accounting
        .iter()
        .find(|a| a.source == s.id)
        .map(|a| {
            format!(
                "{} lines: {} in rows, {} structure, {} prose, {} reported, {} blank, {} outside sections",
                a.lines, a.row, a.markup, a.prose, a.reported, a.blank, a.outside
            )
        })
        .unwrap_or_default();
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
        accounting => accounting,
        uses_hex => s.namespaces.iter().any(|n| ix.ns_uses_hex.contains(n.as_str())),
        sections => sections,
        entries => card.entries,
        pager => (pages > 1).then(|| pager(site, &format!("sources/{}/", s.id), page, pages)),
    };
    site.render(
        "source.html",
        context! { title => format!("{} {}", s.vendor_name, s.product), nav => "sources", s => view },
    )
}

/// Rows per page of long listings: no page lists more than this many entries.
pub const PAGE_ROWS: usize = 500;

/// Links to the pages of a listing split into `total` pages; page 1 lives at `first`, page k at
/// `first` + `page/k/`.
pub fn pager(site: &Site<'_>, first: &str, current: usize, total: usize) -> minijinja::Value {
    let href = |k: usize| {
        if k == 1 {
            format!("{}{first}", site.base)
        } else {
            format!("{}{first}page/{k}/", site.base)
        }
    };
    let pages: Vec<_> =
        (1..=total).map(|k| context! { number => k, href => href(k), current => k == current }).collect();
    context! {
        current => current, total => total, pages => pages,
        prev => (current > 1).then(|| href(current - 1)),
        next => (current < total).then(|| href(current + 1)),
    }
}

pub fn namespace(
    site: &Site<'_>,
    ns: &str,
    entries: &[usize],
    page: usize,
    pages: usize,
) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let total = entries.len();
    let entries = &entries[((page - 1) * PAGE_ROWS).min(total)..(page * PAGE_ROWS).min(total)];
    let rows: Vec<EntryRow> = entries.iter().map(|&i| ix.row(&ix.catalog.entries[i])).collect();
    let sources: Vec<_> = ix
        .catalog
        .sources
        .iter()
        .filter(|s| s.namespaces.iter().any(|n| n == ns))
        .map(|s| context! { id => &s.id, title => format!("{} {}", s.vendor_name, s.title) })
        .collect();
    let view = context! {
        id => ns, title => site.namespace_title(ns), entries => rows, sources => sources, total => total,
        pager => (pages > 1).then(|| pager(site, &format!("{ns}/"), page, pages)),
    };
    let title = if page > 1 { format!("Namespace {ns}, page {page}") } else { format!("Namespace {ns}") };
    site.render("namespace.html", context! { title => title, ns => view })
}

/// The entry before or after `e` in its namespace (entries are sorted by namespace, code).
fn neighbour(site: &Site<'_>, e: &Entry, step: isize) -> Option<EntryRow> {
    let all = &site.index.catalog.entries;
    let at =
        all.binary_search_by(|x| (x.namespace.as_str(), x.code).cmp(&(e.namespace.as_str(), e.code))).ok()?;
    let other = all.get(at.checked_add_signed(step)?)?;
    (other.namespace == e.namespace).then(|| site.index.row(other))
}
