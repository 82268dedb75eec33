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
    use super::marker;

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
