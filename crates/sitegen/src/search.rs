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

use crate::route::Route;
use crate::view::{summary, Index};
use catalog::model::{Entry, Severity};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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
    let mut codes: HashMap<String, Vec<u64>> = HashMap::new();
    let mut names: HashMap<String, Vec<u64>> = HashMap::new();
    let mut terms: HashMap<String, Vec<(u64, u32)>> = HashMap::new();
    let mut docs = Vec::with_capacity(entries.len());
    let mut local: HashMap<String, u32> = HashMap::new();
    for (id, e) in entries.iter().enumerate() {
        let x = extra(e);
        let key = (id as u64) * 256
            + (x.category.map(|c| c as u64 + 1).unwrap_or(0).min(63)) * 4
            + severity_bits(e.severity);
        codes.entry(e.code.to_string()).or_default().push(key);
        // The best weight of each token in this entry, then one posting per token.
        local.clear();
        let add = |t: String, w: u32, local: &mut HashMap<String, u32>| {
            let slot = local.entry(t).or_insert(0);
            *slot = (*slot).max(w);
        };
        for n in &e.names {
            names.entry(name_key(n)).or_default().push(key);
            for p in name_parts(n) {
                add(p, W_NAME, &mut local);
            }
        }
        for t in &x.texts {
            for tok in tokens(t) {
                add(tok, W_CONCEPT, &mut local);
            }
        }
        for o in ix.occurrences(e) {
            for (field, t) in o.texts() {
                let w = match field {
                    "message" => W_MESSAGE,
                    "description" => W_DESCRIPTION,
                    _ => W_OTHER,
                };
                for tok in tokens(&t.text) {
                    add(tok, w, &mut local);
                }
            }
        }
        for (t, w) in local.drain() {
            terms.entry(t).or_default().push((key, w));
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
        files.push((Route::SearchDocs { shard: n }.file_path(), to_json(&chunk)));
    }
    let mut shards = BTreeMap::new();
    let raw = |v: &[u64]| serde_json::to_string(v).unwrap_or_default();
    let mut code_entries: Vec<(String, String)> = codes.into_iter().map(|(k, v)| (k, raw(&v))).collect();
    code_entries.sort();
    shards.insert("codes", write_sharded("codes", code_entries, &mut files));
    let mut name_entries: Vec<(String, String)> = names.into_iter().map(|(k, v)| (k, raw(&v))).collect();
    name_entries.sort();
    shards.insert("names", write_sharded("names", name_entries, &mut files));
    let mut term_entries: Vec<(String, String)> = terms
        .into_iter()
        .map(|(k, mut list)| {
            list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list.truncate(MAX_POSTINGS);
            list.sort_by_key(|p| p.0);
            let flat: Vec<u64> = list.iter().flat_map(|(k, w)| [*k, u64::from(*w)]).collect();
            (k, raw(&flat))
        })
        .collect();
    term_entries.sort();
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
    files.push((Route::SearchMeta.file_path(), to_json(&meta)));
    files
}

fn to_json<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// The file name of a shard: its prefix as hex bytes, so any key is a safe path.
pub fn shard_file(kind: &str, prefix: &str) -> String {
    Route::SearchShard { kind, prefix }.file_path()
}

/// Splits sorted keys (each with its value already as JSON) into shards by prefix,
/// lengthening the prefix of any shard whose JSON would exceed `MAX_SHARD_BYTES`. Returns the
/// prefixes (the client picks the longest one that starts its key).
fn write_sharded(
    kind: &str,
    entries: Vec<(String, String)>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Vec<String> {
    let mut prefixes = Vec::new();
    let idx: Vec<usize> = (0..entries.len()).collect();
    split(kind, &entries, &idx, 1, files, &mut prefixes);
    prefixes.sort();
    prefixes
}

fn char_prefix(key: &str, n: usize) -> &str {
    match key.char_indices().nth(n) {
        Some((i, _)) => &key[..i],
        None => key,
    }
}

/// One shard: a JSON object written from keys and raw JSON values, in key order.
fn shard_json(entries: &[(String, String)], idx: &[usize]) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        idx.iter().map(|&i| entries[i].0.len() + entries[i].1.len() + 4).sum::<usize>() + 2,
    );
    out.push(b'{');
    for (n, &i) in idx.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        out.extend(serde_json::to_string(&entries[i].0).unwrap_or_default().bytes());
        out.push(b':');
        out.extend(entries[i].1.bytes());
    }
    out.push(b'}');
    out
}

fn split(
    kind: &str,
    entries: &[(String, String)],
    idx: &[usize],
    len: usize,
    files: &mut Vec<(String, Vec<u8>)>,
    prefixes: &mut Vec<String>,
) {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in idx {
        groups.entry(char_prefix(&entries[i].0, len)).or_default().push(i);
    }
    for (prefix, group) in groups {
        let size: usize =
            group.iter().map(|&i| entries[i].0.len() + entries[i].1.len() + 4).sum::<usize>() + 2;
        // Keys no longer than the prefix cannot be split further.
        let splittable = group.iter().any(|&i| entries[i].0.chars().count() > len);
        if size > MAX_SHARD_BYTES && splittable && len < 12 {
            let (short, long): (Vec<usize>, Vec<usize>) =
                group.into_iter().partition(|&i| entries[i].0.chars().count() <= len);
            if !short.is_empty() {
                // Exact keys equal to the prefix live in a shard named by the prefix plus a
                // terminator, so that the client can still find them.
                let name = format!("{prefix}$");
                files.push((shard_file(kind, &name), shard_json(entries, &short)));
                prefixes.push(name);
            }
            split(kind, entries, &long, len + 1, files, prefixes);
        } else {
            files.push((shard_file(kind, prefix), shard_json(entries, &group)));
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
        let entries: Vec<(String, String)> =
            (0..20_000).map(|i| (format!("1{i:06}"), format!("[{i},{},{}]", i + 1, i + 2))).collect();
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
