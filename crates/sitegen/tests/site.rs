//! Builds real and fixture catalogs into temporary folders and checks the output: a page for
//! every entry and value, no broken internal link (with and without a base URL), hostile
//! text escaped, byte-identical rebuilds, and atomic failure.

mod common;
use common::{build, build_public, files};
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
    // At a domain's root without a public address; under a path with one (as GitHub Pages).
    for (base, public) in
        [("/", None), ("/rtc-error-atlas/", Some("https://example.github.io/rtc-error-atlas"))]
    {
        let out = tmp.path().join(if base == "/" { "root" } else { "sub" });
        let summary = build_public(&root().join("catalog"), &out, base, public).expect("site builds");
        assert_eq!(summary.base, base);
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
        let robots = String::from_utf8_lossy(&site["robots.txt"]).into_owned();
        match public {
            // The sitemap protocol wants absolute URLs: none can be written without the address.
            None => {
                assert!(!site.contains_key("sitemap.xml") && !robots.contains("Sitemap:"), "{robots}");
                assert!(!summary.sitemap);
            }
            Some(_) => {
                check_sitemap(&site, catalog.entries.len());
                assert!(robots.contains("Sitemap: https://example.github.io/rtc-error-atlas/sitemap.xml"));
            }
        }
    }
}

/// The sitemap protocol: absolute URLs under the public address, its limits (50,000 URLs, 50 MB),
/// each URL once, each one a page of the site.
fn check_sitemap(site: &std::collections::BTreeMap<String, Vec<u8>>, entries: usize) {
    let loc = Regex::new(r"<loc>([^<]*)</loc>").expect("regex");
    let sitemap = String::from_utf8_lossy(&site["sitemap.xml"]).into_owned();
    let locs: Vec<&str> = loc.captures_iter(&sitemap).filter_map(|c| c.get(1)).map(|m| m.as_str()).collect();
    assert!(locs.len() > entries);
    assert!(locs.iter().all(|l| l.starts_with("https://example.github.io/rtc-error-atlas/")), "{locs:?}");
    assert!(locs.contains(&"https://example.github.io/rtc-error-atlas/zego-liveroom/60001005/"));
    // The protocol's limits (50,000 URLs, 50 MB), each URL once, each one a page.
    assert!(locs.len() <= 50_000 && sitemap.len() <= 50 * 1024 * 1024);
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(sitemap.contains("xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""));
    let unique: std::collections::BTreeSet<&&str> = locs.iter().collect();
    assert_eq!(unique.len(), locs.len(), "a URL twice in the sitemap");
    for l in &locs {
        let rel = l.trim_start_matches("https://example.github.io/rtc-error-atlas/");
        let file =
            if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
        assert!(site.contains_key(&file), "{l}: no page {file}");
        assert!(!l.contains(['<', '>', '"', ' ']), "{l}: not escaped");
    }
}

#[test]
fn a_base_url_without_slashes_is_normalised_and_a_bad_one_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    let summary =
        build(&root().join("crates/sitegen/tests/fixtures/hostile"), &out, "atlas").expect("builds");
    assert_eq!(summary.base, "/atlas/");
    assert!(broken_links(&out, "/atlas/").is_empty());
    let err = build(&root().join("catalog"), &tmp.path().join("x"), "/a b/").expect_err("refused");
    assert!(err.to_string().contains("--base-url"), "{err}");
    assert!(!tmp.path().join("x").exists(), "nothing written for a refused base URL");
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
    let remedy = Regex::new(r#"data-remedy="(\w+)""#).expect("regex");
    let from = |p: &str| remedy.captures(&page(p)).and_then(|c| c.get(1)).map(|m| m.as_str().to_owned());
    assert_eq!(
        from("tencent-liteav/-2301/index.html").as_deref(),
        Some("concept"),
        "-2301: the concept's advice"
    );
    assert!(page("tencent-liteav/-2301/index.html").contains("from the concept"));
    let home = page("index.html");
    assert!(
        home.contains("Browse by problem") && !home.contains("class=\"findings"),
        "home leads with problems, not QA"
    );
    assert!(home.contains("href=\"/search/?q=-2301\""), "example codes are links");
    let restored = page("tencent-liteav/-1308/index.html");
    assert!(restored.contains("Corrected:") && restored.contains("PUSH_ERR_CAMERA_OCCUPY"));
}

#[test]
fn sdk_definitions_are_shown_with_file_line_and_commit() {
    let tmp = tempfile::tempdir().expect("tmp");
    build(&root().join("catalog"), tmp.path(), "/").expect("site builds");
    // Templates escape `/` in attributes they fill from data.
    let page = |p: &str| std::fs::read_to_string(tmp.path().join(p)).expect(p).replace("&#x2f;", "/");
    // An entry only the SDK headers define: its own page, saying so, with the SDK's comment.
    let only = page("tencent-liteav/-1316/index.html");
    assert!(only.contains("No documentation page lists this code"));
    assert!(only.contains("摄像头正在被占用中"), "the header's comment");
    assert!(only.contains(
        "https://github.com/TencentCloud/TIMSDK/blob/01ade602352e3385db7c056cf2e0fadb08f54b89/iOS/Demo/Pods/TXLiteAVSDK_TRTC/TXLiteAVSDK_TRTC/TXLiteAVSDK_TRTC.framework/Headers/TXLiteAVCode.h#L56"
    ));
    assert!(only.contains("href=\"/sources/tencent-liteav-sdk-ios-code/#L56\""), "the stored file's line");
    // A documented entry: its status and the SDK's names beside the document's.
    let confirmed = page("tencent-liteav/3001/index.html");
    assert!(confirmed.contains("sdk-confirmed") && confirmed.contains("WARNING_RTMP_DNS_FAIL"));
    let differs = page("tencent-liteav/1009/index.html");
    assert!(differs.contains("sdk-value-differs") && differs.contains("href=\"/tencent-liteav/1023/\""));
    // The per-source comparison, and provenance on the SDK file's own page.
    let check = page("sources/tencent-liteav-en/sdk/index.html");
    assert!(check.contains("<td><a href=\"#sdk-only\">SDK only</a></td><td>244</td>"), "counts per status");
    assert!(check.contains("href=\"/tencent-liteav/-1316/\""), "SDK-only entries listed");
    let source = page("sources/tencent-liteav-sdk-win-eventdef/index.html");
    assert!(source.contains("tencentyun/TRTCSDK") && source.contains("licence: none stated"));
    assert!(page("sources/tencent-liteav-en/index.html").contains("href=\"/sources/tencent-liteav-en/sdk/\""));
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
            // The search page loads the search code; every other page only the `/` shortcut.
            let allowed = [
                "<script type=\"module\" src=\"/static/search.js\">",
                "<script src=\"/static/keys.js\" defer>",
            ];
            assert!(allowed.contains(&m.as_str()), "{path}: unexpected {}", m.as_str());
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

#[test]
fn error_and_warning_pages_say_what_to_do_and_mapping_columns_are_unique() {
    let tmp = tempfile::tempdir().expect("tmp");
    build(&root().join("catalog"), tmp.path(), "/").expect("site builds");
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    // A non-empty block marked data-remedy: its heading and at least one paragraph of advice.
    let block =
        Regex::new(r#"(?s)<section[^>]*data-remedy="(entry|concept|category|none)"[^>]*>(.*?)</section>"#)
            .expect("regex");
    let text = Regex::new(r"(?s)<p[^>]*>\s*([^<\s][^<]*)").expect("regex");
    let (mut pages, mut with) = (0, 0);
    for e in catalog.entries.iter().filter(|e| e.severity != catalog::model::Severity::Event) {
        pages += 1;
        let html = std::fs::read_to_string(tmp.path().join(format!("{}/{}/index.html", e.namespace, e.code)))
            .expect("entry page");
        if block.captures(&html).and_then(|c| c.get(2)).is_some_and(|b| text.is_match(b.as_str())) {
            with += 1;
        }
    }
    assert!(pages > 100);
    assert!(with * 100 >= pages * 95, "{with} of {pages} error and warning pages say what to do");
    let th = Regex::new(r#"(?s)<th scope="col">(.*?)</th>"#).expect("regex");
    let tags = Regex::new(r"<[^>]*>").expect("regex");
    for c in &catalog.mapping.categories {
        let html = std::fs::read_to_string(tmp.path().join(format!("mappings/{}/index.html", c.id)))
            .expect("mapping");
        let titles: Vec<String> =
            th.captures_iter(&html).map(|m| tags.replace_all(&m[1], "").trim().to_owned()).collect();
        let unique: std::collections::BTreeSet<&String> = titles.iter().collect();
        assert_eq!(unique.len(), titles.len(), "{}: column titles {titles:?}", c.id);
    }
}
