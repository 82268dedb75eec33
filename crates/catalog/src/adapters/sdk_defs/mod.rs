//! The `sdk-definitions` family: an SDK's own source files (C/C++/Objective-C headers,
//! TypeScript definitions, Java/Kotlin/Dart constant classes) read as occurrences. The
//! manifest's `[[format.groups]]` rules say which enums or constant groups to read and which
//! namespace, severity and context each member goes to; every member is evaluated in file
//! order (references to earlier members and defines included), and its doc comment becomes its
//! texts. A member of a selected group that cannot be read is a finding, never a guess.

mod attach;
pub mod doc;
pub mod eval;
pub mod lexer;
pub mod scan;

use super::{finish, Input, LineUse, Output};
use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::{CodeLanguage, GroupRule};
use crate::model::{Field, Lang, Name, Occurrence, Text, Translation};
use crate::text::Span;
use attach::Attachments;
use eval::{Dialect, Symbols};
use scan::{Member, Scan, Value};

/// What the manifest decided for one member.
enum Decision<'r> {
    /// Read, by this rule.
    Read(&'r GroupRule),
    /// Its group is selected but a rule (or the lack of one) leaves the member out.
    Excluded,
    /// Its group is not selected at all.
    Unselected,
}

pub fn parse(input: &Input<'_>) -> Output {
    let mut out = Output::new(input.doc);
    let doc = input.doc;
    for (i, u) in out.uses.iter_mut().enumerate() {
        let blank = doc.line(i as u32 + 1).is_none_or(|l| l.is_blank());
        *u = if blank { LineUse::Blank } else { LineUse::Outside };
    }
    let Some(language) = input.format.language else {
        return out;
    };
    let src = doc.text.as_str();
    let mut scan = scan::scan(src, language);
    scan.members.sort_by_key(|m| m.first);
    let selected: Vec<bool> = scan.groups.iter().map(|g| group_selected(input, g)).collect();
    report_problems(input, &scan, &selected, &mut out);
    report_unmatched_rules(input, &scan, &mut out);
    mark_groups(input, &scan, &selected, &mut out);
    let attachments = attach::attach(src, doc, &scan);
    let mut reader = Reader {
        input,
        scan: &scan,
        attachments: &attachments,
        out: &mut out,
        symbols: included_symbols(input, language),
        previous: Vec::new(),
        skipped: Vec::new(),
    };
    reader.previous = vec![None; scan.groups.len()];
    for (i, m) in scan.members.iter().enumerate() {
        let decision = if selected[m.group] { decide(input, &scan, m) } else { Decision::Unselected };
        reader.member(i, m, language, decision);
    }
    reader.report_skipped();
    out
}

/// The values the files of `format.includes` define, in order, for the file's members to
/// refer to (`PUSH_EVT_CONNECT_SUCC = EVT_RTMP_PUSH_CONNECT_SUCC`). Nothing of theirs is a row.
fn included_symbols(input: &Input<'_>, language: CodeLanguage) -> Symbols {
    let mut symbols = Symbols::default();
    for (name, doc) in input.includes {
        let mut scan = scan::scan(doc.text.as_str(), language);
        scan.members.sort_by_key(|m| m.first);
        let included = Input { file: name, doc, includes: &[], ..*input };
        let mut out = Output::new(doc);
        let attachments = attach::Attachments::default();
        let mut reader = Reader {
            input: &included,
            scan: &scan,
            attachments: &attachments,
            out: &mut out,
            symbols,
            previous: vec![None; scan.groups.len()],
            skipped: Vec::new(),
        };
        for (i, m) in scan.members.iter().enumerate() {
            reader.member(i, m, language, Decision::Unselected);
        }
        symbols = reader.symbols;
    }
    symbols
}

fn names_of(g: &scan::Group) -> impl Iterator<Item = &str> {
    std::iter::once(g.name.as_str()).chain(g.aliases.iter().map(String::as_str))
}

fn group_selected(input: &Input<'_>, g: &scan::Group) -> bool {
    input
        .format
        .compiled()
        .groups
        .iter()
        .any(|(re, _)| re.as_ref().is_some_and(|re| names_of(g).any(|n| re.is_match(n))))
}

fn decide<'r>(input: &'r Input<'_>, scan: &Scan, m: &Member) -> Decision<'r> {
    let g = &scan.groups[m.group];
    let compiled = input.format.compiled();
    for (rule, (group_re, member_re)) in input.format.groups.iter().zip(&compiled.groups) {
        let group_ok = group_re.as_ref().is_some_and(|re| names_of(g).any(|n| re.is_match(n)));
        let member_ok = match (&rule.member, member_re) {
            (None, _) => true,
            (Some(_), Some(re)) => re.is_match(&m.name),
            (Some(_), None) => false,
        };
        if group_ok && member_ok {
            return if rule.skip { Decision::Excluded } else { Decision::Read(rule) };
        }
    }
    Decision::Excluded
}

