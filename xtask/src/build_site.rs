//! `cargo xtask build-site [--catalog DIR] [--out DIR] [--base-url URL] [--site-url URL]`.

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
    /// project site (`atlas` reads as `/atlas/`).
    #[arg(long, default_value = "/")]
    base_url: String,
    /// The public address of the site (`https://<owner>.github.io/<repo>/`): the sitemap lists
    /// absolute URLs under it (no sitemap without it), and its path is the base URL unless
    /// --base-url is given too.
    #[arg(long)]
    site_url: Option<String>,
    /// Write the build's figures (phases, files, bytes, peak RSS) as JSON to this file.
    #[arg(long)]
    stats: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opts = sitegen::Options {
        catalog: crate::catalog_dir(args.catalog),
        out: args.out.unwrap_or_else(|| sitegen::default_out(&crate::project_root())),
        base_url: args.base_url,
        site_url: args.site_url,
    };
    let summary = sitegen::build(&opts)?;
    println!("{summary}");
    println!("{}", how_to_view(&summary));
    if let Some(path) = args.stats {
        let mut v = serde_json::to_value(&summary)?;
        v["peak_rss_kb"] = serde_json::json!(peak_rss_kb());
        std::fs::write(path, serde_json::to_string_pretty(&v)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How to look at the built site: its links start at the site's root (or the base URL), so a
/// web server must serve it; opened from disk (`file://`) it has no styles and broken links.
pub fn how_to_view(summary: &sitegen::Summary) -> String {
    let dir = summary.out.display();
    if summary.base == "/" {
        format!(
            "view it: `cargo xtask serve` builds and serves the site at http://127.0.0.1:8000/, or serve this folder with any web server \
             (`python3 -m http.server 8000 -d {dir}`, then http://127.0.0.1:8000/); opening index.html from disk does not work (links start at the site root)"
        )
    } else {
        format!(
            "view it: this build expects to be served at {base} (its links start there): publish {dir} at that address; \
             to preview locally, `cargo xtask serve` builds and serves the site at http://127.0.0.1:8000/",
            base = summary.base
        )
    }
}

/// This process's peak resident set size (Linux `VmHWM`), in KiB.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
