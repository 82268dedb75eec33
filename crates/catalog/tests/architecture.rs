//! docs/ARCHITECTURE.md stays true: every path it names in backticks exists.

mod common;
use common::repo_root;

#[test]
fn every_path_the_architecture_names_exists() {
    let text =
        std::fs::read_to_string(repo_root().join("docs/ARCHITECTURE.md")).expect("docs/ARCHITECTURE.md");
    let missing: Vec<&str> = text
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.contains('/') && !s.contains(' ') && !s.contains('<') && !s.contains('…'))
        .filter(|s| !repo_root().join(s.trim_end_matches('/')).exists())
        .collect();
    assert!(missing.is_empty(), "docs/ARCHITECTURE.md names paths that do not exist: {missing:?}");
}
