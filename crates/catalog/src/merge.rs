//! Merging occurrences into entries: one entry per (namespace, value).

use crate::model::{Entry, Occurrence};
use std::collections::BTreeMap;

/// Entries sorted by namespace then value; names, sources and contexts in first-seen order,
/// documents before SDK files (`is_sdk` tells a source apart), so that an entry reads as its
/// documentation writes it and the SDK's own names and comments follow. The severity is the
/// documents' when any document lists the code.
pub fn entries(occurrences: &[Occurrence], is_sdk: impl Fn(&str) -> bool) -> Vec<Entry> {
    let mut by_key: BTreeMap<(String, i64), Vec<usize>> = BTreeMap::new();
    for (i, o) in occurrences.iter().enumerate() {
        by_key.entry((o.namespace.clone(), o.code)).or_default().push(i);
    }
    for idx in by_key.values_mut() {
        idx.sort_by_key(|&i| is_sdk(&occurrences[i].source));
    }
    by_key
        .into_iter()
        .map(|((namespace, code), idx)| {
            let mut names: Vec<String> = Vec::new();
            let mut sources: Vec<String> = Vec::new();
            let mut contexts: Vec<String> = Vec::new();
            let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let mut severity = None;
            let documented = idx.iter().any(|&i| !is_sdk(&occurrences[i].source));
            for &i in &idx {
                let o = &occurrences[i];
                push_new(&mut names, o.names.iter().map(|n| n.name.clone()));
                push_new(&mut sources, [o.source.clone()]);
                push_new(&mut contexts, o.context.clone());
                if !(documented && is_sdk(&o.source)) {
                    severity = severity.max(Some(o.severity));
                }
                let translated =
                    o.translations.iter().filter(|t| t.field == "message" || t.field == "description");
                for t in o
                    .texts()
                    .filter(|(f, _)| f.is_meaning())
                    .map(|(_, t)| t)
                    .chain(translated.map(|t| &t.text))
                {
                    let list = texts.entry(t.lang.tag().to_owned()).or_default();
                    push_new(list, [t.text.clone()]);
                }
            }
            Entry {
                namespace,
                code,
                names,
                severity: severity.unwrap_or(crate::model::Severity::Error),
                sources,
                contexts,
                occurrences: idx,
                texts,
                category: None,
                concepts: Vec::new(),
                sdk_status: None,
                sdk: Vec::new(),
                sdk_elsewhere: Vec::new(),
            }
        })
        .collect()
}

fn push_new(list: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}
