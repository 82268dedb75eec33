//! Loading a catalog folder as one flat pipeline of named steps:
//! read inputs once → parse sources → correct → validate → merge → map → acknowledge.
//! Each step reads what the previous ones produced; all file reading is in `inputs`.

use crate::adapters::{self, DeclaredRange, Input, LineUse, Orphan};
use crate::concepts;
use crate::corrections::{self, Applied, SourceData};
use crate::diag::{self, Diagnostic, Label, Resolution};
use crate::inputs::{self, CatalogFile, Inputs, SourceFolder};
use crate::lint::Lint;
use crate::manifest::Manifest;
use crate::model::{Accounting, Catalog, Entry, Occurrence, Section, SharedValue, Source};
use crate::policy;
use crate::text::{Document, Span};
use crate::validate::{self, sdk::Facts, sdk::SdkFile, sdk::SdkFiles};
use regex::Regex;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use crate::inputs::LoadError;

/// One source after its adapter ran, before corrections.
struct Parsed {
    source: Source,
    manifest: Manifest,
    occurrences: Vec<Occurrence>,
    sections: Vec<Section>,
    orphans: Vec<Orphan>,
    ranges: Vec<DeclaredRange>,
    accounting: Accounting,
}

/// What the steps report: findings, and the text of every file a finding may point into.
#[derive(Default)]
struct Report {
    diagnostics: Vec<Diagnostic>,
    files: BTreeMap<String, String>,
}

impl Report {
    fn keep(&mut self, file: &CatalogFile) {
        self.files.insert(file.display.clone(), file.text.clone());
    }
}

/// The rows after corrections, and what each correction changed.
struct Corrected {
    occurrences: Vec<Occurrence>,
    sections: Vec<Section>,
    ranges: Vec<(String, DeclaredRange)>,
    applied: Vec<Applied>,
}

/// Loads the catalog in `dir` (the folder holding `sources/`).
pub fn load(dir: &Path) -> Result<Catalog, LoadError> {
    let inputs = inputs::read(dir)?;
    let mut report = Report { diagnostics: inputs.problems.clone(), files: BTreeMap::new() };
    let parsed = parse_sources(&inputs, &mut report);
    let facts = read_sdk_facts(&inputs, &mut report);
    let corrected = correct(&inputs, &parsed, &mut report);
    let sdk_files = sdk_files(&parsed);
    validate(&parsed, &corrected, &facts, &sdk_files, &mut report);
    let mut entries = crate::merge::entries(&corrected.occurrences, |id| sdk_files.contains_key(id));
    let accounting: Vec<Accounting> = parsed.iter().map(|p| p.accounting.clone()).collect();
    let sources: Vec<Source> = parsed.into_iter().map(|p| p.source).collect();
    let sdk_checks =
        validate::sdk::annotate(&mut entries, &corrected.occurrences, &sources, &sdk_files, &facts);
    let vendors = concepts::vendors(&sources);
    let mapping = map(&inputs, &mut entries, &corrected.occurrences, &vendors, &mut report);
    acknowledge(&inputs, &sources, &mut report);
    let coverage = concepts::coverage(&entries, &vendors);
    Ok(Catalog {
        dir: dir.to_path_buf(),
        shared_values: shared_values(&entries),
        accounting,
        sources,
        sections: corrected.sections,
        occurrences: corrected.occurrences,
        entries,
        diagnostics: report.diagnostics,
        files: report.files,
        mapping,
        vendors,
        coverage,
        sdk_checks,
    })
}

/// Step: every source's manifest and document through its adapter, in parallel (sources are
/// independent), merged in folder order.
fn parse_sources(inputs: &Inputs, report: &mut Report) -> Vec<Parsed> {
    use rayon::prelude::*;
    let results: Vec<(Option<Parsed>, Report)> = inputs
        .sources
        .par_iter()
        .map(|folder| {
            let mut r = Report::default();
            (parse_source(inputs, folder, &mut r), r)
        })
        .collect();
    let mut parsed = Vec::new();
    for (p, mut r) in results {
        report.files.append(&mut r.files);
        report.diagnostics.append(&mut r.diagnostics);
        parsed.extend(p);
    }
    parsed.sort_by(|a, b| a.source.id.cmp(&b.source.id));
    check_unique_ids(&parsed, &mut report.diagnostics);
    parsed
}

