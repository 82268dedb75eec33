//! Lint on fixture catalogs (valid and invalid), rendered output snapshots, and mutations of
//! a copy of the real catalog.

mod common;
use catalog::diag::{render_github, render_human, to_json, Diagnostic, Level};
use common::{copy_dir, real_catalog, repo_root, sha256_hex};

fn fixture(name: &str) -> catalog::Catalog {
    catalog::load(&repo_root().join("crates/catalog/tests/fixtures").join(name)).expect("fixture loads")
}

fn find<'a>(c: &'a catalog::Catalog, id: &str) -> Vec<&'a Diagnostic> {
    c.diagnostics.iter().filter(|d| d.id == id).collect()
}

fn lines(d: &Diagnostic) -> Vec<u32> {
    d.labels.iter().map(|l| l.line).collect()
}

#[test]
fn valid_fixture_has_no_findings() {
    let c = fixture("valid");
    assert!(c.diagnostics.is_empty(), "{}", c.render_human());
    assert_eq!(c.occurrences.len(), 3);
}

#[test]
fn invalid_fixture_shows_every_finding_kind() {
    let c = fixture("invalid");
    let expect = [
        ("duplicate", Level::Info, vec![5, 6]),
        ("near-duplicate", Level::Info, vec![11, 12]),
        ("conflicting-meaning", Level::Error, vec![7, 8]),
        ("conflicting-name", Level::Error, vec![9, 10]),
        ("shared-code", Level::Warning, vec![10, 4]),
        ("orphan-text", Level::Error, vec![5]),
        ("truncated-text", Level::Warning, vec![11]),
        ("unusual-hex-width", Level::Warning, vec![7]),
        ("truncated-value", Level::Error, vec![8]),
        ("hex-decimal-mismatch", Level::Error, vec![9, 9]),
        ("code-outside-range", Level::Warning, vec![6, 1]),
        ("sha256-mismatch", Level::Error, vec![10]),
        ("manifest-invalid", Level::Error, vec![1]),
        ("stale-correction", Level::Error, vec![1]),
        ("stale-acknowledgement", Level::Error, vec![1]),
        ("concept-unknown-member", Level::Error, vec![11]),
        ("concept-single-vendor", Level::Error, vec![11]),
        ("concept-overlap", Level::Error, vec![3, 11]),
    ];
    for (id, level, at) in expect {
        let found = find(&c, id);
        assert_eq!(found.len(), 1, "{id}: {found:?}");
        assert_eq!(found[0].severity, level, "{id}");
        assert_eq!(lines(found[0]), at, "{id}");
        assert!(found[0].help.is_some(), "{id} says what to do");
    }
    let conflict = find(&c, "conflicting-name")[0];
    assert_eq!(conflict.codes, vec![300, 301]);
    assert_eq!(conflict.names, vec!["kDemoSame".to_owned()]);
    assert_eq!(c.blocking(false).count(), 12);
    assert_eq!(c.blocking(true).count(), 16);
}

#[test]
fn human_report_snapshot() {
    let c = fixture("invalid");
    insta::assert_snapshot!("invalid_human", render_human(&c.diagnostics, &c.files));
}

#[test]
fn json_and_github_reports() {
    let c = fixture("invalid");
    let json: serde_json::Value = serde_json::from_str(&to_json(&c.diagnostics)).expect("valid JSON");
    let first = &json["diagnostics"][0];
    for key in ["id", "severity", "acknowledged", "message", "codes", "names", "labels"] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    let label = &first["labels"][0];
    for key in ["file", "line", "column", "message"] {
        assert!(label.get(key).is_some(), "label missing {key}");
    }
    let gh = render_github(&c.diagnostics);
    assert!(
        gh.lines().any(|l| l.starts_with(
            "::error file=invalid/sources/demo-md/codes.md,line=7,col=3,title=conflicting-meaning::"
        )),
        "{gh}"
    );
    assert_eq!(gh.lines().count(), c.diagnostics.len());
}

