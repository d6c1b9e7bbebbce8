// Node's `http` and `https` clients, answered by the environment's HTTP stubs instead of the network. A request is
// handed to the stubs when it ends; the response (or the failure) arrives on the event loop after the stub's delay,
// which runs on the environment's clock like any timer.
(function (exports, require, module, host, name) {
  var EventEmitter = require('events');
  var secure = name === 'https';
  var STATUS_CODES = {
    200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
    304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
    500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'
  };
  var inherits = function (ctor, parent) {
    ctor.prototype = Object.create(parent.prototype, { constructor: { value: ctor, writable: true, configurable: true } });
  };
  var failure = function (message, code, extra) {
    var e = new Error(message);
    e.code = code;
    for (var k in extra || {}) { e[k] = extra[k]; }
    return e;
  };
  var toBuffer = function (chunk, encoding) {
    if (chunk === undefined || chunk === null) { return Buffer.alloc(0); }
    if (typeof chunk === 'string') { return Buffer.from(chunk, encoding || 'utf8'); }
    if (chunk instanceof ArrayBuffer) { return Buffer.from(chunk); }
    if (ArrayBuffer.isView(chunk)) { return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength); }
    throw failure('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array.',
      'ERR_INVALID_ARG_TYPE');
  };

  function Agent(options) {
    EventEmitter.call(this);
    this.options = options || {};
    this.keepAlive = !!this.options.keepAlive;
    this.maxSockets = this.options.maxSockets || Infinity;
    this.defaultPort = secure ? 443 : 80;
    this.protocol = secure ? 'https:' : 'http:';
  }
  inherits(Agent, EventEmitter);
  Agent.prototype.destroy = function () {};

  // The response: a readable stream holding the body, flowing once someone reads it.
  function IncomingMessage(req, answer) {
    EventEmitter.call(this);
    var headers = JSON.parse(answer.headers);
    this.statusCode = answer.status;
    this.statusMessage = STATUS_CODES[answer.status] || 'Unknown';
    this.httpVersion = '1.1';
    this.headers = {};
    this.rawHeaders = [];
    for (var k in headers) {
      var lower = k.toLowerCase();
      this.headers[lower] = lower === 'set-cookie' ? [headers[k]] : headers[k];
      this.rawHeaders.push(k, headers[k]);
    }
    this.req = req;
    this.url = '';
    this.method = null;
    this.complete = false;
    this.readable = true;
    this.aborted = false;
    this._body = Buffer.from(answer.body);
    this._encoding = null;
    this._flowing = null;
    this._delivered = false;
    this._scheduled = false;
    var self = this;
    this.on('newListener', function (event) {
      if (event === 'data' && self._flowing !== false) { self.resume(); }
      if (event === 'readable') { self._schedule(); }
    });
  }
  inherits(IncomingMessage, EventEmitter);
  IncomingMessage.prototype.setEncoding = function (enc) { this._encoding = enc; return this; };
  IncomingMessage.prototype.resume = function () { this._flowing = true; this._schedule(); return this; };
  IncomingMessage.prototype.pause = function () { this._flowing = false; return this; };
  IncomingMessage.prototype.isPaused = function () { return this._flowing === false; };
  IncomingMessage.prototype.setTimeout = function (ms, cb) { if (cb) { this.once('timeout', cb); } return this; };
  IncomingMessage.prototype.destroy = function (err) {
    this._delivered = true;
    this.destroyed = true;
    if (err) { this.emit('error', err); }
    this.emit('close');
    return this;
  };
  IncomingMessage.prototype._chunk = function () {
    return this._encoding ? this._body.toString(this._encoding) : this._body;
  };
  IncomingMessage.prototype._schedule = function () {
    var self = this;
    if (self._scheduled || self._delivered) { return; }
    self._scheduled = true;
    setImmediate(function () {
      self._scheduled = false;
      if (self._delivered) { return; }
      if (self.listenerCount('readable') > 0 && self._flowing !== true) {
        self._readable = true;
        self.emit('readable');
        return;
      }
      if (self._flowing === false) { return; }
      self._delivered = true;
      if (self._body.length > 0) { self.emit('data', self._chunk()); }
      self._end();
    });
  };
  IncomingMessage.prototype.read = function () {
    if (this._delivered) { return null; }
    this._delivered = true;
    var chunk = this._body.length > 0 ? this._chunk() : null;
    var self = this;
    setImmediate(function () { self._end(); });
    return chunk;
  };
  IncomingMessage.prototype._end = function () {
    this.complete = true;
    this.readable = false;
    this.emit('end');
    this.emit('close');
  };
  IncomingMessage.prototype.pipe = function (dest, options) {
    this.on('data', function (chunk) { dest.write(chunk); });
    this.on('end', function () { if (!options || options.end !== false) { dest.end(); } });
    return dest;
  };
  IncomingMessage.prototype.unpipe = function () { return this; };
  var asyncIterator = typeof Symbol.asyncIterator === 'symbol' ? Symbol.asyncIterator : '@@asyncIterator';
  IncomingMessage.prototype[asyncIterator] = function () {
    var self = this;
    var done = false;
    return {
      next: function () {
        if (done || self._delivered) { return Promise.resolve({ value: undefined, done: true }); }
        done = true;
        self._delivered = true;
        self.complete = true;
        return Promise.resolve(self._body.length > 0 ? { value: self._chunk(), done: false }
          : { value: undefined, done: true });
      },
      return: function () { done = true; return Promise.resolve({ value: undefined, done: true }); }
    };
  };

  var defaultPort = function (protocol) { return protocol === 'https:' ? 443 : 80; };

  var parseUrl = function (text) {
    var m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^@\/?#]*)@)?(\[[^\]]+\]|[^:\/?#]*)(?::(\d+))?([^#]*)/.exec(text);
    if (!m) { throw failure('Invalid URL: ' + text, 'ERR_INVALID_URL', { input: text }); }
    return { protocol: m[1].toLowerCase(), auth: m[2] ? decodeURIComponent(m[2]) : undefined, hostname: m[3],
      port: m[4], path: m[5] || '/' };
  };

  // Node accepts (url), (url, options), (options); a URL object has href.
  var normalise = function (a, b) {
    var options = {};
    var k;
    // A WHATWG URL as Node recognises one: a legacy url.parse() result has auth and path, and is options.
    var isUrl = a && typeof a.href === 'string' && typeof a.host === 'string' && a.auth === undefined
      && a.path === undefined;
    if (typeof a === 'string' || isUrl) {
      var parsed = parseUrl(typeof a === 'string' ? a : a.href);
      for (k in parsed) { options[k] = parsed[k]; }
      if (b && typeof b === 'object') { for (k in b) { options[k] = b[k]; } }
    } else {
      for (k in a || {}) { options[k] = a[k]; }
    }
    return options;
  };

  function ClientRequest(options, cb) {
    EventEmitter.call(this);
    var protocol = options.protocol || (secure ? 'https:' : 'http:');
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw failure('Protocol "' + protocol + '" not supported. Expected "' + (secure ? 'https:' : 'http:') + '"',
        'ERR_INVALID_PROTOCOL');
    }
    var hostPart = options.hostname || (options.host ? String(options.host).replace(/:\d+$/, '') : 'localhost');
    var port = options.port ? Number(options.port) : defaultPort(protocol);
    this.method = String(options.method || 'GET').toUpperCase();
    this.path = options.path || '/';
    this.host = hostPart;
    this.protocol = protocol;
    this.url = protocol + '//' + hostPart + (port === defaultPort(protocol) ? '' : ':' + port) + this.path;
    this.agent = options.agent;
    this.aborted = false;
    this.destroyed = false;
    this.finished = false;
    this.writableEnded = false;
    this.reusedSocket = false;
    this.socket = null;
    this._headers = {};
    this._names = {};
    this._chunks = [];
    this._timeout = options.timeout;
    var h = options.headers || {};
    if (Array.isArray(h)) {
      for (var i = 0; i + 1 < h.length; i += 2) { this.setHeader(h[i], h[i + 1]); }
    } else {
      for (var key in h) { if (h[key] !== undefined) { this.setHeader(key, h[key]); } }
    }
    if (options.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (cb) { this.once('response', cb); }
  }
  inherits(ClientRequest, EventEmitter);
  ClientRequest.prototype.setHeader = function (key, value) {
    var lower = String(key).toLowerCase();
    this._headers[lower] = Array.isArray(value) ? value.join(', ') : String(value);
    this._names[lower] = key;
    return this;
  };
  ClientRequest.prototype.getHeader = function (key) { return this._headers[String(key).toLowerCase()]; };
  ClientRequest.prototype.hasHeader = function (key) { return String(key).toLowerCase() in this._headers; };
  ClientRequest.prototype.removeHeader = function (key) {
    delete this._headers[String(key).toLowerCase()];
    delete this._names[String(key).toLowerCase()];
  };
  ClientRequest.prototype.getHeaders = function () {
    var out = {};
    for (var k in this._headers) { out[k] = this._headers[k]; }
    return out;
  };
  ClientRequest.prototype.getHeaderNames = function () { return Object.keys(this._headers); };
  ClientRequest.prototype.flushHeaders = function () {};
  ClientRequest.prototype.setNoDelay = function () {};
  ClientRequest.prototype.setSocketKeepAlive = function () {};
  ClientRequest.prototype.setTimeout = function (ms, cb) {
    this._timeout = ms;
    if (cb) { this.once('timeout', cb); }
    return this;
  };
  ClientRequest.prototype.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.writableEnded) { throw failure('write after end', 'ERR_STREAM_WRITE_AFTER_END'); }
    this._chunks.push(toBuffer(chunk, encoding));
    if (cb) { process.nextTick(cb); }
    return true;
  };
  ClientRequest.prototype.end = function (chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.writableEnded) { return this; }
    if (chunk !== undefined && chunk !== null) { this.write(chunk, encoding); }
    this.writableEnded = true;
    this.finished = true;
    if (cb) { this.once('finish', cb); }
    var self = this;
    // Node sends on a later tick: listeners added after end() still hear the outcome.
    process.nextTick(function () { self._send(); });
    return this;
  };
  ClientRequest.prototype.abort = function () {
    if (this.aborted) { return; }
    this.aborted = true;
    this.destroy();
    this.emit('abort');
  };
  ClientRequest.prototype.destroy = function (err) {
    if (this.destroyed) { return this; }
    this.destroyed = true;
    if (this._timer !== undefined) { clearTimeout(this._timer); }
    var self = this;
    if (err) { process.nextTick(function () { self.emit('error', err); self.emit('close'); }); }
    else { process.nextTick(function () { self.emit('close'); }); }
    return this;
  };
  ClientRequest.prototype._fail = function (err) {
    if (this.destroyed) { return; }
    this.destroyed = true;
    if (this._timer !== undefined) { clearTimeout(this._timer); }
    this.emit('error', err);
    this.emit('close');
  };
  ClientRequest.prototype._send = function () {
    if (this.destroyed) { return; }
    var self = this;
    var headers = {};
    for (var k in this._headers) { headers[this._names[k]] = this._headers[k]; }
    var body = Buffer.concat(this._chunks);
    if (body.length > 0 && !this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) {
      headers['Content-Length'] = String(body.length);
    }
    if (!this.hasHeader('host')) { headers.Host = this.url.split('/')[2]; }
    this.socket = socket(this.host);
    this.emit('socket', this.socket);
    this.emit('finish');
    var answer = host.send(this.method, this.url, JSON.stringify(headers), new Uint8Array(body));
    if (this._timeout > 0) {
      this._timer = setTimeout(function () { self._timer = undefined; self.emit('timeout'); }, this._timeout);
    }
    if (answer.error) {
      process.nextTick(function () { self._fail(failure(answer.error, 'ERR_MINICLOUD_NO_STUB')); });
      return;
    }
    var endpoint = this.host + ':' + (this.url.split('/')[2].split(':')[1] || defaultPort(this.protocol));
    switch (answer.fault) {
      case 'CONNECTION_RESET':
        return void process.nextTick(function () { self._fail(failure('socket hang up', 'ECONNRESET')); });
      case 'CONNECTION_REFUSED':
        return void process.nextTick(function () {
          self._fail(failure('connect ECONNREFUSED ' + endpoint, 'ECONNREFUSED', { errno: -111, syscall: 'connect' }));
        });
      case 'HOST_NOT_FOUND':
        return void process.nextTick(function () {
          self._fail(failure('getaddrinfo ENOTFOUND ' + self.host, 'ENOTFOUND',
            { errno: -3008, syscall: 'getaddrinfo', hostname: self.host }));
        });
      case 'NO_RESPONSE':
        return;
    }
    setTimeout(function () {
      if (self.destroyed) { return; }
      if (self._timer !== undefined) { clearTimeout(self._timer); self._timer = undefined; }
      var res = new IncomingMessage(self, answer);
      self.res = res;
      if (!self.emit('response', res)) { res.resume(); }
    }, answer.delay);
  };

  // The socket a request reports: already connected (to the stubs), so clients that time connection phases (got's
  // http-timer) see them done at once; it never carries bytes.
  var socket = function (hostname) {
    var sock = new EventEmitter();
    var self = function () { return sock; };
    ['setTimeout', 'setNoDelay', 'setKeepAlive', 'ref', 'unref', 'destroy', 'end', 'pause', 'resume'].forEach(
      function (k) { sock[k] = self; });
    sock.writable = true;
    sock.readable = true;
    sock.connecting = false;
    sock.destroyed = false;
    sock.encrypted = secure || undefined;
    sock.authorized = secure || undefined;
    sock.remoteAddress = '127.0.0.1';
    sock.remoteFamily = 'IPv4';
    sock.servername = secure ? hostname : undefined;
    return sock;
  };

  var request = function (a, b, c) {
    var cb = typeof b === 'function' ? b : c;
    return new ClientRequest(normalise(a, typeof b === 'function' ? undefined : b), cb);
  };
  var get = function (a, b, c) {
    var req = request(a, b, c);
    req.end();
    return req;
  };

  var serverSide = function (what) {
    return function () {
      throw failure("MiniCloud: a cloud function cannot listen for connections ('" + name + '.' + what + "')",
        'ERR_MINICLOUD_OFFLINE');
    };
  };

  module.exports = {
    request: request,
    get: get,
    Agent: Agent,
    globalAgent: new Agent(),
    ClientRequest: ClientRequest,
    IncomingMessage: IncomingMessage,
    STATUS_CODES: STATUS_CODES,
    METHODS: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    maxHeaderSize: 16384,
    createServer: serverSide('createServer'),
    // For the instanceof checks of clients (got pipes to an http.ServerResponse differently); never made here.
    Server: serverSide('Server'),
    ServerResponse: serverSide('ServerResponse'),
    OutgoingMessage: serverSide('OutgoingMessage')
  };
})
