//! `--format human`: the reports as aligned text, with colours only when asked for (a terminal
//! without `NO_COLOR`, or `--color always`). It prints the same report the JSON output
//! serializes, so both forms always say the same.

use crate::atlas::{Atlas, Lang};
use crate::report::{
    DecodeMatch, DecodeSummary, EntryReport, Finding, MatchReport, MemberReport, QueryReport, ReadingReport,
    Status, TextReport,
};
use std::collections::HashMap;
use std::io::{self, Write};

/// ANSI styling, or none, and the language of the labels (`--lang`).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub lang: Lang,
}

const BOLD: &str = "1";
const DIM: &str = "2";
const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const CYAN: &str = "36";

impl Style {
    fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(&self, severity: &str) -> String {
        let sgr = match severity {
            "error" => RED,
            "warning" => YELLOW,
            _ => GREEN,
        };
        self.paint(sgr, severity)
    }
}

/// Width of the labels in an entry's block, in terminal columns.
const LABEL: usize = 12;

/// The words the output is framed with, in the language of `--lang`.
const ZH: &[(&str, &str)] = &[
    ("Decimal", "十进制"),
    ("Meaning", "含义"),
    ("Cause", "原因"),
    ("What to do", "处理建议"),
    ("Note", "说明"),
    ("Deprecated", "已废弃"),
    ("Equivalents", "对应码"),
    ("Read from", "出处"),
    ("Page", "页面"),
    ("entry", "个条目"),
    ("entries", "个条目"),
    ("the vendor gives no advice", "厂商未给出建议"),
];

