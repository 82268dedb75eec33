//! `sitemap.xml` (a sitemap index with numbered parts when the site is large) and
//! `robots.txt`, which points to it. The sitemap protocol wants absolute URLs: without the
//! site's public address (`--site-url`) there is no sitemap, and robots.txt names none.

use crate::route::Route;
use crate::site::{xml_escape, Site};

/// URLs per sitemap file: the protocol allows 50,000; larger sites get a sitemap index.
const SITEMAP_URLS: usize = 40_000;

/// The pages a search engine should know: page 1 of every listing and every page of its own.
fn routes<'a>(site: &'a Site<'a>) -> Vec<Route<'a>> {
    let catalog = site.index.catalog;
    let mut routes = vec![Route::Home, Route::Sources, Route::Findings, Route::About, Route::Search];
    routes.push(Route::Vendors);
    routes.extend(crate::pages::vendor::vendor_ids(catalog).into_iter().map(|id| Route::Vendor { id }));
    routes.extend(catalog.sources.iter().map(|s| Route::Source { id: &s.id, page: 1 }));
    routes.extend(crate::pages::sdk_check::checked(catalog).map(|c| Route::SourceSdk { id: &c.source }));
    routes.extend(site.index.ns_source.keys().map(|ns| Route::Namespace { ns, page: 1 }));
    routes.extend(catalog.entries.iter().map(|e| Route::Entry { namespace: &e.namespace, code: e.code }));
    routes.extend(site.index.by_value.keys().map(|&code| Route::Value { code }));
    if !catalog.mapping.categories.is_empty() {
        routes.push(Route::Mappings);
        routes.extend(catalog.mapping.categories.iter().map(|c| Route::Mapping { category: &c.id }));
        routes.extend(catalog.mapping.concepts.iter().map(|c| Route::Concept { id: &c.id }));
    }
    routes
}

/// The sitemap file(s); none without the site's public address.
pub fn files<'a>(site: &'a Site<'a>) -> Vec<(Route<'a>, String)> {
    if site.site_url.is_none() {
        return Vec::new();
    }
    let url = |r: &Route<'_>| site.absolute_url(r).unwrap_or_default();
    let routes = routes(site);
    let list = |tag: &str, urls: &mut dyn Iterator<Item = String>| {
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{tag} xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        );
        let item = if tag == "urlset" { "url" } else { "sitemap" };
        for u in urls {
            xml.push_str(&format!("  <{item}><loc>{}</loc></{item}>\n", xml_escape(&u)));
        }
        xml.push_str(&format!("</{tag}>\n"));
        xml
    };
    if routes.len() <= SITEMAP_URLS {
        return vec![(Route::Sitemap, list("urlset", &mut routes.iter().map(url)))];
    }
    let mut files: Vec<(Route<'a>, String)> = routes
        .chunks(SITEMAP_URLS)
        .enumerate()
        .map(|(i, chunk)| (Route::SitemapPart { number: i + 1 }, list("urlset", &mut chunk.iter().map(url))))
        .collect();
    let index = list("sitemapindex", &mut files.iter().map(|(r, _)| url(r)));
    files.push((Route::Sitemap, index));
    files
}

/// `robots.txt`: everything may be crawled; the sitemap, when there is one, says what there is.
pub fn robots(site: &Site<'_>) -> (Route<'static>, String) {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(sitemap) = site.absolute_url(&Route::Sitemap) {
        text.push_str(&format!("Sitemap: {sitemap}\n"));
    }
    (Route::Robots, text)
}
