//! Which comments document which member. A comment on the member's line after it, and
//! back-references (`///<`, `/**<`) below it, are its trailing text; the comments right above
//! it (no blank line between) are its leading text. A comment above a run of members written
//! on consecutive lines heads that run instead (a section title) when it is plain (not
//! doc-style) or when the member also has a trailing one, as do banners framed by long
//! runs of `/`, `*` or `=`, and a plain comment beside a doc comment above the same member.

use super::doc::{self, Comment};
use super::lexer::{Kind, Token};
use super::scan::Scan;
use crate::text::Document;

#[derive(Debug, Default)]
pub struct Attachments {
    before: Vec<Vec<Token>>,
    after: Vec<Vec<Token>>,
    section: Vec<Option<String>>,
}

impl Attachments {
    /// The comments that document member `i`, leading ones first.
    pub fn doc_comments<'s>(&self, i: usize, src: &'s str) -> Vec<Comment<'s>> {
        self.comments_of(i).map(|t| Comment { text: t.text(src), offset: t.start }).collect()
    }

    pub fn comments_of(&self, i: usize) -> impl Iterator<Item = Token> + '_ {
        let empty: &[Token] = &[];
        let before = self.before.get(i).map(Vec::as_slice).unwrap_or(empty);
        let after = self.after.get(i).map(Vec::as_slice).unwrap_or(empty);
        before.iter().chain(after).copied()
    }

    pub fn trailing(&self, i: usize) -> impl Iterator<Item = Token> + '_ {
        self.after.get(i).into_iter().flatten().copied()
    }

    /// The title of the section member `i` is in, if a banner or heading comment opened one.
    pub fn section_of(&self, i: usize) -> Option<&str> {
        self.section.get(i).and_then(|s| s.as_deref())
    }
}

fn is_back_reference(text: &str) -> bool {
    ["///<", "//!<", "//<", "/**<", "/*!<"].iter().any(|p| text.starts_with(p))
}

fn is_doc_style(text: &str) -> bool {
    ["/**", "/*!", "///", "//!"].iter().any(|p| text.starts_with(p)) && !doc::is_banner(text)
}

fn is_plain_block(text: &str) -> bool {
    text.starts_with("/*") && !text.starts_with("/**") && !text.starts_with("/*!")
}

struct Lines<'a> {
    doc: &'a Document,
}

impl Lines<'_> {
    fn first(&self, t: Token) -> u32 {
        self.doc.line_at(t.start)
    }

    fn last(&self, t: Token) -> u32 {
        self.doc.line_at(t.end.saturating_sub(1).max(t.start))
    }

    fn column(&self, t: Token) -> u32 {
        self.doc.span_at(t.start, t.end).column
    }
}

pub fn attach(src: &str, doc: &Document, scan: &Scan) -> Attachments {
    let lines = Lines { doc };
    let tokens = &scan.tokens;
    let n = scan.members.len();
    let mut claimed = vec![false; tokens.len()];
    let mut after = Vec::with_capacity(n);
    for m in &scan.members {
        let mut list: Vec<Token> = m.inner_comments.clone();
        list.extend(
            trailing(src, &lines, tokens, m.last)
                .into_iter()
                .inspect(|&k| claimed[k] = true)
                .map(|k| tokens[k]),
        );
        after.push(list);
    }
    let mut before = Vec::with_capacity(n);
    let mut banners = Vec::with_capacity(n);
    for m in &scan.members {
        let (doc_run, banner) = leading(src, &lines, tokens, m.first, &claimed);
        before.push(doc_run);
        banners.push(banner);
    }
    let section = sections(src, &lines, scan, &mut before, &after, banners);
    Attachments { before, after, section }
}

/// Comments after a member's last token: on its line, back-references below it, and `//`
/// lines continuing a trailing `//` comment in the same column.
fn trailing(src: &str, lines: &Lines<'_>, tokens: &[Token], last: usize) -> Vec<usize> {
    let Some(&end) = tokens.get(last) else { return Vec::new() };
    let line = lines.last(end);
    let mut k = last + 1;
    if tokens
        .get(k)
        .is_some_and(|t| t.kind == Kind::Punct && matches!(t.text(src), "," | ";") && lines.first(*t) == line)
    {
        k += 1;
    }
    let mut out: Vec<usize> = Vec::new();
    let mut column = None;
    while let Some(&c) = tokens.get(k).filter(|t| t.kind == Kind::Comment) {
        let text = c.text(src);
        let previous_end = out.last().map(|&p| lines.last(tokens[p])).unwrap_or(line);
        let same_line = lines.first(c) == line;
        let continues =
            column == Some(lines.column(c)) && text.starts_with("//") && lines.first(c) == previous_end + 1;
        if !(same_line || is_back_reference(text) || continues) || doc::is_banner(text) {
            break;
        }
        if same_line && text.starts_with("//") {
            column = Some(lines.column(c));
        }
        out.push(k);
        k += 1;
    }
    out
}

