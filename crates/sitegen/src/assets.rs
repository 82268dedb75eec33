//! The fixed files under `static/`: compiled in, except the highlighter's stylesheet.

use crate::highlight;
use crate::route::{Asset, Route};

const SEARCH_JS: &str = include_str!("../../../templates/static/search.js");
const SEARCH_CORE_JS: &str = include_str!("../../../templates/static/search-core.js");
const FAVICON_SVG: &str = include_str!("../../../templates/static/favicon.svg");
const KEYS_JS: &str = include_str!("../../../templates/static/keys.js");
const STYLE_CSS: &str = include_str!("../../../templates/static/style.css");

/// Every static file with its route.
pub fn files() -> Vec<(Route<'static>, String)> {
    Asset::ALL
        .into_iter()
        .map(|a| {
            let text = match a {
                Asset::Style => STYLE_CSS.to_owned(),
                Asset::Syntax => highlight::stylesheet(),
                Asset::Favicon => FAVICON_SVG.to_owned(),
                Asset::SearchJs => SEARCH_JS.to_owned(),
                Asset::SearchCoreJs => SEARCH_CORE_JS.to_owned(),
                Asset::KeysJs => KEYS_JS.to_owned(),
            };
            (Route::Static(a), text)
        })
        .collect()
}