#[test]
fn real_catalog_lints_clean_and_reports_every_known_defect() {
    let c = real_catalog();
    let blocking: Vec<_> = c.blocking(false).collect();
    assert!(blocking.is_empty(), "{}", render_human(&c.diagnostics, &c.files));
    let has = |id: &str, file_part: &str, line: u32| {
        c.diagnostics
            .iter()
            .any(|d| d.id == id && d.labels.iter().any(|l| l.file.contains(file_part) && l.line == line))
    };
    // Lost rows of the LiteAV page, restored by corrections but still reported.
    assert!(
        has("orphan-text", "000_", 43) && has("orphan-text", "000_", 45) && has("orphan-text", "000_", 80)
    );
    assert!(has("missing-name", "004_", 159) && has("missing-name", "004_", 166));
    assert!(has("conflicting-name", "002_", 18) && has("conflicting-name", "002_", 19));
    assert!(has("truncated-value", "003_", 80) && has("unusual-hex-width", "003_", 38));
    assert!(has("shared-code", "000_", 62) && has("shared-code", "000_", 113));
    assert!(has("duplicate", "002_", 38) && has("duplicate", "002_", 92) && has("duplicate", "002_", 136));
    assert!(has("conflicting-meaning", "002_", 36) && has("conflicting-meaning", "002_", 89));
    assert!(has("code-outside-range", "001_", 97) && has("truncated-text", "001_", 338));
    assert!(
        has("split-row", "002_", 87)
            && has("split-row", "002_", 124)
            && has("stray-table-markup", "002_", 144)
    );
    assert!(has("empty-field", "004_", 296) && has("sdk-value-mismatch", "000_", 19));
    for d in c.diagnostics.iter().filter(|d| d.id == "orphan-text" || d.id == "missing-name") {
        assert!(d.is_corrected(), "{d:?}");
    }
}

/// A maintainer reads every finding of `lint --all`: one per cause, each row still located.
#[test]
fn real_catalog_report_is_one_finding_per_cause() {
    let c = real_catalog();
    let report = render_human(&c.diagnostics, &c.files);
    let headers = report.lines().filter(|l| l.starts_with(['e', 'w', 'n']) && l.contains("]: ")).count();
    assert!(headers <= 100, "{headers} findings in the full report");
    assert!(headers < c.diagnostics.len(), "causes are grouped: {headers} of {}", c.diagnostics.len());
    let outside: Vec<_> = find(&c, "code-outside-range");
    assert!(outside.len() > 100, "every row is still a finding: {}", outside.len());
    for d in &outside {
        let l = d.primary_label().expect("a place");
        let place = format!("{} │ {}", l.line, d.codes[0]);
        assert!(report.contains(&place), "row {} of code {} is not shown", l.line, d.codes[0]);
    }
}

/// Copies the real catalog, appends `row` to the ZEGO LiveRoom document and re-hashes it.
fn mutated_catalog(row: &str) -> (tempfile::TempDir, catalog::Catalog) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("catalog");
    copy_dir(&repo_root().join("catalog"), &dir);
    let src = dir.join("sources/zego-liveroom-zh");
    let doc = src.join("002_14a927366515a1f0.txt");
    let mut text = std::fs::read_to_string(&doc).expect("read");
    text.push_str(row);
    std::fs::write(&doc, &text).expect("write");
    let manifest = std::fs::read_to_string(src.join("source.toml")).expect("manifest");
    let manifest = manifest.replace(
        "8565ea0686415958bb8ade99bd851499a7c5689828df4d805fcf0968e19044ef",
        &sha256_hex(text.as_bytes()),
    );
    std::fs::write(src.join("source.toml"), manifest).expect("write manifest");
    let c = catalog::load(&dir).expect("copy loads");
    (tmp, c)
}

