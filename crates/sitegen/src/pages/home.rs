//! The home page: search first, then the problems to browse (categories and their concepts),
//! then the sources. Catalog findings are for maintainers and live on the findings page.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use minijinja::context;
use rayon::prelude::*;

/// Concepts named under each category on the home page; its mapping page lists them all.
const CONCEPTS_SHOWN: usize = 6;

/// Codes offered as examples: each is a link to its search.
const EXAMPLES: [&str; 4] = ["-2301", "0x4043", "16974081", "kRoomHbTimeoutError"];

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    rayon::iter::once(page(Route::Home, home(site)))
}

fn home(site: &Site<'_>) -> Result<String, minijinja::Error> {
    let catalog = site.index.catalog;
    let cards: Vec<_> = catalog.sources.iter().map(|s| site.index.source_card(s)).collect();
    let problems: Vec<_> = catalog
        .mapping
        .categories
        .iter()
        .filter_map(|c| {
            let entries =
                catalog.entries.iter().filter(|e| e.category.as_deref() == Some(c.id.as_str())).count();
            let concepts: Vec<_> = catalog.mapping.concepts.iter().filter(|x| x.category == c.id).collect();
            (entries > 0).then(|| {
                let shown: Vec<_> = concepts
                    .iter()
                    .take(CONCEPTS_SHOWN)
                    .map(|x| context! { id => &x.id, title => &x.title.en })
                    .collect();
                context! {
                    id => &c.id, title_en => &c.title.en, title_zh => &c.title.zh_hans, entries => entries,
                    concepts => shown, more => concepts.len().saturating_sub(CONCEPTS_SHOWN),
                }
            })
        })
        .collect();
    let examples: Vec<_> =
        EXAMPLES.iter().map(|q| context! { text => q, query => query_escape(q) }).collect();
    site.render(
        "index.html",
        context! {
            title => "Cross-vendor RTC error codes", sources => &cards, vendors => super::vendor::home_list(site), problems => problems, examples => examples,
            findings => catalog.diagnostics.len(),
        },
    )
}

/// A query-string value: letters, digits and `-._~` as they are, every other byte as `%XX`.
fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(super::query_escape("-2301"), "-2301");
        assert_eq!(super::query_escape("a b&c"), "a%20b%26c");
        assert_eq!(super::query_escape("心"), "%E5%BF%83");
    }
}
