//! The `rtc-atlas` binary as a user runs it: `explain` and `decode` on real log-shaped
//! fixtures (Android logcat with TRTC codes, ZEGO Express Web console, Alibaba RTC, CRLF, lines
//! without codes, codes with no entry, invalid UTF-8), in human and JSON forms, with the exit
//! codes 0/1/2. Every JSON output is validated against the committed `docs/cli.schema.json`.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The binary with a clean environment for what it reads (site URL, colours).
fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rtc-atlas"));
    c.env_remove("RTC_ATLAS_SITE_URL").env_remove("NO_COLOR");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input).expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("output")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// Parses JSON output and checks it against `docs/cli.schema.json`.
fn json(o: &Output) -> Value {
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/cli.schema.json")).expect("docs/cli.schema.json"),
    )
    .expect("schema is JSON");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("cli.schema.json", schema).expect("resource");
    let id = compiler.compile("cli.schema.json", &mut schemas).expect("the schema compiles");
    if let Err(e) = schemas.validate(&v, id) {
        panic!("output does not follow docs/cli.schema.json: {e}\n{v}");
    }
    v
}

#[test]
fn schema_is_committed_and_current() {
    let fresh = rtc_atlas::report::json_schema();
    let path = root().join("docs/cli.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).expect("write");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/cli.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test -p rtc-atlas --test cli`"
    );
    assert_eq!(stdout(&run(&["schema"])), fresh, "`rtc-atlas schema` prints the same");
}

