// RTC Error Atlas search without the page: the index contract (tokenization, code readings,
// shard lookup, postings) and the query itself. The generator's crates/search-contract is the
// same contract in Rust; crates/search-contract/golden.json pins both. No DOM here, so that
// other clients (and node tests) can import it.

export const FORMAT_VERSION = 3;
export const META_FILE = "meta.json";
export const CONCEPTS_FILE = "concepts.json";
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
export const CODE_KEYS = ["code", "codes", "err", "errs", "error", "errors", "errcode", "errorcode", "ret", "retcode", "rc", "ec", "hr", "status", "statuscode", "result", "resultcode", "reason", "reasoncode", "fail", "failed", "warn", "warning", "warncode", "warningcode"];
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
// A last part "code" counts only after a part that does (errorCode; not versionCode, keyCode).
export function isCodeKey(key) {
  if (Array.from(key).some((c) => CJK_CODE_KEY_CHARS.includes(c)) || CODE_KEYS.includes(nameKey(key))) return true;
  const parts = nameParts(key);
  const last = parts[parts.length - 1] ?? "";
  if (last === "code" || last === "codes") return parts.length > 1 && CODE_KEYS.includes(parts[parts.length - 2]);
  return CODE_KEYS.includes(last);
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

// The vocab file that holds words of `len` letters: the last file starting at or below it.
export function vocabFileFor(starts, len) {
  let best = null;
  for (const s of starts) if (s <= len && (best === null || s > best)) best = s;
  return best;
}
export const vocabPath = (start) => `vocab/${start}.json`;

// ---- Typo tolerance: crates/search-contract/src/typo.rs in JavaScript.
export const VOCAB_MIN_CHARS = 4;
export const inVocab = (t) => t.length >= VOCAB_MIN_CHARS && /^[a-z]+$/.test(t);
export const typoBudget = (len) => (len < VOCAB_MIN_CHARS ? 0 : len <= 6 ? 1 : 2);
// Optimal-string-alignment distance when at most `max`, else null.
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return null;
  const w = b.length + 1;
  let older = new Array(w).fill(0), prev = Array.from({ length: w }, (_, j) => j), cur = new Array(w).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, older[j - 2] + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return null;
    [older, prev, cur] = [prev, cur, older];
  }
  return prev[b.length] <= max ? prev[b.length] : null;
}

// ---- The engine: query understanding, lookups in parallel, ranking, log decoding.

// Results shown at once, and in all before a "more" button.
export const FIRST_SHOWN = 10, SHOWN = 50;
// Results whose documents an idle page fetches ahead.
const PREFETCH = 150;
const cache = new Map();
// Every index file is fetched once per page: a repeated or narrowed query costs no request.
export function fetchJson(url) {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  return cache.get(url);
}
// What a query needs before its own shards: meta.json and concepts.json (the page preloads
// both).
export async function warm(base) {
  const [meta, concepts] = await Promise.all([fetchJson(base + META_FILE), fetchJson(base + CONCEPTS_FILE)]);
  return { meta, concepts: concepts || [] };
}
// The typo word lists, when they are few files: the page asks for them once the user types,
// so that a misspelt word costs no extra round trip.
export async function warmVocab(base) {
  const { meta } = await warm(base);
  if (meta && (meta.vocab || []).length <= 2) for (const s of meta.vocab) fetchJson(base + vocabPath(s));
}
const cached = (url) => cache.get(url);
async function lookup(base, meta, kind, key) {
  const p = shardFor(meta.shards[kind], key);
  if (p === null) return null;
  const shard = await fetchJson(base + shardPath(kind, p));
  return shard ? shard[key] ?? null : null;
}
async function scanPrefix(base, meta, kind, key) {
  const shards = await Promise.all(scanShards(meta.shards[kind], key).map((p) => fetchJson(base + shardPath(kind, p))));
  const out = [];
  for (const shard of shards) if (shard) for (const k in shard) if (k.startsWith(key)) out.push([k, shard[k]]);
  return out;
}
function docOf(base, meta, id) {
  const at = docLocation(id, meta.docs_per_shard);
  return fetchJson(base + at.path).then((shard) => (shard ? shard[at.slot] ?? null : null));
}
const nsIndexOf = (meta, doc) => { let lo = 0, hi = meta.namespaces.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (meta.namespaces[m].start <= doc) lo = m; else hi = m - 1; } return lo; };

