'use strict';
// Hand-built JWTs so tests can mint any token, including broken ones (alg none, HS256, tampered, foreign key).
const crypto = require('crypto');

const b64url = (input) => Buffer.from(typeof input === 'string' ? input : JSON.stringify(input)).toString('base64url');
const rsaHashes = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

function sign({ header, payload, privateKey, hmacSecret }) {
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  const alg = header.alg;
  if (alg === 'none') return `${signingInput}.`;
  if (alg === 'HS256') {
    return `${signingInput}.${crypto.createHmac('sha256', hmacSecret).update(signingInput).digest('base64url')}`;
  }
  const hash = rsaHashes[alg];
  if (!hash) throw new Error(`unsupported alg ${alg}`);
  return `${signingInput}.${crypto.sign(hash, Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

function tamper(token) {
  const [h, p, s] = token.split('.');
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  payload.tampered = true;
  return `${h}.${b64url(payload)}.${s}`;
}

module.exports = { sign, tamper, b64url };