/// Lines of selected braced groups are structure unless a member or comment claims them.
fn mark_groups(input: &Input<'_>, scan: &Scan, selected: &[bool], out: &mut Output) {
    let doc = input.doc;
    for (g, group) in scan.groups.iter().enumerate() {
        let (Some(close), true) = (group.close, selected[g]) else { continue };
        let (Some(head), Some(end)) = (scan.tokens.get(group.head), scan.tokens.get(close)) else { continue };
        let (first, last) = (doc.line_at(head.start), doc.line_at(end.start));
        for n in first..=last {
            if doc.line(n).is_some_and(|l| !l.is_blank()) {
                raise(out, n, LineUse::Markup);
            }
        }
    }
}

/// Sets a line's use unless it already has a stronger one (a line may hold several members).
fn raise(out: &mut Output, line: u32, use_: LineUse) {
    let rank = |u: LineUse| match u {
        LineUse::Row => 6,
        LineUse::Reported => 5,
        LineUse::Prose => 4,
        LineUse::Markup => 3,
        LineUse::Outside => 2,
        LineUse::Blank => 1,
        LineUse::Unclaimed => 0,
    };
    if let Some(u) = (line as usize).checked_sub(1).and_then(|i| out.uses.get_mut(i)) {
        if rank(use_) > rank(*u) {
            *u = use_;
        }
    }
}

/// Problems of the file as a whole, and of members of selected groups (a damaged member of a
/// group the manifest does not read loses nothing).
fn report_problems(input: &Input<'_>, scan: &Scan, selected: &[bool], out: &mut Output) {
    for p in scan.problems.iter().filter(|p| p.group.is_none_or(|g| selected.get(g).copied().unwrap_or(true)))
    {
        let span = input.doc.span_at(p.start, p.end);
        out.mark(span.line, LineUse::Reported);
        out.diagnostics.push(
            Diagnostic::new(Lint::SdkSyntax, format!("{}: what follows may not be read as the SDK means it", p.message))
                .with_label(Label::primary(input.file, span, "here"))
                .with_help("check that the file was stored whole and in the manifest's `language`; acknowledge it in catalog/policy.toml if the SDK really ships it so"),
        );
    }
}

fn report_unmatched_rules(input: &Input<'_>, scan: &Scan, out: &mut Output) {
    let compiled = input.format.compiled();
    for (rule, (re, _)) in input.format.groups.iter().zip(&compiled.groups) {
        let Some(re) = re else { continue };
        if scan.groups.iter().any(|g| names_of(g).any(|n| re.is_match(n))) {
            continue;
        }
        let mut known: Vec<&str> =
            scan.groups.iter().map(|g| g.name.as_str()).filter(|n| !n.is_empty()).collect();
        known.dedup();
        let list = if known.is_empty() {
            "none".to_owned()
        } else {
            known.iter().take(12).map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
        };
        let first =
            input.doc.line(1).map(|l| l.span()).unwrap_or(Span { line: 1, column: 1, start: 0, end: 0 });
        out.diagnostics.push(
            Diagnostic::new(Lint::SdkUnmatchedGroup, format!("no group of this file is named like `{}` (a `[[format.groups]]` rule); its groups are {list}", rule.group))
                .with_label(Label::primary(input.file, first, "in this file"))
                .with_help("fix the rule's `group` pattern in the manifest, or remove the rule"),
        );
    }
}

struct Reader<'a, 'i> {
    input: &'a Input<'i>,
    scan: &'a Scan,
    attachments: &'a Attachments,
    out: &'a mut Output,
    symbols: Symbols,
    /// The last value of each group (for implicit enum values), `None` once unknown.
    previous: Vec<Option<Result<i128, String>>>,
    /// Members of selected groups that hold no numeric code, by group.
    skipped: Vec<(usize, usize, &'static str)>,
}

impl Reader<'_, '_> {
    fn member(&mut self, i: usize, m: &Member, language: CodeLanguage, decision: Decision<'_>) {
        let src = self.input.doc.text.as_str();
        let dialect = Dialect {
            kotlin_infix: language == CodeLanguage::Kotlin,
            char_literals: matches!(language, CodeLanguage::C | CodeLanguage::Cpp | CodeLanguage::Objc),
        };
        let value: Result<i128, String> = match &m.value {
            Value::Expr(tokens) => eval::evaluate(src, tokens, &self.symbols, dialect).map_err(|e| e.message),
            Value::Implicit => match &self.previous[m.group] {
                None => Ok(0),
                Some(Ok(v)) => v.checked_add(1).ok_or_else(|| "overflow".to_owned()),
                Some(Err(_)) => {
                    Err("it has no `=`, so it is the member before it plus one, and that member has no value"
                        .to_owned())
                }
            },
            Value::Skipped(why) => {
                if !matches!(decision, Decision::Unselected | Decision::Excluded) {
                    self.skipped.push((m.group, i, why));
                    self.mark_member(i, m, LineUse::Reported);
                }
                self.previous[m.group] = Some(Err((*why).to_owned()));
                return;
            }
        };
        self.previous[m.group] = Some(value.clone());
        if let Ok(v) = value {
            self.define(m, v);
        }
        let Decision::Read(rule) = decision else {
            return;
        };
        match value
            .and_then(|v| i64::try_from(v).map_err(|_| format!("{v} does not fit a signed 64-bit code")))
        {
            Ok(v) => {
                let occ = self.occurrence(i, m, v, rule);
                self.mark_member(i, m, LineUse::Row);
                self.out.occurrences.push(occ);
            }
            Err(why) => self.unevaluated(i, m, &why),
        }
    }

