//! Time to search results on a slow network: the real catalog's site, the search page in
//! Chromium with its network emulation at several round trip times (`tests/browser/
//! bench-search-net.mjs`), compared with the figures measured before the search was rebuilt
//! (`tests/browser/search-net-before.json` over HTTP/1.1, `search-net-before-http2.json` over
//! HTTP/2). `cargo xtask bench --only search-net` replaces
//! this section of docs/benchmarks.md; a full `cargo xtask bench` keeps it as it is.

use super::html::splice_section;
use anyhow::{bail, Context as _};
use std::path::Path;
use std::process::{Command, ExitCode};

/// The heading of the report's section.
pub const HEADING: &str = "## Search on a slow network (Chromium)";

pub fn run(
    root: &Path,
    bin: &Path,
    scratch: &Path,
    runs: usize,
    report_path: &Path,
) -> anyhow::Result<ExitCode> {
    let browser = root.join("tests/browser");
    if !browser.join("node_modules/playwright-core").exists() {
        bail!("search-net needs the browser tests' packages: run `npm ci` in tests/browser");
    }
    let site = scratch.join("search-net-site");
    let built = Command::new(bin).arg("build-site").arg("--out").arg(&site).status()?;
    if !built.success() {
        bail!("build-site failed");
    }
    eprintln!("bench: search on a slow network, {runs} run(s) per figure (several minutes)");
    let mut section = String::new();
    // HTTP/1.1 as `cargo xtask serve` and most local servers speak it, HTTP/2 as GitHub Pages.
    for (proto, before, extra) in [
        ("http1", "search-net-before.json", ["--intro"]),
        ("http2", "search-net-before-http2.json", ["--http2"]),
    ] {
        let markdown = scratch.join(format!("search-net-{proto}.md"));
        let json = scratch.join(format!("search-net-{proto}.json"));
        let status = Command::new("node")
            .arg("bench-search-net.mjs")
            .arg(&site)
            .args(["--runs", &runs.max(1).to_string(), "--before", before])
            .args(extra)
            .arg("--json")
            .arg(&json)
            .arg("--markdown")
            .arg(&markdown)
            .current_dir(&browser)
            .stdout(std::process::Stdio::null())
            .status()
            .context("cannot run node")?;
        if !status.success() {
            bail!("bench-search-net.mjs ({proto}) failed");
        }
        section.push_str(&std::fs::read_to_string(&markdown)?);
    }
    let old = std::fs::read_to_string(report_path).unwrap_or_default();
    std::fs::write(report_path, splice_section(&old, HEADING, &section))?;
    eprintln!("bench: wrote the search-net section of {}", report_path.display());
    Ok(ExitCode::SUCCESS)
}

/// The section of `old` (a previous report), to carry over into a report that does not
/// measure it.
pub fn carried<'a>(old: &'a str, heading: &str) -> Option<&'a str> {
    let start = old.find(heading)?;
    let after = start + heading.len();
    let end = old[after..].find("\n## ").map(|e| after + e + 1).unwrap_or(old.len());
    Some(&old[start..end])
}
