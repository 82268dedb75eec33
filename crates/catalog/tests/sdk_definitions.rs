//! The `sdk-definitions` family on small files that show each construct it reads: C and C++
//! enums and defines, Objective-C `NS_ENUM`/`NS_ERROR_ENUM`, TypeScript enums, objects and
//! interfaces, Java/Kotlin/Dart constants; values in every notation, references and implicit
//! increments; doc comments before and after members, bilingual blocks and labelled parts;
//! selection, namespace and severity by rule; UTF-16 files; and what cannot be read.

mod common;
use catalog::lint::Lint;
use catalog::model::{Lang, Severity};
use common::{assert_accounted, occ, parse, parse_bytes, text};

fn values(out: &catalog::adapters::Output) -> Vec<(String, i64)> {
    out.occurrences.iter().map(|o| (o.names[0].name.clone(), o.code)).collect()
}

fn pairs(list: &[(&str, i64)]) -> Vec<(String, i64)> {
    list.iter().map(|(n, v)| ((*n).to_owned(), *v)).collect()
}

const C_ALL: &str = r#"
[format]
family = "sdk-definitions"
language = "c"
[[format.groups]]
group = ''
"#;

#[test]
fn c_values_in_every_notation_references_and_implicit_increments() {
    let doc = "\
#define BASE 1000
#define SHIFTED (1 << 4)
#define NOT_A_CONSTANT(x) ((x) + 1)
typedef enum Tag {
    A = -1316,
    B = 0x0102020C,
    C = BASE + 3,
    D,
    E = SHIFTED | 1,
    F = (BASE * 2) - C,
    G = 0X1F,
} Named;
enum class Scoped : int { X = Named::B, Y };
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    assert_eq!(
        values(&out),
        pairs(&[
            ("BASE", 1000),
            ("SHIFTED", 16),
            ("A", -1316),
            ("B", 0x0102020C),
            ("C", 1003),
            ("D", 1004),
            ("E", 17),
            ("F", 997),
            ("G", 31),
            ("X", 0x0102020C),
            ("Y", 0x0102020D)
        ])
    );
    let c = occ(&out, 1003);
    assert_eq!((c.code_text.as_str(), c.span.line, c.span.column), ("BASE + 3", 7, 5));
    assert_eq!(c.section, vec!["Named"], "a typedef names the group");
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn doc_comments_before_and_after_members() {
    let doc = "\
enum E {
    /** Before, block. */
    A = 1,
    /// Before, triple slash.
    B = 2,
    // Before, plain.
    C = 3,

    D = 4, ///< After, back-reference.
    E5 = 5, //< After, short back-reference.
    F = 6, /**< After, block back-reference. */
    G = 7, // After, and
           // continued below.
    H = 8,
    ///< After, on the next line.
};
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    let descriptions: Vec<&str> = out.occurrences.iter().map(|o| text(&o.description)).collect();
    assert_eq!(
        descriptions,
        vec![
            "Before, block.",
            "Before, triple slash.",
            "Before, plain.",
            "After, back-reference.",
            "After, short back-reference.",
            "After, block back-reference.",
            "After, and continued below.",
            "After, on the next line.",
        ]
    );
    assert_eq!(occ(&out, 7).last_line, 13, "a trailing comment's continuation is part of the row");
}

#[test]
fn banners_and_headings_become_sections_not_texts() {
    let doc = "\
enum Codes {
    /////////////////////////////
    //
    //   Room errors
    //
    /////////////////////////////
    ROOM_A = -1, ///< Room A.
    ROOM_B = -2, ///< Room B.

    // Device errors
    DEV_A = -10, ///< Device A.
    DEV_B = -11, ///< Device B.
};
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    assert_eq!(occ(&out, -2).section, vec!["Codes", "Room errors"]);
    assert_eq!(occ(&out, -11).section, vec!["Codes", "Device errors"]);
    assert_eq!(text(&occ(&out, -10).description), "Device A.");
}

#[test]
fn a_plain_comment_beside_a_doc_comment_heads_a_section() {
    let doc = "\
enum Codes {
    /** 107: Rejected. */
    OPEN_REJECTED = 107,

    // sdk: 100~1000
    /**
     * 111: Timed out.
     */
    SWITCH_TIMEOUT = 111,
    /// @cond
    // signaling: 400~600
    ALREADY_LOGIN = 428,
};
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    assert_eq!(text(&occ(&out, 111).description), "111: Timed out.");
    assert_eq!(occ(&out, 111).section, vec!["Codes", "sdk: 100~1000"]);
    assert_eq!(occ(&out, 428).description, None, "a `/// @cond` marker and a range note are no text");
    assert_eq!(occ(&out, 428).section, vec!["Codes", "signaling: 400~600"]);
    assert_eq!(occ(&out, 107).section, vec!["Codes"]);
}

