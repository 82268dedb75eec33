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
                Asset::SearchJs => without_comment_lines(SEARCH_JS),
                Asset::SearchCoreJs => without_comment_lines(SEARCH_CORE_JS),
                Asset::KeysJs => KEYS_JS.to_owned(),
            };
            (Route::Static(a), text)
        })
        .collect()
}

/// The search scripts without their whole-line `//` comments: a fifth of their bytes, which
/// every first search would download. (They hold no multi-line string a comment-looking line
/// could be part of; the browser suite runs the stripped files.)
fn without_comment_lines(js: &str) -> String {
    js.lines().filter(|l| !l.trim_start().starts_with("//")).map(|l| format!("{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn comment_lines_go_and_code_stays() {
        let js = "// about\nconst a = 1; // why\n  // indented\nconst url = \"http://x\";\n";
        assert_eq!(super::without_comment_lines(js), "const a = 1; // why\nconst url = \"http://x\";\n");
    }
}
