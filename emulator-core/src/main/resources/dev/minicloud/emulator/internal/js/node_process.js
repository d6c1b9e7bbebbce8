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
    versions: { node: '16.13.0', v8: '9.4.146.24-node.14', modules: '93' },
    release: { name: 'node' },
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
  return process;
})
