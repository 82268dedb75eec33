//! `rtc-atlas`: explain an RTC SDK error code or name, or decode a log, offline.
//!
//! Exit codes: 0 when every code was found, 1 when some were unknown, 2 on bad input (an
//! argument that is neither a code nor a name, a file that cannot be read, a wrong option).

use clap::{Args, Parser, Subcommand, ValueEnum};
use rtc_atlas::atlas::{Atlas, Lang};
use rtc_atlas::decode::{Decoder, RunError, Sink};
use rtc_atlas::human::{self, Style};
use rtc_atlas::report::{CatalogStamp, EntryReport, ExplainReport, Finding, Status, OUTPUT_VERSION};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

// Decoding cuts millions of lines into small tokens on every core; the system allocator spent
// a third of the time in malloc and free there, mimalloc a small part of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "rtc-atlas",
    version,
    long_version = concat!(env!("CARGO_PKG_VERSION"), " (catalog: ", env!("RTC_ATLAS_CATALOG_STAMP"), ")"),
    about = "What an RTC SDK error code means: explain a code or a name, or decode a log — offline",
    after_help = "Exit codes: 0 every code found, 1 some unknown, 2 bad input.\n\
                  Set RTC_ATLAS_SITE_URL (or --site-url) to the atlas site's address for full links."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every entry a code (decimal, negative, hex, either 32-bit reading) or a name can be.
    #[command(allow_negative_numbers = true)]
    Explain(ExplainArgs),
    /// Find the codes and entry names in a log (a file, or standard input).
    Decode(DecodeArgs),
    /// Print the JSON Schema of `--format json` (also in docs/cli.schema.json).
    Schema,
}

#[derive(Args)]
struct Common {
    /// Output: aligned text, or JSON (schema: `rtc-atlas schema`).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of the texts; a text the catalog has only in the other language is shown
    /// marked with its language.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    /// Colours: on a terminal unless NO_COLOR is set (auto), always, or never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// The atlas site's base URL for links (default: RTC_ATLAS_SITE_URL, else the URL the tool
    /// was built with, else paths from the site's root).
    #[arg(long, value_name = "URL")]
    site_url: Option<String>,
}

#[derive(Args)]
struct ExplainArgs {
    #[command(flatten)]
    common: Common,
    /// Codes or names: -2301, 0x4043, 16974081, 4294964995, kRoomHbTimeoutError.
    #[arg(required = true, value_name = "CODE_OR_NAME")]
    queries: Vec<String>,
}

#[derive(Args)]
struct DecodeArgs {
    #[command(flatten)]
    common: Common,
    /// Report every code-shaped token, not only those the line presents as a code or that an
    /// entry has (unknown ones then count for the exit code too).
    #[arg(long)]
    all: bool,
    /// The log to read; standard input when absent or `-`.
    file: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Explain(args) => explain(args),
        Command::Decode(args) => decode(args),
        Command::Schema => {
            print!("{}", rtc_atlas::report::json_schema());
            Ok(ExitCode::SUCCESS)
        }
    };
    result.unwrap_or_else(|e| {
        eprintln!("rtc-atlas: {e}");
        ExitCode::from(2)
    })
}

fn load(common: &Common) -> Result<Atlas, String> {
    let env = std::env::var("RTC_ATLAS_SITE_URL").ok().filter(|u| !u.trim().is_empty());
    Atlas::embedded(common.site_url.as_deref().or(env.as_deref()))
}

fn style(common: &Common) -> Style {
    let color = match common.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    };
    Style { color: color && common.format == Format::Human, lang: common.lang }
}

