//! `cargo xtask export --format json|csv [--catalog DIR] [--out FILE]`.

use anyhow::Context;
use clap::{Args as ClapArgs, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    #[arg(long)]
    catalog: Option<PathBuf>,
    /// Output file; standard output when absent.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print the JSON Schema of the export instead.
    #[arg(long)]
    schema: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = if args.schema {
        catalog::export::json_schema()
    } else {
        let dir = crate::catalog_dir(args.catalog);
        let catalog = match crate::load_catalog(&dir) {
            Ok(c) => c,
            Err(code) => return Ok(code),
        };
        match args.format {
            Format::Json => catalog::export::to_json(&catalog),
            Format::Csv => catalog::export::to_csv(&catalog),
        }
    };
    match args.out {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
