//! The per-source manifest (`source.toml`): what a document is and how to read it.

use crate::model::{Lang, Severity, SourceInfo};
use regex::Regex;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

pub mod keys;

/// A source manifest as written. Unknown keys are rejected (with the nearest known key) by
/// `keys::check_known` before this is deserialized, since `flatten` rules out serde's own check.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
pub struct Manifest {
    /// The source's id: lower-case kebab-case, the same as its folder's name.
    pub id: String,
    #[serde(flatten)]
    pub info: SourceInfo,
    /// The raw document, relative to the manifest's folder.
    pub file: String,
    /// The document's sha256 (64 hex digits), checked on every load.
    pub sha256: String,
    /// The namespace the document's codes live in (sections and sub-tables may name others).
    pub namespace: String,
    pub format: Format,
}

/// `manifest.vendor` for the descriptive keys, as on the model's `Source`.
impl std::ops::Deref for Manifest {
    type Target = SourceInfo;
    fn deref(&self) -> &SourceInfo {
        &self.info
    }
}

/// The format family of a document and its settings.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// How the document is written; decides which adapter reads it.
    pub family: Family,
    /// Headings that open sections, in document order. Lines outside every section are not
    /// read (page chrome, preambles).
    #[serde(default)]
    pub sections: Vec<SectionRule>,
    /// A line (regex) where the sections end: page footers and navigation.
    pub stop_at: Option<String>,
    /// Severity of rows no rule or section decides.
    pub severity: Option<Severity>,
    /// Rules that decide a row's severity, first match wins; before them the section's and after
    /// them `severity`.
    #[serde(default)]
    pub severity_rules: Vec<SeverityRule>,
    /// The header of the document's tables (regex): matched against the header line as written,
    /// or against the header cells' texts joined as `a | b | c` (with or without the outer bars),
    /// so one pattern serves markdown and HTML tables. A header that does not match is reported.
    pub header: Option<String>,
    /// Column roles, left to right.
    #[serde(default)]
    pub columns: Vec<Role>,
    /// Language of a column when it differs from the document's (`message = "en"`).
    #[serde(default)]
    pub column_languages: BTreeMap<Role, Lang>,
    /// The literal values a multi-word `category` column takes in space-separated rows.
    #[serde(default)]
    pub category_values: Vec<String>,
    /// Cell contents that mean "empty".
    #[serde(default = "default_empty_cells")]
    pub empty_cells: Vec<String>,
    /// Labels that introduce a field (`"Possible cause:" = "cause"`).
    #[serde(default)]
    pub labels: BTreeMap<String, Role>,
    /// Field order of blocks that carry no labels.
    #[serde(default)]
    pub unlabeled_fields: Vec<Role>,
    /// Whether a symbolic name may open a text cell (`SDK_WARNING_NETWORK_WEAK，…`).
    #[serde(default)]
    pub names_in_text: bool,
    /// API-reference members: the line that opens a member (regex with a `name` group).
    pub member: Option<String>,
    /// The label before a member's value (`Value:`).
    pub value_label: Option<String>,
    /// The label that marks a member deprecated (`Deprecated:`).
    pub deprecated_label: Option<String>,
    /// A line alone that introduces a bulleted list of notes.
    pub notes_heading: Option<String>,
    /// A line alone that introduces a member's example code.
    pub example_heading: Option<String>,
    /// The language of examples whose fence names none (`js`).
    pub example_language: Option<String>,
    /// Texts (regex, matched on each line of a row's texts) that mean the code is deprecated,
    /// on top of the built-in markers (`Deprecated:`, `**Deprecated**`, `is deprecated as of`,
    /// `弃用`, `已废弃`).
    #[serde(default)]
    pub deprecation_patterns: Vec<String>,
    /// Whether the built-in deprecation markers apply; `false` leaves only
    /// `deprecation_patterns` (for a page whose prose uses the words otherwise).
    #[serde(default = "yes")]
    pub deprecation_defaults: bool,
    /// Generated API-reference HTML: the CSS selector of each member (a container such as
    /// `section.tsd-member`, or a heading such as `h4.name` whose fields follow it as siblings
    /// up to the next member).
    pub member_selector: Option<String>,
    /// The member's name (CSS selector, within the member); without it, the member's own text.
    pub name_selector: Option<String>,
    /// The name within the selected text (regex with a `name` group), when the text holds more
    /// (`(static, constant) ERR_X :number`).
    pub name_pattern: Option<String>,
    /// The member's value (CSS selector, within the member).
    pub value_selector: Option<String>,
    /// The value within the selected text (regex with a `code` group); without it, the first
    /// code written after an optional `=` (`= 0x4001`, `ERR_X = 101,`).
    pub value_pattern: Option<String>,
    /// The member's description (CSS selector, within the member); every match, in order.
    pub description_selector: Option<String>,
    /// An element whose presence marks the member deprecated (CSS selector, within the
    /// member); its text, if any, says since when or what to use instead.
    pub deprecated_selector: Option<String>,
    /// Tables embedded in another family's text.
    #[serde(default)]
    pub subtables: Vec<Subtable>,
    /// SDK definition files: the programming language of the file.
    pub language: Option<CodeLanguage>,
    /// SDK definition files: other files of this source's folder (stored byte-for-byte, from
    /// the same repository and commit) whose definitions the file's values refer to, such as a
    /// header it `#include`s; read for their values only, never as rows.
    #[serde(default)]
    pub includes: Vec<String>,
    /// SDK definition files: which groups (enums, constant classes, `#define`s) to read, and
    /// the namespace, severity and context of their members. The first rule that matches a
    /// member decides.
    #[serde(default)]
    pub groups: Vec<GroupRule>,
    /// Compiled `header`, `severity_rules[].name_pattern` and `text_pattern` and `deprecation_patterns`, built on
    /// first use so that no table or row compiles a regex.
    #[serde(skip)]
    compiled: std::sync::OnceLock<Compiled>,
}

