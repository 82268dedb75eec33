//! Candidate equivalences for curation: pairs of entries of different vendors (or of two SDKs of
//! one vendor) whose names and texts share rare terms. Chinese texts are read through a small glossary of domain terms so
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

/// Whether a pair crosses vendors, or two SDKs (namespaces) of one vendor, such as ZEGO Express
/// and ZEGO LiveRoom, which report the same situations under different numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairKind {
    CrossVendor,
    CrossSdk,
}

impl PairKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PairKind::CrossVendor => "vendors",
            PairKind::CrossSdk => "SDKs",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub score: f64,
    /// The entry to curate.
    pub a: (String, i64),
    /// Its candidate equivalent.
    pub b: (String, i64),
    pub shared: Vec<String>,
    /// The concept the candidate belongs to, which `a` would join.
    pub concept: Option<String>,
    pub kind: PairKind,
}

/// What to propose: for which entries, and how many.
#[derive(Debug, Clone)]
pub struct Options {
    pub limit: usize,
    /// Only entries of this namespace…
    pub namespace: Option<String>,
    /// …or read from this source.
    pub source: Option<String>,
    /// Candidates per entry: the best member of each concept, then unmapped entries.
    pub per_entry: usize,
    /// Propose entries that already sit in a concept too.
    pub mapped: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { limit: 40, namespace: None, source: None, per_entry: 2, mapped: false }
    }
}

/// Error and warning entries with their term bags, weighted by inverse document frequency.
struct Index<'c> {
    catalog: &'c Catalog,
    entries: Vec<&'c Entry>,
    bags: Vec<BTreeSet<String>>,
    idf: BTreeMap<String, f64>,
    norms: Vec<f64>,
    /// For each term that is not everywhere, the entries that have it.
    postings: BTreeMap<String, Vec<usize>>,
}

impl<'c> Index<'c> {
    fn new(catalog: &'c Catalog) -> Index<'c> {
        let entries: Vec<&Entry> = catalog.entries.iter().filter(|e| e.severity != Severity::Event).collect();
        let bags: Vec<BTreeSet<String>> = entries.iter().map(|e| bag(catalog, e)).collect();
        let mut df: BTreeMap<&str, usize> = BTreeMap::new();
        for b in &bags {
            for t in b {
                *df.entry(t.as_str()).or_default() += 1;
            }
        }
        let n = bags.len().max(1) as f64;
        let idf: BTreeMap<String, f64> =
            df.iter().map(|(t, &d)| ((*t).to_owned(), (n / (1.0 + d as f64)).ln().max(0.0))).collect();
        let weight = |t: &String| idf.get(t).copied().unwrap_or(0.0);
        let norms = bags.iter().map(|b| b.iter().map(|t| weight(t).powi(2)).sum::<f64>().sqrt()).collect();
        let mut postings: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, b) in bags.iter().enumerate() {
            for t in b.iter().filter(|t| df.get(t.as_str()).is_some_and(|&d| d as f64 <= n / 5.0)) {
                postings.entry(t.clone()).or_default().push(i);
            }
        }
        Index { catalog, entries, bags, idf, norms, postings }
    }

    fn kind(&self, i: usize, j: usize) -> Option<PairKind> {
        let (a, b) = (self.entries[i], self.entries[j]);
        let vendor = |e: &Entry| self.catalog.vendors.get(&e.namespace);
        if a.namespace == b.namespace {
            None
        } else if vendor(a) != vendor(b) {
            Some(PairKind::CrossVendor)
        } else {
            Some(PairKind::CrossSdk)
        }
    }

    /// Every entry of another namespace that shares a rare term with entry `i`, best first.
    fn ranked(&self, i: usize) -> Vec<(usize, f64, PairKind)> {
        let mut seen = BTreeSet::new();
        for t in &self.bags[i] {
            seen.extend(self.postings.get(t).into_iter().flatten().copied());
        }
        let mut out: Vec<(usize, f64, PairKind)> = seen
            .into_iter()
            .filter_map(|j| {
                let kind = self.kind(i, j)?;
                let dot: f64 =
                    self.shared(i, j).iter().map(|t| self.idf.get(t).copied().unwrap_or(0.0).powi(2)).sum();
                let denom = self.norms[i] * self.norms[j];
                (denom > 0.0 && dot > 0.0).then_some((j, dot / denom, kind))
            })
            .collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        out
    }

