#![doc = include_str!("../README.md")]

mod code;
mod format;
mod shard;
mod text;
pub mod tokens;
pub mod typo;

pub use code::{readings, How, Reading, MAX_DECIMAL_DIGITS, MAX_HEX_DIGITS, MAX_SAFE};
pub use format::{
    ConceptDoc, ConceptMember, Doc, Meta, NamespaceMeta, Posting, Severity, CONCEPT_FIELDS, DOC_FIELDS,
    FORMAT_VERSION, MAX_CATEGORY_SLOT, META_FIELDS, NAMESPACE_FIELDS,
};
pub use shard::{
    char_prefix, concepts_file, doc_location, docs_file, docs_path, meta_file, plan_shards, scan_shards,
    shard_bytes, shard_file, shard_for, shard_path, vocab_file, vocab_file_for, vocab_path, Shard, CODES,
    CONCEPTS_FILE, DICTIONARIES, DOCS_DIR, DOCS_PER_SHARD, EXACT_MARK, FIRST_PREFIX_CHARS, INDEX_DIR,
    MAX_PREFIX_CHARS, MAX_SHARD_BYTES, META_FILE, NAMES, SCAN_LIMIT, TERMS, VOCAB_DIR,
};
pub use text::{
    is_cjk, is_query_space, name_key, name_parts, query_name_key, query_terms, tokens, trim_query, CJK_RANGES,
};