#[test]
fn locale_comments_are_bilingual_blocks() {
    // The second Chinese line has no Han character: only the block says its language.
    let doc = "\
enum ErrorCode {
    /**
     * @locale zh
     * @brief Token 无效。<br>
     *        `updateToken`
     */
    /**
     * @locale en
     * @brief Token is invalid.<br>
     *        Call `updateToken`.
     */
    kInvalidToken = -1000,
};
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    let o = occ(&out, -1000);
    assert_eq!(
        o.description.as_ref().map(|t| (t.text.as_str(), t.lang)),
        Some(("Token 无效。\n`updateToken`", Lang::ZhHans))
    );
    assert_eq!(o.translations.len(), 1);
    assert_eq!(
        (o.translations[0].text.text.as_str(), o.translations[0].text.lang),
        ("Token is invalid.\nCall `updateToken`.", Lang::En)
    );
}

#[test]
fn bilingual_blocks_and_labelled_parts() {
    const LABELS: &str = r#"
[format]
family = "sdk-definitions"
language = "objc"
[format.labels]
"Description:" = "description"
"Cause:" = "cause"
"Solution:" = "suggestion"
"原因：" = "cause"
"解决方案：" = "suggestion"
[[format.groups]]
group = 'NERtcError'
"#;
    let doc = "\
typedef NS_ENUM(int, NERtcError) {
    /**
     * @if English
     * No permission.
     * @endif
     * @if Chinese
     * 权限不足。
     * @endif
     */
    kNoPermission = 403,
    /// Description: Token expired. <br>Cause: The token is older than 24 hours.<br>Solution: Request a new token.
    kTokenExpired = 408,
    /**
     * 房间已满。
     * 原因：人数超过上限。
     * 解决方案：稍后重试。
     */
    kRoomFull = 409,
    /**
     * Camera occupied.
     * 摄像头被占用。
     * @deprecated since 5.0
     */
    kCameraBusy = 410,
};
";
    let (out, d) = parse(LABELS, doc);
    assert_accounted(&out, &d);
    let p = occ(&out, 403);
    assert_eq!(
        (text(&p.description), p.description.as_ref().map(|t| t.lang)),
        ("No permission.", Some(Lang::En))
    );
    assert_eq!(p.translations.len(), 1);
    assert_eq!(
        (p.translations[0].field.as_str(), p.translations[0].text.text.as_str()),
        ("description", "权限不足。")
    );
    assert_eq!(p.translations[0].text.lang, Lang::ZhHans);
    let t = occ(&out, 408);
    assert_eq!(
        (text(&t.description), text(&t.cause), text(&t.suggestion)),
        ("Token expired.", "The token is older than 24 hours.", "Request a new token.")
    );
    let f = occ(&out, 409);
    assert_eq!(
        (text(&f.description), text(&f.cause), text(&f.suggestion)),
        ("房间已满。", "人数超过上限。", "稍后重试。")
    );
    assert_eq!(f.cause.as_ref().map(|t| t.lang), Some(Lang::ZhHans));
    let c = occ(&out, 410);
    assert_eq!((text(&c.description), text(&c.deprecated)), ("Camera occupied.", "since 5.0"));
    assert_eq!(c.translations[0].text.text, "摄像头被占用。", "Chinese and English lines of one comment");
}

