//! The lint registry's tidy checks: every lint is documented in the generated `docs/lints.md`,
//! every lint has a fixture catalog that triggers it (`tests/lints/<id>.toml`), and a fixture
//! that names no lint, or no longer triggers its lint, is itself a failure.
//!
//! A fixture is one TOML file whose `[files]` table maps paths inside a scratch catalog to
//! their text. In a `source.toml`, keys the fixture leaves out get defaults (`id` and
//! `namespace` from the folder, vendor `demo`, language `en`, `file = "doc.txt"`, and the
//! document's real sha256), so a fixture shows only what matters to its lint. A path through
//! a name (`corrections.toml/x`) makes that name a folder: that is how a fixture shows a
//! curated file that exists but cannot be read.
//!
//! A document that must hold bytes that are not UTF-8 (which a TOML string cannot) goes in an
//! optional `[bytes]` table instead: the same path → text mapping, where `\xHH` stands for
//! the byte 0xHH (write the text as a literal string, so that TOML keeps the backslash).

mod common;
use catalog::lint::{reference_markdown, Lint};
use common::{repo_root, sha256_hex};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    files: BTreeMap<String, String>,
    #[serde(default)]
    bytes: BTreeMap<String, String>,
}

fn lints_dir() -> std::path::PathBuf {
    repo_root().join("crates/catalog/tests/lints")
}

const DEFAULTS: &[(&str, &str)] = &[
    ("vendor", "\"demo\""),
    ("vendor_name", "\"Demo Vendor\""),
    ("product", "\"Demo SDK\""),
    ("platforms", "[\"Web\"]"),
    ("language", "\"en\""),
    ("title", "\"Demo codes\""),
    ("retrieved", "\"2026-11-23\""),
    ("file", "\"doc.txt\""),
];

/// Whether the manifest's top level (before its first table) sets `key`.
fn sets_key(manifest: &str, key: &str) -> bool {
    manifest
        .lines()
        .take_while(|l| !l.trim_start().starts_with('['))
        .any(|l| l.split('=').next().is_some_and(|k| k.trim() == key))
}

/// The bytes of a `[bytes]` text: `\xHH` is the byte 0xHH, everything else is itself.
fn unescape_bytes(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        let hex = tail
            .strip_prefix(b"x")
            .and_then(|t| t.get(..2))
            .filter(|h| b == b'\\' && h.iter().all(u8::is_ascii_hexdigit));
        match hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()) {
            Some(byte) => {
                out.push(byte);
                rest = &tail[3..];
            }
            None => {
                out.push(b);
                rest = tail;
            }
        }
    }
    out
}

fn complete_manifest(folder: &str, manifest: &str, files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut head = String::new();
    let id = folder.rsplit('/').next().unwrap_or(folder);
    for (key, value) in [("id", format!("\"{id}\"")), ("namespace", format!("\"{id}\""))]
        .into_iter()
        .chain(DEFAULTS.iter().map(|(k, v)| (*k, (*v).to_owned())))
    {
        if !sets_key(manifest, key) {
            head.push_str(&format!("{key} = {value}\n"));
        }
    }
    if !sets_key(manifest, "sha256") {
        let file = manifest
            .lines()
            .find_map(|l| l.trim().strip_prefix("file = "))
            .map(|v| v.trim_matches('"').to_owned())
            .unwrap_or_else(|| "doc.txt".to_owned());
        let doc = files.get(&format!("{folder}/{file}")).map(Vec::as_slice).unwrap_or_default();
        head.push_str(&format!("sha256 = \"{}\"\n", sha256_hex(doc)));
    }
    format!("{head}{manifest}")
}

