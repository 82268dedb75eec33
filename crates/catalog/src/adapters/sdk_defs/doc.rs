//! The text of a member's doc comment: comment markers and decoration removed, Doxygen and
//! JSDoc tags read (`@brief`, `@deprecated`, `@note`, `{@link X}`), bilingual blocks split
//! (`@if English … @endif`, `@if Chinese … @endif`, and `@locale en` / `@locale zh`, which holds
//! to the end of its comment), and labelled parts (`Description:`,
//! `原因：`) mapped to fields with the manifest's `labels`, as in documents.

use crate::manifest::Role;
use crate::model::{Field, Lang};
use std::collections::BTreeMap;

/// One line (or `<br>`-separated part) of a comment's text, with the field it fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub field: Field,
    /// Whether a label or tag opened it (a new note, rather than a note's next line).
    pub opens: bool,
    /// The language a bilingual block declares, if any.
    pub lang: Option<Lang>,
    pub text: String,
    /// Byte offset of the text in the file.
    pub offset: usize,
    /// Whether it is a list item (kept on its own line).
    pub item: bool,
}

/// A comment token's text and where it starts.
pub struct Comment<'a> {
    pub text: &'a str,
    pub offset: usize,
}

/// The lines of a comment without markers, each with its byte offset.
fn content_lines<'a>(c: &Comment<'a>) -> Vec<(&'a str, usize)> {
    let raw = c.text;
    let (open, close) = if raw.starts_with("//") { ("//", "") } else { ("/*", "*/") };
    let after_open = raw.get(open.len()..).unwrap_or("");
    let after_marks = after_open.trim_start_matches(['/', '*', '!']);
    let after_marks = after_marks.strip_prefix('<').unwrap_or(after_marks);
    let start = raw.len() - after_marks.len();
    let end = if !close.is_empty() && raw.len() >= start + 2 && raw.ends_with(close) {
        raw.len() - 2
    } else {
        raw.len()
    };
    let body = raw.get(start..end.max(start)).unwrap_or("");
    let body_start = c.offset + start;
    let mut out = Vec::new();
    let mut at = 0;
    for line in body.split('\n') {
        let offset = body_start + at;
        at += line.len() + 1;
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        // A block comment's lines usually start with ` * `.
        let (text, skip) = match trimmed.strip_prefix('*') {
            Some(r) if !r.starts_with('/') => (r, lead + 1),
            _ => (trimmed, lead),
        };
        let text = text.trim_end_matches('\r');
        let inner_lead = text.len() - text.trim_start().len();
        let text = text.trim();
        if text.is_empty() || is_decoration(text) {
            out.push(("", offset));
            continue;
        }
        out.push((text, offset + skip + inner_lead));
    }
    out
}

/// A line made only of `*`, `/`, `=`, `-`, `#` or `~`: a frame, not text.
pub fn is_decoration(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, '*' | '/' | '=' | '-' | '#' | '~' | ' '))
}

/// A banner: a comment framed by a long run of one decoration character, which heads the
/// members after it rather than describing one.
pub fn is_banner(raw: &str) -> bool {
    let mut run = 0;
    let mut prev = '\0';
    for c in raw.chars() {
        if matches!(c, '*' | '/' | '=' | '-' | '#' | '~') && c == prev {
            run += 1;
            if run >= 9 {
                return true;
            }
        } else {
            run = 0;
        }
        prev = c;
    }
    false
}

/// The first line of text of a comment (a banner's title).
pub fn title(c: &Comment<'_>) -> Option<String> {
    content_lines(c).into_iter().map(|(t, _)| t).find(|t| !t.is_empty()).map(str::to_owned)
}

