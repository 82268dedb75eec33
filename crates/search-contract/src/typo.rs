//! Typo tolerance: which indexed word a word that is not in the index was meant to be. The
//! writer lists the index's words by length (`vocab/<length>.json`, most frequent first); the
//! reader looks for the closest one within `budget` edits. `static/search-core.js` has the same
//! functions (`typoBudget`, `editDistance`); `golden.json` pins both.

/// Words shorter than this are never corrected (too many neighbours) nor listed.
pub const VOCAB_MIN_CHARS: usize = 4;

/// Whether a term goes into the word list: ASCII lower-case letters only, at least
/// `VOCAB_MIN_CHARS` of them.
pub fn in_vocab(term: &str) -> bool {
    term.len() >= VOCAB_MIN_CHARS && term.bytes().all(|b| b.is_ascii_lowercase())
}

/// The edits a word of `len` letters may be away from the word it means: none under
/// `VOCAB_MIN_CHARS`, one up to 6 letters, two from 7.
pub fn budget(len: usize) -> usize {
    match len {
        0..VOCAB_MIN_CHARS => 0,
        VOCAB_MIN_CHARS..=6 => 1,
        _ => 2,
    }
}

/// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of two neighbours, one edit each) when it is at most `max`, else
/// `None`. Bytes are compared (vocabulary words are ASCII); time `O(len(a) · len(b))`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    // Three rows: two back (for swaps), one back, and the current one.
    let mut rows = vec![0usize; 3 * w];
    for (j, cell) in rows[w..2 * w].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (older, rest) = rows.split_at_mut(w);
        let (prev, cur) = rest.split_at_mut(w);
        cur[0] = i;
        let mut best = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(older[j - 2] + 1);
            }
            cur[j] = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
        rows.rotate_left(w);
    }
    let d = rows[w + b.len()];
    (d <= max).then_some(d)
}
