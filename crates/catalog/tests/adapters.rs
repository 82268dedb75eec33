//! Fixture tests of each format family's hard cases.

mod common;
use common::{assert_accounted, format_table, occ, parse, text};

const TEXT_ROWS: &str = r#"
[format]
family = "text-rows"
header = '^Code Name Description$'
columns = ["code", "name", "description"]
[[format.severity_rules]]
negative = true
severity = "error"
[[format.sections]]
heading = "Events"
severity = "event"
"#;

#[test]
fn text_rows_wrapped_lines_notes_and_lost_codes() {
    let doc = "Title\n\nEvents\n\nIntro prose.\n\nCode Name Description\n\
1001 PUSH_EVT_A Connected to\nthe server.\n\
-1307 PUSH_ERR_B Disconnected.\nNote: only RTMP.\nLost row text (Windows).\nMore lost text (iOS).\n\
1002 PUSH_EVT_C Fine.\n\n  • a bullet after the table\n";
    let (out, d) = parse(TEXT_ROWS, doc);
    assert_accounted(&out, &d);
    assert_eq!(text(&occ(&out, 1001).description), "Connected to the server.");
    let b = occ(&out, -1307);
    assert_eq!(b.severity, catalog::model::Severity::Error);
    assert_eq!(b.notes[0].text, "only RTMP.");
    assert_eq!(occ(&out, 1001).severity, catalog::model::Severity::Event);
    assert_eq!(out.orphans.len(), 1);
    assert_eq!(out.orphans[0].lines.iter().map(|(s, _)| s.line).collect::<Vec<_>>(), vec![12, 13]);
    let orphan = out.diagnostics.iter().find(|d| d.id == "orphan-text").expect("orphan reported");
    assert_eq!(orphan.labels.iter().map(|l| l.line).collect::<Vec<_>>(), vec![12, 13]);
    assert_eq!(out.sections[0].prose.len(), 2, "intro and trailing bullet are section prose");
}

const CODE_BLOCKS: &str = r#"
[format]
family = "code-blocks"
header = '^Error codeDescription$'
unlabeled_fields = ["description", "cause", "suggestion"]
[format.labels]
"Description:" = "description"
"Possible cause:" = "cause"
"Suggestion:" = "suggestion"
"Note:" = "note"
[[format.sections]]
heading_pattern = '^(?P<range>\d{4}xxx(?:/\d{4}xxx)*)\s+(?P<title>.+)$'
"#;

#[test]
fn code_blocks_labels_lists_unlabeled_and_lost_headings() {
    let doc = "1000xxx/1100xxx Common\n\nError codeDescription\n\
1000002Description: Not logged in.\nPossible cause:\n  1. Not https.\n  2. Old browser.\n\nSuggestion:\n  1. Use https.\nNote: changed in 3.0.\n\
1002015Key too long.\nThe key is 128 bytes or more.\nShorten it.\n\
1000003Description: Cut short.\nPossible cause: type=[\"addpush\"\n\n\
Prose that introduces a table whose heading was lost.\n\nError codeDescription\n1002001Description: Too many rooms.\n";
    let (out, d) = parse(CODE_BLOCKS, doc);
    assert_accounted(&out, &d);
    let a = occ(&out, 1000002);
    assert_eq!(text(&a.cause), "1. Not https.\n2. Old browser.");
    assert_eq!(text(&a.suggestion), "1. Use https.");
    assert_eq!(a.notes[0].text, "changed in 3.0.");
    let b = occ(&out, 1002015);
    assert_eq!(
        (text(&b.description), text(&b.cause), text(&b.suggestion)),
        ("Key too long.", "The key is 128 bytes or more.", "Shorten it.")
    );
    let lost = occ(&out, 1002001);
    assert_eq!(
        lost.section,
        vec!["1000xxx/1100xxx Common".to_owned(), "Untitled table at line 20".to_owned()]
    );
    assert_eq!(out.ranges[0].text, "1000xxx/1100xxx");
    assert!(
        out.ranges[0].contains(1000002) && !out.ranges[0].contains(1002001) && !out.ranges[0].contains(0)
    );
}

