//! Checking a built site: every `href`/`src` of every page resolves to a file of the site.

use std::collections::BTreeSet;
use std::path::Path;

/// Internal links that lead nowhere, as `page: link → missing file` lines.
pub fn broken_links(dir: &Path, base: &str) -> Vec<String> {
    let files: BTreeSet<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.path().strip_prefix(dir).ok().map(|p| p.to_string_lossy().replace('\\', "/")))
        .collect();
    let mut broken = Vec::new();
    for path in files.iter().filter(|p| p.ends_with(".html")) {
        let Ok(html) = std::fs::read_to_string(dir.join(path)) else { continue };
        for link in attribute_values(&html) {
            // As a browser reads the attribute.
            let link = link.replace("&#x2f;", "/").replace("&amp;", "&");
            if link.starts_with("http://") || link.starts_with("https://") || link.starts_with('#') {
                continue;
            }
            let Some(rest) = link.strip_prefix(base) else {
                broken.push(format!("{path}: `{link}` does not start with the base URL `{base}`"));
                continue;
            };
            let rest = rest.split(['#', '?']).next().unwrap_or("");
            let target = if rest.is_empty() || rest.ends_with('/') {
                format!("{rest}index.html")
            } else {
                rest.to_owned()
            };
            if !files.contains(&target) {
                broken.push(format!("{path}: `{link}` → missing {target}"));
            }
        }
    }
    broken
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
