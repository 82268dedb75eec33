//! View models shared by several kinds of page: what templates see, built once from the
//! catalog. Everything here is plain data; templates escape every string they print.

use crate::pages::paging::Listing;
use crate::route::Route;
use catalog::code::{bits32, canonical_hex, parse_code, Notation};
use catalog::diag::Diagnostic;
use catalog::model::{Entry, Lang, Occurrence, Source, Text};
use catalog::Catalog;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::ZhHans => "Chinese (Simplified)",
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceCard {
    pub id: String,
    pub vendor_name: String,
    pub product: String,
    pub title: String,
    pub language: &'static str,
    pub language_name: &'static str,
    pub platforms: Vec<String>,
    pub namespaces: Vec<String>,
    pub entries: usize,
    pub errors: usize,
    pub warnings: usize,
    pub events: usize,
}

/// An entry as a table row or a search result.
#[derive(Debug, Clone, Serialize)]
pub struct EntryRow {
    pub namespace: String,
    pub code: i64,
    pub code_display: String,
    pub hex: String,
    pub names: Vec<String>,
    pub severity: &'static str,
    pub summary: String,
    pub summary_lang: Option<&'static str>,
    pub vendor_name: String,
    pub product: String,
}

/// Facts shared by the pages about one catalog.
pub struct Index<'a> {
    pub catalog: &'a Catalog,
    pub sources: BTreeMap<&'a str, &'a Source>,
    /// Namespace → the first source that writes it (vendor and product for display).
    pub ns_source: BTreeMap<&'a str, &'a Source>,
    pub ns_uses_hex: BTreeSet<&'a str>,
    /// (namespace, code) → indices of diagnostics about it.
    pub findings: BTreeMap<(&'a str, i64), Vec<usize>>,
    /// value → entry indices.
    pub by_value: BTreeMap<i64, Vec<usize>>,
    /// (source, first line of a row) → the page of the source's table that shows it.
    pub source_page: BTreeMap<(&'a str, u32), usize>,
    /// Rows per source.
    pub source_rows: BTreeMap<&'a str, usize>,
    /// The summary card of each source, computed once.
    cards: BTreeMap<&'a str, SourceCard>,
    /// Which part of its SDK a namespace numbers, for SDKs with several namespaces.
    ns_part: BTreeMap<&'a str, String>,
    /// Document path → its source and the lines its pages anchor (`#L<line>`), each with the
    /// page of the source's table that holds the anchor.
    anchors: BTreeMap<&'a str, (&'a str, BTreeMap<u32, usize>)>,
}

impl<'a> Index<'a> {
    pub fn new(catalog: &'a Catalog) -> Index<'a> {
        let sources: BTreeMap<&str, &Source> = catalog.sources.iter().map(|s| (s.id.as_str(), s)).collect();
        let mut ns_source = BTreeMap::new();
        let mut ns_uses_hex = BTreeSet::new();
        for o in &catalog.occurrences {
            if let Some(s) = sources.get(o.source.as_str()) {
                ns_source.entry(o.namespace.as_str()).or_insert(*s);
            }
            if matches!(parse_code(&o.code_text).map(|c| c.notation), Some(Notation::Hex { .. })) {
                ns_uses_hex.insert(o.namespace.as_str());
            }
        }
        let mut findings: BTreeMap<(&str, i64), Vec<usize>> = BTreeMap::new();
        for (i, d) in catalog.diagnostics.iter().enumerate() {
            if let Some(ns) = d.namespace.as_deref() {
                for c in &d.codes {
                    findings.entry((ns, *c)).or_default().push(i);
                }
            }
        }
        let mut by_value: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
        for (i, e) in catalog.entries.iter().enumerate() {
            by_value.entry(e.code).or_default().push(i);
        }
        let mut source_rows: BTreeMap<&str, usize> = BTreeMap::new();
        for o in &catalog.occurrences {
            *source_rows.entry(o.source.as_str()).or_default() += 1;
        }
        let mut source_page = BTreeMap::new();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for o in &catalog.occurrences {
            let k = seen.entry(o.source.as_str()).or_default();
            let rows = source_rows.get(o.source.as_str()).copied().unwrap_or(0);
            let page = Listing::Source.page_of_row(*k, rows);
            source_page.entry((o.source.as_str(), o.span.line)).or_insert(page);
            *k += 1;
        }
        let mut ix = Index {
            catalog,
            sources,
            ns_source,
            ns_uses_hex,
            findings,
            by_value,
            source_page,
            source_rows,
            cards: BTreeMap::new(),
            ns_part: namespace_parts(catalog),
            anchors: BTreeMap::new(),
        };
        ix.anchors = ix.line_anchors();
        ix.cards = catalog.sources.iter().map(|s| (s.id.as_str(), ix.compute_card(s))).collect();
        ix
    }

    /// The anchored lines of every source: each line of a row, on the row's page, and each
    /// section heading, on the page of the section's first row. Source pages write exactly
    /// these anchors (`pages/source.rs`).
    fn line_anchors(&self) -> BTreeMap<&'a str, (&'a str, BTreeMap<u32, usize>)> {
        let catalog = self.catalog;
        let mut out: BTreeMap<&str, (&str, BTreeMap<u32, usize>)> = BTreeMap::new();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for s in &catalog.sources {
            out.insert(s.path.as_str(), (s.id.as_str(), BTreeMap::new()));
        }
        let path_of: BTreeMap<&str, &str> =
            catalog.sources.iter().map(|s| (s.id.as_str(), s.path.as_str())).collect();
        for o in &catalog.occurrences {
            let k = seen.entry(o.source.as_str()).or_default();
            let rows = self.source_rows.get(o.source.as_str()).copied().unwrap_or(0);
            let page = Listing::Source.page_of_row(*k, rows);
            *k += 1;
            let Some((_, lines)) = path_of.get(o.source.as_str()).and_then(|p| out.get_mut(p)) else {
                continue;
            };
            for line in o.span.line..=o.last_line.max(o.span.line) {
                lines.entry(line).or_insert(page);
            }
        }
        for sec in catalog.sections.iter().filter(|x| x.line > 0) {
            let Some((_, lines)) = path_of.get(sec.source.as_str()).and_then(|p| out.get_mut(p)) else {
                continue;
            };
            let page = lines.range(sec.line..).next().map_or(1, |(_, &p)| p);
            lines.entry(sec.line).or_insert(page);
        }
        out
    }

