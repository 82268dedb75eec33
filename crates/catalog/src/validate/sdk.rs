//! Documentation versus the vendors' SDKs. The SDK side is every occurrence read from an SDK
//! definition file (family `sdk-definitions`) and, for SDKs that ship no readable file (a
//! minified bundle), the facts tables `catalog/sdk-symbols/<namespace>.tsv` (rows
//! `value hex name ref note`, with `sources.tsv` naming each ref's repository, path and
//! commit). For each entry the comparison gives a status (confirmed, name differs, value
//! differs, documented only, SDK only); each disagreement is a lint with a label on the
//! document's line and on every SDK line involved.

use super::{describe, Context};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::{Entry, Occurrence, SdkCheck, SdkDefinition, SdkStatus, Source, UpstreamFile};
use crate::text::Span;
use std::collections::{BTreeMap, BTreeSet};

/// A row of `sources.tsv`: where a facts reference was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRef {
    pub repository: String,
    pub path: String,
    pub commit: String,
}

/// A row of a facts table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub value: i64,
    pub name: String,
    pub reference: String,
    pub note: String,
    /// The table and the row's place in it.
    pub file: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Namespace → symbols.
    pub symbols: BTreeMap<String, Vec<Symbol>>,
    pub refs: BTreeMap<String, FactRef>,
}

impl Facts {
    /// Parses the `.tsv` files of `catalog/sdk-symbols`; malformed rows are returned as
    /// messages with their file and line.
    pub fn parse(files: &[crate::inputs::CatalogFile]) -> (Facts, Vec<(String, u32, String)>) {
        let mut facts = Facts::default();
        let mut problems = Vec::new();
        for file in files {
            let name = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            for (i, line) in file.text.lines().enumerate().skip(1) {
                if line.trim().is_empty() {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if name == "sources" {
                    if let [reference, _, repository, path, commit, ..] = cols[..] {
                        let r = FactRef {
                            repository: repository.into(),
                            path: path.into(),
                            commit: commit.into(),
                        };
                        facts.refs.insert(reference.to_owned(), r);
                    }
                    continue;
                }
                let value = cols.first().and_then(|v| crate::code::parse_code(v)).map(|c| c.value);
                match (value, cols.get(2), cols.get(3)) {
                    (Some(value), Some(n), Some(r)) if !n.is_empty() => {
                        facts.symbols.entry(name.clone()).or_default().push(Symbol {
                            value,
                            name: (*n).to_owned(),
                            reference: (*r).to_owned(),
                            note: cols.get(4).map(|s| s.to_string()).unwrap_or_default(),
                            file: file.display.clone(),
                            span: crate::policy::line_span(&file.text, i as u32 + 1),
                        })
                    }
                    _ => problems.push((
                        file.display.clone(),
                        i as u32 + 1,
                        "expected `value<TAB>hex<TAB>name<TAB>ref<TAB>note`".to_owned(),
                    )),
                }
            }
        }
        (facts, problems)
    }
}

/// An SDK definition file of the catalog: where diagnostics show it, and where it came from.
#[derive(Debug, Clone)]
pub struct SdkFile {
    pub path: String,
    pub upstream: Option<UpstreamFile>,
}

/// Source id → SDK file, for every source of the `sdk-definitions` family.
pub type SdkFiles = BTreeMap<String, SdkFile>;

/// One place an SDK defines a name with a value.
#[derive(Debug, Clone, Copy)]
struct Def<'a> {
    name: &'a str,
    value: i64,
    file: &'a str,
    span: Span,
    source: Option<&'a str>,
    reference: Option<&'a str>,
}

/// The definitions of one namespace, by value and by name.
#[derive(Default)]
struct Namespace<'a> {
    defs: Vec<Def<'a>>,
    by_value: BTreeMap<i64, Vec<usize>>,
    by_name: BTreeMap<&'a str, Vec<usize>>,
}

impl<'a> Namespace<'a> {
    fn push(&mut self, d: Def<'a>) {
        let i = self.defs.len();
        self.by_value.entry(d.value).or_default().push(i);
        self.by_name.entry(d.name).or_default().push(i);
        self.defs.push(d);
    }

    fn at(&self, value: i64) -> Vec<Def<'a>> {
        self.by_value.get(&value).into_iter().flatten().map(|&i| self.defs[i]).collect()
    }

    fn named(&self, name: &str) -> Vec<Def<'a>> {
        self.by_name.get(name).into_iter().flatten().map(|&i| self.defs[i]).collect()
    }
}

fn definitions<'a>(
    occurrences: &'a [Occurrence],
    files: &'a SdkFiles,
    facts: &'a Facts,
) -> BTreeMap<&'a str, Namespace<'a>> {
    let mut out: BTreeMap<&str, Namespace<'_>> = BTreeMap::new();
    for o in occurrences {
        let Some(file) = files.get(&o.source) else { continue };
        for n in &o.names {
            out.entry(o.namespace.as_str()).or_default().push(Def {
                name: &n.name,
                value: o.code,
                file: &file.path,
                span: n.span,
                source: Some(&o.source),
                reference: None,
            });
        }
    }
    for (namespace, symbols) in &facts.symbols {
        for s in symbols {
            out.entry(namespace.as_str()).or_default().push(Def {
                name: &s.name,
                value: s.value,
                file: &s.file,
                span: s.span,
                source: None,
                reference: Some(&s.reference),
            });
        }
    }
    out
}

