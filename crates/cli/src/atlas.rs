//! The embedded catalog and what the commands look up in it: entries by value and by name,
//! the site URLs of an entry, and its texts in the language asked for.

use crate::data::{self, Entry, Namespace, Text};
use std::collections::HashMap;

/// The catalog as `build.rs` embedded it.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/atlas.json"));

/// The language the texts are wanted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// The catalog's tag of the language.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }
}

/// The catalog with its look-up tables.
pub struct Atlas {
    pub data: data::Atlas,
    by_value: HashMap<i64, Vec<usize>>,
    /// `name_key` of every name → entries.
    by_name: HashMap<String, Vec<usize>>,
    /// Every name as written → entries.
    by_exact: HashMap<String, Vec<usize>>,
    /// The site's base URL, ending with `/`.
    pub site_url: String,
}

impl Atlas {
    /// The embedded catalog, with links under `site_url` (else the one the tool was built
    /// with, else `/`: paths relative to the site's root).
    pub fn embedded(site_url: Option<&str>) -> Result<Atlas, String> {
        let data: data::Atlas = serde_json::from_str(EMBEDDED)
            .map_err(|e| format!("the embedded catalog cannot be read ({e}): rebuild the tool"))?;
        if data.format != data::FORMAT {
            return Err(format!(
                "the embedded catalog has format {}, this tool reads {}: rebuild the tool",
                data.format,
                data::FORMAT
            ));
        }
        Ok(Atlas::new(data, site_url))
    }

    pub fn new(data: data::Atlas, site_url: Option<&str>) -> Atlas {
        let mut by_value: HashMap<i64, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_exact: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in data.entries.iter().enumerate() {
            by_value.entry(e.code).or_default().push(i);
            for n in &e.names {
                let exact = by_exact.entry(n.clone()).or_default();
                if !exact.contains(&i) {
                    exact.push(i);
                }
                let ids = by_name.entry(search_contract::name_key(n)).or_default();
                if !ids.contains(&i) {
                    ids.push(i);
                }
            }
        }
        let base = site_url.map(str::to_owned).or_else(|| data.site_url.clone()).unwrap_or_default();
        let site_url = normalize_base(&base);
        Atlas { data, by_value, by_name, by_exact, site_url }
    }

    pub fn entry(&self, i: usize) -> &Entry {
        &self.data.entries[i]
    }

    pub fn namespace(&self, e: &Entry) -> &Namespace {
        &self.data.namespaces[e.ns]
    }

    /// Entries whose code is `value`, in catalog order (namespace, code).
    pub fn by_value(&self, value: i64) -> &[usize] {
        self.by_value.get(&value).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The entry of a key `<namespace>/<code>` (`report::entry_key`).
    pub fn by_key(&self, key: &str) -> Option<usize> {
        let (ns, code) = key.rsplit_once('/')?;
        let code: i64 = code.parse().ok()?;
        self.by_value(code).iter().copied().find(|&i| self.namespace(self.entry(i)).id == ns)
    }

    /// Entries with a name whose `name_key` is `key`.
    pub fn by_name_key(&self, key: &str) -> &[usize] {
        self.by_name.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Entries with a name exactly `name` (as a log writes it): case and `_` matter.
    pub fn by_exact_name(&self, name: &str) -> &[usize] {
        self.by_exact.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Names within a few edits of `key` or holding it, for "did you mean" (at most `n`).
    pub fn names_like(&self, key: &str, n: usize) -> Vec<String> {
        if key.len() < 4 {
            return Vec::new();
        }
        // Names within the search's typo budget first (closest first), then names that hold
        // the query.
        let budget = search_contract::typo::budget(key.len());
        let mut near: Vec<(usize, String)> = Vec::new();
        let mut holding: Vec<String> = Vec::new();
        for e in &self.data.entries {
            for name in &e.names {
                let k = search_contract::name_key(name);
                if let Some(d) = search_contract::typo::distance(key, &k, budget) {
                    near.push((d, name.clone()));
                } else if k.contains(key) {
                    holding.push(name.clone());
                }
            }
        }
        near.sort();
        holding.sort();
        let mut out: Vec<String> = Vec::new();
        for name in near.into_iter().map(|(_, n)| n).chain(holding) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out.truncate(n);
        out
    }

    /// The entry's page on the site.
    pub fn page_url(&self, e: &Entry) -> String {
        format!("{}{}/{}/", self.site_url, self.namespace(e).id, e.code)
    }

    /// The entry's file of the site's JSON API.
    pub fn api_url(&self, e: &Entry) -> String {
        format!("{}api/v1/{}/{}.json", self.site_url, self.namespace(e).id, e.code)
    }
}

/// A base URL that ends with exactly one `/` (`""` → `/`).
pub fn normalize_base(base: &str) -> String {
    format!("{}/", base.trim().trim_end_matches('/'))
}

/// A text chosen for a language: `fallback` when the catalog has it only in the other one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picked<'a> {
    pub text: &'a Text,
    pub fallback: bool,
}

/// The distinct texts of one field across an entry's rows, in `lang` when any row has it in
/// `lang`, else in the other language (marked as a fallback).
pub fn pick<'a>(texts: impl Iterator<Item = &'a Text>, lang: Lang) -> Vec<Picked<'a>> {
    let mut all: Vec<&Text> = Vec::new();
    for t in texts {
        if !all.iter().any(|a| a.text == t.text) {
            all.push(t);
        }
    }
    let wanted: Vec<&Text> = all.iter().copied().filter(|t| t.lang == lang.tag()).collect();
    if wanted.is_empty() {
        all.into_iter().map(|text| Picked { text, fallback: true }).collect()
    } else {
        wanted.into_iter().map(|text| Picked { text, fallback: false }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(lang: &str, text: &str) -> Text {
        Text { lang: lang.into(), text: text.into() }
    }

    #[test]
    fn texts_in_the_language_asked_else_the_other_marked() {
        let both = [t("en", "Timeout"), t("zh-Hans", "超时"), t("en", "Timeout")];
        let zh = pick(both.iter(), Lang::Zh);
        assert_eq!(zh.len(), 1);
        assert_eq!((zh[0].text.text.as_str(), zh[0].fallback), ("超时", false));
        let en = pick(both.iter(), Lang::En);
        assert_eq!(en.len(), 1, "duplicates merged");
        let only_en = [t("en", "Timeout")];
        let fallback = pick(only_en.iter(), Lang::Zh);
        assert!(fallback[0].fallback);
        assert!(pick(std::iter::empty(), Lang::En).is_empty());
    }

    #[test]
    fn base_urls_end_with_one_slash() {
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("https://x.io/atlas//"), "https://x.io/atlas/");
        assert_eq!(normalize_base("/atlas"), "/atlas/");
    }
}
