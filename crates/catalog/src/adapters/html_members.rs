//! Generated API-reference HTML (TypeDoc, Doxygen, JSDoc …): pages that list members with a
//! name, a value and a description, without a table. CSS selectors from the manifest pick each
//! member and, within it, its fields. A member is a container (`section.tsd-member`) or an
//! element whose fields follow it as siblings up to the next member (JSDoc's `h4.name`,
//! Doxygen's `td.fieldname`): its scope is the element and those siblings.
//!
//! Sections come from the shared section model, by the line each member starts on. Every
//! member is an occurrence or a finding: a member without a value, or whose value is not a
//! code, is reported where it is written.

use super::cell_text::{self, CellText};
use super::code_blocks::label_of;
use super::html_source::Places;
use super::{append_line, finish, Input, LineUse, Output, RowContext, SectionSpan};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::{Format, Role};
use crate::model::{Name, Section, Text};
use crate::text::{collapse_ws, Span};
use regex::Regex;
use scraper::{ElementRef, Selector};
use std::sync::LazyLock;

/// A code after an optional `=` or `:` (`= 0x4001`, `ERR_X = 101,`, `: -2`), the default way to
/// read a value.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[=:])\s*(?P<code>[-−]?(?:0[xX][0-9A-Fa-f]+|\d+))\b").expect("static regex")
});

/// The manifest's selectors and patterns, parsed once per document.
struct Selectors {
    member: Selector,
    name: Option<Selector>,
    value: Option<Selector>,
    description: Option<Selector>,
    deprecated: Option<Selector>,
    name_pattern: Option<Regex>,
    value_pattern: Option<Regex>,
}

impl Selectors {
    fn of(f: &Format) -> Option<Selectors> {
        // Invalid selectors and patterns are reported by the manifest check.
        let sel = |s: &Option<String>| s.as_deref().and_then(|s| Selector::parse(s).ok());
        let re = |s: &Option<String>| s.as_deref().and_then(|s| Regex::new(s).ok());
        Some(Selectors {
            member: sel(&f.member_selector)?,
            name: sel(&f.name_selector),
            value: sel(&f.value_selector),
            description: sel(&f.description_selector),
            deprecated: sel(&f.deprecated_selector),
            name_pattern: re(&f.name_pattern),
            value_pattern: re(&f.value_pattern),
        })
    }
}

pub fn parse(input: &Input<'_>) -> Output {
    let doc = input.doc;
    let (mut out, spans, html) = super::html_source::begin(input);
    let Some(selectors) = Selectors::of(input.format) else { return out };
    let places = Places::new(doc, &html);
    let members: Vec<ElementRef<'_>> = html.select(&selectors.member).collect();
    let reader = Reader { input, spans: &spans, selectors: &selectors, places: &places };
    let mut sections: Vec<Option<Section>> = vec![None; spans.len()];
    for (k, member) in members.iter().enumerate() {
        let next = members.get(k + 1).copied();
        reader.member(*member, next, &mut sections, &mut out);
    }
    out.sections.extend(sections.into_iter().flatten());
    out
}

struct Reader<'a> {
    input: &'a Input<'a>,
    spans: &'a [SectionSpan],
    selectors: &'a Selectors,
    places: &'a Places,
}

/// The fields of one member, as found in its scope.
struct Fields {
    name: Option<(String, Span)>,
    value: Option<(String, Span)>,
    description: Vec<(CellText, Span)>,
    deprecated: Option<(String, Span)>,
}

impl<'a> Reader<'a> {
    fn section_of(&self, line: u32) -> Option<usize> {
        let i = self.spans.partition_point(|s| s.last < line);
        self.spans.get(i).filter(|s| s.first <= line).map(|_| i)
    }

    /// The section a member starting at `at` is in: by its line, or, on a page minified onto
    /// a few lines, the last section whose heading line holds it.
    fn section_at(&self, at: Span) -> Option<usize> {
        self.section_of(at.line)
            .or_else(|| self.spans.iter().rposition(|s| s.heading.is_some_and(|h| h.line == at.line)))
    }

