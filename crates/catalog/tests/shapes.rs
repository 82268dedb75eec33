//! Issue 13: every family honours the whole manifest contract. One fixture per defect the
//! issue names, each written from the shape of a real vendor page (Agora's error and warning
//! code pages in markdown and in HTML, TypeDoc, Doxygen and JSDoc references).

mod common;
use catalog::model::Severity;
use common::{assert_accounted, format_table, occ, parse, text, MINIMAL_MANIFEST};

fn ids(out: &catalog::adapters::Output) -> Vec<&str> {
    out.diagnostics.iter().map(|d| d.id.id()).collect()
}

fn md_two_columns() -> String {
    format_table("markdown-table", &["code", "description"])
}

/// The description the markdown family reads from one two-column row holding `cell`, with
/// every line of the document accounted for.
fn md_description(cell: &str) -> String {
    let doc = format!("| Error code | Description |\n| --- | --- |\n| `1` | {cell} |\n");
    let (out, d) = parse(&md_two_columns(), &doc);
    assert_accounted(&out, &d);
    text(&occ(&out, 1).description).to_string()
}

#[test]
fn md_cell_opening_with_block_html_keeps_its_list() {
    assert_eq!(
        md_description(
            "<ul><li>The engine was not initialized.</li><li>The channel name is empty.</li></ul>"
        ),
        "- The engine was not initialized.\n- The channel name is empty."
    );
}

#[test]
fn md_list_items_stay_apart_after_text() {
    assert_eq!(
        md_description(
            "The SDK is not ready for one of these reasons:<li>The engine failed to start.</li><li>The user is not in a channel.</li>"
        ),
        "The SDK is not ready for one of these reasons:\n- The engine failed to start.\n- The user is not in a channel."
    );
}

#[test]
fn md_every_br_spelling_breaks_the_line() {
    assert_eq!(
        md_description("The token is invalid.</br>Check the certificate.<br/>Check the uid.<br>Check the clock.<BR /> Retry."),
        "The token is invalid.\nCheck the certificate.\nCheck the uid.\nCheck the clock.\nRetry."
    );
}

#[test]
fn md_inline_code_is_kept_without_stray_spaces() {
    assert_eq!(
        md_description("Call `initialize` before `join`. Use <code>RtcEngine</code>, then retry."),
        "Call initialize before join. Use RtcEngine, then retry."
    );
}

fn md_three_columns() -> String {
    format_table("markdown-table", &["name", "code", "description"])
}

#[test]
fn md_row_continued_on_the_next_line_is_joined() {
    // The converter wrapped a long cell onto a row of its own, with the key cells left empty.
    let doc = "| Name | Value | Description |\n| --- | --- | --- |\n\
| ERR_CONNECTION_INTERRUPTED | 111 | The connection was interrupted for more than |\n\
| | | 4 seconds. The SDK keeps reconnecting. |\n\
| ERR_CONNECTION_LOST | 112 | The connection was lost. |\n";
    let (out, d) = parse(&md_three_columns(), doc);
    assert_accounted(&out, &d);
    assert_eq!(
        text(&occ(&out, 111).description),
        "The connection was interrupted for more than 4 seconds. The SDK keeps reconnecting."
    );
    assert!(!ids(&out).contains(&"malformed-row"), "{:?}", out.diagnostics);
}

#[test]
fn md_continuation_with_more_cells_than_columns_is_joined_not_dropped() {
    // A two-column table whose wrapped text landed one cell further right.
    let doc = "| Error code | Description |\n| --- | --- |\n\
| `111` | The connection was interrupted for more than |\n\
| | | 4 seconds. |\n";
    let (out, d) = parse(&md_two_columns(), doc);
    assert_accounted(&out, &d);
    assert_eq!(text(&occ(&out, 111).description), "The connection was interrupted for more than 4 seconds.");
    for diag in &out.diagnostics {
        let help = diag.help.as_deref().unwrap_or("");
        assert!(!help.contains("add the column"), "wrong hint: {diag:?}");
    }
}