#[test]
fn mutation_conflicting_row_fails_lint_naming_both_places() {
    let (_tmp, c) = mutated_catalog("\n| kRoomConnectError | 60001001 | 房间已解散 请重新创建 |\n");
    let blocking: Vec<_> = c.blocking(false).collect();
    assert_eq!(blocking.len(), 1, "{}", c.render_human());
    let d = blocking[0];
    assert_eq!(d.id, "conflicting-meaning");
    assert_eq!(d.codes, vec![60001001]);
    assert!(d.labels.iter().any(|l| l.line == 38), "first place: {:?}", d.labels);
    assert!(d.labels.iter().any(|l| l.line == 173), "the new row: {:?}", d.labels);
}

#[test]
fn mutation_without_a_change_in_meaning_only_adds_a_duplicate() {
    let (_tmp, c) =
        mutated_catalog("\n| kRoomConnectError | 60001001 | 无法连接房间服务器 请检查网络是否正常 |\n");
    assert_eq!(c.blocking(false).count(), 0, "{}", c.render_human());
}

#[test]
fn stale_acknowledgement_is_an_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("catalog");
    copy_dir(&repo_root().join("catalog"), &dir);
    let mut policy = std::fs::read_to_string(dir.join("policy.toml")).expect("policy");
    policy.push_str("\n[[acknowledge]]\nid = \"conflicting-meaning\"\ncode = 1\nreason = \"nothing\"\n");
    std::fs::write(dir.join("policy.toml"), &policy).expect("write");
    let c = catalog::load(&dir).expect("loads");
    let stale: Vec<_> = c.blocking(false).collect();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].id, "stale-acknowledgement");
    assert_eq!(stale[0].labels[0].line, policy.lines().count() as u32 - 3);
}

/// Loads a copy of the real catalog whose ZEGO LiveRoom manifest has `from` replaced by `to`.
fn with_liveroom_manifest_edit(from: &str, to: &str) -> (tempfile::TempDir, catalog::Catalog) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("catalog");
    copy_dir(&repo_root().join("catalog"), &dir);
    let path = dir.join("sources/zego-liveroom-zh/source.toml");
    let manifest = std::fs::read_to_string(&path).expect("manifest");
    assert!(manifest.contains(from), "the manifest no longer holds {from}");
    std::fs::write(&path, manifest.replace(from, to)).expect("write manifest");
    let c = catalog::load(&dir).expect("copy loads");
    (tmp, c)
}

#[test]
fn an_empty_sha256_prints_the_digest_to_paste() {
    let real = "8565ea0686415958bb8ade99bd851499a7c5689828df4d805fcf0968e19044ef";
    let (_tmp, c) = with_liveroom_manifest_edit(real, "");
    let found = find(&c, "sha256-mismatch");
    assert_eq!(found.len(), 1, "{}", c.render_human());
    let d = found[0];
    assert!(d.message.contains(real), "{}", d.message);
    assert!(d.help.as_deref().unwrap_or_default().contains(&format!("sha256 = \"{real}\"")), "{d:?}");
    assert_eq!(d.labels[0].line, 10, "points at the sha256 line: {:?}", d.labels);
    // The document is still read: a bad digest must not hide its rows.
    assert!(c.occurrences.iter().any(|o| o.source == "zego-liveroom-zh"));
}

#[test]
fn a_manifest_without_a_code_column_is_told_which_role_is_missing() {
    let columns = r#"columns = ["name", "code", "description"]"#;
    let manifest_error = |to: &str| {
        let (_tmp, c) = with_liveroom_manifest_edit(columns, to);
        find(&c, "manifest-invalid").first().map(|d| d.message.clone()).unwrap_or_default()
    };
    let message = manifest_error(r#"columns = ["name", "value", "description"]"#);
    assert!(message.contains("unknown variant `value`"), "{message}");
    let message = manifest_error(r#"columns = ["name", "ignore", "description"]"#);
    assert!(message.contains("`format.columns` has no `code` or `hex` column"), "{message}");
}
