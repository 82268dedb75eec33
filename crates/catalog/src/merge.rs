//! Merging occurrences into entries: one entry per (namespace, value).

use crate::model::{Entry, Occurrence};
use std::collections::BTreeMap;

/// Entries sorted by namespace then value; names, sources and contexts in first-seen order.
pub fn entries(occurrences: &[Occurrence]) -> Vec<Entry> {
    let mut by_key: BTreeMap<(String, i64), Vec<usize>> = BTreeMap::new();
    for (i, o) in occurrences.iter().enumerate() {
        by_key.entry((o.namespace.clone(), o.code)).or_default().push(i);
    }
    by_key
        .into_iter()
        .map(|((namespace, code), idx)| {
            let mut names: Vec<String> = Vec::new();
            let mut sources: Vec<String> = Vec::new();
            let mut contexts: Vec<String> = Vec::new();
            let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let mut severity = None;
            for &i in &idx {
                let o = &occurrences[i];
                push_new(&mut names, o.names.iter().map(|n| n.name.clone()));
                push_new(&mut sources, [o.source.clone()]);
                push_new(&mut contexts, o.context.clone());
                severity = severity.max(Some(o.severity));
                for (field, t) in o.texts() {
                    if field.is_meaning() {
                        let list = texts.entry(t.lang.tag().to_owned()).or_default();
                        push_new(list, [t.text.clone()]);
                    }
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