#[test]
fn md_sections_each_with_their_own_columns() {
    let manifest = r#"
[format]
family = "markdown-table"
columns = ["code", "description"]
[[format.sections]]
heading = "Common errors"
[[format.sections]]
heading = "Audio errors"
columns = ["name", "code", "description"]
"#;
    let doc = "## Common errors\n\n| Error code | Description |\n| --- | --- |\n| `1` | A general error. |\n\n\
## Audio errors\n\n| Name | Value | Description |\n| --- | --- | --- |\n| ERR_ADM_GENERAL | 1005 | The audio device failed. |\n";
    let (out, d) = parse(manifest, doc);
    assert_accounted(&out, &d);
    assert_eq!(text(&occ(&out, 1).description), "A general error.");
    let adm = occ(&out, 1005);
    assert_eq!(adm.names[0].name, "ERR_ADM_GENERAL");
    assert_eq!(text(&adm.description), "The audio device failed.");
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn md_deprecation_markers_outside_api_references() {
    let doc = "| Error code | Description |\n| --- | --- |\n\
| `109` | The token expired.<div class=\"alert note\">**Note:** This code is **deprecated** as of v2.4.1. Use `TOKEN_EXPIRED(9)` instead.</div> |\n\
| `1003` | **Deprecated** Use the local video state instead. |\n\
| `1510` | 没有摄像头权限。**弃用**：请改用状态回调。 |\n\
| `1512` | The camera is in use. Deprecated: since v3.0. |\n\
| `1600` | An unknown error; callers that relied on the deprecated callback see it too. |\n";
    let (out, _) = parse(&md_two_columns(), doc);
    assert!(text(&occ(&out, 109).deprecated).contains("deprecated as of v2.4.1"), "{:?}", occ(&out, 109));
    assert!(!text(&occ(&out, 1003).deprecated).is_empty());
    assert!(!text(&occ(&out, 1510).deprecated).is_empty());
    assert_eq!(text(&occ(&out, 1512).deprecated), "since v3.0.");
    assert!(occ(&out, 1600).deprecated.is_none(), "a mention of another deprecated API is not a marker");
}

/// Agora's error code page of the 3.x SDKs: markdown headings over raw HTML tables whose
/// header row is bold `<td>` cells, one cell a line, and warnings numbered apart from errors.
const AGORA_HTML: &str = include_str!("fixtures/pages/agora-3x-error-codes.md");

const AGORA_HTML_MANIFEST: &str = r#"
[format]
family = "html-table"
columns = ["name", "code", "description"]
[[format.sections]]
heading = "Error codes"
severity = "error"
namespace = "demo-error"
[[format.sections]]
heading = "Warning codes"
severity = "warning"
namespace = "demo-warning"
context = "warning"
"#;

fn find<'a>(
    out: &'a catalog::adapters::Output,
    namespace: &str,
    code: i64,
) -> &'a catalog::model::Occurrence {
    out.occurrences
        .iter()
        .find(|o| o.namespace == namespace && o.code == code)
        .unwrap_or_else(|| panic!("no {namespace}/{code} in {:?}", out.occurrences))
}

#[test]
fn html_sections_give_severity_namespace_and_context() {
    let (out, d) = parse(AGORA_HTML_MANIFEST, AGORA_HTML);
    assert_accounted(&out, &d);
    let err = find(&out, "demo-error", 103);
    let warn = find(&out, "demo-warning", 103);
    assert_eq!((err.severity, err.context.as_deref()), (Severity::Error, None));
    assert_eq!((warn.severity, warn.context.as_deref()), (Severity::Warning, Some("warning")));
    assert_eq!(warn.names[0].name, "WARN_NO_AVAILABLE_CHANNEL");
    assert_eq!(warn.section, vec!["Warning codes".to_owned()]);
    assert_eq!(out.occurrences.len(), 3);
}

