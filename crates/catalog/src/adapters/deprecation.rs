//! Deprecation markers in a row's texts, the same in every family: a label (`Deprecated:`,
//! `**Deprecated**`, `**弃用**`, `已废弃`) at the start of a line or of a sentence, or a sentence
//! that says so (`This code is deprecated as of v2.4.1`, `该错误码已废弃`), plus the manifest's
//! own `deprecation_patterns`. A mention of another deprecated API (`the deprecated callback`)
//! is not a marker.

use crate::manifest::Format;
use crate::model::{Occurrence, Text};
use regex::Regex;
use std::sync::LazyLock;

/// A label that opens a line or follows the end of a sentence; its text is what follows it.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[.。!！?？;；]\s*)(?:deprecated|obsolete|已弃用|已废弃|弃用|废弃)(?:\s*[:：]\s*|\s+|$)",
    )
    .expect("static regex")
});

/// A sentence that says the row is deprecated; its text is the whole line.
static SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:is|was|are|were|has been|have been|is now|will be)\s+(?:deprecated|obsolete)\b",
        r"|\bdeprecated\s+(?:since|as of|from|in)\s+v?\d",
        r"|已(?:被)?(?:弃用|废弃)",
        // `已在 3.33 版本中废弃`, `自 v3.0 起废弃`, `从 4.0 版本开始弃用`: a version between.
        r"|(?:已在|自|从)[^。，；;]{0,24}?(?:弃用|废弃)",
    ))
    .expect("static regex")
});

/// Sets the occurrence's deprecation from the first marker in its texts, unless the family
/// already found one (an API reference's `Deprecated:` field).
pub fn detect(occ: &mut Occurrence, format: &Format) {
    if occ.deprecated.is_some() {
        return;
    }
    let own = &format.compiled().deprecations;
    let defaults = format.deprecation_defaults;
    let found = occ.texts().find_map(|(_, t)| {
        let text = t.text.lines().find_map(|line| marker(line, own, defaults))?;
        Some(Text { text, lang: t.lang, span: t.span })
    });
    occ.deprecated = found;
}

/// A name cell marked as deprecated (`[deprecated] kWarningCodeGetRoomFailed`,
/// `ERR_X (已废弃)`, `~~ERR_X~~`): the name without the marker, and the marker.
static NAME_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?i:deprecated|obsolete)|已弃用|已废弃|弃用|废弃";
    Regex::new(&format!(
        r"^(?:[\[(【（]\s*(?P<m1>{word})\s*[\])】）]\s*(?P<n1>\S.*)|(?P<n2>.*?\S)\s*[\[(【（]\s*(?P<m2>{word})\s*[\])】）]|~~(?P<n3>[^~]+)~~)$"
    ))
    .expect("static regex")
});

/// Takes deprecation markers off the names and, when the texts said nothing, makes the marker
/// the deprecation.
pub fn strip_from_names(occ: &mut Occurrence) {
    for name in &mut occ.names {
        let Some(c) = NAME_MARKER.captures(name.name.trim()) else { continue };
        let (Some(clean), marker) = (
            c.name("n1").or(c.name("n2")).or(c.name("n3")),
            c.name("m1").or(c.name("m2")).map_or("deprecated", |m| m.as_str()),
        ) else {
            continue;
        };
        let (clean, marker) = (clean.as_str().trim().to_owned(), marker.to_owned());
        if occ.deprecated.is_none() {
            let lang = if marker.is_ascii() { crate::model::Lang::En } else { crate::model::Lang::ZhHans };
            occ.deprecated = Some(Text { text: marker, lang, span: name.span });
        }
        name.name = clean;
    }
}

/// The deprecation a line states, if any: what follows a label, else the line.
fn marker(line: &str, own: &[Regex], defaults: bool) -> Option<String> {
    let line = line.trim().trim_start_matches("- ");
    if own.iter().any(|re| re.is_match(line)) || (defaults && SENTENCE.is_match(line)) {
        return Some(without_note_label(line).to_owned());
    }
    let m = LABEL.find(line).filter(|_| defaults)?;
    let rest = line[m.end()..].trim();
    Some(if rest.is_empty() { line.to_owned() } else { rest.to_owned() })
}

/// `Note: This code is deprecated …` → `This code is deprecated …`: the note's label says
/// nothing about the deprecation.
fn without_note_label(line: &str) -> &str {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:note|notice|注意|说明|提示)\s*[:：]\s*").expect("static regex")
    });
    NOTE.find(line).map_or(line, |m| &line[m.end()..])
}

#[cfg(test)]
mod tests {
    use super::{marker, NAME_MARKER};

    #[test]
    fn name_cells_carry_markers_before_after_or_as_strikethrough() {
        for (cell, name) in [
            ("[deprecated] kWarningCodeGetRoomFailed", "kWarningCodeGetRoomFailed"),
            ("ERR_OLD (已废弃)", "ERR_OLD"),
            ("【弃用】ERR_OLD", "ERR_OLD"),
            ("~~ERR_OLD~~", "ERR_OLD"),
        ] {
            let c = NAME_MARKER.captures(cell).expect(cell);
            let got = c.name("n1").or(c.name("n2")).or(c.name("n3")).map(|m| m.as_str());
            assert_eq!(got, Some(name), "{cell}");
        }
        assert!(NAME_MARKER.captures("ERR_DEPRECATED_API").is_none());
        assert!(NAME_MARKER.captures("ERR_X (1)").is_none());
    }

    #[test]
    fn a_version_between_already_and_deprecated() {
        assert!(marker("已在 3.33 版本中废弃。", &[], true).is_some());
        assert!(marker("自 v3.0 起弃用，请改用 onError。", &[], true).is_some());
    }

    #[test]
    fn labels_sentences_and_mentions() {
        assert_eq!(marker("Deprecated: since v3.0.", &[], true).as_deref(), Some("since v3.0."));
        assert_eq!(
            marker("The camera is busy. Deprecated: since v3.0.", &[], true).as_deref(),
            Some("since v3.0.")
        );
        assert_eq!(marker("没有权限。弃用：请改用回调。", &[], true).as_deref(), Some("请改用回调。"));
        assert_eq!(marker("Deprecated", &[], true).as_deref(), Some("Deprecated"));
        assert_eq!(
            marker("Note: This code is deprecated as of v2.4.1.", &[], true).as_deref(),
            Some("This code is deprecated as of v2.4.1.")
        );
        assert!(marker("该错误码已废弃。", &[], true).is_some());
        assert_eq!(marker("Callers of the deprecated callback see it too.", &[], true), None);
        assert_eq!(marker("A general error.", &[], true), None);
    }
}
