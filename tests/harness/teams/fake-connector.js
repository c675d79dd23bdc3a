'use strict';
// A fake Bot Connector for SalesBot's tests, built on the official npm botbuilder SDK (ChannelServiceRoutes +
// ChannelServiceHandlerBase). Loopback only, port 0. It serves:
//   - OpenID metadata + JWKS with `endorsements` (Bot Framework channel family) and an Entra-style metadata/JWKS;
//   - a client-credentials token endpoint  POST /{tenant}/oauth2/v2.0/token;
//   - the Connector v3 routes under /teams/v3/conversations/..., recording every call, with canned responses and
//     injectable faults (429 + Retry-After, 503, 403 …);
//   - test hooks under /_test: mint channel tokens (any claims/alg/kid/key), read/clear recorded calls, inject faults,
//     rotate keys, read counters and egress attempts.
// Environment: SALESBOT_FAKE_APP_ID, SALESBOT_FAKE_APP_PASSWORD (the bot credentials the token endpoint accepts).
// On start it prints one JSON line: {"port":N,"baseUrl":"http://127.0.0.1:N","serviceUrl":"…/teams/"}.
const crypto = require('crypto');
const express = require('express');
const jsonwebtoken = require('jsonwebtoken');
const { ChannelServiceHandlerBase, ChannelServiceRoutes, StatusCodeError } = require('botbuilder');
const { ClaimsIdentity } = require('botframework-connector');
const jwt = require('./jwt');

const appId = process.env.SALESBOT_FAKE_APP_ID || '00000000-0000-0000-0000-000000000001';
const appPassword = process.env.SALESBOT_FAKE_APP_PASSWORD || 'fake-password';
const BF_ISSUER = 'https://api.botframework.com';
const BF_SCOPE = 'https://api.botframework.com/.default';
const AAD_ISSUER = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';
const BOT_FRAMEWORK_TENANT = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

function newKey(kid, endorsements, issuer) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, endorsements, issuer, publicKey, privateKey };
}

// Published channel keys (the JWKS), an unpublished "foreign" key, and the Entra-style keys.
const keys = {
  main: newKey('fake-key-msteams', ['msteams']),
  slack: newKey('fake-key-slack', ['slack']),
  unendorsed: newKey('fake-key-unendorsed', undefined),
  foreign: newKey('fake-key-foreign', ['msteams']),
  entra: newKey('fake-key-entra', undefined, 'https://login.microsoftonline.com/{tenantid}/v2.0'),
  aad: newKey('fake-key-aad', undefined),
};
const published = ['main', 'slack', 'unendorsed'];
const counters = { openIdMetadata: 0, jwks: 0, entraMetadata: 0, entraJwks: 0, tokenRequests: 0, tokenFailures: 0 };
const calls = [];
const tokenRequests = [];
const faults = [];
let tokenExpiresIn = 3600;
let conversationCounter = 0;
let activityCounter = 0;

function jwk(key) {
  const exported = key.publicKey.export({ format: 'jwk' });
  const result = { kty: 'RSA', use: 'sig', kid: key.kid, n: exported.n, e: exported.e };
  if (key.endorsements) result.endorsements = key.endorsements;
  if (key.issuer) result.issuer = key.issuer;
  return result;
}

const app = express();
app.disable('x-powered-by');
let baseUrl = '';

// ---- identity: Bot Framework channel family ------------------------------------------------------------------------
const metadata = () => ({
  issuer: BF_ISSUER,
  authorization_endpoint: `${baseUrl}/v1/authorize`,
  jwks_uri: `${baseUrl}/v1/.well-known/keys`,
  id_token_signing_alg_values_supported: ['RS256'],
  token_endpoint_auth_methods_supported: ['private_key_jwt'],
});
for (const path of ['/v1/.well-known/openidconfiguration', '/v1/.well-known/openid-configuration']) {
  app.get(path, (req, res) => { counters.openIdMetadata++; res.json(metadata()); });
}
app.get('/v1/.well-known/keys', (req, res) => { counters.jwks++; res.json({ keys: published.map((name) => jwk(keys[name])) }); });

// ---- identity: Entra family (issuer per tenant, keys carry an `issuer` template) --------------------------------------
app.get('/entra/v2.0/.well-known/openid-configuration', (req, res) => {
  counters.entraMetadata++;
  res.json({
    issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
    authorization_endpoint: `${baseUrl}/entra/oauth2/v2.0/authorize`,
    token_endpoint: `${baseUrl}/entra/oauth2/v2.0/token`,
    jwks_uri: `${baseUrl}/entra/discovery/v2.0/keys`,
    id_token_signing_alg_values_supported: ['RS256'],
  });
});
app.get('/entra/discovery/v2.0/keys', (req, res) => { counters.entraJwks++; res.json({ keys: [jwk(keys.entra)] }); });

