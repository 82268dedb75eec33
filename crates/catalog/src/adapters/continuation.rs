//! Rows that only continue the row above: a converter wrapped a long cell onto a row of its
//! own (`| | | rest of the text |`) or a page break split a row. Shared by the table
//! families, so that every family joins such a row the same way and says so the same way.

use crate::diag::{Diagnostic, Label};
use crate::lint::Lint;
use crate::manifest::Role;
use crate::model::{Lang, Occurrence, Text};
use crate::text::Span;

/// Roles that identify a row: a row with none of them filled is not a row of its own.
pub fn is_key(role: Role) -> bool {
    matches!(role, Role::Code | Role::Hex | Role::Name)
}

/// The role of each of `cells` cells: the columns' roles, and for a cell past the last column
/// the last text column's role, since a wrapped text that slid a cell to the right is still
/// that column's text.
pub fn roles(columns: &[Role], cells: usize) -> Vec<Role> {
    let spill = columns
        .iter()
        .rev()
        .find(|r| !is_key(**r) && !matches!(r, Role::Ignore | Role::Category))
        .copied()
        .unwrap_or(Role::Description);
    (0..cells).map(|i| columns.get(i).copied().unwrap_or(spill)).collect()
}

/// Whether a row with these cell texts continues the row above: every key cell is empty and
/// some other cell has text.
pub fn continues(columns: &[Role], texts: &[&str]) -> bool {
    let roles = roles(columns, texts.len());
    let key_empty = roles.iter().zip(texts).all(|(r, t)| !is_key(*r) || t.trim().is_empty());
    let any_text =
        roles.iter().zip(texts).any(|(r, t)| !is_key(*r) && *r != Role::Ignore && !t.trim().is_empty());
    key_empty && any_text
}

/// Appends the text cells of a continuation row to each occurrence the row above gave.
pub fn join(occs: &mut [Occurrence], columns: &[Role], texts: &[(&str, Span)], lang: Lang, last_line: u32) {
    let roles = roles(columns, texts.len());
    for occ in occs {
        for (role, (t, span)) in roles.iter().zip(texts) {
            if t.trim().is_empty() || is_key(*role) || *role == Role::Ignore {
                continue;
            }
            if *role == Role::Category {
                occ.context = Some(t.trim().to_owned());
                continue;
            }
            join_text(occ, *role, t, lang, *span);
        }
        occ.last_line = occ.last_line.max(last_line);
    }
}

/// Joins the rest of a cell. A single CJK character completes the word it was cut from
/// (`推流成` + `功`); anything longer is a phrase of its own and keeps the space the document
/// puts between phrases; a text of several lines (a list) starts on a line of its own.
fn join_text(occ: &mut Occurrence, role: Role, piece: &str, lang: Lang, span: Span) {
    let piece = piece.trim();
    let Some(field) = occ.slot(role.field()) else {
        occ.notes.push(Text { text: piece.to_owned(), lang, span });
        return;
    };
    match field {
        Some(t) => {
            let glue = piece.chars().count() == 1 && piece.chars().all(crate::text::is_cjk);
            let list = piece.starts_with("- ");
            if list {
                t.text.push('\n');
            } else if !glue {
                t.text.push(' ');
            }
            t.text.push_str(piece);
        }
        None => *field = Some(Text { text: piece.to_owned(), lang, span }),
    }
}

/// The info finding for a joined row: where it is, and which row it continues.
pub fn finding(file: &str, span: Span, row_line: u32, what: &str) -> Diagnostic {
    Diagnostic::new(Lint::SplitRow, format!("a {what} holds only the rest of the row of line {row_line}"))
        .with_label(Label::primary(file, span, "continues the row above"))
        .with_help("nothing was lost; the text was joined to that row")
}
