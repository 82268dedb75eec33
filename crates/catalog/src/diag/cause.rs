//! Findings grouped by cause, so that a maintainer reads one finding per cause with the rows it
//! affects under it: one lost heading breaks the range of fifty rows, one acknowledgement covers
//! a dozen duplicates. The lint report and the site's findings page group with this one rule.

use super::{Diagnostic, Label};
use crate::lint::Lint;
use std::collections::BTreeMap;

/// What makes findings one cause: their kind, the places they name besides their own rows (the
/// heading that declared a range …) and their resolution. A finding with neither an explaining
/// place nor a resolution is a cause of its own.
type CauseKey = (Lint, Vec<(String, u32, String)>, Option<String>);

/// The findings in `items` grouped by cause, each group in the order of its first finding.
pub fn causes<'d>(items: &[&'d Diagnostic]) -> Vec<Vec<&'d Diagnostic>> {
    let mut order: Vec<Vec<&Diagnostic>> = Vec::new();
    let mut index: BTreeMap<CauseKey, usize> = BTreeMap::new();
    for d in items {
        let because: Vec<(String, u32, String)> =
            split(d).1.into_iter().map(|l| (l.file.clone(), l.line, l.message.clone())).collect();
        let reason = d.resolution_reason().map(str::to_owned);
        if because.is_empty() && reason.is_none() {
            order.push(vec![d]);
            continue;
        }
        let key = (d.id, because, reason);
        match index.get(&key) {
            Some(&i) => order[i].push(d),
            None => {
                index.insert(key, order.len());
                order.push(vec![d]);
            }
        }
    }
    order
}

/// A finding's labels as (the rows it locates, the places that explain it). A finding with one
/// label has no explaining place: its one place is the row.
pub fn split(d: &Diagnostic) -> (Vec<&Label>, Vec<&Label>) {
    if d.labels.len() <= 1 {
        return (d.labels.iter().collect(), Vec::new());
    }
    if d.labels.iter().any(|l| l.primary) {
        d.labels.iter().partition(|l| l.primary)
    } else {
        let (first, rest) = d.labels.split_at(1);
        (first.iter().collect(), rest.iter().collect())
    }
}

/// One finding for a whole cause: the first finding's message and help, the explaining places
/// once, then every affected row's place (labelled with its own message when the rows say
/// different things), and the codes and names of them all.
pub fn merge(group: &[&Diagnostic]) -> Option<Diagnostic> {
    let (first, rest) = group.split_first()?;
    if rest.is_empty() {
        return Some((*first).clone());
    }
    let mut merged = (*first).clone();
    merged.message = format!("{} (and {} more rows of this cause, listed below)", first.message, rest.len());
    let because: Vec<Label> = split(first).1.into_iter().cloned().collect();
    let first_shape = shape(&first.message);
    let mut rows: Vec<Label> = Vec::new();
    for d in group {
        let differs = shape(&d.message) != first_shape;
        for l in split(d).0 {
            let mut l = l.clone();
            l.primary = true;
            if differs {
                l.message = d.message.clone();
            }
            rows.push(l);
        }
        for &c in &d.codes {
            merged = merged.with_code(c);
        }
        for n in &d.names {
            merged = merged.with_name(n);
        }
    }
    merged.labels = because.into_iter().chain(rows).collect();
    Some(merged)
}

/// A message with its numbers blanked: findings of one cause differ in their codes only.
pub fn shape(message: &str) -> String {
    message.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Resolution;
    use crate::text::Span;

    fn at(line: u32) -> Span {
        Span { line, column: 1, start: 0, end: 0 }
    }

    fn outside(code: i64, line: u32, heading: u32) -> Diagnostic {
        Diagnostic::new(Lint::CodeOutsideRange, format!("code {code} lies outside `1xxx`"))
            .with_code(code)
            .with_label(Label::primary("doc.md", at(line), "outside"))
            .with_label(Label::secondary("doc.md", at(heading), "range declared here"))
    }

    #[test]
    fn rows_under_one_heading_are_one_cause() {
        let (a, b, c) = (outside(2001, 10, 3), outside(2002, 11, 3), outside(3001, 40, 30));
        let grouped = causes(&[&a, &b, &c]);
        assert_eq!(grouped.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
        let merged = merge(&grouped[0]).expect("a group");
        assert_eq!(merged.codes, [2001, 2002]);
        assert!(
            merged.message.ends_with("(and 1 more rows of this cause, listed below)"),
            "{}",
            merged.message
        );
        let lines: Vec<(u32, bool)> = merged.labels.iter().map(|l| (l.line, l.primary)).collect();
        assert_eq!(lines, [(3, false), (10, true), (11, true)], "the heading once, then each row");
    }

    #[test]
    fn one_resolution_is_one_cause_and_unresolved_lone_rows_stay_apart() {
        let lone = |code: i64, line: u32| {
            Diagnostic::new(Lint::Duplicate, format!("code {code} twice")).with_label(Label::primary(
                "doc.md",
                at(line),
                "here",
            ))
        };
        let mut a = lone(1, 5);
        let mut b = lone(2, 9);
        let c = lone(3, 12);
        let d = lone(4, 14);
        a.resolution = Some(Resolution::Acknowledged("reviewed (policy.toml:4)".into()));
        b.resolution = a.resolution.clone();
        let grouped = causes(&[&a, &b, &c, &d]);
        assert_eq!(grouped.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1, 1]);
        assert_eq!(merge(&grouped[1]).map(|m| m.message), Some("code 3 twice".to_owned()));
    }

    #[test]
    fn a_row_whose_message_differs_keeps_its_own() {
        let a = outside(2001, 10, 3);
        let mut b = outside(2002, 11, 3);
        b.message = "another reading of the row".into();
        let merged = merge(&[&a, &b]).expect("a group");
        assert_eq!(merged.labels[2].message, "another reading of the row");
        assert_eq!(merged.labels[1].message, "outside");
    }
}
