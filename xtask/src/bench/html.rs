//! The html-table adapter alone on pages that used to take quadratic time: one table of
//! thousands of rows written on a single line, and tables nested two hundred deep. Each page
//! is parsed by the release binary in a child process (`bench --parse-html FILE`), which
//! reports the adapter's own time, so that start-up and file reading do not blur the figure.

use anyhow::{bail, Context as _};
use serde_json::{json, Value};
use std::io::Read as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// The heading of the report's section, also used to find it when only this part is re-run.
pub const HEADING: &str = "## HTML tables (adapter only)";

/// Target of the issue: a 1 MB one-line table parses in well under a second.
const ONE_MB_TARGET_MS: f64 = 500.0;

#[path = "html_pages.rs"]
mod pages;
pub use pages::{nested_tables, one_line_table};

/// The child's side: parses one page and prints the adapter's time and what it found.
pub fn parse_file(path: &Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let format: catalog::manifest::Format = serde_json::from_value(
        json!({ "family": "html-table", "columns": ["code", "name", "description"] }),
    )?;
    let started = Instant::now();
    let doc = catalog::text::Document::decode(&bytes);
    let input = catalog::adapters::Input {
        source_id: "bench",
        namespace: "bench",
        lang: catalog::model::Lang::En,
        file: "bench.html",
        doc: &doc,
        format: &format,
        includes: &[],
    };
    let out = catalog::adapters::parse(&input);
    let elapsed = started.elapsed();
    println!(
        "{}",
        json!({
            "parse_ms": elapsed.as_secs_f64() * 1000.0,
            "occurrences": out.occurrences.len(),
            "distinct_codes": out.occurrences.iter().map(|o| o.code).collect::<std::collections::BTreeSet<_>>().len(),
            "diagnostics": out.diagnostics.len(),
        })
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes the pages, parses each with the release binary (one discarded warm-up, then `runs`
/// runs) and returns one row per page.
pub fn measure(bin: &Path, scratch: &Path, runs: usize) -> anyhow::Result<Vec<Value>> {
    let pages = [
        ("1 MB, one line, 6,000 rows", one_line_table(6_000, true), 6_000),
        ("1 MB, one line, 6,000 rows without `</tr>`", one_line_table(6_000, false), 6_000),
        ("10 MB, one line, 60,000 rows", one_line_table(60_000, true), 60_000),
        ("200 nested tables", nested_tables(200), 200),
    ];
    let mut rows = Vec::new();
    for (name, text, expected) in pages {
        eprintln!("bench: html {name}");
        let path = scratch.join(format!(
            "html-{}.html",
            name.chars().filter(char::is_ascii_alphanumeric).collect::<String>()
        ));
        std::fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
        let mut times = Vec::new();
        let mut last = Value::Null;
        for run in 0..=runs.max(1) {
            let Some(v) = run_child(bin, &path, Duration::from_secs(120))? else {
                last = json!({ "timed_out_s": 120 });
                break;
            };
            if run > 0 {
                times.push(v["parse_ms"].as_f64().unwrap_or(0.0));
            }
            last = v;
        }
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied();
        rows.push(json!({
            "page": name, "bytes": text.len(), "lines": text.lines().count(), "expected_rows": expected,
            "parse_ms": median, "result": last,
        }));
    }
    Ok(rows)
}

/// Runs the child with a time limit; `None` when it ran over.
fn run_child(bin: &Path, page: &Path, limit: Duration) -> anyhow::Result<Option<Value>> {
    let started = Instant::now();
    let mut child = Command::new(bin)
        .arg("bench")
        .arg("--parse-html")
        .arg(page)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start the release binary")?;
    loop {
        if let Some(status) = child.try_wait()? {
            let mut out = String::new();
            if let Some(mut o) = child.stdout.take() {
                o.read_to_string(&mut out)?;
            }
            if !status.success() {
                bail!("parsing {} failed", page.display());
            }
            return Ok(Some(serde_json::from_str(out.trim()).context("the child's figures")?));
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The report's section for these rows.
pub fn render(rows: &[Value]) -> String {
    let mut s = format!("{HEADING}\n\nThe html-table adapter alone (decoding, html5ever and row reading; median of the measured runs, in-process). Target: the 1 MB one-line page in under {ONE_MB_TARGET_MS:.0} ms.\n\n```sh\ncargo xtask bench --only html   # re-measures this section alone\n```\n\n| page | size (KB) | lines | rows expected | occurrences | parse (ms) | met |\n|---|---:|---:|---:|---:|---:|---|\n");
    for r in rows {
        let ms = r["parse_ms"].as_f64();
        let shown = match (ms, r["result"]["timed_out_s"].as_u64()) {
            (_, Some(t)) => format!("over {t} s"),
            (Some(v), None) => format!("{v:.1}"),
            (None, None) => "–".into(),
        };
        let met = if r["page"].as_str().is_some_and(|p| p.starts_with("1 MB")) {
            match ms {
                Some(v) if v < ONE_MB_TARGET_MS => "yes",
                _ => "**no**",
            }
        } else {
            "–"
        };
        s.push_str(&format!(
            "| {} | {:.0} | {} | {} | {} | {} | {} |\n",
            r["page"].as_str().unwrap_or(""),
            r["bytes"].as_f64().unwrap_or(0.0) / 1024.0,
            r["lines"],
            r["expected_rows"],
            r["result"]["occurrences"].as_u64().map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
            shown,
            met,
        ));
    }
    s
}

/// Replaces this section of a report (or appends it), leaving every other section as it was.
pub fn splice(report: &str, section: &str) -> String {
    splice_section(report, HEADING, section)
}

/// Replaces the section that starts with `heading` (up to the next `## `) by `section`, or
/// appends it; every other section stays as it was.
pub fn splice_section(report: &str, heading: &str, section: &str) -> String {
    let Some(start) = report.find(heading) else {
        if report.trim().is_empty() {
            return section.to_owned();
        }
        return format!("{}\n\n{section}", report.trim_end());
    };
    let after = start + heading.len();
    let end = report[after..].find("\n## ").map(|e| after + e + 1).unwrap_or(report.len());
    format!(
        "{}{section}{}",
        &report[..start],
        if end < report.len() { format!("\n{}", &report[end..]) } else { String::new() }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_only_its_section() {
        let report = format!("# B\n\n## A\n\na\n\n{HEADING}\n\nold\n\n## C\n\nc\n");
        let new = splice(&report, &format!("{HEADING}\n\nnew\n"));
        assert_eq!(new, format!("# B\n\n## A\n\na\n\n{HEADING}\n\nnew\n\n## C\n\nc\n"));
        let appended = splice("# B\n\n## A\n\na\n", &format!("{HEADING}\n\nx\n"));
        assert_eq!(appended, format!("# B\n\n## A\n\na\n\n{HEADING}\n\nx\n"));
    }

    #[test]
    fn generated_pages_have_the_promised_shape() {
        let page = one_line_table(6_000, true);
        assert_eq!(page.lines().count(), 1);
        assert!((1_000_000..1_100_000).contains(&page.len()), "{} bytes", page.len());
        assert_eq!(nested_tables(200).matches("<table>").count(), 200);
    }
}
