//! `cargo xtask <task>`: the project's tasks, one small module each.

mod bench;
mod build_site;
mod export;
mod lint;
mod serve;
mod suggest_mappings;
mod synth;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "RTC Error Atlas tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Validate the catalog and report every finding.
    Lint(lint::Args),
    /// Export the catalog as JSON or CSV.
    Export(export::Args),
    /// Build the static site (into site/ by default).
    BuildSite(build_site::Args),
    /// Build, serve on localhost and rebuild on change.
    Serve(serve::Args),
    /// Ranked candidate equivalences across vendors, for curating catalog/concepts/.
    SuggestMappings(suggest_mappings::Args),
    /// Generate a synthetic catalog of N entries for benchmarks.
    Synth(synth::Args),
    /// Benchmark the pipeline (release): real and synthetic catalogs, mdBook and Pagefind side by side.
    Bench(bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Lint(args) => lint::run(args),
        Task::Export(args) => export::run(args),
        Task::BuildSite(args) => build_site::run(args),
        Task::Serve(args) => serve::run(args),
        Task::SuggestMappings(args) => suggest_mappings::run(args),
        Task::Synth(args) => synth::run(args),
        Task::Bench(args) => bench::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The repository root (the folder above xtask/).
pub fn project_root() -> PathBuf {
    let dir =
        std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("xtask"));
    dir.parent().map(PathBuf::from).unwrap_or(dir)
}

/// Loads a catalog; a catalog that cannot be read at all is reported and ends the task with
/// exit code 2.
pub fn load_catalog(dir: &std::path::Path) -> Result<catalog::Catalog, ExitCode> {
    catalog::load(dir).map_err(|e| {
        eprintln!("error[catalog-unreadable]: {e}");
        ExitCode::from(2)
    })
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &std::path::Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

/// `--catalog` or the repository's catalog/.
pub fn catalog_dir(arg: Option<PathBuf>) -> PathBuf {
    arg.unwrap_or_else(|| project_root().join("catalog"))
}
