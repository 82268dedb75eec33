//! `cargo xtask suggest-mappings [--limit N] [--namespace NS] [--source ID] [--per-entry N]
//! [--mapped] [--hit-rate K [--members FILE]] [--catalog DIR]`: ranked candidate equivalents
//! across vendors and across one vendor's SDKs, to speed up curating catalog/concepts/. It
//! proposes; people decide.

use anyhow::Context as _;
use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(ClapArgs)]
pub struct Args {
    #[arg(long)]
    catalog: Option<PathBuf>,
    #[arg(long, default_value_t = 40)]
    limit: usize,
    /// Only entries of this namespace.
    #[arg(long)]
    namespace: Option<String>,
    /// Only entries read from this source.
    #[arg(long)]
    source: Option<String>,
    /// Candidates per entry (the best member of each concept, then unmapped entries).
    #[arg(long, default_value_t = 2)]
    per_entry: usize,
    /// Propose entries that already sit in a concept too.
    #[arg(long)]
    mapped: bool,
    /// Instead of proposing: how many concept members have a member of their own concept among
    /// their first K candidates.
    #[arg(long, value_name = "K")]
    hit_rate: Option<usize>,
    /// With --hit-rate: only these members, one `namespace<TAB>code` a line.
    #[arg(long, requires = "hit_rate")]
    members: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let catalog = match crate::load_catalog(&crate::catalog_dir(args.catalog.clone())) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    if let Some(k) = args.hit_rate {
        return hit_rate(&catalog, k, args.members.as_deref());
    }
    let opts = catalog::suggest::Options {
        limit: args.limit,
        namespace: args.namespace,
        source: args.source,
        per_entry: args.per_entry.max(1),
        mapped: args.mapped,
    };
    let label = |(ns, code): &(String, i64)| {
        let names = catalog.entry(ns, *code).map(|e| e.names.join("/")).unwrap_or_default();
        format!("{ns} {code} {names}")
    };
    println!("score  across   entry  ~  candidate  [concept it would join]  — shared terms");
    for s in catalog::suggest::suggest(&catalog, &opts) {
        let concept = s.concept.map(|c| format!("  [{c}]")).unwrap_or_default();
        println!(
            "{:.2}  {:<7}  {}  ~  {}{concept}  — {}",
            s.score,
            s.kind.as_str(),
            label(&s.a),
            label(&s.b),
            s.shared.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn hit_rate(
    catalog: &catalog::Catalog,
    k: usize,
    members: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    let members: Vec<(String, i64)> = match members {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            let mut out = Vec::new();
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let (ns, code) = line.split_once('\t').with_context(|| {
                    format!("{}:{}: expected `namespace<TAB>code`", path.display(), n + 1)
                })?;
                let code = code.trim().parse().with_context(|| {
                    format!("{}:{}: `{}` is not a decimal code", path.display(), n + 1, code.trim())
                })?;
                out.push((ns.trim().to_owned(), code));
            }
            out
        }
        None => catalog
            .mapping
            .concepts
            .iter()
            .flat_map(|c| c.members.iter().map(|m| (m.namespace.clone(), m.code)))
            .collect(),
    };
    let (hits, total) = catalog::suggest::hit_rate(catalog, &members, k);
    let share = if total == 0 { 0.0 } else { 100.0 * hits as f64 / total as f64 };
    println!(
        "{hits} of {total} concept members ({share:.1}%) have a member of their own concept in their top {k}"
    );
    Ok(ExitCode::SUCCESS)
}
