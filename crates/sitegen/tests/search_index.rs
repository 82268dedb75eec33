//! The search index of the real catalog, read back as the contract describes it: vendor and
//! product words, concepts with their members' codes, and the typo word lists.

mod common;
use common::build;
use search_contract::{self as contract, ConceptDoc, Doc, Meta};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read<T: serde::de::DeserializeOwned>(out: &Path, rel: &str) -> T {
    let path = out.join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn vendor_words_concepts_and_word_lists_of_the_real_catalog() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    build(&root().join("catalog"), &out, "/").expect("site builds");
    let meta: Meta = read(&out, &contract::meta_file());
    let ns = |id: &str| meta.namespaces.iter().position(|n| n.id == id).unwrap_or(usize::MAX);
    let vendor_of =
        |i: usize| meta.namespaces.get(i).map(|n| n.vendor.split(' ').next().unwrap_or("").to_owned());

    // Vendor ids, names from vendor and product names, curated aliases; each names one vendor.
    let words_of = |w: &str| meta.aliases.get(w).cloned().unwrap_or_default();
    for (word, member) in [
        ("zego", "zego-liveroom"),
        ("zego", "zego-express-web"),
        ("即构", "zego-liveroom"),
        ("liveroom", "zego-liveroom"),
        ("trtc", "tencent-trtc-web"),
        ("tencent", "tencent-liteav"),
        ("liteav", "tencent-liteav"),
        ("阿里", "alibaba-rtc"),
        ("alibaba", "alibaba-rtc"),
    ] {
        assert!(words_of(word).contains(&ns(member)), "{word} names {member}: {:?}", words_of(word));
    }
    for (word, nss) in &meta.aliases {
        let vendors: BTreeSet<_> = nss.iter().map(|&i| vendor_of(i)).collect();
        assert_eq!(vendors.len(), 1, "{word} names one vendor: {vendors:?}");
    }
    // Generic words of product names and words other vendors' entries use never name a vendor.
    for generic in ["sdk", "rtc", "web", "play", "push", "client", "live", "error", "timeout"] {
        assert!(!meta.aliases.contains_key(generic), "{generic} is no vendor word");
    }

    // Every concept member is the entry its document says.
    let concepts: Vec<ConceptDoc> = read(&out, &contract::concepts_file());
    assert_eq!(concepts.len(), meta.concepts);
    assert!(concepts.len() >= 10, "the catalog's concepts: {}", concepts.len());
    let mut docs: BTreeMap<usize, Vec<Doc>> = BTreeMap::new();
    for c in &concepts {
        assert!(c.u.starts_with("concepts/") && c.u.ends_with('/'), "{}", c.u);
        assert!(!c.t.is_empty() && !c.z.is_empty(), "{} has both titles", c.id);
        let vendors: BTreeSet<_> = c.m.iter().map(|m| vendor_of(m.namespace)).collect();
        assert!(vendors.len() >= 2, "{} spans vendors", c.id);
        for m in &c.m {
            let (file, slot) = contract::doc_location(m.doc, meta.docs_per_shard);
            let list = docs.entry(file).or_insert_with(|| read(&out, &contract::docs_file(file)));
            let d = &list[slot];
            assert_eq!(
                (d.n, d.c, d.d.as_str()),
                (m.namespace, m.code, m.display.as_str()),
                "member of {}",
                c.id
            );
        }
    }

    // The word lists: every index word of four letters or more, in the file of its length.
    assert!(!meta.vocab.is_empty());
    let mut all = BTreeSet::new();
    for &first in &meta.vocab {
        let lists: BTreeMap<String, Vec<String>> = read(&out, &contract::vocab_file(first));
        for (len, words) in lists {
            let len: usize = len.parse().expect("a length");
            assert_eq!(contract::vocab_file_for(&meta.vocab, len), Some(first), "length {len} in its file");
            for w in words {
                assert!(contract::typo::in_vocab(&w) && w.len() == len, "{w} in the list of {len}");
                assert!(all.insert(w.clone()), "{w} listed once");
            }
        }
    }
    for w in ["heartbeat", "timeout", "network", "token"] {
        assert!(all.contains(w), "{w} in the word lists");
    }
}