const MD: &str = r#"
[format]
family = "markdown-table"
columns = ["name", "code", "description"]
[[format.sections]]
heading = "3 推流"
"#;

#[test]
fn markdown_tables_broken_across_page_breaks() {
    let doc = "3 推流\n\n| 错误码枚举 | 枚举值 | 说明 |\n|---|---|---|\n\
| <code>kA</code> | 100 | 第一行 请检查 |\n| kB | 101 | 拉的流不存在 请检查是否已推流成 |\n\n\
| | | 功 |\n|---|---|---|\n| kC | 102 | 请确认appSign |\n\n| | | |\n|---|---|---|\n| | | 鉴权失败 |\n\
| kD | 103 | 重复登录 |\n|---|---|---|\n\n| | | |\n";
    let (out, d) = parse(MD, doc);
    assert_accounted(&out, &d);
    assert_eq!(occ(&out, 100).names[0].name, "kA");
    assert_eq!(text(&occ(&out, 101).description), "拉的流不存在 请检查是否已推流成功");
    assert_eq!(text(&occ(&out, 102).description), "请确认appSign 鉴权失败");
    assert_eq!(out.occurrences.len(), 4);
    let ids: Vec<&str> = out.diagnostics.iter().map(|d| d.id.id()).collect();
    assert!(
        ids.contains(&"split-row") && ids.contains(&"broken-table") && ids.contains(&"stray-table-markup"),
        "{ids:?}"
    );
}

const ALI: &str = r##"
[format]
family = "markdown-table"
columns = ["hex", "code", "message", "description", "suggestion"]
names_in_text = true
[format.column_languages]
message = "en"
[[format.sections]]
heading = "# T"
"##;

#[test]
fn markdown_multi_valued_cells_hex_and_decimal() {
    let doc = "# T\n\n|十六进制|十进制|错误描述|描述|建议您|\n|--|--|--|--|--|\n\
|-   0x01030305\n-   0x01030308\n\n|-   16974597\n-   16974600\n\n|publish stream has error|本地流错误。|调用publish。|\n\
|0xFFFFFFFF|-1|WARN\\_DEFAULT|默认告警信息|-|\n\
|0X01010304|16843524|not in channel|ERROR\\_ROOM\\_NOT\\_IN，当前用户不在频道中。|排查： -   确认余额。\n-   确认Token。 |\n\
|0x0104020|1064993|bad|坏。|-|\n";
    let (out, d) = parse(ALI, doc);
    assert_accounted(&out, &d);
    let a = occ(&out, 16974597);
    assert_eq!(a.code_text, "0x01030305");
    assert_eq!(a.alt_code_text.as_deref(), Some("16974597"));
    assert_eq!(a.code_span.line, 5);
    assert_eq!(occ(&out, 16974600).code_span.line, 6);
    assert_eq!(text(&a.message), "publish stream has error");
    assert_eq!(a.message.as_ref().map(|m| m.lang), Some(catalog::model::Lang::En));
    let w = occ(&out, -1);
    assert_eq!(w.names[0].name, "WARN_DEFAULT");
    assert!(text(&w.suggestion).is_empty(), "`-` means empty");
    let c = occ(&out, 16843524);
    assert_eq!(c.names[0].name, "ERROR_ROOM_NOT_IN");
    assert!(text(&c.suggestion).contains("确认Token。"));
    let mismatch =
        out.diagnostics.iter().find(|d| d.id == "hex-decimal-mismatch").expect("0x0104020 != 1064993");
    assert_eq!(mismatch.labels[0].line, 15);
}

const API: &str = r#"
[format]
family = "api-members"
member = '^\(static\)\s+(?P<name>\w+)$'
value_label = "Default Value:"
deprecated_label = "Deprecated:"
notes_heading = "Note"
example_heading = "Example"
example_language = "javascript"
deprecation_patterns = ['does not throw this error anymore']
[format.labels]
"Note:" = "note"
"Description:" = "cause"
"Handling suggestion:" = "suggestion"
"Handling suggestions:" = "suggestion"
[[format.sections]]
heading = "Members"
[[format.subtables]]
intro = '^Account errors:$'
header = '^Error Code Error Type Description$'
layout = "rows"
namespace = "account"
title = "Account errors"
columns = ["code", "category", "description"]
category_values = ["Account system"]
[[format.subtables]]
header = '^\|\s*Error Code\s*\|\s*Message\s*\|$'
layout = "inline-pipe"
namespace = "server"
title = "Server codes"
columns = ["code", "description"]
"#;

