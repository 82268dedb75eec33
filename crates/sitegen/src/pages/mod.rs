//! One module per kind of page. Each module's `render` yields its pages as `(Route, html)`
//! items (in parallel where a kind has many); `lib.rs` writes them where the route says.

pub mod concept;
pub mod entry;
pub mod findings;
pub mod fixed;
pub mod home;
pub mod mapping;
pub mod namespace;
pub mod paging;
pub mod remedy;
pub mod sdk_check;
pub mod source;
pub mod value;
pub mod vendor;

use crate::route::Route;

/// One rendered page, or why it could not be rendered.
pub type Page<'a> = anyhow::Result<(Route<'a>, String)>;

/// Pairs a page's route with its render, naming the page in a template error.
pub fn page(route: Route<'_>, html: Result<String, minijinja::Error>) -> Page<'_> {
    match html {
        Ok(html) => Ok((route, html)),
        Err(e) => Err(page_error(&route.file_path(), e)),
    }
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
