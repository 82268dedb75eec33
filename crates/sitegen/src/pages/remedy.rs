//! What an entry page says to do, and its equivalents in other SDKs. The advice comes from the
//! first of: the vendor's own suggestion for the code, the summary of the curated concept the
//! code belongs to, and the general advice of its category (`catalog/taxonomy.toml`), each
//! labelled with where it came from so that a reader knows how much to trust it.

use crate::view::{heading_text, summary, Index};
use catalog::concepts::Concept;
use catalog::model::{Entry, Lang, Severity};
use serde::Serialize;

/// One piece of advice, in the language it was written in.
#[derive(Debug, Serialize)]
pub struct Advice {
    pub lang: &'static str,
    pub lines: Vec<String>,
    /// The context it applies to, when the entry's meanings give different advice.
    pub context: Option<String>,
}

/// A page (concept or category) the advice was taken from.
#[derive(Debug, Serialize)]
pub struct From {
    pub id: String,
    pub title: String,
}

/// What a vendor advises for an equivalent code of another SDK.
#[derive(Debug, Serialize)]
pub struct Borrowed {
    pub namespace: String,
    pub code: i64,
    pub code_display: String,
    pub vendor: String,
    pub advice: Advice,
}

#[derive(Debug, Serialize)]
pub struct Remedy {
    /// `entry`, `concept`, `category` or `none`: where the advice comes from.
    pub from: &'static str,
    pub advice: Vec<Advice>,
    pub concept: Option<From>,
    pub category: Option<From>,
    /// What the vendors of equivalent codes advise, when this vendor gives no advice.
    pub borrowed: Vec<Borrowed>,
}

/// Vendors' advice for equivalent codes shown under a concept's summary.
const BORROWED_SHOWN: usize = 3;

/// The remedy of an entry; `None` for an event without advice of its own (events report
/// what happened, not a problem to fix).
pub fn remedy(ix: &Index<'_>, e: &Entry, page_lang: Lang) -> Option<Remedy> {
    let own = own_advice(ix, e);
    let empty =
        Remedy { from: "none", advice: Vec::new(), concept: None, category: None, borrowed: Vec::new() };
    if !own.is_empty() {
        return Some(Remedy { from: "entry", advice: own, ..empty });
    }
    if e.severity == Severity::Event {
        return None;
    }
    let concepts = concepts_of(ix, e);
    if let Some(c) = concepts.iter().find(|c| c.summary.is_some()) {
        let advice = c.summary.as_ref().map(|s| bilingual(&s.en, &s.zh_hans, page_lang)).unwrap_or_default();
        let borrowed = concepts.iter().flat_map(|c| borrowed(ix, e, c)).take(BORROWED_SHOWN).collect();
        let concept = Some(From { id: c.id.clone(), title: c.title.en.clone() });
        return Some(Remedy { from: "concept", advice, concept, borrowed, ..empty });
    }
    let category =
        e.category.as_deref().and_then(|id| ix.catalog.mapping.categories.iter().find(|c| c.id == id));
    match category {
        Some(c) => {
            let advice =
                c.advice.as_ref().map(|a| bilingual(&a.en, &a.zh_hans, page_lang)).unwrap_or_default();
            let from = if advice.is_empty() { "none" } else { "category" };
            Some(Remedy {
                from,
                advice,
                category: Some(From { id: c.id.clone(), title: c.title.en.clone() }),
                ..empty
            })
        }
        None => Some(empty),
    }
}

/// The vendor's own suggestions, once each, labelled by context when there are several.
fn own_advice(ix: &Index<'_>, e: &Entry) -> Vec<Advice> {
    let mut out: Vec<(String, Advice)> = Vec::new();
    for o in ix.occurrences(e) {
        let Some(t) = &o.suggestion else { continue };
        if out.iter().any(|(text, _)| *text == t.text) {
            continue;
        }
        let context = o.context.clone().or_else(|| o.section.last().map(|h| heading_text(h).to_owned()));
        let lines = t.text.lines().map(str::to_owned).collect();
        out.push((t.text.clone(), Advice { lang: t.lang.tag(), lines, context }));
    }
    if out.len() == 1 {
        out[0].1.context = None;
    }
    out.into_iter().map(|(_, a)| a).collect()
}

/// The English text, with the Chinese one after it on a page about a Chinese document.
fn bilingual(en: &str, zh: &str, page_lang: Lang) -> Vec<Advice> {
    let one = |lang: Lang, text: &str| Advice {
        lang: lang.tag(),
        lines: text.lines().map(str::to_owned).collect(),
        context: None,
    };
    let mut out = vec![one(Lang::En, en)];
    if page_lang == Lang::ZhHans && !zh.trim().is_empty() {
        out.push(one(Lang::ZhHans, zh));
    }
    out.retain(|a| a.lines.iter().any(|l| !l.trim().is_empty()));
    out
}

