'use strict';
// Preloaded into every harness process (node -r ./loopback-guard.js): any attempt to resolve or connect to a host that is
// not loopback is refused and recorded, so a test can assert that botbuilder never phoned home (GET /_test/egress).
const dns = require('dns');
const net = require('net');

const attempts = [];
globalThis.__salesbotEgressAttempts = attempts;

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '::ffff:127.0.0.1']);
const isLoopback = (host) => host === undefined || host === null || loopbackNames.has(String(host).toLowerCase()) || /^127\./.test(String(host));

function refuse(kind, host) {
  attempts.push({ kind, host: String(host), at: new Date().toISOString() });
  const error = new Error(`loopback-guard: refused ${kind} to non-loopback host ${host}`);
  error.code = 'ECONNREFUSED';
  return error;
}

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (!isLoopback(hostname)) {
    process.nextTick(() => cb(refuse('dns', hostname)));
    return {};
  }
  return originalLookup.apply(this, arguments);
};
const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function lookup(hostname, ...rest) {
  if (!isLoopback(hostname)) return Promise.reject(refuse('dns', hostname));
  return originalPromisesLookup.call(this, hostname, ...rest);
};

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  if (first && typeof first === 'object') {
    if (first.path) return originalConnect.apply(this, args);
    host = first.host;
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else if (typeof first === 'string') {
    return originalConnect.apply(this, args); // a pipe path
  }
  if (!isLoopback(host)) {
    const error = refuse('connect', host);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};