/// The pieces of a member's comments, in order.
pub fn pieces(comments: &[Comment<'_>], labels: &BTreeMap<String, Role>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lang: Option<Lang> = None;
    let mut field = Field::Description;
    for c in comments {
        // `@locale` declares the language of its own comment only (SDKs write one comment per
        // language): a comment that declares none is not taken for the previous one's language.
        let mut locale = false;
        for (line, offset) in content_lines(c) {
            if line.is_empty() {
                continue;
            }
            if let Some((block, scoped)) = bilingual_marker(line) {
                lang = block;
                locale = scoped;
                field = Field::Description;
                continue;
            }
            for (segment, at, marker) in language_segments(line, offset) {
                if let Some(l) = marker {
                    lang = l;
                    locale = true;
                    field = Field::Description;
                }
                for (part, at) in split_breaks(segment, at) {
                    if let Some(p) = piece(part, at, lang, &mut field, labels) {
                        out.push(p);
                    }
                }
            }
        }
        if locale {
            lang = None;
        }
    }
    out
}

/// `@if English` → English, `@if Chinese` → Chinese, `@endif` → neither; `@locale en` and
/// `@locale zh` the same, scoped to their comment (the `bool`). Any other line is `None`.
fn bilingual_marker(line: &str) -> Option<(Option<Lang>, bool)> {
    let t = line.trim_start_matches(['@', '\\']);
    if t.len() == line.len() {
        return None;
    }
    let mut words = t.split_whitespace();
    let (tag, value) = (words.next(), words.next().map(str::to_ascii_lowercase));
    let lang = match value.as_deref() {
        Some("english" | "en" | "en-us") => Some(Lang::En),
        Some("chinese" | "zh" | "cn" | "zh-hans" | "zh-cn") => Some(Lang::ZhHans),
        _ => None,
    };
    match tag {
        Some("if") => lang.map(|l| (Some(l), false)),
        Some("locale") => lang.map(|l| (Some(l), true)),
        Some("endif") => Some((None, false)),
        _ => None,
    }
}

/// Splits a line at Doxygen's language commands (`\~chinese 一般错误 \~english General error`):
/// each part with the language its command switches to (`\~` alone: every language), the
/// first part with none when the line does not open with one. The language holds to the end
/// of the comment.
fn language_segments(line: &str, offset: usize) -> Vec<(&str, usize, Option<Option<Lang>>)> {
    let mut out = Vec::new();
    let mut rest = line;
    let mut at = offset;
    let mut marker = None;
    while let Some(pos) = rest.find("\\~") {
        if pos > 0 || marker.is_some() {
            out.push((&rest[..pos], at, marker));
        }
        let after = &rest[pos + 2..];
        let word: String = after.chars().take_while(char::is_ascii_alphabetic).collect();
        marker = Some(match word.to_ascii_lowercase().as_str() {
            "english" | "en" => Some(Lang::En),
            "chinese" | "zh" | "cn" => Some(Lang::ZhHans),
            _ => None,
        });
        at += pos + 2 + word.len();
        rest = &after[word.len()..];
    }
    out.push((rest, at, marker));
    out
}

/// Splits a line at `<br>`, `<br/>` and `<br />`.
fn split_breaks(line: &str, offset: usize) -> Vec<(&str, usize)> {
    let lower = line.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    let mut search = 0;
    while let Some(pos) = lower[search..].find("<br").map(|p| search + p) {
        let Some(close) = lower[pos..].find('>') else { break };
        out.push((&line[from..pos], offset + from));
        from = pos + close + 1;
        search = from;
    }
    out.push((&line[from..], offset + from));
    out
}

fn piece(
    part: &str,
    offset: usize,
    lang: Option<Lang>,
    field: &mut Field,
    labels: &BTreeMap<String, Role>,
) -> Option<Piece> {
    let trimmed = part.trim();
    let lead = part.len() - part.trim_start().len();
    let mut at = offset + lead;
    let mut text = trimmed;
    let mut opens = false;
    if let Some(tag) = text.strip_prefix('@').or_else(|| text.strip_prefix('\\')) {
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let rest = tag[name.len()..].trim_start();
        match name.as_str() {
            "brief" | "details" | "description" => {}
            "deprecated" => *field = Field::Deprecated,
            "note" | "attention" | "warning" | "remark" | "remarks" => *field = Field::Note,
            // Any other tag (`@link`, `@since`, `@param` …) is metadata: dropped with its line.
            _ if !name.is_empty() => return None,
            _ => return keep(text, at, lang, *field, false),
        }
        opens = true;
        at += text.len() - rest.len();
        text = rest;
        if *field == Field::Deprecated && text.is_empty() {
            text = "deprecated";
        }
    }
    if let Some((r, rest)) = label(text, labels) {
        at += text.len() - rest.trim_start().len();
        *field = r.field();
        opens = true;
        text = rest.trim();
    }
    keep(text, at, lang, *field, opens)
}

fn keep(text: &str, offset: usize, lang: Option<Lang>, field: Field, opens: bool) -> Option<Piece> {
    let text = inline_links(text.trim());
    if text.is_empty() {
        return None;
    }
    Some(Piece { item: crate::adapters::is_list_item(&text), field, opens, lang, text, offset })
}

fn label<'a>(text: &'a str, labels: &BTreeMap<String, Role>) -> Option<(Role, &'a str)> {
    labels
        .iter()
        .filter_map(|(l, r)| text.strip_prefix(l.as_str()).map(|rest| (l.len(), *r, rest)))
        .max_by_key(|(len, _, _)| *len)
        .map(|(_, r, rest)| (r, rest))
}

