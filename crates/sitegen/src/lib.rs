//! RTC Error Atlas site generator: the catalog model → a static site, as a flat sequence of
//! named steps: load → check → render pages (one module per kind, `pages/`) → search index →
//! exports → static files → sitemap → swap. Every path comes from the route table
//! (`route.rs`). Output is deterministic and written into a temporary folder that replaces
//! the previous site only when everything succeeded.

pub mod api;
mod assets;
mod highlight;
pub mod links;
mod output;
mod pages;
pub mod route;
pub mod search;
mod site;
mod sitemap;
mod tables;
pub mod view;

use anyhow::bail;
use catalog::Catalog;
use output::Output;
use pages::Page;
use rayon::prelude::*;
use route::Route;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub use output::{check_out, SITE_MARKER};
pub use route::RESERVED;
pub use site::{normalize_base, resolve_urls, Site};

pub struct Options {
    pub catalog: PathBuf,
    pub out: PathBuf,
    /// Prefix of every internal link (`/`, `/atlas/`, `https://x.github.io/atlas/`).
    pub base_url: String,
    /// The public address of the site (`https://x.github.io/atlas/`): the sitemap lists
    /// absolute URLs, so without it no sitemap is written.
    pub site_url: Option<String>,
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
    /// The base URL the site's links start with.
    pub base: String,
    /// Whether a sitemap was written (only with a public address).
    pub sitemap: bool,
    pub phases: Vec<(String, u128)>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "site: {} sources, {} entries, {} pages, {} files, {:.1} MB in {} ms, written to {}{}",
            self.sources,
            self.entries,
            self.pages,
            self.files,
            self.bytes as f64 / 1e6,
            self.millis,
            self.out.display(),
            if self.sitemap { "" } else { " (no sitemap: it needs --site-url)" }
        )
    }
}

/// Loads the catalog and builds the site.
pub fn build(opts: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    // A wrong --base-url or --site-url is refused before the catalog is read.
    resolve_urls(&opts.base_url, opts.site_url.as_deref())?;
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
    check(catalog)?;
    warm_highlighter(catalog);
    let site = Site::new(catalog, &opts.base_url, opts.site_url.as_deref())?;
    let out = Output::create(&opts.out, &opts.catalog)?;
    // Pages on one side; the search index, exports and sitemap (which read the same catalog
    // and write other files) on the other.
    let (pages, files) = rayon::join(|| render_pages(&site, &out), || write_files(&site, &out));
    let (pages, mut phases) = match pages.and_then(|(n, mut phases)| {
        phases.extend(files?);
        Ok((n, phases))
    }) {
        Ok(done) => done,
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
        base: site.base.clone(),
        sitemap: site.site_url.is_some(),
        phases,
    })
}

/// Overlaps the highlighter's one-time set-up with the pages that need none.
fn warm_highlighter(catalog: &Catalog) {
    let languages: Vec<String> = catalog
        .occurrences
        .iter()
        .flat_map(|o| o.examples.iter().map(|x| x.language.clone()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    rayon::spawn(move || highlight::warm(&languages));
}

/// Every page, kind by kind; returns how many.
fn render_pages(site: &Site<'_>, out: &Output) -> anyhow::Result<(usize, Vec<Phase>)> {
    use pages::{
        concept, entry, findings, fixed, home, mapping, namespace, sdk_check, source, value, vendor,
    };
    let mut steps = Steps::default();
    let fixed = steps.run("render_fixed", || {
        let fixed_pages = home::render(site).chain(findings::render(site)).chain(fixed::render(site));
        write_pages(out, fixed_pages.chain(vendor::render(site)))
    })?;
    let entries = steps
        .run("render_entries", || write_pages(out, entry::render(site).chain(namespace::render(site))))?;
    let lists = steps.run("render_lists", || {
        let listings = value::render(site).chain(source::render(site)).chain(sdk_check::render(site));
        write_pages(out, listings.chain(mapping::render(site)).chain(concept::render(site)))
    })?;
    Ok((fixed + entries + lists, steps.0))
}

/// The files beside the pages.
fn write_files(site: &Site<'_>, out: &Output) -> anyhow::Result<Vec<Phase>> {
    let mut steps = Steps::default();
    steps.run("write_search_index", || write_search_index(site, out))?;
    steps.run("write_exports", || write_exports(site.index.catalog, out))?;
    steps.run("write_api", || api::write(site, out))?;
    steps.run("write_static", || write_all(out, assets::files()))?;
    steps.run("write_sitemap", || {
        write_all(out, sitemap::files(site).into_iter().chain([sitemap::robots(site)]))
    })?;
    Ok(steps.0)
}

/// A named step and how long it took (ms).
type Phase = (String, u128);

/// Runs named steps, timing each.
#[derive(Default)]
struct Steps(Vec<Phase>);

impl Steps {
    fn run<T>(&mut self, name: &str, step: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
        let t = Instant::now();
        let value = step()?;
        self.0.push((name.to_owned(), t.elapsed().as_millis()));
        Ok(value)
    }
}

/// Writes pages where their routes say, as they are rendered; returns how many.
fn write_pages<'a>(out: &Output, pages: impl ParallelIterator<Item = Page<'a>>) -> anyhow::Result<usize> {
    pages
        .map(|page| {
            let (route, html) = page?;
            let dups = tables::duplicate_column_titles(&html);
            if !dups.is_empty() {
                anyhow::bail!(
                    "{}: a table has two columns titled “{}”: give each column a distinct title (name the SDK's product, not only its vendor)",
                    route.file_path(),
                    dups.join("”, “")
                );
            }
            out.write(&route.file_path(), html.as_bytes())?;
            Ok(1)
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))
}

fn write_all<'a>(out: &Output, files: impl IntoIterator<Item = (Route<'a>, String)>) -> anyhow::Result<()> {
    files.into_iter().try_for_each(|(route, text)| out.write(&route.file_path(), text.as_bytes()))
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
            // The same rule lint applies (`invalid-id`), so a catalog lint accepts always builds.
            if let Err(why) = catalog::ids::check(ns) {
                bail!("{}: namespace `{ns}` {why}; choose another", s.manifest_path);
            }
        }
        // The vendor id names its page (`vendors/<id>/`).
        if let Err(why) = catalog::ids::check(&s.vendor) {
            bail!("{}: vendor `{}` {why}; choose another", s.manifest_path, s.vendor);
        }
    }
    Ok(())
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
    out.write(&Route::CatalogJson.file_path(), catalog::export::to_json_compact(catalog).as_bytes())?;
    out.write(&Route::CatalogCsv.file_path(), catalog::export::to_csv(catalog).as_bytes())
}

/// Where `cargo xtask build-site` writes by default.
pub fn default_out(root: &Path) -> PathBuf {
    root.join("site")
}