#[test]
fn rules_select_groups_and_decide_namespace_severity_and_context() {
    const RULES: &str = r#"
[format]
family = "sdk-definitions"
language = "objc"
severity = "error"
[[format.groups]]
group = '^EventID$'
member = '^INNER_'
skip = true
[[format.groups]]
group = '^EventID$'
member = '_WARNING_'
severity = "warning"
context = "push"
[[format.groups]]
group = '^EventID$'
member = '_EVT_'
severity = "event"
namespace = "fixture-events"
[[format.groups]]
group = '^EventID$'
[[format.groups]]
group = '^DomErr$'
"#;
    let doc = "\
enum EventID {
    PUSH_EVT_CONNECT_SUCC = 1001,
    PUSH_WARNING_NET_BUSY = 1101,
    PUSH_ERR_OPEN_CAMERA_FAIL = -1301,
    INNER_EVT_BGM_PLAY_FINISH = 100002,
};
typedef NS_ENUM(NSInteger, NotSelected) { Z = 5 };
typedef NS_ERROR_ENUM(ErrorDomain, DomErr) { DomA = 7 };
";
    let (out, d) = parse(RULES, doc);
    assert_accounted(&out, &d);
    assert_eq!(
        values(&out),
        pairs(&[
            ("PUSH_EVT_CONNECT_SUCC", 1001),
            ("PUSH_WARNING_NET_BUSY", 1101),
            ("PUSH_ERR_OPEN_CAMERA_FAIL", -1301),
            ("DomA", 7)
        ])
    );
    let e = occ(&out, 1001);
    assert_eq!((e.severity, e.namespace.as_str()), (Severity::Event, "fixture-events"));
    let w = occ(&out, 1101);
    assert_eq!(
        (w.severity, w.context.as_deref(), w.namespace.as_str()),
        (Severity::Warning, Some("push"), "fixture")
    );
    assert_eq!(occ(&out, -1301).severity, Severity::Error);
}

#[test]
fn typescript_enums_objects_and_interfaces() {
    const TS: &str = r#"
[format]
family = "sdk-definitions"
language = "typescript"
[[format.groups]]
group = ''
"#;
    let doc = "\
export enum RoomError {
  /** Joined. */
  JOINED,
  LEFT,
  KICKED = 10,
  BANNED,
  REASON = 'string value',
}
export const ErrorCode = {
  INVALID_PARAMETER: 0x1000,
  INVALID_OPERATION: ErrorCode2.BASE,
} as const;
export interface WebError {
  /** Not supported. */
  NOT_SUPPORTED: 0x1002;
  NEGATIVE: -1
  optional?: number;
}
";
    let (out, d) = parse(TS, doc);
    assert_accounted(&out, &d);
    assert_eq!(
        values(&out),
        pairs(&[
            ("JOINED", 0),
            ("LEFT", 1),
            ("KICKED", 10),
            ("BANNED", 11),
            ("INVALID_PARAMETER", 0x1000),
            ("NOT_SUPPORTED", 0x1002),
            ("NEGATIVE", -1)
        ])
    );
    assert_eq!(text(&occ(&out, 0).description), "Joined.");
    let ids: Vec<Lint> = out.diagnostics.iter().map(|d| d.id).collect();
    assert!(ids.contains(&Lint::SdkSkippedMember), "the string member and the optional one are noted");
    let unevaluated =
        out.diagnostics.iter().find(|d| d.id == Lint::SdkUnevaluatedValue).expect("ErrorCode2.BASE");
    assert!(unevaluated.message.contains("`ErrorCode2.BASE` is not defined"), "{}", unevaluated.message);
    assert_eq!((unevaluated.labels[0].line, unevaluated.labels[0].column), (11, 22));
}

#[test]
fn java_kotlin_and_dart_constants() {
    let java = "public class TXLiteAVCode {\n    /** Camera occupied. */\n    public static final int ERR_CAMERA_OCCUPY = -1316;\n    public static final int A = -1, B = A - 1;\n}\n";
    let (out, _) = parse("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"java\"\n[[format.groups]]\ngroup = '^TXLiteAVCode$'\n", java);
    assert_eq!(values(&out), pairs(&[("ERR_CAMERA_OCCUPY", -1316), ("A", -1), ("B", -2)]));
    assert_eq!(text(&occ(&out, -1316).description), "Camera occupied.");
    let kotlin = "object ErrorCode {\n    const val BASE = 1000\n    const val TIMEOUT: Int = BASE shl 1 // Timed out.\n}\n";
    let (out, _) = parse("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"kotlin\"\n[[format.groups]]\ngroup = 'ErrorCode'\n", kotlin);
    assert_eq!(values(&out), pairs(&[("BASE", 1000), ("TIMEOUT", 2000)]));
    assert_eq!(text(&occ(&out, 2000).description), "Timed out.");
    let dart = "class ZegoErrorCode {\n  /// Description: Not logged in. <br>Cause: No login.\n  static const int CommonNotLoginRoom = 1000002;\n}\n";
    let (out, _) = parse("[format]\nfamily = \"sdk-definitions\"\nlanguage = \"dart\"\n[format.labels]\n\"Description:\" = \"description\"\n\"Cause:\" = \"cause\"\n[[format.groups]]\ngroup = 'ZegoErrorCode'\n", dart);
    let z = occ(&out, 1000002);
    assert_eq!((text(&z.description), text(&z.cause)), ("Not logged in.", "No login."));
}

