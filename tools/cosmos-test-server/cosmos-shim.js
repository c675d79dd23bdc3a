#!/usr/bin/env node
/*
 * cosmos-shim: runs @vercel/cosmosdb-server (in-memory Cosmos DB fake) with the fixes
 * that the Microsoft.Azure.Cosmos .NET SDK (Gateway mode, Linux) needs.
 *
 *   node cosmos-shim.js [--port 8081] [--host 127.0.0.1] [--no-ssl] [--cert f --key f] [--verbose] [--raw]
 *
 * --raw disables every fix below (plain @vercel/cosmosdb-server, but with keep-alive) for comparison.
 *
 * Fixes (all in this file; the npm package is untouched):
 *  1. Query plan: on Linux the .NET SDK asks the gateway for a query plan
 *     (x-ms-cosmos-is-query-plan-request). The fake answers it as a normal query, so the SDK
 *     crashes (NullReference / "providedRanges" null) or gets 400 "missing partition keys".
 *     The shim answers with a pass-through plan over the single partition-key range; the fake's
 *     own SQL engine then runs ORDER BY / TOP / aggregates. OFFSET..LIMIT and DISTINCT (which the
 *     fake's SQL parser lacks) are stripped from the query and done by the SDK's pipeline.
 *  2. Queries honour the partition key of QueryRequestOptions.PartitionKey (the fake ignored it).
 *  3. ReadItem of a missing id / wrong partition: fake crashed with 500 "Cannot read properties of
 *     undefined"; now 404. ReadItem with IfNoneMatchEtag == current etag -> 304.
 *  4. Create/Upsert with a partition-key header that differs from the body's value -> 400 (like Cosmos).
 *  5. TTL: container defaultTtl and per-item "ttl" are enforced (expired items vanish from reads,
 *     queries and the change feed).
 *  6. Change feed (LatestVersion / incremental): real LSN-based continuation (fake returned everything
 *     once, then 304 forever).
 *  7. Keep-alive connections (fake sent "Connection: close" on every response).
 *  8. TransactionalBatch (binary HybridRow body, see transactional-batch.js and hybridrow.js): applied atomically, all
 *     or nothing. Bulk (non-atomic batch) -> a clear 400 instead of a 500 JSON parse error.
 *  9. Hierarchical partition keys: items are keyed by all key components (the fake used only the first).
 *
 * Test hooks (not part of the Cosmos API; SalesBot's tests use them):
 *  POST /_shim/clock     {"advanceSeconds": n}            moves the server's TTL clock forward (no real waiting)
 *  POST /_shim/throttle  {"count": n, "retryAfterMs": m}  the next n document requests answer 429 (rate limited)
 *  --exit-with-stdin     exit when stdin closes, so a crashed test run never leaves the server behind
 *
 * Network: the server only listens; it opens no outbound connection (checked with strace: no connect() on start or
 * while serving), so it needs no network namespace.
 */
"use strict";
const { AsyncLocalStorage } = require("async_hooks");
const crypto = require("crypto");
const fs = require("fs");

const lib = require("@vercel/cosmosdb-server");
const Items = require("@vercel/cosmosdb-server/lib/account/items").default;
const Documents = require("@vercel/cosmosdb-server/lib/account/documents").default;
const jsonModule = require("@vercel/cosmosdb-server/lib/json");
const pkHeaderModule = require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header");
const parseQuery = require("@zeit/cosmosdb-query").default;
const { handleBatch } = require("./transactional-batch");

// ------------------------------------------------------------------ args
const argv = process.argv.slice(2);
const opt = { port: 8081, host: "127.0.0.1", ssl: true, verbose: false, raw: false, exitWithStdin: false };
while (argv.length) {
  const a = argv.shift();
  if (a === "--port" || a === "-p") opt.port = parseInt(argv.shift(), 10);
  else if (a === "--host") opt.host = argv.shift();
  else if (a === "--no-ssl") opt.ssl = false;
  else if (a === "--cert") opt.cert = argv.shift();
  else if (a === "--key") opt.key = argv.shift();
  else if (a === "--verbose") opt.verbose = true;
  else if (a === "--raw") opt.raw = true;
  else if (a === "--exit-with-stdin") opt.exitWithStdin = true;
  else { console.error("unknown arg " + a); process.exit(2); }
}