#[test]
fn html_bold_header_rows_are_headers_not_codes() {
    let (out, _) = parse(AGORA_HTML_MANIFEST, AGORA_HTML);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn html_rows_point_at_the_lines_of_their_cells() {
    let (out, d) = parse(AGORA_HTML_MANIFEST, AGORA_HTML);
    let err = find(&out, "demo-error", 103);
    let line_of = |needle: &str| {
        d.lines().find(|l| l.text.contains(needle)).map(|l| l.number).expect("needle in fixture")
    };
    assert_eq!(err.span.line, line_of("<tr><td>ERR_NO_SERVER_RESOURCES"));
    assert_eq!(err.names[0].span.line, line_of("ERR_NO_SERVER_RESOURCES"));
    assert_eq!(err.code_span.line, line_of("<td>103</td>"));
    assert_eq!((err.code_span.column, err.code_span.end - err.code_span.start), (5, 3));
    assert_eq!(err.description.as_ref().map(|t| t.span.line), Some(line_of("The SDK cannot get")));
    assert_eq!(err.last_line, line_of("<tr><td>ERR_NO_SERVER_RESOURCES") + 3);
}

#[test]
fn html_cell_text_keeps_code_without_stray_spaces() {
    let (out, _) = parse(AGORA_HTML_MANIFEST, AGORA_HTML);
    assert_eq!(
        text(&find(&out, "demo-error", 103).description),
        "The SDK cannot get server resources in the region. Call initialize with another region."
    );
}

#[test]
fn html_declared_heading_that_is_missing_is_reported() {
    let manifest = format!("{AGORA_HTML_MANIFEST}[[format.sections]]\nheading = \"Event codes\"\n");
    let (out, _) = parse(&manifest, AGORA_HTML);
    let missing = out.diagnostics.iter().find(|d| d.id == "missing-section").expect("missing-section");
    assert!(missing.message.contains("Event codes"), "{missing:?}");
    assert!(missing.labels.iter().all(|l| l.line > 0 && l.file == "fixture.txt"));
}

#[test]
fn html_header_row_is_checked_against_the_manifest_header() {
    let manifest = r#"
[format]
family = "html-table"
columns = ["name", "code", "description"]
header = '^(Error|Warning) code \| Enumerator \| Description$'
"#;
    let swapped = AGORA_HTML.replacen(
        "<tr><td><strong>Error code</strong></td>\n<td><strong>Enumerator</strong></td>",
        "<tr><td><strong>Enumerator</strong></td>\n<td><strong>Error code</strong></td>",
        1,
    );
    let (out, _) = parse(manifest, AGORA_HTML);
    assert!(!ids(&out).contains(&"unexpected-header"), "{:?}", out.diagnostics);
    let (out, d) = parse(manifest, &swapped);
    let found: Vec<_> = out.diagnostics.iter().filter(|d| d.id == "unexpected-header").collect();
    assert_eq!(found.len(), 1, "{:?}", out.diagnostics);
    let header_line =
        d.lines().find(|l| l.text.contains("<strong>Enumerator</strong></td>")).map(|l| l.number);
    assert_eq!(Some(found[0].labels[0].line), header_line);
}

#[test]
fn html_stop_at_ends_the_sections() {
    let page = format!(
        "{AGORA_HTML}\n<h2>Related pages</h2>\n<table>\n<tr><td>Previous</td><td>Next</td></tr>\n</table>\n"
    );
    let manifest = AGORA_HTML_MANIFEST.replacen(
        "[format]\nfamily = \"html-table\"",
        "[format]\nfamily = \"html-table\"\nstop_at = '^<h2>Related pages</h2>$'",
        1,
    );
    let (out, d) = parse(&manifest, &page);
    assert_accounted(&out, &d);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    assert_eq!(out.occurrences.len(), 3);
}

#[test]
fn html_continuation_row_is_joined_to_its_row() {
    let page = AGORA_HTML.replacen(
        "<td>No channel resources are available.</td>\n</tr>",
        "<td>No channel resources are available.</td>\n</tr>\n<tr><td></td><td></td><td>The server could not allocate one.</td></tr>",
        1,
    );
    let (out, d) = parse(AGORA_HTML_MANIFEST, &page);
    assert_accounted(&out, &d);
    assert_eq!(
        text(&find(&out, "demo-warning", 103).description),
        "No channel resources are available. The server could not allocate one."
    );
    assert!(!ids(&out).contains(&"orphan-text"), "{:?}", out.diagnostics);
}

/// A generated HTML page: `<h2>` headings written over several lines, `<thead>` headers, cells
/// with lists, breaks and a deprecation note.
const PLAIN_HTML: &str = r#"<!DOCTYPE html>
<html lang="en">
<head><title>Error codes</title></head>
<body>
<nav><a href="/">Docs</a></nav>
<h2 id="errors">
  Error codes
</h2>
<table class="table">
  <thead>
    <tr><th>Code</th><th>Description</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>3</td>
      <td>The SDK is not ready:<ul><li>The engine failed to start.</li><li>The user is not in a channel.</li></ul></td>
    </tr>
    <tr>
      <td>110</td>
      <td>The token is invalid.<br/>Check the certificate.</br>Check the uid.<p><strong>Deprecated:</strong> use the connection state instead.</p></td>
    </tr>
  </tbody>
</table>
<h2 id="warnings">Warning codes</h2>
<table class="table">
  <thead><tr><th>Code</th><th>Name</th><th>Description</th></tr></thead>
  <tbody>
    <tr><td>8</td><td><code>WARN_INVALID_VIEW</code></td><td>The view is invalid.</td></tr>
  </tbody>
</table>
</body>
</html>
"#;

#[test]
fn html_headings_by_text_per_section_columns_lists_breaks_and_deprecation() {
    let manifest = r###"
[format]
family = "html-table"
columns = ["code", "description"]
[[format.sections]]
heading = "## Error codes"
[[format.sections]]
heading = "Warning codes"
columns = ["code", "name", "description"]
severity = "warning"
namespace = "demo-warning"
"###;
    let (out, d) = parse(manifest, PLAIN_HTML);
    assert_accounted(&out, &d);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    assert_eq!(
        text(&occ(&out, 3).description),
        "The SDK is not ready:\n- The engine failed to start.\n- The user is not in a channel."
    );
    let token = occ(&out, 110);
    assert_eq!(
        text(&token.description),
        "The token is invalid.\nCheck the certificate.\nCheck the uid.\nDeprecated: use the connection state instead."
    );
    assert_eq!(text(&token.deprecated), "use the connection state instead.");
    let view = find(&out, "demo-warning", 8);
    assert_eq!((view.names[0].name.as_str(), view.severity), ("WARN_INVALID_VIEW", Severity::Warning));
    assert_eq!(occ(&out, 3).section, vec!["Error codes".to_owned()]);
}

/// A TypeDoc enumeration page: one `<section class="tsd-member">` a member, the name in `<h3>`
/// (with `<wbr>` breaks), the value in the signature, a comment, a deprecation tag and the
/// "Defined in" aside that is not part of the description.
const TYPEDOC: &str = r##"<!DOCTYPE html><html class="default" lang="en"><head><meta charSet="utf-8"/><title>ErrorCode | rtc-sdk</title></head>
<body><main>
<div class="tsd-page-title"><h1>Enumeration ErrorCode</h1></div>
<section class="tsd-panel tsd-comment"><div class="tsd-comment tsd-typography"><p>Codes of the errors the client throws.</p></div></section>
<section class="tsd-panel-group tsd-member-group">
<h2>Enumeration Members</h2>
<section class="tsd-panel tsd-member"><a id="INVALID_PARAMS" class="tsd-anchor"></a>
<h3 class="tsd-anchor-link"><span>INVALID_<wbr/>PARAMS</span><a href="#INVALID_PARAMS" aria-label="Permalink" class="tsd-anchor-icon"><svg viewBox="0 0 24 24"><use href="#icon-anchor"></use></svg></a></h3>
<div class="tsd-signature"><span class="tsd-kind-enum-member">INVALID_<wbr/>PARAMS</span><span class="tsd-signature-symbol">:</span> <span class="tsd-signature-type">4001</span></div>
<div class="tsd-comment tsd-typography"><p>A parameter is invalid: check the <code>appId</code> and the channel name.</p>
</div>
<aside class="tsd-sources"><ul><li>Defined in <a href="https://example.com/src/errors.ts#L12">src/errors.ts:12</a></li></ul></aside></section>
<section class="tsd-panel tsd-member"><a id="TOKEN_EXPIRED" class="tsd-anchor"></a>
<h3 class="tsd-anchor-link"><span class="deprecated">TOKEN_<wbr/>EXPIRED</span></h3>
<div class="tsd-signature"><span class="tsd-kind-enum-member">TOKEN_<wbr/>EXPIRED</span><span class="tsd-signature-symbol">:</span> <span class="tsd-signature-type">4002</span></div>
<div class="tsd-comment tsd-typography"><p>The token expired.</p>
<div class="tsd-tag-deprecated"><h4>Deprecated</h4><p>Listen to <code>token-privilege-did-expire</code> instead.</p></div>
</div>
<aside class="tsd-sources"><ul><li>Defined in <a href="https://example.com/src/errors.ts#L18">src/errors.ts:18</a></li></ul></aside></section>
<section class="tsd-panel tsd-member"><a id="UNKNOWN" class="tsd-anchor"></a>
<h3 class="tsd-anchor-link"><span>UNKNOWN</span></h3>
<div class="tsd-signature"><span class="tsd-kind-enum-member">UNKNOWN</span><span class="tsd-signature-symbol">:</span> <span class="tsd-signature-type">&quot;UNKNOWN&quot;</span></div>
</section>
</section>
</main></body></html>
"##;

const TYPEDOC_MANIFEST: &str = r#"
[format]
family = "html-members"
member_selector = "section.tsd-member"
name_selector = "h3"
value_selector = ".tsd-signature"
description_selector = ".tsd-comment"
deprecated_selector = ".tsd-tag-deprecated"
severity = "error"
[[format.sections]]
heading = "Enumeration Members"
"#;

#[test]
fn html_members_reads_a_typedoc_enumeration() {
    let (out, d) = parse(TYPEDOC_MANIFEST, TYPEDOC);
    assert_accounted(&out, &d);
    let line_of =
        |needle: &str| d.lines().find(|l| l.text.contains(needle)).map(|l| l.number).expect("in page");
    let p = occ(&out, 4001);
    assert_eq!(p.names[0].name, "INVALID_PARAMS");
    assert_eq!(text(&p.description), "A parameter is invalid: check the appId and the channel name.");
    assert_eq!(p.span.line, line_of(r#"<a id="INVALID_PARAMS""#));
    assert_eq!(p.code_span.line, line_of(">4001<"));
    let at = d.line(p.code_span.line).map(|l| l.text).unwrap_or("");
    assert_eq!(at.chars().nth(p.code_span.column as usize - 1), Some('4'), "column points at the value");
    let t = occ(&out, 4002);
    assert_eq!(text(&t.deprecated), "Listen to token-privilege-did-expire instead.");
    assert_eq!(t.section, vec!["Enumeration Members".to_owned()]);
    // A string-valued member is no code: reported where it is written, not dropped.
    let bad = out.diagnostics.iter().find(|d| d.id == "bad-value").expect("UNKNOWN reported");
    assert!(bad.message.contains("UNKNOWN"), "{bad:?}");
    assert_eq!(bad.labels[0].line, line_of(r#"<a id="UNKNOWN""#));
    assert_eq!(out.occurrences.len(), 2);
}

/// A Doxygen enum: a `fieldtable` with the name in `td.fieldname` and the value at the start
/// of its documentation (`0: No error.`), as Agora's C++ reference writes it.
const DOXYGEN: &str = r##"<div class="contents">
<h2 class="groupheader">Enumeration Type Documentation</h2>
<a id="a4b3c9f1d0e6a2b7c8d9e0f1a2b3c4d5e" name="a4b3c9f1d0e6a2b7c8d9e0f1a2b3c4d5e"></a>
<h2 class="memtitle"><span class="permalink"><a href="#a4b3c9f1d0e6a2b7c8d9e0f1a2b3c4d5e">&#9670;&#160;</a></span>WARN_CODE_TYPE</h2>
<div class="memitem">
<div class="memproto">
      <table class="memname">
        <tr>
          <td class="memname">enum <a class="el" href="namespaceagora.html#a4b3">agora::WARN_CODE_TYPE</a></td>
        </tr>
      </table>
</div><div class="memdoc">
<p>Warning codes. </p>
<table class="fieldtable">
<tr><th colspan="2">Enumerator</th></tr><tr><td class="fieldname"><a id="a4b3a1" name="a4b3a1"></a>WARN_INVALID_VIEW&#160;</td><td class="fielddoc"><p>8: The specified view is invalid. </p>
</td></tr>
<tr><td class="fieldname"><a id="a4b3a2" name="a4b3a2"></a>WARN_INIT_VIDEO&#160;</td><td class="fielddoc"><p>16: Failed to initialize the video function. </p>
</td></tr>
<tr><td class="fieldname"><a id="a4b3a3" name="a4b3a3"></a>WARN_LOOKUP_CHANNEL_REJECTED&#160;</td><td class="fielddoc"><p>105: The server rejects the request to look up the channel. </p><dl class="deprecated"><dt><b><a class="el" href="deprecated.html#_deprecated000001">Deprecated:</a></b></dt><dd>This warning is deprecated since v2.4.1. </dd></dl>
</td></tr>
</table>
</div>
</div>
</div>
"##;

#[test]
fn html_members_reads_a_doxygen_field_table() {
    let manifest = r#"
[format]
family = "html-members"
member_selector = "td.fieldname"
value_selector = "td.fielddoc"
value_pattern = '^(?P<code>-?\d+):'
description_selector = "td.fielddoc"
deprecated_selector = "dl.deprecated dd"
severity = "warning"
[[format.sections]]
heading = "Enumeration Type Documentation"
"#;
    let (out, d) = parse(manifest, DOXYGEN);
    assert_accounted(&out, &d);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    let codes: Vec<(i64, &str)> =
        out.occurrences.iter().map(|o| (o.code, o.names[0].name.as_str())).collect();
    assert_eq!(
        codes,
        [(8, "WARN_INVALID_VIEW"), (16, "WARN_INIT_VIDEO"), (105, "WARN_LOOKUP_CHANNEL_REJECTED")]
    );
    let rejected = occ(&out, 105);
    assert_eq!(text(&rejected.deprecated), "This warning is deprecated since v2.4.1.");
    assert_eq!(rejected.severity, Severity::Warning);
    let line = d.lines().find(|l| l.text.contains("WARN_LOOKUP_CHANNEL_REJECTED&")).map(|l| l.number);
    assert_eq!(Some(rejected.code_span.line), line);
    assert_eq!(Some(rejected.names[0].span.line), line);
    assert!(text(&occ(&out, 8).description).starts_with("8: The specified view is invalid."));
}

/// A JSDoc namespace of constants (the page TRTC's Web SDK publishes as text): `h4.name` with
/// the fields as its following siblings, the value in "Default Value", labelled paragraphs.
const JSDOC: &str = r#"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>JSDoc: Namespace: ErrorCode</title></head>
<body>
<div id="main">
<h1 class="page-title">Namespace: ErrorCode</h1>
<section>
<article>
<h3 class="subsection-title">Members</h3>

<h4 class="name" id=".INVALID_PARAMETER"><span class="type-signature">(static, constant) </span>INVALID_PARAMETER<span class="type-signature"> :number</span></h4>
<div class="description">
    <p>Invalid parameter.</p>
    <p>Handling suggestion: check the parameters you passed.</p>
</div>
<dl class="details">
    <dt class="tag-default">Default Value:</dt>
    <dd class="tag-default"><ul class="dummy">
            <li>0x1001</li>
        </ul></dd>
    <dt class="tag-source">Source:</dt>
    <dd class="tag-source"><ul class="dummy"><li>errors.js, line 10</li></ul></dd>
</dl>

<h4 class="name" id=".SERVER_TIMEOUT"><span class="type-signature">(static, constant) </span>SERVER_TIMEOUT<span class="type-signature"> :number</span></h4>
<div class="description">
    <p>The server timed out.</p>
</div>
<dl class="details">
    <dt class="important tag-deprecated">Deprecated:</dt>
    <dd><ul class="dummy"><li>since v4.14.0</li></ul></dd>
    <dt class="tag-default">Default Value:</dt>
    <dd class="tag-default"><ul class="dummy">
            <li>0x4043</li>
        </ul></dd>
</dl>
</article>
</section>
</div>
<footer>Documentation generated by JSDoc 3.6.11</footer>
</body>
</html>
"#;

#[test]
fn html_members_reads_a_jsdoc_namespace_of_constants() {
    let manifest = r#"
[format]
family = "html-members"
member_selector = "h4.name"
name_pattern = '(?P<name>[A-Z][A-Z0-9_]+)'
value_selector = "dd.tag-default"
description_selector = "div.description"
deprecated_selector = "dt.tag-deprecated + dd"
severity = "error"
[format.labels]
"Handling suggestion:" = "suggestion"
[[format.sections]]
heading = "Members"
"#;
    let (out, d) = parse(manifest, JSDOC);
    assert_accounted(&out, &d);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    let p = occ(&out, 0x1001);
    assert_eq!(p.names[0].name, "INVALID_PARAMETER");
    assert_eq!(
        (text(&p.description), text(&p.suggestion)),
        ("Invalid parameter.", "check the parameters you passed.")
    );
    assert_eq!(
        p.code_span.line,
        d.lines().find(|l| l.text.contains("<li>0x1001</li>")).map_or(0, |l| l.number)
    );
    let t = occ(&out, 0x4043);
    assert_eq!((t.names[0].name.as_str(), text(&t.deprecated)), ("SERVER_TIMEOUT", "since v4.14.0"));
    assert_eq!(t.code_text, "0x4043");
    // The last member ends with its last element, not at the end of the page.
    let footer = d.lines().find(|l| l.text.contains("<footer>")).map_or(0, |l| l.number);
    assert_ne!(out.uses[footer as usize - 1], catalog::adapters::LineUse::Row);
    assert!(t.last_line < footer, "{} < {footer}", t.last_line);
}

#[test]
fn html_members_manifest_needs_valid_selectors() {
    let text = MINIMAL_MANIFEST.replace("errors.md", "errors.html").replace(
        "family = \"markdown-table\"\ncolumns = [\"code\", \"description\"]",
        "family = \"html-members\"\nmember_selector = \"section..tsd-member\"",
    );
    let errors = catalog::manifest::Manifest::parse(&text).expect_err("refused");
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("`member_selector`") && m.contains("not a valid CSS selector")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("needs `format.value_selector`")), "{messages:?}");
}

#[test]
fn text_rows_sections_each_with_their_own_header_and_columns() {
    let manifest = r#"
[format]
family = "text-rows"
header = '^Code Name Description$'
columns = ["code", "name", "description"]
[[format.sections]]
heading = "Events"
severity = "event"
[[format.sections]]
heading = "Server codes"
header = '^Code Description$'
columns = ["code", "description"]
namespace = "demo-server"
stop_at = '^See also'
"#;
    let doc = "Events\n\nCode Name Description\n1001 EVT_CONNECTED Connected.\n\n\
Server codes\n\nCode Description\n-10011 The room is full.\n\nSee also\nOther pages.\n";
    let (out, d) = parse(manifest, doc);
    assert_accounted(&out, &d);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    assert_eq!(occ(&out, 1001).names[0].name, "EVT_CONNECTED");
    let full = find(&out, "demo-server", -10011);
    assert_eq!(text(&full.description), "The room is full.");
    assert_eq!(out.occurrences.len(), 2);
}

/// Issue 13's bar: a markdown page and an HTML page of the shapes above (errors and warnings
/// under headings, HTML lists in cells, a row continued on the next line, 2- and 3-column
/// tables) go in with a manifest alone, in `tests/fixtures/shapes/`.
fn shapes_catalog(root: &std::path::Path) -> catalog::Catalog {
    catalog::load(root).expect("the shapes fixture catalog loads")
}

fn fixture_root() -> std::path::PathBuf {
    common::repo_root().join("crates/catalog/tests/fixtures/shapes")
}

fn entry<'a>(c: &'a catalog::Catalog, namespace: &str, code: i64) -> &'a catalog::model::Occurrence {
    c.occurrences
        .iter()
        .find(|o| o.namespace == namespace && o.code == code)
        .unwrap_or_else(|| panic!("no {namespace}/{code}"))
}

#[test]
fn pages_go_in_with_a_manifest_alone_and_the_real_defect_is_reported() {
    let c = shapes_catalog(&fixture_root());
    assert_eq!(c.occurrences.len(), 29);
    // Markdown: every code, name and text, severity by section, warnings apart from errors.
    let md: Vec<i64> = c.occurrences.iter().filter(|o| o.source == "agora-md").map(|o| o.code).collect();
    assert_eq!(md, [0, 1, 2, 3, 5, 17, 103, 109, 111, 112, 1005, 1008, 1009, 8, 16, 103, 105, 1019]);
    assert_eq!(
        text(&entry(&c, "demo-md-errors", 5).description),
        "- The engine failed to initialize.\n- The channel name is an empty string."
    );
    assert_eq!(
        text(&entry(&c, "demo-md-errors", 111).description),
        "The connection was interrupted: the SDK was connected but lost the connection for more than 4 seconds."
    );
    assert_eq!(entry(&c, "demo-md-errors", 1008).names[0].name, "ERR_ADM_INIT_PLAYOUT");
    assert_eq!(entry(&c, "demo-md-warnings", 103).severity, Severity::Warning);
    assert_eq!(entry(&c, "demo-md-errors", 103).severity, Severity::Error);
    assert!(text(&entry(&c, "demo-md-warnings", 105).deprecated).starts_with("This code is deprecated"));
    // HTML: bold header rows are headers, fields on their own lines, three numberings.
    let warn = entry(&c, "demo-html-warnings", 103);
    assert_eq!(
        (warn.names[0].name.as_str(), warn.severity),
        ("WARN_NO_AVAILABLE_CHANNEL", Severity::Warning)
    );
    assert_eq!(entry(&c, "demo-html-errors", 103).names[0].name, "ERR_NO_SERVER_RESOURCES");
    assert_eq!(text(&entry(&c, "demo-html-server", -10011).description), "The room is full.");
    assert_eq!(
        text(&entry(&c, "demo-html-errors", 109).deprecated),
        "use CONNECTION_CHANGED_TOKEN_EXPIRED instead."
    );
    // The only error is the page's own defect: one name given to two values.
    let blocking: Vec<_> = c.blocking(false).collect();
    assert_eq!(blocking.len(), 1, "{}", c.render_human());
    assert_eq!(blocking[0].id, "conflicting-name");
    assert_eq!(blocking[0].codes, vec![1021, 1031]);
    assert!(
        c.diagnostics
            .iter()
            .filter(|d| d.labels.iter().any(|l| l.file.contains("agora-md")))
            .all(|d| d.id == "split-row"),
        "{}",
        c.render_human()
    );
}

#[test]
fn without_the_defect_lint_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::copy_dir(&fixture_root(), dir.path());
    let folder = dir.path().join("sources/agora-html");
    let doc = std::fs::read_to_string(folder.join("error-codes.html")).expect("page");
    let fixed = doc.replacen(
        "<tr><td>WARN_ADM_RECORD_MALFUNCTION</td>\n<td>1031</td>",
        "<tr><td>WARN_ADM_RECORD_AUDIO_LOWLEVEL</td>\n<td>1031</td>",
        1,
    );
    assert_ne!(doc, fixed);
    std::fs::write(folder.join("error-codes.html"), &fixed).expect("write page");
    let manifest = std::fs::read_to_string(folder.join("source.toml")).expect("manifest");
    let old = common::sha256_hex(doc.as_bytes());
    std::fs::write(folder.join("source.toml"), manifest.replace(&old, &common::sha256_hex(fixed.as_bytes())))
        .expect("write manifest");
    let c = shapes_catalog(dir.path());
    assert_eq!(c.blocking(false).count(), 0, "{}", c.render_human());
    assert_eq!(c.blocking(true).count(), 0, "no warning either: {}", c.render_human());
}

