//! A correction changes what a vendor's document says, so it must rest on something the
//! catalog can check: a line of an SDK file stored under `catalog/sources/`, cited as
//! `catalog/sources/<id>/<file>:<line>`, whose member defines the value (and a name) the
//! correction claims. A cited line that defines no member, or defines one of the correction's
//! names with another value, is a finding; so is a correction that claims a value or a name and
//! cites no line that supports it. Headings (`set-heading`) are a reading of the page's layout:
//! their citations, if any, must resolve, but need not define the heading.

use super::{Applied, Correction, Corrections, Kind};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::model::Occurrence;
use crate::policy::line_span;
use regex::Regex;
use std::sync::LazyLock;

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"catalog/sources/(?P<id>[a-z0-9][a-z0-9-]*)/(?P<path>[^\s:;]+):(?P<line>\d+)")
        .expect("static regex")
});

/// One `catalog/sources/<id>/<file>:<line>` of a citation.
struct Reference<'c> {
    text: &'c str,
    source: &'c str,
    line: u32,
}

/// What a correction claims: the value the row gets and the names it gets or keeps.
fn claim(c: &Correction) -> Option<(i64, Vec<&str>)> {
    let names = c.names.iter().map(String::as_str);
    match c.kind {
        Kind::AddNames | Kind::RestoreRow | Kind::AddRow => Some((c.code?, names.collect())),
        Kind::Rename => Some((c.code?, c.to.as_deref().into_iter().collect())),
        Kind::SetValue => Some((c.value?, names.collect())),
        Kind::SetHeading => None,
    }
}

/// How a cited line bears on a claim.
enum Verdict {
    Supports,
    /// The line defines one of the claimed names with another value.
    Contradicts {
        name: String,
        value: i64,
    },
    /// A member, but neither the value nor a name of the claim.
    Unrelated,
    /// No member of an SDK file is defined on that line.
    NoMember,
}

fn verdict(r: &Reference<'_>, claim: Option<&(i64, Vec<&str>)>, occurrences: &[Occurrence]) -> Verdict {
    let at: Vec<&Occurrence> = occurrences
        .iter()
        .filter(|o| o.source == r.source && (o.span.line..=o.last_line.max(o.span.line)).contains(&r.line))
        .collect();
    if at.is_empty() {
        return Verdict::NoMember;
    }
    let Some((value, names)) = claim else { return Verdict::Supports };
    let named =
        |o: &Occurrence| o.names.iter().find(|n| names.contains(&n.name.as_str())).map(|n| n.name.clone());
    if at.iter().any(|o| o.code == *value && (names.is_empty() || named(o).is_some())) {
        return Verdict::Supports;
    }
    if let Some((o, name)) = at.iter().find_map(|o| named(o).map(|n| (o, n))) {
        return Verdict::Contradicts { name, value: o.code };
    }
    if at.iter().any(|o| o.code == *value) {
        return Verdict::Supports;
    }
    Verdict::Unrelated
}

