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
    /// The public address of the site (`https://host/base/`), when known: the sitemap needs
    /// absolute URLs.
    pub site_url: Option<String>,
}

impl<'a> Site<'a> {
    pub fn new(catalog: &'a Catalog, base: &str, site_url: Option<&str>) -> anyhow::Result<Site<'a>> {
        let (base, site_url) = resolve_urls(base, site_url)?;
        let env = environment(catalog, &base)?;
        Ok(Site { env, index: Index::new(catalog), base, site_url })
    }

    /// The absolute URL of a route, when the site's public address is known.
    pub fn absolute_url(&self, route: &Route<'_>) -> Option<String> {
        let site = self.site_url.as_deref()?;
        let mut url = site.to_owned();
        route.push_url_path(&mut url);
        Some(url)
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

/// The base URL as links use it: a path from the site's root (`/`, `/atlas/`) or an absolute
/// `http(s)://` address, always ending with one `/`. `atlas` and `/atlas` read as `/atlas/`;
/// a base that cannot be a URL prefix (spaces, `?`, `#`, quotes, `..`, `//host`) is refused.
pub fn normalize_base(base: &str) -> anyhow::Result<String> {
    let b = base.trim();
    if let Some(bad) = b.chars().find(|c| c.is_whitespace() || c.is_control() || "?#\"'<>\\`".contains(*c)) {
        anyhow::bail!("--base-url `{base}` contains `{bad}`: give a path such as /atlas/ or a URL such as https://example.org/atlas/");
    }
    if b.starts_with("http://") || b.starts_with("https://") {
        return Ok(normalize_site_url(b)?.1);
    }
    if b.starts_with("//") {
        anyhow::bail!("--base-url `{base}` starts with `//`, which browsers read as another host: give a path such as /atlas/");
    }
    let segments: Vec<&str> = b.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == "." || *s == "..") {
        anyhow::bail!("--base-url `{base}` has a `.` or `..` segment: give the path as the site is served, such as /atlas/");
    }
    if segments.is_empty() {
        return Ok("/".to_owned());
    }
    Ok(format!("/{}/", segments.join("/")))
}

/// A public site address, checked: `http(s)://host[/path]`, returned as (its path, the whole
/// address), each ending with `/`.
fn normalize_site_url(url: &str) -> anyhow::Result<(String, String)> {
    let u = url.trim();
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"));
    let Some(rest) = rest else {
        anyhow::bail!("--site-url `{url}` is not an http:// or https:// address: give the public address, such as https://example.github.io/atlas/");
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains(['@', '?', '#']) {
        anyhow::bail!("--site-url `{url}` has no valid host: give the public address, such as https://example.github.io/atlas/");
    }
    if let Some(bad) = path.chars().find(|c| c.is_whitespace() || "?#\"'<>\\`".contains(*c)) {
        anyhow::bail!(
            "--site-url `{url}` contains `{bad}` in its path: give the address of the site's root page"
        );
    }
    let path = normalize_base(&format!("/{path}"))?;
    let scheme = if u.starts_with("https://") { "https" } else { "http" };
    Ok((path.clone(), format!("{scheme}://{host}{path}")))
}

/// The base URL links use and the public address, from the two options: the public address
/// alone sets the base to its path; both must agree.
pub fn resolve_urls(base: &str, site_url: Option<&str>) -> anyhow::Result<(String, Option<String>)> {
    let base = normalize_base(base)?;
    let Some(site_url) = site_url.filter(|u| !u.trim().is_empty()) else { return Ok((base, None)) };
    let (path, full) = normalize_site_url(site_url)?;
    let base = match base.as_str() {
        "/" => path,
        b if b == path || b == full => base,
        b => anyhow::bail!(
            "--base-url `{b}` and --site-url `{full}` disagree: the site's links must start with the path of its public address ({path}); give one of them only"
        ),
    };
    Ok((base, Some(full)))
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
    env.add_filter("ident", |s: &str| Value::from_safe_string(ident_html(s)));
    env.add_filter("ticks", |s: &str| Value::from_safe_string(ticks_html(s)));
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
const FIXED: [(&str, Route<'static>); 19] = [
    ("home", Route::Home),
    ("sources", Route::Sources),
    ("vendors", Route::Vendors),
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
    ("keys_js", Route::Static(Asset::KeysJs)),
    ("search_core_js", Route::Static(Asset::SearchCoreJs)),
    ("search_meta", Route::SearchMeta),
    ("search_concepts", Route::SearchConcepts),
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
        "source-sdk" => Route::SourceSdk { id: text(a)? },
        "namespace" => Route::Namespace { ns: text(a)?, page: page(b)? },
        "entry" => Route::Entry { namespace: text(a)?, code: number(b)? },
        "value" => Route::Value { code: number(a)? },
        "mapping" => Route::Mapping { category: text(a)? },
        "concept" => Route::Concept { id: text(a)? },
        "vendor" => Route::Vendor { id: text(a)? },
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

/// An identifier, escaped, that may wrap only after its `_` (the underscore left at the end of
/// the line shows where it was cut): `PUSH_EVT_CONNECT_SUCC` never breaks as `CONNECT_S|UCC`.
pub fn ident_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    let mut seen_word = false;
    let (mut prev, mut written) = (None::<char>, 0usize);
    while let Some(c) = chars.next() {
        // Between the words of a camelCase name too (`AliRtcErr|Cdn|Live…`), never after a
        // one-letter prefix (`kRoom…`).
        if c.is_uppercase() && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) && written >= 2 {
            out.push_str("<wbr>");
        }
        prev = Some(c);
        written += 1;
        let _ = write!(out, "{}", minijinja::HtmlEscape(c.encode_utf8(&mut [0; 4])));
        // After the last `_` of a run, between two parts of the name: no line starts or ends
        // with a lone `_`.
        if c == '_' && seen_word && chars.peek().is_some_and(|n| *n != '_') {
            out.push_str("<wbr>");
        }
        seen_word |= c != '_';
    }
    out
}

/// Text as vendors and lint messages write it, escaped, with each `code span` set as code. An
/// unpaired backtick is kept as it is.
pub fn ticks_html(s: &str) -> String {
    let pieces: Vec<&str> = s.split('`').collect();
    let mut out = String::with_capacity(s.len() + 32);
    for (i, piece) in pieces.iter().enumerate() {
        // Odd pieces sit between two backticks, except an odd last piece (an unpaired one).
        let quoted = i % 2 == 1 && i + 1 < pieces.len();
        if quoted && !piece.is_empty() {
            let _ = write!(out, "<code>{}</code>", ident_html(piece));
        } else {
            if i % 2 == 1 {
                out.push('`');
            }
            let _ = write!(out, "{}", minijinja::HtmlEscape(piece));
            if quoted {
                out.push('`');
            }
        }
    }
    out
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

const TEMPLATES: [(&str, &str); 18] = templates!(
    "vendors.html",
    "vendor.html",
    "pager.html",
    "mappings.html",
    "mapping.html",
    "concept.html",
    "base.html",
    "index.html",
    "entry.html",
    "source.html",
    "sdk_check.html",
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
    fn base_urls_are_normalised_or_refused() {
        for (given, want) in [
            ("/", "/"),
            ("", "/"),
            ("atlas", "/atlas/"),
            ("/atlas", "/atlas/"),
            ("atlas/", "/atlas/"),
            ("/a//b/", "/a/b/"),
            ("https://x.github.io/atlas", "https://x.github.io/atlas/"),
        ] {
            assert_eq!(normalize_base(given).ok().as_deref(), Some(want), "{given}");
        }
        for bad in ["a b", "/a?x", "/a#b", "//evil.example/", "/../x", "/a\"/", "https:///x"] {
            assert!(normalize_base(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn the_site_url_sets_the_base_and_must_agree_with_it() {
        let r = |b: &str, s: Option<&str>| resolve_urls(b, s).map_err(|e| e.to_string());
        assert_eq!(
            r("/", Some("https://x.github.io/atlas")),
            Ok(("/atlas/".into(), Some("https://x.github.io/atlas/".into())))
        );
        assert_eq!(r("/atlas/", Some("https://x.github.io/atlas/")).map(|x| x.0), Ok("/atlas/".into()));
        assert_eq!(
            r("/", Some("https://example.org")),
            Ok(("/".into(), Some("https://example.org/".into())))
        );
        assert_eq!(r("/", None), Ok(("/".into(), None)));
        assert!(r("/other/", Some("https://x.github.io/atlas/")).is_err_and(|e| e.contains("disagree")));
        assert!(r("/", Some("ftp://x/")).is_err_and(|e| e.contains("http://")));
        assert!(r("/", Some("x.github.io/atlas")).is_err());
    }

    #[test]
    fn identifiers_wrap_after_an_underscore_or_between_camel_case_words() {
        assert_eq!(ident_html("PUSH_EVT_CONNECT_SUCC"), "PUSH_<wbr>EVT_<wbr>CONNECT_<wbr>SUCC");
        assert_eq!(ident_html("_a__b_"), "_a__<wbr>b_");
        assert_eq!(ident_html("kRoom<x>"), "kRoom&lt;x&gt;");
        assert_eq!(ident_html("kRoomHbTimeoutError"), "kRoom<wbr>Hb<wbr>Timeout<wbr>Error");
        assert_eq!(ident_html("AliRtcErrSDKNotInit"), "Ali<wbr>Rtc<wbr>Err<wbr>SDKNot<wbr>Init");
    }

    #[test]
    fn backticks_become_code_and_everything_is_escaped() {
        assert_eq!(ticks_html("code `A_B` is <b>"), "code <code>A_<wbr>B</code> is &lt;b&gt;");
        assert_eq!(ticks_html("a ` b"), "a ` b");
        assert_eq!(ticks_html("`x` and `y"), "<code>x</code> and `y");
        assert_eq!(ticks_html("empty `` pair"), "empty `` pair");
    }

    #[test]
    fn a_wrong_url_call_is_a_template_error() {
        assert!(url("{{ url('nowhere') }}").contains("no route kind `nowhere`"));
        assert!(url("{{ url('entry', ns) }}").contains("needs a number argument"));
        assert!(url("{{ url('sources') }}").contains("write url.sources"));
        assert!(url("{{ url('value', 1, 2, 3) }}").contains("at most two arguments"));
    }
}
