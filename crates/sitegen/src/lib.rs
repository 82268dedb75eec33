//! RTC Error Atlas site generator: the catalog model → a static site, as a flat pipeline of
//! named steps (`load`, `check`, `render_*`, `write_search_index`, `swap`). Templates are
//! compiled in; output is deterministic and written into a temporary folder that replaces the
//! previous site only when everything succeeded, and only a folder an earlier build wrote.

mod highlight;
pub mod links;
mod mapping;
mod output;
mod pages;
pub mod search;
pub mod view;

use anyhow::{bail, Context as _};
use catalog::Catalog;
use minijinja::{context, Environment};
use output::Output;
pub use output::{check_out, SITE_MARKER};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;
use view::Index;

/// Folder names the site uses for itself; a namespace may not take them.
pub const RESERVED: [&str; 10] = [
    "about",
    "code",
    "concepts",
    "findings",
    "mappings",
    "search",
    "search-index",
    "sources",
    "static",
    "404.html",
];

pub struct Options {
    pub catalog: PathBuf,
    pub out: PathBuf,
    /// Prefix of every internal link (`/`, `/atlas/`, `https://x.github.io/atlas/`).
    pub base_url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub entries: usize,
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
    pub millis: u128,
    pub out: PathBuf,
    pub phases: Vec<(String, u128)>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "site: {} sources, {} entries, {} pages, {} files, {:.1} MB in {} ms → open {}",
            self.sources,
            self.entries,
            self.pages,
            self.files,
            self.bytes as f64 / 1e6,
            self.millis,
            self.out.join("index.html").display()
        )
    }
}

/// Normalizes a base URL so that it ends with exactly one `/`.
pub fn normalize_base(base: &str) -> String {
    let b = base.trim();
    if b.is_empty() {
        "/".to_owned()
    } else {
        format!("{}/", b.trim_end_matches('/'))
    }
}

/// What every page render needs.
pub struct Site<'a> {
    env: Environment<'static>,
    pub index: Index<'a>,
    pub base: String,
}

impl<'a> Site<'a> {
    pub fn new(catalog: &'a Catalog, base: &str) -> anyhow::Result<Site<'a>> {
        let base = normalize_base(base);
        let mut env = Environment::new();
        // Block tags leave no blank lines behind: smaller pages, same markup.
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        for (name, text) in TEMPLATES {
            env.add_template(name, text).with_context(|| format!("template {name} does not compile"))?;
        }
        // The base URL is ours (a command-line option), escaped here once and marked safe so
        // that links read `/atlas/x/` rather than `&#x2f;atlas&#x2f;x&#x2f;`.
        env.add_global("base", minijinja::Value::from_safe_string(attr_escape(&base)));
        env.add_global("has_mappings", !catalog.mapping.categories.is_empty());
        env.add_global(
            "stats",
            context! { sources => catalog.sources.len(), entries => catalog.entries.len() },
        );
        Ok(Site { env, index: Index::new(catalog), base })
    }

    pub fn render(&self, template: &str, ctx: minijinja::Value) -> Result<String, minijinja::Error> {
        self.env.get_template(template)?.render(ctx)
    }

    pub fn namespace_title(&self, ns: &str) -> String {
        match self.index.ns_source.get(ns) {
            Some(s) => format!("{} {} ({ns})", s.vendor_name, s.product),
            None => ns.to_owned(),
        }
    }
}

macro_rules! templates {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../../../templates/", $name)))),*]
    };
}

const TEMPLATES: [(&str, &str); 15] = templates!(
    "pager.html",
    "mappings.html",
    "mapping.html",
    "concept.html",
    "base.html",
    "index.html",
    "entry.html",
    "source.html",
    "sources.html",
    "namespace.html",
    "value.html",
    "findings.html",
    "page.html",
    "404.html",
    "search.html",
);

const SEARCH_JS: &str = include_str!("../../../templates/static/search.js");
const SEARCH_CORE_JS: &str = include_str!("../../../templates/static/search-core.js");
const FAVICON_SVG: &str = include_str!("../../../templates/static/favicon.svg");
const STYLE_CSS: &str = include_str!("../../../templates/static/style.css");
const ABOUT_MD: &str = include_str!("../../../templates/about.md");

