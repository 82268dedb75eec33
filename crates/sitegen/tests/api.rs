//! The static JSON API on the real catalog: the files a bot GETs hold the entry's data and its
//! URLs, follow the committed schema (`docs/api.schema.json`), and agree with the catalog.

mod common;
use common::{build, files};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The real catalog's site under a base URL, built once for every test here.
fn site() -> &'static BTreeMap<String, Vec<u8>> {
    static SITE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    SITE.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("tmp");
        build(&root().join("catalog"), &tmp.path().join("site"), "/atlas/").expect("site builds");
        files(&tmp.path().join("site"))
    })
}

fn json(path: &str) -> Value {
    let bytes = site().get(path).unwrap_or_else(|| panic!("{path} is missing"));
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn an_entry_file_holds_the_entry_its_rows_and_urls() {
    let e = json("api/v1/tencent-liteav/-2301.json");
    assert_eq!(e["api_version"], 1);
    assert_eq!(e["namespace"], "tencent-liteav");
    assert_eq!(e["code"], -2301);
    assert_eq!(e["hex"], "0xFFFFF703");
    assert_eq!(e["unsigned"], 4294964995_i64);
    assert_eq!(e["names"][0], "PLAY_ERR_NET_DISCONNECT");
    assert_eq!(e["vendor"], "tencent");
    assert_eq!(e["severity"], "error");
    assert!(e["texts"]["en"][0].as_str().is_some_and(|t| t.contains("reconnected")), "{}", e["texts"]);
    let row = &e["rows"][0];
    assert_eq!(row["source"], "tencent-liteav-en");
    assert_eq!(row["code_text"], "-2301");
    assert!(row["line"].as_u64().is_some_and(|l| l > 1));
    assert_eq!(e["page_url"], "/atlas/tencent-liteav/-2301/");
    assert_eq!(e["api_url"], "/atlas/api/v1/tencent-liteav/-2301.json");
    assert_eq!(e["value_api_url"], "/atlas/api/v1/code/-2301.json");
    // The entry is mapped: its equivalents name entries of other vendors, with their files.
    let members: Vec<&Value> = e["equivalents"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["members"].as_array().into_iter().flatten())
        .collect();
    assert!(!members.is_empty(), "equivalents of -2301");
    // Every other member of its concepts: other vendors' codes, and sibling codes of its own SDK.
    assert!(members.iter().any(|m| m["vendor"] != "tencent"), "codes of other vendors");
    assert!(!members.iter().any(|m| m["namespace"] == "tencent-liteav" && m["code"] == -2301), "not itself");
    for m in members {
        let api = m["api_url"].as_str().expect("api_url").trim_start_matches("/atlas/");
        assert!(site().contains_key(api), "{api}");
    }
}

#[test]
fn the_record_is_the_export_entry_record() {
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    let export: Value = serde_json::from_str(&catalog::export::to_json(&catalog)).expect("export");
    for x in export["entries"].as_array().expect("entries").iter().step_by(37) {
        let path = format!("api/v1/{}/{}.json", x["namespace"].as_str().expect("ns"), x["code"]);
        let api = json(&path);
        for (key, v) in x.as_object().expect("object") {
            assert_eq!(&api[key], v, "{path}: {key}");
        }
        let ids: Vec<&Value> = api["rows"].as_array().expect("rows").iter().map(|r| &r["id"]).collect();
        assert_eq!(ids, x["occurrences"].as_array().expect("ids").iter().collect::<Vec<_>>(), "{path}");
        for r in api["rows"].as_array().expect("rows") {
            let id = r["id"].as_u64().expect("id") as usize;
            assert_eq!(r, &export["occurrences"][id], "{path}: row {id}");
        }
    }
}

#[test]
fn a_value_file_lists_every_namespace_that_uses_it() {
    // Two vendors that both use 100 (the real catalog has no such value yet).
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    build(&root().join("crates/sitegen/tests/fixtures/shared-value"), &out, "/").expect("site builds");
    let read = |p: &str| -> Value {
        serde_json::from_slice(&std::fs::read(out.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"))).expect(p)
    };
    let v = read("api/v1/code/100.json");
    let listed: Vec<(&str, &str)> = v["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| (e["namespace"].as_str().unwrap_or(""), e["names"][0].as_str().unwrap_or("")))
        .collect();
    assert_eq!(listed, [("alpha-sdk", "ALPHA_OK"), ("beta-sdk", "kBetaTimeout")]);
    assert_eq!(v["page_url"], "/code/100/");
    let alpha = read("api/v1/alpha-sdk/100.json");
    assert_eq!(alpha["same_value"][0]["api_url"], "/api/v1/beta-sdk/100.json");
    assert_eq!(alpha["same_value"].as_array().map(Vec::len), Some(1));
    let minus_one = read("api/v1/code/-1.json");
    assert_eq!(minus_one["hex"], "0xFFFFFFFF");
    assert_eq!(minus_one["unsigned"], 4294967295_i64);
    assert!(sitegen::links::broken_links(&out, "/").is_empty());
}

#[test]
fn the_index_counts_what_the_catalog_has() {
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    let ix = json("api/v1/index.json");
    assert_eq!(ix["entries"], catalog.entries.len());
    let values: std::collections::BTreeSet<i64> = catalog.entries.iter().map(|e| e.code).collect();
    assert_eq!(ix["values"], values.len());
    let listed: usize =
        ix["namespaces"].as_array().expect("ns").iter().filter_map(|n| n["entries"].as_u64()).sum::<u64>()
            as usize;
    assert_eq!(listed, catalog.entries.len());
    assert_eq!(ix["entry_url_template"], "/atlas/api/v1/{namespace}/{code}.json");
    assert_eq!(ix["value_url_template"], "/atlas/api/v1/code/{code}.json");
    for n in ix["namespaces"].as_array().expect("ns") {
        let file = n["api_url"].as_str().expect("api_url").trim_start_matches("/atlas/");
        let list = json(file);
        assert_eq!(
            list["entries"].as_array().map(Vec::len),
            n["entries"].as_u64().map(|c| c as usize),
            "{file}"
        );
    }
}

#[test]
fn every_api_file_follows_the_committed_schema() {
    let schema: Value = serde_json::from_str(&sitegen::api::json_schema()).expect("schema");
    let committed = std::fs::read_to_string(root().join("docs/api.schema.json")).unwrap_or_default();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(root().join("docs/api.schema.json"), sitegen::api::json_schema()).expect("write");
    } else {
        assert!(
            committed == sitegen::api::json_schema(),
            "docs/api.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test -p sitegen --test api`"
        );
    }
    assert_eq!(json("api/v1/schema.json"), schema, "the site publishes the same schema");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("api.schema.json", schema).expect("resource");
    let id = compiler.compile("api.schema.json", &mut schemas).expect("the schema compiles");
    let mut checked = 0;
    for (path, bytes) in
        site().iter().filter(|(p, _)| p.starts_with("api/") && p.as_str() != "api/v1/schema.json")
    {
        let v: Value = serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        if let Err(e) = schemas.validate(&v, id) {
            panic!("{path} does not follow docs/api.schema.json: {e}");
        }
        checked += 1;
    }
    assert!(checked > 1000, "{checked} files checked");
}

#[test]
fn a_wrong_file_fails_the_schema() {
    // The schema is no blank cheque: a file without its required fields is refused.
    let schema: Value = serde_json::from_str(&sitegen::api::json_schema()).expect("schema");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("api.schema.json", schema).expect("resource");
    let id = compiler.compile("api.schema.json", &mut schemas).expect("compiles");
    let mut e = json("api/v1/tencent-liteav/-2301.json");
    assert!(schemas.validate(&e, id).is_ok());
    e["code"] = Value::from("-2301");
    assert!(schemas.validate(&e, id).is_err(), "a code as a string is refused");
    assert!(schemas.validate(&serde_json::json!({ "api_version": 1 }), id).is_err());
}
