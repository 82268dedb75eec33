//! Checks across the occurrences of one code: duplicates, near-duplicates, shared codes,
//! conflicting meanings and conflicting names.

use super::{describe, Context};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::{Lang, Occurrence};
use crate::text::{collapse_ws, meaning_key};
use std::collections::{BTreeMap, BTreeSet};

pub fn check(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut by_entry: BTreeMap<(&str, i64), Vec<&Occurrence>> = BTreeMap::new();
    for o in occurrences {
        by_entry.entry((o.namespace.as_str(), o.code)).or_default().push(o);
    }
    for ((namespace, code), occs) in &by_entry {
        if occs.len() > 1 {
            contexts(namespace, *code, occs, cx, out);
            meanings(namespace, *code, occs, cx, out);
        }
    }
    names_on_several_values(occurrences, cx, out);
}

fn context_of(o: &Occurrence) -> String {
    o.context.clone().unwrap_or_else(|| o.section.join(" > "))
}

fn name_set(o: &Occurrence) -> BTreeSet<&str> {
    o.names.iter().map(|n| n.name.as_str()).collect()
}

fn labelled(
    mut d: Diagnostic,
    cx: &Context<'_>,
    occs: &[&Occurrence],
    what: impl Fn(&Occurrence) -> String,
) -> Diagnostic {
    for (i, o) in occs.iter().enumerate() {
        let file = cx.file(&o.source);
        let label = if i == 0 {
            Label::primary(file, o.span, what(o))
        } else {
            Label::secondary(file, o.span, what(o))
        };
        d = d.with_label(label);
        for n in &o.names {
            d = d.with_name(&n.name);
        }
    }
    d
}

/// Different names for one value: across contexts a shared code, within one a conflict.
fn contexts(namespace: &str, code: i64, occs: &[&Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut by_context: BTreeMap<String, Vec<&Occurrence>> = BTreeMap::new();
    for o in occs {
        by_context.entry(context_of(o)).or_default().push(o);
    }
    for (context, group) in &by_context {
        let sets: Vec<BTreeSet<&str>> = group.iter().map(|o| name_set(o)).filter(|s| !s.is_empty()).collect();
        let disjoint = sets.iter().any(|a| sets.iter().any(|b| a.is_disjoint(b)));
        if disjoint {
            let firsts: Vec<&Occurrence> =
                distinct_by(group, |o| name_set(o).into_iter().collect::<Vec<_>>().join("/"));
            out.push(labelled(
                Diagnostic::new(Lint::ConflictingName, format!("code {code} has several names in the same context `{context}`"))
                    .in_namespace(namespace)
                    .with_code(code)
                    .with_help("correct the wrong name with a `rename` correction (cite the SDK), or acknowledge both names in catalog/policy.toml"),
                cx,
                &firsts,
                |o| format!("named {}", describe(o)),
            ));
        }
    }
    if by_context.len() < 2 {
        return;
    }
    let named: Vec<(&String, BTreeSet<&str>, &Occurrence)> = by_context
        .iter()
        .filter_map(|(c, g)| {
            let names: BTreeSet<&str> = g.iter().flat_map(|o| name_set(o)).collect();
            (!names.is_empty()).then(|| (c, names, g[0]))
        })
        .collect();
    let differs = named.iter().any(|(_, a, _)| named.iter().any(|(_, b, _)| a != b && a.is_disjoint(b)));
    if differs {
        let list: Vec<String> = named
            .iter()
            .map(|(c, n, _)| {
                format!("{} ({c})", n.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", "))
            })
            .collect();
        let firsts: Vec<&Occurrence> = named.iter().map(|(_, _, o)| *o).collect();
        out.push(labelled(
            Diagnostic::new(
                Lint::SharedCode,
                format!("code {code} has different names in different contexts: {}", list.join(", ")),
            )
            .in_namespace(namespace)
            .with_code(code)
            .with_help(
                "one entry shows every context; acknowledge the sharing in catalog/policy.toml once reviewed",
            ),
            cx,
            &firsts,
            |o| format!("{} in `{}`", describe(o), context_of(o)),
        ));
    }
}