/// Loads the catalog and builds the site.
pub fn build(opts: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let catalog = catalog::load(&opts.catalog).map_err(|e| anyhow::anyhow!("{e}"))?;
    let load_ms = started.elapsed().as_millis();
    let mut summary = build_from(&catalog, opts)?;
    summary.phases.insert(0, ("load".to_owned(), load_ms));
    summary.millis = started.elapsed().as_millis();
    Ok(summary)
}

/// Builds the site of an already loaded catalog.
pub fn build_from(catalog: &Catalog, opts: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let mut phases = Vec::new();
    check(catalog)?;
    let languages: Vec<String> = catalog
        .occurrences
        .iter()
        .flat_map(|o| o.examples.iter().map(|x| x.language.clone()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    // Overlaps the highlighter's one-time set-up with the pages that need none.
    rayon::spawn(move || highlight::warm(&languages));
    let site = Site::new(catalog, &opts.base_url)?;
    let out = Output::create(&opts.out, &opts.catalog)?;
    // Pages on one side; the search index, exports and sitemap (which read the same catalog
    // and write other files) on the other.
    let timed = |name: &'static str,
                 f: &dyn Fn() -> anyhow::Result<usize>|
     -> anyhow::Result<(usize, (String, u128))> {
        let t = Instant::now();
        let n = f()?;
        Ok((n, (name.to_owned(), t.elapsed().as_millis())))
    };
    let (page_side, file_side) = rayon::join(
        || -> anyhow::Result<(usize, Vec<(String, u128)>)> {
            let mut phases = Vec::new();
            let mut pages = 0;
            for (name, step) in [
                ("render_fixed", &(|| render_fixed_pages(&site, &out)) as &dyn Fn() -> anyhow::Result<usize>),
                ("render_entries", &|| render_entries(&site, &out)),
                ("render_lists", &|| {
                    Ok(render_values(&site, &out)?
                        + render_sources(&site, &out)?
                        + render_mappings(&site, &out)?)
                }),
            ] {
                let (n, phase) = timed(name, step)?;
                pages += n;
                phases.push(phase);
            }
            Ok((pages, phases))
        },
        || -> anyhow::Result<Vec<(String, u128)>> {
            let (_, a) = timed("write_search_index", &|| write_search_index(&site, &out).map(|_| 0))?;
            let (_, b) = timed("write_exports", &|| {
                write_exports(catalog, &out).and_then(|_| write_sitemap(&site, &out)).map(|_| 0)
            })?;
            Ok(vec![a, b])
        },
    );
    let result = page_side.and_then(|(pages, mut p)| {
        p.extend(file_side?);
        phases.extend(p);
        Ok(pages)
    });
    let pages = match result {
        Ok(p) => p,
        Err(e) => {
            out.abandon();
            return Err(e);
        }
    };
    let (files, bytes) = out.counts();
    let swap = Instant::now();
    let out_dir = out.commit()?;
    phases.push(("swap".to_owned(), swap.elapsed().as_millis()));
    Ok(Summary {
        sources: catalog.sources.len(),
        entries: catalog.entries.len(),
        pages,
        files,
        bytes,
        millis: started.elapsed().as_millis(),
        out: out_dir,
        phases,
    })
}

/// Refuses to publish a catalog with unacknowledged errors.
fn check(catalog: &Catalog) -> anyhow::Result<()> {
    let blocking: Vec<_> = catalog.blocking(false).cloned().collect();
    if !blocking.is_empty() {
        let report = catalog::diag::render_human(&blocking, &catalog.files);
        bail!(
            "{report}\nthe catalog has {} unacknowledged error(s); fix them or acknowledge them in catalog/policy.toml (see `cargo xtask lint`)",
            blocking.len()
        );
    }
    for s in &catalog.sources {
        for ns in &s.namespaces {
            if RESERVED.contains(&ns.as_str()) {
                bail!(
                    "{}: namespace `{ns}` is a folder name the site uses itself; choose another",
                    s.manifest_path
                );
            }
        }
    }
    Ok(())
}

fn page_error(what: &str, e: minijinja::Error) -> anyhow::Error {
    let mut msg = format!("rendering {what} failed: {e}");
    if let Some(detail) = e.display_debug_info().to_string().lines().next() {
        if !detail.is_empty() {
            msg.push_str(&format!(" ({detail})"));
        }
    }
    anyhow::anyhow!(msg).context("a template error: fix the template in templates/")
}

fn render_entries(site: &Site<'_>, out: &Output) -> anyhow::Result<usize> {
    let entries = &site.index.catalog.entries;
    entries.par_iter().try_for_each(|e| -> anyhow::Result<()> {
        let html = pages::entry(site, e)
            .map_err(|err| page_error(&format!("entry {}/{}", e.namespace, e.code), err))?;
        out.write(&format!("{}/{}/index.html", e.namespace, e.code), html.as_bytes())
    })?;
    let mut by_ns: std::collections::BTreeMap<&str, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        by_ns.entry(e.namespace.as_str()).or_default().push(i);
    }
    let listing: Vec<(&str, &Vec<usize>, usize, usize)> = by_ns
        .iter()
        .flat_map(|(ns, idx)| {
            let n = idx.len().div_ceil(pages::PAGE_ROWS).max(1);
            (1..=n).map(move |p| (*ns, idx, p, n))
        })
        .collect();
    listing.par_iter().try_for_each(|(ns, idx, page, n)| -> anyhow::Result<()> {
        let html = pages::namespace(site, ns, idx, *page, *n)
            .map_err(|err| page_error(&format!("namespace {ns}"), err))?;
        let path =
            if *page == 1 { format!("{ns}/index.html") } else { format!("{ns}/page/{page}/index.html") };
        out.write(&path, html.as_bytes())
    })?;
    Ok(entries.len() + listing.len())
}

fn render_values(site: &Site<'_>, out: &Output) -> anyhow::Result<usize> {
    let values: Vec<(&i64, &Vec<usize>)> = site.index.by_value.iter().collect();
    values.par_iter().try_for_each(|(code, idx)| -> anyhow::Result<()> {
        let html =
            pages::value(site, **code, idx).map_err(|err| page_error(&format!("value {code}"), err))?;
        out.write(&format!("code/{code}/index.html"), html.as_bytes())
    })?;
    Ok(values.len())
}

fn render_sources(site: &Site<'_>, out: &Output) -> anyhow::Result<usize> {
    let sources = &site.index.catalog.sources;
    let parts: Vec<(&catalog::model::Source, usize, usize)> = sources
        .iter()
        .flat_map(|s| {
            let n = pages::source_pages(site.index.source_rows.get(s.id.as_str()).copied().unwrap_or(0));
            (1..=n).map(move |p| (s, p, n))
        })
        .collect();
    parts.par_iter().try_for_each(|(s, page, n)| -> anyhow::Result<()> {
        let html =
            pages::source(site, s, *page, *n).map_err(|err| page_error(&format!("source {}", s.id), err))?;
        let path = if *page == 1 {
            format!("sources/{}/index.html", s.id)
        } else {
            format!("sources/{}/page/{page}/index.html", s.id)
        };
        out.write(&path, html.as_bytes())
    })?;
    Ok(parts.len())
}

fn render_mappings(site: &Site<'_>, out: &Output) -> anyhow::Result<usize> {
    let mapping = &site.index.catalog.mapping;
    if mapping.categories.is_empty() {
        return Ok(0);
    }
    let html = site.mappings_index().map_err(|e| page_error("mappings", e))?;
    out.write("mappings/index.html", html.as_bytes())?;
    mapping.categories.par_iter().try_for_each(|c| -> anyhow::Result<()> {
        let html = site.mapping_page(&c.id).map_err(|e| page_error(&format!("mapping {}", c.id), e))?;
        out.write(&format!("mappings/{}/index.html", c.id), html.as_bytes())
    })?;
    mapping.concepts.par_iter().try_for_each(|c| -> anyhow::Result<()> {
        let html = site.concept_page(c).map_err(|e| page_error(&format!("concept {}", c.id), e))?;
        out.write(&format!("concepts/{}/index.html", c.id), html.as_bytes())
    })?;
    Ok(1 + mapping.categories.len() + mapping.concepts.len())
}

fn render_fixed_pages(site: &Site<'_>, out: &Output) -> anyhow::Result<usize> {
    let catalog = site.index.catalog;
    let cards: Vec<_> = catalog.sources.iter().map(|s| site.index.source_card(s)).collect();
    let corrected = catalog.diagnostics.iter().filter(|d| d.is_corrected()).count();
    let acknowledged = catalog.diagnostics.iter().filter(|d| d.is_resolved()).count() - corrected;
    let recent: Vec<_> = catalog
        .diagnostics
        .iter()
        .filter(|d| d.severity != catalog::diag::Level::Info)
        .filter(|d| d.id != catalog::lint::Lint::CodeOutsideRange)
        .take(8)
        .map(|d| {
            let place = d.primary_label().map(|l| format!("{}:{}", l.file, l.line)).unwrap_or_default();
            context! { severity => d.severity.as_str(), id => &d.id, message => &d.message, place => place }
        })
        .collect();
    let findings = context! { total => catalog.diagnostics.len(), corrected => corrected, acknowledged => acknowledged, recent => recent };
    let render = |path: &str, template: &str, ctx: minijinja::Value| -> anyhow::Result<()> {
        let html = site.render(template, ctx).map_err(|e| page_error(path, e))?;
        out.write(path, html.as_bytes())
    };
    render(
        "index.html",
        "index.html",
        context! { title => "Cross-vendor RTC error codes", sources => &cards, findings => findings },
    )?;
    render(
        "sources/index.html",
        "sources.html",
        context! { title => "Sources", nav => "sources", sources => &cards },
    )?;
    render("findings/index.html", "findings.html", findings_context(site))?;
    // Internal links in our markdown are written `(@/path/)` and follow the base URL.
    let about = markdown(&ABOUT_MD.replace("](@/", &format!("]({}", site.base)));
    render("about/index.html", "page.html", context! { title => "About", nav => "about", body => about })?;
    render("404.html", "404.html", context! { title => "Page not found" })?;
    let namespaces: Vec<_> = site
        .index
        .ns_source
        .keys()
        .map(|ns| context! { id => ns, title => site.namespace_title(ns) })
        .collect();
    let categories: Vec<_> = if catalog.mapping.categories.is_empty() {
        Vec::new()
    } else {
        catalog.mapping.categories.iter().map(|c| context! { id => &c.id, title => &c.title.en }).collect()
    };
    render(
        "search/index.html",
        "search.html",
        context! { title => "Search", namespaces => namespaces, categories => categories },
    )?;
    out.write("static/style.css", STYLE_CSS.as_bytes())?;
    out.write("static/search.js", SEARCH_JS.as_bytes())?;
    out.write("static/search-core.js", SEARCH_CORE_JS.as_bytes())?;
    out.write("static/favicon.svg", FAVICON_SVG.as_bytes())?;
    out.write("static/syntax.css", highlight::stylesheet().as_bytes())?;
    out.write(
        "robots.txt",
        format!("User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n", site.base).as_bytes(),
    )?;
    Ok(6)
}

const FINDINGS_SHOWN: usize = 300;

fn findings_context(site: &Site<'_>) -> minijinja::Value {
    let catalog = site.index.catalog;
    let mut kinds: std::collections::BTreeMap<&str, Vec<&catalog::diag::Diagnostic>> = Default::default();
    for d in &catalog.diagnostics {
        kinds.entry(d.id.id()).or_default().push(d);
    }
    let kinds: Vec<_> = kinds
        .into_iter()
        .map(|(id, items)| {
            let severity = items.iter().map(|d| d.severity).max().unwrap_or(catalog::diag::Level::Info);
            let acknowledged = items.iter().filter(|d| d.is_resolved()).count();
            let count = items.len();
            // Each kind lists at most FINDINGS_SHOWN findings; `cargo xtask lint` has them all.
            let items: Vec<_> = items
                .iter()
                .take(FINDINGS_SHOWN)
                .map(|d| {
                    let links: Vec<_> = d
                        .codes
                        .iter()
                        .filter_map(|c| d.namespace.as_deref().and_then(|ns| catalog.entry(ns, *c)))
                        .map(|e| context! { namespace => &e.namespace, code => e.code })
                        .collect();
                    context! {
                        severity => if d.is_resolved() { "info" } else { d.severity.as_str() },
                        message => &d.message,
                        labels => &d.labels,
                        links => links,
                        acknowledgement => d.resolution_reason(),
                        help => &d.help,
                    }
                })
                .collect();
            context! { id => id, severity => severity.as_str(), count => count, acknowledged => acknowledged, items => items }
        })
        .collect();
    context! { title => "Catalog findings", nav => "findings", kinds => kinds }
}

/// Renders our own markdown (the about page); catalog text never goes through here.
fn markdown(md: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(md));
    html
}

