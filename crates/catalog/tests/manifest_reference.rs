//! `docs/manifest.md` is generated from the manifest types and the notes of the key registry;
//! the registry's notes and the types name the same keys; unknown keys are refused.

use catalog::manifest::keys::{self, NOTES};
use catalog::manifest::Manifest;

mod common;
use common::MINIMAL_MANIFEST;

#[test]
fn docs_manifest_md_is_generated_from_the_registry() {
    common::assert_generated(
        "docs/manifest.md",
        &keys::reference_markdown(),
        "UPDATE_DOCS",
        "cargo test -p catalog --test manifest_reference",
    );
}

#[test]
fn every_key_has_a_note_and_every_note_a_key() {
    let keys: Vec<String> = keys::keys().into_iter().map(|k| k.path).collect();
    let missing: Vec<&String> = keys.iter().filter(|k| keys::note_for(k).is_none()).collect();
    assert!(missing.is_empty(), "keys without a note in manifest/keys.rs NOTES: {missing:?}");
    let stale: Vec<&str> = NOTES.iter().map(|n| n.path).filter(|p| !keys.iter().any(|k| k == p)).collect();
    assert!(stale.is_empty(), "notes for keys the manifest no longer has: {stale:?}");
}

#[test]
fn every_key_is_documented_with_a_meaning() {
    let bare: Vec<String> =
        keys::keys().into_iter().filter(|k| k.doc.trim().is_empty()).map(|k| k.path).collect();
    assert!(bare.is_empty(), "keys without a doc comment on their field: {bare:?}");
}

#[test]
fn a_minimal_manifest_parses() {
    let m = Manifest::parse(MINIMAL_MANIFEST).expect("minimal manifest");
    assert_eq!(m.vendor, "demo");
    assert_eq!(m.format.columns.len(), 2);
}

fn errors_of(text: &str) -> Vec<(String, Option<String>)> {
    match Manifest::parse(text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| (e.message, e.range.map(|r| text[r].to_owned()))).collect(),
    }
}

#[test]
fn a_misspelt_key_names_the_nearest_key_and_its_place() {
    let text = MINIMAL_MANIFEST.replace("columns =", "colums =");
    let errors = errors_of(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].0.contains("unknown key `colums` in `[format]`: did you mean `columns`?"),
        "{errors:?}"
    );
    assert_eq!(errors[0].1.as_deref(), Some("colums"));
}

#[test]
fn a_misspelt_top_level_key_is_refused_despite_flatten() {
    let errors = errors_of(&MINIMAL_MANIFEST.replace("vendor_name =", "vendorname ="));
    assert!(errors.iter().any(|e| e.0.contains("did you mean `vendor_name`?")), "{errors:?}");
}

#[test]
fn a_key_in_the_wrong_table_says_where_it_belongs() {
    let text = MINIMAL_MANIFEST.replace("[format]\n", "stop_at = '^Footer'\n\n[format]\n");
    let errors = errors_of(&text);
    assert!(errors.iter().any(|e| e.0.contains("`stop_at` belongs at `format.stop_at`")), "{errors:?}");
}

#[test]
fn unknown_keys_inside_arrays_of_tables_are_found() {
    let text = format!("{MINIMAL_MANIFEST}\n[[format.sections]]\nheadng = \"Errors\"\n");
    let errors = errors_of(&text);
    assert!(
        errors.iter().any(|e| e.0.contains("in `[format.sections]`: did you mean `heading`?")),
        "{errors:?}"
    );
    let inline = MINIMAL_MANIFEST
        .replace("columns =", "sections = [{ heading = \"E\", severty = \"error\" }]\ncolumns =");
    let errors = errors_of(&inline);
    assert!(errors.iter().any(|e| e.0.contains("did you mean `severity`?")), "{errors:?}");
}

#[test]
fn free_keys_of_maps_are_not_mistaken_for_unknown_keys() {
    let text =
        MINIMAL_MANIFEST.replace("columns =", "labels = { \"Possible cause:\" = \"cause\" }\ncolumns =");
    assert!(errors_of(&text).is_empty());
}

#[test]
fn a_key_far_from_every_known_key_lists_the_keys_of_its_table() {
    let errors = errors_of(&MINIMAL_MANIFEST.replace("[format]\n", "[format]\nzzzzzzzz = 1\n"));
    assert!(errors.iter().any(|e| e.0.contains("the keys here are `family`")), "{errors:?}");
}

const UPSTREAM: &str = "[upstream]\nrepository = \"owner/name\"\npath = \"include/e.h\"\n\
commit = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\nlicense = \"MIT\"\n\n[format]";

#[test]
fn upstream_provenance_is_read_and_linked_at_its_commit() {
    let m = Manifest::parse(&MINIMAL_MANIFEST.replace("[format]", UPSTREAM)).expect("manifest with upstream");
    let up = m.upstream.as_ref().expect("upstream");
    assert_eq!(up.url(), format!("https://github.com/owner/name/blob/{}/include/e.h", "a".repeat(40)));
}

#[test]
fn upstream_links_encode_spaces_in_paths() {
    let m = Manifest::parse(
        &MINIMAL_MANIFEST.replace("[format]", &UPSTREAM.replace("include/e.h", "Windows/C# Demo/e.h")),
    )
    .expect("manifest with upstream");
    let url = m.upstream.as_ref().map(|u| u.url()).unwrap_or_default();
    assert!(url.ends_with("/Windows/C%23%20Demo/e.h"), "{url}");
}

#[test]
fn upstream_provenance_is_checked() {
    let bad = UPSTREAM
        .replace("owner/name", "not a repo")
        .replace("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "main");
    let errors = errors_of(&MINIMAL_MANIFEST.replace("[format]", &bad));
    assert!(errors.iter().any(|e| e.0.contains("`upstream.repository`")), "{errors:?}");
    assert!(errors.iter().any(|e| e.0.contains("`upstream.commit`")), "{errors:?}");
}
