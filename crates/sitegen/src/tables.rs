//! A check on every rendered page: no table has two columns with the same title, since a
//! reader (and a screen reader announcing headers) could not tell them apart.

/// The titles that head more than one column of one table of `html` (text of the `<th>`s of
/// each `<thead>`, tags removed, spaces collapsed), in order of appearance.
pub fn duplicate_column_titles(html: &str) -> Vec<String> {
    let mut dups = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<thead") {
        let after = &rest[start..];
        let end = after.find("</thead>").unwrap_or(after.len());
        let titles = header_titles(&after[..end]);
        for (i, t) in titles.iter().enumerate() {
            if !t.is_empty() && titles[..i].contains(t) && !dups.contains(t) {
                dups.push(t.clone());
            }
        }
        rest = &after[end..];
    }
    dups
}

/// The text of each `<th>` of a table head.
fn header_titles(head: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut rest = head;
    while let Some(open) = rest.find("<th") {
        let cell = &rest[open + 3..];
        // `<thead` itself, or any tag that only starts with `th`.
        if !cell.starts_with(['>', ' ', '\n', '\t']) {
            rest = cell;
            continue;
        }
        let Some(body) = cell.find('>') else { break };
        let close = cell.find("</th>").unwrap_or(cell.len());
        titles.push(text_of(&cell[(body + 1).min(close)..close]));
        rest = &cell[close..];
    }
    titles
}

fn text_of(fragment: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::duplicate_column_titles;

    #[test]
    fn two_columns_with_one_title_are_found_per_table() {
        let page = "<table><thead><tr><th>Code</th><th scope=\"col\"><a href=\"/z/\">ZEGO</a> <small>Web</small></th>\
                    <th>ZEGO <small>Web</small></th></tr></thead><tbody><tr><th>Code</th></tr></tbody></table>\
                    <table><thead><tr><th>Code</th><th>Name</th></tr></thead></table>";
        assert_eq!(duplicate_column_titles(page), ["ZEGO Web"]);
    }

    #[test]
    fn distinct_titles_and_rows_headed_by_th_pass() {
        let page = "<table><thead><tr><th>ZEGO Web</th><th>ZEGO Express</th></tr></thead>\
                    <tbody><tr><th>1</th><td>a</td></tr><tr><th>1</th><td>b</td></tr></tbody></table>";
        assert!(duplicate_column_titles(page).is_empty());
        assert!(duplicate_column_titles("<thead><th>unclosed").is_empty());
    }
}
