//! Replays the adapter fuzz corpus (`fuzz/corpus/adapters/`) as a plain test, with the fuzz
//! target's own checks, so that every saved finding keeps failing until it is fixed and runs
//! without a nightly toolchain.

mod common;
mod fuzz_check;

use catalog::adapters::{LineUse, Output};
use catalog::text::Document;
use std::path::PathBuf;

fn corpus() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = common::repo_root().join("fuzz/corpus/adapters");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the fuzz corpus {}: {e}", dir.display()))
        .map(|e| e.expect("corpus entry").path())
        .collect();
    files.sort();
    files.into_iter().map(|p| (p.clone(), std::fs::read(&p).expect("corpus file reads"))).collect()
}

#[test]
fn every_corpus_input_keeps_the_adapter_properties() {
    let corpus = corpus();
    let mut broken = Vec::new();
    for (path, bytes) in &corpus {
        if let Err(why) = fuzz_check::check(bytes) {
            broken.push(format!("{}:\n  {}", path.display(), why.join("\n  ")));
        }
    }
    assert!(
        broken.is_empty(),
        "{} of {} corpus inputs break a property:\n{}",
        broken.len(),
        corpus.len(),
        broken.join("\n")
    );
}

#[test]
fn the_corpus_seeds_every_real_document_with_its_manifest() {
    let corpus = corpus();
    let sources = common::repo_root().join("catalog/sources");
    let mut ids: Vec<String> = std::fs::read_dir(&sources)
        .expect("catalog/sources reads")
        .map(|e| e.expect("source entry").file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    let mut sdk_languages = std::collections::BTreeMap::new();
    for id in ids {
        let manifest = catalog::manifest::Manifest::parse(
            &std::fs::read_to_string(sources.join(&id).join("source.toml")).expect("source.toml reads"),
        )
        .expect("real manifest parses");
        let doc = std::fs::read(sources.join(&id).join(&manifest.file)).expect("real document reads");
        if let Some(language) = manifest.format.language {
            // SDK files are seeded per language with the fuzz target's select-all manifests.
            let name = language.as_str();
            let byte =
                fuzz_check::sdk_seed_byte(name).unwrap_or_else(|| panic!("no fuzz manifest for {name}"));
            sdk_languages.entry(byte).or_insert_with(Vec::new).push(doc);
            continue;
        }
        let byte = fuzz_check::seed_byte(&id).unwrap_or_else(|| panic!("no fuzz manifest for source {id}"));
        let mut seed = vec![byte];
        seed.extend_from_slice(&doc);
        assert!(
            corpus.iter().any(|(_, c)| *c == seed),
            "no corpus file is byte {byte} + the document of {id}"
        );
    }
    for (byte, docs) in sdk_languages {
        assert!(
            corpus.iter().any(|(_, c)| c.first() == Some(&byte) && docs.iter().any(|d| c[1..] == d[..])),
            "no corpus file is byte {byte} + one of the real SDK files of its language"
        );
    }
}

#[test]
fn the_checks_catch_a_broken_output() {
    let doc = Document::decode(b"title\n1001 row\n");
    let out = Output { uses: vec![LineUse::Markup], ..Output::default() };
    let broken = fuzz_check::properties(&doc, &out).expect_err("a missing line use is caught");
    assert_eq!(broken, ["1 line uses for 2 lines"]);
    let out = Output { uses: vec![LineUse::Markup, LineUse::Unclaimed], ..Output::default() };
    let broken = fuzz_check::properties(&doc, &out).expect_err("an unclaimed line is caught");
    assert_eq!(broken, ["line 2 is unclaimed: Some(\"1001 row\")"]);
}
