// Node's `zlib`: gzip, deflate (zlib wrapper) and raw deflate, each way, in the sync, callback and stream forms HTTP
// clients use. The work is done on whole buffers by the host (the JDK's zlib), which bounds what it inflates by the
// invocation's memory budget; a stream keeps what is written and answers at its end. Brotli is not offered.
(function (exports, require, module, host) {
  var Transform = require('stream').Transform;
  var inherits = require('util').inherits;

  var constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4,
    Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4785,
    DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
    Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
    Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
    Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1
  };

  var toBytes = function (data) {
    if (typeof data === 'string') { return Buffer.from(data, 'utf8'); }
    if (data instanceof ArrayBuffer) { return Buffer.from(data); }
    if (ArrayBuffer.isView(data)) { return Buffer.from(data.buffer, data.byteOffset, data.byteLength); }
    var e = new TypeError('The "buffer" argument must be of type string or an instance of Buffer, TypedArray, '
      + 'DataView, or ArrayBuffer. Received ' + (data === null ? 'null' : typeof data));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  };

  // [host direction, host format] of each mode.
  var MODES = {
    Gzip: ['deflate', 'gzip'], Gunzip: ['inflate', 'gzip'], Deflate: ['deflate', 'deflate'],
    Inflate: ['inflate', 'deflate'], DeflateRaw: ['deflate', 'raw'], InflateRaw: ['inflate', 'raw'],
    Unzip: ['inflate', 'unzip']
  };

  var run = function (mode, data, options) {
    var how = MODES[mode];
    var o = options || {};
    var bytes = toBytes(data);
    if (how[0] === 'deflate') {
      return Buffer.from(host.deflate(how[1], bytes, o.level === undefined ? -1 : o.level));
    }
    var partial = o.finishFlush !== undefined && o.finishFlush !== constants.Z_FINISH;
    var answer = host.inflate(how[1], bytes, o.maxOutputLength === undefined ? -1 : o.maxOutputLength, partial);
    if (!ArrayBuffer.isView(answer)) {
      var e = answer.code === 'ERR_BUFFER_TOO_LARGE' ? new RangeError(answer.message) : new Error(answer.message);
      e.code = answer.code;
      if (answer.errno) { e.errno = answer.errno; }
      throw e;
    }
    return Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength);
  };

  // A zlib stream: written chunks are kept and handled as one buffer when the writer ends.
  var streamClass = function (mode) {
    function ZlibStream(options) {
      if (!(this instanceof ZlibStream)) { return new ZlibStream(options); }
      Transform.call(this, options);
      this._options = options || {};
      this._chunks = [];
      this.bytesWritten = 0;
    }
    inherits(ZlibStream, Transform);
    ZlibStream.prototype._transform = function (chunk, encoding, cb) {
      var bytes = toBytes(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
      this._chunks.push(bytes);
      this.bytesWritten += bytes.length;
      cb();
    };
    ZlibStream.prototype._flush = function (cb) {
      var out;
      try {
        out = run(mode, Buffer.concat(this._chunks), this._options);
      } catch (e) {
        cb(e);
        return;
      }
      this._chunks = [];
      cb(null, out.length ? out : null);
    };
    ZlibStream.prototype.close = function (cb) {
      if (cb) { process.nextTick(cb); }
      this.destroy();
    };
    ZlibStream.prototype.flush = function (kind, cb) {
      var done = typeof kind === 'function' ? kind : cb;
      if (done) { process.nextTick(done); }
    };
    ZlibStream.prototype.params = function (level, strategy, cb) { if (cb) { process.nextTick(cb); } };
    ZlibStream.prototype.reset = function () { this._chunks = []; };
    return ZlibStream;
  };

  Object.keys(constants).forEach(function (k) {
    if (k.indexOf('Z_') === 0) { exports[k] = constants[k]; }
  });
  exports.constants = constants;
  exports.codes = { Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
    Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6 };
  Object.keys(MODES).forEach(function (mode) {
    var Stream = streamClass(mode);
    var lower = mode.charAt(0).toLowerCase() + mode.slice(1);
    exports[mode] = Stream;
    exports['create' + mode] = function (options) { return new Stream(options); };
    exports[lower + 'Sync'] = function (data, options) { return run(mode, data, options); };
    exports[lower] = function (data, options, callback) {
      var cb = typeof options === 'function' ? options : callback;
      var o = typeof options === 'function' ? undefined : options;
      if (typeof cb !== 'function') {
        var e = new TypeError('The "callback" argument must be of type function. Received ' + typeof cb);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      var out;
      var error = null;
      try {
        out = run(mode, data, o);
      } catch (err) {
        error = err;
      }
      process.nextTick(function () { if (error) { cb(error); } else { cb(null, out); } });
    };
  });
})