/// Step: the SDK facts tables (`catalog/sdk-symbols/*.tsv`).
fn read_sdk_facts(inputs: &Inputs, report: &mut Report) -> Facts {
    let (facts, problems) = Facts::parse(&inputs.sdk_symbols);
    for file in &inputs.sdk_symbols {
        report.keep(file);
    }
    for (file, line, message) in problems {
        let span = report.files.get(&file).map(|t| policy::line_span(t, line)).unwrap_or_default();
        report.diagnostics.push(
            Diagnostic::new(Lint::SdkSymbolsInvalid, message)
                .with_label(Label::primary(&file, span, "this row"))
                .with_help("fix the row in catalog/sdk-symbols"),
        );
    }
    facts
}

/// The sources of the `sdk-definitions` family, with their paths and upstream files.
fn sdk_files(parsed: &[Parsed]) -> SdkFiles {
    parsed
        .iter()
        .filter(|p| p.source.is_sdk())
        .map(|p| {
            let upstream = p.source.upstream.as_ref().map(|u| crate::model::UpstreamFile {
                repository: u.repository.clone(),
                path: u.path.clone(),
                commit: u.commit.clone(),
            });
            (p.source.id.clone(), SdkFile { path: p.source.path.clone(), upstream })
        })
        .collect()
}

/// Step: curated corrections, applied to a copy so that what they resolve can be shown.
fn correct(inputs: &Inputs, parsed: &[Parsed], report: &mut Report) -> Corrected {
    let mut out = Corrected {
        occurrences: parsed.iter().flat_map(|p| p.occurrences.iter().cloned()).collect(),
        sections: parsed.iter().flat_map(|p| p.sections.iter().cloned()).collect(),
        ranges: raw_ranges(parsed),
        applied: Vec::new(),
    };
    let Some(file) = &inputs.corrections else { return out };
    report.keep(file);
    let c = match corrections::parse(&file.text) {
        Ok(c) => c,
        Err((message, range)) => {
            report.diagnostics.push(file_error(
                Lint::CorrectionsInvalid,
                file,
                message,
                range,
                "fix the TOML in catalog/corrections.toml",
            ));
            return out;
        }
    };
    let data: Vec<SourceData<'_>> = parsed.iter().map(source_data).collect();
    out.applied = corrections::apply(
        &c,
        (&file.display, &file.text),
        &data,
        &mut out.occurrences,
        &mut out.sections,
        &mut out.ranges,
        &mut report.diagnostics,
    );
    let cited =
        corrections::citations::check(&c, &out.applied, (&file.display, &file.text), &out.occurrences);
    report.diagnostics.extend(cited);
    out
}

fn source_data(p: &Parsed) -> SourceData<'_> {
    SourceData {
        id: &p.source.id,
        file: &p.source.path,
        lang: p.source.language,
        orphans: &p.orphans,
        heading_patterns: p
            .manifest
            .format
            .sections
            .iter()
            .filter_map(|s| s.heading_pattern.as_deref())
            .filter_map(|h| Regex::new(h).ok())
            .collect(),
    }
}

fn raw_ranges(parsed: &[Parsed]) -> Vec<(String, DeclaredRange)> {
    parsed.iter().flat_map(|p| p.ranges.iter().map(|r| (p.source.id.clone(), r.clone()))).collect()
}

