//! Builds real and fixture catalogs into temporary folders and checks the output: a page for
//! every entry and value, no broken internal link (with and without a base URL), hostile
//! text escaped, byte-identical rebuilds, and atomic failure.

mod common;
use common::{build, files};
use regex::Regex;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn broken_links(dir: &Path, base: &str) -> Vec<String> {
    sitegen::links::broken_links(dir, base)
}

#[test]
fn real_catalog_site_is_complete_and_linked_with_and_without_base_url() {
    let tmp = tempfile::tempdir().expect("tmp");
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    for base in ["/", "/rtc-error-atlas/"] {
        let out = tmp.path().join(if base == "/" { "root" } else { "sub" });
        let summary = build(&root().join("catalog"), &out, base).expect("site builds");
        assert_eq!(summary.entries, catalog.entries.len());
        let site = files(&out);
        for e in &catalog.entries {
            assert!(
                site.contains_key(&format!("{}/{}/index.html", e.namespace, e.code)),
                "entry page {}/{}",
                e.namespace,
                e.code
            );
            assert!(site.contains_key(&format!("code/{}/index.html", e.code)), "value page {}", e.code);
            assert!(site.contains_key(&format!("api/v1/{}/{}.json", e.namespace, e.code)), "entry JSON");
            assert!(site.contains_key(&format!("api/v1/code/{}.json", e.code)), "value JSON {}", e.code);
        }
        for f in [
            "index.html",
            "404.html",
            "sitemap.xml",
            "robots.txt",
            "catalog.json",
            "catalog.csv",
            "findings/index.html",
            "about/index.html",
            "search/index.html",
            "search-index/meta.json",
            "static/search.js",
            "static/search-core.js",
            "static/style.css",
            "api/v1/index.json",
            "api/v1/schema.json",
        ] {
            assert!(site.contains_key(f), "{f}");
        }
        let broken = broken_links(&out, base);
        assert!(
            broken.is_empty(),
            "{} broken links, e.g. {:?}",
            broken.len(),
            &broken[..broken.len().min(5)]
        );
        let sitemap = String::from_utf8_lossy(&site["sitemap.xml"]).into_owned();
        assert!(sitemap.contains(&format!("<loc>{base}zego-liveroom/60001005/</loc>")));
    }
}

#[test]
fn pages_show_what_a_user_needs() {
    let tmp = tempfile::tempdir().expect("tmp");
    build(&root().join("catalog"), tmp.path(), "/").expect("site builds");
    let page = |p: &str| std::fs::read_to_string(tmp.path().join(p)).expect(p);
    let e = page("tencent-liteav/3001/index.html");
    assert!(e.contains("PUSH_WARNING_DNS_FAIL") && e.contains("PLAY_WARNING_DNS_FAIL"), "both names");
    assert!(
        e.contains("000_54b79617f1bad970.txt:62") && e.contains("000_54b79617f1bad970.txt:110"),
        "provenance of both rows"
    );
    assert!(e.contains("shared-code"), "the finding about it");
    assert!(e.contains("href=\"/code/3001/\""), "link to the value page");
    let zh = page("zego-liveroom/60001005/index.html");
    assert!(zh.contains("lang=\"zh-Hans\">房间服务器心跳超时"), "Chinese text tagged with its language");
    let ex = page("tencent-trtc-web/16452/index.html");
    assert!(ex.contains("class=\"hl-"), "example highlighted with classes");
    let v = page("code/-1/index.html");
    assert!(
        v.contains("0xFFFFFFFF") && v.contains("4294967295"),
        "value page shows hex and unsigned readings"
    );
    let restored = page("tencent-liteav/-1308/index.html");
    assert!(restored.contains("Corrected:") && restored.contains("PUSH_ERR_CAMERA_OCCUPY"));
}

#[test]
fn hostile_catalog_text_is_escaped_everywhere() {
    let tmp = tempfile::tempdir().expect("tmp");
    build(&root().join("crates/sitegen/tests/fixtures/hostile"), tmp.path(), "/").expect("site builds");
    let script = Regex::new(r"(?i)<script\b[^>]*>").expect("regex");
    let tag = Regex::new(r"(?i)<(img|iframe|a|b|i)\b[^>]*>").expect("regex");
    let mut checked = 0;
    for (path, bytes) in files(tmp.path()) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(&bytes);
        for m in script.find_iter(&html) {
            assert_eq!(
                m.as_str(),
                "<script type=\"module\" src=\"/static/search.js\">",
                "{path}: unexpected {}",
                m.as_str()
            );
        }
        for m in tag.find_iter(&html) {
            let t = m.as_str().to_ascii_lowercase();
            assert!(
                !t.contains("onerror")
                    && !t.contains("javascript:")
                    && !t.starts_with("<img")
                    && !t.starts_with("<iframe"),
                "{path}: live tag {t}"
            );
        }
        assert!(!html.contains("href=\"javascript:"), "{path}: javascript: link");
        checked += 1;
    }
    assert!(checked > 5);
    let entry = std::fs::read_to_string(tmp.path().join("hostile/100/index.html")).expect("entry");
    assert!(
        entry.contains("&lt;&#x2f;script&gt;&lt;script&gt;alert(2)")
            || entry.contains("&lt;/script&gt;&lt;script&gt;alert(2)"),
        "text shown, escaped"
    );
    assert!(entry.contains("{{ base }} {% raw %}"), "template syntax in data is not evaluated");
    let search = files(tmp.path());
    let doc = String::from_utf8_lossy(&search["search-index/docs/0.json"]).into_owned();
    assert!(serde_json::from_str::<serde_json::Value>(&doc).is_ok(), "index stays valid JSON");
}

#[test]
fn rebuilds_are_byte_identical() {
    let tmp = tempfile::tempdir().expect("tmp");
    build(&root().join("catalog"), &tmp.path().join("a"), "/").expect("a");
    build(&root().join("catalog"), &tmp.path().join("b"), "/").expect("b");
    let a = files(&tmp.path().join("a"));
    let b = files(&tmp.path().join("b"));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    let differ: Vec<&String> = a.iter().filter(|(k, v)| b.get(*k) != Some(*v)).map(|(k, _)| k).collect();
    assert!(differ.is_empty(), "differ: {differ:?}");
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    build(&root().join("crates/catalog/tests/fixtures/valid"), &out, "/").expect("first build");
    let before = files(&out);
    let err = build(&root().join("crates/catalog/tests/fixtures/invalid"), &out, "/")
        .expect_err("errors block the build");
    let msg = format!("{err:#}");
    assert!(msg.contains("unacknowledged error") && msg.contains("conflicting-meaning"), "{msg}");
    assert_eq!(files(&out), before, "previous site unchanged");
    let leftovers: Vec<_> =
        std::fs::read_dir(tmp.path()).expect("ls").filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary folder left behind: {leftovers:?}");
}
