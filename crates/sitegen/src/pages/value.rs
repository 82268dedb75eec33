//! Value pages (`code/<value>/`): every entry, of any namespace, that uses one number.

use super::{page, Page};
use crate::route::Route;
use crate::site::Site;
use crate::view::{signed_reading, unsigned_reading, EntryRow};
use catalog::code::canonical_hex;
use minijinja::context;
use rayon::prelude::*;

pub fn render<'a>(site: &'a Site<'a>) -> impl ParallelIterator<Item = Page<'a>> + 'a {
    let values: Vec<(&i64, &Vec<usize>)> = site.index.by_value.iter().collect();
    values
        .into_par_iter()
        .map(move |(&code, entries)| page(Route::Value { code }, value(site, code, entries)))
}

fn value(site: &Site<'_>, code: i64, entries: &[usize]) -> Result<String, minijinja::Error> {
    let ix = &site.index;
    let rows: Vec<EntryRow> = entries.iter().map(|&i| ix.row(&ix.catalog.entries[i])).collect();
    let view = context! {
        code => code,
        hex => canonical_hex(code),
        signed => signed_reading(code),
        unsigned => unsigned_reading(code),
        entries => rows,
    };
    site.render("value.html", context! { title => format!("Code {code}"), v => view })
}
