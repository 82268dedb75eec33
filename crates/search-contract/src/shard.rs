//! Where a key lives: index file names, the shard of a key, and the rule the writer uses to
//! split a dictionary into shards. `static/search-core.js` reads with the same rules.

use std::collections::BTreeMap;

/// The index folder at the site root.
pub const INDEX_DIR: &str = "search-index";
/// Namespaces, categories, the shard prefixes of every dictionary (`Meta`).
pub const META_FILE: &str = "meta.json";
/// The result fragments (`Doc`), `DOCS_PER_SHARD` to a file: `docs/<n>.json`.
pub const DOCS_DIR: &str = "docs";
/// Dictionary of code values (decimal, as `i64` prints it) → postings.
pub const CODES: &str = "codes";
/// Dictionary of whole names (`name_key`) → postings.
pub const NAMES: &str = "names";
/// Dictionary of tokens and name parts → flat `[posting, weight, …]` pairs.
pub const TERMS: &str = "terms";
/// The cross-vendor concepts (`ConceptDoc`), all in one file.
pub const CONCEPTS_FILE: &str = "concepts.json";
/// The word list for typo correction, one file per word length: `vocab/<length>.json`.
pub const VOCAB_DIR: &str = "vocab";
/// Every dictionary, as `Meta::shards` names them.
pub const DICTIONARIES: [&str; 3] = [CODES, NAMES, TERMS];

/// Result fragments per `docs/<n>.json` file.
pub const DOCS_PER_SHARD: usize = 16;
/// A shard is split while its JSON is over this size (well under the 100 KB file limit).
pub const MAX_SHARD_BYTES: usize = 48 * 1024;
/// Shards start with one-character prefixes…
pub const FIRST_PREFIX_CHARS: usize = 1;
/// …and are not split past prefixes of this many characters.
pub const MAX_PREFIX_CHARS: usize = 12;
/// Ends the prefix of a shard that holds exactly the keys equal to the prefix (made when a
/// shard is split on a longer prefix, so that shorter keys still have a home).
pub const EXACT_MARK: char = '$';
/// Shards a prefix scan reads at most (`scan_shards`).
pub const SCAN_LIMIT: usize = 4;

/// A shard's file, relative to `INDEX_DIR`: the prefix as hex UTF-8 bytes, so that any key
/// makes a safe file name (`codes/p2d3233.json` for `-23`).
pub fn shard_path(dictionary: &str, prefix: &str) -> String {
    let hex: String = prefix.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{dictionary}/p{hex}.json")
}

/// A shard's file, relative to the site root.
pub fn shard_file(dictionary: &str, prefix: &str) -> String {
    format!("{INDEX_DIR}/{}", shard_path(dictionary, prefix))
}

/// `META_FILE`, relative to the site root.
pub fn meta_file() -> String {
    format!("{INDEX_DIR}/{META_FILE}")
}

/// `CONCEPTS_FILE`, relative to the site root.
pub fn concepts_file() -> String {
    format!("{INDEX_DIR}/{CONCEPTS_FILE}")
}

/// The word-list file whose lengths start at `first`, relative to `INDEX_DIR`.
pub fn vocab_path(first: usize) -> String {
    format!("{VOCAB_DIR}/{first}.json")
}

/// The word-list file whose lengths start at `first`, relative to the site root.
pub fn vocab_file(first: usize) -> String {
    format!("{INDEX_DIR}/{}", vocab_path(first))
}

/// The word-list file (its first length, from `Meta::vocab`) that holds words of `len`
/// characters: the last one starting at or below `len`.
pub fn vocab_file_for(starts: &[usize], len: usize) -> Option<usize> {
    starts.iter().copied().filter(|&s| s <= len).max()
}

/// Which `docs/<n>.json` holds document `doc`, and its position in that file's array.
pub fn doc_location(doc: usize, docs_per_shard: usize) -> (usize, usize) {
    let per = docs_per_shard.max(1);
    (doc / per, doc % per)
}

