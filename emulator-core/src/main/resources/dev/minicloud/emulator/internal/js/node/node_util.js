// Node's `util` module: the parts cloud code uses.
(function (exports, require, module) {
  var node = __minicloud_node;
  var util = {
    format: node.format,
    inspect: function (v, options) { return node.inspect(v, options && options.depth !== undefined ? options.depth : 2); },
    promisify: function (fn) {
      if (typeof fn !== 'function') { throw new TypeError('The "original" argument must be of type function'); }
      return function () {
        var self = this;
        var args = Array.prototype.slice.call(arguments);
        return new Promise(function (resolve, reject) {
          fn.apply(self, args.concat([function (err, value) { if (err) { reject(err); } else { resolve(value); } }]));
        });
      };
    },
    callbackify: function (fn) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var cb = args.pop();
        fn.apply(this, args).then(function (v) { cb(null, v); }, function (e) { cb(e); });
      };
    },
    inherits: function (ctor, superCtor) {
      Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    },
    deprecate: function (fn) { return fn; },
    isDeepStrictEqual: function (a, b) { return JSON.stringify(a) === JSON.stringify(b); },
    isArray: Array.isArray,
    isString: function (v) { return typeof v === 'string'; },
    isNumber: function (v) { return typeof v === 'number'; },
    isFunction: function (v) { return typeof v === 'function'; },
    isObject: function (v) { return v !== null && typeof v === 'object'; },
    isDate: function (v) { return v instanceof Date; },
    isRegExp: function (v) { return v instanceof RegExp; },
    isError: function (v) { return v instanceof Error; },
    types: {
      isDate: function (v) { return v instanceof Date; },
      isRegExp: function (v) { return v instanceof RegExp; },
      isPromise: function (v) { return v instanceof Promise; },
      isTypedArray: function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); },
      isUint8Array: function (v) { return v instanceof Uint8Array; },
      isMap: function (v) { return v instanceof Map; },
      isSet: function (v) { return v instanceof Set; },
      isArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
      isDataView: function (v) { return v instanceof DataView; },
      isNativeError: function (v) { return v instanceof Error; },
      // Script cannot tell a Proxy here; what clients ask it of (got of its sockets) never is one in this runtime.
      isProxy: function () { return false; },
      isAsyncFunction: function (v) { return typeof v === 'function' && v.constructor && v.constructor.name === 'AsyncFunction'; }
    },
    TextEncoder: TextEncoder,
    TextDecoder: TextDecoder
  };
  util.inspect.custom = Symbol.for('nodejs.util.inspect.custom');
  module.exports = util;
})
