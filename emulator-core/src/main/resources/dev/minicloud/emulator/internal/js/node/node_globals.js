// The Node.js globals cloud code uses (console, timers, Buffer, TextEncoder/TextDecoder, atob/btoa), run into each
// function instance's own realm when the instance is created. Plain ES5: this file runs untranspiled. Every call that needs the running
// invocation (its logs, its event loop, its clock) goes through the host, which finds the invocation itself.
(function (host) {
  var define = function (target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  };

  // ---------------------------------------------------------------- util.inspect / util.format (Node's formats)

  var quote = function (s) {
    return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  };
  var isIdentifier = function (k) { return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k); };

  var inspect = function (value, depth, seen) {
    depth = depth === undefined ? 2 : depth;
    seen = seen || [];
    if (value === null) { return 'null'; }
    switch (typeof value) {
      case 'undefined': return 'undefined';
      case 'string': return quote(value);
      case 'number': return (value === 0 && 1 / value < 0) ? '-0' : String(value);
      case 'bigint': return String(value) + 'n';
      case 'boolean': return String(value);
      case 'symbol': return String(value);
      case 'function': return '[Function: ' + (value.name || '(anonymous)') + ']';
    }
    if (seen.indexOf(value) >= 0) { return '[Circular *1]'; }
    if (value instanceof Error) { return value.stack ? String(value.name) + ': ' + value.message + '\n' + value.stack : String(value); }
    if (value instanceof Date) { return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(); }
    if (value instanceof RegExp) { return String(value); }
    if (typeof Buffer !== 'undefined' && value instanceof Buffer) {
      var hex = [];
      for (var b = 0; b < Math.min(value.length, 50); b++) { hex.push((value[b] < 16 ? '0' : '') + value[b].toString(16)); }
      return '<Buffer ' + hex.join(' ') + (value.length > 50 ? ' ... ' + (value.length - 50) + ' more bytes' : '') + '>';
    }
    if (depth < 0) { return Array.isArray(value) ? '[Array]' : '[Object]'; }
    seen = seen.concat([value]);
    var parts = [];
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length && i < 100; i++) { parts.push(inspect(value[i], depth - 1, seen)); }
      if (value.length > 100) { parts.push('... ' + (value.length - 100) + ' more items'); }
      return parts.length === 0 ? '[]' : '[ ' + parts.join(', ') + ' ]';
    }
    if (value instanceof Map) {
      value.forEach(function (v, k) { parts.push(inspect(k, depth - 1, seen) + ' => ' + inspect(v, depth - 1, seen)); });
      return 'Map(' + value.size + ') {' + (parts.length ? ' ' + parts.join(', ') + ' ' : '') + '}';
    }
    if (value instanceof Set) {
      value.forEach(function (v) { parts.push(inspect(v, depth - 1, seen)); });
      return 'Set(' + value.size + ') {' + (parts.length ? ' ' + parts.join(', ') + ' ' : '') + '}';
    }
    var keys = Object.keys(value);
    for (var k = 0; k < keys.length; k++) {
      // As Node's inspect, accessors are named, never run.
      var desc = Object.getOwnPropertyDescriptor(value, keys[k]);
      var shown = desc && (desc.get || desc.set)
        ? (desc.get ? (desc.set ? '[Getter/Setter]' : '[Getter]') : '[Setter]')
        : inspect(value[keys[k]], depth - 1, seen);
      parts.push((isIdentifier(keys[k]) ? keys[k] : quote(keys[k])) + ': ' + shown);
    }
    var proto = Object.getPrototypeOf(value);
    var name = proto && proto !== Object.prototype && proto.constructor && proto.constructor.name
      ? proto.constructor.name + ' ' : '';
    return parts.length === 0 ? name + '{}' : name + '{ ' + parts.join(', ') + ' }';
  };

  var format = function (first) {
    var args = arguments;
    var i = 1;
    var out = '';
    if (typeof first === 'string') {
      out = first.replace(/%[sdifjoOc%]/g, function (m) {
        if (m === '%%') { return '%'; }
        if (i >= args.length) { return m; }
        var a = args[i++];
        switch (m) {
          case '%s': return typeof a === 'string' ? a : (typeof a === 'object' && a !== null ? inspect(a, 1) : String(a));
          case '%d': case '%i': return String(m === '%i' ? parseInt(a, 10) : Number(a));
          case '%f': return String(parseFloat(a));
          case '%j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
          case '%c': return '';
          default: return inspect(a);
        }
      });
    } else {
      i = 0;
    }
    for (; i < args.length; i++) {
      var a = args[i];
      out += (out.length || i > 0 ? ' ' : '') + (typeof a === 'string' ? a : inspect(a));
    }
    return out;
  };

  // ---------------------------------------------------------------- console

  var makeConsole = function () {
    var c = {};
    var level = function (name) { return function () { host.log(name, format.apply(null, arguments)); }; };
    define(c, 'log', level('log'));
    define(c, 'info', level('info'));
    define(c, 'debug', level('debug'));
    define(c, 'warn', level('warn'));
    define(c, 'error', level('error'));
    define(c, 'trace', function () { host.log('trace', format.apply(null, arguments) + '\n' + new Error().stack); });
    define(c, 'dir', function (o) { host.log('log', inspect(o)); });
    define(c, 'table', function (o) { host.log('log', inspect(o)); });
    define(c, 'assert', function (ok) {
      if (!ok) { host.log('error', 'Assertion failed' + (arguments.length > 1 ? ': ' + format.apply(null, Array.prototype.slice.call(arguments, 1)) : '')); }
    });
    // Labels live with the invocation on the host, which reports them in that invocation's logs.
    define(c, 'time', function (label) { host.consoleLabel('time', String(label === undefined ? 'default' : label)); });
    define(c, 'timeEnd', function (label) { host.consoleLabel('timeEnd', String(label === undefined ? 'default' : label)); });
    define(c, 'timeLog', function (label) { host.consoleLabel('timeLog', String(label === undefined ? 'default' : label)); });
    define(c, 'count', function (label) { host.consoleLabel('count', String(label === undefined ? 'default' : label)); });
    return c;
  };

  // ---------------------------------------------------------------- timers

  var Timeout = function (id) { this._id = id; };
  define(Timeout.prototype, 'ref', function () { return this; });
  define(Timeout.prototype, 'unref', function () { return this; });
  define(Timeout.prototype, 'hasRef', function () { return true; });
  define(Timeout.prototype, 'refresh', function () { return this; });
  define(Timeout.prototype, Symbol.toPrimitive, function () { return this._id; });
  var timerId = function (t) { return t instanceof Timeout ? t._id : Number(t); };
  var schedule = function (repeat) {
    return function (fn, delay) {
      if (typeof fn !== 'function') {
        var e = new TypeError('The "callback" argument must be of type function. Received ' + typeof fn);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      var args = Array.prototype.slice.call(arguments, 2);
      return new Timeout(host.setTimer(fn, args, Number(delay) || 0, repeat));
    };
  };
  var clear = function (t) { if (t !== undefined && t !== null) { host.clearTimer(timerId(t)); } };

  // ---------------------------------------------------------------- Buffer

  var Buffer = function Buffer(arg, encodingOrOffset, length) {
    return Buffer.from(arg, encodingOrOffset, length);
  };
  Buffer.prototype = Object.create(Uint8Array.prototype);
  define(Buffer.prototype, 'constructor', Buffer);
  var asBuffer = function (u8) { Object.setPrototypeOf(u8, Buffer.prototype); return u8; };
  var normalize = function (enc) {
    enc = String(enc || 'utf8').toLowerCase();
    switch (enc) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'latin1';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      default: throw new TypeError('Unknown encoding: ' + enc);
    }
  };
  define(Buffer, 'from', function (value, encodingOrOffset, length) {
    if (typeof value === 'string') { return asBuffer(host.encode(value, normalize(encodingOrOffset))); }
    if (value instanceof ArrayBuffer) {
      var off = encodingOrOffset || 0;
      return asBuffer(new Uint8Array(value, off, length === undefined ? value.byteLength - off : length));
    }
    if (ArrayBuffer.isView(value)) { return asBuffer(new Uint8Array(value)); }
    if (value && value.type === 'Buffer' && Array.isArray(value.data)) { return asBuffer(new Uint8Array(value.data)); }
    if (Array.isArray(value) || (value && typeof value.length === 'number')) { return asBuffer(new Uint8Array(value)); }
    throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
  });
  define(Buffer, 'alloc', function (size, fill, encoding) {
    var b = asBuffer(new Uint8Array(size));
    if (fill !== undefined) { b.fill(fill, 0, size, encoding); }
    return b;
  });
  define(Buffer, 'allocUnsafe', function (size) { return asBuffer(new Uint8Array(size)); });
  define(Buffer, 'allocUnsafeSlow', function (size) { return asBuffer(new Uint8Array(size)); });
  define(Buffer, 'isBuffer', function (b) { return b instanceof Buffer; });
  define(Buffer, 'isEncoding', function (e) { try { normalize(e); return true; } catch (x) { return false; } });
  define(Buffer, 'byteLength', function (s, enc) {
    if (typeof s !== 'string') { return s.byteLength; }
    return host.encode(s, normalize(enc)).length;
  });
  define(Buffer, 'concat', function (list, total) {
    if (total === undefined) { total = 0; for (var i = 0; i < list.length; i++) { total += list[i].length; } }
    var out = Buffer.alloc(total);
    var pos = 0;
    for (var j = 0; j < list.length && pos < total; j++) {
      var part = list[j];
      out.set(part.length > total - pos ? part.subarray(0, total - pos) : part, pos);
      pos += part.length;
    }
    return out;
  });
  define(Buffer, 'compare', function (a, b) { return a.compare(b); });
  var proto = Buffer.prototype;
  define(proto, 'toString', function (encoding, start, end) {
    start = start === undefined ? 0 : start;
    end = end === undefined ? this.length : Math.min(end, this.length);
    return host.decode(this.subarray(start, end), normalize(encoding));
  });
  define(proto, 'toJSON', function () { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; });
  define(proto, 'equals', function (other) { return this.compare(other) === 0; });
  define(proto, 'compare', function (other) {
    var n = Math.min(this.length, other.length);
    for (var i = 0; i < n; i++) { if (this[i] !== other[i]) { return this[i] < other[i] ? -1 : 1; } }
    return this.length === other.length ? 0 : (this.length < other.length ? -1 : 1);
  });
  define(proto, 'slice', function (start, end) { return asBuffer(Uint8Array.prototype.subarray.call(this, start, end)); });
  define(proto, 'subarray', function (start, end) { return asBuffer(Uint8Array.prototype.subarray.call(this, start, end)); });
  define(proto, 'write', function (string, offset, length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
    var bytes = host.encode(string, normalize(encoding));
    offset = offset || 0;
    var n = Math.min(bytes.length, length === undefined ? this.length - offset : length, this.length - offset);
    this.set(bytes.subarray(0, n), offset);
    return n;
  });
  define(proto, 'copy', function (target, targetStart, sourceStart, sourceEnd) {
    targetStart = targetStart || 0;
    sourceStart = sourceStart || 0;
    sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
    var part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  });
  define(proto, 'fill', function (value, offset, end, encoding) {
    offset = offset || 0;
    end = end === undefined ? this.length : end;
    if (typeof value === 'string') {
      var bytes = value.length === 0 ? new Uint8Array([0]) : host.encode(value, normalize(encoding));
      for (var i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) { this[i] = bytes[j]; }
      return this;
    }
    Uint8Array.prototype.fill.call(this, Number(value) & 255, offset, end);
    return this;
  });
  define(proto, 'indexOf', function (value, from) {
    var needle = typeof value === 'number' ? [value & 255] : (typeof value === 'string' ? Buffer.from(value) : value);
    from = from || 0;
    outer: for (var i = from; i <= this.length - needle.length; i++) {
      for (var j = 0; j < needle.length; j++) { if (this[i + j] !== needle[j]) { continue outer; } }
      return i;
    }
    return -1;
  });
  define(proto, 'includes', function (value, from) { return this.indexOf(value, from) !== -1; });
  var view = function (b) { return new DataView(b.buffer, b.byteOffset, b.byteLength); };
  var readers = { UInt8: 'getUint8', Int8: 'getInt8', UInt16: 'getUint16', Int16: 'getInt16', UInt32: 'getUint32',
    Int32: 'getInt32', Float: 'getFloat32', Double: 'getFloat64' };
  Object.keys(readers).forEach(function (name) {
    var get = readers[name];
    var set = 's' + get.substring(1);
    var single = name === 'UInt8' || name === 'Int8';
    var suffixes = single ? [''] : ['LE', 'BE'];
    suffixes.forEach(function (suffix) {
      var little = suffix === 'LE';
      define(proto, 'read' + name + suffix, function (offset) { return view(this)[get](offset || 0, little); });
      define(proto, 'write' + name + suffix, function (value, offset) {
        view(this)[set](offset || 0, value, little);
        return (offset || 0) + ({ getUint8: 1, getInt8: 1, getUint16: 2, getInt16: 2, getUint32: 4, getInt32: 4, getFloat32: 4, getFloat64: 8 })[get];
      });
      if (name.indexOf('UInt') === 0) {
        define(proto, 'readUint' + name.substring(4) + suffix, proto['read' + name + suffix]);
        define(proto, 'writeUint' + name.substring(4) + suffix, proto['write' + name + suffix]);
      }
    });
  });

  // ---------------------------------------------------------------- TextEncoder / TextDecoder / atob / btoa

  var TextEncoder = function TextEncoder() {};
  define(TextEncoder.prototype, 'encoding', 'utf-8');
  define(TextEncoder.prototype, 'encode', function (s) { return host.encode(String(s === undefined ? '' : s), 'utf8'); });
  var TextDecoder = function TextDecoder(label) { this._enc = normalize(label || 'utf8'); };
  define(TextDecoder.prototype, 'decode', function (bytes) {
    if (bytes === undefined) { return ''; }
    var u8 = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return host.decode(u8, this._enc);
  });

  // ---------------------------------------------------------------- install

  define(globalThis, 'console', makeConsole());
  define(globalThis, 'setTimeout', schedule(false));
  define(globalThis, 'setInterval', schedule(true));
  define(globalThis, 'setImmediate', function (fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return new Timeout(host.setTimer(fn, args, -1, false));
  });
  define(globalThis, 'clearTimeout', clear);
  define(globalThis, 'clearInterval', clear);
  define(globalThis, 'clearImmediate', clear);
  define(globalThis, 'queueMicrotask', function (fn) { host.queueMicrotask(fn); });
  define(globalThis, 'Buffer', Buffer);
  define(globalThis, 'TextEncoder', TextEncoder);
  define(globalThis, 'TextDecoder', TextDecoder);
  define(globalThis, 'btoa', function (s) { return host.decode(host.encode(String(s), 'latin1'), 'base64'); });
  define(globalThis, 'atob', function (s) { return host.decode(host.encode(String(s), 'base64'), 'latin1'); });
  define(globalThis, '__minicloud_node', Object.freeze({ inspect: inspect, format: format }));
})(__minicloud_host);
