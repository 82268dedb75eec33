//! Every adapter family on arbitrary documents: the first byte picks the manifest, the rest is
//! the document (see `crates/catalog/tests/fuzz_check/mod.rs`, shared with the corpus replay
//! test). A broken property panics, which libFuzzer reports as a crash.
#![no_main]

#[path = "../../crates/catalog/tests/fuzz_check/mod.rs"]
mod fuzz_check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(broken) = fuzz_check::check(data) {
        panic!("adapter property broken:\n{}", broken.join("\n"));
    }
});