#[test]
fn utf16_files_in_either_byte_order_keep_lines_and_columns() {
    let text_src = "namespace PushEvt {\r\n    enum PushEvent {\r\n        PUSH_ERR_CAMERA_OCCUPY = -1316,   // 摄像头正在被占用中\r\n    };\r\n}\r\n";
    let format = "[format]\nfamily = \"sdk-definitions\"\nlanguage = \"cpp\"\n[[format.groups]]\ngroup = 'PushEvent'\n";
    let le: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text_src.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> =
        [0xFE, 0xFF].into_iter().chain(text_src.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [le, be] {
        let (out, d) = parse_bytes(format, &bytes);
        assert_accounted(&out, &d);
        let o = occ(&out, -1316);
        assert_eq!((o.span.line, o.span.column), (3, 9));
        assert_eq!(o.section, vec!["PushEvt::PushEvent"]);
        assert_eq!(text(&o.description), "摄像头正在被占用中");
    }
}

#[test]
fn what_cannot_be_read_is_a_finding_with_its_place() {
    let doc = "\
#define MAKE(a, b) (((a) << 8) | (b))
enum E {
    OK = 0,
    JOIN = MAKE(1, 2),
    NEXT,
    FLOAT = 1.5,
};
/* never closed
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    assert_eq!(values(&out), pairs(&[("OK", 0)]));
    let found: Vec<(Lint, u32, u32)> =
        out.diagnostics.iter().map(|d| (d.id, d.labels[0].line, d.labels[0].column)).collect();
    assert_eq!(
        found,
        vec![
            (Lint::SdkSyntax, 8, 1),
            (Lint::SdkUnevaluatedValue, 4, 12),
            (Lint::SdkUnevaluatedValue, 5, 5),
            (Lint::SdkUnevaluatedValue, 6, 13),
        ]
    );
    assert!(out.diagnostics[2].message.contains("the member before it plus one"));
}

/// Inputs at the scale that would show a quadratic step (speed itself is not timed here): what
/// they hold is read once, and a file that ends inside thousands of blocks is one finding.
#[test]
fn large_inputs_are_read_right() {
    let n = 5_000;
    let mut doc = String::from("enum E {\n");
    for i in 0..n {
        let value = if i == 0 { "0".to_owned() } else { format!("M{} + 1", i - 1) };
        doc.push_str(&format!("    /** Doc {i}. */\n    M{i} = {value},\n"));
    }
    doc.push_str("};\n");
    let (out, d) = parse(C_ALL, &doc);
    assert_accounted(&out, &d);
    assert_eq!(out.occurrences.len(), n);
    assert_eq!(occ(&out, n as i64 - 1).names[0].name, format!("M{}", n - 1));
    assert_eq!(text(&occ(&out, 7).description), "Doc 7.");

    let (out, _) = parse(C_ALL, &format!("enum E {{ A = 1, B = {}", "{".repeat(n)));
    let syntax: Vec<&str> =
        out.diagnostics.iter().filter(|d| d.id == Lint::SdkSyntax).map(|d| d.message.as_str()).collect();
    assert_eq!(syntax.len(), 1, "{syntax:?}");
    assert!(syntax[0].contains(&format!("and {n} blocks within it")), "{}", syntax[0]);
    assert_eq!(values(&out), pairs(&[("A", 1)]));

    let comment = format!("/**\n{} */\nenum E {{ A = 1 }};\n", " * line\n".repeat(n));
    let (out, _) = parse(C_ALL, &comment);
    assert_eq!(values(&out), pairs(&[("A", 1)]), "a long comment above the enum is not a member's");
}

/// The English and Chinese text of the member's row: description and its translation.
fn both_texts(o: &catalog::model::Occurrence) -> (String, String) {
    let zh = o.translations.iter().map(|t| t.text.text.clone()).collect::<Vec<_>>().join("\n");
    (text(&o.description).to_owned(), zh)
}