    fn define(&mut self, m: &Member, v: i128) {
        self.symbols.define(&m.name, v);
        let g = &self.scan.groups[m.group];
        for group in names_of(g).filter(|n| !n.is_empty() && !n.starts_with('#')) {
            self.symbols.define(&format!("{group}.{}", m.name), v);
            self.symbols.define(&format!("{group}::{}", m.name), v);
        }
    }

    fn mark_member(&mut self, i: usize, m: &Member, use_: LineUse) {
        let doc = self.input.doc;
        let tokens = &self.scan.tokens;
        let (Some(first), Some(last)) = (tokens.get(m.first), tokens.get(m.last)) else { return };
        for n in doc.line_at(first.start)..=doc.line_at(last.end.saturating_sub(1).max(last.start)) {
            raise(self.out, n, use_);
        }
        for c in self.attachments.comments_of(i) {
            for n in doc.line_at(c.start)..=doc.line_at(c.end.saturating_sub(1).max(c.start)) {
                raise(self.out, n, use_);
            }
        }
    }

    fn unevaluated(&mut self, i: usize, m: &Member, why: &str) {
        let src = self.input.doc.text.as_str();
        let (start, end) = match &m.value {
            Value::Expr(t) if !t.is_empty() => (t[0].start, t[t.len() - 1].end),
            _ => (m.name_token.start, m.name_token.end),
        };
        let span = self.input.doc.span_at(start, end);
        let written = src.get(start..end).map(crate::text::collapse_ws).unwrap_or_default();
        self.mark_member(i, m, LineUse::Reported);
        let rule_ns = self.namespace_for(m);
        self.out.diagnostics.push(
            Diagnostic::new(Lint::SdkUnevaluatedValue, format!("`{}` = `{written}` has no value this family can compute: {why}", m.name))
                .in_namespace(&rule_ns)
                .with_name(&m.name)
                .with_label(Label::primary(self.input.file, span, "cannot evaluate"))
                .with_help("the family never guesses: if the value comes from another file (a header this one includes), store that file next to source.toml and name it in `format.includes`; otherwise acknowledge this finding in catalog/policy.toml"),
        );
    }

    fn namespace_for(&self, m: &Member) -> String {
        match decide(self.input, self.scan, m) {
            Decision::Read(rule) => rule.namespace.clone().unwrap_or_else(|| self.input.namespace.to_owned()),
            _ => self.input.namespace.to_owned(),
        }
    }