#[test]
fn explain_a_negative_code_in_human_and_json() {
    let o = run(&["explain", "--", "-2301"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    for want in [
        "-2301  1 entry",
        "tencent-liteav  -2301  PLAY_ERR_NET_DISCONNECT / ERR_PLAY_LIVE_STREAM_NET_DISCONNECT  error",
        "What to do   The downstream media connection dropped",
        "(from the concept \"Playing connection lost and reconnection failed\"",
        "Tencent Cloud",
        "fails to be reconnected",
        "Equivalents",
        "Page         /tencent-liteav/-2301/",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    assert!(!text.contains('\x1b'), "no colours when the output is not a terminal");
    let v = json(&run(&["explain", "--format", "json", "--", "-2301"]));
    let q = &v["queries"][0];
    assert_eq!((q["query"].as_str(), q["status"].as_str()), (Some("-2301"), Some("found")));
    let e = &q["matches"][0]["entry"];
    assert_eq!(e["namespace"], "tencent-liteav");
    assert_eq!(e["code"], -2301);
    assert_eq!(e["names"][0], "PLAY_ERR_NET_DISCONNECT");
    assert_eq!(e["url"], "/tencent-liteav/-2301/");
    assert_eq!(e["api_url"], "/api/v1/tencent-liteav/-2301.json");
    assert_eq!(q["matches"].as_array().map(Vec::len), Some(1));
    // Without `--`, a negative number is still a value, not an option.
    assert_eq!(code(&run(&["explain", "-2301"])), 0);
}

#[test]
fn explain_says_what_usually_helps_when_neither_vendor_nor_concept_does() {
    // Agora 117 (a data stream's message timed out) gives no advice and sits in no concept.
    let v = json(&run(&["explain", "--format", "json", "ErrStreamMessageTimeout"]));
    let e = &v["queries"][0]["matches"][0]["entry"];
    assert_eq!((e["namespace"].as_str(), e["code"].as_i64()), (Some("agora-native"), Some(117)));
    let what = &e["what_to_do"];
    assert_eq!((what["from"].as_str(), what["id"].as_str()), (Some("category"), Some("network")), "{what}");
    let human = stdout(&run(&["explain", "ErrStreamMessageTimeout"]));
    assert!(human.contains("the vendor gives no advice; what usually helps with"), "{human}");
}

#[test]
fn explain_reads_every_notation_and_names() {
    let v = json(&run(&[
        "explain",
        "--format",
        "json",
        "0x4043",
        "4294964995",
        "0x1030101",
        "16974081",
        "kRoomHbTimeoutError",
        "kroomhbtimeouterror",
    ]));
    let first = |i: usize| {
        let m = &v["queries"][i]["matches"][0];
        (
            m["entry"]["namespace"].as_str().unwrap_or("").to_owned(),
            m["entry"]["code"].as_i64().unwrap_or(0),
            m["by"].as_str().unwrap_or("").to_owned(),
            m["reading"]["how"].as_str().unwrap_or("").to_owned(),
        )
    };
    assert_eq!(first(0), ("tencent-trtc-web".into(), 16451, "code".into(), "hex".into()));
    assert_eq!(first(1), ("tencent-liteav".into(), -2301, "code".into(), "signed 32-bit reading".into()));
    assert_eq!(first(2), ("alibaba-rtc".into(), 16974081, "code".into(), "hex".into()));
    assert_eq!(first(3), ("alibaba-rtc".into(), 16974081, "code".into(), "decimal".into()));
    assert_eq!(first(4), ("zego-liveroom".into(), 60001005, "name".into(), String::new()));
    assert_eq!(first(5).1, 60001005, "names are matched whatever their case");
    let hex = &v["queries"][0]["matches"][0]["entry"];
    assert_eq!(hex["code_display"], "0x4043");
    assert!(hex["suggestion"][0]["text"].as_str().is_some_and(|t| t.contains("resume")), "what to do");
    let members = &hex["equivalents"][0]["members"];
    assert!(members.as_array().is_some_and(|m| m.iter().any(|m| m["namespace"] == "zego-express-web")));
}

#[test]
fn unknown_codes_exit_1_and_say_what_exists() {
    let o = run(&["explain", "2301", "-2301"]);
    assert_eq!(code(&o), 1, "one of two unknown");
    let text = stdout(&o);
    assert!(text.contains("no entry has the code 2301"), "{text}");
    assert!(text.contains("did you mean -2301 (tencent-liteav PLAY_ERR_NET_DISCONNECT)?"), "{text}");
    assert!(text.contains("ERR_PLAY_LIVE_STREAM_NET_DISCONNECT  error"), "the known one is still explained");
    let v = json(&run(&["explain", "--format", "json", "987654321", "kNoSuchNameAnywhere"]));
    for q in v["queries"].as_array().expect("queries") {
        assert_eq!(q["status"], "unknown");
        assert_eq!(q["matches"].as_array().map(Vec::len), Some(0));
    }
}

#[test]
fn bad_input_exits_2_without_a_half_answer() {
    for args in [
        &["explain", "-2301", "no such thing!"][..],
        &["explain", ""],
        &["explain"],
        &["explain", "--format", "xml", "-2301"],
        &["explain", "--lang", "fr", "-2301"],
        &["decode", "/nonexistent/file.log"],
    ] {
        let o = run(args);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?} printed {}", stdout(&o));
        assert!(!o.stderr.is_empty(), "{args:?} says why");
    }
    let o = run(&["explain", "no such thing!"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("`no such thing!` is neither a code") && err.contains("rtc-atlas decode"), "{err}");
    let dir = run(&["decode", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(code(&dir), 2, "a folder is no log");
}

/// `(line, text, status, namespace of the first match, vendor)` of each finding.
fn findings(v: &Value) -> Vec<(u64, String, String, String, String)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let first = f["matches"][0]["entry"]
                .as_str()
                .or(f["elsewhere"][0]["entry"].as_str())
                .and_then(|key| key.rsplit_once('/'))
                .map(|(ns, _)| ns);
            (
                f["line"].as_u64().unwrap_or(0),
                f["text"].as_str().unwrap_or("").to_owned(),
                f["status"].as_str().unwrap_or("").to_owned(),
                first.unwrap_or("").to_owned(),
                f["vendor"]["vendor"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `decode --format json` of a fixture, with the exit code it must end with.
fn decode_fixture(name: &str, exit: i32, why: &str) -> Value {
    let path = fixture(name);
    let o = run(&["decode", "--format", "json", path.to_str().expect("path")]);
    assert_eq!(code(&o), exit, "{why}");
    json(&o)
}

fn row(line: u64, text: &str, status: &str, ns: &str, vendor: &str) -> (u64, String, String, String, String) {
    (line, text.into(), status.into(), ns.into(), vendor.into())
}

#[test]
fn decode_an_android_logcat_with_trtc_codes() {
    let path = fixture("android-logcat-trtc.log");
    let v = decode_fixture("android-logcat-trtc.log", 1, "-987654 has no entry");
    assert_eq!(
        findings(&v),
        [
            row(4, "PUSH_WARNING_NET_BUSY", "found", "tencent-liteav", "tencent"),
            row(5, "PUSH_WARNING_DNS_FAIL", "found", "tencent-liteav", "tencent"),
            row(6, "-2301", "found", "tencent-liteav", "tencent"),
            row(7, "-1301", "found", "tencent-liteav", "tencent"),
            row(8, "-1302", "found", "tencent-liteav", "tencent"),
            row(9, "-987654", "unknown", "", "tencent"),
        ],
        "pids, tids, roomId, sdkAppId, sampleRate and reason=0 are not codes"
    );
    let f = &v["findings"][2];
    assert_eq!(
        (f["column"].as_u64(), f["cue"].as_str(), f["key"].as_str()),
        (Some(66), Some("keyed"), Some("event"))
    );
    assert_eq!(f["vendor"]["because"], "the word \"TXLivePlayer\" on this line");
    assert_eq!(v["summary"]["lines"], 11);
    assert_eq!((v["summary"]["found"].as_u64(), v["summary"]["unknown"].as_u64()), (Some(5), Some(1)));
    let human = stdout(&run(&["decode", path.to_str().expect("path")]));
    assert!(
        human.contains(
            "line 6:66  -2301 (after event)  Tencent Cloud: the word \"TXLivePlayer\" on this line"
        ),
        "{human}"
    );
    assert!(human.contains("line 9:65  -987654 (after errCode)"), "{human}");
    assert!(human.contains("no entry has code -987654"), "{human}");
    assert!(human.contains("11 lines read: 5 found, 1 unknown"), "{human}");
}

#[test]
fn decode_a_zego_console_log_from_stdin() {
    let log = std::fs::read(fixture("zego-express-web.console.log")).expect("fixture");
    let o = run_stdin(&["decode", "--format", "json"], &log);
    assert_eq!(code(&o), 1, "1004999 has no entry");
    let v = json(&o);
    assert_eq!(v["input"], "-");
    assert_eq!(
        findings(&v),
        [
            row(3, "1102016", "found", "zego-express-web", "zego"),
            row(4, "1102001", "found", "zego-express-web", "zego"),
            row(5, "1103010", "found", "zego-express-web", "zego"),
            row(7, "1004999", "unknown", "", "zego"),
        ]
    );
    // A file and standard input read the same.
    let path = fixture("zego-express-web.console.log");
    let from_file = json(&run(&["decode", "--format", "json", path.to_str().expect("path")]));
    assert_eq!(findings(&from_file), findings(&v));
}

#[test]
fn decode_alibaba_hex_and_chinese_keys_in_both_languages() {
    let path = fixture("alibaba-rtc.log");
    let p = path.to_str().expect("path");
    let v = decode_fixture("alibaba-rtc.log", 0, "every code found");
    assert_eq!(
        findings(&v),
        [
            row(2, "16974081", "found", "alibaba-rtc", "alibaba"),
            row(3, "0x0102020C", "found", "alibaba-rtc", "alibaba"),
            row(4, "17039620", "found", "alibaba-rtc", "alibaba"),
        ]
    );
    assert_eq!(v["findings"][2]["key"], "错误码");
    let meaning = |v: &Value| {
        let key = v["findings"][2]["matches"][0]["entry"].as_str().unwrap_or_default().to_owned();
        v["entries"][key]["meaning"][0].clone()
    };
    assert_eq!(meaning(&v)["lang"], "en");
    let zh = json(&run(&["decode", "--format", "json", "--lang", "zh", p]));
    assert_eq!(zh["lang"], "zh-Hans");
    assert_eq!(
        (meaning(&zh)["lang"].as_str(), meaning(&zh)["fallback"].as_bool()),
        (Some("zh-Hans"), Some(false))
    );
    assert!(meaning(&zh)["text"].as_str().is_some_and(|t| t.contains("相机")), "{}", meaning(&zh));
    // A text only in English is given, marked, when Chinese is asked for.
    let e = json(&run(&["explain", "--format", "json", "--lang", "zh", "1102016"]));
    let m = &e["queries"][0]["matches"][0]["entry"]["meaning"][0];
    assert_eq!((m["lang"].as_str(), m["fallback"].as_bool()), (Some("en"), Some(true)));
    let human = stdout(&run(&["explain", "--lang", "zh", "1102016"]));
    assert!(human.contains("含义         [en] Login token format is incorrect"), "{human}");
    // Both languages where the SDK's header comments give both.
    let zh = stdout(&run(&["explain", "--lang", "zh", "--", "-2301"]));
    assert!(zh.contains("含义         直播，网络断连"), "{zh}");
}

#[test]
fn crlf_lines_without_codes_and_invalid_utf8_are_read() {
    let path = fixture("windows-crlf.log");
    let v = json(&run(&["decode", "--format", "json", path.to_str().expect("path")]));
    assert_eq!(findings(&v), [row(2, "-1302", "found", "tencent-liteav", "tencent")]);
    assert_eq!(v["summary"]["lines"], 4);
    let mut log = b"[TRTC] \xff\xfe broken bytes onError code=-2301\r\n".to_vec();
    log.extend_from_slice(b"no code here\n\xc3\n");
    let o = run_stdin(&["decode", "--format", "json"], &log);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let v = json(&o);
    assert_eq!(findings(&v), [row(1, "-2301", "found", "tencent-liteav", "tencent")]);
    assert_eq!(v["findings"][0]["column"], 37, "columns count characters, each replacement character one");
    assert_eq!(
        (v["summary"]["lines"].as_u64(), v["summary"]["invalid_utf8_lines"].as_u64()),
        (Some(3), Some(2))
    );
    let human = stdout(&run_stdin(&["decode"], &log));
    assert!(human.contains("2 lines were not valid UTF-8"), "{human}");
    let none = run_stdin(&["decode"], b"nothing to see\njust words 12:00:01\n");
    assert_eq!(code(&none), 0);
    assert_eq!(stdout(&none), "2 lines read: 0 found, 0 unknown\n");
    let empty = json(&run_stdin(&["decode", "--format", "json"], b""));
    assert_eq!(empty["findings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn all_reports_every_code_token() {
    let log = b"[TRTC] enterRoom roomId=8888 elapsed 1234\n";
    let quiet = json(&run_stdin(&["decode", "--format", "json"], log));
    assert!(findings(&quiet).is_empty());
    // Small numbers in brackets are not codes unless the line's vendor has them.
    let console = b"[AliRTC] join\nI chromium: [INFO:CONSOLE(1)] \"render frame 12\", source: app.js (1)\n";
    let v = json(&run_stdin(&["decode", "--format", "json"], console));
    assert!(findings(&v).is_empty(), "{v}");
    let o = run_stdin(&["decode", "--format", "json", "--all"], log);
    assert_eq!(code(&o), 1, "unknown tokens count with --all");
    let texts: Vec<String> = findings(&json(&o)).into_iter().map(|f| f.1).collect();
    assert_eq!(texts, ["8888", "1234"]);
}

#[test]
fn colours_only_when_asked_and_never_in_json() {
    let coloured = stdout(&run(&["explain", "--color", "always", "--", "-2301"]));
    assert!(coloured.contains("\x1b[1m") && coloured.contains("\x1b[31merror"), "{coloured:?}");
    let never = stdout(&run(&["explain", "--color", "never", "--", "-2301"]));
    assert!(!never.contains('\x1b'));
    let j = stdout(&run(&["explain", "--color", "always", "--format", "json", "--", "-2301"]));
    assert!(!j.contains('\x1b'));
}

#[test]
fn links_follow_the_site_url() {
    let o = bin()
        .env("RTC_ATLAS_SITE_URL", "https://atlas.example/sub")
        .args(["explain", "--format", "json", "--", "-2301"])
        .output()
        .expect("runs");
    let v = json(&o);
    assert_eq!(
        v["queries"][0]["matches"][0]["entry"]["url"],
        "https://atlas.example/sub/tencent-liteav/-2301/"
    );
    let flag = json(&run(&["explain", "--format", "json", "--site-url", "/atlas/", "--", "-2301"]));
    assert_eq!(
        flag["queries"][0]["matches"][0]["entry"]["api_url"],
        "/atlas/api/v1/tencent-liteav/-2301.json"
    );
}

#[test]
fn version_names_the_embedded_catalog() {
    let v = stdout(&run(&["--version"]));
    assert!(v.starts_with("rtc-atlas ") && v.contains("entries in") && v.contains("documents"), "{v}");
}

#[test]
fn decode_a_log_of_three_more_vendors_named_by_their_brand_words() {
    let v = decode_fixture("agora-volcengine-netease.log", 0, "every code found");
    assert_eq!(
        findings(&v),
        [
            row(2, "110", "found", "agora-native", "agora"),
            row(3, "104", "found", "agora-native-warnings", "agora"),
            row(4, "-1000", "found", "volcengine-rtc", "volcengine"),
            row(5, "30004", "found", "netease-nertc", "netease"),
            row(6, "30205", "found", "netease-nertc", "netease"),
        ],
        "channel ids, uids and elapsed times are not codes; a warning's key is a code's"
    );
    // `ByteRTC` is a curated word of the site's search (taxonomy.toml), not of any source.
    assert_eq!(v["findings"][2]["vendor"]["because"], "the word \"ByteRTC\" on this line");
    let what = &v["entries"]["netease-nertc/30004"]["what_to_do"];
    // 不支持的操作 sits in the cross-vendor concept, whose summary says what to do.
    assert_eq!(
        (what["from"].as_str(), what["id"].as_str()),
        (Some("concept"), Some("feature-not-supported"))
    );
}

#[test]
fn an_entry_a_log_repeats_is_written_once() {
    let log = b"[TRTC] onError code=-2301\n[TRTC] retry\n[TRTC] onError code=-2301\n";
    let human = stdout(&run_stdin(&["decode"], log));
    assert_eq!(human.matches("Meaning").count(), 1, "{human}");
    assert!(human.contains("line 3:21  -2301 (after code)"), "{human}");
    assert!(human.contains("(as on line 1)"), "{human}");
    let v = json(&run_stdin(&["decode", "--format", "json"], log));
    assert_eq!(findings(&v).len(), 2);
    assert_eq!(v["findings"][1]["matches"][0]["entry"], "tencent-liteav/-2301");
    let entries = v["entries"].as_object().expect("entries");
    assert_eq!(entries.keys().collect::<Vec<_>>(), ["tencent-liteav/-2301"]);
    assert_eq!(entries["tencent-liteav/-2301"]["names"][0], "PLAY_ERR_NET_DISCONNECT");
}

#[test]
fn numbers_that_are_not_codes_stay_quiet() {
    // HTTP statuses, errno, keys that end in `code` but count something else (`versionCode`,
    // `keyCode`, `countryCode`), small bare or bracketed numbers on an SDK's own lines, -1 as
    // an unset value, ports, sizes and timestamps: none is a finding; the four real codes at
    // the end are.
    let v = decode_fixture("numbers-that-are-not-codes.log", 0, "every finding has an entry");
    let got: Vec<(u64, String)> = findings(&v).into_iter().map(|(line, text, ..)| (line, text)).collect();
    let want: Vec<(u64, String)> =
        [(29, "110"), (30, "1102016"), (31, "-2301"), (32, "1101")].map(|(l, t)| (l, t.to_owned())).to_vec();
    assert_eq!(got, want);
}

#[test]
fn explain_takes_any_minus_sign_short_names_and_suggests_near_names() {
    let v = json(&run(&["explain", "--format", "json", "--", "−2301", "－1308", "OK", "ERR_CAMRA_OCCUPY"]));
    let q = |i: usize| &v["queries"][i];
    assert_eq!(q(0)["matches"][0]["entry"]["code"], -2301, "U+2212 minus");
    assert_eq!(q(1)["matches"][0]["entry"]["code"], -1308, "full-width minus");
    assert_eq!(
        q(2)["matches"][0]["entry"]["namespace"],
        "amazon-chime-meeting",
        "a two-letter name the catalog has"
    );
    assert_eq!(q(3)["status"], "unknown");
    assert_eq!(q(3)["did_you_mean"][0], "ERR_CAMERA_OCCUPY", "one edit away");
}

#[test]
fn a_closed_pipe_ends_decode_quietly() {
    let mut child = bin()
        .args(["decode", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    // Enough findings to fill the pipe many times; a write error on stdin means it stopped.
    let _ = stdin.write_all("[TRTC] onError code=-2301\n".repeat(200_000).as_bytes());
    drop(stdin);
    let o = child.wait_with_output().expect("waits");
    assert_eq!(String::from_utf8_lossy(&o.stderr), "", "nothing on stderr");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn decode_finds_a_name_in_another_sdks_spelling() {
    let log = b"livekit::room - disconnected from room with reason: DuplicateIdentity\n[agora] got errInvalidToken\n[app] onError isOk\n";
    let v = json(&run_stdin(&["decode", "--format", "json"], log));
    let got: Vec<(u64, String)> = findings(&v).into_iter().map(|(line, text, ..)| (line, text)).collect();
    assert_eq!(got, [(1, "DuplicateIdentity".to_owned()), (2, "errInvalidToken".to_owned())]);
    let first = &v["findings"][0]["matches"][0]["entry"];
    assert_eq!(first, "livekit-disconnect-reason/2");
}

#[test]
fn decode_reads_a_utf16_log() {
    let text = "[TRTC] onError code=-1301 打开摄像头失败\r\n";
    let log: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let v = json(&run_stdin(&["decode", "--format", "json"], &log));
    let got: Vec<(u64, String, String)> =
        findings(&v).into_iter().map(|(line, text, status, ..)| (line, text, status)).collect();
    assert_eq!(got, [(1, "-1301".to_owned(), "found".to_owned())]);
}

#[test]
fn lang_zh_frames_the_answer_in_chinese_too() {
    let text =
        stdout(&run(&["explain", "--lang", "zh", "--color", "never", "--", "-2301", "ERR_CAMRA_OCCUPY"]));
    for label in [
        "1 个条目",
        "含义",
        "处理建议",
        "对应码",
        "出处",
        "页面",
        "没有名为 ERR_CAMRA_OCCUPY 的条目",
        "是否要找 ERR_CAMERA_OCCUPY？",
    ] {
        assert!(text.contains(label), "{label} in {text}");
    }
    assert!(!text.contains("Meaning") && !text.contains("What to do"), "{text}");
    // Values line up in terminal columns, a CJK label taking two a character.
    let meaning = text.lines().find(|l| l.trim_start().starts_with("含义")).expect("meaning line");
    let label_end = meaning.find("含义").unwrap_or(0) + "含义".len();
    let value_at = label_end + meaning[label_end..].len() - meaning[label_end..].trim_start().len();
    assert_eq!(unicode_width::UnicodeWidthStr::width(&meaning[..value_at]), 4 + 12 + 1, "{meaning:?}");
    let decoded =
        stdout(&run_stdin(&["decode", "--lang", "zh", "--color", "never"], b"[TRTC] code=-987654\n"));
    assert!(
        decoded.contains("第 1 行")
            && decoded.contains("没有错误码为 -987654 的条目")
            && decoded.contains("读取 1 行"),
        "{decoded}"
    );
}