const als = new AsyncLocalStorage();
const writeMs = new WeakMap(); // doc object -> write time (ms)
const lsnOf = new WeakMap(); // doc object -> lsn
let lsn = 0;
// The server's clock for TTL: real time plus whatever the clock hook added.
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;
// Rate limiting on demand (the throttle hook): the next `remaining` document requests answer 429.
const throttle = { remaining: 0, retryAfterMs: 10 };
const truthy = v => typeof v === "string" && v.toLowerCase() === "true";
const getValue = (p, obj) => p.reduce((o, k) => (o == null ? undefined : o[k]), obj);

if (!opt.raw) {
  // ---------------------------------------------------------------- 5/6: stamp writes
  const origSet = Items.prototype._set;
  Documents.prototype._set = function (data) {
    writeMs.set(data, now());
    lsnOf.set(data, ++lsn);
    return origSet.call(this, data);
  };

  // ---------------------------------------------------------------- 5: TTL
  function isExpired(doc, coll) {
    if (!doc || !coll) return false;
    const def = coll.defaultTtl;
    if (def === undefined || def === null) return false; // TTL off for the container
    const ttl = doc.ttl !== undefined && doc.ttl !== null ? doc.ttl : def;
    if (ttl === -1) return false;
    const written = writeMs.get(doc) || doc._ts * 1000;
    return now() >= written + ttl * 1000;
  }
  function purge(items, d) {
    items._uniqueKeyPaths.forEach(kp => {
      const v = getValue(kp.slice(1).split("/"), d);
      items._index.delete(items._getId(kp, v, items._getPartition(d)));
    });
    items._data.delete(d._rid);
  }
  const origItem = Items.prototype._item;
  Documents.prototype._item = function (keyPath, val, partition) {
    const it = origItem.call(this, keyPath, val, partition);
    const d = it.read();
    if (d && isExpired(d, this._parent.read())) {
      purge(this, d);
      return this._newItem();
    }
    return it;
  };
  // live docs of a container, optionally restricted to the request's partition key
  Documents.prototype._live = function () {
    const coll = this._parent.read();
    const out = [];
    for (const item of [...this._data.values()]) {
      const d = item.read();
      if (!d) continue;
      if (isExpired(d, coll)) { purge(this, d); continue; }
      out.push(d);
    }
    const store = als.getStore();
    const pk = store && store.queryPk;
    if (!pk) return out;
    const paths = ((coll.partitionKey || {}).paths || ["/id"]).map(p => p.slice(1).split("/"));
    return out.filter(d => paths.every((p, i) => {
      if (i >= pk.length) return true; // prefix of a hierarchical key
      const want = pk[i];
      const have = getValue(p, d);
      if (want && typeof want === "object") return have === undefined; // PartitionKey.None
      return have === want;
    }));
  };
  // ---------------------------------------------------------------- 2: partition-aware query / read feed
  Documents.prototype.query = function (params, { maxItemCount, continuation }) {
    if (!this._parent.read()) return null;
    const data = this._live();
    const parent = this._parent.read();
    const compositeIndexes = (parent.indexingPolicy ? parent.indexingPolicy.compositeIndexes : null) || [];
    const q = this._getQuery(params.query);
    try {
      return q.exec(data, { parameters: params.parameters, udf: this._userDefinedFunctions(), maxItemCount, continuation, compositeIndexes });
    } catch (err) {
      err.badRequest = true;
      throw err;
    }
  };
  Documents.prototype.read = function ({ maxItemCount, continuation } = {}) {
    if (!this._parent.read()) return null;
    return this._getQuery("SELECT * FROM c").exec(this._live(), { maxItemCount, continuation });
  };

  // ---------------------------------------------------------------- hierarchical partition keys
  // the fake keys items by the FIRST partition-key path only; use all components instead
  const origParsePk = pkHeaderModule.parsePartitionKey;
  pkHeaderModule.parsePartitionKey = function (header, defaultValue) {
    try {
      const v = JSON.parse(header);
      if (Array.isArray(v) && v.length > 1) return JSON.stringify(v);
    } catch (e) { /* fall through */ }
    return origParsePk(header, defaultValue);
  };
  const origGetPartition = Items.prototype._getPartition;
  Documents.prototype._getPartition = function (data) {
    const coll = this._parent.read();
    const paths = ((coll && coll.partitionKey) || {}).paths || [];
    if (paths.length > 1) return JSON.stringify(paths.map(p => getValue(p.slice(1).split("/"), data)));
    return origGetPartition.call(this, data);
  };

  // ---------------------------------------------------------------- body pre-read
  const origJson = jsonModule.default;
  jsonModule.default = async req => (req._shimBody !== undefined ? req._shimBody : origJson(req));
}