/// Same code, same name: the texts must mean the same.
fn meanings(namespace: &str, code: i64, occs: &[&Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Rows with disjoint names are different situations (a shared code); compare within a
    // name, or within a context when rows have no names. Texts in two languages are
    // translations, not two meanings: compare within a language.
    let mut groups: BTreeMap<(String, Option<Lang>), Vec<&Occurrence>> = BTreeMap::new();
    for o in occs {
        let key = o.names.first().map(|n| n.name.clone()).unwrap_or_else(|| context_of(o));
        groups.entry((key, o.meaning_lang())).or_default().push(o);
    }
    for group in groups.values().filter(|g| g.len() > 1) {
        let mut by_key: BTreeMap<String, Vec<&Occurrence>> = BTreeMap::new();
        for o in group {
            by_key.entry(meaning_key(&o.meaning())).or_default().push(o);
        }
        let mut same: Vec<&Occurrence> = Vec::new();
        let mut near: Vec<&Occurrence> = Vec::new();
        for g in by_key.values().filter(|g| g.len() > 1) {
            let exact: BTreeSet<String> = g.iter().map(|o| collapse_ws(&o.meaning())).collect();
            if exact.len() == 1 {
                same.extend(g.iter().copied());
            } else {
                near.extend(g.iter().copied());
            }
        }
        if !same.is_empty() {
            out.push(labelled(
                Diagnostic::new(
                    Lint::Duplicate,
                    format!(
                        "code {code} ({}) is written {} times with the same meaning; merged into one entry",
                        describe(same[0]),
                        same.len()
                    ),
                )
                .in_namespace(namespace)
                .with_code(code)
                .with_help("nothing to do: the site shows one entry with every place it is written"),
                cx,
                &same,
                |o| format!("in `{}`", o.section.join(" > ")),
            ));
        }
        if !near.is_empty() {
            out.push(labelled(
                Diagnostic::new(Lint::NearDuplicate, format!("code {code} ({}) is written {} times with texts that differ only in spacing, punctuation or case", describe(near[0]), near.len()))
                    .in_namespace(namespace)
                    .with_code(code)
                    .with_help("nothing to do: the texts mean the same; the site shows the first"),
                cx,
                &near,
                |o| format!("“{}”", o.meaning()),
            ));
        }
        if by_key.len() > 1 {
            let firsts: Vec<&Occurrence> = by_key.values().map(|g| g[0]).collect();
            let mut sorted = firsts.clone();
            sorted.sort_by_key(|o| (o.source.clone(), o.span.line));
            out.push(labelled(
                Diagnostic::new(Lint::ConflictingMeaning, format!("code {code} ({}) has {} different meanings", describe(sorted[0]), by_key.len()))
                    .in_namespace(namespace)
                    .with_code(code)
                    .with_help("correct the wrong text, or acknowledge the difference with a reason in catalog/policy.toml"),
                cx,
                &sorted,
                |o| format!("“{}”", o.meaning()),
            ));
        }
    }
}

/// One name used for several values of a namespace.
fn names_on_several_values(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut by_name: BTreeMap<(&str, &str), BTreeMap<i64, &Occurrence>> = BTreeMap::new();
    for o in occurrences {
        for n in &o.names {
            by_name.entry((o.namespace.as_str(), n.name.as_str())).or_default().entry(o.code).or_insert(o);
        }
    }
    for ((namespace, name), values) in by_name {
        if values.len() < 2 {
            continue;
        }
        let occs: Vec<&Occurrence> = values.values().copied().collect();
        let list: Vec<String> = values.keys().map(|v| v.to_string()).collect();
        let mut d = Diagnostic::new(
            Lint::ConflictingName,
            format!("name `{name}` is given to {} values: {}", values.len(), list.join(", ")),
        )
        .in_namespace(namespace)
        .with_help("correct the wrong row with a `rename` correction citing the SDK's definition");
        for v in values.keys() {
            d = d.with_code(*v);
        }
        let mut d = labelled(d, cx, &occs, |o| format!("`{name}` = {}", o.code));
        d.names.retain(|n| n == name);
        out.push(d);
    }
}

fn distinct_by<'a>(occs: &[&'a Occurrence], key: impl Fn(&Occurrence) -> String) -> Vec<&'a Occurrence> {
    let mut seen = BTreeSet::new();
    occs.iter().filter(|o| seen.insert(key(o))).copied().collect()
}