#[test]
fn api_members_with_subtables_examples_and_lost_names() {
    let doc = "Members\n\n(static) A_FAILED\n\nDefault Value:\n  • 0x4001\n\nFailed. Handling suggestion: retry.\n\n\
Account errors:\n\nError Code Error Type Description\n-8 Account system Bad appid.\n70001 Account system Expired.\n\n\
Default Value:\n  • 0x4007\n\nUpstream failed.\nDescription: when it drops.\n\n\
(static) OLD\n\nDeprecated:\n  • since v4.14.0\nDefault Value:\n  • 0x404a\n\nGone.\n\nNote\n\n  • Starting from v4.6.5, the SDK does not throw this error anymore.\n\n\
(static) JOIN\n\nDefault Value:\n  • 0x4004\n\nJoin failed.\n\n| Error Code | Message |\n\n| 5001 | Timeout. | | -10011 | Unknown. |\n\n\
(static) EX\n\nDefault Value:\n  • 0x4044\n\nRecover failed.\nExample\n// retry\nif (x) {\n  y();\n}\n";
    let (out, d) = parse(API, doc);
    assert_accounted(&out, &d);
    let a = occ(&out, 0x4001);
    assert_eq!((text(&a.description), text(&a.suggestion)), ("Failed.", "retry."));
    assert_eq!(occ(&out, -8).namespace, "account");
    assert_eq!(occ(&out, 70001).context.as_deref(), Some("Account system"));
    let nameless = occ(&out, 0x4007);
    assert!(nameless.names.is_empty());
    assert_eq!(text(&nameless.cause), "when it drops.");
    let old = occ(&out, 0x404a);
    assert_eq!(text(&old.deprecated), "since v4.14.0");
    assert_eq!(occ(&out, 5001).namespace, "server");
    assert_eq!(text(&occ(&out, -10011).description), "Unknown.");
    let ex = occ(&out, 0x4044);
    assert_eq!(ex.examples[0].code, "// retry\nif (x) {\n  y();\n}");
    assert_eq!(ex.examples[0].language, "javascript");
}

fn html() -> String {
    format_table("html-table", &["code", "name", "description"])
}

#[test]
fn html_tables_with_headings_lists_and_entities() {
    let doc = "<html><body>\n<h2>Room errors</h2>\n<table>\n<tr><th>Code</th><th>Name</th><th>Meaning</th></tr>\n\
<tr>\n<td>-2301</td>\n<td><code>PLAY_ERR_NET_DISCONNECT</code></td>\n<td>Network &amp; retries failed</td>\n</tr>\n\
<!-- <tr><td>9</td></tr> -->\n<tr><td><ul><li>0x4043</li><li>0x4044</li></ul></td><td>X</td><td>Two codes</td></tr>\n\
</table>\n</body></html>\n";
    let (out, d) = parse(&html(), doc);
    assert_accounted(&out, &d);
    let a = occ(&out, -2301);
    assert_eq!(a.names[0].name, "PLAY_ERR_NET_DISCONNECT");
    assert_eq!(text(&a.description), "Network & retries failed");
    assert_eq!(a.section, vec!["Room errors".to_owned()]);
    assert_eq!((a.span.line, a.last_line), (5, 9));
    assert_eq!(occ(&out, 0x4044).span.line, 11);
}

#[test]
fn html_inline_markup_adds_no_space_before_punctuation() {
    let doc = "<table>\n<tr><th>Code</th><th>Name</th><th>Meaning</th></tr>\n\
<tr><td>7</td><td>A</td><td>Call <code>init()</code>. Then <b>retry</b>, <a href=\"#\">see</a>!<br>Next line<p>A paragraph</p></td></tr>\n\
</table>\n";
    let (out, d) = parse(&html(), doc);
    assert_accounted(&out, &d);
    // Inline markup joins without a space; `<br>` and blocks break the line (cell_text).
    assert_eq!(text(&occ(&out, 7).description), "Call init(). Then retry, see!\nNext line\nA paragraph");
}

