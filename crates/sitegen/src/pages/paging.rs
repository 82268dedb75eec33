//! Paging of long listings (a source's table, a namespace's entries): how many pages a listing
//! takes, which rows each page shows, and the pager that links them. Depends on nothing else
//! of the crate, so that the shared index (`view.rs`) can use it too.

use minijinja::context;
use std::ops::Range;

/// Rows per page of long listings: no page lists more than this many rows.
pub const PAGE_ROWS: usize = 500;
/// Sources with more rows than this are split into pages of `PAGE_ROWS` rows.
pub const SOURCE_ONE_PAGE: usize = 1000;

/// The kinds of listing that are paged.
#[derive(Debug, Clone, Copy)]
pub enum Listing {
    Source,
    Namespace,
}

impl Listing {
    /// How many pages a listing of `rows` rows takes (at least one).
    pub fn pages(self, rows: usize) -> usize {
        match self {
            // A source's table stays whole up to SOURCE_ONE_PAGE rows: one page to search.
            Listing::Source if rows <= SOURCE_ONE_PAGE => 1,
            _ => rows.div_ceil(PAGE_ROWS).max(1),
        }
    }

    /// The page (1-based) that shows row `row` of a listing of `rows` rows.
    pub fn page_of_row(self, row: usize, rows: usize) -> usize {
        if self.pages(rows) == 1 {
            1
        } else {
            row / PAGE_ROWS + 1
        }
    }

    /// Every page of a listing of `rows` rows.
    pub fn all(self, rows: usize) -> impl Iterator<Item = PageOf> {
        let pages = self.pages(rows);
        (1..=pages).map(move |page| PageOf { page, pages })
    }
}

/// One page of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageOf {
    /// 1-based.
    pub page: usize,
    pub pages: usize,
}

impl PageOf {
    /// The rows (of `total`) this page shows.
    pub fn rows(self, total: usize) -> Range<usize> {
        if self.pages <= 1 {
            0..total
        } else {
            ((self.page - 1) * PAGE_ROWS).min(total)..(self.page * PAGE_ROWS).min(total)
        }
    }

    /// Links to every page of the listing (`href(k)` is page k's URL); none for a listing of
    /// one page.
    pub fn pager(self, href: impl Fn(usize) -> String) -> Option<minijinja::Value> {
        if self.pages <= 1 {
            return None;
        }
        let (current, total) = (self.page, self.pages);
        let pages: Vec<_> =
            (1..=total).map(|k| context! { number => k, href => href(k), current => k == current }).collect();
        Some(context! {
            current => current, total => total, pages => pages,
            prev => (current > 1).then(|| href(current - 1)),
            next => (current < total).then(|| href(current + 1)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_stay_whole_up_to_their_limit_namespaces_do_not() {
        assert_eq!(Listing::Source.pages(0), 1);
        assert_eq!(Listing::Source.pages(SOURCE_ONE_PAGE), 1);
        assert_eq!(Listing::Source.pages(SOURCE_ONE_PAGE + 1), 3);
        assert_eq!(Listing::Namespace.pages(0), 1);
        assert_eq!(Listing::Namespace.pages(PAGE_ROWS), 1);
        assert_eq!(Listing::Namespace.pages(PAGE_ROWS + 1), 2);
        assert_eq!(Listing::Namespace.page_of_row(PAGE_ROWS, PAGE_ROWS + 1), 2);
        assert_eq!(Listing::Source.page_of_row(PAGE_ROWS, SOURCE_ONE_PAGE), 1);
    }

    #[test]
    fn pages_cover_every_row_once() {
        for (listing, total) in [(Listing::Source, 1001), (Listing::Namespace, 1234), (Listing::Namespace, 3)]
        {
            let mut next = 0;
            for p in listing.all(total) {
                let rows = p.rows(total);
                assert_eq!(
                    rows.start, next,
                    "{listing:?} {total}: page {} starts where the last ended",
                    p.page
                );
                assert!(rows.len() <= PAGE_ROWS || p.pages == 1);
                for row in rows.clone() {
                    assert_eq!(listing.page_of_row(row, total), p.page);
                }
                next = rows.end;
            }
            assert_eq!(next, total);
        }
    }

    #[test]
    fn the_pager_links_every_page_and_its_neighbours() {
        let one = PageOf { page: 1, pages: 1 };
        assert!(one.pager(|k| k.to_string()).is_none());
        let pager = PageOf { page: 2, pages: 3 }.pager(|k| format!("p{k}")).expect("pager");
        let get = |key: &str| pager.get_attr(key).map(|v| v.to_string()).unwrap_or_default();
        assert_eq!((get("prev"), get("next"), get("total")), ("p1".into(), "p3".into(), "3".into()));
    }
}
