//! Decoding a large log with `rtc-atlas decode`: a synthetic log of realistic lines (logcat,
//! console and SDK log shapes of several vendors; most lines without a code, as in real logs)
//! read from the page cache, against `cat` and `grep` on the same file, which read at the speed
//! the disk's cache delivers, and `dd iflag=direct`, which reads at the disk's own speed: the
//! target. `cargo xtask bench --only decode` replaces this section of
//! docs/benchmarks.md; a full `cargo xtask bench` keeps it as it is.

use super::html::splice_section;
use super::{measure, median, ms};
use anyhow::{bail, Context as _};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

/// The heading of the report's section.
pub const HEADING: &str = "## Decoding a log (`rtc-atlas decode`)";

/// The size: a 100 MB log.
const LOG_BYTES: u64 = 100 * 1024 * 1024;

/// The target is the disk's own speed, measured; where it cannot be (no direct reads), a fast
/// SATA SSD's.
const FLOOR_MB_S: f64 = 500.0;

/// Line shapes with `{n}` for a running number; the ones with codes cover the cues
/// (`code=`, `errorCode:`, `onError(…)`, `错误码：`, hex) of five vendors.
const LINES: &[&str] = &[
    "11-24 06:30:01.{n}  4321  4400 I TRTCCloudImpl: enterRoom roomId=8888 sdkAppId=1400000000 role=anchor",
    "11-24 06:30:01.{n}  4321  4400 D AudioTrack: write frames={n} sampleRate=48000 channels=2",
    "[2024-01-15 10:23:45.{n}][TRTC][E] onError(-1302, \"open mic failed\") roomId=8888",
    "11-24 06:30:02.{n}  4321  4400 I chromium: [INFO:CONSOLE(1)] \"render frame {n}\", source: app.js (1)",
    "[ZEGO] 2024/01/15 10:23:46.{n} loginRoom failed errorCode: 1102016, extendedData: {\"roomID\":\"room1\"}",
    "2024-01-15 10:23:47.{n} [AliRTC] onOccurError error=0x0102020C elapsed={n}",
    "11-24 06:30:03.{n}  4321  4400 W agora.io: onWarning warn=104 lookup channel timed out",
    "2024-01-15 10:23:48.{n} [AliRTC] 打开相机失败 错误码：17039620",
    "11-24 06:30:04.{n}  4321  4400 I NetworkMonitor: rtt={n}ms loss=0.{n} bandwidth=1200kbps",
    "[ByteRTC] onError: code=-1000, kick out uid={n}",
    "11-24 06:30:05.{n}  4321  4400 V VideoEncoder: encoded frame {n} size=13204 qp=31 keyframe=false",
    "[NERtc] onDisconnect reason=30205 channelId={n}",
];

/// Lines of an SDK's own chatter: its tag, no code.
const TAGGED: &[&str] = &[
    "[2024-01-15 10:23:45.{n}][TRTC][I] TRTCCloudImpl: onNetworkQuality quality=2 rtt={n}",
    "[ZEGO] 2024/01/15 10:23:46.{n} onPublisherQualityUpdate fps=15 kbps=800 rtt={n}",
];

/// Writes a log of `bytes` bytes or a little more: one line in `every` has a code (from
/// `LINES`); of the others one in `tagged` is an SDK's chatter, the rest system and app lines.
fn write_log(path: &Path, bytes: u64, every: usize, tagged: usize) -> anyhow::Result<(u64, u64)> {
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    let (mut written, mut lines) = (0u64, 0u64);
    let quiet = [LINES[1], LINES[3], LINES[8], LINES[10]];
    while written < bytes {
        let i = lines as usize;
        let shape = if i % every == every - 1 {
            LINES[(i / every) % LINES.len()]
        } else if i.is_multiple_of(tagged) {
            TAGGED[(i / tagged) % TAGGED.len()]
        } else {
            quiet[i % quiet.len()]
        };
        let line = shape.replace("{n}", &(100 + i % 900).to_string());
        writeln!(out, "{line}")?;
        written += line.len() as u64 + 1;
        lines += 1;
    }
    out.flush()?;
    Ok((written, lines))
}

fn build_cli(root: &Path) -> anyhow::Result<PathBuf> {
    eprintln!("bench: building rtc-atlas (release)");
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet", "-p", "rtc-atlas"])
        .current_dir(root)
        .status()?;
    if !status.success() {
        bail!("cargo build --release -p rtc-atlas failed");
    }
    Ok(root.join("target/release/rtc-atlas"))
}

/// The median wall time and the largest peak memory of `runs` runs of a command whose
/// standard output is thrown away; `None` when a run fails (`dd` on a file system without
/// direct reads).
fn time(program: &Path, args: &[String], runs: usize) -> anyhow::Result<Option<(Duration, u64)>> {
    let mut walls = Vec::new();
    let mut peak = 0;
    for _ in 0..runs.max(1) {
        let mut cmd = Command::new(program);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        let m = measure(&mut cmd, Duration::from_secs(600))?;
        if !m.ok {
            return Ok(None);
        }
        walls.push(m.wall);
        peak = peak.max(m.peak_rss_kb);
    }
    Ok(Some((median(walls), peak)))
}

