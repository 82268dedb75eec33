//! Splitting a document into the sections its manifest declares.

use super::{DeclaredRange, Input, LineUse, Output};
use crate::lint::Lint;
use crate::manifest::Role;
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
    /// Column roles of the section's tables: the section's own, else the format's.
    pub columns: Vec<Role>,
    /// The header its tables must have: the section's own, else the format's.
    pub header: Option<Regex>,
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
            columns: format.columns.clone(),
            header: format.compiled().header.clone(),
        }];
    }
    let compile = |p: &Option<String>| p.as_deref().and_then(|p| Regex::new(p).ok());
    let patterns: Vec<Option<Regex>> = format.sections.iter().map(|s| compile(&s.heading_pattern)).collect();
    let headers: Vec<Option<Regex>> = format.sections.iter().map(|s| compile(&s.header)).collect();
    let stops: Vec<Option<Regex>> = format.sections.iter().map(|s| compile(&s.stop_at)).collect();
    let mut rules: Vec<usize> = Vec::new();
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
            path: vec![section_title(line.text, rule.heading.as_deref(), patterns[i].as_ref())],
            heading: Some(line.span()),
            first: line.number + 1,
            last: end,
            context: rule.context.clone(),
            severity: rule.severity,
            namespace: rule.namespace.clone().unwrap_or_else(|| input.namespace.to_owned()),
            range,
            columns: if rule.columns.is_empty() { format.columns.clone() } else { rule.columns.clone() },
            header: headers[i].clone().or_else(|| format.compiled().header.clone()),
        });
        rules.push(i);
        out.mark(line.number, LineUse::Markup);
    }
    for (span, rule) in spans.iter_mut().zip(rules) {
        end_at_next_heading(input, span, out);
        if let Some(re) = &stops[rule] {
            stop_section(input, span, re, out);
        }
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

/// Ends a section at the next markdown heading of its own level or above (`## Web` after
/// `### 警告码`), declared or not: what follows belongs to another part of the page. Its lines are outside,
/// so a row there is reported as unread, never read into this section.
fn end_at_next_heading(input: &Input<'_>, span: &mut SectionSpan, out: &mut Output) {
    let Some(level) = span.heading.and_then(|h| input.doc.line(h.line)).and_then(|l| heading_level(l.text))
    else {
        return;
    };
    let next = (span.first..=span.last)
        .filter_map(|n| input.doc.line(n))
        .find(|l| heading_level(l.text).is_some_and(|other| other <= level))
        .map(|l| l.number);
    if let Some(n) = next {
        out.mark_range(n, span.last, LineUse::Outside);
        span.last = n - 1;
    }
}

/// The level of a markdown heading line (`## …`); `None` for other lines. HTML headings do not
/// count: generated pages give a group and its members the same level (Doxygen's `<h2>`
/// "Enumeration Type Documentation" over an `<h2>` per enum).
pub fn heading_level(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t'])).then_some(hashes)
}

/// Ends a section at the first line its own `stop_at` matches; the lines from there to the
/// next section are not read.
fn stop_section(input: &Input<'_>, span: &mut SectionSpan, re: &Regex, out: &mut Output) {
    let stop = (span.first..=span.last)
        .filter_map(|n| input.doc.line(n))
        .find(|l| matches_line(re, l.text))
        .map(|l| l.number);
    if let Some(n) = stop {
        out.mark_range(n, span.last, LineUse::Outside);
        span.last = n - 1;
    }
}

/// The last line the sections may use: the one before `stop_at`, else the document's last.
fn body_end(input: &Input<'_>) -> u32 {
    let doc = input.doc;
    let stop = input.format.stop_at.as_deref().and_then(|p| Regex::new(p).ok());
    stop.and_then(|re| doc.lines().find(|l| matches_line(&re, l.text)).map(|l| l.number - 1))
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
        let want = rule.heading.as_deref().map(heading_text);
        let is_it = |text: String| !text.is_empty() && want.as_ref() == Some(&text);
        if is_it(heading_text(t)) || html_headings(t).any(|h| is_it(heading_text(h))) {
            *next_exact += 1;
            return Some((*next_exact - 1, None));
        }
    }
    patterns.iter().enumerate().find_map(|(i, re)| {
        let re = re.as_ref()?;
        let Some(c) = re.captures(t) else {
            // Written for the text a reader sees (`Warning codes`), not the markup around it.
            let text = heading_text(t);
            return (!text.is_empty() && re.is_match(&text)).then_some((i, None));
        };
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

/// A section's title: the declared heading's text, or the text of the heading the pattern
/// matched (on a minified page, its `<hN>` element, not the whole line).
fn section_title(line: &str, heading: Option<&str>, pattern: Option<&Regex>) -> String {
    if let Some(h) = heading {
        return heading_text(h);
    }
    let matched = html_headings(line).map(heading_text).find(|t| pattern.is_some_and(|re| re.is_match(t)));
    matched.unwrap_or_else(|| heading_text(line))
}

/// The `<h1>`…`<h6>` elements of a line, for pages minified onto a few lines, where a heading
/// shares its line with everything around it.
fn html_headings(line: &str) -> impl Iterator<Item = &str> {
    let mut found = Vec::new();
    // Most lines hold no tag at all: no copy of them is made.
    if !line.as_bytes().windows(2).any(|w| w[0] == b'<' && w[1] | 0x20 == b'h') {
        return found.into_iter();
    }
    let lower = line.to_ascii_lowercase();
    let mut from = 0;
    while let Some(open) = lower[from..].find("<h").map(|p| from + p) {
        let level = lower.as_bytes().get(open + 2).copied();
        from = open + 2;
        let Some(level @ b'1'..=b'6') = level else { continue };
        let close = format!("</h{}>", char::from(level));
        if let Some(end) = lower[open..].find(&close).map(|p| open + p + close.len()) {
            found.push(&line[open..end]);
            from = end;
        }
    }
    found.into_iter()
}

/// Whether a pattern matches a line as written (trimmed) or the text a reader sees in it.
pub fn matches_line(re: &Regex, line: &str) -> bool {
    re.is_match(line.trim()) || {
        let text = heading_text(line);
        !text.is_empty() && re.is_match(&text)
    }
}

/// A heading's text as a reader sees it: without markdown marks (`## Error codes ##`), tags
/// (`<h2 id="e">Error codes</h2>`), emphasis, an `{#anchor}` or entities for spaces and
/// ampersands. `Error codes` matches all of these.
pub fn heading_text(line: &str) -> String {
    let mut text = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let is_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| is_tag) {
            Some(end) => {
                text.push(' ');
                rest = &after[end + 1..];
            }
            None => {
                text.push('<');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    let text = text
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace("&amp;", "&")
        .replace("**", "")
        .replace("__", "")
        .replace('`', "");
    let mut t = text.trim().trim_start_matches('#').trim_end_matches('#').trim();
    if let Some(open) = t.rfind("{#").filter(|_| t.ends_with('}')) {
        t = t[..open].trim_end();
    }
    crate::text::collapse_ws(t)
}

/// A declared heading no line matches, with the lines that came closest.
fn missing_section(input: &Input<'_>, heading: &str, end: u32) -> crate::diag::Diagnostic {
    let want = bigrams(&heading_text(heading));
    let mut scored: Vec<(u32, crate::text::Line<'_>)> = input
        .doc
        .lines()
        .take(end as usize)
        .filter(|l| !l.is_blank() && l.text.chars().count() < 200)
        .map(|l| (similarity(&want, &bigrams(&heading_text(l.text))), l))
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
