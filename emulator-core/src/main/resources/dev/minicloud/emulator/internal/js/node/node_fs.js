// Node's `fs`, read-only and confined to the function's own folder (/var/user), as the code is deployed.
(function (exports, require, module, host) {
  var EventEmitter = require('events');
  var decodeOptions = function (options) {
    return typeof options === 'string' ? options : (options && options.encoding) || null;
  };
  var readFileSync = function (path, options) {
    var encoding = decodeOptions(options);
    var bytes = Buffer.from(host.readFile(String(path)));
    return encoding ? bytes.toString(encoding) : bytes;
  };
  var statSync = function (path) {
    var s = host.stat(String(path));
    return {
      size: s.size, mtimeMs: s.mtimeMs, mtime: new Date(s.mtimeMs), ctime: new Date(s.mtimeMs),
      isFile: function () { return s.file; },
      isDirectory: function () { return s.directory; },
      isSymbolicLink: function () { return false; }
    };
  };
  var readdirSync = function (path) { return host.readdir(String(path)); };
  var existsSync = function (path) { return host.exists(String(path)); };
  var readOnly = function (name) {
    return function () {
      var e = new Error('EROFS: read-only file system, ' + name + " '" + arguments[0] + "'");
      e.code = 'EROFS';
      throw e;
    };
  };
  var callback = function (sync) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      var cb = args.pop();
      var result;
      try { result = sync.apply(null, args); } catch (e) { setImmediate(cb, e); return; }
      setImmediate(cb, null, result);
    };
  };
  var promise = function (sync) {
    return function () {
      var args = arguments;
      return new Promise(function (resolve) { resolve(sync.apply(null, args)); });
    };
  };
  // Classes for the instanceof checks of HTTP clients (got asks whether a body is an fs.ReadStream).
  function ReadStream() { EventEmitter.call(this); }
  ReadStream.prototype = Object.create(EventEmitter.prototype, { constructor: { value: ReadStream, writable: true } });
  var createReadStream = function (path) {
    var stream = new ReadStream();
    var data = readFileSync(path);
    stream.path = path;
    stream.__minicloudPath = String(path);
    stream.pipe = function (dest) { dest.write(data); if (dest.end) { dest.end(); } return dest; };
    setImmediate(function () { stream.emit('open'); stream.emit('data', data); stream.emit('end'); stream.emit('close'); });
    return stream;
  };
  var writes = ['writeFileSync', 'appendFileSync', 'mkdirSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'renameSync',
    'copyFileSync', 'writeSync'];
  var fs = {
    readFileSync: readFileSync,
    statSync: statSync,
    lstatSync: statSync,
    readdirSync: readdirSync,
    existsSync: existsSync,
    readFile: callback(readFileSync),
    stat: callback(statSync),
    readdir: callback(readdirSync),
    exists: function (path, cb) { setImmediate(cb, existsSync(path)); },
    createReadStream: createReadStream,
    createWriteStream: readOnly('open'),
    ReadStream: ReadStream,
    WriteStream: function WriteStream() { readOnly('open')(); },
    promises: { readFile: promise(readFileSync), stat: promise(statSync), readdir: promise(readdirSync) },
    constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
    accessSync: function (path) { statSync(path); },
    access: callback(function (path) { statSync(path); })
  };
  writes.forEach(function (name) {
    fs[name] = readOnly(name.replace(/Sync$/, ''));
    fs[name.replace(/Sync$/, '')] = readOnly(name.replace(/Sync$/, ''));
  });
  ['writeFile', 'appendFile', 'mkdir', 'rm', 'unlink', 'rename'].forEach(function (name) { fs.promises[name] = readOnly(name); });
  module.exports = fs;
})
