//! Rows the manifest does not describe are reported, never dropped: one case per way a real
//! page has lost rows in silence before.

mod common;
use catalog::lint::Lint;
use common::parse;

fn unread_lines(format: &str, doc: &str) -> Vec<u32> {
    let (out, _) = parse(format, doc);
    let mut lines: Vec<u32> =
        out.diagnostics.iter().filter(|d| d.id == Lint::UnreadRow).map(|d| d.labels[0].line).collect();
    lines.sort();
    lines
}

const TEXT_ROWS: &str = "[format]\nfamily = \"text-rows\"\nheader = '^Code Name Description$'\ncolumns = [\"code\", \"name\", \"description\"]\nseverity = \"error\"\n[[format.sections]]\nheading = \"Errors\"\n";

#[test]
fn a_text_row_before_its_header_is_reported() {
    let doc = "Errors\n\n-1301 ERR_OPEN_CAMERA Camera failed.\nCode Name Description\n-1302 ERR_OPEN_MIC Microphone failed.\n";
    assert_eq!(unread_lines(TEXT_ROWS, doc), vec![3]);
}

#[test]
fn a_stop_pattern_that_matches_a_row_is_reported() {
    let format = TEXT_ROWS.replace("[format]\n", "[format]\nstop_at = 'DISCONNECT'\n");
    let doc = "Errors\n\nCode Name Description\n-1301 ERR_OPEN_CAMERA Camera failed.\n-3301 ERR_NET_DISCONNECT Network lost.\n-3302 ERR_NET_RETRY Retrying.\n";
    assert_eq!(unread_lines(&format, doc), vec![5, 6]);
}

#[test]
fn a_table_without_its_delimiter_row_is_reported() {
    let format = "[format]\nfamily = \"markdown-table\"\ncolumns = [\"code\", \"name\", \"description\"]\n";
    let doc = "| Code | Name | Description |\n|---|---|---|\n| 1001 | A_B | a |\n\n| Code | Name | Description |\n| 1002 | C_D | c |\n";
    let (out, _) = parse(format, doc);
    let read = out.occurrences.iter().any(|o| o.code == 1002 && o.span.line == 6);
    assert!(read || unread_lines(format, doc) == vec![6], "row 1002 neither read nor reported");
    let no_table = doc.replace("|---|---|---|\n", "");
    assert_eq!(unread_lines(format, &no_table), vec![2, 5], "a page whose tables all lost the delimiter");
}

#[test]
fn a_misspelt_value_label_is_reported() {
    let format = "[format]\nfamily = \"api-members\"\nmember = '^\\(static\\) (?P<name>\\w+)$'\nvalue_label = \"Default Value:\"\n";
    let doc = "(static) JOIN_ROOM_FAILED\nDefault Value:\n  • 0x1001\nJoin failed.\n\n(static) INIT_FAILED\nDefault value:\n  • 0x1002\nInit failed.\n";
    assert_eq!(unread_lines(format, doc), vec![8]);
}

#[test]
fn a_table_row_after_the_table_closed_is_reported() {
    let format = "[format]\nfamily = \"html-table\"\ncolumns = [\"code\", \"name\"]\n";
    let doc = "<table>\n<tr><th>Code</th><th>Name</th></tr>\n<tr><td>1001</td><td>ERR_A</td></tr>\n</table>\n<tr><td>1002</td><td>ERR_B</td></tr>\n";
    assert_eq!(unread_lines(format, doc), vec![5]);
}

#[test]
fn prose_that_mentions_codes_is_not_a_row() {
    let doc = "Errors\n\nFor example, the return code 1003 means rendering started.\nCode Name Description\n-1301 ERR_OPEN_CAMERA Camera failed.\n1. Check the camera.\nLast updated: 2021-08-12 17:41:05\n";
    assert_eq!(unread_lines(TEXT_ROWS, doc), Vec::<u32>::new());
}
