//! The catalog reader never reads what it must not: links that leave the catalog, devices,
//! pipes, or files too large to be a document. Each is refused with a finding naming it.

mod common;
use catalog::lint::Lint;
use common::{copy_dir, repo_root};
use std::path::Path;

/// A copy of the valid fixture catalog whose `demo-md` document is replaced by `make`.
fn catalog_with_document(make: impl FnOnce(&Path)) -> (tempfile::TempDir, catalog::Catalog) {
    let dir = tempfile::tempdir().expect("tempdir");
    let cat = dir.path().join("catalog");
    copy_dir(&repo_root().join("crates/catalog/tests/fixtures/valid"), &cat);
    let doc = cat.join("sources/demo-md/codes.md");
    std::fs::remove_file(&doc).expect("remove the document");
    make(&doc);
    let c = catalog::load(&cat).expect("the catalog loads");
    (dir, c)
}

fn refusal(c: &catalog::Catalog) -> String {
    let d = c.diagnostics.iter().find(|d| d.id == Lint::SourceMissing).expect("the document is refused");
    assert!(d.labels.iter().all(|l| l.line > 0), "{d:?}");
    d.message.clone()
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_catalog_is_not_read() {
    let outside = tempfile::NamedTempFile::new().expect("tmp");
    std::fs::write(outside.path(), "| kSecret | 1 | do not publish |\n").expect("write");
    let (_d, c) = catalog_with_document(|doc| std::os::unix::fs::symlink(outside.path(), doc).expect("link"));
    assert!(refusal(&c).contains("outside the catalog"));
    assert!(c.files.values().all(|t| !t.contains("kSecret")));
    assert!(c.occurrences.iter().all(|o| o.source != "demo-md"));
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_not_read() {
    let (_d, c) = catalog_with_document(|doc| std::os::unix::fs::symlink("/dev/zero", doc).expect("link"));
    assert!(refusal(&c).contains("outside the catalog"));
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_catalog_is_read() {
    let (_d, c) = catalog_with_document(|doc| {
        let kept = doc.with_file_name("kept.md");
        std::fs::write(
            &kept,
            std::fs::read(repo_root().join("crates/catalog/tests/fixtures/valid/sources/demo-md/codes.md"))
                .expect("read"),
        )
        .expect("write");
        std::os::unix::fs::symlink(&kept, doc).expect("link");
    });
    assert!(c.diagnostics.is_empty(), "{}", c.render_human());
    assert_eq!(c.occurrences.iter().filter(|o| o.source == "demo-md").count(), 2);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_without_blocking() {
    let (_d, c) = catalog_with_document(|doc| {
        let ok = std::process::Command::new("mkfifo").arg(doc).status().expect("mkfifo runs");
        assert!(ok.success());
    });
    assert!(refusal(&c).contains("not a regular file"));
}

#[test]
fn a_file_too_large_to_be_a_document_is_refused() {
    let (_d, c) = catalog_with_document(|doc| {
        let f = std::fs::File::create(doc).expect("create");
        f.set_len(catalog::inputs::MAX_FILE_BYTES + 1).expect("sparse file");
    });
    assert!(refusal(&c).contains("more than"));
}

#[test]
fn a_directory_in_place_of_a_curated_file_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo_root().join("crates/catalog/tests/fixtures/valid"), dir.path());
    std::fs::create_dir(dir.path().join("policy.toml")).expect("mkdir");
    let c = catalog::load(dir.path()).expect("loads");
    let d = c.diagnostics.iter().find(|d| d.id == Lint::UnreadableFile).expect("reported");
    assert!(d.message.contains("policy.toml") && d.message.contains("not a regular file"), "{d:?}");
    assert_eq!(d.labels[0].line, 1);
}
