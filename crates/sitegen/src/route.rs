//! The route table: every file the site has, as one `Route`, with its URL (relative to the
//! base URL) and the path of the file that holds it. Pages, links, the sitemap, the search
//! index and templates (through the `url` function) all take their paths from here.
//!
//! `static/search.js` builds entry URLs itself and `static/search-core.js` the index paths (by the
//! search contract); the tests
//! below pin both to this table.

/// A file of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    /// The list of sources.
    Sources,
    /// The list of vendors.
    Vendors,
    /// One vendor: its SDKs, sources, documentation-vs-SDK status and mapping coverage.
    Vendor {
        id: &'a str,
    },
    /// A source's table, page `page` (1-based) of it.
    Source {
        id: &'a str,
        page: usize,
    },
    /// A documentation source compared with the SDK files of its namespaces.
    SourceSdk {
        id: &'a str,
    },
    /// A namespace's entries, page `page` (1-based) of them.
    Namespace {
        ns: &'a str,
        page: usize,
    },
    Entry {
        namespace: &'a str,
        code: i64,
    },
    /// Every entry that uses one value.
    Value {
        code: i64,
    },
    /// The index of mapping categories.
    Mappings,
    Mapping {
        category: &'a str,
    },
    Concept {
        id: &'a str,
    },
    Findings,
    About,
    Search,
    NotFound,
    Static(Asset),
    CatalogJson,
    CatalogCsv,
    /// The folder of the search index (read by `static/search.js`; not a file itself).
    SearchIndex,
    SearchMeta,
    /// The cross-vendor concepts of the search index.
    SearchConcepts,
    SearchDocs {
        shard: usize,
    },
    /// A dictionary shard of the search index, named by its key prefix.
    SearchShard {
        kind: &'a str,
        prefix: &'a str,
    },
    Sitemap,
    /// One file of a sitemap split into several (numbered from 1).
    SitemapPart {
        number: usize,
    },
    Robots,
    /// `api/v1/index.json`: the JSON API's namespaces, counts and URL templates.
    ApiIndex,
    /// The JSON Schema of the API's files.
    ApiSchema,
    /// The codes of one namespace, as JSON.
    ApiNamespace {
        ns: &'a str,
    },
    /// One entry as JSON.
    ApiEntry {
        namespace: &'a str,
        code: i64,
    },
    /// Every entry that uses one value, as JSON.
    ApiValue {
        code: i64,
    },
}

/// The fixed files under `static/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asset {
    Style,
    Syntax,
    Favicon,
    SearchJs,
    SearchCoreJs,
    /// The `/` shortcut of the pages that load no search code.
    KeysJs,
}

impl Asset {
    pub const ALL: [Asset; 6] =
        [Asset::Style, Asset::Syntax, Asset::Favicon, Asset::SearchJs, Asset::SearchCoreJs, Asset::KeysJs];

