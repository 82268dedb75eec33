//! Loading a catalog folder: manifests, sha256, adapters, line accounting, corrections,
//! validation, acknowledgements and merging, as one flat pipeline of named steps.

use crate::adapters::{self, DeclaredRange, Input, LineUse, Orphan};
use crate::corrections::{self, Applied, SourceData};
use crate::diag::{self, Diagnostic, Label, Resolution};
use crate::lint::Lint;
use crate::manifest::{Family, Manifest, Role};
use crate::model::{Entry, Occurrence, Section, Source};
use crate::policy;
use crate::text::{Document, Span};
use crate::validate::{self, sdk::Facts};
use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The loaded, corrected, validated catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub dir: PathBuf,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub occurrences: Vec<Occurrence>,
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file a diagnostic may point into: display path → text.
    pub files: BTreeMap<String, String>,
    /// Values used by more than one namespace (3001 in several vendors): not a conflict.
    pub shared_values: Vec<SharedValue>,
    pub accounting: Vec<Accounting>,
    /// The taxonomy and the curated cross-vendor concepts.
    pub mapping: crate::concepts::Mapping,
    /// Namespace → vendor.
    pub vendors: BTreeMap<String, String>,
    /// Mapped / total error and warning entries per vendor and category.
    pub coverage: Vec<crate::concepts::Coverage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SharedValue {
    pub code: i64,
    pub namespaces: Vec<String>,
}

/// How every line of a source was used: the proof of zero silent loss.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Accounting {
    pub source: String,
    pub lines: u32,
    pub outside: u32,
    pub blank: u32,
    pub markup: u32,
    pub prose: u32,
    pub row: u32,
    pub reported: u32,
    pub unaccounted: u32,
}

/// The catalog cannot be read at all (exit code 2 in the tools).
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for LoadError {}

/// One source after its adapter ran, before corrections.
struct Parsed {
    source: Source,
    manifest: Manifest,
    occurrences: Vec<Occurrence>,
    sections: Vec<Section>,
    orphans: Vec<Orphan>,
    ranges: Vec<DeclaredRange>,
}

impl Catalog {
    /// Unacknowledged errors (and warnings with `deny_warnings`).
    pub fn blocking(&self, deny_warnings: bool) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.is_blocking(deny_warnings))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn entry(&self, namespace: &str, code: i64) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| (e.namespace.as_str(), e.code).cmp(&(namespace, code)))
            .ok()
            .map(|i| &self.entries[i])
    }

    pub fn render_human(&self) -> String {
        diag::render_human(&self.diagnostics, &self.files)
    }
}

/// The example languages the manifests of `dir` declare, read without loading the sources,
/// so that a highlighter can be prepared while the catalog loads.
pub fn declared_example_languages(dir: &Path) -> Vec<String> {
    let mut out = BTreeSet::new();
    let Ok(rd) = std::fs::read_dir(dir.join("sources")) else { return Vec::new() };
    for e in rd.flatten() {
        if let Ok(text) = std::fs::read_to_string(e.path().join("source.toml")) {
            if let Ok(m) = Manifest::parse(&text) {
                out.extend(m.format.example_language);
            }
        }
    }
    out.into_iter().collect()
}

