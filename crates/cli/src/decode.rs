//! `rtc-atlas decode [FILE]`: reads a log line by line, cuts each line into tokens with the
//! search contract's `tokens::scan` (the definition the site's log decoding shares, pinned by
//! the golden vectors), and reports the codes and entry names it finds with their entries and
//! the vendor the context names.
//!
//! Which codes are reported (`--all` reports every code token):
//! - a code the line labels as one (`code=-2301`, `errorCode: …`, `onError(-2301)`,
//!   `错误码：…`), found or not — except 0, which means success in every SDK;
//! - a code in brackets (`(-1313)`) or bare (`TRTC -2301`) when an entry has it, it is
//!   negative, written in hex, or of five digits or more and of the vendor named on its line,
//!   and no labeled code is beside it (in `12:01 1234 5678 E TRTC: code=-2301` the pid and tid
//!   are not codes);
//! - the value of another key (`event=-2301`, not `roomId=1234`) when an entry of the vendor
//!   named on its line has it, it is negative and no labeled code is beside it.
//!
//! Names are reported when they are an entry's name, as written or, from ten letters and
//! digits up, in another case and with or without `_` (`DuplicateIdentity`).

use crate::atlas::Atlas;
use crate::prefilter::{Prefilter, Scratch};
use crate::report::{entry_key, DecodeMatch, DecodeSummary, Finding, ReadingReport, Status, VendorReport};
use crate::vendor::{Evidence, LineVendor, Vocabulary};
use rayon::prelude::*;
use search_contract::tokens::{Cue, Notation, Token, TokenKind};
use search_contract::Reading;
use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read as _};
use std::sync::mpsc;

/// The longest piece read as one line: a longer line (a binary file, a minified blob) is read
/// in pieces of this size, each under the line's number, so memory stays bounded.
pub const MAX_LINE: u64 = 1 << 20;

/// The fewest digits of a positive decimal reported without a key: ZEGO's, Alibaba's, NetEase's
/// and RongCloud's codes have five or more, while counts, states, bitrates and indices below
/// 10000 fill every log.
const BARE_CODE_DIGITS: usize = 5;

/// The fewest letters and digits of a name matched whatever its case and `_` (shorter ones,
/// `onError`, `isOk`, are words of any program).
const MIN_RESPELLED_NAME: usize = 10;

/// Why a run stopped: the input could not be read, or the findings could not be written.
#[derive(Debug)]
pub enum RunError {
    Read(io::Error),
    Write(io::Error),
}

/// Where findings go as they are found.
pub trait Sink {
    fn finding(&mut self, f: &Finding) -> io::Result<()>;
}

pub struct Decoder<'a> {
    scanner: Scanner<'a>,
    reporter: Reporter<'a>,
    pub summary: DecodeSummary,
}

/// What cuts a line into tokens, or skips it: shared by the cores, read only.
struct Scanner<'a> {
    atlas: &'a Atlas,
    vocab: Vocabulary,
    all: bool,
    /// Lines that cannot matter, skipped unread (not with `--all`); `None` reads every line.
    prefilter: Option<Prefilter>,
}

/// What turns a line's tokens into findings, in the order of the lines.
struct Reporter<'a> {
    atlas: &'a Atlas,
    all: bool,
    /// The last line that named one vendor, and what it said.
    carried: Option<(Evidence, u64)>,
}

/// A line's tokens and what it says of its vendor; `None` for a line the prefilter skips.
type Scanned = Option<(Vec<Token>, LineVendor)>;

/// Lines read and not yet reported: their text end to end, and each line's number and span.
#[derive(Default)]
struct Batch {
    text: String,
    lines: Vec<(u64, usize, usize)>,
}

impl Batch {
    /// Big enough that handing a batch to the cores costs little beside it, small enough that
    /// the tokens of a batch stay a few megabytes.
    const LINES: usize = 1024;
    const BYTES: usize = 1 << 18;
    /// Batches read ahead of the one being reported, per stage: bounds memory.
    const AHEAD: usize = 4;

    fn push(&mut self, line_no: u64, text: &str) {
        let start = self.text.len();
        self.text.push_str(text);
        self.lines.push((line_no, start, self.text.len()));
    }

    fn full(&self) -> bool {
        self.lines.len() >= Self::LINES || self.text.len() >= Self::BYTES
    }
}

/// What reading counted: lines, bytes and lines that were not valid UTF-8.
#[derive(Default)]
struct ReadCount {
    lines: u64,
    bytes: u64,
    invalid_utf8_lines: u64,
}

/// What a line says that decides how its numbers read: whether a code on it is labeled as one,
/// and whether it speaks of HTTP.
#[derive(Clone, Copy)]
struct LineFacts {
    labeled: bool,
    http: bool,
}