#[test]
fn headings_match_by_text_at_any_level_and_a_missing_one_names_the_closest_lines() {
    let manifest = r###"
[format]
family = "markdown-table"
columns = ["code", "description"]
[[format.sections]]
heading = "## Error codes"
[[format.sections]]
heading = "Warning codes"
severity = "warning"
"###;
    let doc = "# Codes\n\n### **Error codes** {#errors}\n\n| Code | Description |\n| --- | --- |\n| 1 | General error. |\n\n\
#### Warnings code\n\n| Code | Description |\n| --- | --- |\n| 8 | Invalid view. |\n";
    let (out, _) = parse(manifest, doc);
    assert_eq!(
        occ(&out, 1).section,
        vec!["Error codes".to_owned()],
        "`##` in the manifest, `###` in the page"
    );
    let missing =
        out.diagnostics.iter().find(|d| d.id == "missing-section").expect("Warning codes is missing");
    assert!(missing.message.contains("`Warning codes`"), "{missing:?}");
    assert_eq!((missing.labels[0].file.as_str(), missing.labels[0].line), ("fixture.txt", 9));
    assert!(missing.help.as_deref().is_some_and(|h| h.contains("line 9")), "{missing:?}");
}

#[test]
fn columns_in_another_order_than_the_page_are_reported_without_a_header() {
    // The page writes name, value, description; the manifest swapped name and description.
    let swapped = AGORA_HTML_MANIFEST.replace(
        "columns = [\"name\", \"code\", \"description\"]",
        "columns = [\"description\", \"code\", \"name\"]",
    );
    let (out, _) = parse(&swapped, AGORA_HTML);
    let found: Vec<_> = out.diagnostics.iter().filter(|d| d.id == "unexpected-header").collect();
    assert_eq!(found.len(), 1, "one finding for the error table: {:?}", out.diagnostics);
    assert!(found[0].message.contains("holds sentences in 2 of 2 rows"), "{:?}", found[0]);
    // The right order gives none, on the HTML and the markdown fixture alike.
    let (out, _) = parse(AGORA_HTML_MANIFEST, AGORA_HTML);
    assert!(!ids(&out).contains(&"unexpected-header"));
    let md = "| Name | Value | Description |\n| --- | --- | --- |\n| ERR_A | 1 | The first error. |\n| ERR_B | 2 | The second one. |\n";
    let (out, _) = parse(&md_three_columns(), md);
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    let (out, _) = parse(
        &md_three_columns()
            .replace("[\"name\", \"code\", \"description\"]", "[\"description\", \"code\", \"name\"]"),
        md,
    );
    assert_eq!(ids(&out), ["unexpected-header"]);
}

