//! What the adapter fuzz target feeds the adapters and the properties it checks, shared by
//! `fuzz/fuzz_targets/adapters.rs` (included with `#[path]`) and the corpus replay in
//! `tests/fuzz_corpus.rs`, so that a crash the fuzzer found stays a failing test once saved.
//!
//! An input is one byte that picks a manifest, then the document. `byte % 7` is the family
//! (text-rows, code-blocks, markdown-table, api-members, html-table, html-members,
//! sdk-definitions) and `byte / 7` the manifest within it, modulo the family's count. The real
//! manifests come first, so a real document's seed starts with its family's index;
//! [`seed_byte`] says which byte for each real source. SDK definition files are read with one
//! manifest per language ([`SDK_LANGUAGES`]) that selects every group, so that any enum or
//! constant is evaluated; [`sdk_seed_byte`] gives the byte of a language.

use catalog::adapters::{self, Input, LineUse, Output};
use catalog::manifest::{Family, Manifest};
use catalog::text::Document;
use std::sync::LazyLock;

/// A manifest around a `[format]` table, for the families the catalog has no real source of.
macro_rules! manifest {
    ($format:literal) => {
        concat!(
            "id = \"fuzz\"\nvendor = \"fuzz\"\nvendor_name = \"Fuzz\"\nproduct = \"p\"\n",
            "platforms = []\nlanguage = \"en\"\ntitle = \"t\"\nretrieved = \"2026-01-01\"\n",
            "file = \"doc.txt\"\nnamespace = \"fuzz\"\nsha256 = \"",
            "0000000000000000000000000000000000000000000000000000000000000000\"\n",
            $format
        )
    };
}

const TEXT_ROWS: &[&str] = &[
    include_str!("../../../../catalog/sources/tencent-liteav-en/source.toml"),
    manifest!("[format]\nfamily = \"text-rows\"\nheader = '^Code'\ncolumns = [\"code\", \"name\", \"description\"]\n[[format.sections]]\nheading_pattern = '^#'\n"),
];

const CODE_BLOCKS: &[&str] = &[
    include_str!("../../../../catalog/sources/zego-express-web-en/source.toml"),
    manifest!("[format]\nfamily = \"code-blocks\"\nheader = '^Error'\nunlabeled_fields = [\"description\", \"cause\"]\n[format.labels]\n\"Description:\" = \"description\"\n[[format.sections]]\nheading_pattern = '^(?P<range>\\d{4}xxx)'\n"),
];

const MARKDOWN_TABLE: &[&str] = &[
    include_str!("../../../../catalog/sources/alibaba-rtc-zh/source.toml"),
    include_str!("../../../../catalog/sources/zego-liveroom-zh/source.toml"),
    include_str!("../../../../catalog/sources/agora-native-en/source.toml"),
    manifest!("[format]\nfamily = \"markdown-table\"\ncolumns = [\"hex\", \"code\", \"name\", \"description\"]\nnames_in_text = true\n"),
    manifest!("[format]\nfamily = \"markdown-table\"\ncolumns = [\"code\", \"description\"]\nheader = '^Error code \\| Description$'\n[[format.sections]]\nheading = \"Errors\"\n[[format.sections]]\nheading = \"Warnings\"\ncolumns = [\"name\", \"code\", \"description\"]\nseverity = \"warning\"\nnamespace = \"fuzz-warn\"\nstop_at = '^Note'\n"),
];

const API_MEMBERS: &[&str] = &[
    include_str!("../../../../catalog/sources/tencent-trtc-web-en/source.toml"),
    manifest!("[format]\nfamily = \"api-members\"\nmember = '^\\(static\\) (?P<name>\\w+)$'\nvalue_label = \"Default Value:\"\nnotes_heading = \"Note\"\nexample_heading = \"Example\"\n[format.labels]\n\"Note:\" = \"note\"\n[[format.subtables]]\nheader = '^\\|'\nlayout = \"inline-pipe\"\nnamespace = \"x\"\ntitle = \"t\"\n"),
];

const HTML_TABLE: &[&str] = &[
    manifest!("[format]\nfamily = \"html-table\"\ncolumns = [\"code\", \"name\", \"description\"]\n"),
    manifest!("[format]\nfamily = \"html-table\"\ncolumns = [\"hex\", \"code\", \"name\", \"message\", \"note\"]\nnames_in_text = true\n"),
    manifest!("[format]\nfamily = \"html-table\"\ncolumns = [\"name\", \"code\", \"description\"]\nheader = '^(Error|Warning) code \\| Enumerator \\| Description$'\nstop_at = 'Related'\n[[format.sections]]\nheading = \"Error codes\"\n[[format.sections]]\nheading = \"Warning codes\"\nseverity = \"warning\"\nnamespace = \"fuzz-warn\"\ncolumns = [\"code\", \"description\"]\n"),
];

const HTML_MEMBERS: &[&str] = &[
    manifest!("[format]\nfamily = \"html-members\"\nmember_selector = \"section.tsd-member\"\nname_selector = \"h3\"\nvalue_selector = \".tsd-signature\"\ndescription_selector = \".tsd-comment\"\ndeprecated_selector = \".tsd-tag-deprecated\"\n[[format.sections]]\nheading = \"Enumeration Members\"\n"),
    manifest!("[format]\nfamily = \"html-members\"\nmember_selector = \"td.fieldname\"\nvalue_selector = \"td.fielddoc\"\nvalue_pattern = '^(?P<code>-?\\d+):'\ndescription_selector = \"td.fielddoc\"\n"),
    manifest!("[format]\nfamily = \"html-members\"\nmember_selector = \"h4.name\"\nname_pattern = '(?P<name>[A-Z][A-Z0-9_]+)'\nvalue_selector = \"dd.tag-default\"\ndescription_selector = \"div.description\"\ndeprecated_selector = \"dt.tag-deprecated + dd\"\n[format.labels]\n\"Handling suggestion:\" = \"suggestion\"\n"),
];