    pub fn name(self) -> &'static str {
        match self {
            Asset::Style => "style.css",
            Asset::Syntax => "syntax.css",
            Asset::Favicon => "favicon.svg",
            Asset::SearchJs => "search.js",
            Asset::SearchCoreJs => "search-core.js",
            Asset::KeysJs => "keys.js",
        }
    }

    pub fn from_name(name: &str) -> Option<Asset> {
        Asset::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// Top-level names the site uses for itself: the catalog's id rule refuses them, so lint and
/// the build agree on what a namespace may be called.
pub use catalog::ids::RESERVED;

impl Route<'_> {
    /// The URL path relative to the base URL: `""` for the home page, `x/` for a page that is
    /// a folder, `x.json` for a file.
    pub fn url_path(&self) -> String {
        let mut path = String::new();
        self.push_url_path(&mut path);
        path
    }

    /// Appends the URL path (see `url_path`) to `out`. Pieces are pushed one by one: templates
    /// ask for a URL about twenty times a page.
    pub fn push_url_path(&self, out: &mut String) {
        let mut push = |pieces: &[&str]| pieces.iter().for_each(|p| out.push_str(p));
        match *self {
            Route::Home => {}
            Route::Sources => push(&["sources/"]),
            Route::Vendors => push(&["vendors/"]),
            Route::Vendor { id } => push(&["vendors/", id, "/"]),
            Route::Source { id, page } => {
                push(&["sources/", id, "/"]);
                push_page(out, page);
            }
            Route::SourceSdk { id } => push(&["sources/", id, "/sdk/"]),
            Route::Namespace { ns, page } => {
                push(&[ns, "/"]);
                push_page(out, page);
            }
            Route::Entry { namespace, code } => {
                push(&[namespace, "/"]);
                push_int(out, code);
                out.push('/');
            }
            Route::Value { code } => {
                push(&["code/"]);
                push_int(out, code);
                out.push('/');
            }
            Route::Mappings => push(&["mappings/"]),
            Route::Mapping { category } => push(&["mappings/", category, "/"]),
            Route::Concept { id } => push(&["concepts/", id, "/"]),
            Route::Findings => push(&["findings/"]),
            Route::About => push(&["about/"]),
            Route::Search => push(&["search/"]),
            Route::NotFound => push(&["404.html"]),
            Route::Static(asset) => push(&["static/", asset.name()]),
            Route::CatalogJson => push(&["catalog.json"]),
            Route::CatalogCsv => push(&["catalog.csv"]),
            // The index's own files are named by the search contract, which the JS reader shares.
            Route::SearchIndex => push(&[search_contract::INDEX_DIR, "/"]),
            Route::SearchMeta => push(&[&search_contract::meta_file()]),
            Route::SearchConcepts => push(&[&search_contract::concepts_file()]),
            Route::SearchDocs { shard } => push(&[&search_contract::docs_file(shard)]),
            Route::SearchShard { kind, prefix } => push(&[&search_contract::shard_file(kind, prefix)]),
            Route::Sitemap => push(&["sitemap.xml"]),
            Route::SitemapPart { number } => {
                push(&["sitemap-"]);
                push_uint(out, number as u64);
                out.push_str(".xml");
            }
            Route::Robots => push(&["robots.txt"]),
            Route::ApiIndex => push(&[API_DIR, "index.json"]),
            Route::ApiSchema => push(&[API_DIR, "schema.json"]),
            Route::ApiNamespace { ns } => push(&[API_DIR, ns, "/index.json"]),
            Route::ApiEntry { namespace, code } => {
                push(&[API_DIR, namespace, "/"]);
                push_int(out, code);
                out.push_str(".json");
            }
            // `code` is a reserved id: no namespace folder can take its place.
            Route::ApiValue { code } => {
                push(&[API_DIR, "code/"]);
                push_int(out, code);
                out.push_str(".json");
            }
        }
    }

    /// The `/`-separated path of the file inside the site: a folder URL is served by its
    /// `index.html`.
    pub fn file_path(&self) -> String {
        let mut path = self.url_path();
        if path.is_empty() || path.ends_with('/') {
            path.push_str("index.html");
        }
        path
    }
}

/// The folder of the JSON API, with its version.
const API_DIR: &str = "api/v1/";

/// Page 1 of a listing lives at its first URL, page k below it at `page/k/`.
fn push_page(out: &mut String, page: usize) {
    if page > 1 {
        out.push_str("page/");
        push_uint(out, page as u64);
        out.push('/');
    }
}

/// Appends a number in decimal without going through `fmt` (a tenth of its cost, for the
/// hundreds of thousands of links a large site has).
fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

