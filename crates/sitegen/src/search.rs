//! The search index: written by the generator, read by `static/search.js`. Everything is
//! sharded so that one search fetches a few small files whatever the catalog's size:
//!
//! - `search-index/meta.json`: namespaces, categories and the key prefix of every shard;
//! - `codes/`, `names/`, `terms/`: dictionaries split by key prefix (a shard that grows past
//!   `MAX_SHARD_BYTES` is split on a longer prefix), mapping a key to postings;
//! - `docs/<n>.json`: the result fragments of `DOCS_PER_SHARD` entries.
//!
//! A posting packs a document id, its category and severity into one integer
//! (`doc * 256 + category * 4 + severity`), so filters need no extra fetch.

use crate::view::{summary, Index};
use catalog::model::{Entry, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

pub const DOCS_PER_SHARD: usize = 32;
/// Shards are split until their JSON is below this size (well under the 100 KB file limit).
pub const MAX_SHARD_BYTES: usize = 48 * 1024;
/// Postings kept per term: the highest weights first. Rarer terms of a query still find
/// everything; a term carried by more entries than this ranks only its best ones.
pub const MAX_POSTINGS: usize = 4000;

/// Field weights: a name part counts most, then the short message, then the description.
pub const W_NAME: u32 = 8;
pub const W_CONCEPT: u32 = 3;
pub const W_MESSAGE: u32 = 4;
pub const W_DESCRIPTION: u32 = 2;
pub const W_OTHER: u32 = 1;

/// Splits text into search tokens: lower-cased ASCII letter/digit runs, and for CJK runs
/// every character and every pair of adjacent characters.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    let flush_cjk = |cjk: &mut Vec<char>, out: &mut Vec<String>| {
        for (i, c) in cjk.iter().enumerate() {
            out.push(c.to_string());
            if let Some(n) = cjk.get(i + 1) {
                out.push(format!("{c}{n}"));
            }
        }
        cjk.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            flush_cjk(&mut cjk, &mut out);
            word.push(c.to_ascii_lowercase());
        } else if catalog::text::is_cjk(c) && c.is_alphanumeric() {
            flush_word(&mut word, &mut out);
            cjk.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_cjk(&mut cjk, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_cjk(&mut cjk, &mut out);
    out
}

/// The parts of a symbolic name: `kRoomHbTimeoutError` → k, room, hb, timeout, error;
/// `PUSH_WARNING_DNS_FAIL` → push, warning, dns, fail.
pub fn name_parts(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if p.is_ascii_lowercase() && c.is_ascii_uppercase() => true,
            Some(p) if p.is_ascii_uppercase() && c.is_ascii_uppercase() => {
                next.is_some_and(|n| n.is_ascii_lowercase())
            }
            Some(p) if p.is_ascii_digit() != c.is_ascii_digit() => true,
            _ => false,
        };
        if boundary && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// A whole name as one key: lower-case letters and digits only.
pub fn name_key(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn severity_bits(s: Severity) -> u64 {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Event => 2,
    }
}

#[derive(Serialize)]
struct Doc {
    /// Namespace index in meta.
    n: usize,
    c: i64,
    /// The code as the vendor writes it.
    d: String,
    m: Vec<String>,
    s: &'static str,
    t: String,
    l: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    g: Option<usize>,
}

#[derive(Serialize)]
struct NamespaceMeta {
    id: String,
    /// The first document id of this namespace (documents are sorted by namespace).
    start: usize,
    title: String,
    vendor: String,
}

#[derive(Serialize)]
struct Meta {
    version: u32,
    docs: usize,
    docs_per_shard: usize,
    namespaces: Vec<NamespaceMeta>,
    categories: Vec<(String, String)>,
    shards: BTreeMap<&'static str, Vec<String>>,
}

/// Extra searchable text for an entry (concept titles) with its category index.
pub struct Extra {
    pub category: Option<usize>,
    pub texts: Vec<String>,
}

/// Builds every index file: `(relative path, bytes)`.
pub fn build(
    ix: &Index<'_>,
    categories: &[(String, String)],
    extra: &dyn Fn(&Entry) -> Extra,
) -> Vec<(String, Vec<u8>)> {
    let entries = &ix.catalog.entries;
    let mut ns_ids: Vec<&str> = entries.iter().map(|e| e.namespace.as_str()).collect();
    ns_ids.dedup();
    let ns_index: BTreeMap<&str, usize> = ns_ids.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let mut files = Vec::new();
    let mut codes: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut names: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut terms: BTreeMap<String, BTreeMap<u64, u32>> = BTreeMap::new();
    let mut docs = Vec::with_capacity(entries.len());
    for (id, e) in entries.iter().enumerate() {
        let x = extra(e);
        let key = (id as u64) * 256
            + (x.category.map(|c| c as u64 + 1).unwrap_or(0).min(63)) * 4
            + severity_bits(e.severity);
        codes.entry(e.code.to_string()).or_default().push(key);
        let add = |text: &str, w: u32, terms: &mut BTreeMap<String, BTreeMap<u64, u32>>| {
            for t in tokens(text) {
                let slot = terms.entry(t).or_default().entry(key).or_insert(0);
                *slot = (*slot).max(w);
            }
        };
        for n in &e.names {
            names.entry(name_key(n)).or_default().push(key);
            for p in name_parts(n) {
                let slot = terms.entry(p).or_default().entry(key).or_insert(0);
                *slot = (*slot).max(W_NAME);
            }
        }
        for t in &x.texts {
            add(t, W_CONCEPT, &mut terms);
        }
        for o in ix.occurrences(e) {
            for (field, t) in o.texts() {
                let w = match field {
                    "message" => W_MESSAGE,
                    "description" => W_DESCRIPTION,
                    _ => W_OTHER,
                };
                add(&t.text, w, &mut terms);
            }
        }
        let (t, l) = ix.occurrences(e).next().map(summary).unwrap_or_default();
        docs.push(Doc {
            n: ns_index.get(e.namespace.as_str()).copied().unwrap_or(0),
            c: e.code,
            d: ix.code_display(&e.namespace, e.code),
            m: e.names.clone(),
            s: e.severity.as_str(),
            t,
            l: l.unwrap_or("en"),
            g: x.category,
        });
    }
    for (n, chunk) in docs.chunks(DOCS_PER_SHARD).enumerate() {
        files.push((format!("search-index/docs/{n}.json"), to_json(&chunk)));
    }
    let mut shards = BTreeMap::new();
    let code_entries: Vec<(String, serde_json::Value)> =
        codes.into_iter().map(|(k, v)| (k, serde_json::json!(v))).collect();
    shards.insert("codes", write_sharded("codes", code_entries, &mut files));
    let name_entries: Vec<(String, serde_json::Value)> =
        names.into_iter().map(|(k, v)| (k, serde_json::json!(v))).collect();
    shards.insert("names", write_sharded("names", name_entries, &mut files));
    let term_entries: Vec<(String, serde_json::Value)> = terms
        .into_iter()
        .map(|(k, postings)| {
            let mut list: Vec<(u64, u32)> = postings.into_iter().collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list.truncate(MAX_POSTINGS);
            list.sort_by_key(|p| p.0);
            let flat: Vec<u64> = list.iter().flat_map(|(k, w)| [*k, u64::from(*w)]).collect();
            (k, serde_json::json!(flat))
        })
        .collect();
    shards.insert("terms", write_sharded("terms", term_entries, &mut files));
    let meta = Meta {
        version: 1,
        docs: entries.len(),
        docs_per_shard: DOCS_PER_SHARD,
        namespaces: ns_ids
            .iter()
            .map(|ns| {
                let s = ix.ns_source.get(ns);
                NamespaceMeta {
                    start: entries.iter().position(|e| e.namespace == *ns).unwrap_or(0),
                    id: (*ns).to_owned(),
                    title: s.map(|s| s.product.clone()).unwrap_or_default(),
                    vendor: s.map(|s| s.vendor_name.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        categories: categories.to_vec(),
        shards,
    };
    files.push(("search-index/meta.json".to_owned(), to_json(&meta)));
    files
}

fn to_json<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// The file name of a shard: its prefix as hex bytes, so any key is a safe path.
pub fn shard_file(kind: &str, prefix: &str) -> String {
    let hex: String = prefix.bytes().map(|b| format!("{b:02x}")).collect();
    format!("search-index/{kind}/p{hex}.json")
}

/// Splits sorted keys into shards by prefix, lengthening the prefix of any shard whose JSON
/// would exceed `MAX_SHARD_BYTES`. Returns the prefixes (the client picks the longest one that
/// starts its key).
fn write_sharded(
    kind: &str,
    entries: Vec<(String, serde_json::Value)>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Vec<String> {
    let mut prefixes = Vec::new();
    split(kind, &entries, 1, files, &mut prefixes);
    prefixes.sort();
    prefixes
}

fn char_prefix(key: &str, n: usize) -> &str {
    match key.char_indices().nth(n) {
        Some((i, _)) => &key[..i],
        None => key,
    }
}

fn split(
    kind: &str,
    entries: &[(String, serde_json::Value)],
    len: usize,
    files: &mut Vec<(String, Vec<u8>)>,
    prefixes: &mut Vec<String>,
) {
    let mut groups: BTreeMap<&str, Vec<&(String, serde_json::Value)>> = BTreeMap::new();
    for e in entries {
        groups.entry(char_prefix(&e.0, len)).or_default().push(e);
    }
    for (prefix, group) in groups {
        let map: serde_json::Map<String, serde_json::Value> =
            group.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let json = to_json(&map);
        // Keys no longer than the prefix cannot be split further.
        let splittable = group.iter().any(|(k, _)| k.chars().count() > len);
        if json.len() > MAX_SHARD_BYTES && splittable && len < 12 {
            let (short, long): (Vec<_>, Vec<_>) =
                group.into_iter().cloned().partition(|(k, _)| k.chars().count() <= len);
            if !short.is_empty() {
                let map: serde_json::Map<String, serde_json::Value> = short.into_iter().collect();
                // Exact keys equal to the prefix live in a shard named by the prefix plus a
                // terminator, so that the client can still find them.
                let name = format!("{prefix}$");
                files.push((shard_file(kind, &name), to_json(&map)));
                prefixes.push(name);
            }
            split(kind, &long, len + 1, files, prefixes);
        } else {
            files.push((shard_file(kind, prefix), json));
            prefixes.push(prefix.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_latin_and_cjk() {
        assert_eq!(tokens("Token无效"), vec!["token", "无", "无效", "效"]);
        assert_eq!(tokens("房间服务器心跳超时"), {
            let mut v = Vec::new();
            let cs: Vec<char> = "房间服务器心跳超时".chars().collect();
            for i in 0..cs.len() {
                v.push(cs[i].to_string());
                if i + 1 < cs.len() {
                    v.push(format!("{}{}", cs[i], cs[i + 1]));
                }
            }
            v
        });
        assert_eq!(tokens("Heart-beat timeout, 90s."), vec!["heart", "beat", "timeout", "90s"]);
    }

    #[test]
    fn splits_names_into_parts() {
        assert_eq!(name_parts("kRoomHbTimeoutError"), vec!["k", "room", "hb", "timeout", "error"]);
        assert_eq!(name_parts("PUSH_WARNING_DNS_FAIL"), vec!["push", "warning", "dns", "fail"]);
        assert_eq!(name_parts("SDKInitFailed2"), vec!["sdk", "init", "failed", "2"]);
        assert_eq!(name_key("PUSH_WARNING_DNS_FAIL"), "pushwarningdnsfail");
    }

    #[test]
    fn shards_split_when_too_big() {
        let entries: Vec<(String, serde_json::Value)> =
            (0..20_000).map(|i| (format!("1{i:06}"), serde_json::json!([i, i + 1, i + 2]))).collect();
        let mut files = Vec::new();
        let prefixes = write_sharded("codes", entries, &mut files);
        assert!(prefixes.len() > 1);
        assert!(files.iter().all(|(_, b)| b.len() <= MAX_SHARD_BYTES), "every shard under the limit");
        let total: usize = files
            .iter()
            .map(|(_, b)| {
                serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(b)
                    .map(|m| m.len())
                    .unwrap_or(0)
            })
            .sum();
        assert_eq!(total, 20_000);
    }
}