/// Loads the catalog in `dir` (the folder holding `sources/`).
pub fn load(dir: &Path) -> Result<Catalog, LoadError> {
    let sources_dir = dir.join("sources");
    let entries = std::fs::read_dir(&sources_dir).map_err(|e| LoadError {
        path: sources_dir.clone(),
        message: format!("cannot read the sources folder ({e}); pass --catalog with a folder that holds sources/<id>/source.toml"),
    })?;
    let base = dir.canonicalize().ok().and_then(|d| d.parent().map(Path::to_path_buf)).unwrap_or_default();
    let display = |p: &Path| -> String {
        let p = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        p.strip_prefix(&base).unwrap_or(&p).to_string_lossy().replace('\\', "/")
    };
    let mut folders: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    folders.sort();

    let mut diagnostics = Vec::new();
    let mut files = BTreeMap::new();
    let mut accounting = Vec::new();
    let mut parsed: Vec<Parsed> = Vec::new();
    // Sources are independent: read and parse them in parallel, then merge in folder order.
    use rayon::prelude::*;
    let results: Vec<_> = folders
        .par_iter()
        .map(|folder| {
            let mut files = BTreeMap::new();
            let mut diagnostics = Vec::new();
            let mut accounting = Vec::new();
            let parsed = load_source(folder, &display, &mut files, &mut diagnostics, &mut accounting);
            (parsed, files, diagnostics, accounting)
        })
        .collect();
    for (p, mut f, mut d, mut a) in results {
        files.append(&mut f);
        diagnostics.append(&mut d);
        accounting.append(&mut a);
        parsed.extend(p);
    }
    parsed.sort_by(|a, b| a.source.id.cmp(&b.source.id));
    check_unique_ids(&parsed, &mut diagnostics);

    let (sdk, sdk_problems) = Facts::read(&dir.join("sdk-symbols"));
    for (file, line, message) in sdk_problems {
        diagnostics.push(
            Diagnostic::new(Lint::SdkSymbolsInvalid, format!("{file}.tsv:{line}: {message}"))
                .with_help("fix the row in catalog/sdk-symbols"),
        );
    }

    let source_files: BTreeMap<String, String> =
        parsed.iter().map(|p| (p.source.id.clone(), p.source.path.clone())).collect();
    let named_sources: Vec<(String, String)> = parsed
        .iter()
        .filter(|p| {
            p.manifest.format.columns.contains(&Role::Name) || p.manifest.format.family == Family::ApiMembers
        })
        .map(|p| (p.source.id.clone(), p.manifest.namespace.clone()))
        .collect();
    let mut ranges: Vec<(String, DeclaredRange)> =
        parsed.iter().flat_map(|p| p.ranges.iter().map(|r| (p.source.id.clone(), r.clone()))).collect();
    let raw: Vec<Occurrence> = parsed.iter().flat_map(|p| p.occurrences.iter().cloned()).collect();
    let mut sections: Vec<Section> = parsed.iter().flat_map(|p| p.sections.iter().cloned()).collect();

    // Corrections: applied to a copy, so that what they resolve can be shown.
    let mut occurrences = raw.clone();
    let corrections_path = dir.join("corrections.toml");
    let mut applied: Vec<Applied> = Vec::new();
    if let Some(text) = read_optional(&corrections_path, &mut diagnostics) {
        let file = display(&corrections_path);
        files.insert(file.clone(), text.clone());
        match corrections::parse(&text) {
            Ok(c) => {
                let data: Vec<SourceData<'_>> = parsed
                    .iter()
                    .map(|p| SourceData {
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
                    })
                    .collect();
                applied = corrections::apply(
                    &c,
                    (&file, &text),
                    &data,
                    &mut occurrences,
                    &mut sections,
                    &mut ranges,
                    &mut diagnostics,
                );
            }
            Err((message, range)) => diagnostics.push(file_error(
                Lint::CorrectionsInvalid,
                &file,
                &text,
                message,
                range,
                "fix the TOML in catalog/corrections.toml",
            )),
        }
    }
    let raw_ranges: Vec<(String, DeclaredRange)> =
        parsed.iter().flat_map(|p| p.ranges.iter().map(|r| (p.source.id.clone(), r.clone()))).collect();
    let raw_cx = validate::Context {
        files: &source_files,
        named_sources: &named_sources,
        ranges: &raw_ranges,
        sdk: &sdk,
    };
    let cx =
        validate::Context { files: &source_files, named_sources: &named_sources, ranges: &ranges, sdk: &sdk };
    let after = validate::run(&occurrences, &cx);
    // Without a correction the raw run would find exactly the same.
    let before = if applied.is_empty() { Vec::new() } else { validate::run(&raw, &raw_cx) };
    let after_keys: BTreeSet<_> = after.iter().map(Diagnostic::key).collect();
    diagnostics.extend(after);
    for mut d in before.into_iter().filter(|d| !after_keys.contains(&d.key())) {
        d.resolution =
            Some(Resolution::Corrected("resolved by a correction in catalog/corrections.toml".to_owned()));
        diagnostics.push(d);
    }
    attribute_corrections(&applied, &mut diagnostics);

    let mut entries = crate::merge::entries(&occurrences);
    let sources_list: Vec<Source> = parsed.iter().map(|p| p.source.clone()).collect();
    let vendors = crate::concepts::vendors(&sources_list);
    let mapping = crate::concepts::read(dir, &display, &mut files, &mut diagnostics);
    crate::concepts::check(&mapping, &entries, &vendors, &files, &mut diagnostics);
    crate::concepts::categorize(&mapping, &mut entries, &occurrences);
    let coverage = crate::concepts::coverage(&entries, &vendors);

    let policy_path = dir.join("policy.toml");
    if let Some(text) = read_optional(&policy_path, &mut diagnostics) {
        let file = display(&policy_path);
        files.insert(file.clone(), text.clone());
        match policy::parse(&text) {
            Ok(p) => policy::apply(&p, &file, &text, &mut diagnostics, |id| source_files.get(id).cloned()),
            Err((message, range)) => diagnostics.push(file_error(
                Lint::PolicyInvalid,
                &file,
                &text,
                message,
                range,
                "fix the TOML in catalog/policy.toml",
            )),
        }
    }
    diag::sort(&mut diagnostics);
    diagnostics.dedup();

    let mut by_value: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for e in &entries {
        by_value.entry(e.code).or_default().push(e.namespace.clone());
    }
    let shared_values = by_value
        .into_iter()
        .filter(|(_, ns)| ns.len() > 1)
        .map(|(code, namespaces)| SharedValue { code, namespaces })
        .collect();
    Ok(Catalog {
        dir: dir.to_path_buf(),
        sources: parsed.into_iter().map(|p| p.source).collect(),
        sections,
        occurrences,
        entries,
        diagnostics,
        files,
        shared_values,
        accounting,
        mapping,
        vendors,
        coverage,
    })
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

fn read_optional(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            diagnostics.push(
                Diagnostic::new(Lint::UnreadableFile, format!("cannot read {}: {e}", path.display()))
                    .with_help("check the file's permissions"),
            );
            None
        }
    }
}

