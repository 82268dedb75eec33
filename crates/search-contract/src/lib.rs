#![doc = include_str!("../README.md")]

mod code;
mod format;
mod shard;
mod text;
pub mod tokens;

pub use code::{readings, How, Reading, MAX_DECIMAL_DIGITS, MAX_HEX_DIGITS, MAX_SAFE};
pub use format::{
    Doc, Meta, NamespaceMeta, Posting, Severity, DOC_FIELDS, FORMAT_VERSION, MAX_CATEGORY_SLOT, META_FIELDS,
    NAMESPACE_FIELDS,
};
pub use shard::{
    char_prefix, doc_location, docs_file, docs_path, meta_file, plan_shards, scan_shards, shard_bytes,
    shard_file, shard_for, shard_path, Shard, CODES, DICTIONARIES, DOCS_DIR, DOCS_PER_SHARD, EXACT_MARK,
    FIRST_PREFIX_CHARS, INDEX_DIR, MAX_PREFIX_CHARS, MAX_SHARD_BYTES, META_FILE, NAMES, SCAN_LIMIT, TERMS,
};
pub use text::{
    is_cjk, is_query_space, name_key, name_parts, query_name_key, query_terms, tokens, trim_query, CJK_RANGES,
};
