// RTC Error Atlas search without the page: the index contract (tokenization, code readings,
// shard lookup, postings) and the query itself. The generator's crates/search-contract is the
// same contract in Rust; crates/search-contract/golden.json pins both. No DOM here, so that
// other clients (and node tests) can import it.

export const FORMAT_VERSION = 1;
export const META_FILE = "meta.json";
export const DICTIONARIES = ["codes", "names", "terms"];
export const EXACT_MARK = "$";
export const SCAN_LIMIT = 4;
export const SEVERITIES = ["error", "warning", "event"];

// Letters and digits of the CJK blocks (CJK_RANGES in the contract) form CJK runs.
const CJK_BLOCK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{2FA1F}]/u;
export const isCjk = (c) => CJK_BLOCK.test(c) && /\p{L}|\p{N}/u.test(c);
const isAlnum = (c) => c !== undefined && /^[A-Za-z0-9]$/.test(c);
const isLower = (c) => c !== undefined && /^[a-z]$/.test(c);
const isUpper = (c) => c !== undefined && /^[A-Z]$/.test(c);
const isDigit = (c) => c !== undefined && /^[0-9]$/.test(c);

// ASCII word runs lower-cased, and CJK characters plus adjacent pairs.
export function tokens(text) {
  const out = [];
  let word = "", cjk = [];
  const fw = () => { if (word) out.push(word); word = ""; };
  const fc = () => { cjk.forEach((c, i) => { out.push(c); if (i + 1 < cjk.length) out.push(c + cjk[i + 1]); }); cjk = []; };
  for (const c of text) {
    if (isAlnum(c)) { fc(); word += c.toLowerCase(); }
    else if (isCjk(c)) { fw(); cjk.push(c); }
    else { fw(); fc(); }
  }
  fw(); fc();
  return out;
}

// The parts of a symbolic name: kRoomHbTimeoutError → k room hb timeout error.
export function nameParts(name) {
  const parts = [], cs = Array.from(name);
  let cur = "";
  cs.forEach((c, i) => {
    if (!isAlnum(c)) { if (cur) parts.push(cur); cur = ""; return; }
    const p = cs[i - 1], n = cs[i + 1];
    let boundary = false;
    if (isLower(p) && isUpper(c)) boundary = true;
    else if (isUpper(p) && isUpper(c)) boundary = isLower(n);
    else if (p !== undefined) boundary = isDigit(p) !== isDigit(c);
    if (boundary && cur) { parts.push(cur); cur = ""; }
    cur += c.toLowerCase();
  });
  if (cur) parts.push(cur);
  return parts;
}
export const nameKey = (name) => name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();

// The `terms` keys of a query: name parts for an identifier, tokens otherwise; no repeats.
export function queryTerms(q) {
  const ident = q.trim();
  return [...new Set(/[_a-z][A-Z]/.test(ident) && !/\s/.test(ident) ? nameParts(ident) : tokens(q))];
}
// The `names` key of a query that reads as one identifier, else null.
export function queryNameKey(q) {
  const ident = q.trim();
  return /^[A-Za-z][A-Za-z0-9_]{2,}$/.test(ident) ? nameKey(ident) : null;
}