/// SDK definition files, one manifest per language in this order. The C manifest reads every
/// group with labels; the C++ one decides members by name (skip, namespace, severity, context).
pub const SDK_LANGUAGES: [&str; 7] = ["c", "cpp", "typescript", "java", "kotlin", "dart", "protobuf"];

const SDK_DEFINITIONS: &[&str] = &[
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"c\"\n[format.labels]\n\"Cause:\" = \"cause\"\n\"原因：\" = \"cause\"\n[[format.groups]]\ngroup = ''\n"),
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"cpp\"\n[[format.groups]]\ngroup = ''\nmember = '^k?(OK|NULL|None)'\nskip = true\n[[format.groups]]\ngroup = ''\nmember = 'WARN'\nseverity = \"warning\"\nnamespace = \"fuzz-warnings\"\ncontext = \"push\"\n[[format.groups]]\ngroup = ''\n"),
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"typescript\"\n[[format.groups]]\ngroup = ''\n"),
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"java\"\n[[format.groups]]\ngroup = ''\n"),
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"kotlin\"\n[[format.groups]]\ngroup = ''\n"),
    manifest!("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"dart\"\n[format.labels]\n\"Description:\" = \"description\"\n\"Cause:\" = \"cause\"\n[[format.groups]]\ngroup = ''\n"),
];

const FAMILIES: [(Family, &[&str]); 7] = [
    (Family::TextRows, TEXT_ROWS),
    (Family::CodeBlocks, CODE_BLOCKS),
    (Family::MarkdownTable, MARKDOWN_TABLE),
    (Family::ApiMembers, API_MEMBERS),
    (Family::HtmlTable, HTML_TABLE),
    (Family::HtmlMembers, HTML_MEMBERS),
    (Family::SdkDefinitions, SDK_DEFINITIONS),
];

static MANIFESTS: LazyLock<Vec<Vec<Manifest>>> = LazyLock::new(|| {
    FAMILIES
        .iter()
        .map(|(family, texts)| {
            texts
                .iter()
                .map(|text| {
                    let m = Manifest::parse(text)
                        .unwrap_or_else(|e| panic!("fuzz manifest does not parse: {e:?}\n{text}"));
                    assert_eq!(
                        m.format.family, *family,
                        "fuzz manifest listed under the wrong family:\n{text}"
                    );
                    m
                })
                .collect()
        })
        .collect()
});

/// The manifest an input's first byte picks.
pub fn manifest_for(byte: u8) -> &'static Manifest {
    let family = &MANIFESTS[byte as usize % FAMILIES.len()];
    &family[(byte as usize / FAMILIES.len()) % family.len()]
}

/// The first byte that makes the fuzz target read a document with the real source `id`'s
/// manifest.
#[allow(dead_code)] // the corpus test's, not the fuzz target's
pub fn seed_byte(id: &str) -> Option<u8> {
    (0..=u8::MAX).find(|&b| manifest_for(b).id == id)
}

/// The first byte that reads an input as an SDK file in `language` (`cpp` for `objc`, whose
/// recognisers are the C family's; `typescript` for `javascript`).
#[allow(dead_code)] // the corpus test's, not the fuzz target's
pub fn sdk_seed_byte(language: &str) -> Option<u8> {
    let language = match language {
        "objc" => "cpp",
        "javascript" => "typescript",
        other => other,
    };
    let family = FAMILIES.iter().position(|(f, _)| *f == Family::SdkDefinitions)?;
    let index = SDK_LANGUAGES.iter().position(|l| *l == language)?;
    u8::try_from(index * FAMILIES.len() + family).ok()
}

/// Parses `data` as the target does and returns every property it breaks.
pub fn check(data: &[u8]) -> Result<(), Vec<String>> {
    let Some((&pick, bytes)) = data.split_first() else {
        return Ok(());
    };
    let m = manifest_for(pick);
    let doc = Document::decode(bytes);
    let input = Input {
        source_id: &m.id,
        namespace: &m.namespace,
        lang: m.language,
        file: &m.file,
        doc: &doc,
        format: &m.format,
        includes: &[],
    };
    let out = adapters::parse(&input);
    properties(&doc, &out)
}

/// What every adapter guarantees on any document: a use for every line, no non-blank line left
/// unclaimed, every diagnostic placed on a line, every occurrence inside the document.
pub fn properties(doc: &Document, out: &Output) -> Result<(), Vec<String>> {
    let lines = doc.line_count();
    let inside = |line: u32| line >= 1 && line as usize <= lines;
    let mut broken = Vec::new();
    if out.uses.len() != lines {
        broken.push(format!("{} line uses for {lines} lines", out.uses.len()));
    }
    for (i, u) in out.uses.iter().enumerate() {
        let line = doc.line(i as u32 + 1);
        if *u == LineUse::Unclaimed && line.is_some_and(|l| !l.is_blank()) {
            broken.push(format!("line {} is unclaimed: {:?}", i + 1, line.map(|l| l.text)));
        }
    }
    for d in &out.diagnostics {
        if !d.labels.iter().any(|l| l.line > 0) {
            broken.push(format!("diagnostic `{}` has no label on a line: {:?}", d.id.id(), d.message));
        }
    }
    for o in &out.occurrences {
        if !inside(o.span.line) {
            broken.push(format!("occurrence `{}` at line {} of {lines}", o.code_text, o.span.line));
        }
    }
    if broken.is_empty() {
        Ok(())
    } else {
        Err(broken)
    }
}