    fn shared(&self, i: usize, j: usize) -> Vec<String> {
        self.bags[i].intersection(&self.bags[j]).cloned().collect()
    }

    /// Entry `i`'s candidates: the best member of each concept it is not in yet, and unmapped
    /// entries, `per_entry` at most; one line per concept, never fifty members of one.
    fn candidates(&self, i: usize, per_entry: usize) -> Vec<Suggestion> {
        let own = &self.entries[i].concepts;
        let mut concepts_seen = BTreeSet::new();
        let mut out = Vec::new();
        for (j, score, kind) in self.ranked(i) {
            let other = self.entries[j];
            if other.concepts.iter().any(|c| own.contains(c)) {
                continue;
            }
            let concept = other.concepts.first().cloned();
            if let Some(c) = &concept {
                if !concepts_seen.insert(c.clone()) {
                    continue;
                }
            }
            let a = self.entries[i];
            out.push(Suggestion {
                score,
                a: (a.namespace.clone(), a.code),
                b: (other.namespace.clone(), other.code),
                shared: self.shared(i, j),
                concept,
                kind,
            });
            if out.len() == per_entry {
                break;
            }
        }
        out
    }

    fn wanted(&self, i: usize, opts: &Options) -> bool {
        let e = self.entries[i];
        (opts.mapped || e.concepts.is_empty())
            && opts.namespace.as_ref().is_none_or(|ns| &e.namespace == ns)
            && opts.source.as_ref().is_none_or(|s| e.sources.contains(s))
    }
}

/// The terms of an entry's names and of every text of every row (documents and SDK comments).
fn bag(catalog: &Catalog, e: &Entry) -> BTreeSet<String> {
    let mut bag = BTreeSet::new();
    for n in &e.names {
        bag.extend(terms(n));
    }
    for o in e.occurrences.iter().filter_map(|&i| catalog.occurrences.get(i)) {
        for (_, t) in o.texts() {
            bag.extend(terms(&t.text));
        }
    }
    bag
}

/// The best candidates for the entries `opts` selects, best first; a pair of two unmapped
/// entries is shown once.
pub fn suggest(catalog: &Catalog, opts: &Options) -> Vec<Suggestion> {
    let index = Index::new(catalog);
    let mut out: Vec<Suggestion> = Vec::new();
    let mut pairs = BTreeSet::new();
    for i in (0..index.entries.len()).filter(|&i| index.wanted(i, opts)) {
        for s in index.candidates(i, opts.per_entry) {
            let key = if s.a < s.b { (s.a.clone(), s.b.clone()) } else { (s.b.clone(), s.a.clone()) };
            if pairs.insert(key) {
                out.push(s);
            }
        }
    }
    out.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.a.cmp(&y.a)).then_with(|| x.b.cmp(&y.b)));
    out.truncate(opts.limit);
    out
}

/// How often the ranking points at a curated answer: of the concept members `members`, how many
/// have a member of one of their own concepts among their first `k` candidates (ranked as for
/// an unmapped entry, so an entry's own membership does not help it).
pub fn hit_rate(catalog: &Catalog, members: &[(String, i64)], k: usize) -> (usize, usize) {
    let index = Index::new(catalog);
    let at: BTreeMap<(&str, i64), usize> =
        index.entries.iter().enumerate().map(|(i, e)| ((e.namespace.as_str(), e.code), i)).collect();
    let mut hits = 0;
    let mut total = 0;
    for (ns, code) in members {
        let Some(&i) = at.get(&(ns.as_str(), *code)) else { continue };
        let own = &index.entries[i].concepts;
        if own.is_empty() {
            continue;
        }
        total += 1;
        let top = index.ranked(i).into_iter().take(k);
        if top.into_iter().any(|(j, _, _)| index.entries[j].concepts.iter().any(|c| own.contains(c))) {
            hits += 1;
        }
    }
    (hits, total)
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