    /// Where the site shows line `line` of a document: its source page and the anchored line
    /// nearest at or before it (a line the table does not show, such as a lost row, leads to
    /// the row or heading just above it). `None` for a file that is not a source document.
    pub fn line_link(&self, file: &str, line: u32) -> Option<(Route<'a>, u32)> {
        let (id, lines) = self.anchors.get(file)?;
        let (&at, &page) = lines.range(..=line).next_back().or_else(|| lines.iter().next())?;
        Some((Route::Source { id, page }, at))
    }

    /// The source that holds a document, by the document's path.
    pub fn source_of_file(&self, file: &str) -> Option<&'a Source> {
        self.anchors.get(file).and_then(|(id, _)| self.sources.get(id).copied())
    }

    /// The source page that shows the row at `line`.
    pub fn source_page_of<'s>(&self, source: &'s str, line: u32) -> Route<'s> {
        Route::Source { id: source, page: self.source_page.get(&(source, line)).copied().unwrap_or(1) }
    }

    /// How a namespace is shown: vendor, product, the part of the SDK it numbers and its id.
    pub fn namespace_title(&self, ns: &str) -> String {
        match self.ns_source.get(ns) {
            Some(_) => format!("{} ({ns})", self.namespace_label(ns)),
            None => ns.to_owned(),
        }
    }

    /// Vendor and product, and for an SDK that has several namespaces the part of it this one
    /// numbers (`Tencent Cloud TRTC Web SDK (v4) — Account errors`).
    pub fn namespace_label(&self, ns: &str) -> String {
        let Some(s) = self.ns_source.get(ns) else { return ns.to_owned() };
        match self.ns_part.get(ns) {
            Some(part) => format!("{} {} — {part}", s.vendor_name, s.product),
            None => format!("{} {}", s.vendor_name, s.product),
        }
    }

    /// The part of its SDK a namespace numbers, when the SDK has several namespaces.
    pub fn namespace_part(&self, ns: &str) -> Option<&str> {
        self.ns_part.get(ns).map(String::as_str)
    }

    /// The row of a mapping member, when the member names an entry.
    pub fn member_row(&self, namespace: &str, code: i64) -> Option<EntryRow> {
        self.catalog.entry(namespace, code).map(|e| self.row(e))
    }

    /// The English and Chinese titles of a mapping category.
    pub fn category_title(&self, id: &str) -> (String, String) {
        self.catalog
            .mapping
            .categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| (c.title.en.clone(), c.title.zh_hans.clone()))
            .unwrap_or_else(|| (id.to_owned(), String::new()))
    }

    pub fn code_display(&self, namespace: &str, code: i64) -> String {
        if self.ns_uses_hex.contains(namespace) {
            canonical_hex(code).unwrap_or_else(|| code.to_string())
        } else {
            code.to_string()
        }
    }

    pub fn occurrences(&self, e: &'a Entry) -> impl Iterator<Item = &'a Occurrence> + 'a {
        let all = &self.catalog.occurrences;
        e.occurrences.iter().filter_map(move |&i| all.get(i))
    }

    pub fn row(&self, e: &Entry) -> EntryRow {
        let first = self.occurrences(e).next();
        let (summary, summary_lang) = first.map(summary).unwrap_or_default();
        let source = self.ns_source.get(e.namespace.as_str());
        EntryRow {
            namespace: e.namespace.clone(),
            code: e.code,
            code_display: self.code_display(&e.namespace, e.code),
            hex: canonical_hex(e.code).unwrap_or_default(),
            names: e.names.clone(),
            severity: e.severity.as_str(),
            summary,
            summary_lang,
            vendor_name: source.map(|s| s.vendor_name.clone()).unwrap_or_default(),
            product: source.map(|s| s.product.clone()).unwrap_or_default(),
        }
    }

    pub fn source_card(&self, s: &Source) -> SourceCard {
        self.cards.get(s.id.as_str()).cloned().unwrap_or_else(|| self.compute_card(s))
    }

    fn compute_card(&self, s: &Source) -> SourceCard {
        let entries: BTreeSet<(&str, i64)> = self
            .catalog
            .occurrences
            .iter()
            .filter(|o| o.source == s.id)
            .map(|o| (o.namespace.as_str(), o.code))
            .collect();
        let severities: Vec<&str> = entries
            .iter()
            .filter_map(|(n, c)| self.catalog.entry(n, *c))
            .map(|e| e.severity.as_str())
            .collect();
        let count = |k: &str| severities.iter().filter(|s| **s == k).count();
        SourceCard {
            id: s.id.clone(),
            vendor_name: s.vendor_name.clone(),
            product: s.product.clone(),
            title: s.title.clone(),
            language: s.language.tag(),
            language_name: language_name(s.language),
            platforms: s.platforms.clone(),
            namespaces: s.namespaces.clone(),
            entries: entries.len(),
            errors: count("error"),
            warnings: count("warning"),
            events: count("event"),
        }
    }

    /// Findings about an entry, most severe first.
    pub fn findings_of(&self, e: &Entry) -> Vec<&'a Diagnostic> {
        let mut out: Vec<&Diagnostic> = self
            .findings
            .get(&(e.namespace.as_str(), e.code))
            .map(|v| v.iter().map(|&i| &self.catalog.diagnostics[i]).collect())
            .unwrap_or_default();
        out.sort_by_key(|d| std::cmp::Reverse(d.severity));
        out
    }
}