fn write_search_index(site: &Site<'_>, out: &Output) -> anyhow::Result<()> {
    let mapping = &site.index.catalog.mapping;
    let categories: Vec<(String, String)> =
        mapping.categories.iter().map(|c| (c.id.clone(), c.title.en.clone())).collect();
    let extra = |e: &catalog::model::Entry| search::Extra {
        category: e.category.as_deref().and_then(|id| categories.iter().position(|(c, _)| c == id)),
        texts: e
            .concepts
            .iter()
            .filter_map(|id| mapping.concepts.iter().find(|c| &c.id == id))
            .flat_map(|c| [c.title.en.clone(), c.title.zh_hans.clone()])
            .collect(),
    };
    let files = search::build(&site.index, &categories, &extra);
    files.par_iter().try_for_each(|(path, bytes)| out.write(path, bytes))
}

fn write_exports(catalog: &Catalog, out: &Output) -> anyhow::Result<()> {
    out.write("catalog.json", catalog::export::to_json_compact(catalog).as_bytes())?;
    out.write("catalog.csv", catalog::export::to_csv(catalog).as_bytes())
}

fn write_sitemap(site: &Site<'_>, out: &Output) -> anyhow::Result<()> {
    let catalog = site.index.catalog;
    let mut urls: Vec<String> =
        vec![String::new(), "sources/".into(), "findings/".into(), "about/".into(), "search/".into()];
    urls.extend(catalog.sources.iter().map(|s| format!("sources/{}/", s.id)));
    urls.extend(site.index.ns_source.keys().map(|ns| format!("{ns}/")));
    urls.extend(catalog.entries.iter().map(|e| format!("{}/{}/", e.namespace, e.code)));
    urls.extend(site.index.by_value.keys().map(|c| format!("code/{c}/")));
    if !catalog.mapping.categories.is_empty() {
        urls.push("mappings/".into());
        urls.extend(catalog.mapping.categories.iter().map(|c| format!("mappings/{}/", c.id)));
        urls.extend(catalog.mapping.concepts.iter().map(|c| format!("concepts/{}/", c.id)));
    }
    let urlset = |urls: &[String]| {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for u in urls {
            xml.push_str(&format!("  <url><loc>{}</loc></url>\n", xml_escape(&format!("{}{u}", site.base))));
        }
        xml.push_str("</urlset>\n");
        xml
    };
    // The sitemap protocol allows 50,000 URLs a file; larger sites get a sitemap index.
    if urls.len() <= SITEMAP_URLS {
        return out.write("sitemap.xml", urlset(&urls).as_bytes());
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (i, chunk) in urls.chunks(SITEMAP_URLS).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        out.write(&name, urlset(chunk).as_bytes())?;
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            xml_escape(&format!("{}{name}", site.base))
        ));
    }
    index.push_str("</sitemapindex>\n");
    out.write("sitemap.xml", index.as_bytes())
}

fn attr_escape(s: &str) -> String {
    xml_escape(s).replace('\'', "&#39;")
}

const SITEMAP_URLS: usize = 40_000;

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Where `cargo xtask build-site` writes by default.
pub fn default_out(root: &Path) -> PathBuf {
    root.join("site")
}