// Words that name a vendor or product (meta.aliases) in one token: the whole word, or, in a CJK
// run, every alias written inside it.
function aliasesIn(meta, t) {
  const aliases = meta.aliases || {};
  const w = t.norm.toLowerCase();
  if (Object.hasOwn(aliases, w)) return [w];
  if (t.kind === "word" && Array.from(t.text).some(isCjk)) return Object.keys(aliases).filter((a) => a.length > 1 && Array.from(a).every(isCjk) && t.text.includes(a));
  return [];
}

// Other values a code may have been meant as: the other sign, and the digits of a hex code
// read as decimal. Offered as "did you mean", never as results.
function alternatives(tok) {
  const v = tok.values[0]?.value;
  if (v === undefined) return [];
  const out = [];
  if (v !== 0) out.push({ value: -v, text: String(-v), how: v > 0 ? "negative" : "positive" });
  if (tok.hexDigits) out.push({ value: tok.hexDigits.value, text: "0x" + tok.norm.replace(/^0+(?=.)/, ""), how: "hex" });
  const m = /^(-?)0[xX]([0-9]+)$/.exec(tok.norm.replace(/_/g, ""));
  if (m && m[2].length <= 16) { const d = Number(m[2]) * (m[1] ? -1 : 1); out.push({ value: d, text: String(d), how: "decimal" }); }
  return out.filter((a) => Number.isSafeInteger(a.value) && !tok.values.some((r) => r.value === a.value));
}

// Digits in a line of text are decimal: the hex reading of the digits is offered ("did you
// mean 0x4043"), never a result.
const inText = (t) => (t.notation === "decimal" ? { ...t, values: t.values.filter((r) => r.how !== "hex"), hexDigits: t.values.find((r) => r.how === "hex") } : t);
// The most words, and codes or names, one query looks up (a long paste reads as a log).
const MAX_QUERY_TERMS = 40, MAX_QUERY_CODES = 8;
// What a query asks: its codes (strong ones first), names, vendor words and text terms.
export function understand(q, meta) {
  const whole = readings(q);
  const toks = scan(q);
  let codes;
  if (whole) {
    const text = q.trim();
    codes = [{ kind: "code", text, norm: text, values: whole, cue: "bare", notation: whole[0]?.how === "hex" ? "hex" : "decimal", weak: false }];
  } else {
    const all = toks.filter((t) => t.kind === "code");
    const strong = all.filter((t) => t.cue === "labeled" || t.cue === "bracketed");
    const used = strong.length ? strong : all.filter((t) => t.cue !== "keyed");
    codes = used.map((t) => ({ ...inText(t), weak: t.notation === "bare-hex" || (!strong.length && toks.length > 1 && t.cue === "bare" && t.values.length === 0) }));
  }
  const vendors = [], names = [], noise = new Set(), words = [];
  for (const c of codes) if (c.key) noise.add(c.key.toLowerCase());
  const singleName = queryNameKey(q);
  if (singleName !== null && !whole) names.push({ key: singleName, text: q.trim() });
  for (const t of toks) {
    if (t.kind === "code" && !(codes.some((c) => c.weak && c.bytes?.[0] === t.bytes[0]))) continue;
    const found = aliasesIn(meta, t);
    if (found.length) {
      for (const a of found) vendors.push({ word: a, namespaces: meta.aliases[a] });
      const rest = found.reduce((s, a) => s.split(a).join(" "), t.text);
      if (rest.trim() && rest !== t.text) words.push({ ...t, text: rest });
      continue;
    }
    const lower = t.norm.toLowerCase();
    if (noise.has(lower) || (codes.length && CODE_KEYS.includes(nameKey(t.text)))) continue;
    if (t.kind === "identifier") {
      const key = nameKey(t.text);
      if (key.length >= 3 && !names.some((n) => n.key === key)) names.push({ key, text: t.text });
    }
    words.push(t);
  }
  // Vendor words alone are what the user looks for: they match text too (in those SDKs).
  if (!codes.length && !words.length && vendors.length) {
    names.splice(0, names.length, ...names.filter((n) => !vendors.some((v) => v.word === n.key)));
    if (!names.length) for (const t of toks) if (aliasesIn(meta, t).length) words.push(t);
  }
  const single = toks.length === 1;
  const terms = [];
  const addTerm = (term, from) => {
    if (terms.some((x) => x.term === term)) return;
    // One letter or digit (typed so far, or the `k` of kRoomHb…) matches nothing useful.
    if (/^[a-z0-9]$/.test(term) && q.trim().length > 1) return;
    terms.push({ term, from, prefix: /^[a-z]/.test(term) && term.length >= 3 });
  };
  // An identifier-looking query keeps the old rule: its name parts (queryTerms).
  if (!whole && single && toks[0].kind !== "code" && !vendors.length) for (const term of queryTerms(q)) addTerm(term, toks[0].text);
  else for (const t of words) for (const term of t.kind === "identifier" ? nameParts(t.text) : tokens(t.text)) addTerm(term, t.text);
  // A query pasted from somewhere long looks up its first words only.
  terms.splice(MAX_QUERY_TERMS);
  codes.splice(MAX_QUERY_CODES);
  names.splice(MAX_QUERY_CODES);
  // A query that is one identifier (and vendor words) looks for its name first, its words only
  // if no entry has it.
  // A plain word (`timeout`, `Heartbeat`) is a word first: a name spelled like it ranks first,
  // the entries whose text has it follow.
  const plainWord = single && !whole && /^(?:[A-Za-z][a-z]+|[A-Z]+)$/.test(q.trim());
  const nameFirst = !plainWord && names.length === 1 && !codes.length && words.length === 1 && words[0].kind === "identifier";
  return { q, codes, names, vendors, terms, nameFirst, plainWord };
}

