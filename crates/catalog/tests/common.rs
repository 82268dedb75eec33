//! Helpers shared by the integration tests.
#![allow(dead_code)]

use catalog::adapters::{self, Input, LineUse, Output};
use catalog::manifest::Format;
use catalog::model::{Lang, Occurrence};
use catalog::text::Document;
use std::path::PathBuf;

/// The smallest manifest that parses: a markdown page of codes and descriptions.
pub const MINIMAL_MANIFEST: &str = r#"id = "demo"
vendor = "demo"
vendor_name = "Demo"
product = "SDK"
platforms = ["Web"]
language = "en"
title = "Errors"
retrieved = "2026-11-23"
file = "errors.md"
sha256 = "0000000000000000000000000000000000000000000000000000000000000000"
namespace = "demo"

[format]
family = "markdown-table"
columns = ["code", "description"]
"#;

/// A `[format]` table of `family` that reads `columns`, as TOML.
pub fn format_table(family: &str, columns: &[&str]) -> String {
    let columns: Vec<String> = columns.iter().map(|c| format!("{c:?}")).collect();
    format!("[format]\nfamily = {family:?}\ncolumns = [{}]\n", columns.join(", "))
}

/// Parses `doc` with a `[format]` table given as TOML.
pub fn parse(format_toml: &str, doc: &str) -> (Output, Document) {
    parse_bytes(format_toml, doc.as_bytes())
}

pub fn parse_bytes(format_toml: &str, bytes: &[u8]) -> (Output, Document) {
    #[derive(serde::Deserialize)]
    struct Wrapper {
        format: Format,
    }
    let w: Wrapper = toml::from_str(format_toml).expect("fixture format parses");
    let doc = Document::decode(bytes);
    let input = Input {
        source_id: "fixture",
        namespace: "fixture",
        lang: Lang::En,
        file: "fixture.txt",
        doc: &doc,
        format: &w.format,
        includes: &[],
    };
    let out = adapters::parse(&input);
    (out, doc)
}

pub fn occ(out: &Output, code: i64) -> &Occurrence {
    out.occurrences.iter().find(|o| o.code == code).unwrap_or_else(|| panic!("no occurrence {code}"))
}

pub fn text(t: &Option<catalog::model::Text>) -> &str {
    t.as_ref().map(|t| t.text.as_str()).unwrap_or("")
}

/// Every non-blank line inside a section is a row, markup, prose or reported: never unclaimed.
pub fn assert_accounted(out: &Output, doc: &Document) {
    for (i, u) in out.uses.iter().enumerate() {
        let line = doc.line(i as u32 + 1).expect("line");
        if !line.is_blank() {
            assert_ne!(*u, LineUse::Unclaimed, "line {} unclaimed: {:?}", i + 1, line.text);
        }
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn real_catalog() -> catalog::Catalog {
    catalog::load(&repo_root().join("catalog")).expect("the real catalog loads")
}

/// Copies a folder recursively (for mutation tests on a copy of the catalog).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks a generated file against its committed copy; rewrites it when `update_var` is set.
pub fn assert_generated(rel: &str, fresh: &str, update_var: &str, command: &str) {
    let path = repo_root().join(rel);
    if std::env::var_os(update_var).is_some() {
        std::fs::write(&path, fresh).unwrap_or_else(|e| panic!("write {rel}: {e}"));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == fresh, "{rel} is out of date: run `{update_var}=1 {command}`");
}
