// The search index contract, JavaScript side, without a browser: search-core.js against the
// golden vectors that crates/search-contract checks in Rust, then (with SITE_DIR) a built
// site's index read by search-core.js exactly as the page reads it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as core from "../../templates/static/search-core.js";
import { serve, SITE } from "./harness.js";

const golden = JSON.parse(fs.readFileSync(new URL("../../crates/search-contract/golden.json", import.meta.url)));
const queries = JSON.parse(fs.readFileSync(new URL("./queries.json", import.meta.url)));
const cases = (list, section) => { assert.ok(Array.isArray(list) && list.length, `golden.json has no ${section} cases`); return list; };

test("format version, file names and dictionaries", () => {
  assert.equal(core.FORMAT_VERSION, golden.version, "FORMAT_VERSION of search-core.js differs from golden.json");
  assert.equal(core.META_FILE, golden.files.meta);
  assert.deepEqual(core.DICTIONARIES, golden.files.dictionaries);
  for (const c of cases(golden.files.docs, "files.docs")) assert.deepEqual(core.docLocation(c.doc, c.per), { path: c.path, slot: c.slot }, JSON.stringify(c));
});

test("postings", () => {
  for (const c of cases(golden.postings, "postings")) {
    assert.deepEqual(core.unpackPosting(c.key), { doc: c.doc, category: c.category, severity: c.severity }, `posting ${c.key}`);
  }
});

test("tokens", () => {
  for (const c of cases(golden.tokens, "tokens")) assert.deepEqual(core.tokens(c.text), c.tokens, `tokens of ${JSON.stringify(c.text)}`);
});

test("name parts and name keys", () => {
  for (const c of cases(golden.names, "names")) {
    assert.deepEqual(core.nameParts(c.name), c.parts, `name parts of ${JSON.stringify(c.name)}`);
    assert.equal(core.nameKey(c.name), c.key, `name key of ${JSON.stringify(c.name)}`);
  }
});

test("query terms and query name keys", () => {
  for (const c of cases(golden.queries, "queries")) {
    assert.deepEqual(core.queryTerms(c.q), c.terms, `terms of query ${JSON.stringify(c.q)}`);
    assert.equal(core.queryNameKey(c.q), c.name_key, `name key of query ${JSON.stringify(c.q)}`);
  }
});

test("code readings", () => {
  for (const c of cases(golden.readings, "readings")) assert.deepEqual(core.readings(c.q), c.readings, `readings of ${JSON.stringify(c.q)}`);
});

test("scan: codes, identifiers and words of free text and log lines", () => {
  assert.deepEqual(core.CODE_KEYS, golden.code_keys, "CODE_KEYS");
  assert.deepEqual(core.CJK_CODE_KEY_CHARS, golden.cjk_code_key_chars, "CJK_CODE_KEY_CHARS");
  assert.deepEqual(core.MINUS_SIGNS, golden.minus_signs, "MINUS_SIGNS");
  const order = ["kind", "text", "norm", "bytes", "chars", "notation", "values", "cue", "key"];
  const shape = (t) => Object.fromEntries(order.filter((k) => k in t).map((k) => [k, k === "values" ? t.values.map((r) => ({ how: r.how, value: r.value })) : t[k]]));
  for (const c of cases(golden.scan, "scan")) {
    const got = core.scan(c.line).map(shape);
    assert.deepEqual(got, c.tokens, `scan of ${JSON.stringify(c.line)}`);
    const bytes = Buffer.from(c.line, "utf8"), points = Array.from(c.line);
    for (const t of got) {
      assert.equal(bytes.subarray(t.bytes[0], t.bytes[1]).toString("utf8"), t.text, `byte span of ${t.text}`);
      assert.equal(points.slice(t.chars[0], t.chars[1]).join(""), t.text, `char span of ${t.text}`);
    }
  }
});

test("shard lookup, shard files and prefix scans", () => {
  for (const set of cases(golden.shards, "shards")) {
    for (const c of cases(set.cases, "shards.cases")) {
      const shard = core.shardFor(set.prefixes, c.key);
      assert.equal(shard, c.shard, `shard of ${set.dictionary} key ${JSON.stringify(c.key)}`);
      assert.equal(shard === null ? null : core.shardPath(set.dictionary, shard), c.path, `path of ${set.dictionary} key ${JSON.stringify(c.key)}`);
      assert.deepEqual(core.scanShards(set.prefixes, c.key), c.scan, `scan of ${set.dictionary} key ${JSON.stringify(c.key)}`);
    }
  }
});

