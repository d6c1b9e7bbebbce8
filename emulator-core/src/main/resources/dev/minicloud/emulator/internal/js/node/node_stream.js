// Node's `stream`, enough for libraries that wrap bodies in streams (node-fetch's PassThrough and its
// `body instanceof Stream`): readable, writable, duplex, transform and pass-through streams over chunks held in
// memory, flowing on the event loop, with `pipe`, `pipeline`, `finished` and async iteration. Everything written is
// buffered: there is no back-pressure, since a function's streams hold what a stub answered or what it sends.
(function (exports, require, module, host, name) {
  var EventEmitter = require('events');
  var inherits = function (ctor, parent) {
    ctor.prototype = Object.create(parent.prototype,
      { constructor: { value: ctor, writable: true, configurable: true } });
    Object.setPrototypeOf(ctor, parent);
  };
  var failure = function (message, code) {
    var e = new Error(message);
    e.code = code;
    return e;
  };
  var later = function (fn) { process.nextTick(fn); };

  function Stream(options) { EventEmitter.call(this, options); }
  inherits(Stream, EventEmitter);
  Stream.prototype.pipe = function (dest, options) {
    var source = this;
    source.on('data', function (chunk) { dest.write(chunk); });
    source.on('end', function () { if (!options || options.end !== false) { dest.end(); } });
    if (typeof dest.emit === 'function') { dest.emit('pipe', source); }
    if (typeof source.resume === 'function') { source.resume(); }
    return dest;
  };

  // ------------------------------------------------------------------------------------------------ Readable
  function Readable(options) {
    Stream.call(this);
    var o = options || {};
    this._rs = { buffer: [], ended: false, endEmitted: false, flowing: null, scheduled: false, reading: false,
      pushed: false, encoding: o.encoding || null, objectMode: !!(o.objectMode || o.readableObjectMode) };
    // Node's state objects, which libraries read and set (got and mimic-response: autoDestroy).
    this._readableState = { autoDestroy: o.autoDestroy !== false, objectMode: this._rs.objectMode,
      highWaterMark: o.highWaterMark === undefined ? 16384 : o.highWaterMark };
    this.readable = true;
    this.destroyed = false;
    if (typeof o.read === 'function') { this._read = o.read; }
    if (typeof o.destroy === 'function') { this._destroy = o.destroy; }
    var self = this;
    this.on('newListener', function (event) {
      if (event === 'data' && self._rs.flowing !== false) { self.resume(); }
      if (event === 'readable') { self._rs.flowing = false; self._schedule(); }
    });
  }
  inherits(Readable, Stream);
  Readable.prototype._read = function () {};
  Readable.prototype.push = function (chunk, encoding) {
    var rs = this._rs;
    if (chunk === null) {
      rs.ended = true;
    } else if (chunk !== undefined && !rs.ended) {
      if (!rs.objectMode && typeof chunk === 'string') { chunk = Buffer.from(chunk, encoding || 'utf8'); }
      rs.buffer.push(chunk);
      rs.pushed = true;
    }
    this._schedule();
    return !rs.ended;
  };
  Readable.prototype.unshift = function (chunk) { this._rs.buffer.unshift(chunk); this._schedule(); };
  Readable.prototype.setEncoding = function (encoding) { this._rs.encoding = encoding; return this; };
  Readable.prototype.resume = function () { this._rs.flowing = true; this._schedule(); return this; };
  Readable.prototype.pause = function () { this._rs.flowing = false; return this; };
  Readable.prototype.isPaused = function () { return this._rs.flowing === false; };
  Readable.prototype.unpipe = function () { return this; };
  Readable.prototype._out = function (chunk) {
    return this._rs.encoding && Buffer.isBuffer(chunk) ? chunk.toString(this._rs.encoding) : chunk;
  };
  Readable.prototype._schedule = function () {
    var self = this;
    if (self._rs.scheduled || self.destroyed) { return; }
    self._rs.scheduled = true;
    later(function () { self._rs.scheduled = false; self._flow(); });
  };
  /** Asks the source for more; true if it pushed something, so that asking again makes progress. */
  Readable.prototype._pull = function () {
    var rs = this._rs;
    if (rs.ended || rs.reading) { return false; }
    rs.reading = true;
    rs.pushed = false;
    this._read(16384);
    rs.reading = false;
    return rs.pushed;
  };
  Readable.prototype._flow = function () {
    var rs = this._rs;
    if (this.destroyed) { return; }
    var progressed = rs.buffer.length === 0 ? this._pull() : true;
    if (rs.flowing === true) {
      while (rs.buffer.length > 0 && rs.flowing === true && !this.destroyed) {
        this.emit('data', this._out(rs.buffer.shift()));
      }
      if (rs.buffer.length === 0 && rs.ended) {
        this._end();
      } else if (rs.buffer.length === 0 && progressed) {
        this._schedule();
      }
    } else if (this.listenerCount('readable') > 0 && (rs.buffer.length > 0 || rs.ended)) {
      this.emit('readable');
    }
  };
  Readable.prototype.read = function () {
    var rs = this._rs;
    if (rs.buffer.length === 0) { this._pull(); }
    if (rs.buffer.length === 0) {
      if (rs.ended) { var self = this; later(function () { self._end(); }); }
      return null;
    }
    var chunks = rs.objectMode ? [rs.buffer.shift()] : rs.buffer.splice(0, rs.buffer.length);
    var chunk = rs.objectMode ? chunks[0] : typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks);
    if (rs.ended && rs.buffer.length === 0) { var me = this; later(function () { me._end(); }); }
    return this._out(chunk);
  };
  Readable.prototype._end = function () {
    var rs = this._rs;
    if (rs.endEmitted || this.destroyed) { return; }
    rs.endEmitted = true;
    this.readable = false;
    this.readableEnded = true;
    this.emit('end');
    if (!(this instanceof Writable) || this.writableFinished) { this._close(); }
  };
  Readable.prototype._close = function () {
    if (this.closed) { return; }
    this.closed = true;
    var self = this;
    later(function () { self.emit('close'); });
  };
  Readable.prototype._destroy = function (err, cb) { cb(err); };
  Readable.prototype.destroy = function (err) {
    if (this.destroyed) { return this; }
    this.destroyed = true;
    var self = this;
    this._destroy(err || null, function (e) {
      later(function () {
        if (e) { self.emit('error', e); }
        self._close();
      });
    });
    return this;
  };
  var asyncIterator = typeof Symbol.asyncIterator === 'symbol' ? Symbol.asyncIterator : '@@asyncIterator';
  Readable.prototype[asyncIterator] = function () {
    var self = this, queue = [], waiting = null, ended = false, error = null;
    var settle = function () {
      if (!waiting) { return; }
      var w = waiting;
      if (queue.length > 0) { waiting = null; w.resolve({ value: queue.shift(), done: false }); }
      else if (error) { waiting = null; w.reject(error); }
      else if (ended) { waiting = null; w.resolve({ value: undefined, done: true }); }
    };
    self.on('data', function (chunk) { queue.push(chunk); settle(); });
    self.on('end', function () { ended = true; settle(); });
    self.on('error', function (e) { error = e; settle(); });
    var it = {
      next: function () {
        return new Promise(function (resolve, reject) { waiting = { resolve: resolve, reject: reject }; settle(); });
      },
      return: function () { ended = true; self.destroy(); return Promise.resolve({ value: undefined, done: true }); }
    };
    it[asyncIterator] = function () { return it; };
    return it;
  };
  Readable.from = function (iterable, options) {
    var items = Array.isArray(iterable) || typeof iterable === 'string' ? [].concat(iterable) : Array.from(iterable);
    var r = new Readable(Object.assign({ objectMode: true }, options));
    r._read = function () { this.push(items.length > 0 ? items.shift() : null); };
    return r;
  };

  // ------------------------------------------------------------------------------------------------ Writable
  var writableState = function (stream, o) {
    stream._ws = { queue: [], writing: false, ending: false, finishing: false,
      decodeStrings: o.decodeStrings !== false, objectMode: !!(o.objectMode || o.writableObjectMode) };
    stream._writableState = { autoDestroy: o.autoDestroy !== false, objectMode: stream._ws.objectMode,
      highWaterMark: o.highWaterMark === undefined ? 16384 : o.highWaterMark };
    stream.writable = true;
    stream.writableEnded = false;
    stream.writableFinished = false;
    if (typeof o.write === 'function') { stream._write = o.write; }
    if (typeof o.final === 'function') { stream._final = o.final; }
  };
  function Writable(options) {
    Stream.call(this);
    var o = options || {};
    writableState(this, o);
    this.destroyed = false;
    if (typeof o.destroy === 'function') { this._destroy = o.destroy; }
  }
  inherits(Writable, Stream);
  var writableMethods = {
    _write: function (chunk, encoding, cb) {
      cb(failure('The _write() method is not implemented', 'ERR_METHOD_NOT_IMPLEMENTED'));
    },
    write: function (chunk, encoding, cb) {
      if (typeof encoding === 'function') { cb = encoding; encoding = null; }
      var self = this;
      if (this.writableEnded) {
        var e = failure('write after end', 'ERR_STREAM_WRITE_AFTER_END');
        later(function () { self.emit('error', e); if (cb) { cb(e); } });
        return false;
      }
      var ws = this._ws;
      if (!ws.objectMode && typeof chunk === 'string' && ws.decodeStrings) {
        chunk = Buffer.from(chunk, encoding || 'utf8');
        encoding = 'buffer';
      }
      ws.queue.push({ chunk: chunk, encoding: encoding || (Buffer.isBuffer(chunk) ? 'buffer' : 'utf8'), cb: cb });
      this._nextWrite();
      return true;
    },
    _nextWrite: function () {
      var ws = this._ws, self = this;
      if (ws.writing || this.destroyed) { return; }
      var item = ws.queue.shift();
      if (!item) {
        if (ws.ending) { this._finishWrites(); }
        return;
      }
      ws.writing = true;
      this._write(item.chunk, item.encoding, function (err) {
        ws.writing = false;
        if (err) { if (item.cb) { item.cb(err); } self.destroy(err); return; }
        if (item.cb) { item.cb(); }
        self._nextWrite();
      });
    },
    end: function (chunk, encoding, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = null; }
      if (typeof encoding === 'function') { cb = encoding; encoding = null; }
      if (chunk !== null && chunk !== undefined) { this.write(chunk, encoding); }
      if (cb) { this.once('finish', cb); }
      if (this.writableEnded) { return this; }
      this.writableEnded = true;
      this._ws.ending = true;
      this._nextWrite();
      return this;
    },
    _finishWrites: function () {
      var ws = this._ws, self = this;
      if (ws.finishing) { return; }
      ws.finishing = true;
      var done = function (err) {
        if (err) { self.destroy(err); return; }
        later(function () {
          self.writableFinished = true;
          self.writable = false;
          self.emit('finish');
          if (!(self instanceof Readable) || self.readableEnded) { self._close(); }
        });
      };
      if (this._final) { this._final(done); } else { done(); }
    },
    cork: function () {},
    uncork: function () {},
    setDefaultEncoding: function () { return this; }
  };
  Object.keys(writableMethods).forEach(function (k) { Writable.prototype[k] = writableMethods[k]; });
  Writable.prototype._close = Readable.prototype._close;
  Writable.prototype._destroy = Readable.prototype._destroy;
  Writable.prototype.destroy = Readable.prototype.destroy;

  // ------------------------------------------------------------------------------ Duplex, Transform, PassThrough
  function Duplex(options) {
    Readable.call(this, options);
    writableState(this, options || {});
  }
  inherits(Duplex, Readable);
  Object.keys(writableMethods).forEach(function (k) { Duplex.prototype[k] = writableMethods[k]; });

  function Transform(options) {
    Duplex.call(this, options);
    var o = options || {};
    if (typeof o.transform === 'function') { this._transform = o.transform; }
    if (typeof o.flush === 'function') { this._flush = o.flush; }
  }
  inherits(Transform, Duplex);
  Transform.prototype._transform = function (chunk, encoding, cb) {
    cb(failure('The _transform() method is not implemented', 'ERR_METHOD_NOT_IMPLEMENTED'));
  };
  Transform.prototype._write = function (chunk, encoding, cb) {
    var self = this;
    this._transform(chunk, encoding, function (err, data) {
      if (data !== undefined && data !== null) { self.push(data); }
      cb(err);
    });
  };
  Transform.prototype._final = function (cb) {
    var self = this;
    var close = function (err, data) {
      if (data !== undefined && data !== null) { self.push(data); }
      self.push(null);
      cb(err);
    };
    if (this._flush) { this._flush(close); } else { close(); }
  };

  function PassThrough(options) { Transform.call(this, options); }
  inherits(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

  // ------------------------------------------------------------------------------------- finished, pipeline
  var finished = function (stream, options, cb) {
    if (typeof options === 'function') { cb = options; }
    var called = false;
    var once = function (err) { if (!called) { called = true; cb(err); } };
    stream.on('error', once);
    stream.on(stream instanceof Writable || stream instanceof Duplex ? 'finish' : 'end', function () { once(); });
    if (stream instanceof Readable && !(stream instanceof Duplex)) { stream.on('end', function () { once(); }); }
    return function () {};
  };
  var pipeline = function () {
    var streams = Array.prototype.slice.call(arguments);
    var cb = typeof streams[streams.length - 1] === 'function' ? streams.pop() : function () {};
    if (Array.isArray(streams[0])) { streams = streams[0]; }
    var done = false;
    var end = function (err) {
      if (done) { return; }
      done = true;
      if (err) { streams.forEach(function (s) { if (typeof s.destroy === 'function') { s.destroy(); } }); }
      cb(err);
    };
    for (var i = 0; i < streams.length; i++) {
      streams[i].on('error', end);
      if (i + 1 < streams.length) { streams[i].pipe(streams[i + 1]); }
    }
    finished(streams[streams.length - 1], function (err) { end(err); });
    return streams[streams.length - 1];
  };

  Stream.Stream = Stream;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.finished = finished;
  Stream.pipeline = pipeline;
  Stream.promises = {
    pipeline: function () {
      var args = Array.prototype.slice.call(arguments);
      return new Promise(function (resolve, reject) {
        pipeline.apply(null, args.concat([function (err) { if (err) { reject(err); } else { resolve(); } }]));
      });
    },
    finished: function (stream) {
      return new Promise(function (resolve, reject) {
        finished(stream, function (err) { if (err) { reject(err); } else { resolve(); } });
      });
    }
  };
  module.exports = Stream;
})
