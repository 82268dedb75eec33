//! The search index writer. The format (files, JSON shapes, keys, shards) is the
//! `search_contract` crate's; `static/search-core.js` reads it. Everything is sharded so that
//! one search fetches a few small files whatever the catalog's size.

mod aliases;

use crate::view::{summary, Index};
use catalog::model::{Entry, Severity};
use search_contract::{self as contract, ConceptDoc, ConceptMember, Doc, Meta, NamespaceMeta, Posting};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Postings kept per term: the highest weights first. Rarer terms of a query still find
/// everything; a term carried by more entries than this ranks only its best ones.
pub const MAX_POSTINGS: usize = 4000;

/// Field weights: a name part counts most, then the short message, then the description.
pub const W_NAME: u32 = 8;
pub const W_CONCEPT: u32 = 3;
pub const W_MESSAGE: u32 = 4;
pub const W_DESCRIPTION: u32 = 2;
pub const W_OTHER: u32 = 1;

fn severity(s: Severity) -> contract::Severity {
    match s {
        Severity::Error => contract::Severity::Error,
        Severity::Warning => contract::Severity::Warning,
        Severity::Event => contract::Severity::Event,
    }
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
    let mut postings = Postings::default();
    let mut docs = Vec::with_capacity(entries.len());
    for (id, e) in entries.iter().enumerate() {
        let x = extra(e);
        let key = Posting {
            doc: id as u64,
            category: x.category.map(|c| c as u64),
            severity: Some(severity(e.severity)),
        }
        .pack();
        postings.add_entry(ix, e, &x, key);
        let (t, l) = ix.occurrences(e).next().map(summary).unwrap_or_default();
        docs.push(Doc {
            n: ns_index.get(e.namespace.as_str()).copied().unwrap_or(0),
            c: e.code,
            d: ix.code_display(&e.namespace, e.code),
            m: e.names.clone(),
            s: e.severity.as_str().to_owned(),
            t,
            l: l.unwrap_or("en").to_owned(),
            g: x.category,
        });
    }
    let mut files = Vec::new();
    for (n, chunk) in docs.chunks(contract::DOCS_PER_SHARD).enumerate() {
        files.push((contract::docs_file(n), to_json(&chunk)));
    }
    let namespaces: Vec<NamespaceMeta> = ns_ids.iter().map(|ns| namespace_meta(ix, ns)).collect();
    let aliases = aliases::aliases(ix, &ns_ids, &postings.terms);
    let vocab = write_vocab(&postings.terms, &mut files);
    let concepts = concept_docs(ix, &docs, categories);
    files.push((contract::concepts_file(), to_json(&concepts)));
    let shards = postings.write(&mut files);
    let meta = Meta {
        version: contract::FORMAT_VERSION,
        docs: entries.len(),
        docs_per_shard: contract::DOCS_PER_SHARD,
        namespaces,
        categories: categories.to_vec(),
        shards,
        aliases,
        vocab,
        concepts: concepts.len(),
    };
    files.push((contract::meta_file(), to_json(&meta)));
    files
}

/// One word-list file being filled: its first length, its lists by length, its size in bytes.
type VocabFile<'a> = (usize, BTreeMap<String, Vec<&'a str>>, usize);

/// The word lists for typo correction: every vocabulary term (`typo::in_vocab`) by length,
/// most frequent first (ties in byte order), consecutive lengths sharing a file
/// `vocab/<first length>.json` while it stays under `MAX_SHARD_BYTES`. Returns the first
/// length of each file.
fn write_vocab(terms: &HashMap<String, Vec<(u64, u32)>>, files: &mut Vec<(String, Vec<u8>)>) -> Vec<usize> {
    let mut by_len: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (t, posts) in terms {
        if contract::typo::in_vocab(t) {
            by_len.entry(t.len()).or_default().push((t, posts.len()));
        }
    }
    let mut groups: Vec<VocabFile<'_>> = Vec::new();
    for (len, mut words) in by_len {
        words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let bytes: usize = words.iter().map(|(w, _)| w.len() + 3).sum::<usize>() + 8;
        let list: Vec<&str> = words.into_iter().map(|(w, _)| w).collect();
        match groups.last_mut() {
            Some((_, group, size)) if *size + bytes <= contract::MAX_SHARD_BYTES => {
                group.insert(len.to_string(), list);
                *size += bytes;
            }
            _ => groups.push((len, BTreeMap::from([(len.to_string(), list)]), bytes)),
        }
    }
    groups
        .into_iter()
        .map(|(first, group, _)| {
            files.push((contract::vocab_file(first), to_json(&group)));
            first
        })
        .collect()
}

/// `concepts.json`: every concept with the code and first name of each member that names an
/// entry (a member that names none is a lint error and is left out here).
fn concept_docs(ix: &Index<'_>, docs: &[Doc], categories: &[(String, String)]) -> Vec<ConceptDoc> {
    let at: HashMap<(&str, i64), usize> =
        ix.catalog.entries.iter().enumerate().map(|(i, e)| ((e.namespace.as_str(), e.code), i)).collect();
    ix.catalog
        .mapping
        .concepts
        .iter()
        .map(|c| ConceptDoc {
            id: c.id.clone(),
            u: crate::route::Route::Concept { id: &c.id }.url_path(),
            t: c.title.en.clone(),
            z: c.title.zh_hans.clone(),
            g: categories.iter().position(|(id, _)| *id == c.category),
            m: c.members
                .iter()
                .filter_map(|m| {
                    let i = *at.get(&(m.namespace.as_str(), m.code))?;
                    let d = docs.get(i)?;
                    Some(ConceptMember {
                        doc: i,
                        namespace: d.n,
                        code: d.c,
                        partial: m.is_partial(),
                        display: d.d.clone(),
                    })
                })
                .collect(),
        })
        .collect()
}