/// The vendor a finding is attributed to: its evidence, its line, and whether that line is the
/// finding's own.
type Attribution<'e> = Option<(&'e Evidence, u64, bool)>;

impl<'a> Decoder<'a> {
    pub fn new(atlas: &'a Atlas, all: bool) -> Decoder<'a> {
        let vocab = Vocabulary::new(atlas);
        let names = atlas.data.entries.iter().flat_map(|e| e.names.iter().cloned());
        let prefilter = Some(Prefilter::new(vocab.words().into_iter().map(|(w, _)| w).chain(names)));
        Decoder {
            scanner: Scanner { atlas, vocab, all, prefilter },
            reporter: Reporter { atlas, all, carried: None },
            summary: DecodeSummary::default(),
        }
    }

    /// A decoder that cuts every line into tokens, to check that skipping lines changes nothing.
    pub fn reading_every_line(mut self) -> Self {
        self.scanner.prefilter = None;
        self
    }

    /// Reads `input` to its end, in three stages that overlap: one thread reads batches of
    /// lines; the lines of a batch are cut into tokens on every core (the costly part, and
    /// independent from line to line); this thread reports them in order, since a line's
    /// vendor may come from the lines before it.
    pub fn run(&mut self, input: impl io::Read + Send, sink: &mut dyn Sink) -> Result<(), RunError> {
        let Decoder { scanner, reporter, summary } = self;
        let scanner = &*scanner;
        std::thread::scope(|s| {
            let (to_scan, read_batches) = mpsc::sync_channel::<Batch>(Batch::AHEAD);
            let (to_report, scanned_batches) = mpsc::sync_channel::<(Batch, Vec<Scanned>)>(Batch::AHEAD);
            // Reported batches go back to the reader, emptied: their memory is reused, not
            // given back to the system and asked for again.
            let (to_reuse, reusable) = mpsc::channel::<Batch>();
            let reading = s.spawn(move || read(input, &to_scan, &reusable));
            s.spawn(move || {
                for batch in read_batches {
                    let scanned = scanner.batch(&batch);
                    if to_report.send((batch, scanned)).is_err() {
                        break;
                    }
                }
            });
            let mut written = Ok(());
            for (mut batch, scanned) in scanned_batches.iter() {
                written = report(reporter, summary, &batch, scanned, sink);
                if written.is_err() {
                    break;
                }
                batch.text.clear();
                batch.lines.clear();
                // The reader may have finished: then the batch is simply dropped.
                let _ = to_reuse.send(batch);
            }
            // Ends the other stages when writing stopped early: their sends fail.
            drop(scanned_batches);
            let read = match reading.join() {
                Ok(read) => read,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            written.map_err(RunError::Write)?;
            let read = read.map_err(RunError::Read)?;
            summary.lines = read.lines;
            summary.bytes = read.bytes;
            summary.invalid_utf8_lines = read.invalid_utf8_lines;
            Ok(())
        })
    }

    /// The findings of one line.
    pub fn line(&mut self, line_no: u64, text: &str, sink: &mut dyn Sink) -> io::Result<()> {
        match self.scanner.line(text, &mut Scratch::default()) {
            Some((tokens, here)) => {
                let findings = self.reporter.line(line_no, &tokens, here);
                emit(&mut self.summary, findings, sink)
            }
            None => Ok(()),
        }
    }
}

/// Reads `input` to its end as batches of lines sent to `out`, until `out` is closed; a new
/// batch is one from `reusable` when there is one.
fn read(
    input: impl io::Read,
    out: &mpsc::SyncSender<Batch>,
    reusable: &mpsc::Receiver<Batch>,
) -> io::Result<ReadCount> {
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 12);
    let mut batch = Batch::default();
    let mut read = ReadCount::default();
    let mut continued = false;
    loop {
        buf.clear();
        let n = (&mut reader).take(MAX_LINE).read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        read.bytes += n as u64;
        if !continued {
            read.lines += 1;
        }
        let ended = buf.last() == Some(&b'\n');
        continued = !ended && n as u64 == MAX_LINE;
        if ended {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => {
                read.invalid_utf8_lines += 1;
                String::from_utf8_lossy(&buf)
            }
        };
        batch.push(read.lines, &text);
        if batch.full() {
            let next = reusable.try_recv().unwrap_or_default();
            if out.send(std::mem::replace(&mut batch, next)).is_err() {
                return Ok(read);
            }
        }
    }
    // A closed channel here means writing stopped; its error is the one reported.
    let _ = out.send(batch);
    Ok(read)
}

/// Reports the findings of a batch's lines in order.
fn report(
    reporter: &mut Reporter<'_>,
    summary: &mut DecodeSummary,
    batch: &Batch,
    scanned: Vec<Scanned>,
    sink: &mut dyn Sink,
) -> io::Result<()> {
    for (&(line_no, _, _), line) in batch.lines.iter().zip(scanned) {
        if let Some((tokens, here)) = line {
            let findings = reporter.line(line_no, &tokens, here);
            emit(summary, findings, sink)?;
        }
    }
    Ok(())
}

fn emit(summary: &mut DecodeSummary, findings: Vec<Finding>, sink: &mut dyn Sink) -> io::Result<()> {
    for f in findings {
        summary.findings += 1;
        if f.status == Status::Found {
            summary.found += 1;
        } else {
            summary.unknown += 1;
        }
        sink.finding(&f)?;
    }
    Ok(())
}

impl Scanner<'_> {
    /// Every line of `batch`, cut on every core.
    fn batch(&self, batch: &Batch) -> Vec<Scanned> {
        batch
            .lines
            .par_iter()
            .map_init(Scratch::default, |scratch, &(_, start, end)| {
                self.line(&batch.text[start..end], scratch)
            })
            .collect()
    }