// The Rust side checks how the writer splits; here the reader must find every key of those
// splits in the shard the writer put it in.
test("the reader finds every key of the golden splits where the writer put it", () => {
  for (const c of cases(golden.split, "split")) {
    const prefixes = c.shards.map((s) => s.prefix).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const s of c.shards) for (const k of s.keys) assert.equal(core.shardFor(prefixes, k), s.prefix, `${c.why}: key ${k}`);
  }
});

// ---- A built site's index, read as the page reads it (no browser needed).

const read = (rel) => JSON.parse(fs.readFileSync(path.join(SITE, "search-index", rel), "utf8"));
const siteOpts = { skip: !SITE && "SITE_DIR not set" };
let server;
before(async () => { if (SITE) server = await serve(SITE, "/"); });
after(() => server?.server.close());

test("the site's meta.json and result fragments have the contract's version and fields", siteOpts, () => {
  const meta = read(core.META_FILE);
  assert.equal(meta.version, golden.version, "meta.json version");
  assert.deepEqual(Object.keys(meta), golden.fields.meta);
  for (const ns of meta.namespaces) assert.deepEqual(Object.keys(ns), golden.fields.namespace, `namespace ${ns.id}`);
  assert.deepEqual(Object.keys(meta.shards).sort(), [...core.DICTIONARIES].sort());
  for (let id = 0; id < meta.docs; id += meta.docs_per_shard) {
    const at = core.docLocation(id, meta.docs_per_shard);
    for (const d of read(at.path)) {
      const want = golden.fields.doc.filter((f) => f !== "g" || d.g !== undefined);
      assert.deepEqual(Object.keys(d), want, `fields of a result fragment in ${at.path}`);
    }
  }
});

test("every key of every shard of the site is found where search-core.js looks for it", siteOpts, () => {
  const meta = read(core.META_FILE);
  let keys = 0;
  for (const kind of core.DICTIONARIES) {
    for (const p of meta.shards[kind]) {
      const file = core.shardPath(kind, p);
      assert.ok(fs.existsSync(path.join(SITE, "search-index", file)), `meta.json lists ${kind} shard ${JSON.stringify(p)} but ${file} is missing`);
      for (const key of Object.keys(read(file))) {
        const found = core.shardFor(meta.shards[kind], key);
        assert.equal(found, p, `${kind} key ${JSON.stringify(key)} is in the shard of ${JSON.stringify(p)}, the reader looks in ${JSON.stringify(found)}`);
        keys++;
      }
    }
  }
  assert.ok(keys > 1000, `only ${keys} keys in the index`);
});

// The same query table as search.test.js, through search() in node: the reader against the
// writer's real output, field names included, without Chromium.
for (const c of queries) {
  test(`search-core.js answers ${JSON.stringify(c.q)} (${c.why})`, siteOpts, async () => {
    const res = await core.search(`${server.origin}/search-index/`, c.q);
    assert.equal(res.error, undefined, res.error);
    const results = res.results.map((r) => `${r.ns.id}:${r.doc.c}`);
    if (c.first) assert.equal(results[0], c.first, `first result of ${c.q}: ${results.slice(0, 5)}`);
    for (const x of c.all || []) assert.ok(results.includes(x), `${x} among results of ${c.q}: ${results.slice(0, 10)}`);
    if (c.none) assert.deepEqual(results, [], `no result for ${c.q}`);
    if (c.missing !== undefined) assert.equal(res.missing !== null, c.missing, `explicit no-entry answer for ${c.q}`);
  });
}

// Sixteen digits past 2^53 look like a code but have no exact value: the query falls back to
// words instead of failing (it used to throw on the missing first reading).
test("a code-like query with no representable value answers without a code notice", siteOpts, async () => {
  const res = await core.search(`${server.origin}/search-index/`, "9999999999999999");
  assert.deepEqual(res.codes, []);
  assert.equal(res.missing, null);
  assert.ok(Array.isArray(res.results));
});
