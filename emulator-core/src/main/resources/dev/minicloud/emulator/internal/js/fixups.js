// Corrections for Rhino 1.9.2 and Closure v20240317 bugs that change results (docs/js-runtime.md), run into
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
})(__minicloud_host);
