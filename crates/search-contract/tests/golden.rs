//! The Rust side of the contract against `golden.json` (tests/browser/contract.test.js checks
//! the JavaScript side against the same file).

use search_contract as sc;
use serde_json::{json, Value};

fn golden() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/golden.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

fn cases<'a>(g: &'a Value, section: &str) -> &'a [Value] {
    let list = g[section].as_array().map(Vec::as_slice).unwrap_or_default();
    assert!(!list.is_empty(), "golden.json has no `{section}` cases");
    list
}

fn text<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field].as_str().unwrap_or_else(|| panic!("golden case {v} has no string `{field}`"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

#[test]
fn version_files_and_fields() {
    let g = golden();
    assert_eq!(g["version"], json!(sc::FORMAT_VERSION), "FORMAT_VERSION differs from golden.json");
    let f = &g["files"];
    assert_eq!(f["index_dir"], json!(sc::INDEX_DIR));
    assert_eq!(f["meta"], json!(sc::META_FILE));
    assert_eq!(f["concepts"], json!(sc::CONCEPTS_FILE));
    assert_eq!(sc::concepts_file(), format!("{}/{}", sc::INDEX_DIR, sc::CONCEPTS_FILE));
    assert_eq!(sc::meta_file(), format!("{}/{}", sc::INDEX_DIR, sc::META_FILE));
    assert_eq!(f["dictionaries"], json!(sc::DICTIONARIES));
    for c in cases(f, "docs") {
        let (doc, per) = (c["doc"].as_u64().unwrap_or(0) as usize, c["per"].as_u64().unwrap_or(0) as usize);
        let (n, slot) = sc::doc_location(doc, per);
        assert_eq!(sc::docs_path(n), text(c, "path"), "{c}");
        assert_eq!(sc::docs_file(n), format!("{}/{}", sc::INDEX_DIR, text(c, "path")), "{c}");
        assert_eq!(json!(slot), c["slot"], "{c}");
    }
    assert_eq!(g["fields"]["meta"], json!(sc::META_FIELDS));
    assert_eq!(g["fields"]["namespace"], json!(sc::NAMESPACE_FIELDS));
    assert_eq!(g["fields"]["doc"], json!(sc::DOC_FIELDS));
    assert_eq!(g["fields"]["concept"], json!(sc::CONCEPT_FIELDS));
}

/// The serialized shapes carry exactly the field names the contract lists.
#[test]
fn structs_serialize_with_the_contract_field_names() {
    let ns = sc::NamespaceMeta { id: "x".into(), start: 0, title: "X".into(), vendor: "V".into() };
    let meta = sc::Meta {
        version: sc::FORMAT_VERSION,
        docs: 1,
        docs_per_shard: sc::DOCS_PER_SHARD,
        namespaces: vec![ns],
        categories: vec![("network".into(), "Network".into())],
        shards: Default::default(),
        aliases: [("zego".to_owned(), vec![0])].into(),
        vocab: vec![4],
        concepts: 1,
    };
    let concept = sc::ConceptDoc {
        id: "c".into(),
        u: "concepts/c/".into(),
        t: "T".into(),
        z: "标题".into(),
        g: Some(0),
        m: vec![
            sc::ConceptMember { doc: 0, namespace: 0, code: -1, partial: false, display: "-1".into() },
            sc::ConceptMember { doc: 1, namespace: 0, code: 16, partial: true, display: "0x10".into() },
        ],
    };
    let doc = sc::Doc {
        n: 0,
        c: -1,
        d: "-1".into(),
        m: vec!["kErr".into()],
        s: "error".into(),
        t: "t".into(),
        l: "en".into(),
        g: Some(0),
    };
    let keys =
        |v: Value| -> Vec<String> { v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default() };
    let sorted = |a: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = a.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    };
    let meta_json = serde_json::to_value(&meta).unwrap_or_default();
    assert_eq!(keys(meta_json["namespaces"][0].clone()), sorted(&sc::NAMESPACE_FIELDS));
    assert_eq!(keys(meta_json), sorted(&sc::META_FIELDS));
    assert_eq!(keys(serde_json::to_value(&doc).unwrap_or_default()), sorted(&sc::DOC_FIELDS));
    assert_eq!(keys(serde_json::to_value(&concept).unwrap_or_default()), sorted(&sc::CONCEPT_FIELDS));
    let members = serde_json::to_value(&concept.m).unwrap_or_default();
    assert_eq!(
        members,
        json!([[0, 0, -1, 0], [1, 0, 16, 1, "0x10"]]),
        "a member is an array; its written code only when not decimal"
    );
    let back: Vec<sc::ConceptMember> = serde_json::from_value(members).unwrap_or_default();
    assert_eq!(back, concept.m, "and reads back");
    let without_g = serde_json::to_value(sc::Doc { g: None, ..doc }).unwrap_or_default();
    assert!(without_g.get("g").is_none(), "`g` is written only when set: {without_g}");
}

#[test]
fn postings() {
    let g = golden();
    for c in cases(&g, "postings") {
        let key = c["key"].as_u64().unwrap_or(u64::MAX);
        let p = sc::Posting::unpack(key);
        let sev = p.severity.map(sc::Severity::as_str);
        assert_eq!(
            json!({"doc": p.doc, "category": p.category, "severity": sev}),
            json!({"doc": c["doc"], "category": c["category"], "severity": c["severity"]}),
            "unpack {key}"
        );
        assert_eq!(p.pack(), key, "pack {c}");
    }
}

#[test]
fn tokens() {
    let g = golden();
    for c in cases(&g, "tokens") {
        assert_eq!(sc::tokens(text(c, "text")), strings(&c["tokens"]), "tokens of {:?}", text(c, "text"));
    }
}

#[test]
fn name_parts_and_keys() {
    let g = golden();
    for c in cases(&g, "names") {
        let name = text(c, "name");
        assert_eq!(sc::name_parts(name), strings(&c["parts"]), "name parts of {name:?}");
        assert_eq!(sc::name_key(name), text(c, "key"), "name key of {name:?}");
    }
}

#[test]
fn query_terms_and_name_keys() {
    let g = golden();
    for c in cases(&g, "queries") {
        let q = text(c, "q");
        assert_eq!(sc::query_terms(q), strings(&c["terms"]), "terms of query {q:?}");
        assert_eq!(json!(sc::query_name_key(q)), c["name_key"], "name key of query {q:?}");
    }
}

#[test]
fn readings() {
    let g = golden();
    for c in cases(&g, "readings") {
        let q = text(c, "q");
        let got = sc::readings(q).map(|rs| {
            rs.iter().map(|r| json!({"value": r.value, "how": r.how.as_str()})).collect::<Vec<_>>()
        });
        assert_eq!(json!(got), c["readings"], "readings of {q:?}");
    }
}

#[test]
fn shard_lookup_and_scan() {
    let g = golden();
    for set in cases(&g, "shards") {
        let dict = text(set, "dictionary");
        let prefixes = strings(&set["prefixes"]);
        for c in cases(set, "cases") {
            let key = text(c, "key");
            let shard = sc::shard_for(&prefixes, key);
            assert_eq!(json!(shard), c["shard"], "shard of {dict} key {key:?}");
            assert_eq!(
                json!(shard.map(|p| sc::shard_path(dict, p))),
                c["path"],
                "path of {dict} key {key:?}"
            );
            if let Some(p) = shard {
                assert_eq!(sc::shard_file(dict, p), format!("{}/{}", sc::INDEX_DIR, sc::shard_path(dict, p)));
            }
            let scan = sc::scan_shards(&prefixes, key, sc::SCAN_LIMIT);
            assert_eq!(json!(scan), c["scan"], "scan of {dict} key {key:?}");
        }
    }
}

#[test]
fn split_rules() {
    let g = golden();
    for c in cases(&g, "split") {
        let entries: Vec<(&str, usize)> = c["entries"]
            .as_array()
            .map(|a| {
                a.iter().map(|e| (e[0].as_str().unwrap_or(""), e[1].as_u64().unwrap_or(0) as usize)).collect()
            })
            .unwrap_or_default();
        let max = c["max_bytes"].as_u64().unwrap_or(0) as usize;
        let got: Vec<Value> = sc::plan_shards(&entries, max)
            .iter()
            .map(|s| json!({"prefix": s.prefix, "keys": s.members.iter().map(|&i| entries[i].0).collect::<Vec<_>>()}))
            .collect();
        assert_eq!(json!(got), c["shards"], "{}", text(c, "why"));
    }
}

/// A token as `golden.json` writes it: codes carry notation, values, cue and key.
fn scanned(t: &sc::tokens::Token) -> Value {
    let mut v = json!({
        "kind": t.kind.as_str(),
        "text": t.text,
        "norm": t.norm,
        "bytes": [t.bytes.0, t.bytes.1],
        "chars": [t.chars.0, t.chars.1],
    });
    if t.kind == sc::tokens::TokenKind::Code {
        v["notation"] = json!(t.notation.map(sc::tokens::Notation::as_str));
        v["values"] = json!(t
            .values
            .iter()
            .map(|r| json!({"value": r.value, "how": r.how.as_str()}))
            .collect::<Vec<_>>());
        v["cue"] = json!(t.cue.map(sc::tokens::Cue::as_str));
        v["key"] = json!(t.key);
    }
    v
}

#[test]
fn scan() {
    let g = golden();
    let mut wrong = Vec::new();
    for c in cases(&g, "scan") {
        let line = text(c, "line");
        let got = json!(sc::tokens::scan(line).iter().map(scanned).collect::<Vec<_>>());
        // PRINT_SCAN=1 prints what scan makes of every line, to review before copying.
        if std::env::var_os("PRINT_SCAN").is_some() {
            println!("{}", json!({"line": line, "tokens": got}));
        }
        if got != c["tokens"] {
            wrong.push(format!("scan of {line:?}:\n  got  {got}\n  want {}", c["tokens"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn code_keys() {
    let g = golden();
    assert_eq!(g["code_keys"], json!(sc::tokens::CODE_KEYS), "CODE_KEYS differs from golden.json");
    assert_eq!(g["cjk_code_key_chars"], json!(sc::tokens::CJK_CODE_KEY_CHARS), "CJK_CODE_KEY_CHARS");
    assert_eq!(g["minus_signs"], json!(sc::tokens::MINUS_SIGNS), "MINUS_SIGNS differs from golden.json");
}

#[test]
fn typo_budget_distance_and_vocab_files() {
    let g = golden();
    let t = &g["typo"];
    for c in cases(t, "in_vocab") {
        let w = c[0].as_str().unwrap_or_default();
        assert_eq!(json!(sc::typo::in_vocab(w)), c[1], "in_vocab({w:?})");
    }
    for c in cases(t, "budget") {
        let n = c[0].as_u64().unwrap_or(0) as usize;
        assert_eq!(json!(sc::typo::budget(n)), c[1], "budget({n})");
    }
    for c in cases(t, "distance") {
        let (a, b) = (text(c, "a"), text(c, "b"));
        let max = c["max"].as_u64().unwrap_or(0) as usize;
        assert_eq!(json!(sc::typo::distance(a, b, max)), c["d"], "distance({a:?}, {b:?}, {max})");
        assert_eq!(sc::typo::distance(b, a, max), sc::typo::distance(a, b, max), "symmetric: {a:?} {b:?}");
    }
    for c in cases(t, "vocab_files") {
        let starts: Vec<usize> = c["starts"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_u64()).map(|v| v as usize).collect())
            .unwrap_or_default();
        let len = c["len"].as_u64().unwrap_or(0) as usize;
        let file = sc::vocab_file_for(&starts, len);
        assert_eq!(json!(file), c["file"], "vocab file for length {len} in {starts:?}");
        assert_eq!(json!(file.map(sc::vocab_path)), c["path"]);
    }
    assert_eq!(sc::vocab_file(4), format!("{}/vocab/4.json", sc::INDEX_DIR));
}
