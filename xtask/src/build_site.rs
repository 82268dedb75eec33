//! `cargo xtask build-site [--catalog DIR] [--out DIR] [--base-url URL]`.

use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    catalog: Option<PathBuf>,
    /// Output folder (default: site/): new, empty, or one an earlier build-site wrote (it
    /// holds a `.rtc-atlas-site` marker); any other folder is refused, never replaced.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Prefix of every internal link: `/` for a domain root, `/<repo>/` for a GitHub Pages
    /// project site.
    #[arg(long, default_value = "/")]
    base_url: String,
    /// Write the build's figures (phases, files, bytes, peak RSS) as JSON to this file.
    #[arg(long)]
    stats: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opts = sitegen::Options {
        catalog: crate::catalog_dir(args.catalog),
        out: args.out.unwrap_or_else(|| sitegen::default_out(&crate::project_root())),
        base_url: args.base_url,
    };
    let summary = sitegen::build(&opts)?;
    println!("{summary}");
    if let Some(path) = args.stats {
        let mut v = serde_json::to_value(&summary)?;
        v["peak_rss_kb"] = serde_json::json!(peak_rss_kb());
        std::fs::write(path, serde_json::to_string_pretty(&v)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// This process's peak resident set size (Linux `VmHWM`), in KiB.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