// ------------------------------------------------------------------ server
const serverOpts = { keepAlive: true };
if (opt.cert) serverOpts.cert = fs.readFileSync(opt.cert);
if (opt.key) serverOpts.key = fs.readFileSync(opt.key);
const server = opt.ssl ? lib.createHttpsServer(serverOpts) : lib.createHttpServer(serverOpts);
server.keepAliveTimeout = 60000;
const [fakeHandler] = server.listeners("request");
server.removeAllListeners("request");

const DOCS = /^\/+dbs\/([^/]+)\/colls\/([^/]+)\/docs\/?$/;
const DOC = /^\/+dbs\/([^/]+)\/colls\/([^/]+)\/docs\/([^/]+)\/?$/;

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", crypto.randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(status === 304 || body === undefined ? "" : JSON.stringify(body));
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", c => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function parsePkHeader(req) {
  const h = req.headers["x-ms-documentdb-partitionkey"];
  if (!h) return null;
  try {
    const v = JSON.parse(h);
    return Array.isArray(v) ? v : [v];
  } catch (e) { return null; }
}
function lookupCollection(dbId, collId) {
  return account && account.database(decodeURIComponent(dbId)).collection(decodeURIComponent(collId));
}
// capture the fake's Account instance (created when the server starts listening)
let account = null;
const accountModule = require("@vercel/cosmosdb-server/lib/account");
const OrigAccount = accountModule.default;
accountModule.default = class extends OrigAccount {
  constructor(...a) {
    super(...a);
    account = this;
    if (!opt.ssl) {
      const d = this.read();
      for (const l of [...d.writableLocations, ...d.readableLocations]) l.databaseAccountEndpoint = l.databaseAccountEndpoint.replace(/^https:/, "http:");
    }
  }
};

// 1: pass-through query plan
// strips what the fake's SQL parser lacks (OFFSET n LIMIT m at the end, SELECT DISTINCT)
function rewrite(body) {
  let query = String(body.query || "");
  const params = Object.fromEntries((body.parameters || []).map(p => [p.name, p.value]));
  const val = t => (t.startsWith("@") ? params[t] : parseInt(t, 10));
  let offset = null, limit = null, distinct = false;
  const m = /\s+OFFSET\s+(@\w+|\d+)\s+LIMIT\s+(@\w+|\d+)\s*$/i.exec(query);
  if (m) { offset = val(m[1]); limit = val(m[2]); query = query.slice(0, m.index); }
  const d = /^(\s*SELECT\s+)DISTINCT\s+/i.exec(query);
  if (d) { distinct = true; query = d[1] + query.slice(d[0].length); }
  return { query, offset, limit, distinct, changed: query !== body.query };
}
function queryPlan(body) {
  const { query, offset, limit, distinct } = rewrite(body);
  const distinctType = distinct ? "Unordered" : "None";
  parseQuery(query); // throws SyntaxError -> 400 like the real gateway
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType, top: null, offset, limit, orderBy: [], orderByExpressions: [], groupByExpressions: [],
      groupByAliases: [], aggregates: [], groupByAliasToAggregateType: {}, rewrittenQuery: query === body.query ? "" : query,
      hasSelectValue: /^\s*SELECT\s+(TOP\s+\S+\s+)?VALUE\s/i.test(query), dCountInfo: null, hasNonStreamingOrderBy: false,
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
  };
}

function postProcessedQuery(req, res, m, body, rw) {
  const coll = lookupCollection(m[1], m[2]);
  if (!coll || !coll.read()) return send(res, 404, { code: "NotFound", message: "collection not found" });
  let rows;
  try {
    rows = coll.documents.query({ query: rw.query, parameters: body.parameters }, {}).result;
  } catch (e) {
    return send(res, 400, { code: "BadRequest", message: e.message });
  }
  if (rw.distinct) {
    const seen = new Set();
    rows = rows.filter(r => { const k = JSON.stringify(r); if (seen.has(k)) return false; seen.add(k); return true; });
  }
  if (rw.offset !== null) rows = rows.slice(rw.offset, rw.offset + rw.limit);
  let start = 0;
  try { const c = JSON.parse(req.headers["x-ms-continuation"] || "null"); if (c && c.shimOffset) start = c.shimOffset; } catch (e) { /* ignore */ }
  let max = parseInt(req.headers["x-ms-max-item-count"] || "-1", 10);
  if (!(max > 0)) max = Infinity;
  const page = rows.slice(start, start + max);
  const headers = { "x-ms-item-count": String(page.length) };
  if (start + page.length < rows.length) headers["x-ms-continuation"] = JSON.stringify({ shimOffset: start + page.length });
  return send(res, 200, { _rid: coll.read()._rid, Documents: page, _count: page.length }, headers);
}