    fn member(
        &self,
        member: ElementRef<'_>,
        next: Option<ElementRef<'_>>,
        sections: &mut [Option<Section>],
        out: &mut Output,
    ) {
        let input = self.input;
        let Some(at) = self.places.of(member) else { return };
        let scope = scope(member, next, self.selectors.value.as_ref());
        let Some(si) = self.section_at(at) else {
            let fields = self.fields(member, &scope);
            let what = fields.name.as_ref().map_or("a member".to_owned(), |(n, _)| format!("member `{n}`"));
            out.diagnostics.push(
                Diagnostic::new(Lint::UnreadRow, format!("{what} stands outside every section the manifest declares, so it was not read"))
                    .with_label(Label::primary(input.file, at, "outside every section"))
                    .with_help("declare the section it is under in `format.sections`, or leave `sections` out to read the whole page"),
            );
            return;
        };
        let span = &self.spans[si];
        // The member ends where its last element starts, and before the next member.
        let last = scope.last().map(|el| last_descendant(*el)).and_then(|el| self.places.of(el));
        let before_next =
            next.and_then(|n| self.places.of(n)).map_or(span.last, |n| n.line.saturating_sub(1));
        let end_line = last.map_or(at.line, |l| l.line).min(before_next).min(span.last).max(at.line);
        let fields = self.fields(member, &scope);
        let cx = RowContext::for_section(input, span);
        sections[si].get_or_insert_with(|| span.section(input));
        let Some((code_text, code_span)) = fields.value.clone() else {
            out.mark_range(at.line, end_line, LineUse::Reported);
            let what = fields.name.as_ref().map_or("a member".to_owned(), |(n, _)| format!("member `{n}`"));
            out.diagnostics.push(
                Diagnostic::new(Lint::BadValue, format!("{what} has no value that is a code"))
                    .in_namespace(&cx.namespace)
                    .with_label(Label::primary(input.file, at, "member without a code"))
                    .with_help("check `value_selector` and `value_pattern` in the manifest, or add the value with a correction"),
            );
            return;
        };
        let Some(mut occ) = cx.occurrence(&code_text, code_span) else {
            out.mark_range(at.line, end_line, LineUse::Reported);
            out.diagnostics.push(
                Diagnostic::new(Lint::BadValue, format!("`{code_text}` is not a code"))
                    .in_namespace(&cx.namespace)
                    .with_label(Label::primary(input.file, code_span, "expected a decimal or 0x-hex code"))
                    .with_help(super::not_a_code_help(&code_text, ", or `value_pattern` in the manifest")),
            );
            return;
        };
        occ.span = at;
        occ.code_span = code_span;
        occ.last_line = end_line;
        if let Some((name, span)) = fields.name {
            occ.names.push(Name { name, span });
        }
        self.describe(&mut occ, &cx, fields.description);
        if let Some((text, span)) = fields.deprecated {
            occ.deprecated = Some(Text { text, lang: input.lang, span });
        }
        finish(&mut occ, input.format, cx.severity);
        out.occurrences.push(occ);
        out.mark_range(at.line, end_line, LineUse::Row);
    }