/// Writes the fixture's catalog into `dir`.
fn materialize(fixture: &Fixture, dir: &Path) {
    let contents: BTreeMap<String, Vec<u8>> = fixture
        .files
        .iter()
        .map(|(rel, text)| (rel.clone(), text.clone().into_bytes()))
        .chain(fixture.bytes.iter().map(|(rel, text)| (rel.clone(), unescape_bytes(text))))
        .collect();
    for (rel, bytes) in &contents {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("a file has a folder")).expect("mkdir");
        let bytes = match rel.strip_suffix("/source.toml") {
            Some(folder) => {
                complete_manifest(folder, &String::from_utf8_lossy(bytes), &contents).into_bytes()
            }
            None => bytes.clone(),
        };
        std::fs::write(&path, bytes).expect("write fixture file");
    }
}

fn load_fixture(id: &str) -> catalog::Catalog {
    let path = lints_dir().join(format!("{id}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let fixture: Fixture = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let dir = tempfile::tempdir().expect("tempdir");
    materialize(&fixture, dir.path());
    catalog::load(dir.path()).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// Lints that guard against a bug of the tool itself, so no catalog can trigger them; each
/// names the unit test that does. An entry whose lint gained a fixture is stale.
const GUARDS: &[(Lint, &str)] =
    &[(Lint::UnaccountedLine, "load::tests::a_line_no_adapter_claimed_is_reported")];

#[test]
fn guards_are_still_guards() {
    for (lint, _) in GUARDS {
        assert!(!lints_dir().join(format!("{}.toml", lint.id())).exists(), "{} has a fixture now", lint.id());
    }
}

#[test]
fn every_lint_has_a_fixture_that_triggers_it() {
    let mut failures = Vec::new();
    for lint in Lint::ALL.iter().filter(|l| !GUARDS.iter().any(|(g, _)| g == *l)) {
        if !lints_dir().join(format!("{}.toml", lint.id())).is_file() {
            failures.push(format!("{}: no fixture tests/lints/{}.toml", lint.id(), lint.id()));
            continue;
        }
        let c = load_fixture(lint.id());
        let found: Vec<_> = c.diagnostics.iter().filter(|d| d.id == *lint).collect();
        if found.is_empty() {
            failures.push(format!("{}: its fixture does not trigger it:\n{}", lint.id(), c.render_human()));
        }
        for d in found {
            if d.severity != lint.level() {
                failures.push(format!("{}: reported as {:?}", lint.id(), d.severity));
            }
            if d.labels.is_empty() || d.labels.iter().any(|l| l.line == 0) {
                failures.push(format!("{}: a finding without a real location: {d:?}", lint.id()));
            }
            if d.help.is_none() {
                failures.push(format!("{}: a finding that does not say what to do", lint.id()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_names_a_lint() {
    let stale: Vec<String> = std::fs::read_dir(lints_dir())
        .expect("tests/lints exists")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.strip_suffix(".toml").and_then(Lint::from_id).is_none())
        .collect();
    assert!(stale.is_empty(), "fixtures that name no lint (delete or rename them): {stale:?}");
}

#[test]
fn lint_ids_are_unique_kebab_case() {
    let mut seen = std::collections::BTreeSet::new();
    for l in Lint::ALL {
        assert!(seen.insert(l.id()), "{} twice", l.id());
        assert!(
            l.id().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            l.id()
        );
        assert!(!l.summary().ends_with('.') && !l.doc().is_empty(), "{}", l.id());
    }
}

#[test]
fn lints_reference_is_generated_and_current() {
    common::assert_generated(
        "docs/lints.md",
        &reference_markdown(),
        "UPDATE_DOCS",
        "cargo test -p catalog --test lint_registry",
    );
}

#[test]
fn invalid_ids_never_reach_the_model() {
    let c = load_fixture("invalid-id");
    assert!(c.mapping.concepts.iter().all(|k| k.id != "../../escape"), "{:?}", c.mapping.concepts);
    assert!(c.mapping.categories.iter().all(|k| k.id != "static"));
    assert_eq!(c.diagnostics.iter().filter(|d| d.id == Lint::InvalidId).count(), 2);
}
