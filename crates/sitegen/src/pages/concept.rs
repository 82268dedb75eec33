//! Concept pages (`concepts/<id>/`): one cross-vendor situation and the codes of every SDK
//! that signal it.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use catalog::concepts::Concept;
use minijinja::context;
use rayon::prelude::*;
use std::collections::BTreeMap;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let mapping = &site.index.catalog.mapping;
    // Concepts have pages only alongside their categories' pages.
    let concepts = if mapping.categories.is_empty() { &[][..] } else { &mapping.concepts[..] };
    concepts.par_iter().map(move |c| page(Route::Concept { id: &c.id }, concept(site, c)))
}

fn concept(site: &Site<'_>, c: &Concept) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let mut groups: BTreeMap<String, Vec<minijinja::Value>> = BTreeMap::new();
    for m in &c.members {
        let Some(row) = ix.member_row(&m.namespace, m.code) else { continue };
        let title = ix.namespace_title(&m.namespace);
        groups.entry(title).or_default().push(context! {
            namespace => &m.namespace, code => m.code, code_display => row.code_display, names => row.names,
            severity => row.severity, summary => row.summary, summary_lang => row.summary_lang, note => &m.note,
        });
    }
    let groups: Vec<_> =
        groups.into_iter().map(|(title, members)| context! { title => title, members => members }).collect();
    let (cat_en, _) = ix.category_title(&c.category);
    let view = context! {
        title_en => &c.title.en, title_zh => &c.title.zh_hans,
        summary_en => c.summary.as_ref().map(|s| &s.en), summary_zh => c.summary.as_ref().map(|s| &s.zh_hans),
        category => &c.category, category_title => cat_en, groups => groups,
    };
    site.render("concept.html", context! { title => &c.title.en, nav => "mappings", c => view })
}