// Every value a code-looking query can mean, best reading first; null when not code-like.
export function readings(q) {
  const s = q.trim().replace(/[\s,_]/g, "");
  const out = [];
  // `+ 0` turns -0 into 0: "-0" means the code 0.
  const add = (v, how) => { if (Number.isSafeInteger(v) && !out.some((r) => r.value === v)) out.push({ value: v + 0, how }); };
  const bits = (v) => {
    if (v >= 0x80000000 && v <= 0xffffffff) add(v - 0x100000000, "signed 32-bit reading");
    if (v < 0 && v >= -0x80000000) add(v + 0x100000000, "unsigned 32-bit reading");
  };
  let m;
  if ((m = /^(-?)0[xX]([0-9a-fA-F]{1,13})$/.exec(s))) {
    const v = parseInt(m[2], 16) * (m[1] ? -1 : 1);
    add(v, "hex"); bits(v);
  } else if ((m = /^(-?)(\d{1,16})$/.exec(s))) {
    const v = parseInt(m[2], 10) * (m[1] ? -1 : 1);
    add(v, "decimal"); bits(v);
    if (!m[1] && m[2].length >= 3) { const h = parseInt(m[2], 16); add(h, "hex"); bits(h); }
  } else if ((m = /^([0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*)$/.exec(s)) && /\d/.test(s) && s.length >= 3 && s.length <= 13) {
    const v = parseInt(m[1], 16); add(v, "hex"); bits(v);
  } else return null;
  return out;
}

// ---- Free text and log lines: scan() is crates/search-contract/src/tokens.rs in JavaScript
// (golden.json's `scan` section pins both). Tokens: {kind: code|identifier|word, text, norm,
// bytes: [start, end) in UTF-8, chars: [start, end) in code points, and for codes notation,
// values (readings), cue (labeled|bracketed|keyed|bare) and key}.
export const CODE_KEYS = ["code", "codes", "err", "errs", "error", "errors", "errno", "errcode", "errorcode", "ret", "retcode", "rc", "ec", "hr", "status", "statuscode", "result", "resultcode", "reason", "reasoncode", "fail", "failed"];
export const CJK_CODE_KEY_CHARS = ["码", "错", "误", "败"];
export const MINUS_SIGNS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"];
const JOINERS = [".", ":", "-"];
const OPENERS = ["(", "[", "（", "【"], CLOSERS = [")", "]", "）", "】"];
const KEY_SEPARATORS = ["=", ":", "：", "＝", "(", "（"];
export const isMinus = (c) => MINUS_SIGNS.includes(c);
const isRunChar = (c) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const isSpace = (c) => /^\s$/u.test(c);
const utf8Len = (c) => { const u = c.codePointAt(0); return u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? 3 : 4; };

// Starts with a letter or _, and has a _ between letters or digits or a case change.
export function isIdentifier(text) {
  if (!/^[A-Za-z_]/.test(text)) return false;
  return /[A-Za-z0-9]_[A-Za-z0-9]/.test(text) || /[a-z][A-Z]/.test(text) || /[A-Z][A-Z][a-z]/.test(text);
}
// Whether a key names a code (code=, errCode:, 错误码：).
export function isCodeKey(key) {
  const parts = nameParts(key);
  return CODE_KEYS.includes(nameKey(key)) || CODE_KEYS.includes(parts[parts.length - 1] ?? "") || Array.from(key).some((c) => CJK_CODE_KEY_CHARS.includes(c));
}

export function scan(line) {
  const cs = Array.from(line);
  const at = [0]; // byte offset of each code point, and of the end
  for (const c of cs) at.push(at[at.length - 1] + utf8Len(c));
  const runs = [];
  let start = -1, cjk = false;
  cs.forEach((c, i) => {
    const cls = isRunChar(c) ? false : isCjk(c) ? true : null;
    if (start >= 0 && cls !== cjk) { runs.push({ cjk, c0: start, c1: i }); start = -1; }
    if (start < 0 && cls !== null) { start = i; cjk = cls; }
  });
  if (start >= 0) runs.push({ cjk, c0: start, c1: cs.length });
  const slice = (c0, c1) => cs.slice(c0, c1).join("");
  const word = (c0, c1) => { const text = slice(c0, c1); return { kind: "word", text, norm: text.replace(/[A-Z]/g, (c) => c.toLowerCase()), bytes: [at[c0], at[c1]], chars: [c0, c1] }; };
  const digit = (i) => /^[0-9]$/.test(cs[i] ?? "");
  const joined = (a, b) => !b.cjk && b.c0 === a.c1 + 1 && JOINERS.includes(cs[a.c1]) && digit(a.c1 - 1) && digit(b.c0);
  const out = [];
  for (let i = 0; i < runs.length; i++) {
    let j = i;
    while (!runs[j].cjk && j + 1 < runs.length && joined(runs[j], runs[j + 1])) j++;
    out.push(j > i ? word(runs[i].c0, runs[j].c1) : classify(runs[i], cs, at, word, slice));
    i = j;
  }
  let prev = 0;
  out.forEach((t, k) => {
    if (t.kind === "code") Object.assign(t, cueOf(cs, out, k, prev));
    prev = t.chars[1];
  });
  return out;
}

function classify(r, cs, at, word, slice) {
  if (r.cjk) return word(r.c0, r.c1);
  const text = slice(r.c0, r.c1);
  let notation = null;
  if (/^0[xX]./.test(text)) notation = readings(text) ? "hex" : null;
  else if (/^[0-9]+$/.test(text)) notation = text.length <= 16 ? "decimal" : null;
  else if (/^[0-9a-fA-F]{3,13}$/.test(text) && /[a-fA-F]/.test(text) && /[0-9]/.test(text)) notation = "bare-hex";
  if (notation === null) {
    const t = word(r.c0, r.c1);
    if (isIdentifier(text)) { t.kind = "identifier"; t.norm = text; }
    return t;
  }
  const signed = notation !== "bare-hex" && r.c0 >= 1 && isMinus(cs[r.c0 - 1]) && (r.c0 < 2 || !isRunChar(cs[r.c0 - 2]));
  const c0 = signed ? r.c0 - 1 : r.c0;
  const norm = signed ? "-" + text : text;
  return { kind: "code", text: slice(c0, r.c1), norm, bytes: [at[c0], at[r.c1]], chars: [c0, r.c1], notation, values: readings(norm) ?? [], cue: null, key: null };
}

// The cue of code k: whether the token before it is its key, whether it sits in brackets.
function cueOf(cs, toks, k, prevEnd) {
  const [c0, c1] = toks[k].chars;
  const gap = cs.slice(prevEnd, c0).filter((c) => !isSpace(c) && c !== '"' && c !== "'");
  let after = null;
  for (let i = c1; i < cs.length; i++) if (!isSpace(cs[i]) && cs[i] !== '"' && cs[i] !== "'") { after = cs[i]; break; }
  const opens = gap.length > 0 && OPENERS.includes(gap[gap.length - 1]);
  const closes = after !== null && CLOSERS.includes(after);
  const p = k > 0 && toks[k - 1].kind !== "code" ? toks[k - 1] : null;
  const sep = gap.length === 0 ? false : gap.length === 1 && KEY_SEPARATORS.includes(gap[0]) ? true : null;
  if (p && sep !== null) {
    if (isCodeKey(p.text)) return { cue: "labeled", key: p.text };
    if (opens && closes) return { cue: "bracketed", key: null };
    if (sep && !opens) return { cue: "keyed", key: p.text };
  }
  return { cue: opens && closes ? "bracketed" : "bare", key: null };
}

export const hexOf = (s) => Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, "0")).join("");
// A shard's file relative to the index folder: the prefix as hex UTF-8 bytes.
export const shardPath = (dictionary, prefix) => `${dictionary}/p${hexOf(prefix)}.json`;
// The shard holding `key`: its exact shard, else the longest unmarked prefix of it; or null.
export function shardFor(prefixes, key) {
  if (prefixes.includes(key + EXACT_MARK)) return key + EXACT_MARK;
  let best = null;
  for (const p of prefixes) if (!p.endsWith(EXACT_MARK) && key.startsWith(p) && (best === null || p.length > best.length)) best = p;
  return best;
}
// Shards that may hold keys beginning with `key`.
export function scanShards(prefixes, key, limit = SCAN_LIMIT) {
  return prefixes.filter((p) => { const b = p.endsWith(EXACT_MARK) ? p.slice(0, -1) : p; return b.startsWith(key) || key.startsWith(b); }).slice(0, limit);
}
// Which docs file holds document `doc`, and its position there.
export const docLocation = (doc, perShard) => ({ path: `docs/${Math.floor(doc / perShard)}.json`, slot: doc % perShard });
// A posting: doc * 256 + slot * 4 + severity, slot 0 for no category, else category + 1.
export function unpackPosting(key) {
  const slot = (key % 256) >> 2;
  return { doc: Math.floor(key / 256), category: slot ? slot - 1 : null, severity: SEVERITIES[key % 4] ?? null };
}

