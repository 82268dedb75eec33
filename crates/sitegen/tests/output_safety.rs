//! `--out` safety: the build only ever replaces a folder it wrote itself (or an empty one),
//! never the catalog, a folder around it, a repository, `/` or the home folder; what killed
//! builds left behind is cleaned up and never blocks a later build.

mod common;
use common::files;
use std::path::{Path, PathBuf};

/// Builds at the root base URL.
fn build_at_root(catalog: &Path, out: &Path) -> anyhow::Result<sitegen::Summary> {
    common::build(catalog, out, "/")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture() -> PathBuf {
    root().join("crates/catalog/tests/fixtures/valid")
}

/// A scratch copy of the valid fixture catalog, so a wrong `--out` could only hurt the copy.
fn copy_catalog(to: &Path) {
    let from = fixture();
    for e in walkdir::WalkDir::new(&from).into_iter().filter_map(Result::ok) {
        let rel = e.path().strip_prefix(&from).expect("inside the fixture");
        let dst = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dst).expect("mkdir");
        } else {
            std::fs::copy(e.path(), &dst).expect("copy");
        }
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn refused(result: anyhow::Result<sitegen::Summary>, expect: &[&str]) -> String {
    let msg = format!("{:#}", result.expect_err("the output folder is refused"));
    assert!(msg.contains("refusing to build the site into"), "{msg}");
    for part in expect {
        assert!(msg.contains(part), "message names `{part}`: {msg}");
    }
    msg
}

#[test]
fn a_folder_of_user_files_is_refused_and_left_intact() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("docs");
    std::fs::create_dir_all(out.join("sub")).expect("mkdir");
    std::fs::write(out.join("notes.txt"), "mine").expect("write");
    std::fs::write(out.join("sub/more.txt"), "also mine").expect("write");
    let before = files(&out);
    refused(
        build_at_root(&fixture(), &out),
        &[
            "docs",
            "not empty",
            sitegen::SITE_MARKER,
            "pass an empty folder or a folder an earlier build-site wrote",
        ],
    );
    assert_eq!(files(&out), before, "user files untouched");
    assert_eq!(names(tmp.path()), ["docs"], "no temporary folder left behind");
}

#[test]
fn a_file_as_output_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    std::fs::write(&out, "a file").expect("write");
    refused(build_at_root(&fixture(), &out), &["a file, not a folder"]);
    assert_eq!(std::fs::read_to_string(&out).ok().as_deref(), Some("a file"));
}

#[test]
fn the_catalog_itself_is_refused_however_it_is_spelled() {
    let tmp = tempfile::tempdir().expect("tmp");
    let catalog = tmp.path().join("catalog");
    copy_catalog(&catalog);
    let before = files(&catalog);
    refused(build_at_root(&catalog, &catalog), &["the catalog", "pass a folder outside the catalog"]);
    // A not yet existing folder and `..` lead back into the catalog.
    refused(build_at_root(&catalog, &catalog.join("new/..")), &["pass a folder outside the catalog"]);
    #[cfg(unix)]
    {
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&catalog, &link).expect("symlink");
        refused(build_at_root(&catalog, &link), &["pass a folder outside the catalog"]);
    }
    assert_eq!(files(&catalog), before, "catalog untouched");
}

#[test]
fn an_output_inside_the_catalog_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let catalog = tmp.path().join("catalog");
    copy_catalog(&catalog);
    let before = files(&catalog);
    let before_names = names(&catalog);
    refused(
        build_at_root(&catalog, &catalog.join("site")),
        &["inside it", "pass a folder outside the catalog"],
    );
    assert_eq!(names(&catalog), before_names, "nothing created inside the catalog");
    assert_eq!(files(&catalog), before);
}

#[test]
fn an_output_that_holds_the_catalog_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("work");
    let catalog = out.join("catalog");
    copy_catalog(&catalog);
    let before = files(&out);
    refused(build_at_root(&catalog, &out), &["is inside it", "would delete the catalog"]);
    // Also when the output folder is the catalog's grandparent, named through `..`.
    refused(build_at_root(&catalog, &catalog.join("../..")), &["would delete the catalog"]);
    assert_eq!(files(&out), before, "catalog untouched");
}

