//! Splitting a document into the sections its manifest declares.

use super::{DeclaredRange, Input, LineUse, Output};
use crate::lint::Lint;
use crate::model::{Section, Severity};
use crate::text::{Line, Span};
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

impl SectionSpan {
    /// An empty section record for this span, placed at its heading (or its first line when
    /// it has none).
    pub fn section(&self, input: &Input<'_>) -> Section {
        Section {
            source: input.source_id.to_owned(),
            path: self.path.clone(),
            line: self.heading.map(|h| h.line).unwrap_or(self.first),
            prose: Vec::new(),
        }
    }
}

/// Finds the sections of the input, marks their headings as markup and every line outside
/// them as outside. Without section rules the whole document is one section.
pub fn layout(input: &Input<'_>, out: &mut Output) -> Vec<SectionSpan> {
    let format = input.format;
    let end = body_end(input);
    out.mark_range(end + 1, input.doc.line_count() as u32, LineUse::Outside);
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
    for line in input.doc.lines().take(end as usize) {
        if line.text.trim().is_empty() {
            continue;
        }
        let Some((i, range)) = heading_rule(input, &patterns, &mut next_exact, &line) else {
            continue;
        };
        if let Some(prev) = spans.last_mut() {
            prev.last = line.number - 1;
        }
        let rule = &format.sections[i];
        spans.push(SectionSpan {
            path: vec![line.text.trim().to_owned()],
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
    let missing = format.sections[next_exact.min(format.sections.len())..].iter();
    for heading in missing.filter_map(|s| s.heading.as_deref()) {
        out.diagnostics.push(missing_section(input, heading, end));
    }
    let first_body = spans.first().map(|s| s.first.saturating_sub(1)).unwrap_or(end + 1);
    out.mark_range(1, first_body.saturating_sub(1), LineUse::Outside);
    if spans.is_empty() {
        out.mark_range(1, end, LineUse::Outside);
    }
    out.ranges.extend(spans.iter().filter_map(|s| s.range.clone()));
    spans
}

/// The last line the sections may use: the one before `stop_at`, else the document's last.
fn body_end(input: &Input<'_>) -> u32 {
    let doc = input.doc;
    let stop = input.format.stop_at.as_deref().and_then(|p| Regex::new(p).ok());
    stop.and_then(|re| doc.lines().find(|l| re.is_match(l.text.trim())).map(|l| l.number - 1))
        .unwrap_or(doc.line_count() as u32)
}

/// The section rule a heading line opens, with the codes it declares: the next exact heading
/// (exact headings match once, in order), else the first heading pattern that matches.
fn heading_rule(
    input: &Input<'_>,
    patterns: &[Option<Regex>],
    next_exact: &mut usize,
    line: &Line<'_>,
) -> Option<(usize, Option<DeclaredRange>)> {
    let sections = &input.format.sections;
    let t = line.text.trim();
    while *next_exact < sections.len() && sections[*next_exact].heading.is_none() {
        *next_exact += 1;
    }
    if let Some(rule) = sections.get(*next_exact) {
        if rule.heading.as_deref().map(heading_text) == Some(heading_text(t)) {
            *next_exact += 1;
            return Some((*next_exact - 1, None));
        }
    }
    patterns.iter().enumerate().find_map(|(i, re)| {
        let c = re.as_ref()?.captures(t)?;
        // The group's range is within the trimmed text.
        let indent = line.text.len() - line.text.trim_start().len();
        let range = c.name("range").map(|m| DeclaredRange {
            section: vec![t.to_owned()],
            text: m.as_str().to_owned(),
            span: line.span_of(&line.text[indent..][m.range()]),
        });
        Some((i, range))
    })
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
