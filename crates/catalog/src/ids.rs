//! Ids that become part of a path of the site (source ids, namespaces, concept and category
//! ids): one rule for all of them, checked when the catalog loads, so that lint and the site
//! build agree and no id can name a file outside the output folder.

/// Top-level folders and routes the site uses for itself.
pub const RESERVED: &[&str] = &[
    "about",
    "api",
    "categories",
    "code",
    "concepts",
    "findings",
    "mappings",
    "search",
    "search-index",
    "sources",
    "static",
    "vendors",
];

/// The longest id: URLs and file names stay readable.
pub const MAX_LEN: usize = 64;

/// Checks an id: lower-case kebab-case ASCII (`a-z`, `0-9`, inner `-`), at most `MAX_LEN`
/// characters, not a reserved route. The error says what is wrong with it.
pub fn check(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("is empty".to_owned());
    }
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        return Err(format!("has `{}`; use lower-case kebab-case (a-z, 0-9 and -)", c.escape_debug()));
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Err("must not start or end with `-` or hold `--`".to_owned());
    }
    if id.len() > MAX_LEN {
        return Err(format!("has {} characters, more than {MAX_LEN}", id.len()));
    }
    if RESERVED.contains(&id) {
        return Err(format!("is a route the site uses for itself ({})", RESERVED.join(", ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn path_tricks_and_reserved_routes_are_refused() {
        for bad in [
            "", "..", "../../x", "a/b", "A", "a b", "-a", "a-", "a--b", "code", "static", "search", "api",
            "é",
        ] {
            assert!(check(bad).is_err(), "{bad:?} accepted");
        }
        for good in ["tencent-liteav", "agora-web-4", "a", "x1"] {
            assert_eq!(check(good), Ok(()), "{good}");
        }
        assert!(check(&"a".repeat(65)).is_err());
    }
}
