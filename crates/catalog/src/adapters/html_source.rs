//! Where the elements of an HTML page were written. scraper's DOM keeps no source positions,
//! so one pass over the source finds every start tag (outside comments and raw text, as
//! html5ever reads them), and the k-th `<name` tag is taken for the k-th `name` element of the
//! DOM. Where html5ever adds elements the source does not write (`<tbody>`, `<p>` for a stray
//! `</p>`, formatting elements it reopens), the counts of that name differ and its elements
//! are placed at their nearest placed ancestor instead.

use super::{layout, Input, LineUse, Output, SectionSpan};
use crate::text::{Document, Span};
use ego_tree::NodeId;
use scraper::{ElementRef, Html};
use std::collections::HashMap;

/// How both HTML families start: the page's sections, every line inside them markup (or blank)
/// until a row claims it, and the parsed page.
pub fn begin(input: &Input<'_>) -> (Output, Vec<SectionSpan>, Html) {
    let doc = input.doc;
    let mut out = Output::new(doc);
    let spans = layout(input, &mut out);
    for s in &spans {
        for line in (s.first..=s.last).filter_map(|n| doc.line(n)) {
            out.mark(line.number, if line.is_blank() { LineUse::Blank } else { LineUse::Markup });
        }
    }
    (out, spans, Html::parse_document(&doc.text))
}

/// Elements whose content html5ever reads as text, not markup.
pub const RAW_TEXT: [&str; 9] =
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Where the raw text opened by `<name` ends: at its end tag, or at the end of the file.
pub fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(at) = find(b, i, b"</") {
        let after = at + 2;
        if b.get(after..after + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            return after + name.len();
        }
        i = after;
    }
    b.len()
}

/// The first `needle` at or after `from`.
pub fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// Every start tag of the source, in order: its byte offset and lower-case name.
pub fn start_tags(text: &str) -> Vec<(usize, String)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(lt) = b.get(i..).and_then(|rest| rest.iter().position(|&c| c == b'<')).map(|p| p + i) {
        if b[lt..].starts_with(b"<!--") {
            i = find(b, lt + 2, b"-->").map(|e| e + 3).unwrap_or(b.len());
            continue;
        }
        let name_at = lt + 1;
        let name_len = b[name_at..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        i = name_at + name_len;
        // A name must end as html5ever reads it, or it is text (`a < b`, `<3`).
        let ends = matches!(b.get(i), Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
        if name_len == 0 || !ends || !b[name_at].is_ascii_alphabetic() {
            continue;
        }
        let name = String::from_utf8_lossy(&b[name_at..i]).to_ascii_lowercase();
        if RAW_TEXT.contains(&name.as_str()) {
            i = raw_text_end(b, i, name.as_bytes());
        }
        out.push((lt, name));
    }
    out
}

/// The source place of every element of a parsed page whose name the source writes as often
/// as the DOM holds it.
pub struct Places {
    starts: HashMap<NodeId, Span>,
}

impl Places {
    pub fn new(doc: &Document, html: &Html) -> Places {
        let tags = start_tags(&doc.text);
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (at, name) in &tags {
            by_name.entry(name.as_str()).or_default().push(*at);
        }
        let mut dom: HashMap<String, Vec<NodeId>> = HashMap::new();
        for el in html.root_element().descendants().filter_map(ElementRef::wrap) {
            dom.entry(el.value().name().to_ascii_lowercase()).or_default().push(el.id());
        }
        let mut placed: Vec<(usize, NodeId)> = Vec::new();
        for (name, ids) in &dom {
            if let Some(offsets) = by_name.get(name.as_str()).filter(|o| o.len() == ids.len()) {
                placed.extend(offsets.iter().copied().zip(ids.iter().copied()));
            }
        }
        placed.sort_unstable_by_key(|(at, _)| *at);
        let mut cursor = doc.span_cursor();
        let starts = placed.into_iter().map(|(at, id)| (id, cursor.span_at(at, at))).collect();
        Places { starts }
    }

    /// Where an element starts: its own tag, else its nearest placed ancestor's.
    pub fn of(&self, el: ElementRef<'_>) -> Option<Span> {
        std::iter::once(*el).chain(el.ancestors()).find_map(|n| self.starts.get(&n.id()).copied())
    }
}
