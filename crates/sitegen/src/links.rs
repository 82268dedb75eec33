//! Checking a built site: every `href`/`src` of every page, and every URL of every JSON file of
//! the API (the string values of fields named `url` or `…_url`), resolves to a file of the
//! site; and every file of the API is linked from a page or from another file of the API.

use std::collections::BTreeSet;
use std::path::Path;

/// The folder whose JSON files carry links (`api/v1/…`).
const API_PREFIX: &str = "api/";

/// Internal links that lead nowhere, as `page: link → missing file` lines, and API files that
/// nothing links to.
pub fn broken_links(dir: &Path, base: &str) -> Vec<String> {
    let files: BTreeSet<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.path().strip_prefix(dir).ok().map(|p| p.to_string_lossy().replace('\\', "/")))
        .collect();
    let mut broken = Vec::new();
    let mut linked: BTreeSet<String> = BTreeSet::new();
    for path in &files {
        let links = if path.ends_with(".html") {
            let Ok(html) = std::fs::read_to_string(dir.join(path)) else { continue };
            // As a browser reads the attribute.
            attribute_values(&html).iter().map(|l| l.replace("&#x2f;", "/").replace("&amp;", "&")).collect()
        } else if path.starts_with(API_PREFIX) && path.ends_with(".json") {
            match json_urls(&dir.join(path)) {
                Ok(urls) => urls,
                Err(why) => {
                    broken.push(format!("{path}: {why}"));
                    continue;
                }
            }
        } else {
            continue;
        };
        for link in links {
            match resolve(&link, base) {
                Resolved::External => {}
                Resolved::OffBase => {
                    broken.push(format!("{path}: `{link}` does not start with the base URL `{base}`"))
                }
                Resolved::File(target) if files.contains(&target) => {
                    linked.insert(target);
                }
                Resolved::File(target) => broken.push(format!("{path}: `{link}` → missing {target}")),
            }
        }
    }
    for path in files.iter().filter(|p| p.starts_with(API_PREFIX) && !linked.contains(*p)) {
        broken.push(format!("{path}: no page and no API file links to it"));
    }
    broken
}

enum Resolved {
    External,
    OffBase,
    File(String),
}

/// The file a link leads to.
fn resolve(link: &str, base: &str) -> Resolved {
    if link.starts_with("http://") || link.starts_with("https://") || link.starts_with('#') {
        // A base URL may itself be absolute: its links are ours.
        if !(base.starts_with("http") && link.starts_with(base)) {
            return Resolved::External;
        }
    }
    let Some(rest) = link.strip_prefix(base) else { return Resolved::OffBase };
    let rest = rest.split(['#', '?']).next().unwrap_or("");
    Resolved::File(if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_owned()
    })
}

/// The values of `href="…"` and `src="…"` attributes.
fn attribute_values(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for key in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(key) {
            let after = &rest[at + key.len()..];
            let end = after.find('"').unwrap_or(after.len());
            // Only whole attribute names: the character before must not be part of a name.
            let before = rest[..at].chars().last();
            if before.is_none_or(|c| c.is_whitespace()) {
                out.push(&after[..end]);
            }
            rest = &after[end..];
        }
    }
    out
}

/// The URLs of a JSON file: every string value of a field named `url` or ending in `_url`, at
/// any depth. A file that is not JSON is an error.
fn json_urls(path: &Path) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| format!("not valid JSON ({e}): fix the API writer"))?;
    let mut out = Vec::new();
    collect_urls(&value, &mut out);
    Ok(out)
}

fn collect_urls(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match v {
                    serde_json::Value::String(s) if key == "url" || key.ends_with("_url") => {
                        out.push(s.clone())
                    }
                    _ => collect_urls(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_urls(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tmp");
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        dir
    }

    #[test]
    fn api_files_are_checked_and_must_be_linked() {
        let dir = site(&[
            ("index.html", r#"<a href="/b/api/v1/index.json">api</a>"#),
            ("api/v1/index.json", r#"{"x":{"api_url":"/b/api/v1/a/1.json"},"list":[{"url":"/b/gone/"}]}"#),
            ("api/v1/a/1.json", r#"{"page_url":"/b/","note_template":"/b/{x}.json","text":"/b/nope"}"#),
            ("api/v1/a/2.json", r#"{"page_url":"/b/"}"#),
            ("api/v1/bad.json", "{"),
        ]);
        let broken = broken_links(dir.path(), "/b/");
        assert!(broken.iter().any(|b| b.contains("`/b/gone/` → missing gone/index.html")), "{broken:?}");
        assert!(broken.iter().any(|b| b.starts_with("api/v1/a/2.json: no page")), "{broken:?}");
        assert!(broken.iter().any(|b| b.starts_with("api/v1/bad.json: not valid JSON")), "{broken:?}");
        // Linked files, templates and plain text are not reported.
        assert!(!broken
            .iter()
            .any(|b| b.contains("a/1.json: no page") || b.contains("{x}") || b.contains("nope")));
        assert_eq!(broken.len(), 4, "{broken:?}");
    }

    #[test]
    fn links_under_an_absolute_base_are_checked() {
        let dir = site(&[(
            "index.html",
            r#"<a href="https://x.io/a/gone/">x</a> <a href="https://other.io/">o</a>"#,
        )]);
        let broken = broken_links(dir.path(), "https://x.io/a/");
        assert_eq!(broken.len(), 1, "{broken:?}");
    }
}
