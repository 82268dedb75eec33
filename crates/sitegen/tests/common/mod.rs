//! Helpers shared by the site's integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

/// Builds the site of `catalog` into `out` under the base URL `base`.
pub fn build(catalog: &Path, out: &Path, base: &str) -> anyhow::Result<sitegen::Summary> {
    build_public(catalog, out, base, None)
}

/// Builds the site of `catalog` into `out`, with the public address `site_url` when given.
pub fn build_public(
    catalog: &Path,
    out: &Path,
    base: &str,
    site_url: Option<&str>,
) -> anyhow::Result<sitegen::Summary> {
    sitegen::build(&sitegen::Options {
        catalog: catalog.to_path_buf(),
        out: out.to_path_buf(),
        base_url: base.to_owned(),
        site_url: site_url.map(str::to_owned),
    })
}

/// Every file under `dir` (relative `/`-separated path → bytes).
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            (rel, std::fs::read(e.path()).unwrap_or_default())
        })
        .collect()
}