// Looks up every code reading, alternative, name and term of `u` at once: one round trip.
async function fetchAll(base, meta, u) {
  const codeJobs = u.codes.map((c) => Promise.all([
    Promise.all(c.values.map((r) => lookup(base, meta, "codes", String(r.value)))),
    Promise.all(alternatives(c).map((a) => lookup(base, meta, "codes", String(a.value)).then((posts) => ({ ...a, posts })))),
  ]));
  const nameJobs = u.names.map((n) => lookup(base, meta, "names", n.key));
  const termsOf = (t) => Promise.all([lookup(base, meta, "terms", t.term), t.prefix ? scanPrefix(base, meta, "terms", t.term) : []]);
  const termJobs = u.nameFirst
    ? u.terms.map((t) => Promise.all(nameJobs).then((found) => (found.some((p) => p && p.length) ? [null, []] : termsOf(t))))
    : u.terms.map(termsOf);
  // Word lists the page already asked for join this round trip; others are fetched only for a
  // word that matched nothing.
  const vocabJobs = vocabFiles(meta, u.terms.map((t) => t.term)).filter((url) => cached(base + url)).map((url) => fetchJson(base + url));
  const [codes, names] = await Promise.all([Promise.all(codeJobs), Promise.all(nameJobs)]);
  // Words only re-rank exact hits: a single exact hit does not wait for them.
  const exact = codes.reduce((n, [byReading]) => n + byReading.reduce((m, p) => m + (p ? p.length : 0), 0), 0) + names.reduce((n, p) => n + (p ? p.length : 0), 0);
  const [terms] = exact === 1 && !u.plainWord ? [u.terms.map(() => [null, []])] : await Promise.all([Promise.all(termJobs), Promise.all(vocabJobs)]);
  return { codes, names, terms };
}
// The word-list files that may hold a correction of one of `terms`.
function vocabFiles(meta, terms) {
  const starts = new Set();
  for (const t of terms) if (inVocab(t)) { const b = typoBudget(t.length); for (let n = t.length - b; n <= t.length + b; n++) { const s = vocabFileFor(meta.vocab || [], n); if (s !== null) starts.add(s); } }
  return [...starts].map(vocabPath);
}
async function vocabFor(base, meta, term) {
  const words = {};
  for (const v of await Promise.all(vocabFiles(meta, [term]).map((url) => fetchJson(base + url)))) if (v) Object.assign(words, v);
  return words;
}