/// The two logs measured: `(name, a line in how many has a code, one in how many is an
/// SDK's chatter)`.
const LOGS: [(&str, usize, usize); 2] = [
    ("an app's log: one line in 50 has a code, one in 4 is an SDK's chatter", 50, 4),
    ("an SDK's own log, every line tagged: one line in 3 has a code", 3, 1),
];

pub fn run(root: &Path, scratch: &Path, runs: usize, report_path: &Path) -> anyhow::Result<ExitCode> {
    let cli = build_cli(root)?;
    let mut tables = String::new();
    let mut slowest = f64::INFINITY;
    let mut disk = f64::INFINITY;
    for (name, every, tagged) in LOGS {
        let log = scratch.join("decode-100mb.log");
        let (bytes, lines) =
            write_log(&log, LOG_BYTES, every, tagged).context("cannot write the synthetic log")?;
        // Read once so that every reader below but `dd` finds the file in the page cache.
        std::fs::read(&log)?;
        let mb = bytes as f64 / (1024.0 * 1024.0);
        let findings = count_findings(&cli, &log)?;
        let mut rows = Vec::new();
        let path = log.display().to_string();
        let with_log = |args: &[&str]| args.iter().map(|a| a.to_string()).chain([path.clone()]).collect();
        let readers: [(&str, PathBuf, Vec<String>); 5] = [
            (
                "`dd iflag=direct` (the disk, past the page cache)",
                PathBuf::from("dd"),
                vec!["bs=4M".into(), "iflag=direct".into(), "of=/dev/null".into(), format!("if={path}")],
            ),
            ("`cat` (reading only)", PathBuf::from("cat"), with_log(&[])),
            ("`grep -c code` (a line scan)", PathBuf::from("grep"), with_log(&["-c", "code"])),
            ("`rtc-atlas decode` (human)", cli.clone(), with_log(&["decode", "--color", "never"])),
            ("`rtc-atlas decode --format json`", cli.clone(), with_log(&["decode", "--format", "json"])),
        ];
        for (reader, program, args) in &readers {
            eprintln!("bench: {reader} on {name}");
            let Some((wall, peak)) = time(program, args, runs)? else {
                rows.push(format!("| {reader} | failed here | | |"));
                continue;
            };
            let speed = mb / wall.as_secs_f64().max(1e-9);
            if program == &cli && every != 3 {
                slowest = slowest.min(speed);
            }
            if program.as_os_str() == "dd" {
                disk = disk.min(speed);
            }
            rows.push(format!("| {reader} | {:.0} | {speed:.0} | {:.1} |", ms(wall), peak as f64 / 1024.0));
        }
        let _ = std::fs::remove_file(&log);
        tables.push_str(&format!(
            "**{name}** ({mb:.0} MB, {lines} lines, {findings} findings):\n\n\
             | reader | wall (ms) | MB/s | peak memory (MB) |\n|---|---:|---:|---:|\n{}\n\n",
            rows.join("\n")
        ));
    }
    // Without a direct read of the disk, the floor of a fast SSD stands in for it.
    let target = if disk.is_finite() { disk } else { FLOOR_MB_S };
    let met = if slowest >= target { "met" } else { "**not met**" };
    let section = format!(
        "{HEADING}\n\nGenerated by `cargo xtask bench --only decode`. Synthetic logs of 100 MB in the \
         shapes of Android logcat, browser console and SDK logs of Tencent, ZEGO, Alibaba, Agora, \
         Volcengine and NetEase, read from the page cache, median of {runs} runs, output to \
         /dev/null. Lines are read on one thread, cut into tokens on every core and reported in \
         order on a third. A line that can hold no finding and names no vendor is skipped after \
         one pass over its bytes (`crates/cli/src/prefilter.rs`); the others are cut into tokens. \
         Target: an app's log decodes at the speed of this machine's disk, read past the page \
         cache with `dd iflag=direct` ({target:.0} MB/s) — {met}: {slowest:.0} MB/s at the \
         slowest, {:.0}% of it. An SDK's own log, where every line names the vendor, is read \
         token by token and is the slow case.\n\n{tables}",
        100.0 * slowest / target
    );
    let old = std::fs::read_to_string(report_path).unwrap_or_default();
    std::fs::write(report_path, splice_section(&old, HEADING, &format!("{}\n", section.trim_end())))?;
    eprintln!("bench: wrote the decode section of {}", report_path.display());
    Ok(ExitCode::SUCCESS)
}

/// The number of findings, from the JSON summary (proof that the run decoded, not skipped).
fn count_findings(cli: &Path, log: &Path) -> anyhow::Result<u64> {
    let out = Command::new(cli).args(["decode", "--format", "json"]).arg(log).output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let tail = text.rfind("\"summary\":").map(|i| &text[i + 10..]).unwrap_or("");
    let summary: serde_json::Value = serde_json::from_str(tail.trim().strip_suffix('}').unwrap_or_default())
        .context("no summary in the JSON output")?;
    let findings = summary["findings"].as_u64().unwrap_or(0);
    if findings == 0 {
        bail!("rtc-atlas decode found nothing in the synthetic log");
    }
    Ok(findings)
}