/// The comments right above a member that document it, and the title of the last banner above
/// them. A banner is often a run of `//` lines (`/////`, `//  Title`, `/////`): consecutive line
/// comments count as one block.
fn leading(
    src: &str,
    lines: &Lines<'_>,
    tokens: &[Token],
    first: usize,
    claimed: &[bool],
) -> (Vec<Token>, Option<String>) {
    let mut k = first;
    while k > 0 && tokens[k - 1].kind == Kind::Comment {
        k -= 1;
    }
    let previous_line = k.checked_sub(1).map(|p| lines.last(tokens[p]));
    let Some(&member) = tokens.get(first) else { return (Vec::new(), None) };
    let member_line = lines.first(member);
    let run: Vec<Token> = (k..first)
        .filter(|&j| !claimed[j])
        .map(|j| tokens[j])
        .filter(|&c| previous_line != Some(lines.first(c)))
        .filter(|&c| !is_back_reference(c.text(src)))
        .filter(|&c| !(is_plain_block(c.text(src)) && lines.first(c) == member_line))
        .collect();
    let blocks = blocks(src, lines, &run);
    let banner = blocks.iter().rposition(|b| b.iter().any(|c| doc::is_banner(c.text(src))));
    let title = banner.and_then(|b| {
        blocks[b].iter().find_map(|c| doc::title(&Comment { text: c.text(src), offset: c.start }))
    });
    // Only the comments that touch the member, line after line, below any banner.
    let mut kept: Vec<Token> = Vec::new();
    let mut next_line = member_line;
    for block in blocks[banner.map(|b| b + 1).unwrap_or(0)..].iter().rev() {
        let (Some(&top), Some(&bottom)) = (block.first(), block.last()) else { continue };
        if lines.last(bottom) + 1 < next_line {
            break;
        }
        next_line = lines.first(top);
        kept.extend(block.iter().rev());
    }
    kept.reverse();
    (kept, title)
}

/// Comments grouped into blocks: `//` comments on consecutive lines form one block, any other
/// comment is a block of its own.
fn blocks(src: &str, lines: &Lines<'_>, run: &[Token]) -> Vec<Vec<Token>> {
    let mut out: Vec<Vec<Token>> = Vec::new();
    for &c in run {
        let line_comment = c.text(src).starts_with("//");
        let joins = out.last().and_then(|b| b.last()).is_some_and(|&p| {
            line_comment && p.text(src).starts_with("//") && lines.first(c) == lines.last(p) + 1
        });
        match out.last_mut() {
            Some(b) if joins => b.push(c),
            _ => out.push(vec![c]),
        }
    }
    out
}

/// Section titles per member; leading comments that head a run of members move to them.
fn sections(
    src: &str,
    lines: &Lines<'_>,
    scan: &Scan,
    before: &mut [Vec<Token>],
    after: &[Vec<Token>],
    banners: Vec<Option<String>>,
) -> Vec<Option<String>> {
    let members = &scan.members;
    let mut current: Vec<Option<String>> = vec![None; scan.groups.len()];
    let mut out = Vec::with_capacity(members.len());
    for (i, m) in members.iter().enumerate() {
        if let Some(b) = &banners[i] {
            current[m.group] = Some(b.clone());
        }
        let last_line = after[i]
            .iter()
            .map(|t| lines.last(*t))
            .chain(scan.tokens.get(m.last).map(|t| lines.last(*t)))
            .max()
            .unwrap_or(0);
        let next = members.get(i + 1).filter(|n| n.group == m.group);
        let run_continues = next.is_some_and(|n| {
            before.get(i + 1).is_some_and(Vec::is_empty)
                && scan.tokens.get(n.first).is_some_and(|t| lines.first(*t) == last_line + 1)
        });
        // Beside a doc comment or a block one, a line comment (`// sdk: 100~1000` above
        // `/** 111: … */`, `// 加密模块：10471 - 10476` above `/* … */`) is a section title, not
        // the member's text.
        let block = |c: &Token| is_doc_style(c.text(src)) || is_plain_block(c.text(src));
        if before[i].iter().any(block) && before[i].iter().any(|c| !block(c)) {
            let (docs, plain): (Vec<Token>, Vec<Token>) =
                before[i].iter().partition(|c| block(c) || is_back_reference(c.text(src)));
            if let Some(title) =
                plain.iter().find_map(|c| doc::title(&Comment { text: c.text(src), offset: c.start }))
            {
                current[m.group] = Some(title);
            }
            before[i] = docs;
        }
        // A doc comment (`/**`, `///`) names its member even above a run; a plain one heads
        // it, as does a plain one above a member with its own trailing text. A doc comment
        // above a member with trailing text heads a run that goes on; where each member has
        // one above and one beside it, both are its text.
        let plain = before[i].iter().all(|c| !is_doc_style(c.text(src)));
        let heads =
            if plain { run_continues || !after[i].is_empty() } else { run_continues && !after[i].is_empty() };
        if !before[i].is_empty() && heads {
            let heading = std::mem::take(&mut before[i]);
            let title =
                heading.iter().find_map(|c| doc::title(&Comment { text: c.text(src), offset: c.start }));
            if title.is_some() {
                current[m.group] = title;
            }
        }
        out.push(current[m.group].clone());
    }
    out
}