/// What the SDKs say about one value of a namespace, given the documents' rows of it.
struct Verdict<'a> {
    status: SdkStatus,
    at_value: Vec<Def<'a>>,
    /// For each document name the SDKs define only with other values: those definitions.
    elsewhere: Vec<(&'a str, Vec<Def<'a>>)>,
}

fn verdict<'a>(ns: &Namespace<'a>, code: i64, docs: &[&'a Occurrence]) -> Verdict<'a> {
    let at_value = ns.at(code);
    let doc_names: BTreeSet<&str> =
        docs.iter().flat_map(|o| o.names.iter().map(|n| n.name.as_str())).collect();
    let elsewhere: Vec<(&str, Vec<Def<'_>>)> = doc_names
        .iter()
        .filter(|n| !at_value.iter().any(|d| d.name == **n))
        .map(|n| (*n, ns.named(n)))
        .filter(|(_, defs)| !defs.is_empty())
        .collect();
    let status = if docs.is_empty() {
        SdkStatus::SdkOnly
    } else if !at_value.is_empty()
        && (doc_names.is_empty() || at_value.iter().any(|d| doc_names.contains(d.name)))
    {
        SdkStatus::Confirmed
    } else if !elsewhere.is_empty() {
        SdkStatus::ValueDiffers
    } else if !at_value.is_empty() {
        SdkStatus::NameDiffers
    } else {
        SdkStatus::DocumentedOnly
    };
    Verdict { status, at_value, elsewhere }
}

fn cite(d: &Def<'_>, facts: &Facts) -> String {
    match (d.source, d.reference) {
        (Some(_), _) => format!("{}:{}", d.file, d.span.line),
        (None, Some(r)) => match facts.refs.get(r) {
            Some(f) => {
                format!("{r}: {} {}@{}", f.repository, f.path, f.commit.chars().take(7).collect::<String>())
            }
            None => r.to_owned(),
        },
        (None, None) => d.file.to_owned(),
    }
}

/// Labels on the SDK's side of a disagreement (at most a handful, the rest counted).
fn sdk_labels(mut d: Diagnostic, defs: &[Def<'_>], what: impl Fn(&Def<'_>) -> String) -> Diagnostic {
    const SHOWN: usize = 6;
    for def in defs.iter().take(SHOWN) {
        d = d.with_label(Label::secondary(def.file, def.span, what(def)));
    }
    d
}

/// Documents' rows of each value, SDK occurrences left out.
fn documented<'a>(
    occurrences: &'a [Occurrence],
    files: &SdkFiles,
) -> BTreeMap<(&'a str, i64), Vec<&'a Occurrence>> {
    let mut by_entry: BTreeMap<(&str, i64), Vec<&Occurrence>> = BTreeMap::new();
    for o in occurrences.iter().filter(|o| !files.contains_key(&o.source)) {
        by_entry.entry((o.namespace.as_str(), o.code)).or_default().push(o);
    }
    by_entry
}

/// Every disagreement between a document and the SDKs, labelled on both sides.
pub fn check(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let defs = definitions(occurrences, cx.sdk_files, cx.sdk);
    for ((namespace, code), occs) in documented(occurrences, cx.sdk_files) {
        let Some(ns) = defs.get(namespace) else { continue };
        let v = verdict(ns, code, &occs);
        if v.status == SdkStatus::NameDiffers {
            for o in occs.iter().filter(|o| !o.names.is_empty()) {
                out.push(name_differs(namespace, code, o, &v.at_value, cx));
            }
        }
        for (name, elsewhere) in &v.elsewhere {
            for o in occs.iter() {
                if let Some(n) = o.names.iter().find(|n| n.name == *name) {
                    out.push(value_differs(namespace, code, o, n, elsewhere, cx));
                }
            }
        }
    }
}

fn name_differs(
    namespace: &str,
    code: i64,
    o: &Occurrence,
    at_value: &[Def<'_>],
    cx: &Context<'_>,
) -> Diagnostic {
    let mut names: Vec<&str> = Vec::new();
    for d in at_value {
        if !names.contains(&d.name) {
            names.push(d.name);
        }
    }
    let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let mut d = Diagnostic::new(
        Lint::SdkNameMismatch,
        format!("the document names {code} {}, the SDK names it {}", describe(o), list.join(", ")),
    )
    .in_namespace(namespace)
    .with_code(code)
    .with_label(Label::primary(cx.file(&o.source), o.span, "the document's name"));
    for n in &o.names {
        d = d.with_name(&n.name);
    }
    for n in &names {
        d = d.with_name(n);
    }
    sdk_labels(d, at_value, |def| format!("the SDK names {code} `{}` ({})", def.name, cite(def, cx.sdk)))
        .with_help("if the SDK is right, add a `rename` or `add-names` correction citing it; if both names are in use, acknowledge it in catalog/policy.toml")
}

fn value_differs(
    namespace: &str,
    code: i64,
    o: &Occurrence,
    n: &crate::model::Name,
    elsewhere: &[Def<'_>],
    cx: &Context<'_>,
) -> Diagnostic {
    let mut values: Vec<String> = Vec::new();
    for d in elsewhere {
        if !values.contains(&d.value.to_string()) {
            values.push(d.value.to_string());
        }
    }
    let d = Diagnostic::new(
        Lint::SdkValueMismatch,
        format!("the document gives `{}` = {code}, the SDK defines it as {}", n.name, values.join(", ")),
    )
    .in_namespace(namespace)
    .with_code(code)
    .with_name(&n.name)
    .with_label(Label::primary(cx.file(&o.source), n.span, "the document's value"));
    let d = elsewhere.iter().fold(d, |d, def| d.with_code(def.value));
    sdk_labels(d, elsewhere, |def| format!("`{}` = {} in the SDK ({})", def.name, def.value, cite(def, cx.sdk)))
        .with_help("platforms and SDK versions may number it differently: correct the document with a `set-value` correction citing the SDK, or acknowledge which one it follows")
}

/// Gives every entry its SDK status and definitions (their names join the entry's names), and
/// returns the comparison per documentation source.
pub fn annotate(
    entries: &mut [Entry],
    occurrences: &[Occurrence],
    sources: &[Source],
    files: &SdkFiles,
    facts: &Facts,
) -> Vec<SdkCheck> {
    let defs = definitions(occurrences, files, facts);
    for e in entries.iter_mut() {
        let Some(ns) = defs.get(e.namespace.as_str()) else { continue };
        let docs: Vec<&Occurrence> = e
            .occurrences
            .iter()
            .filter_map(|&i| occurrences.get(i))
            .filter(|o| !files.contains_key(&o.source))
            .collect();
        let v = verdict(ns, e.code, &docs);
        e.sdk_status = Some(v.status);
        e.sdk = v.at_value.iter().map(|d| record(d, files, facts)).collect();
        e.sdk_elsewhere =
            v.elsewhere.iter().flat_map(|(_, defs)| defs.iter().map(|d| record(d, files, facts))).collect();
        for d in &v.at_value {
            if !e.names.iter().any(|n| n == d.name) {
                e.names.push(d.name.to_owned());
            }
        }
    }
    checks(entries, occurrences, sources, &defs)
}

fn record(d: &Def<'_>, files: &SdkFiles, facts: &Facts) -> SdkDefinition {
    let upstream = match (d.source, d.reference) {
        (Some(s), _) => files.get(s).and_then(|f| f.upstream.clone()),
        (None, Some(r)) => facts.refs.get(r).map(|f| UpstreamFile {
            repository: f.repository.clone(),
            path: f.path.clone(),
            commit: f.commit.clone(),
        }),
        _ => None,
    };
    SdkDefinition {
        name: d.name.to_owned(),
        value: d.value,
        source: d.source.map(str::to_owned),
        reference: d.reference.map(str::to_owned),
        file: d.file.to_owned(),
        line: d.span.line,
        upstream,
    }
}

fn checks(
    entries: &[Entry],
    occurrences: &[Occurrence],
    sources: &[Source],
    defs: &BTreeMap<&str, Namespace<'_>>,
) -> Vec<SdkCheck> {
    let mut out = Vec::new();
    for s in sources.iter().filter(|s| !s.is_sdk()) {
        let covered: Vec<String> =
            s.namespaces.iter().filter(|n| defs.contains_key(n.as_str())).cloned().collect();
        let mut check = SdkCheck { source: s.id.clone(), namespaces: covered.clone(), ..SdkCheck::default() };
        let mut sdk_sources = BTreeSet::new();
        for e in entries.iter().filter(|e| s.namespaces.contains(&e.namespace)) {
            match (e.sdk_status, defs.get(e.namespace.as_str())) {
                (None, _) if e.sources.contains(&s.id) => check.unchecked += 1,
                (Some(SdkStatus::SdkOnly), _) => check.add(SdkStatus::SdkOnly),
                (Some(_), Some(ns)) if e.sources.contains(&s.id) => {
                    // This document's own rows of the entry decide, not another one's names.
                    let own: Vec<&Occurrence> = e
                        .occurrences
                        .iter()
                        .filter_map(|&i| occurrences.get(i))
                        .filter(|o| o.source == s.id)
                        .collect();
                    let status = verdict(ns, e.code, &own).status;
                    check.own.insert((e.namespace.clone(), e.code), status);
                    check.add(status);
                }
                _ => {}
            }
        }
        for ns in &covered {
            for d in defs.get(ns.as_str()).map(|n| n.defs.as_slice()).unwrap_or_default() {
                sdk_sources.insert(d.source.or(d.reference).unwrap_or_default().to_owned());
            }
        }
        check.sdk_sources = sdk_sources.into_iter().collect();
        out.push(check);
    }
    out
}
