"use strict";
/*
 * The slice of the HybridRow binary format that Cosmos DB TransactionalBatch uses on the wire (what the .NET SDK sends
 * with x-ms-cosmos-is-batch-request and expects back). Facts, checked against Microsoft.Azure.Cosmos 3.64.0:
 *
 *  - A body is a RecordIO stream: one Segment row, then for each operation a Record row followed by that operation's row.
 *      Segment row: 0x81 (HybridRow V1) | schema id 2147473648 (int32 LE) | presence bitmask (1 byte, bit 0 = length)
 *                   | length (int32 LE) = size of the segment row (10 when it carries no comment/sdl).
 *      Record row:  0x81 | schema id 2147473649 | length (int32 LE) of the row that follows | CRC-32 (IEEE) of that row.
 *  - Operation and result rows follow the SDK's schemas (HybridRowBatchSchemas.json, namespace Microsoft.Azure.Cosmos.BatchApi):
 *      row = 0x81 | schema id | presence bitmask (one bit per fixed and variable column, in schema order)
 *            | fixed columns (always allocated) | present variable columns (varuint length + bytes)
 *            | sparse columns until the end: layout code (1 byte) | path token (varuint: property index + 1) | value.
 *      BatchOperation (2145473648): operationType int32, resourceType int32 | partitionKey utf8, effectivePartitionKey binary,
 *        id utf8, binaryId binary, resourceBody binary | sparse: indexingDirective utf8, ifMatch utf8, ifNoneMatch utf8,
 *        timeToLiveInSeconds int32, minimalReturnPreference bool.
 *      BatchResult (2145473649): statusCode int32, subStatusCode int32 | eTag utf8, resourceBody binary
 *        | sparse: retryAfterMilliseconds uint32, requestCharge float64.
 *  - Layout codes: BooleanFalse 2, Boolean 3 (the code is the value), Int32 7, UInt32 11, Float64 16, Utf8 20, Binary 21.
 */

const VERSION_V1 = 0x81;
const SEGMENT_SCHEMA = 2147473648;
const RECORD_SCHEMA = 2147473649;
const OPERATION_SCHEMA = 2145473648;
const RESULT_SCHEMA = 2145473649;

const OPERATION = {
  fixed: ["operationType", "resourceType"],
  variable: [["partitionKey", "utf8"], ["effectivePartitionKey", "binary"], ["id", "utf8"], ["binaryId", "binary"], ["resourceBody", "binary"]],
  sparse: ["indexingDirective", "ifMatch", "ifNoneMatch", "timeToLiveInSeconds", "minimalReturnPreference"],
};
// Path tokens: 0 is the empty path, then every property in schema order.
const OPERATION_PATHS = ["", ...OPERATION.fixed, ...OPERATION.variable.map(v => v[0]), ...OPERATION.sparse];
const RESULT_REQUEST_CHARGE_TOKEN = 6; // statusCode 1, subStatusCode 2, eTag 3, resourceBody 4, retryAfterMilliseconds 5, requestCharge 6

const CODE = { BooleanFalse: 2, Boolean: 3, Int8: 5, Int16: 6, Int32: 7, Int64: 8, UInt8: 9, UInt16: 10, UInt32: 11, UInt64: 12, Float32: 15, Float64: 16, Utf8: 20, Binary: 21 };

class BadRow extends Error {}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Reader {
  constructor(buf, pos = 0, end = buf.length) { this.buf = buf; this.pos = pos; this.end = end; }
  need(n) { if (this.pos + n > this.end) throw new BadRow("HybridRow: truncated row"); }
  u8() { this.need(1); return this.buf[this.pos++]; }
  i32() { this.need(4); const v = this.buf.readInt32LE(this.pos); this.pos += 4; return v; }
  u32() { this.need(4); const v = this.buf.readUInt32LE(this.pos); this.pos += 4; return v; }
  varuint() {
    let result = 0, shift = 0, b;
    do {
      b = this.u8();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (shift > 35) throw new BadRow("HybridRow: varint too long");
    } while (b & 0x80);
    return result;
  }
  bytes(n) { this.need(n); const v = this.buf.subarray(this.pos, this.pos + n); this.pos += n; return v; }
  header(schema) {
    const version = this.u8();
    if (version !== VERSION_V1) throw new BadRow(`HybridRow: version 0x${version.toString(16)}, expected 0x81`);
    const id = this.i32();
    if (id !== schema) throw new BadRow(`HybridRow: schema ${id}, expected ${schema}`);
  }
}

