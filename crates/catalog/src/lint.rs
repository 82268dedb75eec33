//! The registry of every finding the tool can report: one typed `Lint` per kind, with its stable
//! id, default level, one-line help and a documentation paragraph. `docs/lints.md` is generated
//! from this table, and a test checks that every lint is documented and has a fixture that
//! triggers it (`crates/catalog/tests/lints/<id>.toml`), as rustc's tidy does for error codes.

use crate::diag::Level;
use serde::{Serialize, Serializer};

macro_rules! lints {
    ($( $(#[$meta:meta])* $variant:ident = $id:literal, $level:ident, $help:literal, $doc:literal; )*) => {
        /// A kind of finding. Its id is stable: policy acknowledgements and CI annotations use it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Lint { $( $(#[$meta])* $variant, )* }

        impl Lint {
            /// Every lint, in documentation order.
            pub const ALL: &'static [Lint] = &[ $( Lint::$variant, )* ];

            /// The stable kebab-case id (`conflicting-name`).
            pub fn id(self) -> &'static str {
                match self { $( Lint::$variant => $id, )* }
            }

            /// The level a finding of this kind has unless acknowledged.
            pub fn level(self) -> Level {
                match self { $( Lint::$variant => Level::$level, )* }
            }

            /// One line: what the finding means.
            pub fn summary(self) -> &'static str {
                match self { $( Lint::$variant => $help, )* }
            }

            /// A paragraph: when it fires and what a maintainer does about it.
            pub fn doc(self) -> &'static str {
                match self { $( Lint::$variant => $doc, )* }
            }
        }
    };
}