// The closest indexed word within the typo budget (most frequent first among equals), or null.
export function correct(term, vocab) {
  const b = typoBudget(term.length);
  let best = null;
  for (let n = term.length - b; n <= term.length + b; n++) {
    for (const w of vocab[n] || []) {
      const d = editDistance(term, w, best ? Math.min(b, best.d) : b);
      if (d !== null && d > 0 && (!best || d < best.d)) best = { word: w, d };
      if (best && best.d === 1 && n > term.length) break;
    }
  }
  return best && best.word;
}

// Per text term: posting key → weight (prefix matches count 0.6, corrected words 0.8). Words
// that match nothing are corrected all at once.
async function termWeights(base, meta, u, found) {
  const take = (seen, flat, f) => { for (let k = 0; k < flat.length; k += 2) seen.set(flat[k], Math.max(seen.get(flat[k]) || 0, flat[k + 1] * f)); };
  const per = u.terms.map((t, i) => {
    const [exact, scanned] = found.terms[i];
    const seen = new Map();
    if (exact) take(seen, exact, 1);
    for (const [k, flat] of scanned) if (k !== t.term) take(seen, flat, 0.6);
    return seen;
  });
  // Words only re-rank an exact code or name: they are not worth a round trip to correct.
  const exact = found.codes.some(([byReading]) => byReading.some((p) => p && p.length)) || found.names.some((p) => p && p.length);
  const fixes = await Promise.all(u.terms.map(async (t, i) => {
    if (exact || per[i].size || !inVocab(t.term)) return null;
    const vocab = await vocabFor(base, meta, t.term);
    const fix = (vocab[t.term.length] || []).includes(t.term) ? null : correct(t.term, vocab);
    const posts = fix && (await lookup(base, meta, "terms", fix));
    return posts ? { from: t.term, to: fix, posts } : null;
  }));
  const corrections = [];
  fixes.forEach((f, i) => { if (f) { take(per[i], f.posts, 0.8); corrections.push({ from: f.from, to: f.to }); } });
  return { per, corrections };
}