#[test]
fn a_repository_folder_is_refused_with_its_reason() {
    let tmp = tempfile::tempdir().expect("tmp");
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
    std::fs::write(repo.join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    refused(build_at_root(&fixture(), &repo), &[".git", "not a site"]);
    assert!(repo.join(".git/HEAD").is_file(), ".git untouched");
    // The project's own root, checked without building (with a catalog outside it, so that
    // the repository rule is the one that answers).
    let catalog = tmp.path().join("catalog");
    copy_catalog(&catalog);
    let msg = format!("{:#}", sitegen::check_out(&root(), &catalog).expect_err("repository root refused"));
    assert!(msg.contains(".git") || msg.contains("Cargo.toml"), "{msg}");
}

#[test]
fn the_file_system_root_and_the_home_folder_are_refused() {
    // Only the check runs here: nothing is built in either place.
    let msg = format!("{:#}", sitegen::check_out(Path::new("/"), &fixture()).expect_err("/ refused"));
    assert!(msg.contains("file system root"), "{msg}");
    let home = std::env::var_os("HOME").expect("HOME is set for the tests");
    let msg = format!("{:#}", sitegen::check_out(Path::new(&home), &fixture()).expect_err("$HOME refused"));
    assert!(msg.contains("home folder"), "{msg}");
}

#[test]
fn a_new_an_empty_and_an_earlier_site_folder_are_accepted() {
    let tmp = tempfile::tempdir().expect("tmp");
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    build_at_root(&fixture(), &empty).expect("an empty folder is used");
    let new = tmp.path().join("a/b/new");
    build_at_root(&fixture(), &new).expect("a new folder is created");
    let first = files(&new);
    let marker = first.get(sitegen::SITE_MARKER).expect("the site carries the marker");
    assert!(marker.starts_with(b"rtc-atlas-site\n"), "marker text");
    assert_eq!(files(&empty), first, "same site, same marker: nothing time-dependent");
    build_at_root(&fixture(), &new).expect("an earlier site is replaced");
    assert_eq!(files(&new), first, "rebuild is identical");
    assert_eq!(names(tmp.path()), ["a", "empty"], "no temporary or old folder left");
    assert_eq!(names(&tmp.path().join("a/b")), ["new"], "no temporary or old folder left");
}

#[test]
fn leftovers_of_killed_builds_are_cleaned_and_never_block() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    build_at_root(&fixture(), &out).expect("first build");
    // Process ids above Linux's largest possible one (2^22), so no such process runs.
    let ours = |name: &str| {
        let dir = tmp.path().join(name);
        std::fs::create_dir_all(dir.join("code")).expect("mkdir");
        std::fs::copy(out.join(sitegen::SITE_MARKER), dir.join(sitegen::SITE_MARKER)).expect("marker");
        std::fs::write(dir.join("code/index.html"), "half written").expect("write");
    };
    ours(".site.building-9999999");
    ours(".site.old-9999998");
    std::fs::create_dir(tmp.path().join(".site.building-9999996")).expect("empty temp of a killed build");
    // Same naming but no marker: not ours, so kept (and it must not block the build).
    let foreign = tmp.path().join(".site.building-9999997");
    std::fs::create_dir(&foreign).expect("mkdir");
    std::fs::write(foreign.join("keep.txt"), "not ours").expect("write");
    // What the previous version left after a kill: `.site.old`, which used to block every build.
    let legacy = tmp.path().join(".site.old");
    std::fs::create_dir(&legacy).expect("mkdir");
    std::fs::write(legacy.join("index.html"), "old").expect("write");
    build_at_root(&fixture(), &out).expect("leftovers do not block the build");
    build_at_root(&fixture(), &out).expect("nor a second one");
    assert_eq!(names(tmp.path()), [".site.building-9999997", ".site.old", "site"]);
    assert!(foreign.join("keep.txt").is_file() && legacy.join("index.html").is_file());
    assert!(out.join(sitegen::SITE_MARKER).is_file());
}