#[derive(Debug, Clone, Default)]
pub struct Compiled {
    /// `None` when there is no `header` or it is not a valid regex.
    pub header: Option<Regex>,
    pub severity_names: Vec<Option<Regex>>,
    pub severity_texts: Vec<Option<Regex>>,
    pub deprecations: Vec<Regex>,
    /// `groups[].group` and `groups[].member`, `None` where absent or invalid.
    pub groups: Vec<(Option<Regex>, Option<Regex>)>,
}

impl Format {
    pub fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| Compiled {
            header: self.header.as_deref().and_then(|h| Regex::new(h).ok()),
            severity_names: self
                .severity_rules
                .iter()
                .map(|r| r.name_pattern.as_deref().and_then(|p| Regex::new(p).ok()))
                .collect(),
            severity_texts: self
                .severity_rules
                .iter()
                .map(|r| r.text_pattern.as_deref().and_then(|p| Regex::new(p).ok()))
                .collect(),
            deprecations: self.deprecation_patterns.iter().filter_map(|p| Regex::new(p).ok()).collect(),
            groups: self
                .groups
                .iter()
                .map(|g| (Regex::new(&g.group).ok(), g.member.as_deref().and_then(|m| Regex::new(m).ok())))
                .collect(),
        })
    }
}

fn yes() -> bool {
    true
}

fn default_empty_cells() -> Vec<String> {
    vec!["-".to_owned()]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    MarkdownTable,
    TextRows,
    CodeBlocks,
    ApiMembers,
    HtmlTable,
    HtmlMembers,
    /// Source files of an SDK (headers, type definitions, constant classes).
    SdkDefinitions,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::MarkdownTable => "markdown-table",
            Family::TextRows => "text-rows",
            Family::CodeBlocks => "code-blocks",
            Family::ApiMembers => "api-members",
            Family::HtmlTable => "html-table",
            Family::HtmlMembers => "html-members",
            Family::SdkDefinitions => "sdk-definitions",
        }
    }
}