fn file_error(
    id: Lint,
    file: &str,
    text: &str,
    message: String,
    range: Option<std::ops::Range<usize>>,
    help: &str,
) -> Diagnostic {
    let doc = Document::decode(text.as_bytes());
    // A missing key is reported on its whole table; point at the table's first line only.
    let range = range.map(|r| {
        let end = text.get(r.start..r.end).and_then(|t| t.find('\n')).map(|n| r.start + n).unwrap_or(r.end);
        r.start..end
    });
    let span =
        range.map(|r| doc.span_at(r.start, r.end)).unwrap_or(Span { line: 1, column: 1, start: 0, end: 0 });
    Diagnostic::new(id, message).with_label(Label::primary(file, span, "here")).with_help(help)
}

fn check_unique_ids(parsed: &[Parsed], diagnostics: &mut Vec<Diagnostic>) {
    for pair in parsed.windows(2) {
        if pair[0].source.id == pair[1].source.id {
            diagnostics.push(
                Diagnostic::new(
                    Lint::DuplicateSource,
                    format!("two manifests declare source id `{}`", pair[0].source.id),
                )
                .with_label(Label::primary(
                    &pair[0].source.manifest_path,
                    Span { line: 1, column: 1, start: 0, end: 0 },
                    "first",
                ))
                .with_label(Label::secondary(
                    &pair[1].source.manifest_path,
                    Span { line: 1, column: 1, start: 0, end: 0 },
                    "second",
                ))
                .with_help("give each source a unique `id`"),
            );
        }
    }
}

