//! The context every page render shares: the catalog's index, the base URL and the template
//! environment (templates are compiled in; their `url` object reads the route table).

use crate::route::{Asset, Route};
use crate::view::Index;
use anyhow::Context as _;
use catalog::Catalog;
use minijinja::value::Object;
use minijinja::{context, Environment, Error, ErrorKind, State, Value};
use std::fmt::Write as _;
use std::sync::Arc;

/// What every page render needs.
pub struct Site<'a> {
    env: Environment<'static>,
    pub index: Index<'a>,
    /// The base URL, ending with `/`.
    pub base: String,
}

impl<'a> Site<'a> {
    pub fn new(catalog: &'a Catalog, base: &str) -> anyhow::Result<Site<'a>> {
        let base = normalize_base(base);
        let env = environment(catalog, &base)?;
        Ok(Site { env, index: Index::new(catalog), base })
    }

    pub fn render(&self, template: &str, ctx: Value) -> Result<String, Error> {
        self.env.get_template(template)?.render(ctx)
    }

    /// The full URL of a route, as a plain string for a template to escape.
    pub fn url(&self, route: &Route<'_>) -> String {
        let mut url = String::with_capacity(self.base.len() + 32);
        url.push_str(&self.base);
        route.push_url_path(&mut url);
        url
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

fn environment(catalog: &Catalog, base: &str) -> anyhow::Result<Environment<'static>> {
    let mut env = Environment::new();
    // Block tags leave no blank lines behind: smaller pages, same markup.
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    for (name, text) in TEMPLATES {
        env.add_template(name, text).with_context(|| format!("template {name} does not compile"))?;
    }
    // The base URL is ours (a command-line option), escaped here once and marked safe so
    // that links read `/atlas/x/` rather than `&#x2f;atlas&#x2f;x&#x2f;`.
    env.add_global("base", Value::from_safe_string(attr_escape(base)));
    env.add_global("url", Value::from_object(Urls::new(base)));
    env.add_global("has_mappings", !catalog.mapping.categories.is_empty());
    env.add_global("stats", context! { sources => catalog.sources.len(), entries => catalog.entries.len() });
    Ok(env)
}

/// The templates' `url`, over the route table: `url.sources` for a route without parameters
/// (made once: every page links them) and `url("entry", ns, code)` for the others. URLs are
/// escaped like the text around them but keep their `/` (as `{{ base }}x/` always read).
#[derive(Debug)]
struct Urls {
    /// The base URL, escaped for an attribute.
    base: String,
    fixed: Vec<(&'static str, Value)>,
}

/// The routes without parameters, by their name in templates.
const FIXED: [(&str, Route<'static>); 14] = [
    ("home", Route::Home),
    ("sources", Route::Sources),
    ("mappings", Route::Mappings),
    ("findings", Route::Findings),
    ("about", Route::About),
    ("search", Route::Search),
    ("search_index", Route::SearchIndex),
    ("catalog_json", Route::CatalogJson),
    ("catalog_csv", Route::CatalogCsv),
    ("api_index", Route::ApiIndex),
    ("style_css", Route::Static(Asset::Style)),
    ("syntax_css", Route::Static(Asset::Syntax)),
    ("favicon_svg", Route::Static(Asset::Favicon)),
    ("search_js", Route::Static(Asset::SearchJs)),
];

impl Urls {
    fn new(base: &str) -> Urls {
        let mut urls = Urls { base: attr_escape(base), fixed: Vec::new() };
        urls.fixed = FIXED.iter().map(|(name, route)| (*name, urls.href(route))).collect();
        urls
    }

    fn href(&self, route: &Route<'_>) -> Value {
        let mut href = String::with_capacity(self.base.len() + 32);
        href.push_str(&self.base);
        route.push_url_path(&mut href);
        escape_path_from(&mut href, self.base.len());
        Value::from_safe_string(href)
    }
}

impl Object for Urls {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        self.fixed.iter().find(|(name, _)| *name == key).map(|(_, url)| url.clone())
    }

    fn call(self: &Arc<Self>, _: &State<'_, '_>, args: &[Value]) -> Result<Value, Error> {
        let kind = args.first().and_then(Value::as_str).unwrap_or_default();
        if args.len() > 3 {
            return Err(bad_args(kind, "at most two arguments"));
        }
        template_route(kind, args.get(1), args.get(2)).map(|route| self.href(&route))
    }
}

/// The route a template names: `url("entry", ns, code)`, `url("source", id)` …
fn template_route<'v>(kind: &str, a: Option<&'v Value>, b: Option<&'v Value>) -> Result<Route<'v>, Error> {
    let text =
        |v: Option<&'v Value>| v.and_then(Value::as_str).ok_or_else(|| bad_args(kind, "a text argument"));
    let number =
        |v: Option<&'v Value>| v.and_then(Value::as_i64).ok_or_else(|| bad_args(kind, "a number argument"));
    let page = |v: Option<&'v Value>| match v {
        None => Ok(1),
        Some(v) => v.as_usize().ok_or_else(|| bad_args(kind, "a page number")),
    };
    Ok(match kind {
        "source" => Route::Source { id: text(a)?, page: page(b)? },
        "namespace" => Route::Namespace { ns: text(a)?, page: page(b)? },
        "entry" => Route::Entry { namespace: text(a)?, code: number(b)? },
        "value" => Route::Value { code: number(a)? },
        "mapping" => Route::Mapping { category: text(a)? },
        "concept" => Route::Concept { id: text(a)? },
        "api_entry" => Route::ApiEntry { namespace: text(a)?, code: number(b)? },
        "api_value" => Route::ApiValue { code: number(a)? },
        _ if FIXED.iter().any(|(name, _)| *name == kind) => {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!("url(\"{kind}\") takes no arguments: write url.{kind}"),
            ))
        }
        _ => return Err(Error::new(ErrorKind::InvalidOperation, format!("url(): no route kind `{kind}`"))),
    })
}