#[test]
fn a_comment_above_each_member_and_one_beside_it_are_both_its_text() {
    // NetEase's NERtcEngineErrorCode.h: a bilingual block above every member, and a short
    // trailing note; neither is a section title, and neither is lost.
    let doc = "typedef NS_ENUM(NSInteger, NERtcLiveError) {
    /**
     * @if English
     * Live play stream id conflict.
     * @endif
     * @if Chinese
     * 直播拉流流 ID 冲突。
     * @endif
     */
    kNERtcLivePlayStreamIdConflict = 70000, /** stream id冲突 */
    /**
     * @if English
     * Live play timed out.
     * @endif
     * @if Chinese
     * 直播拉流超时。
     * @endif
     */
    kNERtcLivePlayTimeout = 70001, /** 超时 */
};
";
    let (out, d) = parse(C_ALL, doc);
    assert_accounted(&out, &d);
    let (en, zh) = both_texts(occ(&out, 70000));
    assert_eq!(en, "Live play stream id conflict.");
    assert!(zh.contains("直播拉流流 ID 冲突。") && zh.contains("stream id冲突"), "{zh}");
    assert_eq!(both_texts(occ(&out, 70001)).0, "Live play timed out.");
}

#[test]
fn a_line_comment_over_a_block_comment_is_a_section_title() {
    let doc = "const ErrorCode = {
  /* 该浏览器环境不支持屏幕共享。 */
  SCREEN_NOT_SUPPORTED: 10470,
  // 加密模块：10471 - 10476
  /* 该浏览器环境不支持自定义加密功能。 */
  ENCRYPT_NOT_SUPPORTED: 10471,
};
";
    let (out, _) = parse(&C_ALL.replace("\"c\"", "\"typescript\""), doc);
    let o = occ(&out, 10471);
    assert_eq!(text(&o.description), "该浏览器环境不支持自定义加密功能。");
    assert_eq!(o.section.last().map(String::as_str), Some("加密模块：10471 - 10476"));
}

#[test]
fn doxygen_language_commands_give_a_text_and_its_translation() {
    let doc = "typedef enum {\n    EMErrorGeneral = 1,  /*! \\~chinese 一般错误 \\~english General error */\n} EMErrorCode;\n";
    let (out, _) = parse(C_ALL, doc);
    // The first language written is the row's text, the other its translation.
    let o = occ(&out, 1);
    assert_eq!(o.description.as_ref().map(|t| (t.text.as_str(), t.lang)), Some(("一般错误", Lang::ZhHans)));
    let translated: Vec<(&str, Lang)> =
        o.translations.iter().map(|t| (t.text.text.as_str(), t.text.lang)).collect();
    assert_eq!(translated, [("General error", Lang::En)]);
}

#[test]
fn values_from_an_included_header() {
    // Tencent's newer TXLiveSDKEventDef.h: `PUSH_EVT_CONNECT_SUCC = EVT_RTMP_PUSH_CONNECT_SUCC`,
    // defined in TXLiteAVCode.h, which it includes.
    #[derive(serde::Deserialize)]
    struct Wrapper {
        format: catalog::manifest::Format,
    }
    let manifest =
        "[format]\nfamily = \"sdk-definitions\"\nlanguage = \"c\"\nincludes = [\"TXLiteAVCode.h\"]\n\
                    [[format.groups]]\ngroup = '^EventID$'\nseverity = \"event\"\n";
    let w: Wrapper = toml::from_str(manifest).expect("manifest");
    let code = catalog::text::Document::decode(
        b"typedef enum TXLiteAVEvent {\n    EVT_RTMP_PUSH_CONNECT_SUCC = 1001,\n    EVT_RTMP_PUSH_BEGIN,\n} TXLiteAVEvent;\n#define ERR_BASE -1300\n",
    );
    let doc = catalog::text::Document::decode(
        b"#include \"TXLiteAVCode.h\"\nenum EventID {\n    PUSH_EVT_CONNECT_SUCC = EVT_RTMP_PUSH_CONNECT_SUCC,\n    PUSH_EVT_PUSH_BEGIN = EVT_RTMP_PUSH_BEGIN,\n    PUSH_ERR_CAMERA_OCCUPY = ERR_BASE - 16,\n    PUSH_EVT_UNKNOWN = NOT_DEFINED_ANYWHERE,\n};\n",
    );
    let includes = vec![("TXLiteAVCode.h".to_owned(), code)];
    let input = catalog::adapters::Input {
        source_id: "fixture",
        namespace: "fixture",
        lang: Lang::En,
        file: "TXLiveSDKEventDef.h",
        doc: &doc,
        format: &w.format,
        includes: &includes,
    };
    let out = catalog::adapters::parse(&input);
    assert_eq!(
        values(&out),
        pairs(&[
            ("PUSH_EVT_CONNECT_SUCC", 1001),
            ("PUSH_EVT_PUSH_BEGIN", 1002),
            ("PUSH_ERR_CAMERA_OCCUPY", -1316)
        ])
    );
    assert!(out.occurrences.iter().all(|o| o.span.line > 1), "nothing of the included file is a row");
    let unevaluated: Vec<&str> = out
        .diagnostics
        .iter()
        .filter(|d| d.id == Lint::SdkUnevaluatedValue)
        .map(|d| d.message.as_str())
        .collect();
    assert!(matches!(unevaluated[..], [m] if m.contains("NOT_DEFINED_ANYWHERE")), "{unevaluated:?}");
}

