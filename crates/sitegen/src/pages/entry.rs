//! Entry pages (`<namespace>/<code>/`): every meaning of one code of one namespace, where each
//! was read, its findings, its cross-vendor equivalents and the other uses of its value.

use super::{page, remedy, Page};
use crate::highlight;
use crate::route::Route;
use crate::site::Site;
use crate::view::{section_title, signed_reading, summary, EntryRow, Index};
use catalog::code::canonical_hex;
use catalog::model::{Entry, Lang, Occurrence, Text};
use catalog::text::meaning_key;
use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    site.index
        .catalog
        .entries
        .par_iter()
        .map(move |e| page(Route::Entry { namespace: &e.namespace, code: e.code }, entry(site, e)))
}

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
    /// The URL path (relative to the base) of the source page that shows this row.
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

fn entry(site: &Site<'_>, e: &Entry) -> Result<String, minijinja::Error> {
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
    let page_lang = source.map_or(Lang::En, |s| s.language);
    let title = match e.names.first() {
        Some(n) => format!("{} {} — {}", row.code_display, n, row.vendor_name),
        None => format!("{} — {} {}", row.code_display, row.vendor_name, row.product),
    };
    let view = context! {
        namespace => &e.namespace,
        namespace_title => ix.namespace_title(&e.namespace),
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
        equivalents => remedy::equivalents(ix, e),
        remedy => remedy::remedy(ix, e, page_lang),
        has_code => ix.occurrences(e).any(|o| !o.examples.is_empty()),
        prev => neighbour(ix, e, -1),
        next => neighbour(ix, e, 1),
        category => category_of(ix, e),
    };
    site.render("entry.html", context! { title => title, e => view, page_lang => "en" })
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
        push_new(&mut m.contexts, o.context.clone().unwrap_or_else(|| section_title(&o.section)));
        for n in &o.names {
            push_new(&mut m.names, n.name.clone());
        }
        let source = ix.sources.get(o.source.as_str());
        m.places.push(Place {
            page: ix.source_page_of(&o.source, o.span.line).url_path(),
            source: o.source.clone(),
            source_title: source.map(|s| format!("{} {}", s.vendor_name, s.title)).unwrap_or_default(),
            file: source.map(|s| s.path.clone()).unwrap_or_default(),
            section: section_title(&o.section),
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

/// The entry before or after `e` in its namespace (entries are sorted by namespace, code).
fn neighbour(ix: &Index<'_>, e: &Entry, step: isize) -> Option<EntryRow> {
    let all = &ix.catalog.entries;
    let at =
        all.binary_search_by(|x| (x.namespace.as_str(), x.code).cmp(&(e.namespace.as_str(), e.code))).ok()?;
    let other = all.get(at.checked_add_signed(step)?)?;
    (other.namespace == e.namespace).then(|| ix.row(other))
}

fn category_of(ix: &Index<'_>, e: &Entry) -> Option<minijinja::Value> {
    let id = e.category.as_deref()?;
    let (title, _) = ix.category_title(id);
    Some(context! { id => id, title => title })
}