#[test]
fn a_translation_of_the_same_rows_is_no_conflict() {
    // The same page in Chinese, in the same namespace: its texts translate the English ones.
    let dir = tempfile::tempdir().expect("temp dir");
    common::copy_dir(&fixture_root(), dir.path());
    let folder = dir.path().join("sources/agora-md-zh");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let doc = "# 错误码\n\n## 通用错误\n\n| 错误码 | 原因和建议 |\n| --- | --- |\n| `1` | 一般性错误，没有明确原因。请重新调用方法。 |\n| `2` | 参数无效，例如频道名含非法字符。请重新设置参数。 |\n";
    std::fs::write(folder.join("codes.md"), doc).expect("write page");
    let manifest = format!(
        "id = \"agora-md-zh\"\nvendor = \"demo\"\nvendor_name = \"Demo RTC\"\nproduct = \"Demo RTC SDK 3.x (native)\"\n\
         platforms = [\"Android\"]\nlanguage = \"zh-Hans\"\ntitle = \"错误码\"\nretrieved = \"2026-12-06\"\nfile = \"codes.md\"\n\
         sha256 = \"{}\"\nnamespace = \"demo-md-errors\"\n\n[format]\nfamily = \"markdown-table\"\ncolumns = [\"code\", \"description\"]\n\
         severity = \"error\"\n\n[[format.sections]]\nheading = \"通用错误\"\n",
        common::sha256_hex(doc.as_bytes())
    );
    std::fs::write(folder.join("source.toml"), manifest).expect("write manifest");
    let c = shapes_catalog(dir.path());
    assert!(c.occurrences.iter().any(|o| o.source == "agora-md-zh" && o.code == 2), "the page was read");
    assert!(!c.diagnostics.iter().any(|d| d.id == "conflicting-meaning"), "{}", c.render_human());
}

