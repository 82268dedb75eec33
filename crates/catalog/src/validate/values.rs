//! Checks of single rows: hex widths and truncated values, codes outside the range their
//! heading declares, truncated texts, rows without a name.

use super::{describe, Context};
use crate::code::{parse_code, Notation};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::Occurrence;
use std::collections::BTreeMap;

pub fn check(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    hex_widths(occurrences, cx, out);
    for o in occurrences {
        let file = cx.file(&o.source);
        if let Some(range) = cx
            .ranges
            .iter()
            .filter(|(s, r)| *s == o.source && o.section.first() == r.section.first())
            .map(|(_, r)| r)
            .next()
        {
            if !range.contains(o.code) {
                let mut d = Diagnostic::new(
                    Lint::CodeOutsideRange,
                    format!(
                        "code {} lies outside `{}`, the range its section heading declares",
                        o.code, range.text
                    ),
                )
                .in_namespace(&o.namespace)
                .with_code(o.code)
                .with_label(Label::primary(file, o.code_span, "outside the declared range"));
                if range.span.end > range.span.start {
                    d = d.with_label(Label::secondary(file, range.span, "range declared here"));
                }
                for n in &o.names {
                    d = d.with_name(&n.name);
                }
                out.push(d.with_help("the table probably lost its own heading: add a `set-heading` correction, or acknowledge it in catalog/policy.toml"));
            }
        }
        for (field, t) in o.texts() {
            if let Some(why) = crate::adapters::looks_truncated(&t.text) {
                // "See the following code sample:" is answered by the row's example.
                if field == crate::model::Field::Note && !o.examples.is_empty() && why.contains("colon") {
                    continue;
                }
                out.push(
                    Diagnostic::new(Lint::TruncatedText, format!("the {field} of {} {why}", describe(o)))
                        .in_namespace(&o.namespace)
                        .with_code(o.code)
                        .with_label(Label::primary(file, t.span, format!("{field} looks cut short")))
                        .with_help("compare with the vendor's page; complete it with a correction or acknowledge it in catalog/policy.toml"),
                );
            }
        }
        if o.names.is_empty() && cx.named_sources.iter().any(|(s, ns)| *s == o.source && *ns == o.namespace) {
            out.push(
                Diagnostic::new(
                    Lint::MissingName,
                    format!("row with code {} has no symbolic name", o.code_text),
                )
                .in_namespace(&o.namespace)
                .with_code(o.code)
                .with_label(Label::primary(file, o.span, "no name"))
                .with_help(
                    "name it with an `add-names` correction in catalog/corrections.toml, citing the SDK",
                ),
            );
        }
        if o.message.is_none() && o.description.is_none() && o.cause.is_none() && o.suggestion.is_none() {
            out.push(
                Diagnostic::new(Lint::MissingText, format!("row {} has no text at all", describe(o)))
                    .in_namespace(&o.namespace)
                    .with_code(o.code)
                    .with_label(Label::primary(file, o.span, "no description"))
                    .with_help("the document lost the row's text; add it with a correction if the vendor's page has it"),
            );
        }
    }
}

/// Hex codes with fewer digits than the document usually writes: a lost leading zero when
/// the value still reads the same, a lost digit (a wrong value) when it already starts with
/// a zero.
fn hex_widths(occurrences: &[Occurrence], cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let hex_of = |o: &Occurrence| -> Option<(String, u8)> {
        [Some(&o.code_text), o.alt_code_text.as_ref()].into_iter().flatten().find_map(|t| {
            match parse_code(t)?.notation {
                Notation::Hex { digits } => Some((t.clone(), digits)),
                Notation::Decimal => None,
            }
        })
    };
    let mut widths: BTreeMap<&str, BTreeMap<u8, usize>> = BTreeMap::new();
    for o in occurrences {
        if let Some((_, d)) = hex_of(o) {
            *widths.entry(o.source.as_str()).or_default().entry(d).or_default() += 1;
        }
    }
    for o in occurrences {
        let Some((text, digits)) = hex_of(o) else {
            continue;
        };
        let Some(usual) = widths
            .get(o.source.as_str())
            .and_then(|w| w.iter().max_by_key(|(d, n)| (**n, **d)).map(|(d, _)| *d))
        else {
            continue;
        };
        if digits >= usual || usual < 6 {
            continue;
        }
        let file = cx.file(&o.source);
        let span = if o.code_text == text { o.code_span } else { o.span };
        let lost_inside = text[2..].starts_with('0');
        let d = if lost_inside {
            Diagnostic::new(
                Lint::TruncatedValue,
                format!("`{text}` has {digits} hex digits where this document writes {usual}, and already starts with 0: a digit was lost, so the value {} is probably wrong", o.code),
            )
            .with_help("find the real value in the SDK and record it with a `set-value` correction in catalog/corrections.toml")
        } else {
            Diagnostic::new(
                Lint::UnusualHexWidth,
                format!("`{text}` has {digits} hex digits where this document writes {usual}: a leading zero was probably lost (the value is unaffected)"),
            )
            .with_help("acknowledge it in catalog/policy.toml once checked against the SDK")
        };
        let mut d = d.in_namespace(&o.namespace).with_code(o.code).with_label(Label::primary(
            file,
            span,
            format!("{digits} digits"),
        ));
        for n in &o.names {
            d = d.with_name(&n.name);
        }
        out.push(d);
    }
}