    /// One note per group that holds members without a numeric code (string enums, types).
    fn report_skipped(&mut self) {
        let mut by_group: std::collections::BTreeMap<usize, Vec<(usize, &'static str)>> = Default::default();
        for (g, i, why) in &self.skipped {
            by_group.entry(*g).or_default().push((*i, why));
        }
        for (g, list) in by_group {
            let name = &self.scan.groups[g].name;
            let whys: std::collections::BTreeSet<&str> = list.iter().map(|(_, w)| *w).collect();
            let mut d = Diagnostic::new(
                Lint::SdkSkippedMember,
                format!(
                    "{} member{} of `{name}` hold{} no numeric code and {} skipped ({})",
                    list.len(),
                    if list.len() == 1 { "" } else { "s" },
                    if list.len() == 1 { "s" } else { "" },
                    if list.len() == 1 { "is" } else { "are" },
                    whys.into_iter().collect::<Vec<_>>().join("; ")
                ),
            )
            .in_namespace(self.input.namespace)
            .with_help("nothing to do when the group mixes codes with other members; narrow the rule's `member` pattern to silence it");
            for (k, (i, _)) in list.iter().enumerate() {
                let m = &self.scan.members[*i];
                let span = self.input.doc.span_at(m.name_token.start, m.name_token.end);
                let label = if k == 0 {
                    Label::primary(self.input.file, span, "skipped")
                } else {
                    Label::secondary(self.input.file, span, "skipped")
                };
                d = d.with_label(label).with_name(&m.name);
            }
            self.out.diagnostics.push(d);
        }
    }
}

/// Building the occurrence of a member: place, value as written, names, texts, severity.
impl Reader<'_, '_> {
    fn occurrence(&self, i: usize, m: &Member, value: i64, rule: &GroupRule) -> Occurrence {
        let doc = self.input.doc;
        let src = doc.text.as_str();
        let group = &self.scan.groups[m.group];
        let name_span = doc.span_at(m.name_token.start, m.name_token.end);
        let (code_text, code_span) = match &m.value {
            Value::Expr(t) if !t.is_empty() => {
                let (s, e) = (t[0].start, t[t.len() - 1].end);
                (src.get(s..e).map(crate::text::collapse_ws).unwrap_or_default(), doc.span_at(s, e))
            }
            _ => (value.to_string(), name_span),
        };
        let mut section =
            vec![if group.name.is_empty() { "(top level)".to_owned() } else { group.name.clone() }];
        section.extend(self.attachments.section_of(i).map(str::to_owned));
        let namespace = rule.namespace.as_deref().unwrap_or(self.input.namespace);
        let mut occ = Occurrence::new(
            self.input.source_id,
            namespace,
            section,
            rule.context.clone(),
            name_span,
            value,
            &code_text,
        );
        occ.code_span = code_span;
        occ.last_line = self.last_line(i, m);
        occ.names.push(Name { name: m.name.clone(), span: name_span });
        let comments = self.attachments.doc_comments(i, src);
        let pieces = doc::pieces(&comments, &self.input.format.labels);
        apply_pieces(&mut occ, &pieces, self.input.lang, self.input.doc);
        if m.deprecated && occ.deprecated.is_none() {
            occ.deprecated = Some(Text {
                text: "marked deprecated in the SDK".to_owned(),
                lang: Lang::En,
                span: name_span,
            });
        }
        finish(&mut occ, self.input.format, rule.severity);
        occ
    }

    fn last_line(&self, i: usize, m: &Member) -> u32 {
        let doc = self.input.doc;
        let mut last = self.scan.tokens.get(m.last).map(|t| doc.line_at(t.start)).unwrap_or(1);
        for c in self.attachments.trailing(i) {
            last = last.max(doc.line_at(c.end.saturating_sub(1).max(c.start)));
        }
        last
    }
}

/// Fills the occurrence's fields from comment pieces: a piece in the language of the field's
/// first text continues it, one in another language goes to `translations`.
fn apply_pieces(occ: &mut Occurrence, pieces: &[doc::Piece], fallback: Lang, d: &crate::text::Document) {
    let mut last_note_open = false;
    for p in pieces {
        let lang = p.lang.unwrap_or_else(|| doc::detect(&p.text, fallback));
        let span = d.span_at(p.offset, p.offset + p.text.len());
        let text = Text { text: p.text.clone(), lang, span };
        if p.field == Field::Note {
            match occ.notes.last_mut() {
                Some(n) if !p.opens && last_note_open && n.lang == lang => extend(n, &p.text, p.item),
                _ => occ.notes.push(text),
            }
            last_note_open = true;
            continue;
        }
        last_note_open = false;
        let Some(slot) = occ.slot(p.field) else { continue };
        match slot {
            None => *slot = Some(text),
            Some(t) if t.lang == lang => extend(t, &p.text, p.item),
            Some(_) => {
                let field = p.field.as_str();
                match occ.translations.iter_mut().find(|t| t.field == field && t.text.lang == lang) {
                    Some(t) => extend(&mut t.text, &p.text, p.item),
                    None => occ.translations.push(Translation { field: field.to_owned(), text }),
                }
            }
        }
    }
}

/// A comment's next line continues its text: on a new line when the last one ended a sentence
/// or either is Chinese (a comment's line breaks there are breaks of meaning), else after a
/// space (English wrapped mid-sentence).
fn extend(t: &mut Text, piece: &str, item: bool) {
    let cjk = |c: Option<char>| c.is_some_and(crate::text::is_cjk);
    let piece = piece.trim();
    let last = t.text.trim_end().chars().last();
    let new_line = item || crate::adapters::ends_sentence(&t.text) || cjk(last) || cjk(piece.chars().next());
    // Appended in place: a comment of many lines must not copy its text once per line.
    let kept = t.text.trim_end().len();
    t.text.truncate(kept);
    if !t.text.is_empty() && !piece.is_empty() {
        t.text.push(if new_line { '\n' } else { ' ' });
    }
    t.text.push_str(piece);
}
