// Corrections for Rhino 1.9.2 and Closure v20240317 bugs that change results (docs/functions.md), run into
// each function instance's own realm when the instance is created. Plain ES5: this file runs untranspiled.
(function (host) {
  var define = function (target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  };

  // Rhino reports status " rejected" (with a space) from Promise.allSettled.
  define(Promise, 'allSettled', function allSettled(iterable) {
    var P = this;
    return P.all(Array.from(iterable, function (item) {
      return P.resolve(item).then(
        function (value) { return { status: 'fulfilled', value: value }; },
        function (reason) { return { status: 'rejected', reason: reason }; });
    }));
  });

  // Closure's for-await over a sync iterable does not await the values it yields.
  var SyncWrapper = $jscomp.AsyncIteratorFromSyncWrapper;
  $jscomp.AsyncIteratorFromSyncWrapper = function (iterator) {
    SyncWrapper.call(this, iterator);
    this.next = function (param) {
      var step = iterator.next(param);
      return Promise.resolve(step.value).then(function (value) {
        return { value: value, done: step.done };
      });
    };
  };

  // Rhino cannot parse "2024-03-17 10:20:30" (NaN), which CN code writes everywhere; Node reads it as local time.
  // The same wrapper makes Date.now() and new Date() read the environment's virtual clock.
  var NativeDate = Date;
  var SPACED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
  var fix = function (s) {
    if (typeof s === 'string') {
      var m = SPACED.exec(s);
      if (m) {
        return m[1] + 'T' + m[2];
      }
    }
    return s;
  };
  var WrappedDate = function Date(year, month, day, hours, minutes, seconds, ms) {
    var n = arguments.length;
    if (!(this instanceof WrappedDate)) {
      return new NativeDate(host.now()).toString();
    }
    if (n === 0) {
      return new NativeDate(host.now());
    }
    if (n === 1) {
      return new NativeDate(year instanceof NativeDate ? year.getTime() : fix(year));
    }
    return new NativeDate(year, month, n > 2 ? day : 1, n > 3 ? hours : 0, n > 4 ? minutes : 0,
      n > 5 ? seconds : 0, n > 6 ? ms : 0);
  };
  WrappedDate.prototype = NativeDate.prototype;
  define(NativeDate.prototype, 'constructor', WrappedDate);
  define(WrappedDate, 'now', function now() { return host.now(); });
  define(WrappedDate, 'parse', function parse(s) { return NativeDate.parse(fix(s)); });
  define(WrappedDate, 'UTC', NativeDate.UTC);
  define(globalThis, 'Date', WrappedDate);

  // Allocation guards. Rhino has no allocation hook and the budget is only sampled every few thousand instructions,
  // so one call could take gigabytes before the next check: the built-ins that allocate in proportion to an argument
  // reserve the bytes first (host.reserve throws the invocation's memory error), before the JVM's heap is touched.
  var reserve = host.reserve;
  var count = function (n) {
    n = Math.floor(Number(n));
    return n > 0 ? n : 0;
  };
  var elements = function (arg) {
    if (typeof arg !== 'object' || arg === null) { return count(arg); }
    return arg instanceof ArrayBuffer ? 0 : count(arg.length);
  };
  var guardConstructor = function (name, bytes) {
    var Raw = globalThis[name];
    var Guarded = function (a, b, c) {
      if (!(this instanceof Guarded)) {
        throw new TypeError("Constructor " + name + " requires 'new'");
      }
      reserve(bytes(a));
      var n = arguments.length;
      return n === 0 ? new Raw() : n === 1 ? new Raw(a) : n === 2 ? new Raw(a, b) : new Raw(a, b, c);
    };
    Object.defineProperty(Guarded, 'name', { value: name, configurable: true });
    Object.getOwnPropertyNames(Raw).forEach(function (key) {
      if (['length', 'name', 'arity', 'arguments', 'prototype'].indexOf(key) < 0) {
        Object.defineProperty(Guarded, key, Object.getOwnPropertyDescriptor(Raw, key));
      }
    });
    Object.setPrototypeOf(Guarded, Object.getPrototypeOf(Raw));
    Guarded.prototype = Raw.prototype;
    define(Raw.prototype, 'constructor', Guarded);
    define(globalThis, name, Guarded);
  };
  guardConstructor('ArrayBuffer', count);
  ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'].forEach(function (name) {
    var size = globalThis[name].BYTES_PER_ELEMENT;
    guardConstructor(name, function (arg) { return elements(arg) * size; });
  });
  var guardMethod = function (target, name, bytes) {
    var raw = target[name];
    var guarded = function () {
      reserve(bytes(this, arguments));
      return raw.apply(this, arguments);
    };
    Object.defineProperty(guarded, 'name', { value: name, configurable: true });
    define(target, name, guarded);
  };
  var copy = function (self) { return count(self.byteLength); };
  var typedProto = Object.getPrototypeOf(Uint8Array.prototype);
  ['slice', 'map', 'filter'].forEach(function (name) { guardMethod(typedProto, name, copy); });
  guardMethod(ArrayBuffer.prototype, 'slice', copy);
  guardMethod(String.prototype, 'repeat', function (self, args) {
    return 2 * String(self).length * count(args[0]);
  });
  var pad = function (self, args) { return 2 * Math.max(0, count(args[0]) - String(self).length); };
  guardMethod(String.prototype, 'padStart', pad);
  guardMethod(String.prototype, 'padEnd', pad);
  // Estimates below the real size: the separators alone, and one reference per array slot.
  guardMethod(Array.prototype, 'join', function (self, args) {
    var separator = args[0] === undefined ? 1 : String(args[0]).length;
    return 2 * Math.max(0, count(self.length) - 1) * separator;
  });
  guardMethod(Array.prototype, 'fill', function (self) { return 8 * count(self.length); });
  guardMethod(Array, 'from', function (self, args) { return 8 * elements(args[0]); });
})(__minicloud_host);
