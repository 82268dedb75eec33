//! `cargo xtask lint`: validate the catalog; exit 0 when no unacknowledged error remains,
//! 1 otherwise, 2 when the catalog cannot be read at all.

use clap::{Args as ClapArgs, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    /// The catalog folder (holding sources/).
    #[arg(long)]
    catalog: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// `--deny warnings` fails on unacknowledged warnings too.
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Show acknowledged and informational findings too (human format).
    #[arg(long)]
    all: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = crate::catalog_dir(args.catalog);
    let catalog = match crate::load_catalog(&dir) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let deny_warnings = args.deny.is_some();
    let blocking = catalog.blocking(deny_warnings).count();
    match args.format {
        Format::Json => println!("{}", catalog::diag::to_json(&catalog.diagnostics)),
        Format::Github => print!("{}", catalog::diag::render_github(&catalog.diagnostics)),
        Format::Human => {
            let shown: Vec<_> = catalog
                .diagnostics
                .iter()
                .filter(|d| {
                    args.all
                        || d.is_blocking(deny_warnings)
                        || (!d.is_resolved() && d.severity != catalog::diag::Level::Info)
                })
                .cloned()
                .collect();
            print!("{}", catalog::diag::render_human(&shown, &catalog.files));
        }
    }
    let count = |level| catalog.diagnostics.iter().filter(|d| d.severity == level).count();
    let acknowledged = catalog.diagnostics.iter().filter(|d| d.is_resolved()).count();
    eprintln!(
        "lint: {} sources, {} occurrences, {} entries; {} errors, {} warnings, {} infos ({} acknowledged); {} blocking",
        catalog.sources.len(),
        catalog.occurrences.len(),
        catalog.entries.len(),
        count(catalog::diag::Level::Error),
        count(catalog::diag::Level::Warning),
        count(catalog::diag::Level::Info),
        acknowledged,
        blocking
    );
    for check in &catalog.sdk_checks {
        if check.namespaces.is_empty() {
            continue;
        }
        eprintln!(
            "  documentation vs SDK, {} ({}): {}{}",
            check.source,
            check.namespaces.join(", "),
            check.summary(),
            if check.unchecked > 0 {
                format!("; {} in namespaces no SDK covers", check.unchecked)
            } else {
                String::new()
            }
        );
    }
    Ok(if blocking == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
