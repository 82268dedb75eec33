//! The pages of the HTML benchmark, std only, so that the adapter's scale tests
//! (`crates/catalog/tests/html_table_scale.rs`) read the very pages the benchmark times.

/// A page whose one table has `rows` data rows of about 175 bytes and no line break at all,
/// as minified HTML is delivered; `closed` writes each row's `</tr>` (HTML may leave it out).
pub fn one_line_table(rows: usize, closed: bool) -> String {
    let mut s = String::from(
        "<html><body><h2>Errors</h2><table><tr><th>Code</th><th>Name</th><th>Description</th></tr>",
    );
    for i in 0..rows {
        s.push_str(&format!(
            "<tr><td>{}</td><td>ERR_SYNTH_{i:06}</td><td>The request failed: the server closed the connection before the reply (row {i}); check the network and the token.</td>{}",
            100_000 + i,
            if closed { "</tr>" } else { "" }
        ));
    }
    s.push_str("</table></body></html>");
    s
}

/// A page of `depth` tables, each nested in the description cell of the one before, each
/// with one row of its own.
pub fn nested_tables(depth: usize) -> String {
    let mut s = String::from("<html><body>\n<h2>Nested</h2>\n");
    for i in 0..depth {
        s.push_str(&format!("<table><tr><td>{}</td><td>N{i}</td><td>level {i}\n", 1000 + i));
    }
    for _ in 0..depth {
        s.push_str("</td></tr></table>");
    }
    s.push_str("\n</body></html>\n");
    s
}