#[test]
fn a_section_ends_at_the_next_heading_of_its_level_declared_or_not() {
    let manifest = r#"
[format]
family = "markdown-table"
columns = ["code", "description"]
[[format.sections]]
heading = "Warning codes"
severity = "warning"
"#;
    let doc =
        "# Codes\n\n### Warning codes\n\n| Code | Description |\n| --- | --- |\n| 1008 | Invalid view. |\n\n\
#### Details\n\n| Code | Description |\n| --- | --- |\n| 1009 | Still a warning, one level down. |\n\n\
## Web\n\n| Code | Description |\n| --- | --- |\n| 1007 | A web error, not a warning. |\n";
    let (out, d) = parse(manifest, doc);
    assert_accounted(&out, &d);
    let codes: Vec<i64> = out.occurrences.iter().map(|o| o.code).collect();
    assert_eq!(codes, [1008, 1009], "the rows under `## Web` are not read into the warnings");
    let unread: Vec<u32> = out
        .diagnostics
        .iter()
        .filter(|d| d.id.id() == "unread-row")
        .flat_map(|d| d.labels.iter().map(|l| l.line))
        .collect();
    assert_eq!(unread, [19], "but reported, never lost: {:?}", out.diagnostics);
}

#[test]
fn deprecation_markers_in_name_cells_and_chinese_version_sentences() {
    let doc = "| Name | Value | Description |\n| --- | --- | --- |\n\
| [deprecated] kWarningCodeGetRoomFailed | -2000 | Getting the room failed. |\n\
| kErrorCodeOld | -1081 | 已在 3.33 版本中废弃。 |\n\
| kErrorCodeNew | -1082 | The current one. |\n";
    let (out, _) = parse(&md_three_columns(), doc);
    let old = occ(&out, -2000);
    assert_eq!(old.names[0].name, "kWarningCodeGetRoomFailed");
    assert!(old.deprecated.is_some());
    assert!(occ(&out, -1081).deprecated.is_some());
    assert!(occ(&out, -1082).deprecated.is_none());
}