/// The file of result fragments `n`, relative to `INDEX_DIR`.
pub fn docs_path(n: usize) -> String {
    format!("{DOCS_DIR}/{n}.json")
}

/// The file of result fragments `n`, relative to the site root.
pub fn docs_file(n: usize) -> String {
    format!("{INDEX_DIR}/{}", docs_path(n))
}

/// The first `n` characters of `key` (all of it when shorter).
pub fn char_prefix(key: &str, n: usize) -> &str {
    match key.char_indices().nth(n) {
        Some((i, _)) => &key[..i],
        None => key,
    }
}

/// The shard that holds `key`, if any: `key$` when the dictionary has that exact shard, else
/// the longest unmarked prefix that starts `key`.
pub fn shard_for<'a>(prefixes: &'a [String], key: &str) -> Option<&'a str> {
    let exact = format!("{key}{EXACT_MARK}");
    if let Some(p) = prefixes.iter().find(|p| **p == exact) {
        return Some(p);
    }
    prefixes
        .iter()
        .filter(|p| !p.ends_with(EXACT_MARK) && key.starts_with(p.as_str()))
        .max_by_key(|p| p.len())
        .map(String::as_str)
}

/// The shards that may hold keys beginning with `key`, in `prefixes` order, at most `limit`.
pub fn scan_shards<'a>(prefixes: &'a [String], key: &str, limit: usize) -> Vec<&'a str> {
    prefixes
        .iter()
        .filter(|p| {
            let bare = p.strip_suffix(EXACT_MARK).unwrap_or(p);
            bare.starts_with(key) || key.starts_with(bare)
        })
        .take(limit)
        .map(String::as_str)
        .collect()
}

/// One planned shard: its prefix and the positions of its keys in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    pub prefix: String,
    pub members: Vec<usize>,
}

/// Splits a dictionary into shards. `entries` are `(key, bytes of the key's value as JSON)`
/// sorted by key. Keys are grouped by their first `FIRST_PREFIX_CHARS` characters; a group
/// whose JSON object would exceed `max_bytes` is split on one more character, its keys no
/// longer than the prefix going to the `EXACT_MARK` shard of that prefix, until
/// `MAX_PREFIX_CHARS`. Members keep input order; shards come in writing order.
pub fn plan_shards(entries: &[(&str, usize)], max_bytes: usize) -> Vec<Shard> {
    let mut out = Vec::new();
    let all: Vec<usize> = (0..entries.len()).collect();
    plan(entries, &all, FIRST_PREFIX_CHARS, max_bytes, &mut out);
    out
}

/// The size of a shard's JSON object: `{"key":value,…}`.
pub fn shard_bytes(entries: &[(&str, usize)], members: &[usize]) -> usize {
    members.iter().map(|&i| entries[i].0.len() + entries[i].1 + 4).sum::<usize>() + 2
}

fn plan(entries: &[(&str, usize)], idx: &[usize], len: usize, max_bytes: usize, out: &mut Vec<Shard>) {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in idx {
        groups.entry(char_prefix(entries[i].0, len)).or_default().push(i);
    }
    for (prefix, group) in groups {
        // Keys no longer than the prefix cannot be split further.
        let splittable = group.iter().any(|&i| entries[i].0.chars().count() > len);
        if shard_bytes(entries, &group) > max_bytes && splittable && len < MAX_PREFIX_CHARS {
            let (short, long): (Vec<usize>, Vec<usize>) =
                group.into_iter().partition(|&i| entries[i].0.chars().count() <= len);
            if !short.is_empty() {
                out.push(Shard { prefix: format!("{prefix}{EXACT_MARK}"), members: short });
            }
            plan(entries, &long, len + 1, max_bytes, out);
        } else {
            out.push(Shard { prefix: prefix.to_owned(), members: group });
        }
    }
}
