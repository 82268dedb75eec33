//! Pages at the scale that once made the table adapters quadratic: what they read must stay
//! right (speed itself is measured by `cargo xtask bench --only html`).

mod common;
use common::{assert_accounted, format_table, occ, parse, text};

// Row `i` of a nested page opens on line `i + 3`; every row closes on the last line but one.
#[path = "../../../xtask/src/bench/html_pages.rs"]
#[allow(dead_code)] // the benchmark's one-line page has its own test below, with CJK columns
mod pages;
use pages::nested_tables;

fn html() -> String {
    format_table("html-table", &["code", "name", "description"])
}

#[test]
fn nested_tables_read_each_row_once() {
    let depth = 200;
    let (out, d) = parse(&html(), &nested_tables(depth));
    assert_accounted(&out, &d);
    assert_eq!(out.occurrences.len(), depth, "one occurrence per row, none repeated");
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics.first());
    assert_eq!(out.sections.len(), depth);
    for i in 0..depth {
        let o = occ(&out, 1000 + i as i64);
        assert_eq!(o.names[0].name, format!("N{i}"));
        // The cell holding the next table keeps its own text only.
        assert_eq!(text(&o.description), format!("level {i}"));
        assert_eq!((o.span.line, o.span.column), (i as u32 + 3, 8), "row {i} opens after `<table>`");
        assert_eq!(o.last_line, depth as u32 + 3, "row {i} ends at its own `</tr>`");
        assert_eq!(o.section, vec!["Nested".to_owned()]);
        assert_eq!(out.sections[i].line, i as u32 + 3);
    }
}

#[test]
fn a_cell_leaves_out_the_table_nested_in_it() {
    let doc = "<table>\n<tr><td>1</td><td>A</td><td>outer <b>text</b>\
<table><tr><td><ul><li>2</li></ul></td><td>B</td><td>inner</td></tr></table> tail</td></tr>\n\
<tr><td><ul><li>3<ul><li>4</li></ul></li></ul></td><td>C</td><td>two codes</td></tr>\n</table>\n";
    let (out, d) = parse(&html(), doc);
    assert_accounted(&out, &d);
    let codes: Vec<i64> = out.occurrences.iter().map(|o| o.code).collect();
    assert_eq!(codes, vec![1, 2, 3, 4], "document order, each once");
    assert_eq!(text(&occ(&out, 1).description), "outer text tail");
    assert_eq!(text(&occ(&out, 2).description), "inner");
    // A nested list's items are items of their own, not part of the item that holds them.
    assert_eq!(occ(&out, 4).names[0].name, "C");
    assert_eq!((occ(&out, 1).span.line, occ(&out, 1).last_line), (2, 2));
    assert_eq!((occ(&out, 3).span.line, occ(&out, 3).last_line), (3, 3));
}

#[test]
fn rows_left_open_end_where_the_next_row_begins() {
    let doc = "<table>\n<tr><td>1</td><td>A</td><td>first\n\n<tr><td>2</td><td>B</td><td>second\n</tr>\n\
<tr><td>3</td><td>C</td><td>third\n</table>\n";
    let (out, d) = parse(&html(), doc);
    assert_accounted(&out, &d);
    assert_eq!((occ(&out, 1).span.line, occ(&out, 1).last_line), (2, 2), "not up to the next `</tr>`");
    assert_eq!((occ(&out, 2).span.line, occ(&out, 2).last_line), (4, 5));
    assert_eq!((occ(&out, 3).span.line, occ(&out, 3).last_line), (6, 6));
    assert_eq!(text(&occ(&out, 1).description), "first");
}

#[test]
fn rows_in_comments_and_scripts_are_not_rows() {
    let doc = "<script>var s = '<tr><td>8</td></tr>';</script>\n<table>\n<!-- <tr><td>9</td></tr> -->\n\
<tr><td>1</td><td>A</td><td>x</td></tr>\n</table>\n";
    let (out, _) = parse(&html(), doc);
    assert_eq!(out.occurrences.len(), 1);
    assert_eq!(occ(&out, 1).span.line, 4, "the comment's and the script's `<tr>` take no row's place");
}

