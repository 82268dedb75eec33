//! `cargo xtask build-site [--catalog DIR] [--out DIR] [--base-url URL]`.

use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    catalog: Option<PathBuf>,
    /// Output folder (default: site/).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Prefix of every internal link: `/` for a domain root, `/<repo>/` for a GitHub Pages
    /// project site.
    #[arg(long, default_value = "/")]
    base_url: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opts = sitegen::Options {
        catalog: crate::catalog_dir(args.catalog),
        out: args.out.unwrap_or_else(|| sitegen::default_out(&crate::project_root())),
        base_url: args.base_url,
    };
    let summary = sitegen::build(&opts)?;
    println!("{summary}");
    Ok(ExitCode::SUCCESS)
}
