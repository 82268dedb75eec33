//! The real catalog: every source read, every line accounted for, the hard rows right, and
//! the normalized export pinned by a snapshot.

mod common;
use catalog::export;
use common::real_catalog;

fn occ<'a>(c: &'a catalog::Catalog, source: &str, code: i64) -> Vec<&'a catalog::model::Occurrence> {
    c.occurrences.iter().filter(|o| o.source == source && o.code == code).collect()
}

fn desc(o: &catalog::model::Occurrence) -> &str {
    o.description.as_ref().map(|t| t.text.as_str()).unwrap_or("")
}

#[test]
fn every_source_is_read_and_every_line_accounted_for() {
    let c = real_catalog();
    assert_eq!(c.sources.len(), 5);
    let count = |id: &str| c.occurrences.iter().filter(|o| o.source == id).count();
    // Independent counts: code lines of each document (see the closing notes for the greps).
    assert_eq!(count("tencent-liteav-en"), 64 + 3, "64 rows, 2 restored from orphan text, 1 lost row added");
    assert_eq!(count("zego-express-web-en"), 232);
    assert_eq!(count("zego-liveroom-zh"), 98);
    assert_eq!(count("alibaba-rtc-zh"), 52 + 35);
    assert_eq!(count("tencent-trtc-web-en"), 27 + 62 + 14);
    for a in &c.accounting {
        assert_eq!(a.unaccounted, 0, "{a:?}");
        assert_eq!(a.outside + a.blank + a.markup + a.prose + a.row + a.reported, a.lines, "{a:?}");
    }
}

#[test]
fn hard_rows_are_read_right() {
    let c = real_catalog();
    let r = occ(&c, "tencent-liteav-en", -1308);
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].span.line, r[0].last_line), (43, 45));
    assert_eq!(r[0].platforms, vec!["Windows", "iOS", "Android"]);
    let e = c.entry("tencent-liteav", 3001).expect("3001");
    assert_eq!(e.names, vec!["PUSH_WARNING_DNS_FAIL", "PLAY_WARNING_DNS_FAIL"]);
    assert_eq!(e.contexts, vec!["push", "play"]);
    let n = &occ(&c, "tencent-liteav-en", -2302)[0].notes;
    assert_eq!(n[0].text, "only RTMP playback addresses support low-delay acceleration.");

    assert_eq!(desc(occ(&c, "zego-liveroom-zh", 52000101)[0]), "请确认appSign是否填写正确 鉴权失败");
    assert_eq!(occ(&c, "tencent-liteav-en", 2008)[0].names[0].name, "PLAY_EVT_START_VIDEO_DECODER");
    assert!(desc(occ(&c, "zego-liveroom-zh", 12301004)[0]).ends_with("请检查拉取的流是否已推流成功"));
    assert_eq!(occ(&c, "zego-liveroom-zh", 20000002)[0].names[0].name, "kConfigOfflineError");
    assert_eq!(c.entry("zego-liveroom", 60001001).expect("entry").occurrences.len(), 3);
    assert_eq!(occ(&c, "zego-liveroom-zh", 11000404)[1].names[0].name, "kNetworkDnsResolveError");

    let a = occ(&c, "alibaba-rtc-zh", 16974600);
    assert_eq!((a[0].code_text.as_str(), a[0].code_span.line), ("0x01030308", 15));
    assert_eq!(occ(&c, "alibaba-rtc-zh", -1)[0].code_text, "0xFFFFFFFF");
    let fixed = occ(&c, "alibaba-rtc-zh", 17039874);
    assert_eq!((fixed[0].code_text.as_str(), fixed[0].corrections.len()), ("0x0104020", 1));
    assert_eq!(occ(&c, "alibaba-rtc-zh", 257)[0].names[0].name, "SDK_WARNING_NETWORK_WEAK");
    assert_eq!(occ(&c, "alibaba-rtc-zh", 257)[0].severity, catalog::model::Severity::Warning);

    let b = occ(&c, "zego-express-web-en", 1002015);
    assert_eq!(b[0].cause.as_ref().map(|t| t.text.as_str()), Some("The Room extra information key input in the [setRoomExtraInfo] function is greater than or equal to 128 bytes."));
    assert_eq!(occ(&c, "zego-express-web-en", 100006)[0].section, vec!["Media Player Errors"]);

    let w = occ(&c, "tencent-trtc-web-en", 0x4007);
    assert_eq!(w[0].names[0].name, "UPLINK_RECONNECTION_FAILED");
    assert!(occ(&c, "tencent-trtc-web-en", 0x4044)[0].examples[0].code.contains("replaceTrack"));
    assert_eq!(
        occ(&c, "tencent-trtc-web-en", 0x4040)[0].deprecated.as_ref().map(|t| t.text.as_str()),
        Some("since v4.14.0")
    );
    assert_eq!(occ(&c, "tencent-trtc-web-en", -100024)[0].namespace, "tencent-trtc-server");
    assert_eq!(occ(&c, "tencent-trtc-web-en", 70051)[0].namespace, "tencent-account");
}

#[test]
fn export_is_deterministic_and_pinned() {
    let a = export::to_json(&real_catalog());
    let b = export::to_json(&real_catalog());
    assert_eq!(a, b);
    let v: serde_json::Value = serde_json::from_str(&a).expect("JSON");
    for key in ["sources", "occurrences", "entries", "diagnostics"] {
        assert!(v[key].as_array().is_some_and(|x| !x.is_empty()), "{key}");
    }
    let o = &v["occurrences"][0];
    for key in [
        "source",
        "line",
        "section",
        "code",
        "code_text",
        "names",
        "message",
        "description",
        "cause",
        "suggestion",
        "severity",
    ] {
        assert!(o.get(key).is_some(), "occurrence lacks {key}");
    }
    insta::assert_snapshot!("real_catalog_export", a);
    insta::assert_snapshot!("real_catalog_csv", export::to_csv(&real_catalog()));
}

#[test]
fn json_schema_is_committed_and_current() {
    let path = common::repo_root().join("docs/export.schema.json");
    let schema = export::json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &schema).expect("write schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == schema,
        "docs/export.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p catalog --test real_catalog`"
    );
}