impl Style {
    /// A label or phrase of the output in the language asked for.
    fn word(&self, en: &'static str) -> &'static str {
        match self.lang {
            Lang::En => en,
            Lang::Zh => ZH.iter().find(|(e, _)| *e == en).map_or(en, |(_, zh)| zh),
        }
    }

    fn zh(&self) -> bool {
        self.lang == Lang::Zh
    }
}

/// Terminal columns of `text`: CJK characters take two.
fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// One `explain` argument and its entries.
pub fn query(out: &mut dyn Write, s: Style, q: &QueryReport) -> io::Result<()> {
    let n = q.matches.len();
    let head = match q.status {
        Status::Found if s.zh() => format!("{n} {}", s.word("entry")),
        Status::Found => format!("{n} {}", if n == 1 { "entry" } else { "entries" }),
        _ => {
            let text = match (s.zh(), q.readings.is_empty()) {
                (true, true) => format!("没有名为 {} 的条目", q.query.trim()),
                (true, false) => format!("没有错误码为 {} 的条目", q.query.trim()),
                (false, names) => {
                    format!("no entry has the {} {}", if names { "name" } else { "code" }, q.query.trim())
                }
            };
            s.paint(YELLOW, &text)
        }
    };
    writeln!(out, "{}  {head}", s.paint(BOLD, q.query.trim()))?;
    if q.status != Status::Found && q.readings.len() > 1 {
        let read: Vec<String> = q.readings.iter().map(|r| format!("{} ({})", r.value, r.how)).collect();
        let read_as = if s.zh() { "读作" } else { "read as" };
        writeln!(out, "  {read_as} {}", read.join(", "))?;
    }
    if !q.did_you_mean.is_empty() {
        let list = q.did_you_mean.join(", ");
        if s.zh() {
            writeln!(out, "  是否要找 {list}？")?;
        } else {
            writeln!(out, "  did you mean {list}?")?;
        }
    }
    for m in &q.matches {
        entry(out, s, m, true)?;
    }
    Ok(())
}

/// An entry's block: its head line, texts, equivalents (when `full`) and links.
fn entry(out: &mut dyn Write, s: Style, m: &MatchReport, full: bool) -> io::Result<()> {
    let e = &m.entry;
    head(out, s, m)?;
    let mut place = vec![e.vendor_name.clone(), e.product.clone()];
    place.extend(e.contexts.iter().cloned());
    writeln!(out, "    {}", s.paint(DIM, &place.join(" · ")))?;
    if e.code_display != e.code.to_string() {
        field(out, s, s.word("Decimal"), &[e.code.to_string()])?;
    }
    texts(out, s, s.word("Meaning"), &e.meaning)?;
    texts(out, s, s.word("Cause"), &e.cause)?;
    what_to_do(out, s, e)?;
    if full {
        texts(out, s, s.word("Note"), &e.notes)?;
        texts(out, s, s.word("Deprecated"), &e.deprecated)?;
        equivalents(out, s, e)?;
        let line = |r: &crate::report::SourceRow| {
            if s.zh() {
                format!("{} 第 {} 行", r.source, r.line)
            } else {
                format!("{} line {}", r.source, r.line)
            }
        };
        let rows: Vec<String> = e.sources.iter().map(line).collect();
        field(out, s, s.word("Read from"), &rows)?;
    }
    field(out, s, s.word("Page"), std::slice::from_ref(&e.url))
}

/// The head line of an entry: namespace, code, names, severity, and the reading that found it.
fn head(out: &mut dyn Write, s: Style, m: &MatchReport) -> io::Result<()> {
    let e = &m.entry;
    head_line(out, s, [&e.namespace, &e.code_display, &e.severity], &e.names, m.reading.as_ref())
}

fn head_line(
    out: &mut dyn Write,
    s: Style,
    [namespace, code, severity]: [&str; 3],
    names: &[String],
    reading: Option<&ReadingReport>,
) -> io::Result<()> {
    let names = if names.is_empty() { String::new() } else { format!("  {}", names.join(" / ")) };
    let through = match reading {
        Some(r) if r.how != "decimal" => {
            format!("  {}", s.paint(DIM, &format!("(as {} {})", r.how, r.value)))
        }
        _ => String::new(),
    };
    writeln!(
        out,
        "  {}  {}{}  {}{through}",
        s.paint(CYAN, namespace),
        s.paint(BOLD, code),
        s.paint(BOLD, &names),
        s.severity(severity)
    )
}

/// The advice with where it comes from when it is not the vendor's own.
fn what_to_do(out: &mut dyn Write, s: Style, e: &EntryReport) -> io::Result<()> {
    let Some(w) = &e.what_to_do else { return Ok(()) };
    let title = w.title.as_deref().unwrap_or_default();
    let id = w.id.as_deref().unwrap_or_default();
    let from = match (w.from.as_str(), s.zh()) {
        ("concept", false) => format!("(from the concept \"{title}\" ({id}), which this code belongs to)"),
        ("concept", true) => format!("（来自此码所属的概念“{title}”（{id}））"),
        ("category", false) => format!("(the vendor gives no advice; what usually helps with {title})"),
        ("category", true) => format!("（厂商未给出建议；处理“{title}”时通常有效的做法）"),
        ("none", _) => s.word("the vendor gives no advice").to_owned(),
        _ => String::new(),
    };
    let mut lines: Vec<String> = w
        .texts
        .iter()
        .map(|t| if t.fallback { format!("[{}] {}", t.lang, t.text) } else { t.text.clone() })
        .collect();
    if !from.is_empty() {
        lines.push(s.paint(DIM, &from));
    }
    field(out, s, s.word("What to do"), &lines)
}

/// Equivalents listed per concept, and per SDK among them.
const EQUIVALENTS_SHOWN: usize = 12;
const PER_SDK_SHOWN: usize = 2;

fn equivalents(out: &mut dyn Write, s: Style, e: &EntryReport) -> io::Result<()> {
    let mut lines = Vec::new();
    for c in &e.equivalents {
        lines.push(format!("{} ({})", c.title, c.concept));
        // A broad concept has a hundred members: full matches first, two of each SDK, a dozen in
        // all, as on the entry page; the JSON output lists them all.
        let mut members: Vec<&MemberReport> = c.members.iter().collect();
        members.sort_by_key(|m| m.partial);
        let mut per: HashMap<&str, usize> = HashMap::new();
        let shown: Vec<&MemberReport> = members
            .iter()
            .copied()
            .filter(|m| {
                let n = per.entry(m.namespace.as_str()).or_default();
                *n += 1;
                *n <= PER_SDK_SHOWN
            })
            .take(EQUIVALENTS_SHOWN)
            .collect();
        for m in &shown {
            let names = if m.names.is_empty() { String::new() } else { format!(" {}", m.names.join(" / ")) };
            let note = m.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
            lines.push(format!(
                "· {} {}: {}{names}{note}  {}",
                m.vendor_name, m.product, m.code_display, m.url
            ));
        }
        if members.len() > shown.len() {
            let more = members.len() - shown.len();
            let text = if s.zh() {
                format!("……另有 {more} 个（--format json 列出全部）")
            } else {
                format!("… and {more} more (--format json lists them all)")
            };
            lines.push(s.paint(DIM, &text));
        }
    }
    field(out, s, s.word("Equivalents"), &lines)
}

fn texts(out: &mut dyn Write, s: Style, label: &str, texts: &[TextReport]) -> io::Result<()> {
    let lines: Vec<String> = texts
        .iter()
        .map(|t| if t.fallback { format!("[{}] {}", t.lang, t.text) } else { t.text.clone() })
        .collect();
    field(out, s, label, &lines)
}

/// A labelled field; continuation lines (and lines of a multi-line text) are indented under
/// the first.
fn field(out: &mut dyn Write, s: Style, label: &str, values: &[String]) -> io::Result<()> {
    let mut first = true;
    for v in values {
        for line in v.lines() {
            if first {
                let pad = " ".repeat(LABEL.saturating_sub(columns(label)));
                write!(out, "    {}{pad} ", s.paint(DIM, label))?;
                first = false;
            } else {
                write!(out, "    {} ", " ".repeat(LABEL))?;
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The findings of `decode`: each entry in full the first time, then one line that says where.
pub struct Findings<'a> {
    pub atlas: &'a Atlas,
    pub lang: Lang,
    pub style: Style,
    /// Entry key → the line it was first shown at.
    shown: HashMap<String, u64>,
}

impl<'a> Findings<'a> {
    pub fn new(atlas: &'a Atlas, lang: Lang, style: Style) -> Findings<'a> {
        Findings { atlas, lang, style, shown: HashMap::new() }
    }

    /// One finding.
    pub fn finding(&mut self, out: &mut dyn Write, f: &Finding) -> io::Result<()> {
        let s = self.style;
        let at = if s.zh() {
            format!("第 {} 行 {} 列", f.line, f.column)
        } else {
            format!("line {}:{}", f.line, f.column)
        };
        let at = s.paint(DIM, &at);
        let after = |k: &str| if s.zh() { format!("（在 {k} 之后）") } else { format!("(after {k})") };
        let key = f.key.as_deref().map(|k| format!(" {}", s.paint(DIM, &after(k)))).unwrap_or_default();
        let vendor = f
            .vendor
            .as_ref()
            .map(|v| format!("  {}", s.paint(DIM, &format!("{}: {}", v.vendor_name, v.because))))
            .unwrap_or_default();
        writeln!(out, "{at}  {}{key}{vendor}", s.paint(BOLD, &f.text))?;
        match f.status {
            Status::Found => f.matches.iter().try_for_each(|m| self.entry(out, m, f.line)),
            Status::Unknown => {
                let text = if s.zh() {
                    format!("没有错误码为 {} 的条目", f.text)
                } else {
                    format!("no entry has code {}", f.text)
                };
                writeln!(out, "  {}", s.paint(YELLOW, &text))
            }
            Status::OtherVendor => {
                let vendor = f.vendor.as_ref().map(|v| v.vendor_name.as_str()).unwrap_or("this vendor");
                let text = if s.zh() {
                    format!("{vendor} 没有错误码为 {} 的条目；其他 SDK 使用它：", f.text)
                } else {
                    format!("no {vendor} entry has code {}; other SDKs use it:", f.text)
                };
                writeln!(out, "  {}", s.paint(YELLOW, &text))?;
                f.elsewhere.iter().try_for_each(|m| self.entry(out, m, f.line))
            }
        }
    }

    fn entry(&mut self, out: &mut dyn Write, m: &DecodeMatch, line: u64) -> io::Result<()> {
        let Some(i) = self.atlas.by_key(&m.entry) else { return Ok(()) };
        let e = self.atlas.entry(i);
        if let Some(first) = self.shown.get(&m.entry) {
            let ns = &self.atlas.namespace(e).id;
            head_line(out, self.style, [ns, &e.display, &e.severity], &e.names, m.reading.as_ref())?;
            let same = if self.style.zh() {
                format!("（同第 {first} 行）")
            } else {
                format!("(as on line {first})")
            };
            return writeln!(out, "    {}", self.style.paint(DIM, &same));
        }
        self.shown.insert(m.entry.clone(), line);
        let report = EntryReport::new(self.atlas, e, self.lang);
        entry(
            out,
            self.style,
            &MatchReport { by: m.by.clone(), reading: m.reading.clone(), entry: report },
            false,
        )
    }
}

/// The last lines of `decode`.
pub fn summary(out: &mut dyn Write, s: Style, sum: &DecodeSummary) -> io::Result<()> {
    let mut text = if s.zh() {
        format!("读取 {} 行：找到 {}，未知 {}", sum.lines, sum.found, sum.unknown)
    } else {
        format!("{} lines read: {} found, {} unknown", sum.lines, sum.found, sum.unknown)
    };
    if sum.invalid_utf8_lines > 0 {
        text.push_str(&if s.zh() {
            format!("；{} 行不是有效的 UTF-8（坏字节以 U+FFFD 读取）", sum.invalid_utf8_lines)
        } else {
            format!(
                "; {} lines were not valid UTF-8 (read with U+FFFD for the bad bytes)",
                sum.invalid_utf8_lines
            )
        });
    }
    writeln!(out, "{}", s.paint(DIM, &text))
}