/// Step: every check over the corrected rows. A finding the raw rows have and the corrected
/// rows do not is shown as resolved by its correction. Checks are local to a namespace, so
/// the raw rows are validated again only in the namespaces a correction touched.
fn validate(
    parsed: &[Parsed],
    corrected: &Corrected,
    facts: &Facts,
    sdk_files: &SdkFiles,
    report: &mut Report,
) {
    let files: BTreeMap<String, String> =
        parsed.iter().map(|p| (p.source.id.clone(), p.source.path.clone())).collect();
    let named: Vec<(String, String)> = parsed
        .iter()
        .flat_map(|p| p.manifest.named_namespaces().into_iter().map(|ns| (p.source.id.clone(), ns)))
        .collect();
    let cx = validate::Context {
        files: &files,
        named_sources: &named,
        ranges: &corrected.ranges,
        sdk: facts,
        sdk_files,
    };
    let after = validate::run(&corrected.occurrences, &cx);
    let touched: BTreeSet<&str> = corrected
        .occurrences
        .iter()
        .filter(|o| !o.corrections.is_empty())
        .map(|o| o.namespace.as_str())
        .collect();
    let raw: Vec<Occurrence> = parsed
        .iter()
        .flat_map(|p| p.occurrences.iter())
        .filter(|o| touched.contains(o.namespace.as_str()))
        .cloned()
        .collect();
    let raw_ranges = raw_ranges(parsed);
    let raw_cx = validate::Context { ranges: &raw_ranges, ..cx };
    let before = if raw.is_empty() { Vec::new() } else { validate::run(&raw, &raw_cx) };
    let after_keys: BTreeSet<_> = after.iter().map(Diagnostic::key).collect();
    report.diagnostics.extend(after);
    for mut d in before.into_iter().filter(|d| !after_keys.contains(&d.key())) {
        d.resolution =
            Some(Resolution::Corrected("resolved by a correction in catalog/corrections.toml".to_owned()));
        report.diagnostics.push(d);
    }
    attribute_corrections(&corrected.applied, &mut report.diagnostics);
}

/// Step: the taxonomy and the curated concepts; every entry gets its category and concepts.
fn map(
    inputs: &Inputs,
    entries: &mut [Entry],
    occurrences: &[Occurrence],
    vendors: &BTreeMap<String, String>,
    report: &mut Report,
) -> concepts::Mapping {
    if let Some(t) = &inputs.taxonomy {
        report.keep(t);
        inputs.concepts.iter().for_each(|c| report.keep(c));
    }
    let mapping = concepts::parse(inputs.taxonomy.as_ref(), &inputs.concepts, &mut report.diagnostics);
    concepts::check(&mapping, entries, vendors, &report.files, &mut report.diagnostics);
    concepts::categorize(&mapping, entries, occurrences);
    mapping
}

/// Step: reviewed acknowledgements from `catalog/policy.toml`; then the report is sorted.
fn acknowledge(inputs: &Inputs, sources: &[Source], report: &mut Report) {
    if let Some(file) = &inputs.policy {
        report.keep(file);
        match policy::parse(&file.text) {
            Ok(p) => policy::apply(&p, &file.display, &file.text, &mut report.diagnostics, |id| {
                sources.iter().find(|s| s.id == id).map(|s| s.path.clone())
            }),
            Err((message, range)) => report.diagnostics.push(file_error(
                Lint::PolicyInvalid,
                file,
                message,
                range,
                "fix the TOML in catalog/policy.toml",
            )),
        }
    }
    diag::sort(&mut report.diagnostics);
    report.diagnostics.dedup();
}

fn shared_values(entries: &[Entry]) -> Vec<SharedValue> {
    let mut by_value: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for e in entries {
        by_value.entry(e.code).or_default().push(e.namespace.clone());
    }
    by_value
        .into_iter()
        .filter(|(_, ns)| ns.len() > 1)
        .map(|(code, namespaces)| SharedValue { code, namespaces })
        .collect()
}

/// A finding resolved or covered by a correction says so, with the correction's reason.
fn attribute_corrections(applied: &[Applied], diagnostics: &mut [Diagnostic]) {
    for d in diagnostics.iter_mut() {
        let hit = applied.iter().find(|a| {
            a.kind.fixes().contains(&d.id)
                && d.labels.iter().any(|l| l.file == a.file && a.first <= l.line && l.line <= a.last)
        });
        if let Some(a) = hit {
            d.resolution = Some(Resolution::Corrected(a.explanation.clone()));
        }
    }
}

