//! The text of a cell or a description as a reader sees it, from markdown and HTML alike: one
//! line per paragraph, block or `<br>` (any spelling: `<br>`, `<br/>`, `</br>`), list items on
//! lines of their own (`- item`), inline code kept as its text, markup and emphasis dropped,
//! entities decoded, white space collapsed (a line break between two CJK characters joins them
//! without a space) and no space left before closing punctuation.
//!
//! Both sources feed one [`Builder`] with the same events, so a markdown cell, an HTML-in-
//! markdown cell and an HTML table cell give the same text for the same content. Markdown
//! cells with inline or block HTML are turned into HTML first and read by html5ever, the way a
//! browser shows them; plain markdown cells never build a DOM.

use crate::text::is_cjk;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html, Node};

/// A cell's text, with the items of its lists also given one by one (a cell may list several
/// codes or names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellText {
    pub text: String,
    pub items: Vec<String>,
}

/// Stands for a hard line break inside the inline buffer; decoded documents hold no NUL.
const BREAK: char = '\0';

/// Keeps a cell that opens with a tag a paragraph, so that its HTML stays inline and the
/// markdown inside it (`**Note:**`) is still read; removed from the text at the end.
const SENTINEL: char = '\u{E000}';

/// Elements whose content is not text a reader sees.
const HIDDEN: [&str; 6] = ["script", "style", "template", "head", "noscript", "svg"];

/// Elements that start and end a line of their own: HTML's blocks, and the callout components
/// of documentation frameworks written as JSX in MDX pages (`<Admonition title="Deprecated">`,
/// `<Callout>`), which render as boxes of their own. Other unknown elements stay inline: a
/// self-closed placeholder (`<Vg k="COMPANY" />`) stays open in HTML up to its parent's end.
#[rustfmt::skip]
const BLOCKS: [&str; 42] = [
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "ul",
    "admonition", "callout", "caution", "danger", "important", "info", "note", "tip", "warning",
];

/// Collects text from structure events into lines and list items.
#[derive(Debug, Default)]
struct Builder {
    /// Finished lines: whether the line opens a list item, and its text.
    lines: Vec<(bool, String)>,
    items: Vec<String>,
    /// Inline text not yet flushed, white space as written.
    buf: String,
    /// The next flushed line opens a list item.
    item_pending: bool,
}

impl Builder {
    fn text(&mut self, t: &str) {
        self.buf.push_str(t);
    }

    /// Opens an element; `false` when its content is left out.
    fn open(&mut self, name: &str, skip: &[&str]) -> bool {
        if HIDDEN.contains(&name) || skip.contains(&name) {
            return false;
        }
        match name {
            "br" => self.buf.push(BREAK),
            "li" => {
                self.flush();
                self.item_pending = true;
            }
            _ if BLOCKS.contains(&name) || name == "tr" => self.flush(),
            _ => {}
        }
        true
    }

    fn close(&mut self, name: &str) {
        if name == "li" || name == "tr" || BLOCKS.contains(&name) {
            self.flush();
            if name == "li" {
                self.item_pending = false;
            }
        }
    }

    fn flush(&mut self) {
        let raw = std::mem::take(&mut self.buf);
        for piece in normalize(&raw).split(BREAK) {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            let item = std::mem::replace(&mut self.item_pending, false);
            if item {
                self.items.push(piece.to_owned());
            }
            self.lines.push((item, piece.to_owned()));
        }
    }

    fn finish(mut self) -> CellText {
        self.flush();
        let strip = |s: &str| s.replace(SENTINEL, "").trim().to_owned();
        let lines: Vec<String> = self
            .lines
            .iter()
            .map(|(item, l)| (*item, strip(l)))
            .filter(|(_, l)| !l.is_empty())
            .map(|(item, l)| if item { format!("- {l}") } else { l })
            .collect();
        let items = self.items.iter().map(|i| strip(i)).filter(|i| !i.is_empty()).collect();
        CellText { text: lines.join("\n"), items }
    }
}

/// Collapses white space as a browser does, but joins CJK text across a line break without a
/// space, and drops a space left before closing punctuation by markup (`<code>x</code> .`).
fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    // A run of white space not yet written, and whether it held a line break.
    let mut gap: Option<bool> = None;
    for c in raw.chars() {
        if c != BREAK && c.is_whitespace() {
            gap = Some(gap.unwrap_or(false) || c == '\n' || c == '\r');
            continue;
        }
        if let (Some(newline), Some(prev)) = (gap.take(), out.chars().last()) {
            let joins = newline && is_cjk(prev) && is_cjk(c);
            if !joins && prev != BREAK && c != BREAK {
                out.push(' ');
            }
        }
        out.push(c);
    }
    drop_space_before_punctuation(&out)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '，' | '。' | '；' | '：' | '！' | '？' | '）' | '、'
    )
}