fn namespace_meta(ix: &Index<'_>, ns: &str) -> NamespaceMeta {
    let s = ix.ns_source.get(ns);
    NamespaceMeta {
        start: ix.catalog.entries.iter().position(|e| e.namespace == ns).unwrap_or(0),
        id: ns.to_owned(),
        title: s.map(|s| s.product.clone()).unwrap_or_default(),
        vendor: s.map(|s| s.vendor_name.clone()).unwrap_or_default(),
    }
}

/// The three dictionaries being built: code → postings, name key → postings, and term →
/// (posting, weight).
#[derive(Default)]
struct Postings {
    codes: HashMap<String, Vec<u64>>,
    names: HashMap<String, Vec<u64>>,
    terms: HashMap<String, Vec<(u64, u32)>>,
}

impl Postings {
    /// Adds one entry: its code, its names, and each token once with its best weight.
    fn add_entry(&mut self, ix: &Index<'_>, e: &Entry, x: &Extra, key: u64) {
        self.codes.entry(e.code.to_string()).or_default().push(key);
        let mut local: HashMap<String, u32> = HashMap::new();
        let mut add = |t: String, w: u32| {
            let slot = local.entry(t).or_insert(0);
            *slot = (*slot).max(w);
        };
        for n in &e.names {
            self.names.entry(contract::name_key(n)).or_default().push(key);
            contract::name_parts(n).into_iter().for_each(|p| add(p, W_NAME));
        }
        for t in &x.texts {
            contract::tokens(t).into_iter().for_each(|tok| add(tok, W_CONCEPT));
        }
        for o in ix.occurrences(e) {
            for (field, t) in o.texts() {
                let w = match field {
                    catalog::model::Field::Message => W_MESSAGE,
                    catalog::model::Field::Description => W_DESCRIPTION,
                    _ => W_OTHER,
                };
                contract::tokens(&t.text).into_iter().for_each(|tok| add(tok, w));
            }
        }
        for (t, w) in local {
            self.terms.entry(t).or_default().push((key, w));
        }
    }

    /// Writes the sharded dictionaries; returns each one's shard prefixes for `meta.json`.
    fn write(self, files: &mut Vec<(String, Vec<u8>)>) -> BTreeMap<String, Vec<String>> {
        let raw = |v: &[u64]| serde_json::to_string(v).unwrap_or_default();
        let sorted = |m: HashMap<String, Vec<u64>>| {
            let mut v: Vec<(String, String)> = m.into_iter().map(|(k, v)| (k, raw(&v))).collect();
            v.sort();
            v
        };
        let mut term_entries: Vec<(String, String)> = self
            .terms
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
        let mut shards = BTreeMap::new();
        shards.insert(contract::CODES.to_owned(), write_sharded(contract::CODES, sorted(self.codes), files));
        shards.insert(contract::NAMES.to_owned(), write_sharded(contract::NAMES, sorted(self.names), files));
        shards.insert(contract::TERMS.to_owned(), write_sharded(contract::TERMS, term_entries, files));
        shards
    }
}

fn to_json<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// Splits sorted keys (each with its value already as JSON) into shards by the contract's
/// rules and adds their files. Returns the sorted prefixes for `meta.json`.
fn write_sharded(
    kind: &str,
    entries: Vec<(String, String)>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Vec<String> {
    let sizes: Vec<(&str, usize)> = entries.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let mut prefixes = Vec::new();
    for shard in contract::plan_shards(&sizes, contract::MAX_SHARD_BYTES) {
        files.push((contract::shard_file(kind, &shard.prefix), shard_json(&entries, &shard.members)));
        prefixes.push(shard.prefix);
    }
    prefixes.sort();
    prefixes
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokenization and shard lookup have their golden vectors in the contract crate; here the
    /// writer's split is checked against the reader's lookup on a dictionary big enough to split.
    #[test]
    fn shards_split_when_too_big_and_every_key_is_found_where_readers_look() {
        let entries: Vec<(String, String)> =
            (0..20_000).map(|i| (format!("1{i:06}"), format!("[{i},{},{}]", i + 1, i + 2))).collect();
        let mut files = Vec::new();
        let prefixes = write_sharded(contract::CODES, entries.clone(), &mut files);
        assert!(prefixes.len() > 1);
        assert!(
            files.iter().all(|(_, b)| b.len() <= contract::MAX_SHARD_BYTES),
            "every shard under the limit"
        );
        let shards: HashMap<&str, serde_json::Map<String, serde_json::Value>> = files
            .iter()
            .filter_map(|(path, b)| Some((path.as_str(), serde_json::from_slice(b).ok()?)))
            .collect();
        assert_eq!(shards.values().map(|m| m.len()).sum::<usize>(), 20_000);
        for (key, value) in &entries {
            let file = contract::shard_for(&prefixes, key).map(|p| contract::shard_file(contract::CODES, p));
            let found = file.as_deref().and_then(|f| shards.get(f)).and_then(|m| m.get(key));
            assert_eq!(found.map(|v| v.to_string()), Some(value.clone()), "key {key} in {file:?}");
        }
    }
}