fn bad_args(kind: &str, wanted: &str) -> Error {
    Error::new(ErrorKind::InvalidOperation, format!("url(\"{kind}\", …) needs {wanted}"))
}

/// Escapes the URL path that starts at `from` for an attribute, as templates escape text but
/// with its `/` separators kept readable.
fn escape_path_from(href: &mut String, from: usize) {
    // Paths are nearly always slugs and numbers: nothing to escape.
    if !href.as_bytes()[from..].iter().any(|b| matches!(b, b'<' | b'>' | b'&' | b'"' | b'\'')) {
        return;
    }
    let path = href.split_off(from);
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            href.push('/');
        }
        let _ = write!(href, "{}", minijinja::HtmlEscape(segment));
    }
}

pub fn attr_escape(s: &str) -> String {
    xml_escape(s).replace('\'', "&#39;")
}

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn url(template: &str) -> String {
        let mut env = Environment::new();
        env.add_global("url", Value::from_object(Urls::new("/a'b/")));
        env.render_str(template, context! { ns => "x<y", code => -3 })
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn templates_get_escaped_urls_from_the_route_table() {
        assert_eq!(url("{{ url.home }}"), "/a&#39;b/");
        assert_eq!(url("{{ url('entry', ns, code) }}"), "/a&#39;b/x&lt;y/-3/");
        assert_eq!(url("{{ url('source', 's', 2) }}"), "/a&#39;b/sources/s/page/2/");
        assert_eq!(url("{{ url.style_css }}"), "/a&#39;b/static/style.css");
    }

    #[test]
    fn every_fixed_route_has_its_url() {
        for (name, route) in FIXED {
            assert_eq!(url(&format!("{{{{ url.{name} }}}}")), format!("/a&#39;b/{}", route.url_path()));
        }
    }

    #[test]
    fn a_wrong_url_call_is_a_template_error() {
        assert!(url("{{ url('nowhere') }}").contains("no route kind `nowhere`"));
        assert!(url("{{ url('entry', ns) }}").contains("needs a number argument"));
        assert!(url("{{ url('sources') }}").contains("write url.sources"));
        assert!(url("{{ url('value', 1, 2, 3) }}").contains("at most two arguments"));
    }
}
