//! The pages that show little of the catalog: about (`about/`, from our own markdown), search
//! (`search/`, with the namespace and category filters) and the not-found page (`404.html`).

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use minijinja::context;
use rayon::prelude::*;

const ABOUT_MD: &str = include_str!("../../../../templates/about.md");

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let pages = vec![
        page(Route::About, about(site)),
        page(Route::NotFound, site.render("404.html", context! { title => "Page not found" })),
        page(Route::Search, search(site)),
    ];
    pages.into_par_iter()
}

fn about(site: &Site<'_>) -> Result<String, minijinja::Error> {
    // Internal links in our markdown are written `(@/path/)` and follow the base URL.
    let about = markdown(&ABOUT_MD.replace("](@/", &format!("]({}", site.base)));
    site.render("page.html", context! { title => "About", nav => "about", body => about })
}

fn search(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let namespaces: Vec<_> =
        ix.ns_source.keys().map(|ns| context! { id => ns, title => ix.namespace_title(ns) }).collect();
    let categories: Vec<_> = ix
        .catalog
        .mapping
        .categories
        .iter()
        .map(|c| context! { id => &c.id, title => &c.title.en })
        .collect();
    site.render(
        "search.html",
        context! { title => "Search", namespaces => namespaces, categories => categories },
    )
}

/// Renders our own markdown (the about page); catalog text never goes through here.
fn markdown(md: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(md));
    html
}