// Answers `q` from the index at `base` (the URL of search-index/, ending in "/").
export async function search(base, q, filters = {}, opts = {}) {
  const { meta, concepts } = await warm(base);
  if (!meta) return { error: "The search index could not be loaded." };
  const u = understand(q, meta);
  const found = await fetchAll(base, meta, u);
  const { per, corrections } = await termWeights(base, meta, u, found);
  const res = { query: u, codes: [], missing: null, prefixes: [], corrections, vendors: u.vendors, results: [], concepts: [], meta };
  const hits = new Map(); // posting key -> {key, tier, score, how, matched, cue}
  const hit = (key, tier, score, how, extra = {}) => {
    const h = hits.get(key);
    if (!h) hits.set(key, { key, tier, score, how, matched: 0, words: 0, ...extra });
    else if (tier < h.tier || (tier === h.tier && score > h.score)) Object.assign(h, { tier, score, how }, extra);
  };
  const CUE_RANK = { labeled: 3, bracketed: 2, bare: 1, keyed: 0 };
  for (const [i, c] of u.codes.entries()) {
    const [byReading, alts] = found.codes[i];
    let n = 0;
    byReading.forEach((posts, j) => { for (const k of posts || []) { hit(k, j === 0 ? 0 : 1, 100 - j, c.values[j].how, { cue: CUE_RANK[c.cue] ?? 1, code: c.norm }); n++; } });
    const entry = { text: c.text, norm: c.norm, values: c.values, cue: c.cue, weak: c.weak, hits: n, didYouMean: alts.filter((a) => a.posts && a.posts.length) };
    res.codes.push(entry);
    if (!n && !c.weak && c.values.length && res.missing === null) res.missing = { ...c.values[0], text: c.text };
  }
  for (const [i, n] of u.names.entries()) for (const k of found.names[i] || []) hit(k, 0, 90, "name", { cue: 3 });
  // Words re-rank exact hits; alone, after a plain word's names, or when every code missed, they
  // find entries.
  const exact = hits.size > 0 && !u.plainWord;
  const wordsCount = new Map();
  for (const seen of per) for (const [k, w] of seen) { const p = wordsCount.get(k) || { matched: 0, score: 0 }; p.matched++; p.score += w; wordsCount.set(k, p); }
  for (const h of hits.values()) { const p = wordsCount.get(h.key); if (p) { h.matched = p.matched; h.words = p.score; } }
  if (!exact && u.terms.length) {
    for (const [k, p] of wordsCount) {
      const tier = p.matched === u.terms.length ? 3 : 4;
      if (tier === 3 || p.matched * 2 >= u.terms.length) hit(k, tier, p.score, "words", { matched: p.matched });
    }
  }
  const nsOk = (d) => !filters.ns || meta.namespaces[nsIndexOf(meta, d)].id === filters.ns;
  const catIndex = filters.category ? meta.categories.findIndex((c) => c[0] === filters.category) : null;
  const vendorNs = new Set(u.vendors.flatMap((v) => v.namespaces));
  const inVendor = (h) => vendorNs.has(nsIndexOf(meta, unpackPosting(h.key).doc));
  let list = [...hits.values()].filter((h) => {
    const p = unpackPosting(h.key);
    return (!filters.severity || p.severity === filters.severity) && (catIndex === null || catIndex === (p.category ?? -1)) && nsOk(p.doc);
  });
  // Vendor words filter word matches (when that leaves any) and boost exact ones.
  if (vendorNs.size && !exact && list.some(inVendor)) { res.vendorFiltered = true; list = list.filter(inVendor); }
  const rank = (a, b) => a.tier - b.tier || (vendorNs.size ? inVendor(b) - inVendor(a) : 0) || b.matched - a.matched || b.words - a.words || (b.cue || 0) - (a.cue || 0) || b.score - a.score;
  list.sort((a, b) => rank(a, b) || a.key - b.key);
  res.total = list.length;
  res.exact = exact;
  // Concept titles are matched with the corrected words.
  const fixed = { ...u, terms: u.terms.map((t) => { const c = corrections.find((x) => x.from === t.term); return c ? { ...t, term: c.to } : t; }) };
  res.concepts = conceptsFor(meta, concepts, fixed, list, exact);
  if (!exact && res.codes.length === 1 && res.missing && u.codes[0].notation === "decimal" && res.missing.how === "decimal") {
    const typed = String(res.missing.value);
    if (typed.replace("-", "").length >= 3) res.prefixes = (await scanPrefix(base, meta, "codes", typed)).filter(([k]) => k !== typed).slice(0, 20);
  }
  // The first results come as soon as their documents arrive; the rest (up to `SHOWN`) in
  // `res.rest`, so that the answer shows after the fewest round trips.
  const first = opts.first ?? FIRST_SHOWN;
  // Equal ranks: the entry whose name carries fewest words beyond the query fits best.
  const extra = (r) => Math.min(99, ...r.doc.m.map((n) => nameParts(n).length));
  const order = (a, b) => rank(a, b) || extra(a) - extra(b) || a.key - b.key;
  res.results = (await more(base, meta, list.slice(0, first))).sort(order);
  res.rest = more(base, meta, list.slice(first, SHOWN)).then((r) => r.sort(order));
  res.more = list.slice(SHOWN);
  // The documents of the next results, for a page that is idle: a narrowed query (a vendor
  // word, a filter) or "more" then needs no request.
  res.prefetch = () => { for (const h of list.slice(SHOWN, PREFETCH)) docOf(base, meta, unpackPosting(h.key).doc); };
  const extras = [];
  for (const p of res.prefixes) extras.push(Promise.all(p[1].slice(0, 3).map((k) => docOf(base, meta, unpackPosting(k).doc))).then((d) => { p.docs = d; }));
  for (const c of res.codes) for (const a of c.didYouMean) extras.push(Promise.all(a.posts.slice(0, 3).map((k) => docOf(base, meta, unpackPosting(k).doc))).then((d) => { a.docs = d; }));
  await Promise.all(extras);
  return res;
}

