//! The JSON shapes of the index files and the packing of a posting.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bumped on any change a reader must know about (a field, a file, a tokenization rule).
pub const FORMAT_VERSION: u32 = 3;

/// `meta.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// `FORMAT_VERSION` of the writer.
    pub version: u32,
    /// Number of documents (entries); ids run from 0.
    pub docs: usize,
    pub docs_per_shard: usize,
    /// In document order: the documents of a namespace are consecutive.
    pub namespaces: Vec<NamespaceMeta>,
    /// `(id, English title)`; a posting's category is an index into this list.
    pub categories: Vec<(String, String)>,
    /// Dictionary (`codes`, `names`, `terms`) → the sorted prefixes of its shards.
    pub shards: BTreeMap<String, Vec<String>>,
    /// Words that name a vendor or a product (`trtc`, `zego`, `即构`), lower-cased → the
    /// namespaces (indices) they designate. A query word found here filters or boosts results
    /// instead of matching text.
    pub aliases: BTreeMap<String, Vec<usize>>,
    /// The word lists for typo correction: the first word length of each `vocab/<length>.json`
    /// file, sorted. A file holds `{"<length>": [word…]}` for the lengths from its own up to
    /// the next file's (`vocab_file_for`).
    pub vocab: Vec<usize>,
    /// Number of concepts in `concepts.json`.
    pub concepts: usize,
}

/// One namespace in `meta.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamespaceMeta {
    pub id: String,
    /// The first document id of this namespace.
    pub start: usize,
    /// The product name.
    pub title: String,
    pub vendor: String,
}

/// One result fragment in `docs/<n>.json` (an array of them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// Namespace index in `Meta::namespaces`.
    pub n: usize,
    /// The code value.
    pub c: i64,
    /// The code as the vendor writes it (`0x4043`, `-2301`).
    pub d: String,
    /// Symbolic names.
    pub m: Vec<String>,
    /// Severity: `error`, `warning` or `event`.
    pub s: String,
    /// Summary text.
    pub t: String,
    /// Language of the summary (`en`, `zh-Hans`).
    pub l: String,
    /// Category index in `Meta::categories`, when the entry has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub g: Option<usize>,
}

/// One cross-vendor concept in `concepts.json` (an array of them, in id order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConceptDoc {
    pub id: String,
    /// The concept page, relative to the site's base URL (`concepts/<id>/`).
    pub u: String,
    /// English title.
    pub t: String,
    /// Chinese (zh-Hans) title.
    pub z: String,
    /// Category index in `Meta::categories`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub g: Option<usize>,
    /// The member entries, in the concept file's order.
    pub m: Vec<ConceptMember>,
}

/// One member of a concept, enough to show and link its code without fetching its document:
/// `[document id, namespace index, code value, 1 when it matches only in part (the concept page
/// says how) else 0]`, and fifth the code as the vendor writes it when that is not the decimal
/// value (`0x01010301`). `concepts.json` is loaded with the search page, so a member is short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "MemberRepr", into = "MemberRepr")]
pub struct ConceptMember {
    pub doc: usize,
    pub namespace: usize,
    pub code: i64,
    pub partial: bool,
    /// The code as the vendor writes it.
    pub display: String,
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum MemberRepr {
    Decimal(usize, usize, i64, u8),
    Written(usize, usize, i64, u8, String),
}

impl From<MemberRepr> for ConceptMember {
    fn from(r: MemberRepr) -> ConceptMember {
        let (doc, namespace, code, partial, display) = match r {
            MemberRepr::Decimal(d, n, c, p) => (d, n, c, p, c.to_string()),
            MemberRepr::Written(d, n, c, p, w) => (d, n, c, p, w),
        };
        ConceptMember { doc, namespace, code, partial: partial != 0, display }
    }
}

impl From<ConceptMember> for MemberRepr {
    fn from(m: ConceptMember) -> MemberRepr {
        let p = u8::from(m.partial);
        if m.display == m.code.to_string() {
            MemberRepr::Decimal(m.doc, m.namespace, m.code, p)
        } else {
            MemberRepr::Written(m.doc, m.namespace, m.code, p, m.display)
        }
    }
}

/// The fields of `Meta`, `NamespaceMeta`, `Doc` and `ConceptDoc` as they appear in JSON (`g`
/// only when set).
pub const META_FIELDS: [&str; 9] = [
    "version",
    "docs",
    "docs_per_shard",
    "namespaces",
    "categories",
    "shards",
    "aliases",
    "vocab",
    "concepts",
];
pub const CONCEPT_FIELDS: [&str; 6] = ["id", "u", "t", "z", "g", "m"];
pub const NAMESPACE_FIELDS: [&str; 4] = ["id", "start", "title", "vendor"];
pub const DOC_FIELDS: [&str; 8] = ["n", "c", "d", "m", "s", "t", "l", "g"];

/// An entry's severity as a posting carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Event,
}

impl Severity {
    /// In bit order: a posting's low two bits index this list.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Event];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Event => "event",
        }
    }
}

/// The highest category slot: categories past it share it.
pub const MAX_CATEGORY_SLOT: u64 = 63;

/// One posting: a document with the facts filters need, packed into one integer
/// `doc * 256 + slot * 4 + severity` (slot 0: no category, else category index + 1), so that
/// a filter needs no extra fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u64,
    pub category: Option<u64>,
    /// `None` only for a key no writer makes (low bits 3).
    pub severity: Option<Severity>,
}

impl Posting {
    pub fn pack(self) -> u64 {
        let slot = self.category.map_or(0, |c| c.saturating_add(1)).min(MAX_CATEGORY_SLOT);
        let sev = match self.severity {
            Some(Severity::Error) | None => 0,
            Some(Severity::Warning) => 1,
            Some(Severity::Event) => 2,
        };
        self.doc * 256 + slot * 4 + sev
    }

    pub fn unpack(key: u64) -> Posting {
        let slot = (key % 256) >> 2;
        Posting {
            doc: key / 256,
            category: slot.checked_sub(1),
            severity: Severity::ALL.get((key % 4) as usize).copied(),
        }
    }
}
