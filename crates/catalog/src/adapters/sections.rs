//! Splitting a document into the sections its manifest declares.

use super::{DeclaredRange, Input, LineUse, Output};
use crate::lint::Lint;
use crate::model::Severity;
use crate::text::Span;
use regex::Regex;

/// One section of a document: its heading and the lines under it.
#[derive(Debug, Clone)]
pub struct SectionSpan {
    pub path: Vec<String>,
    pub heading: Option<Span>,
    /// First and last line of the section's body (inclusive); `first > last` when empty.
    pub first: u32,
    pub last: u32,
    pub context: Option<String>,
    pub severity: Option<Severity>,
    pub namespace: String,
    pub range: Option<DeclaredRange>,
}

/// Finds the sections of the input, marks their headings as markup and every line outside
/// them as outside. Without section rules the whole document is one section.
pub fn layout(input: &Input<'_>, out: &mut Output) -> Vec<SectionSpan> {
    let doc = input.doc;
    let format = input.format;
    let total = doc.line_count() as u32;
    let stop = format.stop_at.as_deref().and_then(|p| Regex::new(p).ok());
    let end = stop
        .and_then(|re| doc.lines().find(|l| re.is_match(l.text.trim())).map(|l| l.number - 1))
        .unwrap_or(total);
    out.mark_range(end + 1, total, LineUse::Outside);
    if format.sections.is_empty() {
        return vec![SectionSpan {
            path: Vec::new(),
            heading: None,
            first: 1,
            last: end,
            context: None,
            severity: None,
            namespace: input.namespace.to_owned(),
            range: None,
        }];
    }
    let patterns: Vec<Option<Regex>> = format
        .sections
        .iter()
        .map(|s| s.heading_pattern.as_deref().and_then(|p| Regex::new(p).ok()))
        .collect();
    let mut next_exact = 0;
    let mut spans: Vec<SectionSpan> = Vec::new();
    for line in doc.lines().take(end as usize) {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        let mut hit = None;
        while next_exact < format.sections.len() && format.sections[next_exact].heading.is_none() {
            next_exact += 1;
        }
        if let Some(rule) = format.sections.get(next_exact) {
            if rule.heading.as_deref().map(heading_text) == Some(heading_text(t)) {
                hit = Some((next_exact, vec![t.to_owned()], None));
                next_exact += 1;
            }
        }
        if hit.is_none() {
            for (i, re) in patterns.iter().enumerate() {
                let Some(c) = re.as_ref().and_then(|re| re.captures(t)) else {
                    continue;
                };
                let title = c.name("title").map(|m| m.as_str()).unwrap_or(t);
                let range = c.name("range").map(|m| DeclaredRange {
                    section: vec![title.to_owned()],
                    text: m.as_str().to_owned(),
                    span: line
                        .span_of(&line.text[line.text.len() - line.text.trim_start().len()..][m.range()]),
                });
                hit = Some((i, vec![t.to_owned()], range));
                break;
            }
        }
        let Some((i, path, range)) = hit else {
            continue;
        };
        if let Some(prev) = spans.last_mut() {
            prev.last = line.number - 1;
        }
        let rule = &format.sections[i];
        let range = range.map(|mut r| {
            r.section = path.clone();
            r
        });
        spans.push(SectionSpan {
            path,
            heading: Some(line.span()),
            first: line.number + 1,
            last: end,
            context: rule.context.clone(),
            severity: rule.severity,
            namespace: rule.namespace.clone().unwrap_or_else(|| input.namespace.to_owned()),
            range,
        });
        out.mark(line.number, LineUse::Markup);
    }
    let missing: Vec<&str> = format.sections[next_exact.min(format.sections.len())..]
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    for heading in missing {
        out.diagnostics.push(missing_section(input, heading, end));
    }
    let first_body = spans.first().map(|s| s.first.saturating_sub(1)).unwrap_or(end + 1);
    out.mark_range(1, first_body.saturating_sub(1), LineUse::Outside);
    if spans.is_empty() {
        out.mark_range(1, end, LineUse::Outside);
    }
    for s in &spans {
        if let Some(r) = &s.range {
            out.ranges.push(r.clone());
        }
    }
    spans
}

/// A heading's text without markdown marks: `## Error codes ##` and `Error codes` match.
fn heading_text(line: &str) -> &str {
    line.trim().trim_start_matches('#').trim_end_matches('#').trim()
}

/// A declared heading no line matches, with the lines that came closest.
fn missing_section(input: &Input<'_>, heading: &str, end: u32) -> crate::diag::Diagnostic {
    let want = bigrams(heading_text(heading));
    let mut scored: Vec<(u32, crate::text::Line<'_>)> = input
        .doc
        .lines()
        .take(end as usize)
        .filter(|l| !l.is_blank() && l.text.chars().count() < 200)
        .map(|l| (similarity(&want, &bigrams(heading_text(l.text))), l))
        .filter(|(score, _)| *score >= 40)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.number.cmp(&b.1.number)));
    let mut d = crate::diag::Diagnostic::new(
        Lint::MissingSection,
        format!("no line of the document is the section heading `{heading}` that the manifest declares"),
    );
    let closest: Vec<String> = scored.iter().take(3).map(|(_, l)| format!("line {}", l.number)).collect();
    d = match scored.first() {
        Some((_, l)) => d.with_label(crate::diag::Label::primary(input.file, l.span(), "closest line")),
        None => d.with_label(crate::diag::Label::primary(
            input.file,
            // An empty document has no line 1, but its start is still a place to point at.
            input.doc.line(1).map_or(input.doc.span_at(0, 0), |l| l.span()),
            "no line of this document comes close",
        )),
    };
    for (_, l) in scored.iter().skip(1).take(2) {
        d = d.with_label(crate::diag::Label::secondary(input.file, l.span(), "also close"));
    }
    let hint = if closest.is_empty() {
        "check that the right document was received, or fix `format.sections` in the manifest".to_owned()
    } else {
        format!("headings match by their text, with or without `#` marks: copy the text of {} into `format.sections`, or check that the right document was received", closest.join(" or "))
    };
    d.with_help(hint)
}

fn bigrams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().flat_map(char::to_lowercase).filter(|c| !c.is_whitespace()).collect();
    let mut v: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    v.sort_unstable();
    v
}

/// Dice similarity of two sorted bigram lists, in percent.
fn similarity(a: &[(char, char)], b: &[(char, char)]) -> u32 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    (200 * common / (a.len() + b.len())) as u32
}