fn concepts_of<'a>(ix: &Index<'a>, e: &Entry) -> Vec<&'a Concept> {
    e.concepts.iter().filter_map(|id| ix.catalog.mapping.concepts.iter().find(|c| &c.id == id)).collect()
}

/// The suggestions other vendors give for the members of a concept.
fn borrowed<'a>(ix: &'a Index<'a>, e: &'a Entry, c: &'a Concept) -> impl Iterator<Item = Borrowed> + 'a {
    c.members.iter().filter(move |m| m.namespace != e.namespace).filter_map(move |m| {
        let other = ix.catalog.entry(&m.namespace, m.code)?;
        let t = ix.occurrences(other).find_map(|o| o.suggestion.as_ref())?;
        let row = ix.row(other);
        Some(Borrowed {
            namespace: m.namespace.clone(),
            code: m.code,
            code_display: row.code_display,
            vendor: format!("{} {}", row.vendor_name, row.product),
            advice: Advice {
                lang: t.lang.tag(),
                lines: t.text.lines().map(str::to_owned).collect(),
                context: None,
            },
        })
    })
}

/// One equivalent code of another SDK: what it is, what it means and how well it matches.
#[derive(Debug, Serialize)]
pub struct Equivalent {
    pub namespace: String,
    pub code: i64,
    pub code_display: String,
    pub names: Vec<String>,
    pub vendor: String,
    pub summary: String,
    pub summary_lang: Option<&'static str>,
    /// `full`, or `partial` (the note says how).
    pub matches: &'static str,
    /// Which part of the concept the code is, or how it matches only in part.
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ConceptView {
    pub id: String,
    pub title_en: String,
    pub title_zh: String,
    /// How this entry itself matches the concept, when only in part.
    pub own_note: Option<String>,
    pub members: Vec<Equivalent>,
    /// Members not listed here (the concept page lists them all).
    pub more: usize,
}

/// Equivalents listed per concept on an entry page, and per SDK among them: a broad concept
/// ("invalid parameter") has hundreds of members, and a reader wants a few of each vendor.
const EQUIVALENTS_SHOWN: usize = 12;
const PER_SDK_SHOWN: usize = 2;

/// The members an entry page lists: other vendors' first, full matches before partial ones,
/// at most `PER_SDK_SHOWN` of one namespace and `EQUIVALENTS_SHOWN` in all.
fn listed<'c>(
    ix: &Index<'_>,
    e: &Entry,
    members: &'c [catalog::concepts::Member],
) -> Vec<&'c catalog::concepts::Member> {
    let vendor = |ns: &str| ix.catalog.vendors.get(ns);
    let mut order: Vec<&catalog::concepts::Member> =
        members.iter().filter(|m| !(m.namespace == e.namespace && m.code == e.code)).collect();
    order.sort_by_key(|m| (vendor(&m.namespace) == vendor(&e.namespace), m.is_partial()));
    let mut per: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for m in order {
        let n = per.entry(m.namespace.as_str()).or_default();
        if *n < PER_SDK_SHOWN && out.len() < EQUIVALENTS_SHOWN {
            *n += 1;
            out.push(m);
        }
    }
    out
}

/// The concepts of an entry with their other members.
pub fn equivalents(ix: &Index<'_>, e: &Entry) -> Vec<ConceptView> {
    concepts_of(ix, e)
        .into_iter()
        .map(|c| {
            let is_self = |m: &catalog::concepts::Member| m.namespace == e.namespace && m.code == e.code;
            let shown = listed(ix, e, &c.members);
            let more = c.members.iter().filter(|m| !is_self(m)).count() - shown.len();
            let members = shown
                .into_iter()
                .filter_map(|m| {
                    let other = ix.catalog.entry(&m.namespace, m.code)?;
                    let row = ix.row(other);
                    let (summary, summary_lang) =
                        ix.occurrences(other).next().map(summary).unwrap_or_default();
                    Some(Equivalent {
                        namespace: m.namespace.clone(),
                        code: m.code,
                        code_display: row.code_display,
                        names: row.names,
                        vendor: ix.namespace_label(&m.namespace),
                        summary,
                        summary_lang,
                        matches: if m.is_partial() { "partial" } else { "full" },
                        note: m.remark().map(str::to_owned),
                    })
                })
                .collect();
            ConceptView {
                id: c.id.clone(),
                title_en: c.title.en.clone(),
                title_zh: c.title.zh_hans.clone(),
                own_note: c
                    .members
                    .iter()
                    .find(|m| is_self(m))
                    .filter(|m| m.is_partial())
                    .map(|m| m.remark().unwrap_or("see the concept page").to_owned()),
                members,
                more,
            }
        })
        .collect()
}
