//! `rtc-atlas explain <code-or-name>…`: every entry a code can be in any notation (decimal,
//! negative, hex, either 32-bit reading: `search_contract::readings`, as the site's search
//! reads a code) and every entry a name is (`search_contract::query_name_key`, as the site's
//! search reads a name).

use crate::atlas::{Atlas, Lang};
use crate::report::{EntryReport, MatchReport, QueryReport, ReadingReport, Status};

/// Explains one argument; `Err` says why it is neither a code nor a name.
pub fn explain(atlas: &Atlas, query: &str, lang: Lang) -> Result<QueryReport, String> {
    let readings = search_contract::readings(&ascii_minus(query)).unwrap_or_default();
    // A name the catalog has is a name, however short (`OK`).
    let name_key = search_contract::query_name_key(query).or_else(|| {
        let key = search_contract::name_key(query);
        (!atlas.by_name_key(&key).is_empty()).then_some(key)
    });
    if readings.is_empty() && name_key.is_none() {
        return Err(format!(
            "`{query}` is neither a code (-2301, 0x4043, 16974081) nor a name (PLAY_ERR_NET_DISCONNECT); \
             to find the codes in a piece of log, pipe it to `rtc-atlas decode`"
        ));
    }
    let readings: Vec<ReadingReport> =
        readings.iter().map(|r| ReadingReport { value: r.value, how: r.how.as_str().to_owned() }).collect();
    let mut matches: Vec<MatchReport> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for r in &readings {
        for &i in atlas.by_value(r.value) {
            seen.push(i);
            let entry = EntryReport::new(atlas, atlas.entry(i), lang);
            matches.push(MatchReport { by: "code".into(), reading: Some(r.clone()), entry });
        }
    }
    if let Some(key) = &name_key {
        for &i in atlas.by_name_key(key) {
            if !seen.contains(&i) {
                seen.push(i);
                let entry = EntryReport::new(atlas, atlas.entry(i), lang);
                matches.push(MatchReport { by: "name".into(), reading: None, entry });
            }
        }
    }
    let status = if matches.is_empty() { Status::Unknown } else { Status::Found };
    let did_you_mean =
        if matches.is_empty() { did_you_mean(atlas, &readings, name_key.as_deref()) } else { Vec::new() };
    Ok(QueryReport { query: query.to_owned(), status, readings, matches, did_you_mean })
}

/// The query with a leading minus sign of any kind (`−2301`, `－2301`, `–2301`) as `-`, as
/// the tokens of a log read it.
fn ascii_minus(query: &str) -> String {
    let q = query.trim();
    match q.chars().next() {
        Some(c) if search_contract::tokens::is_minus(c) => format!("-{}", &q[c.len_utf8()..]),
        _ => q.to_owned(),
    }
}

/// For a query nothing matched: the same number with the other sign, and names that contain
/// the query — said, never shown as a match.
fn did_you_mean(atlas: &Atlas, readings: &[ReadingReport], name_key: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for r in readings {
        let Some(other) = r.value.checked_neg() else { continue };
        for &i in atlas.by_value(other) {
            let e = atlas.entry(i);
            let names = e.names.first().map(|n| format!(" {n}")).unwrap_or_default();
            let hint = format!("{other} ({}{names})", atlas.namespace(e).id);
            if !out.contains(&hint) {
                out.push(hint);
            }
        }
    }
    if let Some(key) = name_key {
        out.extend(atlas.names_like(key, 5));
    }
    out
}