const cache = new Map();
function fetchJson(url) {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  return cache.get(url);
}
async function lookup(base, meta, kind, key) {
  const p = shardFor(meta.shards[kind], key);
  if (p === null) return null;
  const shard = await fetchJson(base + shardPath(kind, p));
  return shard ? shard[key] ?? null : null;
}
async function scanPrefix(base, meta, kind, key) {
  const out = [];
  for (const p of scanShards(meta.shards[kind], key)) {
    const shard = await fetchJson(base + shardPath(kind, p));
    if (shard) for (const k in shard) if (k.startsWith(key)) out.push([k, shard[k]]);
  }
  return out;
}
async function doc(base, meta, id) {
  const at = docLocation(id, meta.docs_per_shard);
  const shard = await fetchJson(base + at.path);
  return shard ? shard[at.slot] : null;
}

// Answers `q` from the index at `base` (the URL of search-index/, ending in "/").
export async function search(base, q, filters = {}) {
  const meta = await fetchJson(base + META_FILE);
  if (!meta) return { error: "The search index could not be loaded." };
  const hits = new Map(); // key -> {key, tier, score, how, matched}
  const hit = (key, tier, score, how) => {
    const h = hits.get(key);
    if (!h) hits.set(key, { key, tier, score, how, matched: 0 });
    else if (tier < h.tier || (tier === h.tier && score > h.score)) Object.assign(h, { tier, score, how });
  };
  const res = { codes: readings(q), missing: null, prefixes: [], results: [] };
  if (res.codes) {
    for (const [i, r] of res.codes.entries()) {
      const posts = await lookup(base, meta, "codes", String(r.value));
      if (posts) for (const k of posts) hit(k, i === 0 ? 0 : 1, 100 - i, r.how);
    }
    // A code-like query with no representable value (past 2^53) has no reading to report.
    if (!hits.size && res.codes.length) {
      res.missing = res.codes[0];
      const typed = String(res.codes[0].value);
      if (res.codes[0].how === "decimal" && typed.replace("-", "").length >= 3)
        res.prefixes = (await scanPrefix(base, meta, "codes", typed)).filter(([k]) => k !== typed).slice(0, 20);
    }
  }
  const nameKeyOfQ = queryNameKey(q);
  if (nameKeyOfQ !== null) {
    const posts = await lookup(base, meta, "names", nameKeyOfQ);
    if (posts) for (const k of posts) hit(k, 2, 50, "name");
  }
  if (!res.codes || !hits.size) {
    const toks = queryTerms(q);
    const per = new Map(); // key -> {matched, score}
    for (const t of toks) {
      const seen = new Map();
      const take = (flat, f) => { for (let i = 0; i < flat.length; i += 2) seen.set(flat[i], Math.max(seen.get(flat[i]) || 0, flat[i + 1] * f)); };
      const exact = await lookup(base, meta, "terms", t);
      if (exact) take(exact, 1);
      if (/^[a-z]/.test(t) && t.length >= 3) for (const [k, flat] of await scanPrefix(base, meta, "terms", t)) if (k !== t) take(flat, 0.6);
      for (const [k, w] of seen) { const p = per.get(k) || { matched: 0, score: 0 }; p.matched++; p.score += w; per.set(k, p); }
    }
    for (const [k, p] of per) {
      const tier = p.matched === toks.length ? 3 : 4;
      if (tier === 3 || p.matched * 2 >= toks.length) { hit(k, tier, p.score, "words"); hits.get(k).matched = p.matched; }
    }
  }
  const nsStart = meta.namespaces.map((n) => n.start);
  const nsOf = (d) => { let i = 0; while (i + 1 < nsStart.length && nsStart[i + 1] <= d) i++; return i; };
  let list = [...hits.values()].filter((h) => {
    const p = unpackPosting(h.key);
    if (filters.severity && p.severity !== filters.severity) return false;
    if (filters.category && meta.categories.findIndex((c) => c[0] === filters.category) !== (p.category ?? -1)) return false;
    if (filters.ns && meta.namespaces[nsOf(p.doc)].id !== filters.ns) return false;
    return true;
  });
  list.sort((a, b) => a.tier - b.tier || b.matched - a.matched || b.score - a.score || a.key - b.key);
  res.total = list.length;
  list = list.slice(0, 50);
  const docs = await Promise.all(list.map((h) => doc(base, meta, unpackPosting(h.key).doc)));
  res.results = list.map((h, i) => ({ ...h, doc: docs[i], ns: docs[i] && meta.namespaces[docs[i].n] })).filter((r) => r.doc);
  // Equal scores: the entry whose name carries fewest words beyond the query fits best.
  const extra = (r) => Math.min(99, ...r.doc.m.map((n) => nameParts(n).length));
  res.results.sort((a, b) => a.tier - b.tier || b.matched - a.matched || b.score - a.score || extra(a) - extra(b) || a.key - b.key);
  for (const p of res.prefixes) p.docs = await Promise.all(p[1].slice(0, 3).map((k) => doc(base, meta, unpackPosting(k).doc)));
  res.meta = meta;
  return res;
}
