// Outbound HTTP of a function in real Node (FunctionRuntime.NODE), run before node_runner.js: every request through
// http.request/get, https.request/get (so axios, node-fetch, got) and the global fetch goes to the instance's door of
// the admin endpoint on 127.0.0.1, never to the network. The door answers with the matching stub's status, headers
// and body, which Node's own client parses; a failure (no stub matched, a network fault) becomes the error Node
// gives for it, and a stub's delay holds the response back. See docs/functions.md, "Outbound HTTP".
'use strict';
// Requests to the origins in direct (MiniCloud's own servers, which the SDK calls) are sent as they are.
function installOutbound(doorUrl, direct) {
  const http = require('http');
  const https = require('https');
  const door = new URL(doorUrl);
  const realRequest = http.request;
  const agent = new http.Agent({ keepAlive: true });

  function failure(message, code, extra) {
    return Object.assign(new Error(message), { code }, extra || {});
  }

  function target(defaultProtocol, args) {
    let url = null;
    let options = {};
    let callback;
    for (const a of args) {
      if (typeof a === 'function') {
        callback = a;
      } else if (typeof a === 'string' || a instanceof URL) {
        url = new URL(a);
      } else if (a) {
        options = a;
      }
    }
    const protocol = options.protocol || (url ? url.protocol : defaultProtocol);
    const host = options.hostname || (options.host ? String(options.host).replace(/:\d+$/, '')
      : (url ? url.hostname : 'localhost'));
    const defaultPort = protocol === 'https:' ? 443 : 80;
    const port = Number(options.port || (url && url.port) || defaultPort);
    const path = options.path || (url ? url.pathname + url.search : '/');
    const headers = Object.assign({}, options.headers);
    const auth = options.auth || (url && url.username ? decodeURIComponent(url.username) + ':'
      + decodeURIComponent(url.password) : null);
    if (auth && !Object.keys(headers).some((k) => k.toLowerCase() === 'authorization')) {
      headers.Authorization = 'Basic ' + Buffer.from(auth).toString('base64');
    }
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) {
      headers.Host = host + (port === defaultPort ? '' : ':' + port);
    }
    const origin = protocol + '//' + host + (port === defaultPort ? '' : ':' + port);
    return { href: origin + path, origin, host, port, options, headers, callback };
  }

  // The door's response is complete by now, so destroying the request would not report an error: it is emitted.
  function fail(req, t, answer, emit) {
    const endpoint = t.host + ':' + t.port;
    const reject = (err) => {
      emit.call(req, 'error', err);
      req.destroy();
    };
    switch (answer.fault) {
      case undefined:
        return reject(failure(answer.error, 'ERR_MINICLOUD_NO_STUB'));
      case 'CONNECTION_RESET':
        return reject(failure('socket hang up', 'ECONNRESET'));
      case 'CONNECTION_REFUSED':
        return reject(failure('connect ECONNREFUSED ' + endpoint, 'ECONNREFUSED',
          { errno: -111, syscall: 'connect' }));
      case 'HOST_NOT_FOUND':
        return reject(failure('getaddrinfo ENOTFOUND ' + t.host, 'ENOTFOUND',
          { errno: -3008, syscall: 'getaddrinfo', hostname: t.host }));
      default:
        // NO_RESPONSE: the client hears nothing; its own timeout, if it set one, fires.
        if (req.minicloudTimeout > 0) {
          setTimeout(() => req.emit('timeout'), req.minicloudTimeout);
        }
        return undefined;
    }
  }

  // Holds the door's response back until it is known to be an answer, and for the stub's delay.
  function screen(req, t) {
    const emit = req.emit;
    req.emit = function screened(event, ...rest) {
      if (event !== 'response') {
        return emit.call(this, event, ...rest);
      }
      const res = rest[0];
      if (res.headers['x-minicloud-failure']) {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => fail(req, t, JSON.parse(Buffer.concat(chunks).toString('utf8')), emit));
        return true;
      }
      const delay = Number(res.headers['x-minicloud-delay'] || 0);
      delete res.headers['x-minicloud-delay'];
      const deliver = () => {
        if (!req.destroyed && !emit.call(req, 'response', res)) {
          res.resume();
        }
      };
      if (delay > 0) {
        setTimeout(deliver, delay);
      } else {
        deliver();
      }
      return true;
    };
  }

  function outbound(defaultProtocol, real) {
    return function request(...args) {
      const t = target(defaultProtocol, args);
      if (direct.includes(t.origin)) {
        return real(...args);
      }
      const headers = Object.assign({}, t.headers, { 'x-minicloud-url': t.href });
      const req = realRequest({ protocol: 'http:', hostname: door.hostname, port: door.port, path: door.pathname,
        method: t.options.method || 'GET', headers, agent, signal: t.options.signal });
      req.minicloudTimeout = Number(t.options.timeout || 0);
      const setTimeout_ = req.setTimeout;
      req.setTimeout = function setTimeout(ms, cb) {
        req.minicloudTimeout = ms;
        return setTimeout_.call(this, ms, cb);
      };
      if (t.options.timeout) {
        req.setTimeout(t.options.timeout);
      }
      screen(req, t);
      if (t.callback) {
        req.once('response', t.callback);
      }
      return req;
    };
  }

  function get(request) {
    return function get_(...args) {
      const req = request(...args);
      req.end();
      return req;
    };
  }

  http.request = outbound('http:', realRequest);
  http.get = get(http.request);
  https.request = outbound('https:', https.request);
  https.get = get(https.request);
  if (typeof globalThis.fetch === 'function') {
    globalThis.fetch = fetchThroughStubs;
  }

  // fetch hands over the body decoded, as undici does.
  function decoded(body, encoding) {
    const zlib = require('zlib');
    switch ((encoding || '').trim().toLowerCase()) {
      case 'gzip': case 'x-gzip': return zlib.gunzipSync(body);
      case 'deflate': return zlib.inflateSync(body);
      case 'br': return zlib.brotliDecompressSync(body);
      default: return body;
    }
  }

  // The global fetch (undici, Node 18+) does not use http.request: this one does, answering as fetch does.
  async function fetchThroughStubs(input, init) {
    const request = new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    const headers = {};
    request.headers.forEach((v, k) => { headers[k] = v; });
    const client = request.url.startsWith('https:') ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(request.url, { method: request.method, headers, signal: request.signal }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const out = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            out.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
          }
          out.delete('x-minicloud-delay');
          const empty = [101, 204, 205, 304].includes(res.statusCode);
          const body = empty ? null : decoded(Buffer.concat(chunks), out.get('content-encoding'));
          resolve(new Response(body, { status: res.statusCode, statusText: res.statusMessage, headers: out }));
        });
      });
      req.on('error', (e) => reject(Object.assign(new TypeError('fetch failed'), { cause: e })));
      req.end(body);
    });
  }
}