lints! {
    // Catalog files and manifests.
    ManifestMissing = "manifest-missing", Error,
        "a folder under catalog/sources has no readable source.toml",
        "Every folder under `catalog/sources/` is a source and needs a `source.toml` manifest next to the document. Add the manifest (see the README, *Adding a source*) or remove the folder.";
    ManifestInvalid = "manifest-invalid", Error,
        "a manifest is not valid TOML or breaks a rule of the manifest format",
        "The manifest could not be used: a TOML error, a missing or unknown key, a bad regex, a source id that differs from its folder name. The label points at the offending key; the source is skipped until it is fixed.";
    SourceMissing = "source-missing", Error,
        "the document a manifest names cannot be read",
        "`file` in the manifest names a document that is not next to the manifest or cannot be read. Store the received document byte-for-byte under the name `file` gives.";
    Sha256Mismatch = "sha256-mismatch", Error,
        "a document's bytes differ from the sha256 its manifest records",
        "Documents are stored byte-for-byte as received; the manifest's `sha256` proves it. A mismatch means the document was edited or replaced. Restore it, or, when a new version was received on purpose, record the new hash and review the corrections that point into it.";
    InvalidUtf8 = "invalid-utf8", Error,
        "a document holds bytes that are not UTF-8",
        "Documents are read as UTF-8; invalid bytes are shown as U+FFFD and reported per line. Record the original encoding and convert the document when it is received.";
    NulByte = "nul-byte", Warning,
        "a document holds NUL bytes",
        "NUL bytes mean nothing in a page and must not reach HTML. They are replaced with U+FFFD when the document is read and reported per line. Receive the document again, or acknowledge the finding.";
    EmptySource = "empty-source", Error,
        "no code row was read from a document",
        "The adapter found no row at all, which nearly always means the manifest's sections, header or columns do not describe the document. Check `format` in the manifest.";
    DuplicateSource = "duplicate-source", Error,
        "two manifests declare the same source id",
        "Source ids name pages and files of the site; each must be unique. Rename one of the sources (its folder and its `id`).";
    UnreadableFile = "unreadable-file", Error,
        "a catalog file exists but cannot be read",
        "A curated file (`corrections.toml`, `policy.toml`, the taxonomy or a concept file) exists but reading it failed. Check that it is a regular file with read permission.";
    CorrectionsInvalid = "corrections-invalid", Error,
        "catalog/corrections.toml is not valid",
        "The corrections file has a TOML error or an unknown key; no correction is applied until it is fixed.";
    PolicyInvalid = "policy-invalid", Error,
        "catalog/policy.toml is not valid",
        "The policy file has a TOML error or an unknown key; no acknowledgement is applied until it is fixed.";
    TaxonomyInvalid = "taxonomy-invalid", Error,
        "catalog/taxonomy.toml is not valid",
        "The taxonomy (categories, keyword rules, overrides) has a TOML error or an unknown key. Entries fall back to no category until it is fixed.";
    ConceptInvalid = "concept-invalid", Error,
        "a file of catalog/concepts is not valid",
        "A concept file has a TOML error or an unknown key; its concepts are skipped until it is fixed.";
    InvalidId = "invalid-id", Error,
        "an id that names pages of the site is not a valid path segment",
        "Source ids, namespaces, vendors, concept and category ids become folders of the site, so each must be lower-case kebab-case ASCII (`a-z`, `0-9`, inner `-`), at most 64 characters, and not a route the site uses for itself (`code`, `static`, `search`, `api` …). The item with the invalid id is not read, so the site never writes outside its folder.";
    SdkSymbolsInvalid = "sdk-symbols-invalid", Warning,
        "a row of catalog/sdk-symbols cannot be read",
        "A row of an SDK facts table has the wrong number of columns or a value that is not a code. The row is ignored; fix it so that it can be cited and cross-checked.";

    // What the adapters find while reading a document.
    MissingSection = "missing-section", Error,
        "a section the manifest declares is not in the document",
        "No heading of the document matches a `format.sections` entry, so nothing under it is read. Fix the heading or pattern in the manifest, or check that the right document was received.";
    UnaccountedLine = "unaccounted-line", Error,
        "a line inside a section was neither read nor reported",
        "Zero silent loss: every non-blank line inside a section must be part of a row, structure, prose or a finding. An unaccounted line is an adapter bug or a layout the manifest does not describe; report it with the document.";
    UnreadRow = "unread-row", Error,
        "a line that looks like a row was not read as one",
        "Zero silent loss: after every family, each line inside the document's sections that is not part of a row is checked. A line that starts with a code written like the codes of the rows the adapter did read (same sign, hex or decimal, and about as many digits), once table bars, bullets, emphasis, tags and a short label are stripped, or a table line with such a code in a cell, is reported with what the manifest made of it: a heading or header (`heading_pattern`, `header` or `stop_at` matches it), prose, or nothing. Fix the manifest so that the row is read; acknowledge the finding when the line is not a row.";
    SdkUnevaluatedValue = "sdk-unevaluated-value", Error,
        "a member of a selected SDK group has no value the family can compute",
        "Zero silent loss in SDK definition files: every member of a group the manifest selects is evaluated in file order (integers, negatives, hex, shifts, `+ - * / | & ^ ~`, parentheses, casts, and references to members and defines earlier in the file, implicit enum increments included). A value that cannot be computed — a macro call, a name defined in another file, a floating-point number, a member after one that has no value — is reported with the reason and never guessed. Add the defining file as a source, narrow the group rule, or acknowledge the finding.";
    SdkSkippedMember = "sdk-skipped-member", Info,
        "members of a selected SDK group hold no numeric code and were skipped",
        "A selected group holds members that are not numeric codes: string enum members, `interface` members whose type is not a literal, methods. They are listed (one note per group) so that nothing is left out in silence. Narrow the rule's `member` pattern if they should not be considered at all.";
    SdkSyntax = "sdk-syntax", Error,
        "an SDK definition file has a comment, string or block that is never closed",
        "The file's structure could not be read to its end: an unterminated comment or string, or a block still open at the end of the file. Members after it may be missing or wrong. Check that the file was stored whole and that the manifest's `language` is right; acknowledge it if the vendor ships the file so.";
    SdkUnmatchedGroup = "sdk-unmatched-group", Error,
        "a group rule of an SDK manifest matches no group of its file",
        "A `[[format.groups]]` rule names groups the file does not have (the message lists the groups it has), so whatever the rule meant to read is missing without a trace otherwise. A renamed enum in a new SDK version, or a damaged `enum … {` line, is the usual cause: fix the `group` pattern or the file.";
    OrphanText = "orphan-text", Error,
        "text that belongs to a row whose code was lost",
        "Lines or a table row that continue no row and carry no code: the document lost the row's code. Restore the row with a `restore-row` correction citing the SDK, or acknowledge it in `policy.toml`.";
    BadValue = "bad-value", Error,
        "a code cell or value is not a code",
        "Where the format expects a code (a decimal, a negative number or 0x-hex), the document has something else. Fix the value with a `set-value` correction.";
    HexDecimalMismatch = "hex-decimal-mismatch", Error,
        "a row's hex and decimal columns disagree",
        "Documents that write a code twice (hex and decimal) must agree. Find the right value in the SDK and record it with a `set-value` correction.";
    EmptyField = "empty-field", Warning,
        "a field label is followed by no text",
        "A labelled block has a label (`Description:`, `Suggestion:` …) with nothing after it: the document lost that field. Add the text with a correction when the vendor's page has it.";
    UnlabeledBlock = "unlabeled-block", Info,
        "a block has no field labels and was read by position",
        "A code block without `Description:`-style labels is read with the manifest's `unlabeled_fields`. Nothing is lost; the note tells a reviewer which fields the lines became.";
    StrayTableMarkup = "stray-table-markup", Info,
        "a table delimiter row or an empty row where data rows are expected",
        "A converter left a page-break artefact (a `|---|` row or an empty row) inside a table. Nothing was lost.";
    BrokenTable = "broken-table", Info,
        "a table continues under an empty header after a page break",
        "The table was split by a page break and continues under an empty header row; the rows below are read with the previous table's columns. Nothing was lost.";
    UnexpectedHeader = "unexpected-header", Warning,
        "a table header differs from the manifest's header, or its columns are in another order",
        "The header row of a table (markdown, or HTML `<th>`, `<thead>` or bold cells) does not match `header` (the format's or the section's), or the `name` column holds sentences in most rows of a section, as when name and description are swapped. The rows are read with the manifest's columns, which may not fit. Check the column roles.";
    SplitRow = "split-row", Info,
        "a row continued on the next line or table was joined to its row",
        "A line or a table row that holds only the rest of the row above (a page break or a wrapped cell) was joined to that row. Nothing was lost.";
    MalformedRow = "malformed-row", Warning,
        "a table row has more cells than the manifest names columns",
        "The extra cells' text is not read into any field. Add the column to `format.columns` or fix the table.";

    // Validation of the merged catalog.
    Duplicate = "duplicate", Info,
        "a code is written several times with the same meaning",
        "The same code appears in several rows with the same meaning; they are merged into one entry. Nothing to do.";
    NearDuplicate = "near-duplicate", Info,
        "a code is written several times with texts that differ only in spacing or case",
        "The texts mean the same; the site shows the first. Nothing to do.";
    ConflictingMeaning = "conflicting-meaning", Error,
        "one code has several different meanings in one namespace",
        "Two rows give the same code in the same namespace different texts. Correct the wrong text, or acknowledge the difference with a reason in `policy.toml` when both are true (platform-specific meanings).";
    ConflictingName = "conflicting-name", Error,
        "a code has several names in one context, or a name is given to several values",
        "Names and values must correspond one to one within a context. Correct the wrong row with a `rename` correction citing the SDK, or acknowledge both names.";
    SharedCode = "shared-code", Warning,
        "a code has different names in different contexts",
        "Push and play events may share one numbering: one entry shows every context. Acknowledge the sharing in `policy.toml` once reviewed.";
    CodeOutsideRange = "code-outside-range", Warning,
        "a code lies outside the range its section heading declares",
        "A heading such as `1000xxx` declares the codes of its section; a code outside it is a misplaced row or a wrong value. Fix it with a `set-value` or `set-heading` correction, or acknowledge it.";
    TruncatedValue = "truncated-value", Error,
        "a hex value has lost a digit",
        "The value has fewer hex digits than the document's other codes and already starts with 0, so a digit was lost and the value is probably wrong. Record the real value with a `set-value` correction citing the SDK.";
    UnusualHexWidth = "unusual-hex-width", Warning,
        "a hex value has an unusual number of digits",
        "The value is written with a different number of hex digits than the rest of the document. Check it against the SDK.";
    TruncatedText = "truncated-text", Warning,
        "a text looks cut short",
        "A text ends with a colon, an open bracket or in the middle of a sentence. Compare with the vendor's page; complete it with a correction or acknowledge it.";
    MissingName = "missing-name", Warning,
        "a row of a named table has no symbolic name",
        "Where the document names its codes, a row without a name lost it. Name it with an `add-names` correction citing the SDK.";
    MissingText = "missing-text", Warning,
        "a row has no text at all",
        "The row has a code but no message or description. Add the text with a correction when the vendor's page has it.";
    SdkNameMismatch = "sdk-name-mismatch", Warning,
        "the document's name for a code differs from the SDK's",
        "An SDK definition file (or, for SDKs that ship only a minified bundle, a row of `catalog/sdk-symbols/`) defines the code's value under other names than the document's. The finding is labelled on the document's row and on every SDK line that defines the value. Decide which is right: a `rename` or `add-names` correction citing the SDK line, or an acknowledgement saying why both names stand (platforms and API generations name codes differently).";
    SdkValueMismatch = "sdk-value-mismatch", Warning,
        "the document's value for a name differs from the SDK's",
        "An SDK file defines one of the document's names with another value, and no SDK file defines it with the document's value. The finding is labelled on the document's name and on every SDK line that defines it. Decide which is right: a `set-value` correction citing the SDK line, or an acknowledgement saying which platform or version the document follows.";

    // Curated data: corrections, acknowledgements, concepts and taxonomy.
    LostRow = "lost-row", Warning,
        "a row is missing from the document and was added back by a correction",
        "An `add-row` correction restores a row the document lost with no trace. The finding stays visible, marked as corrected, so the defect is not forgotten.";
    CorrectionCitation = "correction-citation", Error,
        "a correction's citation does not support it",
        "A correction changes what a vendor's document says, so it must cite a line of a stored SDK file (`catalog/sources/<id>/<file>:<line>`) whose member defines the value and a name the correction claims. A cited line that defines no member, or one of the names with another value, is reported, and so is a correction that cites no supporting line. Fix the citation or the correction in `corrections.toml`.";
    StaleCorrection = "stale-correction", Error,
        "a correction matches nothing in the catalog",
        "The document changed or the correction is wrong. Update or delete it in `corrections.toml`: a correction that no longer applies is itself an error.";
    StaleAcknowledgement = "stale-acknowledgement", Error,
        "an acknowledgement matches no finding",
        "The finding is gone or changed. Delete or update the entry in `policy.toml`: an allowance that no longer matches anything is itself an error.";
    ConceptDuplicateId = "concept-duplicate-id", Error,
        "two concepts have the same id",
        "Concept ids name pages of the site; each must be unique across all files of `catalog/concepts/`.";
    ConceptUnknownCategory = "concept-unknown-category", Error,
        "a concept's category is not defined in the taxonomy",
        "Add the category to `catalog/taxonomy.toml` or move the concept to a defined one.";
    ConceptUnknownMember = "concept-unknown-member", Error,
        "a concept lists a code no entry has",
        "The member's namespace and code must name an entry of the catalog. Fix the member or remove it.";
    ConceptSingleVendor = "concept-single-vendor", Error,
        "a concept has members from only one vendor",
        "A concept maps one situation across vendors. Add the equivalent codes of another vendor, or drop the concept.";
    ConceptOverlap = "concept-overlap", Error,
        "an entry belongs to several concepts",
        "Keep the entry in the concept that fits best, or acknowledge the overlap when the document gives the code several meanings.";
    StaleOverride = "stale-override", Error,
        "a category override matches no entry or category",
        "An override in `catalog/taxonomy.toml` names an entry or a category that does not exist. Fix or delete it.";
    SearchAliasUnknownVendor = "search-alias-unknown-vendor", Error,
        "a search alias names a vendor no source has",
        "A `[[search.alias]]` of `catalog/taxonomy.toml` gives query words for a vendor; its `vendor` must be the `vendor` id of a source. Fix the id or delete the alias.";
}

