//! Cross-checks against facts read from the vendors' own SDK files
//! (`catalog/sdk-symbols/<namespace>.tsv`, rows `value hex name ref note`, and `sources.tsv`
//! naming each ref's repository, path and commit).

use super::{describe, Context};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::Occurrence;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub value: i64,
    pub name: String,
    pub reference: String,
    pub note: String,
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Namespace → symbols.
    pub symbols: BTreeMap<String, Vec<Symbol>>,
    /// Ref → "repository path@commit".
    pub refs: BTreeMap<String, String>,
}

impl Facts {
    /// Parses the `.tsv` files of `catalog/sdk-symbols`; malformed rows are returned as
    /// messages with their file and line.
    pub fn parse(files: &[crate::inputs::CatalogFile]) -> (Facts, Vec<(String, u32, String)>) {
        let mut facts = Facts::default();
        let mut problems = Vec::new();
        for file in files {
            let name = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            let text = &file.text;
            for (i, line) in text.lines().enumerate().skip(1) {
                let cols: Vec<&str> = line.split('\t').collect();
                if line.trim().is_empty() {
                    continue;
                }
                if name == "sources" {
                    if cols.len() >= 5 {
                        facts.refs.insert(
                            cols[0].to_owned(),
                            format!(
                                "{} {}@{}",
                                cols[2],
                                cols[3],
                                cols[4].chars().take(7).collect::<String>()
                            ),
                        );
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

    pub fn cite(&self, s: &Symbol) -> String {
        match self.refs.get(&s.reference) {
            Some(r) => format!("{} ({r})", s.reference),
            None => s.reference.clone(),
        }
    }
}

pub fn check(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut by_entry: BTreeMap<(&str, i64), Vec<&Occurrence>> = BTreeMap::new();
    for o in occurrences {
        by_entry.entry((o.namespace.as_str(), o.code)).or_default().push(o);
    }
    for ((namespace, code), occs) in by_entry {
        let Some(symbols) = cx.sdk.symbols.get(namespace) else {
            continue;
        };
        let sdk_names: Vec<&Symbol> = symbols.iter().filter(|s| s.value == code).collect();
        for o in &occs {
            if o.names.is_empty() || sdk_names.is_empty() {
                continue;
            }
            if o.names.iter().any(|n| sdk_names.iter().any(|s| s.name == n.name)) {
                continue;
            }
            let list: Vec<String> =
                sdk_names.iter().map(|s| format!("`{}` [{}]", s.name, cx.sdk.cite(s))).collect();
            let mut d = Diagnostic::new(
                Lint::SdkNameMismatch,
                format!("the document names {code} {}, the SDK names it {}", describe(o), list.join(", ")),
            )
            .in_namespace(namespace)
            .with_code(code)
            .with_label(Label::primary(cx.file(&o.source), o.span, "name differs from the SDK"));
            for n in &o.names {
                d = d.with_name(&n.name);
            }
            out.push(d.with_help("if the SDK is right, add a `rename` or `add-names` correction citing it"));
        }
        for o in &occs {
            for n in &o.names {
                let elsewhere: Vec<&Symbol> =
                    symbols.iter().filter(|s| s.name == n.name && s.value != code).collect();
                if elsewhere.is_empty() || symbols.iter().any(|s| s.name == n.name && s.value == code) {
                    continue;
                }
                let list: Vec<String> =
                    elsewhere.iter().map(|s| format!("{} [{}]", s.value, cx.sdk.cite(s))).collect();
                out.push(
                    Diagnostic::new(
                        Lint::SdkValueMismatch,
                        format!(
                            "the document gives `{}` = {code}, the SDK defines it as {}",
                            n.name,
                            list.join(", ")
                        ),
                    )
                    .in_namespace(namespace)
                    .with_code(code)
                    .with_name(&n.name)
                    .with_label(Label::primary(cx.file(&o.source), n.span, "value differs from the SDK"))
                    .with_help(
                        "platforms may number this event differently; note which one the document follows",
                    ),
                );
            }
        }
    }
}