// The documents of further results (the "more" button).
export async function more(base, meta, list) {
  const docs = await Promise.all(list.map((h) => docOf(base, meta, unpackPosting(h.key).doc)));
  return list.map((h, i) => ({ ...h, doc: docs[i], ns: docs[i] && meta.namespaces[docs[i].n], docId: unpackPosting(h.key).doc })).filter((r) => r.doc);
}

// Concepts that answer the query: those whose title holds its words (above entries when all
// of them), and those of the exact hits (shown with them).
function conceptsFor(meta, concepts, u, list, exact) {
  const byDoc = new Map();
  concepts.forEach((c, i) => { for (const m of c.m) { if (!byDoc.has(m[0])) byDoc.set(m[0], []); byDoc.get(m[0]).push(i); } });
  const out = new Map();
  const top = list.slice(0, 20).map((h) => unpackPosting(h.key).doc);
  if (exact) {
    for (const d of top.slice(0, 5)) for (const i of byDoc.get(d) || []) if (!out.has(i)) out.set(i, { concept: concepts[i], index: i, why: "exact", above: false, score: 0 });
    return [...out.values()];
  }
  if (!u.terms.length) return [];
  concepts.forEach((c, i) => {
    // Title words as text (`appid`) and as name parts (`app id`): queries write both.
    const words = new Set([...tokens(c.t), ...nameParts(c.t), ...tokens(c.z), ...nameParts(c.z)]);
    let matched = 0;
    for (const t of u.terms) if (words.has(t.term) || (t.prefix && [...words].some((w) => w.startsWith(t.term)))) matched++;
    const members = top.filter((d) => (byDoc.get(d) || []).includes(i)).length;
    // Above the entries when the query is what a title says: all its words, and at least half
    // of the English or the Chinese title's.
    const share = (ws) => [...ws].filter((w) => u.terms.some((t) => w === t.term || (t.prefix && w.startsWith(t.term)))).length / Math.max(1, ws.size);
    const cover = Math.max(...[c.t, c.z].flatMap((title) => [share(new Set(tokens(title))), share(new Set(nameParts(title)))]));
    const above = matched === u.terms.length && cover >= 0.5;
    if (above || (matched * 2 >= u.terms.length && members >= 2)) out.set(i, { concept: c, index: i, why: "words", above, score: (above ? 100 : 0) + cover * 50 + matched * 10 + members });
  });
  return [...out.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, 3);
}

// ---- Log decoding: every code of every line with its entries, vendor from context.

