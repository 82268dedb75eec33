//! Which vendor a line of log is about, from the catalog's own words: vendor ids and names,
//! the brand words of product names (`TRTC`, `LiteAV`, `AliRTC`, `ZEGOCLOUD`, `即构`), the
//! words of namespace ids that products also use (`express`, `liveroom`), and the names of
//! entries that belong to one vendor. A word two vendors share, or a generic one (`sdk`,
//! `rtc`, `web`), says nothing. The curated words of `catalog/taxonomy.toml` `[search]` (the
//! site's search uses them too) add the names sources do not write (`ByteRTC`, `声网`).

use crate::atlas::Atlas;
use search_contract::tokens::{Token, TokenKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Words too generic to name a vendor even when only one vendor's product uses them.
const GENERIC: &[&str] = &[
    "after",
    "and",
    "android",
    "api",
    "app",
    "audio",
    "before",
    "client",
    "cloud",
    "code",
    "codes",
    "engine",
    "error",
    "errors",
    "for",
    "http",
    "https",
    "ios",
    "json",
    "linux",
    "live",
    "mac",
    "macos",
    "native",
    "play",
    "player",
    "push",
    "room",
    "rtc",
    "sdk",
    "server",
    "streaming",
    "the",
    "video",
    "web",
    "windows",
];

/// What a word says: a vendor, and a namespace when the word names only one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Clue {
    vendor: usize,
    namespace: Option<usize>,
}

/// The vendor a line is attributed to, and the token that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub vendor: String,
    pub vendor_name: String,
    pub namespace: Option<String>,
    /// `the word "TRTC"`, `the name "PLAY_ERR_NET_DISCONNECT"`.
    pub what: String,
}

/// What a line says about its vendor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineVendor {
    Nothing,
    One(Evidence),
    /// Several vendors named: none is chosen.
    Several(Vec<String>),
}

pub struct Vocabulary {
    /// `(id, display name)` of each vendor.
    vendors: Vec<(String, String)>,
    /// Lower-cased ASCII words.
    words: HashMap<String, Clue>,
    /// Lower-cased words of 4 or more letters that an identifier may start with
    /// (`TRTCCloud`, `ZegoExpressEngine`, `AliRtcEngine`), longest first.
    prefixes: Vec<(String, Clue)>,
    /// CJK words, found inside CJK runs.
    cjk: Vec<(String, Clue)>,
    /// Namespace index → vendor index.
    ns_vendor: Vec<usize>,
}

impl Vocabulary {
    pub fn new(atlas: &Atlas) -> Vocabulary {
        let mut vendors: Vec<(String, String)> = Vec::new();
        let mut ns_vendor = Vec::new();
        for ns in &atlas.data.namespaces {
            let v = match vendors.iter().position(|(id, _)| *id == ns.vendor) {
                Some(v) => v,
                None => {
                    vendors.push((ns.vendor.clone(), ns.vendor_name.clone()));
                    vendors.len() - 1
                }
            };
            ns_vendor.push(v);
        }
        // word → every (vendor, namespace) that uses it; namespace None for vendor-wide words.
        let mut uses: BTreeMap<String, BTreeSet<(usize, Option<usize>)>> = BTreeMap::new();
        for (k, ns) in atlas.data.namespaces.iter().enumerate() {
            let v = ns_vendor[k];
            let ns_parts: Vec<&str> = ns.id.split('-').collect();
            let mut add = |w: String, namespace: Option<usize>| {
                uses.entry(w).or_default().insert((v, namespace));
            };
            add(ns.vendor.to_ascii_lowercase(), None);
            for w in runs(&ns.vendor_name) {
                add(w.to_lowercase(), None);
            }
            for w in runs(&ns.product) {
                let lower = w.to_lowercase();
                let brand = w.chars().filter(char::is_ascii_uppercase).count() >= 2;
                if brand || ns_parts.contains(&lower.as_str()) {
                    add(lower, Some(k));
                }
            }
        }
        // The curated words of the site's search: aliases always name their vendor.
        for (vendor, word) in &atlas.data.aliases {
            if let Some(v) = vendors.iter().position(|(id, _)| id == vendor) {
                uses.entry(word.clone()).or_default().insert((v, None));
            }
        }
        let mut vocab =
            Vocabulary { vendors, words: HashMap::new(), prefixes: Vec::new(), cjk: Vec::new(), ns_vendor };
        for (word, clues) in uses {
            let vendors: BTreeSet<usize> = clues.iter().map(|c| c.0).collect();
            let ascii = word.is_ascii();
            let generic = GENERIC.contains(&word.as_str()) || atlas.data.generic.contains(&word);
            if vendors.len() != 1 || generic || (ascii && word.len() < 3) {
                continue;
            }
            let namespaces: BTreeSet<Option<usize>> = clues.iter().map(|c| c.1).collect();
            let namespace = match namespaces.into_iter().collect::<Vec<_>>().as_slice() {
                [Some(k)] => Some(*k),
                _ => None,
            };
            let Some(&vendor) = vendors.iter().next() else { continue };
            let clue = Clue { vendor, namespace };
            if !ascii {
                vocab.cjk.push((word, clue));
                continue;
            }
            if word.len() >= 4 {
                vocab.prefixes.push((word.clone(), clue));
            }
            vocab.words.insert(word, clue);
        }
        vocab.prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        vocab
    }