fn file_error(
    id: Lint,
    file: &CatalogFile,
    message: String,
    range: Option<std::ops::Range<usize>>,
    help: &str,
) -> Diagnostic {
    let text = &file.text;
    let doc = Document::decode(text.as_bytes());
    // A missing key is reported on its whole table; point at the table's first line only.
    let range = range.map(|r| {
        let end = text.get(r.start..r.end).and_then(|t| t.find('\n')).map(|n| r.start + n).unwrap_or(r.end);
        r.start..end
    });
    let span =
        range.map(|r| doc.span_at(r.start, r.end)).unwrap_or(Span { line: 1, column: 1, start: 0, end: 0 });
    Diagnostic::new(id, message).with_label(Label::primary(&file.display, span, "here")).with_help(help)
}

fn check_unique_ids(parsed: &[Parsed], diagnostics: &mut Vec<Diagnostic>) {
    let first_line = Span { line: 1, column: 1, start: 0, end: 0 };
    for pair in parsed.windows(2) {
        if pair[0].source.id == pair[1].source.id {
            diagnostics.push(
                Diagnostic::new(
                    Lint::DuplicateSource,
                    format!("two manifests declare source id `{}`", pair[0].source.id),
                )
                .with_label(Label::primary(&pair[0].source.manifest_path, first_line, "first"))
                .with_label(Label::secondary(&pair[1].source.manifest_path, first_line, "second"))
                .with_help("give each source a unique `id`"),
            );
        }
    }
}

/// One source: its manifest, its document (sha256 checked), its adapter's rows and the
/// accounting of every line.
fn parse_source(inputs: &Inputs, folder: &SourceFolder, report: &mut Report) -> Option<Parsed> {
    let manifest_file = match &folder.manifest {
        Ok(f) => f,
        Err(e) => {
            report.diagnostics.push(
                Diagnostic::new(Lint::ManifestMissing, format!("{}: no readable source.toml ({e})", folder.display))
                    .with_label(Label::primary(&folder.display, Span { line: 1, column: 1, start: 0, end: 0 }, "this folder"))
                    .with_help("every folder under catalog/sources needs a source.toml manifest (see README: adding a source)"),
            );
            return None;
        }
    };
    report.keep(manifest_file);
    let manifest = parse_manifest(manifest_file, &folder.name, report)?;
    let bytes = match inputs.read_document(folder, &manifest.file) {
        Ok(b) => b,
        Err(e) => {
            report.diagnostics.push(file_error(
                Lint::SourceMissing,
                manifest_file,
                format!("cannot read the raw document `{}`: {e}", manifest.file),
                manifest_file
                    .text
                    .find(&format!("\"{}\"", manifest.file))
                    .map(|s| s..s + manifest.file.len() + 2),
                "store the received document byte-for-byte next to source.toml, named as `file` says",
            ));
            return None;
        }
    };
    let sha = check_sha256(&manifest, manifest_file, &bytes, report);
    let doc = Document::decode(&bytes);
    let raw_file = inputs.display(&folder.dir.join(&manifest.file));
    report.files.insert(raw_file.clone(), doc.text.clone());
    report_decode_issues(&doc, &raw_file, report);
    let includes = read_includes(inputs, folder, &manifest, manifest_file, report);
    let input = Input {
        source_id: &manifest.id,
        namespace: &manifest.namespace,
        lang: manifest.language,
        file: &raw_file,
        doc: &doc,
        format: &manifest.format,
        includes: &includes,
    };
    let mut out = adapters::parse(&input);
    let accounting = account(&manifest.id, &raw_file, &doc, &out.uses, &mut report.diagnostics);
    if out.occurrences.is_empty() {
        report.diagnostics.push(file_error(
            Lint::EmptySource,
            manifest_file,
            format!("no code rows were read from `{}`", manifest.file),
            manifest_file.text.find("[format]").map(|s| s..s + "[format]".len()),
            "check `format` in the manifest: section headings, header line and columns",
        ));
    }
    report.diagnostics.append(&mut out.diagnostics);
    let source = source_record(&manifest, manifest_file, raw_file, sha, &doc, &out.occurrences);
    Some(Parsed {
        source,
        occurrences: out.occurrences,
        sections: out.sections,
        orphans: out.orphans,
        ranges: out.ranges,
        manifest,
        accounting,
    })
}