#[test]
fn one_line_table_of_6000_rows_has_right_lines_and_columns() {
    let rows = 6_000;
    let head = "<html><body><h2>Errors</h2><table><tr><th>Code</th><th>Name</th><th>Description</th></tr>";
    let mut doc = String::from(head);
    // Columns count characters: the CJK text makes them differ from byte offsets.
    let mut columns = Vec::with_capacity(rows);
    let mut chars = head.chars().count();
    for i in 0..rows {
        columns.push(chars as u32 + 1);
        let row = format!(
            "<tr><td>{}</td><td>ERR_{i}</td><td>连接失败 row {i}: the server closed the connection.</td></tr>",
            100_000 + i
        );
        chars += row.chars().count();
        doc.push_str(&row);
    }
    doc.push_str("</table></body></html>");
    assert!(doc.len() > 500_000 && !doc.contains('\n'));
    let (out, d) = parse(&html(), &doc);
    assert_accounted(&out, &d);
    assert_eq!(out.occurrences.len(), rows);
    for (i, o) in out.occurrences.iter().enumerate() {
        assert_eq!(o.code, 100_000 + i as i64, "document order");
        assert_eq!((o.span.line, o.span.column, o.last_line), (1, columns[i], 1), "row {i}");
    }
    let last = occ(&out, 100_000 + rows as i64 - 1);
    assert_eq!(last.names[0].name, format!("ERR_{}", rows - 1));
    assert_eq!(
        text(&last.description),
        format!("连接失败 row {}: the server closed the connection.", rows - 1)
    );
}

#[test]
fn a_unicode_header_regex_checks_each_of_200_tables() {
    let format = r##"
[format]
family = "markdown-table"
columns = ["code", "name", "description"]
header = '^\|\s*\w+\s*\|\s*\w+\s*\|\s*\w+\s*\|$'
[[format.sections]]
heading = "# 错误码"
"##;
    let mut doc = String::from("# 错误码\n\n");
    let odd = 137;
    let mut odd_line = 0;
    for i in 0..200 {
        odd_line = if i == odd { doc.lines().count() as u32 + 1 } else { odd_line };
        // `\w` is Unicode: CJK headers match; the full-width parenthesis does not.
        let header = if i == odd {
            "| 错误码 | 名称 | 说明（旧） |"
        } else {
            "| 错误码 | 名称 | 说明 |"
        };
        doc.push_str(&format!("{header}\n|---|---|---|\n| {} | kE{i} | 第{i}行 |\n\n", 1000 + i));
    }
    let (out, d) = parse(format, &doc);
    assert_accounted(&out, &d);
    assert_eq!(out.occurrences.len(), 200);
    let warned: Vec<u32> = out
        .diagnostics
        .iter()
        .filter(|d| d.id == "unexpected-header")
        .flat_map(|d| d.labels.iter().map(|l| l.line))
        .collect();
    assert_eq!(warned, vec![odd_line], "only the table whose header differs");
}

#[test]
fn a_member_page_of_5000_members_on_one_line_places_each_value() {
    let format = r#"
[format]
family = "html-members"
member_selector = "section.tsd-member"
name_selector = "h3"
value_selector = ".tsd-signature"
description_selector = ".tsd-comment"
"#;
    let members = 5_000;
    let mut doc = String::from("<html><body><h2>Enumeration Members</h2>");
    for i in 0..members {
        doc.push_str(&format!(
            "<section class=\"tsd-panel tsd-member\"><h3>ERR_{i}</h3><div class=\"tsd-signature\">ERR_{i}: {}</div>\
<div class=\"tsd-comment\"><p>连接失败 member {i}.</p></div></section>",
            100_000 + i
        ));
    }
    doc.push_str("</body></html>");
    assert!(doc.len() > 500_000 && !doc.contains('\n'));
    let (out, d) = parse(format, &doc);
    assert_accounted(&out, &d);
    assert_eq!(out.occurrences.len(), members);
    let last = occ(&out, 100_000 + members as i64 - 1);
    assert_eq!(last.names[0].name, format!("ERR_{}", members - 1));
    assert_eq!(text(&last.description), format!("连接失败 member {}.", members - 1));
    let at = doc.rfind(&format!(": {}<", 100_000 + members - 1)).expect("value in page") + 2;
    assert_eq!(last.code_span.column as usize, doc[..at].chars().count() + 1);
}