/// The programming language of an SDK definition file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CodeLanguage {
    C,
    Cpp,
    Objc,
    Typescript,
    Javascript,
    Java,
    Kotlin,
    Dart,
    /// Protocol Buffers (`.proto`): `enum` members `NAME = 1;`, in messages or at the top.
    Protobuf,
}

impl CodeLanguage {
    pub fn as_str(self) -> &'static str {
        match self {
            CodeLanguage::C => "c",
            CodeLanguage::Cpp => "cpp",
            CodeLanguage::Objc => "objc",
            CodeLanguage::Typescript => "typescript",
            CodeLanguage::Javascript => "javascript",
            CodeLanguage::Java => "java",
            CodeLanguage::Kotlin => "kotlin",
            CodeLanguage::Dart => "dart",
            CodeLanguage::Protobuf => "protobuf",
        }
    }
}

/// Which groups of an SDK file to read, and where their members go.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupRule {
    /// Regex on the group's name: an enum's name (`TXLiteAVError`, `PushEvt::PushEvent`), a
    /// class or namespace of constants (`ZEGO::BASE`), `#define` for the file's defines, `""`
    /// for constants at the file's top level.
    pub group: String,
    /// Regex on the member's name; members it does not match are left to later rules.
    pub member: Option<String>,
    /// The namespace the members go to (the manifest's `namespace` when absent).
    pub namespace: Option<String>,
    /// The members' severity (else `format.severity_rules`, then `format.severity`).
    pub severity: Option<Severity>,
    /// The context the members are used in (`push`, `play`), as a section's `context`.
    pub context: Option<String>,
    /// Members this rule matches are deliberately not read (`ERR_NULL`, internal events).
    #[serde(default)]
    pub skip: bool,
}

/// What a column or a label holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Code,
    Hex,
    Name,
    Message,
    Description,
    Cause,
    Suggestion,
    Note,
    Category,
    Ignore,
}