#[test]
fn a_minified_typedoc_page_keeps_its_heading_and_every_member() {
    // Real TypeDoc output is minified: the heading and the members share one line.
    let minified = TYPEDOC.replace('\n', "");
    let (out, _) = parse(TYPEDOC_MANIFEST, &minified);
    assert!(!out.diagnostics.iter().any(|d| d.id.id() == "missing-section"), "{:?}", out.diagnostics);
    let mut codes: Vec<i64> = out.occurrences.iter().map(|o| o.code).collect();
    codes.sort();
    assert_eq!(codes, [4001, 4002]);
    assert_eq!(occ(&out, 4002).section, vec!["Enumeration Members".to_owned()]);
}

#[test]
fn a_member_outside_every_section_is_reported_not_dropped() {
    let manifest = TYPEDOC_MANIFEST.replace("heading = \"Enumeration Members\"", "heading = \"Enumeration ErrorCode\"\n[[format.sections]]\nheading = \"Enumeration Members\"\nstop_at = 'tsd-anchor-link'");
    let (out, _) = parse(&manifest, TYPEDOC);
    let unread: Vec<&str> =
        out.diagnostics.iter().filter(|d| d.id.id() == "unread-row").map(|d| d.message.as_str()).collect();
    assert!(
        !unread.is_empty() && unread.iter().all(|m| m.contains("outside every section")),
        "{:?}",
        out.diagnostics
    );
}

#[test]
fn a_string_valued_code_is_reported_with_advice_that_fits_it() {
    let doc = "| Code | Description |\n| --- | --- |\n| `'INVALID_ENGINE'` | The engine is invalid. |\n| 12x4 | A typo. |\n";
    let (out, _) = parse(&md_two_columns(), doc);
    let helps: Vec<&str> = out
        .diagnostics
        .iter()
        .filter(|d| d.id.id() == "bad-value")
        .filter_map(|d| d.help.as_deref())
        .collect();
    assert_eq!(helps.len(), 2, "{:?}", out.diagnostics);
    assert!(helps[0].contains("string-valued code"), "{}", helps[0]);
    assert!(helps[1].starts_with("fix the value with a correction"), "{}", helps[1]);
}
