// Node's small modules cloud code reaches for: assert, querystring, os, timers, timers/promises, string_decoder.
(function (exports, require, module, host, name) {
  var modules = {};
  var fail = function (message, actual, expected, operator) {
    var e = new Error(message || (JSON.stringify(actual) + ' ' + operator + ' ' + JSON.stringify(expected)));
    e.name = 'AssertionError';
    e.code = 'ERR_ASSERTION';
    e.actual = actual;
    e.expected = expected;
    e.operator = operator;
    throw e;
  };
  var deepEqual = function (a, b) { return JSON.stringify(a) === JSON.stringify(b); };
  var assert = function (value, message) { if (!value) { fail(message, value, true, '=='); } };
  assert.ok = assert;
  assert.equal = function (a, b, m) { if (a != b) { fail(m, a, b, '=='); } };
  assert.notEqual = function (a, b, m) { if (a == b) { fail(m, a, b, '!='); } };
  assert.strictEqual = function (a, b, m) { if (a !== b) { fail(m, a, b, '==='); } };
  assert.notStrictEqual = function (a, b, m) { if (a === b) { fail(m, a, b, '!=='); } };
  assert.deepEqual = function (a, b, m) { if (!deepEqual(a, b)) { fail(m, a, b, 'deepEqual'); } };
  assert.deepStrictEqual = assert.deepEqual;
  assert.notDeepStrictEqual = function (a, b, m) { if (deepEqual(a, b)) { fail(m, a, b, 'notDeepStrictEqual'); } };
  assert.throws = function (fn, expected, m) {
    try { fn(); } catch (e) { return; }
    fail(typeof expected === 'string' ? expected : m || 'Missing expected exception.', undefined, expected, 'throws');
  };
  assert.fail = function (m) { fail(m || 'Failed', undefined, undefined, 'fail'); };
  assert.strict = assert;
  modules.assert = assert;

  var escape = function (s) { return encodeURIComponent(s); };
  modules.querystring = {
    escape: escape,
    unescape: function (s) { return decodeURIComponent(s.replace(/\+/g, ' ')); },
    stringify: function (obj, sep, eq) {
      sep = sep || '&';
      eq = eq || '=';
      return Object.keys(obj || {}).map(function (k) {
        var v = obj[k];
        var one = function (x) { return escape(k) + eq + escape(x === undefined || x === null ? '' : String(x)); };
        return Array.isArray(v) ? v.map(one).join(sep) : one(v);
      }).join(sep);
    },
    parse: function (s, sep, eq) {
      var out = {};
      if (!s) { return out; }
      s.split(sep || '&').forEach(function (pair) {
        if (!pair) { return; }
        var i = pair.indexOf(eq || '=');
        var k = modules.querystring.unescape(i < 0 ? pair : pair.substring(0, i));
        var v = i < 0 ? '' : modules.querystring.unescape(pair.substring(i + 1));
        if (Object.prototype.hasOwnProperty.call(out, k)) {
          out[k] = Array.isArray(out[k]) ? out[k].concat([v]) : [out[k], v];
        } else {
          out[k] = v;
        }
      });
      return out;
    }
  };
  modules.querystring.encode = modules.querystring.stringify;
  modules.querystring.decode = modules.querystring.parse;

  modules.os = {
    EOL: '\n',
    platform: function () { return 'linux'; },
    type: function () { return 'Linux'; },
    arch: function () { return 'x64'; },
    release: function () { return '5.4.0'; },
    hostname: function () { return 'minicloud'; },
    tmpdir: function () { return '/tmp'; },
    homedir: function () { return '/home/qcloud'; },
    cpus: function () { return [{ model: 'MiniCloud', speed: 0 }]; },
    totalmem: function () { return 256 * 1024 * 1024; },
    freemem: function () { return 128 * 1024 * 1024; },
    uptime: function () { return process.uptime(); },
    networkInterfaces: function () { return {}; },
    endianness: function () { return 'LE'; }
  };

  modules.timers = {
    setTimeout: setTimeout, setInterval: setInterval, setImmediate: setImmediate,
    clearTimeout: clearTimeout, clearInterval: clearInterval, clearImmediate: clearImmediate
  };
  modules['timers/promises'] = {
    setTimeout: function (delay, value) { return new Promise(function (resolve) { setTimeout(resolve, delay, value); }); },
    setImmediate: function (value) { return new Promise(function (resolve) { setImmediate(resolve, value); }); }
  };
  modules.string_decoder = {
    StringDecoder: function (enc) {
      var encoding = enc || 'utf8';
      this.write = function (b) { return Buffer.from(b).toString(encoding); };
      this.end = function (b) { return b ? Buffer.from(b).toString(encoding) : ''; };
    }
  };
  module.exports = modules[name];
})
