//! Candidate equivalences for curation: pairs of entries of different vendors whose names and
//! texts share rare terms. Chinese texts are read through a small glossary of domain terms so
//! that `心跳超时` meets `heartbeat timeout`. It proposes; people decide.

use crate::model::{Entry, Severity};
use crate::Catalog;
use std::collections::{BTreeMap, BTreeSet};

/// Chinese domain terms and their English equivalents (stems as `terms` produces them).
pub const GLOSSARY: &[(&str, &str)] = &[
    ("心跳", "heartbeat"),
    ("超时", "timeout"),
    ("鉴权", "auth"),
    ("认证", "auth"),
    ("令牌", "token"),
    ("房间", "room"),
    ("频道", "channel"),
    ("推流", "publish"),
    ("拉流", "play"),
    ("订阅", "subscrib"),
    ("网络", "network"),
    ("连接", "connect"),
    ("断开", "disconnect"),
    ("断连", "disconnect"),
    ("参数", "param"),
    ("服务器", "server"),
    ("混流", "mix"),
    ("设备", "device"),
    ("麦克风", "microphone"),
    ("摄像头", "camera"),
    ("相机", "camera"),
    ("权限", "permission"),
    ("登录", "login"),
    ("不存在", "exist"),
    ("过期", "expir"),
    ("无效", "invalid"),
    ("解析", "resolv"),
    ("编码", "encod"),
    ("解码", "decod"),
    ("渲染", "render"),
    ("屏幕", "screen"),
    ("共享", "share"),
    ("音频", "audio"),
    ("视频", "video"),
    ("重复", "duplicat"),
    ("踢", "kick"),
    ("调度", "dispatch"),
    ("性能", "performance"),
    ("水印", "watermark"),
    ("状态", "state"),
    ("角色", "role"),
    ("占用", "occupi"),
    ("采集", "captur"),
    ("播放", "play"),
    ("扬声器", "speaker"),
    ("重连", "reconnect"),
    ("信令", "signal"),
    ("初始化", "init"),
    ("加入", "join"),
    ("离开", "leave"),
    ("签名", "sig"),
    ("欠费", "overdue"),
    ("余额", "balance"),
    ("账户", "account"),
    ("浏览器", "browser"),
];

const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "to",
    "of",
    "is",
    "in",
    "and",
    "or",
    "for",
    "on",
    "be",
    "by",
    "with",
    "not",
    "this",
    "that",
    "it",
    "if",
    "are",
    "was",
    "as",
    "at",
    "please",
    "check",
    "whether",
    "error",
    "fail",
    "failed",
    "failure",
    "contact",
    "technical",
    "support",
    "zegocloud",
    "try",
    "again",
    "retry",
    "sdk",
    "k",
    "err",
    "code",
];

/// Lower-case English stems of a text (a light suffix strip), plus glossary terms for CJK.
pub fn terms(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (zh, en) in GLOSSARY {
        if text.contains(zh) {
            out.insert((*en).to_owned());
        }
    }
    let lower = text.replace('_', " ");
    let mut word = String::new();
    let mut words = Vec::new();
    let mut prev_lower = false;
    for c in lower.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            prev_lower = c.is_ascii_lowercase();
            word.push(c.to_ascii_lowercase());
        } else {
            prev_lower = false;
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    for w in words {
        if STOP.contains(&w.as_str()) || w.len() < 2 || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        out.insert(stem(&w));
    }
    out
}

fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s", "ion"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 4 {
                return s.to_owned();
            }
        }
    }
    w.to_owned()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub score: f64,
    pub a: (String, i64),
    pub b: (String, i64),
    pub shared: Vec<String>,
    /// The concept one side already belongs to, if any.
    pub concept: Option<String>,
}

/// The best-scoring cross-vendor pairs not already in one concept.
pub fn suggest(catalog: &Catalog, limit: usize) -> Vec<Suggestion> {
    let entries: Vec<&Entry> = catalog.entries.iter().filter(|e| e.severity != Severity::Event).collect();
    let bags: Vec<BTreeSet<String>> = entries
        .iter()
        .map(|e| {
            let mut bag = BTreeSet::new();
            for n in &e.names {
                bag.extend(terms(n));
            }
            for &i in &e.occurrences {
                if let Some(o) = catalog.occurrences.get(i) {
                    for (_, t) in o.texts() {
                        bag.extend(terms(&t.text));
                    }
                }
            }
            bag
        })
        .collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &bags {
        for t in b {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let n = bags.len().max(1) as f64;
    let idf = |t: &str| (n / (1.0 + *df.get(t).unwrap_or(&0) as f64)).ln().max(0.0);
    let norms: Vec<f64> = bags.iter().map(|b| b.iter().map(|t| idf(t).powi(2)).sum::<f64>().sqrt()).collect();
    // Candidate pairs share at least one term that is not everywhere.
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, b) in bags.iter().enumerate() {
        for t in b {
            if *df.get(t.as_str()).unwrap_or(&0) as f64 <= n / 5.0 {
                postings.entry(t.as_str()).or_default().push(i);
            }
        }
    }
    let vendor = |e: &Entry| catalog.vendors.get(&e.namespace).cloned().unwrap_or_default();
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in postings.values() {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if vendor(entries[i]) != vendor(entries[j]) {
                    pairs.insert((i, j));
                }
            }
        }
    }
    let mut out: Vec<Suggestion> = pairs
        .into_iter()
        .filter(|&(i, j)| entries[i].concepts.is_empty() || entries[i].concepts != entries[j].concepts)
        .filter_map(|(i, j)| {
            let shared: Vec<String> = bags[i].intersection(&bags[j]).cloned().collect();
            let dot: f64 = shared.iter().map(|t| idf(t).powi(2)).sum();
            let denom = norms[i] * norms[j];
            (denom > 0.0 && dot > 0.0).then(|| Suggestion {
                score: dot / denom,
                a: (entries[i].namespace.clone(), entries[i].code),
                b: (entries[j].namespace.clone(), entries[j].code),
                shared,
                concept: entries[i].concepts.first().or(entries[j].concepts.first()).cloned(),
            })
        })
        .collect();
    out.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.a.cmp(&y.a)).then_with(|| x.b.cmp(&y.b)));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_bridges_chinese_and_english() {
        let zh = terms("房间服务器心跳超时 请检查网络是否正常");
        let en = terms("Heartbeat timeout.");
        assert!(zh.contains("heartbeat") && zh.contains("timeout") && en.contains("heartbeat"));
        assert!(terms("kRoomHbTimeoutError").contains("room"));
        assert!(!terms("Please contact ZEGOCLOUD technical support").contains("contact"));
    }
}