    /// Picks the member's fields in its scope.
    fn fields(&self, member: ElementRef<'_>, scope: &[ElementRef<'_>]) -> Fields {
        let s = self.selectors;
        let first =
            |sel: &Option<Selector>| sel.as_ref().and_then(|sel| select(scope, sel).into_iter().next());
        let name = match &s.name {
            Some(_) => first(&s.name),
            None => Some(member),
        }
        .and_then(|el| {
            let text = plain(el);
            let name = match &s.name_pattern {
                Some(re) => re.captures(&text)?.name("name")?.as_str().to_owned(),
                None => text,
            };
            (!name.is_empty()).then(|| (self.find(el, &name), name))
        })
        .map(|(span, name)| (name, span));
        let value = first(&s.value).and_then(|el| {
            let text = plain(el);
            let re = s.value_pattern.as_ref().unwrap_or(&VALUE);
            let code = re.captures(&text)?.name("code")?.as_str().replace('−', "-");
            Some((code.clone(), self.find(el, &code)))
        });
        let description = s
            .description
            .as_ref()
            .map(|sel| select(scope, sel))
            .unwrap_or_default()
            .into_iter()
            .map(|el| {
                let text = cell_text::from_element(el, &[]);
                let span = self.find(el, text.text.lines().next().unwrap_or(""));
                (text, span)
            })
            .filter(|(t, _)| !t.text.is_empty())
            .collect();
        let deprecated = first(&s.deprecated).map(|el| {
            let text = strip_label(&plain(el));
            (if text.is_empty() { "deprecated".to_owned() } else { text }, self.find(el, ""))
        });
        Fields { name, value, description, deprecated }
    }

    /// The description's lines: the description, or the field a label opens
    /// (`Handling suggestion: …`), each line kept on its own.
    fn describe(
        &self,
        occ: &mut crate::model::Occurrence,
        cx: &RowContext<'_>,
        parts: Vec<(CellText, Span)>,
    ) {
        let labels = &self.input.format.labels;
        let mut role = Role::Description;
        for (text, span) in parts {
            for line in text.text.lines() {
                let (r, piece) = match label_of(line.trim_start_matches("- "), labels) {
                    Some((r, rest)) => (r, rest.trim()),
                    None => (role, line),
                };
                role = r;
                if !piece.is_empty() {
                    append_line(occ, role, piece, || cx.text(role, piece.to_owned(), span));
                }
            }
        }
    }

    /// Where `needle` is written, searched from the element's tag to the end of its line or the
    /// next 4 KB (whichever is further), else the element's tag.
    fn find(&self, el: ElementRef<'_>, needle: &str) -> Span {
        let Some(at) = self.places.of(el) else { return Span::default() };
        let text = &self.input.doc.text;
        let end = (at.start + 4096).min(text.len());
        let mut end = end;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(window) = text.get(at.start..end) else { return at };
        let body_at = window.find('>').map_or(0, |i| i + 1);
        let needle = needle.trim();
        if needle.is_empty() {
            return at;
        }
        let probe = super::html_table::prefix(needle, 40);
        let word = needle.split_whitespace().next().unwrap_or("");
        [probe, word]
            .into_iter()
            .filter(|p| !p.is_empty())
            .find_map(|p| window[body_at..].find(p).map(|i| (i, p.len())))
            .map_or(at, |(i, len)| super::html_table::span_after(text, at, at.start + body_at + i, len))
    }
}

/// An element's text on one line, list items without their marks (`<ul><li>0x4001</li></ul>`
/// is `0x4001`).
fn plain(el: ElementRef<'_>) -> String {
    let text = cell_text::from_element(el, &[]).text;
    collapse_ws(&text.lines().map(|l| l.strip_prefix("- ").unwrap_or(l)).collect::<Vec<_>>().join(" "))
}

/// `Deprecated: since v4` → `since v4`: the element often repeats the label.
fn strip_label(text: &str) -> String {
    let t = text.trim();
    for label in ["Deprecated:", "Deprecated", "弃用：", "弃用:", "弃用", "已废弃"] {
        if let Some(rest) = t.strip_prefix(label) {
            return rest.trim().to_owned();
        }
    }
    t.to_owned()
}

/// A member's scope: itself when it holds its value (a container), else itself and its
/// following siblings up to the one that is or holds the next member.
fn scope<'e>(
    member: ElementRef<'e>,
    next: Option<ElementRef<'e>>,
    value: Option<&Selector>,
) -> Vec<ElementRef<'e>> {
    let mut out = vec![member];
    if value.is_some_and(|v| member.select(v).next().is_some()) {
        return out;
    }
    let stop = next.map(|n| n.id());
    for sibling in member.next_siblings().filter_map(ElementRef::wrap) {
        let holds_next =
            stop.is_some_and(|id| sibling.id() == id || sibling.descendants().any(|d| d.id() == id));
        if holds_next {
            break;
        }
        out.push(sibling);
    }
    out
}

/// The last element in document order within `el` (itself when it has no child element).
fn last_descendant(el: ElementRef<'_>) -> ElementRef<'_> {
    let mut el = el;
    while let Some(child) = el.children().rev().find_map(ElementRef::wrap) {
        el = child;
    }
    el
}

/// The elements of a scope a selector matches: each scope element itself and its descendants.
fn select<'e>(scope: &[ElementRef<'e>], sel: &Selector) -> Vec<ElementRef<'e>> {
    let mut out = Vec::new();
    for el in scope {
        if sel.matches(el) {
            out.push(*el);
        }
        out.extend(el.select(sel));
    }
    out
}