/// Checks the citation of every correction that applied (a stale one is reported as such)
/// against the SDK files' members (`occurrences`).
pub fn check(
    corrections: &Corrections,
    applied: &[Applied],
    (file, text): (&str, &str),
    occurrences: &[Occurrence],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in corrections.correction.iter().filter(|c| applied.iter().any(|a| a.at == c.at)) {
        let here = Label::primary(file, line_span(text, c.at), "this correction");
        let finding = |message: String, help: &str| {
            Diagnostic::new(Lint::CorrectionCitation, message)
                .with_label(here.clone())
                .with_help(help.to_owned())
        };
        let claim = claim(c);
        let citation = c.citation.as_deref().unwrap_or("");
        let mut supported = false;
        for m in REFERENCE.captures_iter(citation) {
            let (Some(all), Some(source), Some(line)) = (m.get(0), m.name("id"), m.name("line")) else {
                continue;
            };
            let r = Reference {
                text: all.as_str(),
                source: source.as_str(),
                line: line.as_str().parse().unwrap_or(0),
            };
            match verdict(&r, claim.as_ref(), occurrences) {
                Verdict::Supports => supported = true,
                Verdict::Contradicts { name, value } => out.push(finding(
                    format!(
                        "the citation `{}` defines `{name}` = {value}, which contradicts the correction ({})",
                        r.text,
                        claim.as_ref().map_or(String::new(), |(v, _)| format!("value {v}"))
                    ),
                    "cite a line that defines the corrected value, or fix the correction; say why in `reason` if the SDK changed later",
                )),
                Verdict::Unrelated => out.push(finding(
                    format!("the citation `{}` defines neither the corrected value nor one of its names", r.text),
                    "cite the SDK line that defines the value (file:line of catalog/sources/…)",
                )),
                Verdict::NoMember => out.push(finding(
                    format!("the citation `{}` points at a line where no SDK member of the catalog is defined", r.text),
                    "cite `catalog/sources/<id>/<file>:<line>` of a stored SDK file, at the line of the member",
                )),
            }
        }
        if claim.is_some() && !supported {
            out.push(finding(
                format!(
                    "the `{}` correction of `{}` line {} cites no SDK line that supports it",
                    c.kind.as_str(),
                    c.source,
                    c.line
                ),
                "add `catalog/sources/<id>/<file>:<line>` of the SDK member that defines the value and name to `citation`",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Name;
    use crate::text::Span;

    fn member(line: u32, code: i64, name: &str) -> Occurrence {
        let span = Span { line, column: 5, start: 0, end: 0 };
        let mut o = Occurrence::new("sdk", "demo", Vec::new(), None, span, code, &code.to_string());
        o.names = vec![Name { name: name.to_owned(), span }];
        o
    }

    fn correction(citation: &str) -> Corrections {
        let text = format!(
            "[[correction]]\nkind = \"add-names\"\nsource = \"doc\"\nline = 7\ncode = 1001\nnames = [\"ERR_A\"]\nreason = \"r\"\ncitation = \"{citation}\"\n"
        );
        super::super::parse(&text).map_err(|e| e.0).expect("parses")
    }

    fn messages(citation: &str) -> Vec<String> {
        let members = [member(3, 1001, "ERR_A"), member(4, 1002, "ERR_B"), member(6, 999, "ERR_A")];
        let c = correction(citation);
        let applied = [Applied {
            at: 1,
            kind: Kind::AddNames,
            file: "doc.md".into(),
            first: 7,
            last: 7,
            explanation: String::new(),
        }];
        check(&c, &applied, ("corrections.toml", ""), &members).into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn a_citation_supports_contradicts_or_misses() {
        assert!(messages("catalog/sources/sdk/e.h:3 ERR_A = 1001").is_empty(), "value and name agree");
        let unrelated = messages("catalog/sources/sdk/e.h:4");
        assert_eq!(unrelated.len(), 2, "{unrelated:?}");
        assert!(unrelated[0].contains("defines neither"));
        assert!(unrelated[1].contains("cites no SDK line"));
        let none = messages("catalog/sources/sdk/e.h:9; catalog/sources/sdk/e.h:3");
        assert_eq!(none.len(), 1, "{none:?}");
        assert!(none[0].contains("no SDK member"));
        let contradicted = messages("catalog/sources/sdk/e.h:3; catalog/sources/sdk/e.h:6");
        assert_eq!(contradicted.len(), 1, "{contradicted:?}");
        assert!(contradicted[0].contains("defines `ERR_A` = 999, which contradicts"));
        let bare = messages("the vendor's page says so");
        assert_eq!(bare.len(), 1);
        assert!(bare[0].contains("cites no SDK line"));
    }

    #[test]
    fn a_stale_correction_is_not_checked_twice() {
        let c = correction("nothing");
        assert!(check(&c, &[], ("corrections.toml", ""), &[]).is_empty());
    }
}
