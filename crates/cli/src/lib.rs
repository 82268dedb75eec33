//! RTC Error Atlas on the command line, with the catalog embedded at build time (`build.rs`):
//! `explain` a code or a name, `decode` a log. The binary (`src/main.rs`) parses arguments and
//! sets exit codes; everything it prints comes from here.

pub mod atlas;
pub mod data;
pub mod decode;
pub mod explain;
pub mod human;
pub mod prefilter;
pub mod report;
pub mod utf16;
pub mod vendor;
