//! RTC Error Atlas catalog: reads vendors' error-code documents (byte-for-byte as received)
//! with their manifests into one normalized model of occurrences and entries, applies curated
//! corrections, validates it and explains every finding with file:line:col.

pub mod adapters;
pub mod code;
pub mod concepts;
pub mod corrections;
pub mod diag;
pub mod export;
pub mod ids;
pub mod inputs;
pub mod lint;
pub mod load;
pub mod manifest;
pub mod merge;
pub mod model;
pub mod policy;
pub mod suggest;
pub mod text;
pub mod validate;

pub use inputs::LoadError;
pub use load::load;
pub use model::Catalog;
