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

#[test]
fn at_least_95_percent_of_error_and_warning_pages_say_what_to_do() {
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    common::build(&root().join("catalog"), &out, "/").expect("site builds");
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
