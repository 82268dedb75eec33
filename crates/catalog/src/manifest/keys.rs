//! Every key a manifest may hold, in one registry: names, types, defaults and meanings come from
//! the manifest types themselves (their JSON schema, doc comments included); what a schema cannot
//! say — which families honour a key, and an example — is in [`NOTES`]. The registry rejects
//! unknown keys (naming the nearest known one) and generates `docs/manifest.md`.

use super::{Family, Manifest, ManifestError};
use schemars::schema::{InstanceType, RootSchema, Schema, SchemaObject, SingleOrVec};
use std::collections::BTreeMap;

/// Which families read a key.
#[derive(Debug, Clone, Copy)]
pub enum Honoured {
    /// Every family: identity, provenance and what the loader itself reads.
    All,
    By(&'static [Family]),
}

/// What the schema cannot say about a key.
pub struct Note {
    /// The key's path: `format.sections[].heading`; `<…>` stands for a key the writer chooses.
    pub path: &'static str,
    pub honoured: Honoured,
    /// A TOML line (or lines) showing the key in use.
    pub example: &'static str,
}

const TABLES: &[Family] = &[Family::MarkdownTable, Family::HtmlTable, Family::TextRows];
const SECTIONED: &[Family] = &[
    Family::MarkdownTable,
    Family::TextRows,
    Family::CodeBlocks,
    Family::ApiMembers,
    Family::HtmlTable,
    Family::HtmlMembers,
];
const API: &[Family] = &[Family::ApiMembers];
const MEMBERS: &[Family] = &[Family::HtmlMembers];
/// Families whose tables have header rows to check.
const HEADED: &[Family] = &[Family::MarkdownTable, Family::TextRows, Family::CodeBlocks, Family::HtmlTable];
/// Families with column roles per section.
const COLUMNED: &[Family] = &[Family::MarkdownTable, Family::HtmlTable, Family::TextRows];
const SDK: &[Family] = &[Family::SdkDefinitions];

/// One note per key; a test checks this list and the manifest types name the same keys, so a
/// key cannot be added without saying who reads it, nor a note outlive its key.
pub const NOTES: &[Note] = &[
    note("id", Honoured::All, r#"id = "agora-web-en""#),
    note("vendor", Honoured::All, r#"vendor = "agora""#),
    note("vendor_name", Honoured::All, r#"vendor_name = "Agora""#),
    note("product", Honoured::All, r#"product = "Web SDK 4.x""#),
    note("platforms", Honoured::All, r#"platforms = ["Web"]"#),
    note("language", Honoured::All, r#"language = "en""#),
    note("title", Honoured::All, r#"title = "Error codes""#),
    note("origin_url", Honoured::All, r#"origin_url = "https://docs.example.com/errors""#),
    note("retrieved", Honoured::All, r#"retrieved = "2026-11-23""#),
    note("upstream", Honoured::All, "[upstream]"),
    note("upstream.repository", Honoured::All, r#"repository = "owner/name""#),
    note("upstream.path", Honoured::All, r#"path = "include/errors.h""#),
    note("upstream.commit", Honoured::All, r#"commit = "d4ff6dccb8364b6d7042bff2e40fff64708e7176""#),
    note("upstream.license", Honoured::All, r#"license = "MIT (LICENSE at that commit)""#),
    note("file", Honoured::All, r#"file = "errors.md""#),
    note("sha256", Honoured::All, r#"sha256 = "…" # sha256sum errors.md"#),
    note("namespace", Honoured::All, r#"namespace = "agora-web""#),
    note("format", Honoured::All, "[format]"),
    note("format.family", Honoured::All, r#"family = "markdown-table""#),
    note("format.sections", Honoured::By(SECTIONED), "[[format.sections]]"),
    note("format.sections[].heading", Honoured::By(SECTIONED), r#"heading = "Error codes""#),
    note(
        "format.sections[].heading_pattern",
        Honoured::By(SECTIONED),
        r#"heading_pattern = '^(?P<range>\d{4}xxx) (?P<title>.+)$'"#,
    ),
    note("format.sections[].context", Honoured::By(SECTIONED), r#"context = "join""#),
    note("format.sections[].severity", Honoured::By(SECTIONED), r#"severity = "warning""#),
    note("format.sections[].namespace", Honoured::By(SECTIONED), r#"namespace = "agora-web-warnings""#),
    note("format.sections[].columns", Honoured::By(COLUMNED), r#"columns = ["name", "code", "description"]"#),
    note(
        "format.sections[].header",
        Honoured::By(HEADED),
        r#"header = '^Warning code \| Value \| Description$'"#,
    ),
    note("format.sections[].stop_at", Honoured::By(SECTIONED), r#"stop_at = '^Related (links|pages)$'"#),
    note("format.stop_at", Honoured::By(SECTIONED), r#"stop_at = '^## (See also|相关文档)'"#),
    note("format.severity", Honoured::All, r#"severity = "error""#),
    note("format.severity_rules", Honoured::All, "[[format.severity_rules]]"),
    note("format.severity_rules[].negative", Honoured::All, "negative = true"),
    note("format.severity_rules[].name_pattern", Honoured::All, r#"name_pattern = '^WARNING_'"#),
    note(
        "format.severity_rules[].text_pattern",
        Honoured::All,
        r#"text_pattern = '(?i)\b(recovered|restored)\b|恢复'"#,
    ),
    note("format.severity_rules[].code", Honoured::All, "code = 0"),
    note("format.severity_rules[].severity", Honoured::All, r#"severity = "warning""#),
    note("format.header", Honoured::By(HEADED), r#"header = '^\|\s*Code\s*\|\s*Description\s*\|$'"#),
    note("format.columns", Honoured::By(TABLES), r#"columns = ["code", "name", "description"]"#),
    note("format.column_languages", Honoured::All, r#"column_languages = { message = "en" }"#),
    note(
        "format.category_values",
        Honoured::By(&[Family::TextRows]),
        r#"category_values = ["Room", "Stream"]"#,
    ),
    note(
        "format.empty_cells",
        Honoured::By(&[Family::MarkdownTable, Family::HtmlTable]),
        r#"empty_cells = ["-", "无"]"#,
    ),
    note(
        "format.labels",
        Honoured::By(&[
            Family::TextRows,
            Family::CodeBlocks,
            Family::ApiMembers,
            Family::HtmlMembers,
            Family::SdkDefinitions,
        ]),
        r#"labels = { "Possible cause:" = "cause" }"#,
    ),
    note(
        "format.unlabeled_fields",
        Honoured::By(&[Family::CodeBlocks]),
        r#"unlabeled_fields = ["message", "description"]"#,
    ),
    note("format.names_in_text", Honoured::All, "names_in_text = true"),
    note("format.member", Honoured::By(API), r#"member = '^#+\s*(?P<name>[A-Z][A-Z0-9_]+)$'"#),
    note("format.value_label", Honoured::By(API), r#"value_label = "Value:""#),
    note("format.deprecated_label", Honoured::By(API), r#"deprecated_label = "Deprecated:""#),
    note("format.notes_heading", Honoured::By(API), r#"notes_heading = "Note:""#),
    note("format.example_heading", Honoured::By(API), r#"example_heading = "Example:""#),
    note("format.example_language", Honoured::By(API), r#"example_language = "js""#),
    note(
        "format.deprecation_patterns",
        Honoured::All,
        r#"deprecation_patterns = ['does not throw this error anymore']"#,
    ),
    note("format.deprecation_defaults", Honoured::All, "deprecation_defaults = false"),
    note("format.member_selector", Honoured::By(MEMBERS), r#"member_selector = "section.tsd-member""#),
    note("format.name_selector", Honoured::By(MEMBERS), r#"name_selector = "h3""#),
    note("format.name_pattern", Honoured::By(MEMBERS), r#"name_pattern = '(?P<name>[A-Z][A-Z0-9_]+)'"#),
    note("format.value_selector", Honoured::By(MEMBERS), r#"value_selector = ".tsd-signature""#),
    note("format.value_pattern", Honoured::By(MEMBERS), r#"value_pattern = '^(?P<code>-?\d+):'"#),
    note("format.description_selector", Honoured::By(MEMBERS), r#"description_selector = ".tsd-comment""#),
    note(
        "format.deprecated_selector",
        Honoured::By(MEMBERS),
        r#"deprecated_selector = ".tsd-tag-deprecated""#,
    ),
    note("format.subtables", Honoured::By(API), "[[format.subtables]]"),
    note("format.subtables[].intro", Honoured::By(API), r#"intro = '^The codes are:$'"#),
    note("format.subtables[].header", Honoured::By(API), r#"header = '^\| Code \| Message \|'"#),
    note("format.subtables[].layout", Honoured::By(API), r#"layout = "rows""#),
    note("format.subtables[].namespace", Honoured::By(API), r#"namespace = "vendor-web-room""#),
    note("format.subtables[].title", Honoured::By(API), r#"title = "Room errors""#),
    note("format.subtables[].columns", Honoured::By(API), r#"columns = ["code", "message"]"#),
    note("format.subtables[].category_values", Honoured::By(API), r#"category_values = ["Room"]"#),
    note("format.subtables[].severity", Honoured::By(API), r#"severity = "error""#),
    note("format.subtables[].context", Honoured::By(API), r#"context = "room""#),
    note("format.language", Honoured::By(SDK), r#"language = "objc""#),
    note("format.includes", Honoured::By(SDK), r#"includes = ["TXLiteAVCode.h"]"#),
    note("format.groups", Honoured::By(SDK), "[[format.groups]]"),
    note("format.groups[].group", Honoured::By(SDK), r#"group = '^TXLiteAVError$'"#),
    note("format.groups[].member", Honoured::By(SDK), r#"member = '^(PUSH|PLAY)_WARNING_'"#),
    note("format.groups[].namespace", Honoured::By(SDK), r#"namespace = "tencent-liteav""#),
    note("format.groups[].severity", Honoured::By(SDK), r#"severity = "warning""#),
    note("format.groups[].context", Honoured::By(SDK), r#"context = "push""#),
    note("format.groups[].skip", Honoured::By(SDK), "skip = true"),
];

const fn note(path: &'static str, honoured: Honoured, example: &'static str) -> Note {
    Note { path, honoured, example }
}

/// One key as the manifest types declare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub path: String,
    /// `string`, `list of strings`, `one of "a", "b"`, `table`, `list of tables` …
    pub kind: String,
    pub required: bool,
    /// The default as TOML, when the key has one.
    pub default: Option<String>,
    pub doc: String,
}

/// Every key of the manifest, in declaration order.
pub fn keys() -> Vec<Key> {
    let root = schema();
    let mut out = Vec::new();
    walk(&root, &root.schema, "", &mut out);
    out
}

fn schema() -> RootSchema {
    let settings = schemars::gen::SchemaSettings::draft07().with(|s| s.option_add_null_type = false);
    settings.into_generator().into_root_schema_for::<Manifest>()
}

/// The struct behind a schema: through `$ref`, `Option`'s `anyOf [T, null]` and `allOf [T]`.
fn resolve<'a>(root: &'a RootSchema, s: &'a SchemaObject) -> &'a SchemaObject {
    if let Some(r) = &s.reference {
        let name = r.rsplit('/').next().unwrap_or_default();
        if let Some(Schema::Object(o)) = root.definitions.get(name) {
            return resolve(root, o);
        }
    }
    if let Some(sub) = &s.subschemas {
        let alternatives = sub.all_of.iter().chain(sub.any_of.iter()).flatten();
        for alt in alternatives {
            if let Schema::Object(o) = alt {
                if !is_null(o) {
                    return resolve(root, o);
                }
            }
        }
    }
    s
}

fn is_null(s: &SchemaObject) -> bool {
    matches!(&s.instance_type, Some(SingleOrVec::Single(t)) if **t == InstanceType::Null)
}

/// The schema of an array's items, if `s` is an array.
fn items<'a>(root: &'a RootSchema, s: &'a SchemaObject) -> Option<&'a SchemaObject> {
    match s.array.as_ref()?.items.as_ref()? {
        SingleOrVec::Single(item) => match item.as_ref() {
            Schema::Object(o) => Some(resolve(root, o)),
            Schema::Bool(_) => None,
        },
        SingleOrVec::Vec(_) => None,
    }
}

/// A struct's own properties (not a map's free keys).
fn properties(s: &SchemaObject) -> Option<&schemars::Map<String, Schema>> {
    s.object.as_ref().map(|o| &o.properties).filter(|p| !p.is_empty())
}

fn walk(root: &RootSchema, s: &SchemaObject, prefix: &str, out: &mut Vec<Key>) {
    let Some(props) = properties(s) else { return };
    let required = s.object.as_ref().map(|o| &o.required);
    // Plain keys before tables, as a TOML file must write them.
    let is_table = |sub: &Schema| match sub {
        Schema::Object(o) => properties(resolve(root, o)).is_some(),
        Schema::Bool(_) => false,
    };
    let ordered = props.iter().filter(|(_, s)| !is_table(s)).chain(props.iter().filter(|(_, s)| is_table(s)));
    for (name, sub) in ordered {
        let Schema::Object(raw) = sub else { continue };
        let path = format!("{prefix}{name}");
        let target = resolve(root, raw);
        let meta = raw.metadata.as_ref().or(target.metadata.as_ref());
        out.push(Key {
            path: path.clone(),
            kind: kind(root, target),
            required: required.is_some_and(|r| r.contains(name)),
            default: meta.and_then(|m| m.default.as_ref()).filter(|d| !d.is_null()).map(toml_literal),
            doc: meta.and_then(|m| m.description.clone()).unwrap_or_default(),
        });
        if properties(target).is_some() {
            walk(root, target, &format!("{path}."), out);
        } else if let Some(item) = items(root, target).filter(|i| properties(i).is_some()) {
            walk(root, item, &format!("{path}[]."), out);
        }
    }
}

fn kind(root: &RootSchema, s: &SchemaObject) -> String {
    if let Some(values) = &s.enum_values {
        let names: Vec<String> = values.iter().map(toml_literal).collect();
        return format!("one of {}", names.join(", "));
    }
    if let Some(sub) = s.subschemas.as_ref().and_then(|sub| sub.one_of.as_ref()) {
        let names: Vec<String> = sub
            .iter()
            .filter_map(|alt| match alt {
                Schema::Object(o) => o.enum_values.as_ref(),
                Schema::Bool(_) => None,
            })
            .flatten()
            .map(toml_literal)
            .collect();
        return format!("one of {}", names.join(", "));
    }
    if properties(s).is_some() {
        return "table".to_owned();
    }
    if let Some(item) = items(root, s) {
        return if properties(item).is_some() {
            "list of tables".to_owned()
        } else {
            list_of(&kind(root, item))
        };
    }
    if let Some(values) = s.object.as_ref().and_then(|o| o.additional_properties.as_ref()) {
        let value = match values.as_ref() {
            Schema::Object(o) => kind(root, resolve(root, o)),
            Schema::Bool(_) => "value".to_owned(),
        };
        return match value.strip_prefix("one of ") {
            Some(values) => format!("table of values, each one of {values}"),
            None => format!("table of {value}"),
        };
    }
    match &s.instance_type {
        Some(SingleOrVec::Single(t)) => type_name(t).to_owned(),
        Some(SingleOrVec::Vec(ts)) => {
            ts.iter().filter(|t| **t != InstanceType::Null).map(type_name).collect::<Vec<_>>().join(" or ")
        }
        None => "value".to_owned(),
    }
}

fn type_name(t: &InstanceType) -> &'static str {
    match t {
        InstanceType::String => "string",
        InstanceType::Integer => "integer",
        InstanceType::Number => "number",
        InstanceType::Boolean => "boolean",
        InstanceType::Array => "list",
        InstanceType::Object => "table",
        InstanceType::Null => "nothing",
    }
}

fn list_of(kind: &str) -> String {
    match kind {
        "string" | "integer" | "boolean" | "table" => format!("list of {kind}s"),
        other => match other.strip_prefix("one of ") {
            Some(values) => format!("list, each one of {values}"),
            None => format!("list of {other}"),
        },
    }
}

/// A JSON value written as TOML would write it.
fn toml_literal(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => format!("\"{s}\""),
        serde_json::Value::Array(a) => {
            format!("[{}]", a.iter().map(toml_literal).collect::<Vec<_>>().join(", "))
        }
        serde_json::Value::Object(o) if o.is_empty() => "{}".to_owned(),
        other => other.to_string(),
    }
}

/// The note for a key path, if any.
pub fn note_for(path: &str) -> Option<&'static Note> {
    NOTES.iter().find(|n| n.path == path)
}

/// Every key of a manifest text that the manifest types do not know, with its place and the
/// nearest known key: serde would either stop at the first one or, under `flatten`, ignore it.
pub fn check_known(text: &str) -> Vec<ManifestError> {
    let Ok(doc) = toml_edit::ImDocument::parse(text) else {
        return Vec::new(); // the typed parse that follows reports syntax errors with their place
    };
    let known = keys();
    let mut errors = Vec::new();
    visit_table(doc.as_table(), "", &known, &mut errors);
    errors
}

/// The keys directly under `prefix`, whatever their own children.
fn level<'k>(known: &'k [Key], prefix: &str) -> Vec<&'k str> {
    known
        .iter()
        .filter_map(|k| k.path.strip_prefix(prefix))
        .filter(|rest| !rest.contains('.'))
        .map(|rest| rest.trim_end_matches("[]"))
        .collect()
}

fn visit_table(
    table: &dyn toml_edit::TableLike,
    prefix: &str,
    known: &[Key],
    errors: &mut Vec<ManifestError>,
) {
    let here = level(known, prefix);
    for (name, item) in table.iter() {
        let path = format!("{prefix}{name}");
        let range = table.key(name).and_then(|k| k.span());
        if !here.contains(&name) {
            errors.push(ManifestError { message: unknown_key_message(name, prefix, &here, known), range });
            continue;
        }
        // A map's free keys (`labels`, `column_languages`) are not checked against a list.
        if known.iter().any(|k| k.path == path && k.kind.starts_with("table of")) {
            continue;
        }
        visit_item(item, &path, known, errors);
    }
}

fn visit_item(item: &toml_edit::Item, path: &str, known: &[Key], errors: &mut Vec<ManifestError>) {
    match item {
        toml_edit::Item::Table(t) => visit_table(t, &format!("{path}."), known, errors),
        toml_edit::Item::ArrayOfTables(a) => {
            for t in a.iter() {
                visit_table(t, &format!("{path}[]."), known, errors);
            }
        }
        toml_edit::Item::Value(toml_edit::Value::InlineTable(t)) => {
            visit_table(t, &format!("{path}."), known, errors)
        }
        toml_edit::Item::Value(toml_edit::Value::Array(a)) => {
            for v in a.iter() {
                if let toml_edit::Value::InlineTable(t) = v {
                    visit_table(t, &format!("{path}[]."), known, errors);
                }
            }
        }
        _ => {}
    }
}

fn unknown_key_message(name: &str, prefix: &str, here: &[&str], known: &[Key]) -> String {
    let table = match prefix.trim_end_matches('.') {
        "" => "at the top of the manifest".to_owned(),
        t => format!("in `[{}]`", t.replace("[]", "")),
    };
    let what = format!("unknown key `{name}` {table}");
    if let Some(near) = nearest(name, here) {
        return format!("{what}: did you mean `{near}`?");
    }
    let mut elsewhere: Vec<String> = known
        .iter()
        .filter(|k| k.path.rsplit('.').next().map(|l| l.trim_end_matches("[]")) == Some(name))
        .map(|k| k.path.replace("[]", ""))
        .collect();
    // A key several tables know (`stop_at`): the shallowest first.
    elsewhere.sort_by_key(|p| p.matches('.').count());
    if elsewhere.is_empty() {
        return format!("{what}: the keys here are {} (see docs/manifest.md)", quoted(here));
    }
    let places: Vec<String> = elsewhere.iter().map(|p| format!("`{p}`")).collect();
    format!("{what}: `{name}` belongs at {} (see docs/manifest.md)", places.join(" or "))
}

fn quoted(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
}

/// The known key closest to a misspelt one, if it is close enough to be what was meant.
pub fn nearest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let folded = name.to_ascii_lowercase().replace('-', "_");
    let limit = (name.chars().count() / 3).max(2);
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&folded, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// `docs/manifest.md`: every key with its type, default, the families that honour it, its
/// meaning and an example.
pub fn reference_markdown() -> String {
    let mut md = String::from(
        "# Manifest reference\n\n\
         <!-- Generated from the manifest types (crates/catalog/src/manifest.rs) and the notes in \
         crates/catalog/src/manifest/keys.rs; regenerate with \
         `UPDATE_DOCS=1 cargo test -p catalog --test manifest_reference`. -->\n\n\
         Every source folder `catalog/sources/<id>/` holds the document, byte-for-byte, and a \
         `source.toml` manifest. A key this page does not list is an error that names the nearest \
         known key. `<…>` in a path stands for a key you choose (a label, a role).\n\n",
    );
    md.push_str(&family_table());
    let mut by_table: BTreeMap<usize, (String, Vec<Key>)> = BTreeMap::new();
    for key in keys() {
        let table = table_of(&key.path);
        let order = by_table.len();
        let slot = by_table.values().position(|(t, _)| *t == table).unwrap_or(order);
        by_table.entry(slot).or_insert_with(|| (table, Vec::new())).1.push(key);
    }
    for (table, keys) in by_table.into_values() {
        md.push_str(&format!("\n## {table}\n"));
        for key in keys {
            md.push_str(&key_section(&key));
        }
    }
    md.push_str(&corrections_markdown());
    md
}

/// An enum's values with their doc comments, from its schema (`oneOf` of one-value enums).
fn variant_docs(root: &RootSchema, name: &str) -> Vec<(String, String)> {
    let Some(Schema::Object(def)) = root.definitions.get(name) else { return Vec::new() };
    let Some(alternatives) = def.subschemas.as_ref().and_then(|s| s.one_of.as_ref()) else {
        return Vec::new();
    };
    alternatives
        .iter()
        .filter_map(|alt| match alt {
            Schema::Object(o) => {
                let value = o.enum_values.as_ref()?.first()?.as_str()?.to_owned();
                let doc = o.metadata.as_ref().and_then(|m| m.description.clone()).unwrap_or_default();
                Some((value, doc))
            }
            Schema::Bool(_) => None,
        })
        .collect()
}

/// `catalog/corrections.toml`: the keys of a correction and what each kind does.
fn corrections_markdown() -> String {
    use crate::corrections::{Corrections, Kind};
    let settings = schemars::gen::SchemaSettings::draft07().with(|s| s.option_add_null_type = false);
    let root = settings.into_generator().into_root_schema_for::<Corrections>();
    let mut keys = Vec::new();
    walk(&root, &root.schema, "", &mut keys);
    let mut md = String::from(
        "\n## `catalog/corrections.toml`\n\nDefects of received documents are fixed here, never in the \
         document. Each `[[correction]]` names the source and line it fixes, what it changes, why \
         (`reason`) and where the right value comes from (`citation`).\n\n| kind | does | resolves |\n| --- | --- | --- |\n",
    );
    for (name, doc) in variant_docs(&root, "Kind") {
        let kind: Option<Kind> = serde_json::from_value(serde_json::Value::String(name.clone())).ok();
        let lints: Vec<String> =
            kind.map(|k| k.fixes().iter().map(|l| format!("`{}`", l.id())).collect()).unwrap_or_default();
        md.push_str(&format!("| `{name}` | {doc} | {} |\n", lints.join(", ")));
    }
    md.push_str("\n| key | type | meaning |\n| --- | --- | --- |\n");
    for key in keys.iter().filter(|k| k.path.starts_with("correction[].")) {
        let need = if key.required { ", required" } else { "" };
        let name = key.path.trim_start_matches("correction[].");
        md.push_str(&format!("| `{name}` | {}{need} | {} |\n", key.kind, key.doc.replace('\n', " ")));
    }
    md
}

fn table_of(path: &str) -> String {
    match path.rsplit_once('.') {
        None => "Top level".to_owned(),
        Some((table, _)) if table.ends_with("[]") => format!("`[[{}]]`", table.trim_end_matches("[]")),
        Some((table, _)) => format!("`[{table}]`"),
    }
}

fn family_table() -> String {
    let mut md = String::from("## Families\n\n| family | reads |\n| --- | --- |\n");
    for (family, what) in FAMILIES {
        md.push_str(&format!("| `{}` | {what} |\n", family.as_str()));
    }
    md
}

/// What each family reads, for the reference's first table.
const FAMILIES: &[(Family, &str)] = &[
    (Family::MarkdownTable, "markdown pipe tables, one row a line"),
    (Family::TextRows, "plain-text tables, one row a line, cells separated by spaces or tabs"),
    (Family::CodeBlocks, "fenced code blocks, one code a block, with labelled or positional fields"),
    (Family::ApiMembers, "API references: one heading a member, with a value line and notes"),
    (Family::HtmlTable, "HTML `<table>` rows, in HTML pages or as raw HTML in markdown pages"),
    (
        Family::HtmlMembers,
        "generated API-reference HTML (TypeDoc, Doxygen, JSDoc): members picked by CSS selectors",
    ),
    (
        Family::SdkDefinitions,
        "SDK source files (C/C++, Objective-C, TypeScript, Java, Kotlin, Dart, Protocol Buffers): enum members and constants with their doc comments",
    ),
];

fn key_section(key: &Key) -> String {
    let note = note_for(&key.path);
    let honoured = match note.map(|n| n.honoured) {
        Some(Honoured::All) | None => "all".to_owned(),
        Some(Honoured::By(families)) => {
            families.iter().map(|f| format!("`{}`", f.as_str())).collect::<Vec<_>>().join(", ")
        }
    };
    let need = if key.required { "required".to_owned() } else { "optional".to_owned() };
    let default = key.default.as_ref().map(|d| format!(", default `{d}`")).unwrap_or_default();
    let mut md = format!("\n### `{}`\n\n{} ({need}{default}); families: {honoured}.\n", key.path, key.kind);
    if !key.doc.is_empty() {
        md.push_str(&format!("\n{}\n", key.doc.replace('\n', " ")));
    }
    if let Some(n) = note {
        md.push_str(&format!("\n```toml\n{}\n```\n", n.example));
    }
    md
}