/** Decodes a RecordIO body of BatchOperation rows into plain objects ({ operationType, id, resourceBody: Buffer, ifMatch, ... }). */
function decodeOperations(buf) {
  const r = new Reader(buf);
  r.header(SEGMENT_SCHEMA);
  const segmentStart = 0;
  const mask = r.u8();
  const segmentLength = mask & 1 ? r.i32() : 0;
  r.pos = segmentStart + Math.max(segmentLength, r.pos - segmentStart); // skip optional segment fields (comment, sdl)
  const operations = [];
  while (r.pos < buf.length) {
    r.header(RECORD_SCHEMA);
    const length = r.i32();
    const crc = r.u32();
    const row = r.bytes(length);
    if (crc32(row) !== crc) throw new BadRow("HybridRow: record CRC-32 mismatch");
    operations.push(decodeOperation(row));
  }
  return operations;
}

function decodeOperation(row) {
  const r = new Reader(row);
  r.header(OPERATION_SCHEMA);
  const columns = OPERATION.fixed.length + OPERATION.variable.length;
  const mask = r.bytes(Math.ceil(columns / 8));
  const present = i => (mask[i >> 3] >> (i & 7)) & 1;
  const op = {};
  OPERATION.fixed.forEach((name, i) => { const v = r.i32(); if (present(i)) op[name] = v; });
  OPERATION.variable.forEach(([name, type], j) => {
    if (!present(OPERATION.fixed.length + j)) return;
    const bytes = r.bytes(r.varuint());
    op[name] = type === "utf8" ? bytes.toString("utf8") : Buffer.from(bytes);
  });
  while (r.pos < row.length) {
    const code = r.u8();
    const token = r.varuint();
    let path;
    if (token < OPERATION_PATHS.length) path = OPERATION_PATHS[token];
    else path = r.bytes(token - OPERATION_PATHS.length).toString("utf8");
    op[path] = readSparse(r, code);
  }
  return op;
}

function readSparse(r, code) {
  switch (code) {
    case CODE.BooleanFalse: return false;
    case CODE.Boolean: return true;
    case CODE.Int8: return r.bytes(1).readInt8(0);
    case CODE.Int16: return r.bytes(2).readInt16LE(0);
    case CODE.Int32: return r.i32();
    case CODE.Int64: return Number(r.bytes(8).readBigInt64LE(0));
    case CODE.UInt8: return r.u8();
    case CODE.UInt16: return r.bytes(2).readUInt16LE(0);
    case CODE.UInt32: return r.u32();
    case CODE.UInt64: return Number(r.bytes(8).readBigUInt64LE(0));
    case CODE.Float32: return r.bytes(4).readFloatLE(0);
    case CODE.Float64: return r.bytes(8).readDoubleLE(0);
    case CODE.Utf8: return r.bytes(r.varuint()).toString("utf8");
    case CODE.Binary: return Buffer.from(r.bytes(r.varuint()));
    default: throw new BadRow(`HybridRow: unsupported sparse layout code ${code}`);
  }
}

function varuint(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}
function header(schema) {
  const b = Buffer.alloc(5);
  b[0] = VERSION_V1;
  b.writeInt32LE(schema, 1);
  return b;
}
function int32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v, 0); return b; }
function uint32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0, 0); return b; }

/** One BatchResult row: { statusCode, subStatusCode?, eTag?, resourceBody? (Buffer), requestCharge? }. */
function encodeResult(result) {
  const parts = [header(RESULT_SCHEMA)];
  let mask = 0b0011; // statusCode, subStatusCode
  if (result.eTag !== undefined && result.eTag !== null) mask |= 0b0100;
  if (result.resourceBody) mask |= 0b1000;
  parts.push(Buffer.from([mask]), int32(result.statusCode), int32(result.subStatusCode || 0));
  if (mask & 0b0100) { const s = Buffer.from(String(result.eTag), "utf8"); parts.push(varuint(s.length), s); }
  if (mask & 0b1000) parts.push(varuint(result.resourceBody.length), result.resourceBody);
  if (typeof result.requestCharge === "number") {
    const d = Buffer.alloc(8);
    d.writeDoubleLE(result.requestCharge, 0);
    parts.push(Buffer.from([CODE.Float64]), varuint(RESULT_REQUEST_CHARGE_TOKEN), d);
  }
  return Buffer.concat(parts);
}

/** A RecordIO body of BatchResult rows, as the service answers a batch. */
function encodeResults(results) {
  const parts = [header(SEGMENT_SCHEMA), Buffer.from([0x01]), int32(10)];
  for (const result of results) {
    const row = encodeResult(result);
    parts.push(header(RECORD_SCHEMA), int32(row.length), uint32(crc32(row)), row);
  }
  return Buffer.concat(parts);
}

module.exports = { decodeOperations, encodeResults, crc32, BadRow, OPERATION_SCHEMA, RESULT_SCHEMA };
