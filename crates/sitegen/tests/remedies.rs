//! "What to do" on entry pages of the real catalog: nearly every error and warning page says
//! it, from the vendor's document, the entry's concept or its category's advice.

mod common;
use catalog::model::Severity;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `data-remedy` kind of an entry page (`entry`, `concept`, `category` or `none`).
fn remedy_kind(html: &str) -> Option<&str> {
    let at = html.find("data-remedy=\"")? + "data-remedy=\"".len();
    html[at..].split('"').next()
}

/// The real catalog and its site, built once for the tests of this file.
fn built() -> &'static (catalog::Catalog, tempfile::TempDir) {
    static BUILT: std::sync::OnceLock<(catalog::Catalog, tempfile::TempDir)> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let catalog = catalog::load(&root().join("catalog")).expect("catalog");
        let tmp = tempfile::tempdir().expect("tmp");
        common::build(&root().join("catalog"), &tmp.path().join("site"), "/").expect("site builds");
        (catalog, tmp)
    })
}

#[test]
fn at_least_95_percent_of_error_and_warning_pages_say_what_to_do() {
    let (catalog, tmp) = built();
    let out = tmp.path().join("site");
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut without: BTreeMap<&str, usize> = BTreeMap::new();
    let mut pages = 0;
    for e in catalog.entries.iter().filter(|e| e.severity != Severity::Event) {
        let path = out.join(&e.namespace).join(e.code.to_string()).join("index.html");
        let html = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let kind = remedy_kind(&html).unwrap_or("absent").to_owned();
        if kind == "none" || kind == "absent" {
            *without.entry(e.namespace.as_str()).or_default() += 1;
        }
        *kinds.entry(kind).or_default() += 1;
        pages += 1;
    }
    let missing: usize = without.values().sum();
    let share = 100.0 * (pages - missing) as f64 / pages as f64;
    eprintln!("remedies on {pages} error and warning pages: {kinds:?}; {share:.1}% say what to do; without: {without:?}");
    assert!(share >= 95.0, "{share:.1}% of error and warning pages say what to do; without: {without:?}");
    // Every kind of source of advice is in use.
    for kind in ["entry", "concept", "category"] {
        assert!(
            kinds.get(kind).copied().unwrap_or(0) > 0,
            "no page takes its advice from the {kind}: {kinds:?}"
        );
    }
}

/// The parts of `html` between each `open` and the next `close`.
fn blocks<'h>(html: &'h str, open: &str, close: &str) -> Vec<&'h str> {
    html.split(open).skip(1).map(|rest| rest.split(close).next().unwrap_or(rest)).collect()
}

/// A broad concept ("invalid parameter" has over a hundred members) lists a few codes of each
/// SDK on an entry page and in a mapping table's cell, and links to the concept page for the
/// rest; the concept page lists them all.
#[test]
fn broad_concepts_list_a_few_codes_of_each_sdk_and_link_to_the_rest() {
    let (catalog, tmp) = built();
    let out = tmp.path().join("site");
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let broad = catalog.mapping.concepts.iter().max_by_key(|c| c.members.len()).expect("a concept");
    assert!(broad.members.len() > 50, "{} has {} members", broad.id, broad.members.len());
    let m = &broad.members[0];
    let page = read(&format!("{}/{}/index.html", m.namespace, m.code));
    for list in blocks(&page, "<ul class=\"equivalents\">", "</ul>") {
        assert!(list.matches("<li>").count() <= 12, "{} equivalents listed", list.matches("<li>").count());
    }
    assert!(
        page.contains("more codes of this concept</a>"),
        "{}/{} links to the rest of {}",
        m.namespace,
        m.code,
        broad.id
    );
    let concept = read(&format!("concepts/{}/index.html", broad.id));
    for m in &broad.members {
        assert!(
            concept.contains(&format!("/{}/{}/\"", m.namespace, m.code)),
            "{} lists {}/{}",
            broad.id,
            m.namespace,
            m.code
        );
    }
    let table = read(&format!("mappings/{}/index.html", broad.category));
    for cell in blocks(&table, "<td data-label=", "</td>") {
        let codes = cell.matches("<a href=").count() - usize::from(cell.contains("more</a>"));
        assert!(codes <= 4, "a cell of {} lists {codes} codes", broad.category);
    }
    assert!(table.contains("more</a>"), "cells link to the concept page for the rest");
    // A note that says `partial: …` marks a partial match, shown once; another note (`camera`)
    // says which part of the concept a code is and leaves the match full.
    assert!(
        !table.contains("(partial: partial") && !page.contains("Partial: partial"),
        "the mark is not repeated"
    );
    let qualified = broad.members.iter().filter(|m| m.note.is_some() && !m.is_partial()).count();
    assert!(
        qualified > 0 && broad.members.iter().any(|m| m.is_partial()),
        "{} has both kinds of note",
        broad.id
    );
    assert!(
        page.contains("match-full") && table.contains("<span class=\"meta\">("),
        "qualifiers shown as such"
    );
}