    /// The words that name a vendor, for the documentation and tests: `(word, vendor id)`.
    pub fn words(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .words
            .iter()
            .map(|(w, c)| (w.clone(), self.vendors[c.vendor].0.clone()))
            .chain(self.cjk.iter().map(|(w, c)| (w.clone(), self.vendors[c.vendor].0.clone())))
            .collect();
        out.sort();
        out
    }

    /// What the tokens of one line say about its vendor.
    pub fn line(&self, atlas: &Atlas, tokens: &[Token]) -> LineVendor {
        let mut found: Vec<(Clue, String)> = Vec::new();
        for t in tokens {
            if let Some(clue) = self.clue(atlas, t) {
                found.push(clue);
            }
        }
        let vendors: BTreeSet<usize> = found.iter().map(|(c, _)| c.vendor).collect();
        match vendors.len() {
            0 => LineVendor::Nothing,
            1 => {
                let namespaces: BTreeSet<usize> = found.iter().filter_map(|(c, _)| c.namespace).collect();
                let namespace = match namespaces.len() {
                    1 => namespaces.into_iter().next(),
                    _ => None,
                };
                let (clue, what) = &found[0];
                let (id, name) = &self.vendors[clue.vendor];
                LineVendor::One(Evidence {
                    vendor: id.clone(),
                    vendor_name: name.clone(),
                    namespace: namespace.map(|k| atlas.data.namespaces[k].id.clone()),
                    what: what.clone(),
                })
            }
            _ => LineVendor::Several(vendors.into_iter().map(|v| self.vendors[v].0.clone()).collect()),
        }
    }

    /// The clue one token gives, with the words that say what it is.
    fn clue(&self, atlas: &Atlas, t: &Token) -> Option<(Clue, String)> {
        match t.kind {
            TokenKind::Code => None,
            TokenKind::Identifier => {
                let by_name = self.name_clue(atlas, &t.text);
                let lower = t.text.to_ascii_lowercase();
                by_name.or_else(|| {
                    let clue = self.words.get(&lower).or_else(|| {
                        self.prefixes.iter().find(|(p, _)| lower.starts_with(p.as_str())).map(|(_, c)| c)
                    })?;
                    Some((*clue, format!("the word \"{}\"", t.text)))
                })
            }
            TokenKind::Word if t.text.is_ascii() => {
                self.words.get(&t.norm).map(|c| (*c, format!("the word \"{}\"", t.text)))
            }
            TokenKind::Word => self
                .cjk
                .iter()
                .find(|(w, _)| t.text.contains(w.as_str()))
                .map(|(w, c)| (*c, format!("the word \"{w}\""))),
        }
    }

    /// An identifier that is the name of entries of one vendor.
    fn name_clue(&self, atlas: &Atlas, name: &str) -> Option<(Clue, String)> {
        let entries = atlas.by_exact_name(name);
        let vendors: BTreeSet<usize> = entries.iter().map(|&i| self.ns_vendor[atlas.entry(i).ns]).collect();
        if vendors.len() != 1 {
            return None;
        }
        let namespaces: BTreeSet<usize> = entries.iter().map(|&i| atlas.entry(i).ns).collect();
        let vendor = vendors.into_iter().next()?;
        let namespace = if namespaces.len() == 1 { namespaces.into_iter().next() } else { None };
        Some((Clue { vendor, namespace }, format!("the name \"{name}\"")))
    }
}

/// The ASCII letter-and-digit runs and the CJK runs of a text.
fn runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_cjk = false;
    for c in text.chars() {
        let cjk = search_contract::is_cjk(c);
        if c.is_ascii_alphanumeric() || cjk {
            if !cur.is_empty() && cjk != cur_cjk {
                out.push(std::mem::take(&mut cur));
            }
            cur_cjk = cjk;
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::runs;

    #[test]
    fn product_names_split_into_ascii_and_cjk_runs() {
        assert_eq!(runs("ZEGO (即构)"), ["ZEGO", "即构"]);
        assert_eq!(
            runs("LiteAV / MLVB live push (V1 TXLivePusher)"),
            ["LiteAV", "MLVB", "live", "push", "V1", "TXLivePusher"]
        );
        assert_eq!(runs("即构SDK"), ["即构", "SDK"]);
    }
}
