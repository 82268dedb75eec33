//! `cargo xtask suggest-mappings [--limit N] [--catalog DIR]`: ranked candidate pairs of
//! equivalent codes across vendors, to speed up curating catalog/concepts/. It proposes;
//! people decide.

use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    catalog: Option<PathBuf>,
    #[arg(long, default_value_t = 40)]
    limit: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let catalog = match crate::load_catalog(&crate::catalog_dir(args.catalog)) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let label = |(ns, code): &(String, i64)| {
        let names = catalog.entry(ns, *code).map(|e| e.names.join("/")).unwrap_or_default();
        format!("{ns} {code} {names}")
    };
    for s in catalog::suggest::suggest(&catalog, args.limit) {
        let concept = s.concept.map(|c| format!(" [one side in `{c}`]")).unwrap_or_default();
        println!("{:.2}  {}  ~  {}  — {}{concept}", s.score, label(&s.a), label(&s.b), s.shared.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}