#[test]
fn an_include_must_be_a_file_of_the_source_folder() {
    let text = common::MINIMAL_MANIFEST.replace(
        "family = \"markdown-table\"\ncolumns = [\"code\", \"description\"]",
        "family = \"sdk-definitions\"\nlanguage = \"c\"\nincludes = [\"../other/TXLiteAVCode.h\"]\n[[format.groups]]\ngroup = ''",
    );
    let errors = catalog::manifest::Manifest::parse(&text).expect_err("refused");
    assert!(
        errors.iter().any(|e| e.message.contains("is not a file name of this source's folder")),
        "{errors:?}"
    );
}

/// Writes a source folder: its manifest (with the file's real hash) and its file.
fn write_source(root: &std::path::Path, id: &str, file: &str, text: &str, language: &str, format: &str) {
    let dir = root.join("sources").join(id);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join(file), text).expect("write file");
    let manifest = format!(
        "id = \"{id}\"\nvendor = \"demo\"\nvendor_name = \"Demo\"\nproduct = \"SDK\"\nplatforms = [\"Web\"]\n\
         language = \"{language}\"\ntitle = \"Errors\"\nretrieved = \"2026-12-06\"\nfile = \"{file}\"\n\
         sha256 = \"{}\"\nnamespace = \"demo\"\n\n{format}",
        common::sha256_hex(text.as_bytes())
    );
    std::fs::write(dir.join("source.toml"), manifest).expect("write manifest");
}

#[test]
fn each_document_is_compared_with_the_sdk_by_its_own_rows() {
    // Two pages of one namespace: the Chinese one names 110 with an old name, the English
    // one gives no names. Only the Chinese page has a name that differs.
    let dir = tempfile::tempdir().expect("temp dir");
    write_source(
        dir.path(),
        "demo-sdk",
        "errors.h",
        "enum ErrorCode {\n    ERR_INVALID_TOKEN = 110,\n    ERR_TOKEN_EXPIRED = 109,\n};\n",
        "en",
        "[format]\nfamily = \"sdk-definitions\"\nlanguage = \"c\"\n[[format.groups]]\ngroup = '^ErrorCode$'\nseverity = \"error\"\n",
    );
    let md = "[format]\nfamily = \"markdown-table\"\nseverity = \"error\"\n";
    write_source(
        dir.path(),
        "demo-en",
        "codes.md",
        "| Code | Description |\n| --- | --- |\n| 110 | The token is invalid. |\n| 109 | The token expired. |\n",
        "en",
        &format!("{md}columns = [\"code\", \"description\"]\n"),
    );
    write_source(
        dir.path(),
        "demo-zh",
        "codes.md",
        "| 错误码 | 名称 | 描述 |\n| --- | --- | --- |\n| 110 | ERR_INVALID_CHANNEL_KEY | 无效的 Token。 |\n| 109 | ERR_TOKEN_EXPIRED | Token 已过期。 |\n",
        "zh-Hans",
        &format!("{md}columns = [\"code\", \"name\", \"description\"]\n"),
    );
    let c = catalog::load(dir.path()).expect("loads");
    let check = |id: &str| {
        c.sdk_checks.iter().find(|s| s.source == id).unwrap_or_else(|| panic!("no check for {id}"))
    };
    assert_eq!((check("demo-en").confirmed, check("demo-en").name_differs), (2, 0));
    assert_eq!((check("demo-zh").confirmed, check("demo-zh").name_differs), (1, 1));
}