// ---- outbound: client-credentials token endpoint ---------------------------------------------------------------------
app.post('/:tenant/oauth2/v2.0/token', express.urlencoded({ extended: false }), (req, res) => {
  counters.tokenRequests++;
  const body = req.body || {};
  tokenRequests.push({ tenant: req.params.tenant, grantType: body.grant_type, clientId: body.client_id, scope: body.scope, hasSecret: !!body.client_secret });
  const fault = takeFault('token');
  if (fault) return sendFault(res, fault);
  if (body.grant_type !== 'client_credentials' || body.client_id !== appId || body.client_secret !== appPassword || body.scope !== BF_SCOPE) {
    counters.tokenFailures++;
    return res.status(401).json({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
  }
  const now = Math.floor(Date.now() / 1000);
  const tid = req.params.tenant === 'botframework.com' ? BOT_FRAMEWORK_TENANT : req.params.tenant;
  const accessToken = jwt.sign({
    header: { alg: 'RS256', typ: 'JWT', kid: keys.aad.kid },
    payload: { aud: BF_ISSUER, iss: AAD_ISSUER, iat: now, nbf: now, exp: now + tokenExpiresIn, appid: appId, azp: appId, appidacr: '1', tid, ver: '1.0' },
    privateKey: keys.aad.privateKey,
  });
  res.json({ token_type: 'Bearer', expires_in: tokenExpiresIn, ext_expires_in: tokenExpiresIn, access_token: accessToken });
});

// ---- Connector v3 routes (botbuilder's ChannelServiceRoutes) ----------------------------------------------------------
function takeFault(operation) {
  const index = faults.findIndex((f) => (f.operation || '*') === operation || ((f.operation || '*') === '*' && operation !== 'token'));
  if (index < 0) return undefined;
  const fault = faults[index];
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.splice(index, 1);
  return fault;
}

function sendFault(res, fault) {
  if (fault.retryAfter !== undefined) res.set('Retry-After', String(fault.retryAfter));
  res.status(fault.status);
  if (fault.body !== undefined) return res.json(fault.body);
  return res.end();
}

function operationOf(req) {
  const parts = req.path.split('/').filter(Boolean); // teams v3 conversations {id} activities {activityId}
  if (parts.length === 3 && req.method === 'POST') return 'createConversation';
  if (parts.length === 5 && req.method === 'POST') return 'sendToConversation';
  if (parts.length === 6 && req.method === 'POST') return 'replyToActivity';
  if (parts.length === 6 && req.method === 'PUT') return 'updateActivity';
  if (parts.length === 6 && req.method === 'DELETE') return 'deleteActivity';
  return `${req.method} ${req.path}`;
}

function conversationOf(path) { // /conversations/{id}/... (URL-encoded)
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? decodeURIComponent(parts[1]) : undefined;
}

app.use('/teams/v3', express.json({ limit: '1mb' }), (req, res, next) => {
  const operation = operationOf({ method: req.method, path: `/teams/v3${req.path}` });
  const fault = takeFault(operation);
  if (fault) {
    calls.push({ operation, conversationId: conversationOf(req.path), method: req.method, path: req.originalUrl, authorization: !!req.headers.authorization, body: req.body ?? null, fault: fault.status });
    return sendFault(res, fault);
  }
  req.salesbotOperation = operation;
  return next();
});

class RecordingHandler extends ChannelServiceHandlerBase {
  async authenticate(authHeader) {
    const parts = (authHeader || '').split(' ');
    if (parts.length !== 2 || parts[0] !== 'Bearer') throw new StatusCodeError(401, 'missing bearer token');
    try {
      const claims = jsonwebtoken.verify(parts[1], keys.aad.publicKey, { algorithms: ['RS256'], audience: BF_ISSUER, issuer: AAD_ISSUER });
      if (claims.appid !== appId) throw new Error('unknown appid');
      return new ClaimsIdentity(Object.entries(claims).map(([type, value]) => ({ type, value })), true);
    } catch (e) {
      throw new StatusCodeError(401, `invalid bot token: ${e.message}`);
    }
  }

  // `result` is what the fake answered (the new message or conversation id), so tests can press a recorded card.
  record(operation, conversationId, activityId, body, result) {
    calls.push({ operation, conversationId, activityId, body, result });
    return result;
  }

  async onSendToConversation(identity, conversationId, activity) {
    return this.record('sendToConversation', conversationId, undefined, activity, { id: `1:fake-activity-${++activityCounter}` });
  }

  async onReplyToActivity(identity, conversationId, activityId, activity) {
    return this.record('replyToActivity', conversationId, activityId, activity, { id: `1:fake-activity-${++activityCounter}` });
  }

  async onUpdateActivity(identity, conversationId, activityId, activity) {
    return this.record('updateActivity', conversationId, activityId, activity, { id: activityId });
  }

  async onDeleteActivity(identity, conversationId, activityId) {
    this.record('deleteActivity', conversationId, activityId, null);
  }

  async onCreateConversation(identity, parameters) {
    const member = parameters && parameters.members && parameters.members[0] && parameters.members[0].id;
    const id = `a:fake-personal-${member || ++conversationCounter}`;
    return this.record('createConversation', undefined, undefined, parameters,
      { id, activityId: parameters && parameters.activity ? `1:fake-activity-${++activityCounter}` : undefined });
  }

  async onGetConversationMembers(identity, conversationId) {
    this.record('getConversationMembers', conversationId, undefined, null);
    return [];
  }
}

const handler = new RecordingHandler();
// Record the raw request path (URL-encoded) next to what botbuilder decoded, so tests can check the client's encoding.
app.use('/teams/v3', (req, res, next) => {
  const before = calls.length;
  res.on('finish', () => {
    for (let i = before; i < calls.length; i++) {
      if (!calls[i].path) {
        calls[i].path = req.originalUrl;
        calls[i].method = req.method;
        calls[i].status = res.statusCode;
      }
    }
  });
  next();
});
new ChannelServiceRoutes(handler).register(app, '/teams');

// ---- test hooks -------------------------------------------------------------------------------------------------------
const hooks = express.Router();
hooks.use(express.json({ limit: '1mb' }));

// Mint a channel -> bot token. Body: { claims?, omitClaims?, header?, alg?, key?: main|slack|unendorsed|foreign|entra|<kid>,
//   kid?, expiresInSeconds?, expiredSecondsAgo?, notBeforeInSeconds?, serviceUrl?, audience?, issuer?, tamper?, hmacSecret? }
hooks.post('/mint', (req, res) => {
  const o = req.body || {};
  const now = Math.floor(Date.now() / 1000);
  const key = keys[o.key || 'main'] || Object.values(keys).find((k) => k.kid === o.key);
  if (!key) return res.status(400).json({ error: `unknown key ${o.key}` });
  const alg = o.alg || 'RS256';
  let nbf = now - 60;
  let exp = now + 3600;
  if (o.expiredSecondsAgo !== undefined) { exp = now - o.expiredSecondsAgo; nbf = exp - 3600; }
  if (o.notBeforeInSeconds !== undefined) { nbf = now + o.notBeforeInSeconds; exp = nbf + 3600; }
  const payload = Object.assign({
    serviceurl: o.serviceUrl !== undefined ? o.serviceUrl : `${baseUrl}/teams/`,
    nbf, exp,
    iss: o.issuer || BF_ISSUER,
    aud: o.audience || appId,
  }, o.claims || {});
  for (const name of o.omitClaims || []) delete payload[name];
  const header = Object.assign({ alg, typ: 'JWT' }, alg === 'none' ? {} : { kid: o.kid || key.kid }, o.header || {});
  let token = jwt.sign({ header, payload, privateKey: key.privateKey, hmacSecret: o.hmacSecret || key.publicKey.export({ type: 'spki', format: 'pem' }) });
  if (o.tamper) token = jwt.tamper(token);
  res.json({ token, header, payload });
});
hooks.get('/calls', (req, res) => res.json(calls));
hooks.delete('/calls', (req, res) => { calls.length = 0; res.status(204).end(); });
hooks.get('/token-requests', (req, res) => res.json(tokenRequests));
// Fault: { operation?: sendToConversation|replyToActivity|updateActivity|createConversation|token|*, status, retryAfter?, body?, count? }
hooks.post('/faults', (req, res) => {
  const f = req.body || {};
  faults.push({ operation: f.operation || '*', status: f.status, retryAfter: f.retryAfter, body: f.body, remaining: f.count || 1 });
  res.status(204).end();
});
hooks.delete('/faults', (req, res) => { faults.length = 0; res.status(204).end(); });
hooks.post('/keys/rotate', (req, res) => {
  const name = `rotated${Object.keys(keys).length}`;
  keys[name] = newKey(`fake-key-${name}-${crypto.randomBytes(4).toString('hex')}`, ['msteams']);
  published.push(name);
  res.json({ key: name, kid: keys[name].kid });
});
hooks.post('/token-lifetime', (req, res) => { tokenExpiresIn = Number((req.body || {}).expiresIn) || 3600; res.status(204).end(); });
hooks.get('/counters', (req, res) => res.json(counters));
hooks.get('/egress', (req, res) => res.json(globalThis.__salesbotEgressAttempts || []));
app.use('/_test', hooks);

const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  baseUrl = `http://127.0.0.1:${port}`;
  process.stdout.write(JSON.stringify({ port, baseUrl, serviceUrl: `${baseUrl}/teams/`, appId }) + '\n');
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // the test process went away
process.stdin.resume();