/// The files `format.includes` names, from the source's folder; a missing one is an error on
/// its name in the manifest.
fn read_includes(
    inputs: &Inputs,
    folder: &SourceFolder,
    manifest: &Manifest,
    manifest_file: &CatalogFile,
    report: &mut Report,
) -> Vec<(String, Document)> {
    let mut out = Vec::new();
    for name in &manifest.format.includes {
        match inputs.read_document(folder, name) {
            Ok(bytes) => out.push((name.clone(), Document::decode(&bytes))),
            Err(e) => report.diagnostics.push(file_error(
                Lint::SourceMissing,
                manifest_file,
                format!("cannot read `{name}`, which `format.includes` names: {e}"),
                manifest_file.text.find(&format!("\"{name}\"")).map(|s| s..s + name.len() + 2),
                "store the included file byte-for-byte next to source.toml, from the same repository and commit as `file`, or drop it from `includes`",
            )),
        }
    }
    out
}

fn parse_manifest(file: &CatalogFile, folder_name: &str, report: &mut Report) -> Option<Manifest> {
    let manifest = match Manifest::parse(&file.text) {
        Ok(m) => m,
        Err(errors) => {
            for e in errors {
                report.diagnostics.push(file_error(
                    Lint::ManifestInvalid,
                    file,
                    e.message,
                    e.range,
                    "fix the manifest; docs/manifest.md lists every key, its type and which families honour it",
                ));
            }
            return None;
        }
    };
    if manifest.id != folder_name {
        report.diagnostics.push(file_error(
            Lint::ManifestInvalid,
            file,
            format!("source id `{}` differs from its folder name `{folder_name}`", manifest.id),
            file.text.find(&format!("\"{}\"", manifest.id)).map(|s| s..s + manifest.id.len() + 2),
            "rename the folder or the id so that they agree",
        ));
    }
    Some(manifest)
}

/// The document's sha256, reported when it differs from the manifest's.
fn check_sha256(manifest: &Manifest, file: &CatalogFile, bytes: &[u8], report: &mut Report) -> String {
    let sha: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    if !sha.eq_ignore_ascii_case(&manifest.sha256) {
        let written = manifest.sha256.trim();
        let range = sha256_value_range(&file.text, written);
        let (message, help) = if written.len() == 64 && written.bytes().all(|b| b.is_ascii_hexdigit()) {
            (
                format!("`{}` has sha256 {sha}, the manifest says {written}", manifest.file),
                "restore the document byte-for-byte as received; if a new version was received on purpose, update `sha256` and review the corrections".to_owned(),
            )
        } else {
            (
                format!(
                    "`sha256` is `{written}`, not a 64-hex-digit digest; `{}` has sha256 {sha}",
                    manifest.file
                ),
                format!("once you have checked the file is the one received, write sha256 = \"{sha}\""),
            )
        };
        report.diagnostics.push(file_error(Lint::Sha256Mismatch, file, message, range, &help));
    }
    sha
}

/// Where the manifest writes its digest: the value when it is there, else the `sha256` key.
fn sha256_value_range(text: &str, written: &str) -> Option<std::ops::Range<usize>> {
    let key = text.lines().scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len() + 1;
        Some((start, line))
    });
    let (start, line) = key.into_iter().find(|(_, l)| l.trim_start().starts_with("sha256"))?;
    let at = if written.is_empty() { line.find("sha256")? } else { line.find(written)? };
    let len = if written.is_empty() { "sha256".len() } else { written.len() };
    Some(start + at..start + at + len)
}

