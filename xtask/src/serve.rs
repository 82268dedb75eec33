//! `cargo xtask serve [--port N]`: builds the site, serves it on localhost and rebuilds when
//! a catalog file is added, changed or deleted. Templates are compiled into the generator, so
//! a template edit needs a restart of `serve` (which recompiles), not a rebuild.

use clap::Args as ClapArgs;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long, default_value_t = 8000)]
    port: u16,
    #[arg(long)]
    catalog: Option<PathBuf>,
    #[arg(long)]
    out: Option<PathBuf>,
    /// Serve only, without watching for changes.
    #[arg(long)]
    no_watch: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let root = crate::project_root();
    let opts = sitegen::Options {
        catalog: crate::catalog_dir(args.catalog),
        out: args.out.unwrap_or_else(|| root.join("target/serve-site")),
        base_url: "/".to_owned(),
        site_url: None,
    };
    println!("{}", sitegen::build(&opts)?);
    if !args.no_watch {
        let watched = opts.catalog.clone();
        let opts2 = sitegen::Options {
            catalog: opts.catalog.clone(),
            out: opts.out.clone(),
            base_url: "/".to_owned(),
            site_url: None,
        };
        std::thread::spawn(move || watch(&watched, &opts2));
    }
    let server = tiny_http::Server::http(("127.0.0.1", args.port))
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{}: {e}", args.port))?;
    println!(
        "open http://127.0.0.1:{}/ in a browser (serving {}; Ctrl-C to stop)",
        args.port,
        opts.out.display()
    );
    if !args.no_watch {
        println!(
            "rebuilding when a file in {} changes; templates are compiled in: after editing templates/, restart serve",
            opts.catalog.display()
        );
    }
    for request in server.incoming_requests() {
        let response = respond(&opts.out, request.url());
        let _ = request.respond(response);
    }
    Ok(ExitCode::SUCCESS)
}

/// Maps a URL path to a file of the site: `/x/` → `x/index.html`; unknown → 404.html.
fn respond(site: &Path, url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path);
    let mut rel = PathBuf::new();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') {
            return not_found(site);
        }
        rel.push(part);
    }
    let mut file = site.join(&rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(bytes) => with_type(tiny_http::Response::from_data(bytes), &file),
        Err(_) => not_found(site),
    }
}

fn not_found(site: &Path) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let body = std::fs::read(site.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
    with_type(tiny_http::Response::from_data(body).with_status_code(404), Path::new("404.html"))
}

fn with_type(
    r: tiny_http::Response<std::io::Cursor<Vec<u8>>>,
    file: &Path,
) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let mime = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    match tiny_http::Header::from_bytes("Content-Type", mime) {
        Ok(h) => r.with_header(h),
        Err(()) => r,
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Polls the catalog once a second and rebuilds when a file was added, changed or deleted.
fn watch(catalog: &Path, opts: &sitegen::Options) {
    let mut last = snapshot(catalog);
    loop {
        std::thread::sleep(Duration::from_secs(1));
        let now = snapshot(catalog);
        if now != last {
            last = now;
            match sitegen::build(opts) {
                Ok(s) => println!("rebuilt: {s}"),
                Err(e) => eprintln!("rebuild failed (the previous site is still served): {e:#}"),
            }
        }
    }
}

/// Every file with its modification time and size: comparing whole snapshots (not only the
/// newest time) also notices deletions and files copied in with an old time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Option<SystemTime>, u64)> {
    crate::files_under(dir)
        .into_iter()
        .map(|p| {
            let meta = p.metadata().ok();
            let stamp = (meta.as_ref().and_then(|m| m.modified().ok()), meta.map_or(0, |m| m.len()));
            (p, stamp)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::snapshot;

    #[test]
    fn a_deleted_or_added_file_changes_the_snapshot() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.toml"), "a").expect("write");
        std::fs::write(dir.path().join("b.toml"), "b").expect("write");
        let before = snapshot(dir.path());
        assert_eq!(before, snapshot(dir.path()), "nothing changed");
        std::fs::remove_file(dir.path().join("b.toml")).expect("delete");
        let deleted = snapshot(dir.path());
        assert_ne!(before, deleted, "a deletion is noticed");
        std::fs::write(dir.path().join("c.toml"), "c").expect("write");
        assert_ne!(deleted, snapshot(dir.path()), "an addition is noticed");
    }
}
