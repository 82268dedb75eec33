//! Vendor and product words of the index (`Meta::aliases`): a query word that names a vendor
//! or a product (`trtc`, `zego`, `即构`) filters or boosts results instead of matching text.
//! The words come from the catalog: vendor ids, and the words of vendor names, product names
//! and namespace ids that name one vendor only; plus the curated words of
//! `catalog/taxonomy.toml` (`[search]`: aliases for words the sources do not write, and
//! generic words that never name a vendor).

use crate::view::Index;
use search_contract::tokens::{scan, TokenKind};
use search_contract::{is_cjk, Posting};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The shortest ASCII word taken from a name (`ali` is curated, `v4` never a vendor word).
const MIN_ASCII: usize = 3;

/// Word → namespace indices (sorted), for `meta.json`.
pub fn aliases(
    ix: &Index<'_>,
    ns_ids: &[&str],
    terms: &HashMap<String, Vec<(u64, u32)>>,
) -> BTreeMap<String, Vec<usize>> {
    let catalog = ix.catalog;
    let ns_index: BTreeMap<&str, usize> = ns_ids.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let vendor_of: Vec<&str> =
        ns_ids.iter().map(|ns| catalog.vendors.get(*ns).map(String::as_str).unwrap_or_default()).collect();
    let of_vendor = |v: &str| -> BTreeSet<usize> {
        vendor_of.iter().enumerate().filter(|(_, x)| **x == v).map(|(i, _)| i).collect()
    };
    let generic: BTreeSet<String> = catalog.mapping.search.generic.iter().map(|w| w.to_lowercase()).collect();
    // Words from names: they must name one vendor and occur in no other vendor's entries.
    let mut derived: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for s in &catalog.sources {
        let own: BTreeSet<usize> =
            s.namespaces.iter().filter_map(|n| ns_index.get(n.as_str()).copied()).collect();
        for w in words(&s.vendor_name) {
            derived.entry(w).or_default().extend(of_vendor(&s.vendor));
        }
        for w in words(&s.product) {
            derived.entry(w).or_default().extend(own.iter().copied());
        }
        for ns in &s.namespaces {
            for w in ns.split('-').flat_map(words) {
                derived.entry(w).or_default().extend(ns_index.get(ns.as_str()).copied());
            }
        }
    }
    let starts: Vec<u64> = ns_ids
        .iter()
        .map(|ns| catalog.entries.iter().position(|e| e.namespace == *ns).unwrap_or(0) as u64)
        .collect();
    let ns_of_doc = |doc: u64| starts.iter().rposition(|&s| s <= doc).unwrap_or(0);
    let mut out: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (w, nss) in derived {
        let vendors: BTreeSet<&str> = nss.iter().map(|&i| vendor_of[i]).collect();
        let [vendor] = vendors.into_iter().collect::<Vec<_>>()[..] else { continue };
        let elsewhere = terms.get(&w).is_some_and(|posts| {
            posts.iter().any(|(key, _)| vendor_of[ns_of_doc(Posting::unpack(*key).doc)] != vendor)
        });
        if !elsewhere && !generic.contains(&w) {
            out.entry(w).or_default().extend(nss);
        }
    }
    // Vendor ids and curated words always name their vendor.
    for v in vendor_of.iter().collect::<BTreeSet<_>>() {
        out.entry(v.to_string()).or_default().extend(of_vendor(v));
    }
    for a in &catalog.mapping.search.alias {
        for w in &a.words {
            out.entry(w.to_lowercase()).or_default().extend(of_vendor(&a.vendor));
        }
    }
    out.into_iter().filter(|(_, n)| !n.is_empty()).map(|(w, n)| (w, n.into_iter().collect())).collect()
}

/// The words of a name that may name a vendor: ASCII words and identifiers of at least
/// `MIN_ASCII` letters and digits (lower-cased), CJK runs of at least two characters.
fn words(name: &str) -> Vec<String> {
    scan(name)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Code)
        .map(|t| t.norm.to_lowercase())
        .filter(|w| {
            let cjk = w.chars().all(is_cjk);
            (cjk && w.chars().count() >= 2)
                || (!cjk && w.len() >= MIN_ASCII && w.bytes().any(|b| b.is_ascii_alphabetic()))
        })
        .collect()
}
