// `process` for one function instance: its own env (code writes to process.env), SCF's working directory.
(function (host, env) {
  var started = host.nanoTime();
  var nextTick = function (fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    queueMicrotask(function () { fn.apply(null, args); });
  };
  var hrtime = function (previous) {
    var now = host.nanoTime();
    var seconds = Math.floor(now / 1e9);
    var nanos = now - seconds * 1e9;
    if (previous) {
      seconds -= previous[0];
      nanos -= previous[1];
      if (nanos < 0) { seconds -= 1; nanos += 1e9; }
    }
    return [seconds, nanos];
  };
  hrtime.bigint = function () { return BigInt(Math.floor(host.nanoTime())); };
  var noop = function () { return process; };
  var process = {
    env: env,
    argv: ['/var/lang/node16/bin/node', '/var/runtime/node16/index.js'],
    execArgv: [],
    version: 'v16.13.0',
    // Node 16.13.0's, as SCF's Nodejs16.13 runtime reports them; packages probe versions.node and release.name.
    // No brotli: zlib here has no Brotli, and got asks servers for br when versions.brotli is set.
    versions: { node: '16.13.0', v8: '9.4.146.19-node.13', uv: '1.42.0', zlib: '1.2.11',
      ares: '1.17.2', modules: '93', nghttp2: '1.45.1', napi: '8', llhttp: '6.0.4', openssl: '1.1.1l+quic',
      cldr: '39.0', icu: '69.1', tz: '2021a', unicode: '13.0' },
    release: { name: 'node', lts: 'Gallium',
      sourceUrl: 'https://nodejs.org/download/release/v16.13.0/node-v16.13.0.tar.gz',
      headersUrl: 'https://nodejs.org/download/release/v16.13.0/node-v16.13.0-headers.tar.gz' },
    platform: 'linux',
    arch: 'x64',
    pid: 1,
    ppid: 0,
    title: 'node',
    exitCode: undefined,
    cwd: function () { return '/var/user'; },
    chdir: function () { throw new Error('process.chdir() is not supported in cloud functions'); },
    uptime: function () { return (host.nanoTime() - started) / 1e9; },
    hrtime: hrtime,
    nextTick: nextTick,
    memoryUsage: function () { return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }; },
    cpuUsage: function () { return { user: 0, system: 0 }; },
    emitWarning: function (w) { console.warn('Warning:', w); },
    exit: function (code) {
      throw new Error('process.exit(' + (code === undefined ? '' : code) + ') was called: a cloud function should return instead');
    },
    on: noop, once: noop, off: noop, addListener: noop, removeListener: noop, removeAllListeners: noop,
    emit: function () { return false; },
    listeners: function () { return []; },
    stdout: { write: function (s) { console.log(String(s).replace(/\n$/, '')); return true; }, isTTY: false },
    stderr: { write: function (s) { console.error(String(s).replace(/\n$/, '')); return true; }, isTTY: false }
  };
  // Object.prototype.toString.call(process) is '[object process]' in Node: axios chooses its adapter by it.
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', configurable: true });
  return process;
})
