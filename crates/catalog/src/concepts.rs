//! Cross-vendor mapping: a taxonomy of categories (`catalog/taxonomy.toml`) and curated
//! concepts (`catalog/concepts/<category>.toml`), each a situation shared by several vendors'
//! codes. Every entry gets a category: an explicit override, else its concept's, else the
//! taxonomy's keyword rules over its names and texts in both languages.

use crate::diag::{Diagnostic, Label};
use crate::inputs::CatalogFile;
use crate::lint::Lint;
use crate::model::{Entry, Occurrence, Source};
use crate::policy::line_span;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Bilingual {
    pub en: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    category: Vec<Category>,
    #[serde(default, rename = "override")]
    overrides: Vec<Override>,
    #[serde(default)]
    search: SearchWords,
}

/// `[search]` of the taxonomy: how query words name vendors. The search index takes vendor
/// ids and the words of vendor and product names that name one vendor; these add the words
/// the sources do not write (`阿里`, `腾讯`) and remove generic ones (`sdk`, `rtc`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchWords {
    /// Words of vendor and product names that never name a vendor in a query.
    #[serde(default)]
    pub generic: Vec<String>,
    /// Further words for a vendor.
    #[serde(default)]
    pub alias: Vec<VendorAlias>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VendorAlias {
    /// A vendor id of the sources (`alibaba`).
    pub vendor: String,
    pub words: Vec<String>,
    /// Line of its `[[search.alias]]` in the taxonomy, for diagnostics.
    #[serde(skip)]
    pub line: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub title: Bilingual,
    /// Lower-case keywords (English or Chinese) that put an entry without a concept here.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// General advice for a problem of this category, shown on an entry page when neither the
    /// vendor nor a concept says what to do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<Bilingual>,
    /// Line of its `[[category]]` in the taxonomy, for diagnostics.
    #[serde(skip)]
    pub line: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub namespace: String,
    pub code: i64,
    pub category: String,
    pub reason: String,
    /// Line of its `[[override]]` in the taxonomy, for diagnostics.
    #[serde(skip)]
    pub line: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptFile {
    category: String,
    #[serde(default)]
    concept: Vec<RawConcept>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    id: String,
    title: Bilingual,
    summary: Option<Bilingual>,
    members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub namespace: String,
    pub code: i64,
    /// Which part of the concept the code is (`camera`, `H.265`), or, starting with `partial`,
    /// how it matches only in part (`partial: the connection's port changed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Member {
    /// Whether the code matches its concept only in part: its note starts with `partial`.
    pub fn is_partial(&self) -> bool {
        self.note
            .as_deref()
            .is_some_and(|n| n.trim_start().get(..7).is_some_and(|p| p.eq_ignore_ascii_case("partial")))
    }

    /// The note without its `partial` mark: which part of the concept, or how it differs.
    pub fn remark(&self) -> Option<&str> {
        let note = self.note.as_deref()?.trim();
        let rest =
            if self.is_partial() { note[7..].trim_start_matches([':', ',', ' ', ';', '-']) } else { note };
        (!rest.is_empty()).then_some(rest)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Concept {
    pub id: String,
    pub title: Bilingual,
    pub summary: Option<Bilingual>,
    pub category: String,
    pub members: Vec<Member>,
    /// Where the concept is written, for diagnostics.
    #[serde(skip)]
    pub file: String,
    #[serde(skip)]
    pub line: u32,
}

/// Coverage of one vendor in one category: entries in a concept / error and warning entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Coverage {
    pub vendor: String,
    pub category: String,
    pub mapped: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Mapping {
    /// The taxonomy file as diagnostics name it.
    pub taxonomy_file: String,
    pub categories: Vec<Category>,
    pub concepts: Vec<Concept>,
    pub overrides: Vec<Override>,
    pub search: SearchWords,
}

/// Parses the taxonomy and concept files; problems become diagnostics. Without a taxonomy
/// there are no categories, so concepts are not read either.
pub fn parse(
    taxonomy: Option<&CatalogFile>,
    concept_files: &[CatalogFile],
    diags: &mut Vec<Diagnostic>,
) -> Mapping {
    let mut m = Mapping::default();
    let Some(tax) = taxonomy else { return m };
    m.taxonomy_file = tax.display.clone();
    match toml::from_str::<TaxonomyFile>(&tax.text) {
        Ok(mut t) => {
            for (c, line) in t.category.iter_mut().zip(table_lines(&tax.text, "[[category]]")) {
                c.line = line;
            }
            for (o, line) in t.overrides.iter_mut().zip(table_lines(&tax.text, "[[override]]")) {
                o.line = line;
            }
            for (a, line) in t.search.alias.iter_mut().zip(table_lines(&tax.text, "[[search.alias]]")) {
                a.line = line;
            }
            t.category.retain(|c| valid_id(&c.id, "category", tax, c.line, diags));
            m.categories = t.category;
            m.overrides = t.overrides;
            m.search = t.search;
        }
        Err(e) => {
            diags.push(toml_error(
                Lint::TaxonomyInvalid,
                &tax.display,
                &tax.text,
                &e,
                "fix catalog/taxonomy.toml",
            ));
            return m;
        }
    }
    for file in concept_files {
        match toml::from_str::<ConceptFile>(&file.text) {
            Ok(c) => m.concepts.extend(
                concepts_of(c, file).into_iter().filter(|c| valid_id(&c.id, "concept", file, c.line, diags)),
            ),
            Err(e) => diags.push(toml_error(
                Lint::ConceptInvalid,
                &file.display,
                &file.text,
                &e,
                "fix the concept file's TOML",
            )),
        }
    }
    m.concepts.sort_by(|a, b| a.id.cmp(&b.id));
    m
}

/// The lines where each table `header` (`[[concept]]`) starts, in order.
fn table_lines<'t>(text: &'t str, header: &'t str) -> impl Iterator<Item = u32> + 't {
    text.lines().enumerate().filter(move |(_, l)| l.trim() == header).map(|(i, _)| i as u32 + 1)
}

/// An id that names a page must be a valid path segment; an invalid one is reported and its
/// item dropped, so that no acknowledgement can let it reach the site.
fn valid_id(id: &str, what: &str, file: &CatalogFile, line: u32, diags: &mut Vec<Diagnostic>) -> bool {
    let Err(why) = crate::ids::check(id) else { return true };
    let span = match file.text.find(&format!("\"{id}\"")) {
        Some(at) => crate::text::Document::decode(file.text.as_bytes()).span_at(at, at + id.len() + 2),
        None => line_span(&file.text, line),
    };
    diags.push(
        Diagnostic::new(Lint::InvalidId, format!("{what} id `{id}` {why}"))
            .with_label(Label::primary(&file.display, span, "this id"))
            .with_help(
                "ids become folders of the site: use lower-case kebab-case that no route of the site uses",
            ),
    );
    false
}

/// The concepts of one file, each with the line of its `[[concept]]`.
fn concepts_of(c: ConceptFile, file: &CatalogFile) -> Vec<Concept> {
    let lines = table_lines(&file.text, "[[concept]]");
    c.concept
        .into_iter()
        .zip(lines)
        .map(|(raw, line)| Concept {
            id: raw.id,
            title: raw.title,
            summary: raw.summary,
            category: c.category.clone(),
            members: raw.members,
            file: file.display.clone(),
            line,
        })
        .collect()
}

fn toml_error(id: Lint, file: &str, text: &str, e: &toml::de::Error, help: &str) -> Diagnostic {
    let doc = crate::text::Document::decode(text.as_bytes());
    let span = e.span().map(|r| doc.span_at(r.start, r.start)).unwrap_or(Span {
        line: 1,
        column: 1,
        start: 0,
        end: 0,
    });
    Diagnostic::new(id, e.message().to_owned()).with_label(Label::primary(file, span, "here")).with_help(help)
}

/// The vendor of each namespace, from the sources that write it.
pub fn vendors(sources: &[Source]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for s in sources {
        for ns in &s.namespaces {
            out.entry(ns.clone()).or_insert_with(|| s.vendor.clone());
        }
    }
    out
}

/// Checks concepts against the entries: members exist, each entry sits in one concept, each
/// concept spans two vendors, categories are known.
pub fn check(
    m: &Mapping,
    entries: &[Entry],
    vendors: &BTreeMap<String, String>,
    texts: &BTreeMap<String, String>,
    diags: &mut Vec<Diagnostic>,
) {
    let cx = Checks {
        known: entries.iter().map(|e| (e.namespace.as_str(), e.code)).collect(),
        categories: m.categories.iter().map(|c| c.id.as_str()).collect(),
        vendors,
        texts,
    };
    let mut seen_ids: BTreeMap<&str, &Concept> = BTreeMap::new();
    let mut owner: BTreeMap<(&str, i64), Vec<&Concept>> = BTreeMap::new();
    for c in &m.concepts {
        if let Some(first) = seen_ids.insert(&c.id, c) {
            diags.push(cx.duplicate_id(c, first));
        }
        if !cx.categories.contains(c.category.as_str()) {
            diags.push(cx.unknown_category(c));
        }
        cx.members(c, &mut owner, diags);
    }
    for ((ns, code), cs) in owner {
        if cs.len() > 1 {
            diags.push(cx.overlap(ns, code, &cs));
        }
    }
    for o in &m.overrides {
        if !cx.known.contains(&(o.namespace.as_str(), o.code)) || !cx.categories.contains(o.category.as_str())
        {
            diags.push(cx.stale_override(&m.taxonomy_file, o));
        }
    }
    let known_vendors: BTreeSet<&str> = vendors.values().map(String::as_str).collect();
    for a in m.search.alias.iter().filter(|a| !known_vendors.contains(a.vendor.as_str())) {
        diags.push(cx.unknown_alias_vendor(&m.taxonomy_file, a, &known_vendors));
    }
}

/// What the concept checks compare against.
struct Checks<'a> {
    /// (namespace, code) of every entry.
    known: BTreeSet<(&'a str, i64)>,
    /// The taxonomy's category ids.
    categories: BTreeSet<&'a str>,
    vendors: &'a BTreeMap<String, String>,
    /// The catalog's files, to point at a concept's line.
    texts: &'a BTreeMap<String, String>,
}

impl<'a> Checks<'a> {
    /// Where a concept is written.
    fn at(&self, c: &Concept) -> Span {
        self.texts.get(&c.file).map(|t| line_span(t, c.line)).unwrap_or(Span {
            line: c.line,
            column: 1,
            start: 0,
            end: 0,
        })
    }

    fn duplicate_id(&self, c: &Concept, first: &Concept) -> Diagnostic {
        Diagnostic::new(Lint::ConceptDuplicateId, format!("concept id `{}` is used twice", c.id))
            .with_label(Label::primary(&c.file, self.at(c), "again here"))
            .with_label(Label::secondary(&first.file, self.at(first), "first here"))
            .with_help("give each concept a unique id")
    }

    fn unknown_category(&self, c: &Concept) -> Diagnostic {
        Diagnostic::new(
            Lint::ConceptUnknownCategory,
            format!(
                "concept `{}` is in category `{}`, which catalog/taxonomy.toml does not define",
                c.id, c.category
            ),
        )
        .with_label(Label::primary(&c.file, self.at(c), "this concept"))
        .with_help("add the category to catalog/taxonomy.toml or move the concept")
    }

    /// Every member of a concept must be an entry, and the members must come from two vendors
    /// at least; each known member is recorded under its concept in `owner`.
    fn members(
        &self,
        c: &'a Concept,
        owner: &mut BTreeMap<(&'a str, i64), Vec<&'a Concept>>,
        diags: &mut Vec<Diagnostic>,
    ) {
        let mut concept_vendors = BTreeSet::new();
        for mem in &c.members {
            if !self.known.contains(&(mem.namespace.as_str(), mem.code)) {
                diags.push(
                    Diagnostic::new(
                        Lint::ConceptUnknownMember,
                        format!(
                            "concept `{}` lists {} {}, which no entry has",
                            c.id, mem.namespace, mem.code
                        ),
                    )
                    .in_namespace(&mem.namespace)
                    .with_code(mem.code)
                    .with_label(Label::primary(&c.file, self.at(c), "in this concept"))
                    .with_help("fix the namespace or code (codes are decimal), or remove the member"),
                );
                continue;
            }
            if let Some(v) = self.vendors.get(&mem.namespace) {
                concept_vendors.insert(v.as_str());
            }
            owner.entry((mem.namespace.as_str(), mem.code)).or_default().push(c);
        }
        if concept_vendors.len() < 2 {
            diags.push(
                Diagnostic::new(Lint::ConceptSingleVendor, format!("concept `{}` has members from {} vendor(s); a concept maps situations across vendors", c.id, concept_vendors.len()))
                    .with_label(Label::primary(&c.file, self.at(c), "this concept"))
                    .with_help("add the equivalent codes of another vendor, or drop the concept"),
            );
        }
    }

    /// An entry listed by several concepts.
    fn overlap(&self, ns: &str, code: i64, cs: &[&Concept]) -> Diagnostic {
        let ids: Vec<String> = cs.iter().map(|c| format!("`{}`", c.id)).collect();
        let mut d = Diagnostic::new(
            Lint::ConceptOverlap,
            format!("{ns} {code} belongs to {} concepts: {}", cs.len(), ids.join(", ")),
        )
        .in_namespace(ns)
        .with_code(code)
        .with_help(
            "keep the entry in the concept that fits best, or acknowledge the overlap in catalog/policy.toml",
        );
        for (i, c) in cs.iter().enumerate() {
            let l = if i == 0 {
                Label::primary(&c.file, self.at(c), "listed here")
            } else {
                Label::secondary(&c.file, self.at(c), "and here")
            };
            d = d.with_label(l);
        }
        d
    }

    /// A search alias for a vendor no source has.
    fn unknown_alias_vendor(
        &self,
        taxonomy_file: &str,
        a: &VendorAlias,
        known: &BTreeSet<&str>,
    ) -> Diagnostic {
        let list: Vec<&str> = known.iter().copied().collect();
        Diagnostic::new(
            Lint::SearchAliasUnknownVendor,
            format!("search alias {:?} names vendor `{}`, which no source has", a.words, a.vendor),
        )
        .with_label(Label::primary(
            taxonomy_file,
            self.texts.get(taxonomy_file).map(|t| line_span(t, a.line)).unwrap_or_default(),
            "this alias",
        ))
        .with_help(format!("use a vendor id of catalog/sources ({}) or delete the alias", list.join(", ")))
    }

    /// A category override whose entry or category does not exist.
    fn stale_override(&self, taxonomy_file: &str, o: &Override) -> Diagnostic {
        Diagnostic::new(
            Lint::StaleOverride,
            format!(
                "category override for {} {} → `{}` matches no entry or category",
                o.namespace, o.code, o.category
            ),
        )
        .with_label(Label::primary(
            taxonomy_file,
            self.texts.get(taxonomy_file).map(|t| line_span(t, o.line)).unwrap_or_default(),
            "this override",
        ))
        .with_help("fix or delete the override in catalog/taxonomy.toml")
    }
}

/// The category of every entry and the concepts it belongs to.
pub fn categorize(m: &Mapping, entries: &mut [Entry], occurrences: &[Occurrence]) {
    let mut concept_of: BTreeMap<(&str, i64), Vec<(&str, &str)>> = BTreeMap::new();
    for c in &m.concepts {
        for mem in &c.members {
            concept_of
                .entry((mem.namespace.as_str(), mem.code))
                .or_default()
                .push((c.id.as_str(), c.category.as_str()));
        }
    }
    let overrides: BTreeMap<(&str, i64), &str> =
        m.overrides.iter().map(|o| ((o.namespace.as_str(), o.code), o.category.as_str())).collect();
    for e in entries.iter_mut() {
        let key = (e.namespace.as_str(), e.code);
        let concepts = concept_of.get(&key).cloned().unwrap_or_default();
        e.concepts = concepts.iter().map(|(id, _)| (*id).to_owned()).collect();
        e.category = overrides
            .get(&key)
            .map(|c| (*c).to_owned())
            .or_else(|| concepts.first().map(|(_, cat)| (*cat).to_owned()))
            .or_else(|| by_keywords(m, e, occurrences));
    }
}

/// The category whose keywords occur most in the entry's names and texts.
fn by_keywords(m: &Mapping, e: &Entry, occurrences: &[Occurrence]) -> Option<String> {
    let mut hay = e.names.iter().map(|n| name_words(n)).collect::<Vec<_>>().join(" ");
    for &i in &e.occurrences {
        if let Some(o) = occurrences.get(i) {
            for (_, t) in o.texts() {
                hay.push(' ');
                hay.push_str(&t.text.to_lowercase());
            }
        }
    }
    let mut best: Option<(usize, &Category)> = None;
    for c in &m.categories {
        let score = c.keywords.iter().filter(|k| !k.is_empty() && hay.contains(k.as_str())).count();
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c.id.clone())
}

/// A name as lower-case words: `kDispatchSslCaCertError` and `ERR_SSL_CA_CERT` both read
/// "… ssl ca cert …", so keywords match names of either style.
fn name_words(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let lower_before = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
        let acronym_end = prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_lowercase);
        if c.is_uppercase() && (lower_before || acronym_end) {
            out.push(' ');
        }
        if c == '_' || c == '-' {
            out.push(' ');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Mapped / total error and warning entries per vendor and category.
pub fn coverage(entries: &[Entry], vendors: &BTreeMap<String, String>) -> Vec<Coverage> {
    let mut acc: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.severity != crate::model::Severity::Event) {
        let vendor = vendors.get(&e.namespace).cloned().unwrap_or_default();
        let cat = e.category.clone().unwrap_or_else(|| "uncategorized".to_owned());
        let slot = acc.entry((vendor, cat)).or_default();
        slot.1 += 1;
        if !e.concepts.is_empty() {
            slot.0 += 1;
        }
    }
    acc.into_iter()
        .map(|((vendor, category), (mapped, total))| Coverage { vendor, category, mapped, total })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{name_words, Member};

    #[test]
    fn a_note_marks_a_partial_match_only_when_it_says_partial() {
        let m = |note: Option<&str>| Member { namespace: "x".into(), code: 1, note: note.map(str::to_owned) };
        let partial = m(Some("partial: the connection's port changed"));
        assert!(partial.is_partial());
        assert_eq!(partial.remark(), Some("the connection's port changed"));
        let named = m(Some("Partial, name-only: retrying the active IP failed"));
        assert_eq!(
            (named.is_partial(), named.remark()),
            (true, Some("name-only: retrying the active IP failed"))
        );
        let part = m(Some("camera"));
        assert_eq!((part.is_partial(), part.remark()), (false, Some("camera")));
        assert_eq!((m(None).is_partial(), m(None).remark()), (false, None));
        assert_eq!(m(Some("partial")).remark(), None);
    }

    #[test]
    fn names_read_as_words_in_every_style() {
        assert_eq!(name_words("kDispatchSslCaCertError"), "k dispatch ssl ca cert error");
        assert_eq!(name_words("ERR_SSL_CA_CERT"), "err ssl ca cert");
        assert_eq!(name_words("AliRtcErrSDKNotInit"), "ali rtc err sdk not init");
        assert_eq!(name_words("kNERtcErr30004"), "k ne rtc err30004");
        assert_eq!(name_words("推流失败"), "推流失败");
    }
}