const MAX_LOG_LINES = 2000;
// `text` is a pasted log. Returns {lines: [{n, text, vendor, items}], vendors, truncated}; an
// item is {token, hits: [{doc, ns, how}], others, didYouMean} (hits empty: no entry has it).
export async function decodeLog(base, text, filters = {}) {
  const { meta } = await warm(base);
  if (!meta) return { error: "The search index could not be loaded." };
  const all = text.split(/\r\n|\r|\n/);
  const lines = all.slice(0, MAX_LOG_LINES).map((t, i) => ({ n: i + 1, text: t, toks: scan(t) })).filter((l) => l.toks.length);
  // Every distinct code value and identifier of the log, looked up at once.
  const values = new Map(), names = new Map();
  for (const l of lines) {
    l.codes = l.toks.filter((t) => t.kind === "code" && t.cue !== "keyed" && t.values.length).map(inText);
    l.idents = l.toks.filter((t) => t.kind === "identifier" && nameKey(t.text).length >= 3);
    for (const c of l.codes) { for (const r of c.values) values.set(r.value, null); for (const a of alternatives(c)) values.set(a.value, null); }
    for (const t of l.idents) names.set(nameKey(t.text), null);
  }
  await Promise.all([
    ...[...values.keys()].map((v) => lookup(base, meta, "codes", String(v)).then((p) => values.set(v, p || []))),
    ...[...names.keys()].map((k) => lookup(base, meta, "names", k).then((p) => names.set(k, p || []))),
  ]);
  const ok = (key) => { const p = unpackPosting(key); return (!filters.severity || p.severity === filters.severity) && (!filters.ns || meta.namespaces[nsIndexOf(meta, p.doc)].id === filters.ns); };
  const vendorOfKey = (k) => meta.namespaces[nsIndexOf(meta, unpackPosting(k).doc)].vendor;
  // A line's vendors: its vendor words, and names that belong to one vendor only.
  const lineVendors = (l) => {
    const ns = new Set();
    for (const t of l.toks) for (const a of aliasesIn(meta, t)) for (const n of meta.aliases[a]) ns.add(n);
    for (const t of l.idents) { const v = new Set((names.get(nameKey(t.text)) || []).map(vendorOfKey)); if (v.size === 1) meta.namespaces.forEach((n, i) => { if (v.has(n.vendor)) ns.add(i); }); }
    return ns;
  };
  for (const l of lines) l.vendorNs = lineVendors(l);
  const logNs = new Set(lines.flatMap((l) => [...l.vendorNs]));
  const logVendors = new Set([...logNs].map((i) => meta.namespaces[i].vendor));
  const out = [];
  const keys = new Set();
  for (const l of lines) {
    const ctx = l.vendorNs.size ? l.vendorNs : logVendors.size === 1 ? logNs : new Set();
    const items = [];
    for (const c of l.codes) {
      let posts = [];
      c.values.forEach((r, j) => { for (const k of values.get(r.value) || []) if (ok(k)) posts.push({ key: k, how: j === 0 ? c.values[0].how : r.how }); });
      // A number no entry has is a code only after a key naming one, or alone in brackets
      // with three digits at least ("retry (1)" counts something).
      const strong = c.cue === "labeled" || (c.cue === "bracketed" && c.norm.replace(/^-/, "").length >= 3);
      if (!posts.length && !strong) continue;
      // The same entry written twice on a line (0x01030101 (16974081)) is listed once.
      if (posts.length && posts.every((p) => items.some((it) => it.posts.some((q) => q.key === p.key)))) continue;
      const inCtx = posts.filter((p) => ctx.has(nsIndexOf(meta, unpackPosting(p.key).doc)));
      const shown = inCtx.length ? inCtx : posts;
      const didYouMean = posts.length ? [] : alternatives(c).filter((a) => (values.get(a.value) || []).length).map((a) => ({ ...a, posts: values.get(a.value) }));
      items.push({ token: c, posts: shown, others: posts.length - shown.length, didYouMean });
      for (const p of shown) keys.add(p.key);
    }
    for (const t of l.idents) {
      const posts = (names.get(nameKey(t.text)) || []).filter(ok).map((k) => ({ key: k, how: "name" }));
      if (!posts.length || items.some((it) => it.posts.some((p) => posts.some((q) => q.key === p.key)))) continue;
      items.push({ token: t, posts, others: 0, didYouMean: [] });
      for (const p of posts) keys.add(p.key);
    }
    if (items.length) out.push({ n: l.n, text: l.text, vendors: [...new Set([...ctx].map((i) => meta.namespaces[i].vendor))], fromLine: l.vendorNs.size > 0, items });
  }
  const docs = new Map();
  await Promise.all([...keys].map((k) => docOf(base, meta, unpackPosting(k).doc).then((d) => docs.set(k, d))));
  const suggested = [];
  for (const l of out) for (const it of l.items) {
    it.hits = it.posts.map((p) => ({ ...p, doc: docs.get(p.key), ns: meta.namespaces[nsIndexOf(meta, unpackPosting(p.key).doc)] })).filter((h) => h.doc);
    for (const a of it.didYouMean) suggested.push(Promise.all(a.posts.slice(0, 3).map((k) => docOf(base, meta, unpackPosting(k).doc))).then((d) => { a.docs = d; }));
  }
  await Promise.all(suggested);
  return { lines: out, scanned: Math.min(all.length, MAX_LOG_LINES), truncated: all.length > MAX_LOG_LINES, meta };
}
