//! The catalog the tool embeds is the repository's catalog, entry for entry, and the links it
//! prints are files of the site built from that catalog (page and JSON API).

use rtc_atlas::atlas::{Atlas, Lang};
use rtc_atlas::decode::{Decoder, Sink};
use rtc_atlas::report::{EntryReport, Finding, Status};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn every_entry_of_the_catalog_is_embedded() {
    let catalog = catalog::load(&root().join("catalog")).expect("catalog");
    let atlas = Atlas::embedded(None).expect("embedded catalog");
    assert_eq!(atlas.data.entries.len(), catalog.entries.len());
    for e in &catalog.entries {
        let found: Vec<&rtc_atlas::data::Entry> = atlas
            .by_value(e.code)
            .iter()
            .map(|&i| atlas.entry(i))
            .filter(|x| atlas.namespace(x).id == e.namespace)
            .collect();
        assert_eq!(found.len(), 1, "{}/{}", e.namespace, e.code);
        assert_eq!(found[0].names, e.names, "{}/{}", e.namespace, e.code);
        assert_eq!(found[0].rows.len(), e.occurrences.len());
        for n in &e.names {
            assert!(!atlas.by_exact_name(n).is_empty(), "name {n}");
        }
    }
}

#[test]
fn printed_links_are_files_of_the_built_site() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("site");
    sitegen::build(&sitegen::Options {
        catalog: root().join("catalog"),
        out: out.clone(),
        base_url: "/atlas/".into(),
        site_url: None,
    })
    .expect("site builds");
    let atlas = Atlas::embedded(Some("/atlas")).expect("embedded");
    for e in &atlas.data.entries {
        let r = EntryReport::new(&atlas, e, Lang::En);
        let links = [r.url.clone(), r.api_url.clone()]
            .into_iter()
            .chain(r.equivalents.iter().flat_map(|c| c.members.iter().map(|m| m.url.clone())));
        for url in links {
            let rel = url.strip_prefix("/atlas/").expect("under the base URL");
            let file = if rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_owned() };
            assert!(out.join(&file).is_file(), "{url} → {file} is not in the site");
        }
    }
}

struct Collect(Vec<Finding>);

impl Sink for Collect {
    fn finding(&mut self, f: &Finding) -> std::io::Result<()> {
        self.0.push(f.clone());
        Ok(())
    }
}

#[test]
fn a_line_longer_than_the_limit_is_read_in_pieces_under_its_number() {
    let atlas = Atlas::embedded(None).expect("embedded");
    let mut log = String::from("first line\n[TRTC] ");
    log.push_str(&"x".repeat(rtc_atlas::decode::MAX_LINE as usize + 10));
    log.push_str(" onError code=-2301\nlast line code=-1302\n");
    let mut sink = Collect(Vec::new());
    let mut d = Decoder::new(&atlas, false);
    d.run(log.as_bytes(), &mut sink).expect("runs");
    let got: Vec<(u64, &str, Status)> = sink.0.iter().map(|f| (f.line, f.text.as_str(), f.status)).collect();
    assert_eq!(got, [(2, "-2301", Status::Found), (3, "-1302", Status::Found)]);
    assert_eq!(d.summary.lines, 3);
}

/// A vendor named on line 1, then thousands of lines (more than one batch of `run`), then a
/// code the vendor's context decides.
fn carried_over_many_batches() -> Vec<u8> {
    let filler = "11-24 06:30:01.123  4321  4400 D AudioTrack: write frames=123 sampleRate=48000\n";
    format!("[ZEGO] loginRoom\n{}errorCode: 1102016\n", filler.repeat(5000)).into_bytes()
}

#[test]
fn a_vendor_named_early_is_carried_across_batches() {
    let atlas = Atlas::embedded(None).expect("embedded");
    let (mut d, mut sink) = (Decoder::new(&atlas, false), Collect(Vec::new()));
    d.run(&carried_over_many_batches()[..], &mut sink).expect("runs");
    let [f] = &sink.0[..] else { panic!("one finding: {:?}", sink.0) };
    assert_eq!(f.line, 5002);
    let vendor = f.vendor.as_ref().expect("a vendor");
    assert_eq!((vendor.vendor.as_str(), vendor.from_line), ("zego", 1));
    assert!(f.matches.iter().all(|m| m.entry.starts_with("zego")), "{:?}", f.matches);
}

#[test]
fn skipping_lines_that_cannot_matter_changes_no_finding() {
    let atlas = Atlas::embedded(None).expect("embedded");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut logs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| std::fs::read(e.expect("entry").path()).expect("fixture reads"))
        .collect();
    // Lines at the edges of the prefilter's rules: keys, signs, hex, names, vendor words.
    logs.push(
        "e_rr=5\nvalue (-1313)\n2024-01-15 -2301\nat 0x4043 (1)\nPUSH_WARNING_DNS_FAIL\n即构 登录 1102016\n\
         [ZEGO] login\nnext line 1102016\nstatus: 1102016\nuid=-5 roomId=8888\n\
         source: app.js (1)\nonNetworkQuality quality=2 1102016\nTRTCCloudImpl 5\nmy_error_code=1102016\n"
            .as_bytes()
            .to_vec(),
    );
    logs.push(carried_over_many_batches());
    for log in &logs {
        let run = |d: Decoder<'_>| {
            let (mut d, mut sink) = (d, Collect(Vec::new()));
            d.run(&log[..], &mut sink).expect("runs");
            sink.0
                .iter()
                .map(|f| format!("{}:{} {} {:?}", f.line, f.column, f.text, f.status))
                .collect::<Vec<_>>()
        };
        let skipping = run(Decoder::new(&atlas, false));
        assert!(!skipping.is_empty(), "each log has findings");
        assert_eq!(skipping, run(Decoder::new(&atlas, false).reading_every_line()));
    }
}

/// Takes `left` findings, then fails as a closed pipe does.
struct FailAfter(usize);

impl Sink for FailAfter {
    fn finding(&mut self, _: &Finding) -> std::io::Result<()> {
        if self.0 == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed"));
        }
        self.0 -= 1;
        Ok(())
    }
}

/// Many batches of lines, each with a code.
fn coded_lines(n: usize) -> Vec<u8> {
    "[TRTC] onError code=-2301\n".repeat(n).into_bytes()
}

#[test]
fn a_failed_write_stops_every_stage_of_the_run() {
    let atlas = Atlas::embedded(None).expect("embedded");
    let mut d = Decoder::new(&atlas, false);
    let err = d.run(&coded_lines(50_000)[..], &mut FailAfter(3)).expect_err("the write fails");
    assert!(matches!(err, rtc_atlas::decode::RunError::Write(_)), "{err:?}");
    assert_eq!(d.summary.findings, 4, "three written, the fourth failed");
}

/// Gives `ok` bytes of `log`, then fails.
struct FailingInput {
    log: Vec<u8>,
    at: usize,
    ok: usize,
}

impl std::io::Read for FailingInput {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at >= self.ok {
            return Err(std::io::Error::other("the disk went away"));
        }
        let n = buf.len().min(self.ok - self.at);
        buf[..n].copy_from_slice(&self.log[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[test]
fn a_failed_read_is_reported_as_one() {
    let atlas = Atlas::embedded(None).expect("embedded");
    let input = FailingInput { log: coded_lines(50_000), at: 0, ok: 300_000 };
    let mut d = Decoder::new(&atlas, false);
    let err = d.run(input, &mut Collect(Vec::new())).expect_err("the read fails");
    let rtc_atlas::decode::RunError::Read(e) = err else { panic!("a read error: {err:?}") };
    assert_eq!(e.to_string(), "the disk went away");
}