/// For every source that writes several namespaces, what each one numbers: the main one is
/// named by the document's title, the others by the section (or embedded table) that holds
/// most of their rows.
fn namespace_parts(catalog: &Catalog) -> BTreeMap<&str, String> {
    let mut parts = BTreeMap::new();
    for s in catalog.sources.iter().filter(|s| s.namespaces.len() > 1) {
        for (i, ns) in s.namespaces.iter().enumerate() {
            let mut sections: BTreeMap<&str, usize> = BTreeMap::new();
            for o in catalog.occurrences.iter().filter(|o| o.source == s.id && &o.namespace == ns) {
                if let Some(last) = o.section.last() {
                    *sections.entry(last.as_str()).or_default() += 1;
                }
            }
            let most = sections.into_iter().max_by_key(|(name, n)| (*n, std::cmp::Reverse(*name)));
            let part = match most {
                Some((name, _)) if i > 0 => heading_text(name).to_owned(),
                _ => s.title.clone(),
            };
            parts.entry(ns.as_str()).or_insert(part);
        }
    }
    parts
}

/// A section path as a title: its headings joined, without the `#` marks a markdown heading
/// keeps in some documents.
pub fn section_title(path: &[String]) -> String {
    path.iter().map(|h| heading_text(h)).collect::<Vec<_>>().join(" › ")
}

/// A heading without its leading markdown `#` marks.
pub fn heading_text(h: &str) -> &str {
    let t = h.trim();
    let stripped = t.trim_start_matches('#');
    if stripped.len() < t.len() && (stripped.is_empty() || stripped.starts_with(char::is_whitespace)) {
        stripped.trim_start()
    } else {
        t
    }
}

/// A short meaning for tables and results: the message, else the description's first line,
/// cut at a word boundary.
pub fn summary(o: &Occurrence) -> (String, Option<&'static str>) {
    let t: Option<&Text> = o.message.as_ref().or(o.description.as_ref()).or(o.cause.as_ref());
    match t {
        Some(t) => (shorten(t.text.lines().next().unwrap_or(""), 160), Some(t.lang.tag())),
        None => (String::new(), None),
    }
}

pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// The signed 32-bit reading of a value, when it differs from the value.
pub fn signed_reading(code: i64) -> Option<i64> {
    let bits = bits32(code)?;
    let signed = i64::from(bits as i32);
    (signed != code).then_some(signed)
}

/// The unsigned 32-bit reading of a value, when it differs from the value.
pub fn unsigned_reading(code: i64) -> Option<i64> {
    let bits = i64::from(bits32(code)?);
    (bits != code).then_some(bits)
}