impl Lint {
    /// The lint with this id, if any.
    pub fn from_id(id: &str) -> Option<Lint> {
        Lint::ALL.iter().copied().find(|l| l.id() == id)
    }
}

impl std::fmt::Display for Lint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Lint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl PartialEq<&str> for Lint {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

/// `docs/lints.md`: every lint with its level, summary, documentation and triggering fixture.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Lints\n\n<!-- Generated from crates/catalog/src/lint.rs by `UPDATE_DOCS=1 cargo test -p catalog --test lint_registry`; do not edit. -->\n\n\
         Every finding `cargo xtask lint` can report. An error fails lint and the site build unless a\n\
         correction (`catalog/corrections.toml`) or an acknowledgement (`catalog/policy.toml`) resolves it;\n\
         a warning fails only under `--deny warnings`; an info never fails. Each lint has a fixture\n\
         catalog that triggers it in `crates/catalog/tests/lints/<id>.toml`, except the guards against\n\
         bugs of the tool itself (`unaccounted-line`), which a unit test triggers.\n\n\
         | id | level | what it means |\n| --- | --- | --- |\n",
    );
    for l in Lint::ALL {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            l.id(),
            l.id(),
            l.level().as_str(),
            l.summary()
        ));
    }
    for l in Lint::ALL {
        out.push_str(&format!(
            "\n## {}\n\nLevel: {}. Fixture: [`crates/catalog/tests/lints/{}.toml`](../crates/catalog/tests/lints/{}.toml).\n\n{}\n",
            l.id(),
            l.level().as_str(),
            l.id(),
            l.id(),
            l.doc()
        ));
    }
    out
}