fn report_decode_issues(doc: &Document, file: &str, report: &mut Report) {
    use crate::text::DecodeIssue;
    for issue in &doc.issues {
        let (line, d) = match *issue {
            DecodeIssue::InvalidUtf8 { line } => (
                line,
                Diagnostic::new(Lint::InvalidUtf8, "bytes that are not UTF-8 (shown as U+FFFD)").with_help(
                    "documents must be UTF-8; record the original encoding and convert it on receipt",
                ),
            ),
            DecodeIssue::NulByte { line } => (
                line,
                Diagnostic::new(Lint::NulByte, "NUL bytes (shown as U+FFFD, never published)").with_help(
                    "the document was damaged on its way here: receive it again, or acknowledge this finding",
                ),
            ),
        };
        let span = doc.line(line).map(|l| l.span()).unwrap_or_default();
        report.diagnostics.push(d.with_label(Label::primary(file, span, "on this line")));
    }
}

fn source_record(
    manifest: &Manifest,
    manifest_file: &CatalogFile,
    path: String,
    sha256: String,
    doc: &Document,
    occurrences: &[Occurrence],
) -> Source {
    let mut namespaces: Vec<String> = vec![manifest.namespace.clone()];
    for o in occurrences {
        if !namespaces.contains(&o.namespace) {
            namespaces.push(o.namespace.clone());
        }
    }
    Source {
        id: manifest.id.clone(),
        info: manifest.info.clone(),
        path,
        manifest_path: manifest_file.display.clone(),
        sha256,
        namespaces,
        format: manifest.format.family.as_str().to_owned(),
        lines: doc.line_count() as u32,
    }
}

/// Counts line uses and reports every non-blank line inside a section that no adapter claimed.
fn account(
    id: &str,
    file: &str,
    doc: &Document,
    uses: &[LineUse],
    diagnostics: &mut Vec<Diagnostic>,
) -> Accounting {
    let mut a = Accounting { source: id.to_owned(), lines: uses.len() as u32, ..Accounting::default() };
    let mut run: Vec<Span> = Vec::new();
    let flush = |run: &mut Vec<Span>, diagnostics: &mut Vec<Diagnostic>| {
        if let Some(first) = run.first() {
            let mut d = Diagnostic::new(Lint::UnaccountedLine, format!("{} line(s) inside a section were neither read nor reported", run.len()))
                .with_label(Label::primary(file, *first, "not read"))
                .with_help("this is an adapter bug or a layout the manifest does not describe: report it with the document");
            for s in run.iter().skip(1) {
                d = d.with_label(Label::secondary(file, *s, "not read"));
            }
            diagnostics.push(d);
            run.clear();
        }
    };
    for (i, u) in uses.iter().enumerate() {
        let line = doc.line(i as u32 + 1);
        let blank = line.is_none_or(|l| l.is_blank());
        match u {
            LineUse::Outside => a.outside += 1,
            LineUse::Blank => a.blank += 1,
            LineUse::Markup => a.markup += 1,
            LineUse::Prose => a.prose += 1,
            LineUse::Row => a.row += 1,
            LineUse::Reported => a.reported += 1,
            LineUse::Unclaimed if blank => a.blank += 1,
            LineUse::Unclaimed => {
                a.unaccounted += 1;
                if let Some(l) = line {
                    run.push(l.span());
                }
                continue;
            }
        }
        flush(&mut run, diagnostics);
    }
    flush(&mut run, diagnostics);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_no_adapter_claimed_is_reported() {
        let doc = Document::decode(b"heading\n1001 ROW read\nlost line\n\n");
        let uses = [LineUse::Markup, LineUse::Row, LineUse::Unclaimed, LineUse::Unclaimed];
        let mut diagnostics = Vec::new();
        let a = account("demo", "demo/doc.txt", &doc, &uses, &mut diagnostics);
        assert_eq!((a.unaccounted, a.blank, a.row), (1, 1, 1));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].id, diagnostics[0].labels[0].line), (Lint::UnaccountedLine, 3));
    }
}