    /// A line's tokens and what it says of its vendor, unless the prefilter skips it.
    fn line(&self, text: &str, scratch: &mut Scratch) -> Scanned {
        if let Some(p) = self.prefilter.as_ref().filter(|_| !self.all) {
            if !p.may_matter(text, scratch) {
                return None;
            }
        }
        let tokens = search_contract::tokens::scan(text);
        let here = self.vocab.line(self.atlas, &tokens);
        Some((tokens, here))
    }
}

impl Reporter<'_> {
    /// The findings of one line's tokens, given what the line says about its vendor.
    fn line(&mut self, line_no: u64, tokens: &[Token], here: LineVendor) -> Vec<Finding> {
        if let LineVendor::One(e) = &here {
            self.carried = Some((e.clone(), line_no));
        }
        if tokens.iter().all(|t| t.kind == TokenKind::Word) {
            return Vec::new();
        }
        let attribution: Attribution<'_> = match (&here, &self.carried) {
            (LineVendor::One(e), _) => Some((e, line_no, true)),
            (LineVendor::Nothing, Some((e, from))) => Some((e, *from, false)),
            _ => None,
        };
        let facts = LineFacts {
            labeled: tokens.iter().any(|t| t.cue == Some(Cue::Labeled)),
            http: tokens.iter().any(|t| {
                t.kind != TokenKind::Code && t.norm.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("http"))
            }),
        };
        tokens
            .iter()
            .filter_map(|t| match t.kind {
                TokenKind::Code => self.code(line_no, t, attribution, facts),
                TokenKind::Identifier => self.identifier(line_no, t, attribution),
                TokenKind::Word => None,
            })
            .collect()
    }

    fn code(&self, line_no: u64, t: &Token, who: Attribution<'_>, line: LineFacts) -> Option<Finding> {
        let cue = t.cue?;
        let notation = t.notation?;
        let negative = t.norm.starts_with('-');
        let own_line = who.is_some_and(|(_, _, own)| own);
        let labeled = line.labeled;
        // 0 is success in every SDK (`errorCode=0`, `reason=0`): no problem to decode. On a
        // line about HTTP, 100 to 599 is the HTTP status (`status=200`, `statusCode=500`).
        let success = t.values.iter().any(|r| r.value == 0)
            || (line.http
                && notation == Notation::Decimal
                && !negative
                && (100..600).contains(&t.values.first()?.value));
        // Whether the code is reported if an entry has it, and whether even if none has it:
        // decided before looking it up, since most numbers of a log are no codes.
        let (if_found, always) = match cue {
            _ if self.all => (true, true),
            _ if success => (false, false),
            Cue::Labeled => (true, true),
            // `(1)`, `(720)`, `bitrate [1010]`, `from 1 to 2`: small numbers in brackets or
            // alone are everywhere in logs, on an SDK's own lines too; a positive one is taken
            // there only when it is long enough to be rare as a count or a state.
            Cue::Bracketed | Cue::Bare => (
                !labeled
                    && notation != Notation::BareHex
                    && (negative
                        || notation == Notation::Hex
                        || (own_line && t.norm.len() >= BARE_CODE_DIGITS)),
                false,
            ),
            // `event=-2301`: ids, ports and counts are never negative; -1 is the value of
            // anything unset (`level=-1`, `index=-1`).
            Cue::Keyed => (!labeled && own_line && negative && t.norm != "-1", false),
        };
        if !if_found {
            return None;
        }
        let (status, matches, elsewhere) = self.resolve(&t.values, who);
        let report = always || status == Status::Found;
        if !report {
            return None;
        }
        Some(Finding {
            line: line_no,
            column: t.chars.0 + 1,
            text: t.text.clone(),
            kind: "code".into(),
            cue: Some(cue.as_str().to_owned()),
            key: t.key.clone(),
            status,
            vendor: vendor_report(who),
            readings: t.values.iter().map(reading).collect(),
            matches: self.reports(&matches, "code"),
            elsewhere: self.reports(&elsewhere, "code"),
        })
    }

    fn identifier(&self, line_no: u64, t: &Token, who: Attribution<'_>) -> Option<Finding> {
        let mut ids = self.atlas.by_exact_name(&t.text).to_vec();
        if ids.is_empty() {
            // Another SDK's spelling of the name (`DuplicateIdentity` for `DUPLICATE_IDENTITY`,
            // `errInvalidToken` for `ERR_INVALID_TOKEN`), when it is long enough to be one.
            if t.text.len() >= MIN_RESPELLED_NAME {
                let key = search_contract::name_key(&t.text);
                if key.len() >= MIN_RESPELLED_NAME {
                    ids = self.atlas.by_name_key(&key).to_vec();
                }
            }
        }
        if ids.is_empty() {
            return None;
        }
        if let Some((e, _, _)) = who {
            self.prefer(&mut ids, e);
        }
        let matches: Vec<(usize, Option<Reading>)> = ids.into_iter().map(|i| (i, None)).collect();
        Some(Finding {
            line: line_no,
            column: t.chars.0 + 1,
            text: t.text.clone(),
            kind: "identifier".into(),
            cue: None,
            key: None,
            status: Status::Found,
            vendor: vendor_report(who),
            readings: Vec::new(),
            matches: self.reports(&matches, "name"),
            elsewhere: Vec::new(),
        })
    }

    /// The entries a code is: of the attributed vendor when it has any, through the first
    /// reading that has some. Evidence on the code's own line is strict (entries of other
    /// vendors only are `other-vendor`); evidence carried from an earlier line only orders.
    #[allow(clippy::type_complexity)]
    fn resolve(
        &self,
        values: &[Reading],
        who: Attribution<'_>,
    ) -> (Status, Vec<(usize, Option<Reading>)>, Vec<(usize, Option<Reading>)>) {
        let tag = |ids: Vec<usize>, r: &Reading| ids.into_iter().map(|i| (i, Some(*r))).collect::<Vec<_>>();
        let mut first_any: Option<(Vec<usize>, &Reading)> = None;
        for r in values {
            let ids = self.atlas.by_value(r.value);
            if ids.is_empty() {
                continue;
            }
            let Some((e, _, _)) = who else { return (Status::Found, tag(ids.to_vec(), r), Vec::new()) };
            let mut mine: Vec<usize> = ids
                .iter()
                .copied()
                .filter(|&i| self.atlas.namespace(self.atlas.entry(i)).vendor == e.vendor)
                .collect();
            if !mine.is_empty() {
                self.prefer(&mut mine, e);
                return (Status::Found, tag(mine, r), Vec::new());
            }
            first_any.get_or_insert((ids.to_vec(), r));
        }
        match (first_any, who) {
            (None, _) => (Status::Unknown, Vec::new(), Vec::new()),
            (Some((ids, r)), Some((_, _, true))) => (Status::OtherVendor, Vec::new(), tag(ids, r)),
            (Some((ids, r)), _) => (Status::Found, tag(ids, r), Vec::new()),
        }
    }

    /// Entries of the vendor first, of the namespace the context names first of all.
    fn prefer(&self, ids: &mut [usize], e: &Evidence) {
        ids.sort_by_key(|&i| {
            let ns = self.atlas.namespace(self.atlas.entry(i));
            (ns.vendor != e.vendor, e.namespace.as_deref() != Some(ns.id.as_str()))
        });
    }

    fn reports(&self, ids: &[(usize, Option<Reading>)], by: &str) -> Vec<DecodeMatch> {
        ids.iter()
            .map(|(i, r)| DecodeMatch {
                by: by.to_owned(),
                reading: r.as_ref().map(reading),
                entry: entry_key(self.atlas, self.atlas.entry(*i)),
            })
            .collect()
    }
}

fn reading(r: &Reading) -> ReadingReport {
    ReadingReport { value: r.value, how: r.how.as_str().to_owned() }
}

fn vendor_report(who: Attribution<'_>) -> Option<VendorReport> {
    let (e, from, own) = who?;
    let place = if own { "this line".to_owned() } else { format!("line {from}") };
    Some(VendorReport {
        vendor: e.vendor.clone(),
        vendor_name: e.vendor_name.clone(),
        namespace: e.namespace.clone(),
        because: format!("{} on {place}", e.what),
        from_line: from,
    })
}