fn exit(unknown: bool) -> ExitCode {
    if unknown {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn explain(args: ExplainArgs) -> Result<ExitCode, String> {
    let atlas = load(&args.common)?;
    let lang = args.common.lang;
    // Every argument is checked before anything is printed: bad input prints no half answer.
    let queries = args
        .queries
        .iter()
        .map(|q| rtc_atlas::explain::explain(&atlas, q, lang))
        .collect::<Result<Vec<_>, String>>()?;
    let unknown = queries.iter().any(|q| q.status != Status::Found);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match args.common.format {
        Format::Json => {
            let report = ExplainReport {
                version: OUTPUT_VERSION,
                catalog: CatalogStamp::of(&atlas),
                lang: lang.tag().to_owned(),
                queries,
            };
            serde_json::to_writer_pretty(&mut out, &report)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Human => {
            let s = style(&args.common);
            queries.iter().enumerate().try_for_each(|(i, q)| {
                if i > 0 {
                    writeln!(out)?;
                }
                human::query(&mut out, s, q)
            })
        }
    };
    finish(written.and_then(|()| out.flush()))?;
    Ok(exit(unknown))
}

/// A closed standard output (`| head`) ends the output early and is no error.
fn finish(written: io::Result<()>) -> Result<(), String> {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write the output: {e}")),
        _ => Ok(()),
    }
}

fn decode(args: DecodeArgs) -> Result<ExitCode, String> {
    let atlas = load(&args.common)?;
    let lang = args.common.lang;
    let (input, name): (Box<dyn Read + Send>, String) = match &args.file {
        Some(path) if path.as_os_str() != "-" => {
            let file =
                std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            (Box::new(file), path.display().to_string())
        }
        _ => (Box::new(io::stdin()), "-".to_owned()),
    };
    let input = rtc_atlas::utf16::as_utf8(input).map_err(|e| format!("cannot read {name}: {e}"))?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut decoder = Decoder::new(&atlas, args.all);
    let result = match args.common.format {
        Format::Json => {
            let mut sink = JsonSink { out: &mut out, first: true, seen: BTreeSet::new() };
            sink.start(&atlas, lang, &name)
                .map_err(RunError::Write)
                .and_then(|()| decoder.run(input, &mut sink))
                .and_then(|()| sink.end(&atlas, lang, &decoder.summary).map_err(RunError::Write))
        }
        Format::Human => {
            let style = style(&args.common);
            let findings = human::Findings::new(&atlas, lang, style);
            let mut sink = HumanSink { out: &mut out, findings, first: true };
            decoder.run(input, &mut sink).and_then(|()| {
                let end = if sink.first { Ok(()) } else { writeln!(sink.out) };
                end.and_then(|()| human::summary(sink.out, style, &decoder.summary)).map_err(RunError::Write)
            })
        }
    };
    match result.and_then(|()| out.flush().map_err(RunError::Write)) {
        Err(RunError::Read(e)) => return Err(format!("cannot read {name}: {e}")),
        Err(RunError::Write(e)) => finish(Err(e))?,
        Ok(()) => {}
    }
    Ok(exit(decoder.summary.unknown > 0))
}

struct HumanSink<'o, 'a> {
    out: &'o mut dyn Write,
    findings: human::Findings<'a>,
    first: bool,
}

impl Sink for HumanSink<'_, '_> {
    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        if !self.first {
            writeln!(self.out)?;
        }
        self.first = false;
        self.findings.finding(self.out, f)
    }
}

/// Writes the decode report as it goes: the head, each finding, then the entries the findings
/// name and the summary.
struct JsonSink<'o> {
    out: &'o mut dyn Write,
    first: bool,
    /// The keys of the entries the findings name.
    seen: BTreeSet<String>,
}

impl JsonSink<'_> {
    fn start(&mut self, atlas: &Atlas, lang: Lang, input: &str) -> io::Result<()> {
        let catalog = serde_json::to_string(&CatalogStamp::of(atlas)).map_err(io::Error::other)?;
        let input = serde_json::to_string(input).map_err(io::Error::other)?;
        write!(
            self.out,
            "{{\"version\":{OUTPUT_VERSION},\"catalog\":{catalog},\"lang\":\"{}\",\"input\":{input},\"findings\":[",
            lang.tag()
        )
    }

    fn end(
        &mut self,
        atlas: &Atlas,
        lang: Lang,
        summary: &rtc_atlas::report::DecodeSummary,
    ) -> io::Result<()> {
        let entries: BTreeMap<&str, EntryReport> = self
            .seen
            .iter()
            .filter_map(|k| Some((k.as_str(), EntryReport::new(atlas, atlas.entry(atlas.by_key(k)?), lang))))
            .collect();
        let entries = serde_json::to_string(&entries).map_err(io::Error::other)?;
        let summary = serde_json::to_string(summary).map_err(io::Error::other)?;
        let close = if self.first { "" } else { "\n" };
        writeln!(self.out, "{close}],\n\"entries\":{entries},\n\"summary\":{summary}}}")
    }
}

impl Sink for JsonSink<'_> {
    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        self.out.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        for m in f.matches.iter().chain(&f.elsewhere) {
            if !self.seen.contains(&m.entry) {
                self.seen.insert(m.entry.clone());
            }
        }
        serde_json::to_writer(&mut *self.out, f).map_err(io::Error::from)
    }
}