/// `retry .` → `retry.`, but `.NET` and `1 :2` stay: the punctuation must end a word.
fn drop_space_before_punctuation(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next = chars.get(i + 1).copied();
            let after = chars.get(i + 2).copied();
            let ends_word =
                after.is_none_or(|a| a.is_whitespace() || a == BREAK || is_closing(a) || is_cjk(a));
            if next.is_some_and(is_closing) && ends_word {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The text of an HTML element's content, leaving out the elements named in `skip` (a table
/// nested in a cell is read as a table of its own).
pub fn from_element(root: ElementRef<'_>, skip: &[&str]) -> CellText {
    let mut b = Builder::default();
    // An explicit stack (node, closing), because pages nest deeper than a call stack should.
    let mut stack: Vec<_> = root.children().rev().map(|n| (n, false)).collect();
    while let Some((n, closing)) = stack.pop() {
        match n.value() {
            Node::Element(e) if closing => b.close(e.name()),
            Node::Element(e) => {
                if !b.open(e.name(), skip) {
                    continue;
                }
                stack.push((n, true));
                stack.extend(n.children().rev().map(|c| (c, false)));
            }
            Node::Text(t) if !closing => b.text(t),
            _ => {}
        }
    }
    b.finish()
}

/// The text of an HTML fragment.
pub fn from_html(html: &str) -> CellText {
    let fragment = Html::parse_fragment(html);
    from_element(fragment.root_element(), &[])
}

/// The text of a markdown cell, which may hold inline or block HTML.
pub fn from_markdown(raw: &str) -> CellText {
    let guarded = guard_leading_tags(raw);
    let events: Vec<Event<'_>> = Parser::new(&guarded).collect();
    if events.iter().any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))) {
        return from_html(&to_html(&events));
    }
    let mut b = Builder::default();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => b.text(&t),
            Event::SoftBreak => b.text("\n"),
            Event::HardBreak => b.text("\0"),
            Event::Start(tag) => {
                b.open(tag_name(&tag), &[]);
            }
            Event::End(end) => b.close(end_name(end)),
            _ => {}
        }
    }
    b.finish()
}

/// Puts the sentinel before every line that opens with a tag, so that no line starts an HTML
/// block (whose markdown would stay unread); the lines stay inline HTML in a paragraph.
fn guard_leading_tags(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 8);
    for (i, line) in raw.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        if body.starts_with('<') {
            out.push_str(&line[..line.len() - body.len()]);
            out.push(SENTINEL);
            out.push_str(body);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The HTML element a markdown construct stands for, as far as text layout goes.
fn tag_name(tag: &Tag<'_>) -> &'static str {
    match tag {
        Tag::Paragraph | Tag::Heading { .. } => "p",
        Tag::Item => "li",
        Tag::List(_) => "ul",
        Tag::BlockQuote(_) => "blockquote",
        Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented) => "pre",
        Tag::Table(_) => "table",
        Tag::TableRow | Tag::TableHead => "tr",
        Tag::TableCell => "td",
        _ => "span",
    }
}

fn end_name(end: TagEnd) -> &'static str {
    match end {
        TagEnd::Paragraph | TagEnd::Heading(_) => "p",
        TagEnd::Item => "li",
        TagEnd::List(_) => "ul",
        TagEnd::BlockQuote(_) => "blockquote",
        TagEnd::CodeBlock => "pre",
        TagEnd::Table => "table",
        TagEnd::TableRow | TagEnd::TableHead => "tr",
        TagEnd::TableCell => "td",
        _ => "span",
    }
}

/// Markdown events as HTML, the HTML in them passed through as written.
fn to_html(events: &[Event<'_>]) -> String {
    let mut out = String::new();
    for event in events {
        match event {
            Event::Text(t) => escape_into(&mut out, t),
            Event::Code(t) => {
                out.push_str("<code>");
                escape_into(&mut out, t);
                out.push_str("</code>");
            }
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(h),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br>"),
            Event::Start(tag) => {
                let name = tag_name(tag);
                out.push('<');
                out.push_str(name);
                out.push('>');
            }
            Event::End(end) => {
                out.push_str("</");
                out.push_str(end_name(*end));
                out.push('>');
            }
            _ => {}
        }
    }
    out
}

fn escape_into(out: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_html_give_the_same_text() {
        let md = from_markdown("Reasons:<ul><li>`A` fails.</li><li>B.</li></ul>Then retry.");
        let html = from_html("Reasons:<ul><li><code>A</code> fails.</li><li>B.</li></ul>Then retry.");
        assert_eq!(md, html);
        assert_eq!(md.text, "Reasons:\n- A fails.\n- B.\nThen retry.");
        assert_eq!(md.items, ["A fails.", "B."]);
    }

    #[test]
    fn breaks_entities_cjk_and_punctuation() {
        assert_eq!(from_html("a</br>b<br/>c<BR >d").text, "a\nb\nc\nd");
        assert_eq!(from_html("x &amp; <code>y</code> .").text, "x & y.");
        assert_eq!(from_markdown("推流成\n功 and\nmore").text, "推流成功 and more");
        assert_eq!(from_markdown("use .NET 4").text, "use .NET 4");
        assert_eq!(from_markdown("ERROR\\_ROOM，加入").text, "ERROR_ROOM，加入");
    }

    #[test]
    fn callout_components_are_lines_of_their_own() {
        let t = from_markdown(
            "Expired. <Admonition type=\"info\" title=\"Deprecated\">Use `X` instead.</Admonition>",
        );
        assert_eq!(t.text, "Expired.\nUse X instead.");
        let t = from_markdown("In the <Vg k=\"CONSOLE\" /> page, enable it.");
        assert_eq!(t.text, "In the page, enable it.");
    }

    #[test]
    fn markdown_lists_and_block_html_on_later_lines() {
        let t = from_markdown("-   0x01030305\n-   0x01030308\n\n");
        assert_eq!(t.items, ["0x01030305", "0x01030308"]);
        let t = from_markdown("Text.\n<div class=\"note\">**Note:** old.</div>");
        assert_eq!(t.text, "Text.\nNote: old.");
    }
}
