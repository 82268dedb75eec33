//! Validation: every finding the catalog's maintainers must see, computed from the model.
//! One module per family of findings; each returns diagnostics and never stops at the first.

mod entries;
pub mod sdk;
mod values;

use crate::adapters::DeclaredRange;
use crate::diag::Diagnostic;
use crate::model::Occurrence;
use std::collections::BTreeMap;

/// What validation needs to know about the sources.
pub struct Context<'a> {
    /// Source id → the document's path as diagnostics show it.
    pub files: &'a BTreeMap<String, String>,
    /// (source id, namespace) pairs whose rows all carry a symbolic name.
    pub named_sources: &'a [(String, String)],
    /// Code ranges declared by headings, per source id.
    pub ranges: &'a [(String, DeclaredRange)],
    pub sdk: &'a sdk::Facts,
    /// The SDK definition files among the sources.
    pub sdk_files: &'a sdk::SdkFiles,
}

impl Context<'_> {
    pub fn file<'s>(&'s self, source: &'s str) -> &'s str {
        self.files.get(source).map(String::as_str).unwrap_or(source)
    }
}

/// Runs every check over the occurrences. The checks of documents (values, texts, names across
/// rows) see only documents' rows: an SDK file's members are compared with the documents by
/// `sdk::check`, which labels both sides.
pub fn run(occurrences: &[Occurrence], cx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let documents: Vec<Occurrence> =
        occurrences.iter().filter(|o| !cx.sdk_files.contains_key(&o.source)).cloned().collect();
    values::check(&documents, cx, &mut out);
    entries::check(&documents, cx, &mut out);
    sdk::check(occurrences, cx, &mut out);
    out
}

/// Names of an occurrence for a message: `` `A` / `B` `` or the code.
fn describe(o: &Occurrence) -> String {
    if o.names.is_empty() {
        o.code_text.clone()
    } else {
        o.names.iter().map(|n| format!("`{}`", n.name)).collect::<Vec<_>>().join(" / ")
    }
}