fn load_source(
    folder: &Path,
    display: &(dyn Fn(&Path) -> String + Sync),
    files: &mut BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
    accounting: &mut Vec<Accounting>,
) -> Option<Parsed> {
    let manifest_path = folder.join("source.toml");
    let manifest_file = display(&manifest_path);
    let manifest_text = match std::fs::read(&manifest_path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            diagnostics.push(
                Diagnostic::new(Lint::ManifestMissing, format!("{}: no readable source.toml ({e})", display(folder)))
                    .with_help("every folder under catalog/sources needs a source.toml manifest (see README: adding a source)"),
            );
            return None;
        }
    };
    files.insert(manifest_file.clone(), manifest_text.clone());
    let manifest = match Manifest::parse(&manifest_text) {
        Ok(m) => m,
        Err(errors) => {
            for e in errors {
                diagnostics.push(file_error(
                    Lint::ManifestInvalid,
                    &manifest_file,
                    &manifest_text,
                    e.message,
                    e.range,
                    "fix the manifest; README lists every key",
                ));
            }
            return None;
        }
    };
    let folder_name = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if manifest.id != folder_name {
        diagnostics.push(file_error(
            Lint::ManifestInvalid,
            &manifest_file,
            &manifest_text,
            format!("source id `{}` differs from its folder name `{folder_name}`", manifest.id),
            None,
            "rename the folder or the id so that they agree",
        ));
    }
    let raw_path = folder.join(&manifest.file);
    let raw_file = display(&raw_path);
    let bytes = match std::fs::read(&raw_path) {
        Ok(b) => b,
        Err(e) => {
            diagnostics.push(file_error(
                Lint::SourceMissing,
                &manifest_file,
                &manifest_text,
                format!("cannot read the raw document `{}`: {e}", manifest.file),
                None,
                "store the received document byte-for-byte next to source.toml, named as `file` says",
            ));
            return None;
        }
    };
    let sha = hex(&Sha256::digest(&bytes));
    if !sha.eq_ignore_ascii_case(&manifest.sha256) {
        let range = manifest_text.find(&manifest.sha256).map(|s| s..s + manifest.sha256.len());
        diagnostics.push(file_error(
            Lint::Sha256Mismatch,
            &manifest_file,
            &manifest_text,
            format!("`{}` has sha256 {sha}, the manifest says {}", manifest.file, manifest.sha256),
            range,
            "restore the document byte-for-byte as received; if a new version was received on purpose, update `sha256` and review the corrections",
        ));
    }
    let doc = Document::decode(&bytes);
    files.insert(raw_file.clone(), doc.text.clone());
    for issue in &doc.issues {
        let crate::text::DecodeIssue::InvalidUtf8 { line } = issue;
        let span = doc.line(*line).map(|l| l.span()).unwrap_or_default();
        diagnostics.push(
            Diagnostic::new(Lint::InvalidUtf8, "bytes that are not UTF-8 (shown as U+FFFD)")
                .with_label(Label::primary(&raw_file, span, "invalid bytes on this line"))
                .with_help("documents must be UTF-8; record the original encoding and convert it on receipt"),
        );
    }
    let input = Input {
        source_id: &manifest.id,
        namespace: &manifest.namespace,
        lang: manifest.language,
        file: &raw_file,
        doc: &doc,
        format: &manifest.format,
    };
    let mut out = adapters::parse(&input);
    account(&manifest.id, &raw_file, &doc, &out.uses, diagnostics, accounting);
    if out.occurrences.is_empty() {
        diagnostics.push(file_error(
            Lint::EmptySource,
            &manifest_file,
            &manifest_text,
            format!("no code rows were read from `{}`", manifest.file),
            None,
            "check `format` in the manifest: section headings, header line and columns",
        ));
    }
    diagnostics.append(&mut out.diagnostics);
    let mut namespaces: Vec<String> = vec![manifest.namespace.clone()];
    for o in &out.occurrences {
        if !namespaces.contains(&o.namespace) {
            namespaces.push(o.namespace.clone());
        }
    }
    let source = Source {
        id: manifest.id.clone(),
        vendor: manifest.vendor.clone(),
        vendor_name: manifest.vendor_name.clone(),
        product: manifest.product.clone(),
        platforms: manifest.platforms.clone(),
        language: manifest.language,
        title: manifest.title.clone(),
        origin_url: manifest.origin_url.clone(),
        retrieved: manifest.retrieved.clone(),
        path: raw_file,
        manifest_path: manifest_file,
        sha256: sha,
        namespaces,
        format: manifest.format.family.as_str().to_owned(),
        lines: doc.line_count() as u32,
    };
    Some(Parsed {
        source,
        occurrences: out.occurrences,
        sections: out.sections,
        orphans: out.orphans,
        ranges: out.ranges,
        manifest,
    })
}

/// Counts line uses and reports every non-blank line inside a section that no adapter claimed.
fn account(
    id: &str,
    file: &str,
    doc: &Document,
    uses: &[LineUse],
    diagnostics: &mut Vec<Diagnostic>,
    accounting: &mut Vec<Accounting>,
) {
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
    accounting.push(a);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