impl Role {
    /// The text field a column or label of this role fills; roles that are not text
    /// (code, hex, name, category, ignore) fill the description when text lands there.
    pub fn field(self) -> crate::model::Field {
        use crate::model::Field;
        match self {
            Role::Message => Field::Message,
            Role::Cause => Field::Cause,
            Role::Suggestion => Field::Suggestion,
            Role::Note => Field::Note,
            _ => Field::Description,
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    /// The heading's text, matched once, in order: with or without markdown `#` marks, HTML
    /// tags or emphasis, at any level (`Error codes` matches `## Error codes` and
    /// `<h2 id="e">Error codes</h2>`). When no line matches, `missing-section` names the
    /// closest lines.
    pub heading: Option<String>,
    /// A heading regex, matched any number of times. A `range` group (`1001xxx/1101xxx`)
    /// declares the codes the section may hold; a `title` group names it.
    pub heading_pattern: Option<String>,
    /// The context the section gives its codes (`push`, `play`, `login` …).
    pub context: Option<String>,
    /// Severity of the section's rows unless a severity rule decides.
    pub severity: Option<Severity>,
    /// The namespace of the section's codes when it differs from the document's (a separate
    /// numbering, such as warnings in their own enum).
    pub namespace: Option<String>,
    /// Column roles of the section's tables when they differ from `format.columns` (a page
    /// that mixes 2- and 3-column tables).
    #[serde(default)]
    pub columns: Vec<Role>,
    /// The header of the section's tables (regex) when it differs from `format.header`.
    pub header: Option<String>,
    /// A line (regex) where the section ends before the next heading: a note or table after
    /// it that is not part of it. Lines from there to the next section are not read.
    pub stop_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeverityRule {
    /// Matches codes below zero (`true`) or not (`false`).
    pub negative: Option<bool>,
    /// Matches rows with a name this regex finds.
    pub name_pattern: Option<String>,
    /// Matches rows whose meaning (message or description, not cause or advice) this regex
    /// finds: the severity rules are about what a code means (`(?i)\b(recovered|restored)\b`,
    /// `恢复`), and a name does not always say it.
    pub text_pattern: Option<String>,
    /// Matches one code.
    pub code: Option<i64>,
    /// The severity of the rows the rule matches.
    pub severity: Severity,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subtable {
    /// The line that introduces the table (regex), if any.
    pub intro: Option<String>,
    /// The header line (regex).
    pub header: String,
    /// How the table's rows are written.
    pub layout: SubtableLayout,
    /// The namespace of the table's codes.
    pub namespace: String,
    /// The table's title, shown as its section.
    pub title: String,
    /// Column roles, left to right.
    #[serde(default)]
    pub columns: Vec<Role>,
    /// The literal values the table's `category` column takes.
    #[serde(default)]
    pub category_values: Vec<String>,
    /// Severity of the table's rows unless a severity rule decides.
    pub severity: Option<Severity>,
    /// The context the table gives its codes.
    pub context: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SubtableLayout {
    /// One row a line: `CODE <category> description`.
    Rows,
    /// Every row on one line: `| CODE | message | | CODE | message |`.
    InlinePipe,
}

/// A manifest problem: what and which key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    pub message: String,
    /// Byte range in the manifest text, when known.
    pub range: Option<std::ops::Range<usize>>,
}

impl Manifest {
    /// Parses and checks a manifest; every problem is returned, not just the first.
    pub fn parse(text: &str) -> Result<Manifest, Vec<ManifestError>> {
        let unknown = keys::check_known(text);
        if !unknown.is_empty() {
            return Err(unknown);
        }
        let manifest: Manifest = toml::from_str(text)
            .map_err(|e| vec![ManifestError { message: e.message().to_owned(), range: e.span() }])?;
        let errors = manifest.check(text);
        if errors.is_empty() {
            Ok(manifest)
        } else {
            Err(errors)
        }
    }

    /// The namespaces whose rows all come from tables with a name column (or from members,
    /// which are named): there a row without a name lost it. A namespace that also holds
    /// tables without names is left out, so no row is asked for a name its table never had.
    pub fn named_namespaces(&self) -> Vec<String> {
        let f = &self.format;
        if matches!(f.family, Family::ApiMembers | Family::HtmlMembers) {
            return vec![self.namespace.clone()];
        }
        let mut named: BTreeMap<&str, bool> = BTreeMap::new();
        if f.sections.is_empty() {
            named.insert(&self.namespace, f.columns.contains(&Role::Name));
        }
        for s in &f.sections {
            let columns = if s.columns.is_empty() { &f.columns } else { &s.columns };
            let ns = s.namespace.as_deref().unwrap_or(&self.namespace);
            *named.entry(ns).or_insert(true) &= columns.contains(&Role::Name);
        }
        named.into_iter().filter(|(_, all)| *all).map(|(ns, _)| ns.to_owned()).collect()
    }

    fn check(&self, text: &str) -> Vec<ManifestError> {
        let mut errors = Vec::new();
        let mut fail = |key: &str, message: String| {
            let range = find_key(text, key);
            errors.push(ManifestError { message, range });
        };
        self.check_required(&mut fail);
        self.check_identity(&mut fail);
        check_sections_and_namespaces(&self.format, &mut fail);
        check_patterns(&self.format, &mut fail);
        check_family(&self.format, &mut fail);
        errors
    }

    fn check_required(&self, fail: &mut impl FnMut(&str, String)) {
        for (key, value) in [
            ("id", &self.id),
            ("vendor", &self.vendor),
            ("vendor_name", &self.vendor_name),
            ("product", &self.product),
            ("title", &self.title),
            ("retrieved", &self.retrieved),
            ("file", &self.file),
            ("namespace", &self.namespace),
        ] {
            if value.trim().is_empty() {
                fail(key, format!("required field `{key}` is empty"));
            }
        }
    }

    /// The ids the catalog files and pages are named by, the document's digest and its place.
    fn check_identity(&self, fail: &mut impl FnMut(&str, String)) {
        for (key, value) in [("id", &self.id), ("vendor", &self.vendor), ("namespace", &self.namespace)] {
            if let Err(why) = crate::ids::check(value) {
                fail(key, format!("`{key}` `{value}` {why}"));
            }
        }
        // A malformed `sha256` is reported when the file is read, with the file's real digest.
        if self.file.contains("..") || self.file.starts_with('/') {
            fail("file", "`file` must name a file inside the source's folder".to_owned());
        }
        if let Some(up) = &self.upstream {
            check_upstream(up, fail);
        }
    }
}

/// Provenance good enough to fetch the same bytes again.
fn check_upstream(up: &crate::model::Upstream, fail: &mut impl FnMut(&str, String)) {
    let parts: Vec<&str> = up.repository.split('/').collect();
    let name_ok =
        |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    if parts.len() != 2 || !parts.iter().all(name_ok) {
        fail(
            "repository",
            format!("`upstream.repository` `{}` is not `owner/name` as GitHub spells it", up.repository),
        );
    }
    if up.commit.len() != 40 || !up.commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        fail(
            "commit",
            format!(
                "`upstream.commit` `{}` must be the full 40-hex-digit commit the file was taken at",
                up.commit
            ),
        );
    }
    if up.path.is_empty() || up.path.starts_with('/') || up.path.split('/').any(|p| p == "..") {
        fail("path", format!("`upstream.path` `{}` must be the file's path inside the repository", up.path));
    }
    if up.license.trim().is_empty() {
        fail(
            "license",
            "`upstream.license` is empty: write what the repository's licence says, or `none stated`"
                .to_owned(),
        );
    }
}

/// Each section rule has one way to find its heading; section and sub-table namespaces are ids.
fn check_sections_and_namespaces(f: &Format, fail: &mut impl FnMut(&str, String)) {
    for s in &f.sections {
        if s.heading.is_some() == s.heading_pattern.is_some() {
            fail("sections", "each section needs exactly one of `heading` or `heading_pattern`".to_owned());
        }
        if let Some(ns) = &s.namespace {
            if let Err(why) = crate::ids::check(ns) {
                fail("namespace", format!("section namespace `{ns}` {why}"));
            }
        }
    }
    for t in &f.subtables {
        if let Err(why) = crate::ids::check(&t.namespace) {
            fail("namespace", format!("sub-table namespace `{}` {why}", t.namespace));
        }
    }
    for g in &f.groups {
        if let Some(ns) = &g.namespace {
            if let Err(why) = crate::ids::check(ns) {
                fail("namespace", format!("group namespace `{ns}` {why}"));
            }
        }
    }
}

/// Every regular expression of the format compiles.
fn check_patterns(f: &Format, fail: &mut impl FnMut(&str, String)) {
    for (key, p) in patterns(f) {
        if let Err(e) = Regex::new(p) {
            fail(key, format!("`{key}` is not a valid regular expression: {e}"));
        }
    }
}

/// The format's regular expressions, each with its key.
fn patterns(f: &Format) -> Vec<(&'static str, &str)> {
    let mut patterns: Vec<(&str, &str)> = Vec::new();
    for s in &f.sections {
        if let (None, Some(p)) = (&s.heading, &s.heading_pattern) {
            patterns.push(("heading_pattern", p));
        }
        for (key, p) in [("header", &s.header), ("stop_at", &s.stop_at)] {
            if let Some(p) = p {
                patterns.push((key, p));
            }
        }
    }
    for (key, p) in [
        ("stop_at", &f.stop_at),
        ("header", &f.header),
        ("member", &f.member),
        ("name_pattern", &f.name_pattern),
        ("value_pattern", &f.value_pattern),
    ] {
        if let Some(p) = p {
            patterns.push((key, p));
        }
    }
    for r in &f.severity_rules {
        if let Some(p) = &r.name_pattern {
            patterns.push(("name_pattern", p));
        }
        if let Some(p) = &r.text_pattern {
            patterns.push(("text_pattern", p));
        }
    }
    for p in &f.deprecation_patterns {
        patterns.push(("deprecation_patterns", p));
    }
    for g in &f.groups {
        patterns.push(("group", &g.group));
        if let Some(m) = &g.member {
            patterns.push(("member", m));
        }
    }
    for t in &f.subtables {
        patterns.push(("header", &t.header));
        if let Some(p) = &t.intro {
            patterns.push(("intro", p));
        }
    }
    patterns
}

/// The keys each family cannot read a document without.
fn check_family(f: &Format, fail: &mut impl FnMut(&str, String)) {
    let family = f.family.as_str();
    let needs = |ok: bool, key: &str, fail: &mut dyn FnMut(&str, String)| {
        if !ok {
            fail(key, format!("family `{family}` needs `format.{key}` (see docs/manifest.md)"));
        }
    };
    match f.family {
        Family::TextRows => {
            needs(f.header.is_some(), "header", fail);
            if let Some(m) = missing_code_column(f, &[Role::Code]) {
                fail("columns", m);
            }
        }
        Family::CodeBlocks => needs(f.header.is_some(), "header", fail),
        Family::MarkdownTable | Family::HtmlTable => {
            if let Some(m) = missing_code_column(f, &[Role::Code, Role::Hex]) {
                fail("columns", m);
            }
            for s in f.sections.iter().filter(|s| !s.columns.is_empty()) {
                if !s.columns.iter().any(|r| matches!(r, Role::Code | Role::Hex)) {
                    let at = s.heading.as_deref().or(s.heading_pattern.as_deref()).unwrap_or("");
                    fail("columns", format!("the `columns` of section `{at}` have no `code` or `hex` column: mark the column that holds the codes"));
                }
            }
        }
        Family::ApiMembers => {
            needs(f.member.is_some(), "member", fail);
            needs(f.value_label.is_some(), "value_label", fail);
        }
        Family::HtmlMembers => {
            needs(f.member_selector.is_some(), "member_selector", fail);
            needs(f.value_selector.is_some(), "value_selector", fail);
        }
        Family::SdkDefinitions => {
            needs(f.language.is_some(), "language", fail);
            needs(!f.groups.is_empty(), "groups", fail);
            for name in f.includes.iter().filter(|n| !is_plain_file_name(n)) {
                fail("includes", format!("`{name}` is not a file name of this source's folder: name a file next to source.toml, without `/` or `..`"));
            }
        }
    }
    check_selectors(f, fail);
}

/// A name of a file in the source's own folder: nothing above it or below it.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\']) && name != "source.toml"
}

/// Every CSS selector of the format parses.
fn check_selectors(f: &Format, fail: &mut impl FnMut(&str, String)) {
    for (key, sel) in [
        ("member_selector", &f.member_selector),
        ("name_selector", &f.name_selector),
        ("value_selector", &f.value_selector),
        ("description_selector", &f.description_selector),
        ("deprecated_selector", &f.deprecated_selector),
    ] {
        if let Some(sel) = sel {
            if let Err(e) = scraper::Selector::parse(sel) {
                fail(key, format!("`{key}` `{sel}` is not a valid CSS selector: {e}"));
            }
        }
    }
}

/// What to say when no column of `columns` holds the codes.
fn missing_code_column(f: &Format, accepted: &[Role]) -> Option<String> {
    if accepted.iter().any(|r| f.columns.contains(r)) {
        return None;
    }
    let family = f.family.as_str();
    Some(if f.columns.is_empty() {
        format!("family `{family}` needs `format.columns`: the role of each column, left to right, e.g. columns = [\"code\", \"name\", \"description\"]")
    } else {
        let names = if accepted.len() == 1 { "`code`" } else { "`code` or `hex`" };
        format!("`format.columns` has no {names} column: mark the column that holds the codes (roles: code, hex, name, message, description, cause, suggestion, note, category, ignore)")
    })
}

/// The byte range of the first `key =` in a TOML text, to point diagnostics at it.
fn find_key(text: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                let start = offset + (line.len() - t.len());
                return Some(start..start + key.len());
            }
        }
        if t.starts_with("[[") || t.starts_with('[') {
            let name = t.trim_matches(|c| c == '[' || c == ']' || c == '\n' || c == ' ');
            if name.ends_with(key) {
                let start = offset + (line.len() - t.len());
                return Some(start..start + t.trim_end().len());
            }
        }
        offset += line.len();
    }
    None
}