// 6: change feed
function changeFeed(req, res, coll) {
  const docs = coll.documents;
  const inm = (req.headers["if-none-match"] || "").replace(/"/g, "");
  let since = 0;
  if (inm === "*") since = lsn;
  else if (inm) since = parseInt(inm, 10) || 0;
  const ims = req.headers["if-modified-since"] ? Date.parse(req.headers["if-modified-since"]) : null;
  let max = parseInt(req.headers["x-ms-max-item-count"] || "100", 10);
  if (!(max > 0)) max = Infinity;
  const pk = parsePkHeader(req);
  const live = als.run({ queryPk: pk && pk.length ? pk : null }, () => docs._live());
  const changed = live
    .filter(d => lsnOf.get(d) > since && (ims === null || (writeMs.get(d) || 0) >= ims))
    .sort((a, b) => lsnOf.get(a) - lsnOf.get(b))
    .slice(0, max);
  if (!changed.length) return send(res, 304, undefined, { etag: `"${since}"`, "x-ms-item-count": "0" });
  const last = lsnOf.get(changed[changed.length - 1]);
  const coll0 = coll.read();
  return send(res, 200, { _rid: coll0._rid, Documents: changed.map(d => ({ ...d, _lsn: lsnOf.get(d) })), _count: changed.length },
    { etag: `"${last}"`, "x-ms-item-count": String(changed.length), lsn: String(lsn) });
}

// Test hooks: /_shim/clock and /_shim/throttle (see the header comment).
function testHook(req, res, path) {
  return readBody(req).then(raw => {
    let body;
    try { body = raw.length ? JSON.parse(raw.toString("utf8")) : {}; } catch (e) {
      return send(res, 400, { code: "BadRequest", message: "cosmos-shim: hook body is not JSON: " + e.message });
    }
    if (req.method === "POST" && path === "/_shim/clock") {
      const seconds = Number(body.advanceSeconds);
      if (!Number.isFinite(seconds) || seconds < 0) return send(res, 400, { code: "BadRequest", message: "advanceSeconds must be a number >= 0" });
      clockOffsetMs += seconds * 1000;
      return send(res, 200, { offsetMs: clockOffsetMs });
    }
    if (req.method === "POST" && path === "/_shim/throttle") {
      const count = Number(body.count);
      if (!Number.isInteger(count) || count < 0) return send(res, 400, { code: "BadRequest", message: "count must be an integer >= 0" });
      throttle.remaining = count;
      throttle.retryAfterMs = Number.isInteger(body.retryAfterMs) && body.retryAfterMs >= 0 ? body.retryAfterMs : 10;
      return send(res, 200, { remaining: throttle.remaining, retryAfterMs: throttle.retryAfterMs });
    }
    return send(res, 404, { code: "NotFound", message: "cosmos-shim: no such hook " + path });
  });
}

server.on("request", async (req, res) => {
  const started = Date.now();
  if (opt.verbose) {
    res.on("finish", () => console.log(`${req.method} ${req.url} ${req.headers["x-ms-cosmos-is-query-plan-request"] ? "[plan] " : ""}${req._shimBody && req._shimBody.query ? JSON.stringify(req._shimBody.query) + " " : ""}-> ${res.statusCode} (${Date.now() - started} ms)`));
  }
  if (opt.raw) return fakeHandler(req, res);
  try {
    const path = (req.url || "").split("?")[0];
    if (path.startsWith("/_shim/")) return await testHook(req, res, path);
    if (throttle.remaining > 0 && /\/docs(\/|$)/.test(path)) {
      throttle.remaining -= 1;
      req.resume();
      return send(res, 429, { code: "TooManyRequests", message: "cosmos-shim: rate limited by the throttle hook" },
        { "x-ms-retry-after-ms": String(throttle.retryAfterMs), "x-ms-substatus": "3200" });
    }
    const isQuery = req.method === "POST" && (truthy(req.headers["x-ms-documentdb-isquery"]) || /application\/query\+json/.test(req.headers["content-type"] || ""));
    let body;
    if (req.method === "POST" || req.method === "PUT" || req.method === "PATCH") {
      const raw = await readBody(req);
      if (truthy(req.headers["x-ms-cosmos-is-batch-request"])) {
        const bm = DOCS.exec(path);
        if (!bm) return send(res, 400, { code: "BadRequest", message: "cosmos-shim: a batch goes to .../docs" });
        return handleBatch(req, res, raw, { collection: lookupCollection(bm[1], bm[2]), pkModule: pkHeaderModule, getValue });
      }
      try { body = raw.length ? JSON.parse(raw.toString("utf8")) : {}; } catch (e) {
        return send(res, 400, { code: "BadRequest", message: "cosmos-shim: body is not JSON: " + e.message });
      }
      req._shimBody = body;
    }
    let m;
    // 1: query plan
    if (isQuery && truthy(req.headers["x-ms-cosmos-is-query-plan-request"])) {
      try { return send(res, 200, queryPlan(body)); } catch (e) {
        return send(res, 400, { code: "BadRequest", message: e.message });
      }
    }
    // 2: queries: partition filter + no "missing partition keys" check
    if (isQuery && (m = DOCS.exec(path))) {
      req.headers["x-ms-documentdb-query-enablecrosspartition"] = "True";
      const pk = parsePkHeader(req);
      const rw = rewrite(body);
      if (rw.changed) {
        // single-partition query sent without a plan: run it here, then DISTINCT / OFFSET / LIMIT / paging
        return als.run({ queryPk: pk && pk.length ? pk : null }, () => postProcessedQuery(req, res, m, body, rw));
      }
      return als.run({ queryPk: pk && pk.length ? pk : null }, () => fakeHandler(req, res));
    }
    // 6: change feed / read feed
    if (req.method === "GET" && (m = DOCS.exec(path))) {
      const coll = lookupCollection(m[1], m[2]);
      if (req.headers["a-im"] && coll && coll.read()) return changeFeed(req, res, coll);
      const pk = parsePkHeader(req);
      return als.run({ queryPk: pk && pk.length ? pk : null }, () => fakeHandler(req, res));
    }
    // 3: point read
    if (req.method === "GET" && (m = DOC.exec(path))) {
      req.headers["x-ms-documentdb-query-enablecrosspartition"] = "True"; // skips the fake's crashing check
      const inm = req.headers["if-none-match"];
      if (inm) {
        const origEnd = res.end.bind(res);
        res.end = (chunk, ...rest) => {
          try {
            if (res.statusCode === 200 && JSON.parse(String(chunk))._etag === inm.replace(/^"|"$/g, "")) {
              res.statusCode = 304;
              return origEnd("", ...rest);
            }
          } catch (e) { /* ignore */ }
          return origEnd(chunk, ...rest);
        };
      }
      return fakeHandler(req, res);
    }
    // 4: partition key header must match the body
    if (req.method === "POST" && DOCS.test(path) && body && typeof body === "object" && !Array.isArray(body)) {
      m = DOCS.exec(path);
      const coll = lookupCollection(m[1], m[2]);
      const pk = parsePkHeader(req);
      const cd = coll && coll.read();
      if (cd && pk && pk.length && !(pk.length === 1 && pk[0] && typeof pk[0] === "object")) {
        const paths = ((cd.partitionKey || {}).paths || []).map(p => p.slice(1).split("/"));
        const bad = paths.some((p, i) => i < pk.length && getValue(p, body) !== pk[i]);
        if (bad) {
          return send(res, 400, { code: "BadRequest", message: "PartitionKey extracted from document doesn't match the one specified in the header." }, { "x-ms-substatus": "1001" });
        }
      }
    }
    return fakeHandler(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, { code: "InternalServerError", message: String(err && err.message) });
  }
});

server.listen(opt.port, opt.host, () => {
  const a = server.address();
  console.log(`cosmos-shim ready: ${opt.ssl ? "https" : "http"}://${opt.host}:${a.port}/ (pid ${process.pid}${opt.raw ? ", RAW mode" : ""})`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
if (opt.exitWithStdin) {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("error", () => process.exit(0));
  process.stdin.resume();
}
