//! What an entry page weighs on the wire: the page and every stylesheet and script it loads,
//! gzip-compressed as GitHub Pages serves them. A size, not a time: it cannot flake.

mod common;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).expect("gzip in memory");
    gz.finish().expect("gzip in memory").len()
}

/// The page's bytes and those of each `/static/…` stylesheet or script it links.
fn weight(site: &Path, page: &str) -> (usize, Vec<(String, usize)>) {
    let html = std::fs::read_to_string(site.join(page)).expect(page);
    let asset = regex::Regex::new(r#"(?:href|src)="/(static/[^"]+\.(?:css|js))""#).expect("regex");
    let assets = asset
        .captures_iter(&html)
        .map(|c| {
            let path = c[1].to_owned();
            let len = gzip_len(&std::fs::read(site.join(&path)).expect("asset"));
            (path, len)
        })
        .collect();
    (gzip_len(html.as_bytes()), assets)
}

#[test]
fn the_minus_2301_page_with_its_css_and_js_is_at_most_8_kb_gzip() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    common::build(&root().join("catalog"), &out, "/").expect("site builds");
    let (page, assets) = weight(&out, "tencent-liteav/-2301/index.html");
    let total = page + assets.iter().map(|(_, n)| n).sum::<usize>();
    eprintln!("tencent-liteav/-2301/: page {page} B + {assets:?} = {total} B gzip");
    assert!(assets.iter().any(|(p, _)| p.ends_with(".css")), "the page loads its stylesheet: {assets:?}");
    assert!(total <= 8 * 1024, "tencent-liteav/-2301/ weighs {total} B gzip with {assets:?}");
}
