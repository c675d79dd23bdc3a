"use strict";
/*
 * TransactionalBatch for the .NET SDK (Container.CreateTransactionalBatch): a POST to .../docs with
 * x-ms-cosmos-is-batch-request: True and x-ms-cosmos-batch-atomic: True, whose body is HybridRow (see hybridrow.js).
 *
 * Semantics, as the service documents them: every operation targets the request's one partition key; operations run in
 * order; the first failing operation stops the batch and everything already done is rolled back. The HTTP status is then
 * 207 (Multi-Status): the failing operation's result carries its status, every other result is 424 (Failed Dependency),
 * and the SDK promotes the failing status to the batch response (an error status would make the SDK's gateway client
 * read the body as an error message and lose the per-operation results).
 * On success the status is 200 and each result carries its own status (201 create, 200 replace/upsert/read, 204 delete),
 * the item's ETag and, unless the operation asked for minimal return, the item.
 *
 * Supported operations: Create (0), Read (2), Delete (4), Replace (5), Upsert (20). Patch and non-atomic bulk requests
 * answer 400 (nothing is applied). Node runs one request at a time and every operation here is synchronous, so no other
 * request can see a batch half-applied.
 */
const crypto = require("crypto");
const hybridrow = require("./hybridrow");
const documentOperations = require("@vercel/cosmosdb-server/lib/handler/_document-operations");
const Items = require("@vercel/cosmosdb-server/lib/account/items").default;

const OP = { Create: 0, Read: 2, Delete: 4, Replace: 5, Upsert: 20 };
const truthy = v => typeof v === "string" && v.toLowerCase() === "true";

function respond(res, status, body, headers = {}) {
  res.statusCode = status;
  res.setHeader("x-ms-activity-id", crypto.randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (Buffer.isBuffer(body)) {
    res.setHeader("content-type", "application/octet-stream");
    res.end(body);
  } else {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(body));
  }
}
const badRequest = (res, message) => respond(res, 400, { code: "BadRequest", message: "cosmos-shim: " + message });

/**
 * Handles one batch request. `collection` is the fake's collection; `pkModule` the (patched) partition-key header parser;
 * `getValue` reads a path from a document.
 */
function handleBatch(req, res, raw, { collection, pkModule, getValue }) {
  if (!truthy(req.headers["x-ms-cosmos-batch-atomic"])) {
    return badRequest(res, "bulk execution (non-atomic batch, AllowBulkExecution) is not supported; only TransactionalBatch is");
  }
  if (!collection || !collection.read()) return respond(res, 404, { code: "NotFound", message: "collection not found" });
  const pkHeader = req.headers["x-ms-documentdb-partitionkey"];
  if (!pkHeader) return badRequest(res, "a transactional batch needs a partition key");
  let pkValues;
  try { pkValues = JSON.parse(pkHeader); } catch (e) { return badRequest(res, "partition key header is not JSON"); }
  if (!Array.isArray(pkValues)) pkValues = [pkValues];

  let operations;
  try {
    operations = hybridrow.decodeOperations(raw);
  } catch (e) {
    if (e instanceof hybridrow.BadRow) return badRequest(res, e.message);
    throw e;
  }
  if (operations.length === 0) return badRequest(res, "a transactional batch needs at least one operation");
  if (operations.length > 100) return badRequest(res, "a transactional batch holds at most 100 operations");

  // Validate every operation before applying any.
  const paths = ((collection.read().partitionKey || {}).paths || []).map(p => p.slice(1).split("/"));
  for (const [index, op] of operations.entries()) {
    if (!Object.values(OP).includes(op.operationType)) {
      return badRequest(res, `operation ${index}: operation type ${op.operationType} is not supported (Create, Read, Delete, Replace, Upsert are)`);
    }
    if (op.resourceBody) {
      try { op.document = JSON.parse(op.resourceBody.toString("utf8")); } catch (e) { return badRequest(res, `operation ${index}: body is not JSON`); }
      if (!op.document || typeof op.document !== "object" || Array.isArray(op.document) || typeof op.document.id !== "string") {
        return badRequest(res, `operation ${index}: body must be a JSON object with a string id`);
      }
      if (paths.some((p, i) => i < pkValues.length && getValue(p, op.document) !== pkValues[i])) {
        return respond(res, 400, { code: "BadRequest", message: "PartitionKey extracted from document doesn't match the one specified in the header." }, { "x-ms-substatus": "1001" });
      }
      if (op.id !== undefined && op.id !== op.document.id) return badRequest(res, `operation ${index}: id '${op.id}' differs from the body's id`);
      op.id = op.document.id;
    } else if ([OP.Create, OP.Replace, OP.Upsert].includes(op.operationType)) {
      return badRequest(res, `operation ${index}: a write needs a body`);
    } else if (typeof op.id !== "string") {
      return badRequest(res, `operation ${index}: needs an id`);
    }
  }

  const partition = pkModule.parsePartitionKey(pkHeader, undefined);
  const docs = collection.documents;
  const before = new Map(); // id -> the document before this batch touched it (null = absent)
  const results = [];
  let failed = null;
  for (const [index, op] of operations.entries()) {
    if (!before.has(op.id)) before.set(op.id, collection.document(op.id, partition).read() || null);
    const input = { partitionKey: pkHeader, id: op.id, ifMatch: op.ifMatch, resourceBody: op.document };
    let outcome;
    switch (op.operationType) {
      case OP.Create: outcome = documentOperations.createOperation(collection, input); break;
      case OP.Read: outcome = documentOperations.readOperation(collection, input); break;
      case OP.Delete: outcome = documentOperations.deleteOperation(collection, input); break;
      case OP.Replace: outcome = documentOperations.replaceOperation(collection, input); break;
      default: outcome = documentOperations.upsertOperation(collection, input); break;
    }
    if (outcome.statusCode >= 400) {
      failed = { index, statusCode: outcome.statusCode };
      break;
    }
    const body = outcome.body && outcome.body._etag ? outcome.body : null;
    results.push({
      statusCode: outcome.statusCode,
      eTag: body ? body._etag : undefined,
      resourceBody: body && (op.operationType === OP.Read || !op.minimalReturnPreference) ? Buffer.from(JSON.stringify(body), "utf8") : undefined,
      requestCharge: 1,
    });
  }

  if (failed) {
    // Roll back, newest first: remove what the batch wrote, put back what was there (same object: same _etag, _ts).
    for (const [id, previous] of [...before.entries()].reverse()) {
      if (collection.document(id, partition).read()) docs.delete(id, partition);
      if (previous) Items.prototype._set.call(docs, previous);
    }
    const failedResults = operations.map((_, i) => ({ statusCode: i === failed.index ? failed.statusCode : 424, requestCharge: 0 }));
    return respond(res, 207, hybridrow.encodeResults(failedResults));
  }
  return respond(res, 200, hybridrow.encodeResults(results));
}

module.exports = { handleBatch };