#[test]
fn decoding_survives_bom_crlf_and_invalid_bytes() {
    let bytes =
        b"\xEF\xBB\xBFEvents\r\n\r\nCode Name Description\r\n1001 PUSH_EVT_A Caf\xC3\xA9 \xFF ok.\r\n";
    let (out, d) = common::parse_bytes(TEXT_ROWS, bytes);
    assert_eq!(d.issues.len(), 1);
    assert_eq!(text(&occ(&out, 1001).description), "Café \u{FFFD} ok.");
}

#[test]
fn html_rows_the_parser_adds_or_nests_keep_their_own_lines() {
    // html5ever wraps cells written without `<tr>` in a row of its own, and a table inside a
    // cell is a second table, not more rows of the first.
    let doc = "<table>\n<td>1001</td><td>IMPLIED</td>\n<tr><td>1002<td>UNCLOSED\n\
<tr><td>1003</td><td>OUTER</td><td><table><tr><td>1004</td><td>INNER</td></tr></table></td></tr>\n\
</table>\n<table><tr><td>1005</td><td>LAST</td></tr></table>\n";
    let (out, d) = parse(&html(), doc);
    assert_accounted(&out, &d);
    let lines: Vec<(i64, u32)> = out.occurrences.iter().map(|o| (o.code, o.span.line)).collect();
    assert_eq!(lines, [(1001, 2), (1002, 3), (1003, 4), (1004, 4), (1005, 6)]);
    // The cell holding the inner table leaves its rows out: they are rows of their own.
    assert_eq!(occ(&out, 1003).description.as_ref().map(|t| t.text.as_str()), None);
}

/// Severity rules by text and by name, and a rule for every `ERR_` name.
const SEVERITY_RULES: &str = r#"
[format]
family = "text-rows"
header = '^Code Name Description$'
columns = ["code", "name", "description"]
severity = "error"
[[format.severity_rules]]
text_pattern = '(?i)\b(recovered|restored)\b|恢复'
severity = "event"
[[format.severity_rules]]
name_pattern = '_WARNING_'
severity = "warning"
[[format.severity_rules]]
name_pattern = '^ERR_'
severity = "error"
"#;

#[test]
fn severity_rules_match_a_rows_text_as_well_as_its_name() {
    let doc = "Errors\n\nCode Name Description\n\
1001 NET_WARNING_RESTORED The connection is restored.\n\
1002 NET_WARNING_WEAK The network is weak.\n\
1003 AUDIO_OK 音频采集已恢复。\n\
1004 AUDIO_FAIL Capture failed; restart the device.\n\
1005 NET_FAIL Disconnected.\nNote: restored by rejoining.\n\
0 ERR_OK No error.\n\
1 ERR_FAILED General failure.\n";
    let (out, d) = parse(SEVERITY_RULES, doc);
    assert_accounted(&out, &d);
    use catalog::model::Severity::{Error, Event, Warning};
    assert_eq!(occ(&out, 1001).severity, Event, "the first rule that matches decides: text before name");
    assert_eq!(occ(&out, 1002).severity, Warning);
    assert_eq!(occ(&out, 1003).severity, Event, "Chinese text");
    assert_eq!(occ(&out, 1004).severity, Error, "no rule: the format's severity");
    assert_eq!(occ(&out, 1005).severity, Error, "a note is no part of the meaning");
    assert_eq!(occ(&out, 0).severity, Event, "code 0 named OK is success, whatever the ERR_ rule says");
    assert_eq!(occ(&out, 1).severity, Error);
    let failing = "Errors\n\nCode Name Description\n0 NOT_ALLOWED The call is not allowed.\n";
    assert_eq!(
        occ(&parse(SEVERITY_RULES, failing).0, 0).severity,
        Error,
        "a 0 that says failure stays an error"
    );
}