/// `{@link Name}` and `{@link Name text}` read as their text.
fn inline_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("{@") {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 2..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[pos..]);
            return out;
        };
        let inner = &after[..close];
        let mut words = inner.split_whitespace().skip(1);
        let target = words.next().unwrap_or("");
        let label: Vec<&str> = words.collect();
        out.push_str(&if label.is_empty() { target.to_owned() } else { label.join(" ") });
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The language a text is written in: Chinese when it holds Han characters, English when it
/// holds Latin letters, else `fallback`.
pub fn detect(text: &str, fallback: Lang) -> Lang {
    if text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c))
    {
        Lang::ZhHans
    } else if text.chars().any(|c| c.is_ascii_alphabetic()) {
        Lang::En
    } else {
        fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &[&str], labels: &[(&str, Role)]) -> Vec<(Field, Option<Lang>, String)> {
        let labels: BTreeMap<String, Role> = labels.iter().map(|(l, r)| ((*l).to_owned(), *r)).collect();
        let comments: Vec<Comment<'_>> = raw.iter().map(|t| Comment { text: t, offset: 0 }).collect();
        pieces(&comments, &labels).into_iter().map(|p| (p.field, p.lang, p.text)).collect()
    }

    #[test]
    fn markers_and_decoration_are_removed() {
        for raw in [
            "///< Camera occupied",
            "//< Camera occupied",
            "/**< Camera occupied */",
            "// Camera occupied",
            "/** Camera occupied */",
            "/*!< Camera occupied */",
        ] {
            assert_eq!(
                texts(&[raw], &[]),
                vec![(Field::Description, None, "Camera occupied".to_owned())],
                "{raw}"
            );
        }
        let block = "/**\n * First line\n * second line.\n *\n * - item\n */";
        assert_eq!(
            texts(&[block], &[]).into_iter().map(|t| t.2).collect::<Vec<_>>(),
            vec!["First line", "second line.", "- item"]
        );
    }

    #[test]
    fn doxygen_language_commands_split_one_line() {
        let got = texts(&["/*! \\~chinese 一般错误 \\~english General error */"], &[]);
        assert_eq!(
            got,
            vec![
                (Field::Description, Some(Lang::ZhHans), "一般错误".to_owned()),
                (Field::Description, Some(Lang::En), "General error".to_owned()),
            ]
        );
        let next = texts(&["/*! \\~chinese 一般错误 */", "/** plain */"], &[]);
        assert_eq!(
            next[1],
            (Field::Description, None, "plain".to_owned()),
            "the language ends with its comment"
        );
    }

    #[test]
    fn bilingual_blocks_and_tags() {
        let block = "/**\n * @if English\n * @brief No permission.\n * @endif\n * @if Chinese\n * 权限不足。\n * @endif\n * @deprecated since 5.0\n * @link https://x\n */";
        assert_eq!(
            texts(&[block], &[]),
            vec![
                (Field::Description, Some(Lang::En), "No permission.".to_owned()),
                (Field::Description, Some(Lang::ZhHans), "权限不足。".to_owned()),
                (Field::Deprecated, None, "since 5.0".to_owned()),
            ]
        );
    }

    #[test]
    fn locale_blocks_hold_to_the_end_of_their_comment() {
        let zh = "/**\n * @locale zh\n * @brief `kX` 无效。\n * `updateToken`\n */";
        let en = "/**\n * @locale en\n * @brief Invalid.<br>\n *        Call `updateToken`.\n */";
        assert_eq!(
            texts(&[zh, en, "/** @hidden */", "// plain"], &[]),
            vec![
                (Field::Description, Some(Lang::ZhHans), "`kX` 无效。".to_owned()),
                (Field::Description, Some(Lang::ZhHans), "`updateToken`".to_owned()),
                (Field::Description, Some(Lang::En), "Invalid.".to_owned()),
                (Field::Description, Some(Lang::En), "Call `updateToken`.".to_owned()),
                (Field::Description, None, "plain".to_owned()),
            ]
        );
        // An unknown locale is metadata, as any other tag.
        assert_eq!(
            texts(&["/** @locale fr\n * Texte */"], &[]),
            vec![(Field::Description, None, "Texte".to_owned())]
        );
    }

    #[test]
    fn labels_and_line_breaks() {
        let labels = [
            ("Description:", Role::Description),
            ("Cause:", Role::Cause),
            ("Solutions:", Role::Suggestion),
            ("原因：", Role::Cause),
        ];
        let line = "/// Description: Not logged in. <br>Cause: No login.<br/>Solutions: Call {@link loginRoom} first.";
        assert_eq!(
            texts(&[line], &labels),
            vec![
                (Field::Description, None, "Not logged in.".to_owned()),
                (Field::Cause, None, "No login.".to_owned()),
                (Field::Suggestion, None, "Call loginRoom first.".to_owned()),
            ]
        );
        assert_eq!(texts(&["// 原因：未登录"], &labels), vec![(Field::Cause, None, "未登录".to_owned())]);
    }

    #[test]
    fn offsets_point_at_the_text() {
        let src = "x /** <br>Cause: late */";
        let labels: BTreeMap<String, Role> = [("Cause:".to_owned(), Role::Cause)].into();
        let p = pieces(&[Comment { text: &src[2..], offset: 2 }], &labels);
        assert_eq!(&src[p[0].offset..p[0].offset + 4], "late");
    }

    #[test]
    fn banners_and_languages() {
        assert!(is_banner("/////////////////\n//  Basic errors\n/////////////"));
        assert!(is_banner("/****************\n * 入会错误码\n ****************/"));
        assert!(!is_banner("/** Token invalid. */"));
        assert_eq!(detect("摄像头 occupied", Lang::En), Lang::ZhHans);
        assert_eq!(detect("occupied", Lang::ZhHans), Lang::En);
        assert_eq!(detect("-1", Lang::ZhHans), Lang::ZhHans);
    }
}