fn push_uint(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One route of every kind, with the URL the published site has always used for it.
    fn table() -> Vec<(Route<'static>, &'static str, &'static str)> {
        vec![
            (Route::Home, "", "index.html"),
            (Route::Sources, "sources/", "sources/index.html"),
            (Route::Vendors, "vendors/", "vendors/index.html"),
            (Route::Vendor { id: "zego" }, "vendors/zego/", "vendors/zego/index.html"),
            (Route::Source { id: "a-en", page: 1 }, "sources/a-en/", "sources/a-en/index.html"),
            (Route::Source { id: "a-en", page: 3 }, "sources/a-en/page/3/", "sources/a-en/page/3/index.html"),
            (Route::SourceSdk { id: "a-en" }, "sources/a-en/sdk/", "sources/a-en/sdk/index.html"),
            (Route::Namespace { ns: "a", page: 1 }, "a/", "a/index.html"),
            (Route::Namespace { ns: "a", page: 2 }, "a/page/2/", "a/page/2/index.html"),
            (Route::Entry { namespace: "a", code: -1 }, "a/-1/", "a/-1/index.html"),
            (Route::Value { code: 7 }, "code/7/", "code/7/index.html"),
            (Route::Mappings, "mappings/", "mappings/index.html"),
            (Route::Mapping { category: "net" }, "mappings/net/", "mappings/net/index.html"),
            (Route::Concept { id: "net.x" }, "concepts/net.x/", "concepts/net.x/index.html"),
            (Route::Findings, "findings/", "findings/index.html"),
            (Route::About, "about/", "about/index.html"),
            (Route::Search, "search/", "search/index.html"),
            (Route::NotFound, "404.html", "404.html"),
            (Route::Static(Asset::SearchJs), "static/search.js", "static/search.js"),
            (Route::CatalogJson, "catalog.json", "catalog.json"),
            (Route::CatalogCsv, "catalog.csv", "catalog.csv"),
            (Route::SearchMeta, "search-index/meta.json", "search-index/meta.json"),
            (Route::SearchDocs { shard: 4 }, "search-index/docs/4.json", "search-index/docs/4.json"),
            (
                Route::SearchShard { kind: "terms", prefix: "a无" },
                "search-index/terms/p61e697a0.json",
                "search-index/terms/p61e697a0.json",
            ),
            (Route::Sitemap, "sitemap.xml", "sitemap.xml"),
            (Route::SitemapPart { number: 2 }, "sitemap-2.xml", "sitemap-2.xml"),
            (Route::Robots, "robots.txt", "robots.txt"),
            (Route::ApiIndex, "api/v1/index.json", "api/v1/index.json"),
            (Route::ApiSchema, "api/v1/schema.json", "api/v1/schema.json"),
            (Route::ApiNamespace { ns: "a" }, "api/v1/a/index.json", "api/v1/a/index.json"),
            (
                Route::ApiEntry { namespace: "tencent-liteav", code: -2301 },
                "api/v1/tencent-liteav/-2301.json",
                "api/v1/tencent-liteav/-2301.json",
            ),
            (
                Route::ApiValue { code: 4294967295 },
                "api/v1/code/4294967295.json",
                "api/v1/code/4294967295.json",
            ),
        ]
    }

    #[test]
    fn every_route_has_its_url_and_file() {
        for (route, url, file) in table() {
            assert_eq!(route.url_path(), url, "{route:?}");
            assert_eq!(route.file_path(), file, "{route:?}");
        }
    }

    #[test]
    fn the_site_own_folders_are_reserved() {
        for (route, url, _) in table() {
            let top = url.split('/').next().unwrap_or("");
            let per_namespace = matches!(route, Route::Namespace { .. } | Route::Entry { .. });
            // Files at the top (catalog.json, robots.txt …) cannot clash with a folder.
            let folder = url.contains('/') || route == Route::NotFound;
            if !top.is_empty() && folder && !per_namespace {
                // A top-level name that is a valid id must be reserved, or a namespace could take it.
                let taken = RESERVED.contains(&top) || catalog::ids::check(top).is_err();
                assert!(taken, "{top} (of {route:?}) is not in RESERVED");
            }
        }
    }

    #[test]
    fn search_js_builds_the_same_paths_as_the_table() {
        let js = include_str!("../../../templates/static/search.js");
        // Entry links: `${base}${ns}/${code}/`.
        assert!(js.contains("`${page.data.dataset.base}${ns.id}/${d.c}/`"), "entry link in search.js");
        assert_eq!(Route::Entry { namespace: "ns", code: 5 }.url_path(), "ns/5/");
        // Shards and documents: the search contract names them for both sides (its golden
        // vectors are checked in Rust and in node); here, that the route table uses it.
        let index = Route::SearchIndex.url_path();
        assert_eq!(
            Route::SearchShard { kind: "codes", prefix: "1" }.url_path(),
            format!("{index}codes/p31.json")
        );
        assert_eq!(Route::SearchDocs { shard: 0 }.url_path(), format!("{index}docs/0.json"));
        assert_eq!(Route::SearchMeta.url_path(), format!("{index}meta.json"));
        assert_eq!(Route::SearchConcepts.url_path(), format!("{index}concepts.json"));
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, -1, 10, 4294967295, -2147483648, i64::MIN, i64::MAX] {
            let mut s = String::new();
            push_int(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn assets_are_found_by_name() {
        for a in Asset::ALL {
            assert_eq!(Asset::from_name(a.name()), Some(a));
        }
        assert_eq!(Asset::from_name("nope.css"), None);
    }
}
