// A mini-program's local files: wx.getFileSystemManager() and the chooseImage/chooseMedia answers a test placed,
// on the emulator's LocalFiles (wxfile://usr for the user's files, wxfile://tmp_* for temporary ones). Errors carry the
// platform's errMsg (`readFile:fail no such file or directory, open wxfile://usr/a.txt`); the Sync forms throw an
// Error with that message under their own name (`readFileSync:fail ...`).
// Plain ES5: this file runs untranspiled, once per mini-program. Returns install(api, record).
//   ask(op, payload): the emulator, throwing Error(errMsg);  async(name, run): the platform's callback convention
(function (ask, async) {
  // Bytes cross the JSON bridge as latin1 text, one character per byte.
  var toBuffer = function (text) {
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  };
  var fromBuffer = function (data) {
    var bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    var parts = [];
    for (var i = 0; i < bytes.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)));
    }
    return parts.join('');
  };
  var isBytes = function (data) { return data instanceof ArrayBuffer || ArrayBuffer.isView(data); };

  var typeName = function (v) { return Object.prototype.toString.call(v).slice(8, -1); };
  // The platform's parameter check, before anything reaches the files.
  var needString = function (api, name, value) {
    if (typeof value !== 'string') {
      throw new Error(api + ':fail parameter error: parameter.' + name + ' should be String instead of '
        + typeName(value) + ';');
    }
    return value;
  };

  var ops = {
    readFile: function (api, o) {
      var r = ask('fs.readFile', { api: api, filePath: needString(api, 'filePath', o.filePath),
        encoding: o.encoding, position: o.position, length: o.length });
      return r.bytes ? toBuffer(r.data) : r.data;
    },
    writeFile: function (api, o, append) {
      var bytes = isBytes(o.data);
      if (!bytes && typeof o.data !== 'string') {
        throw new Error(api + ':fail parameter error: parameter.data should be String/ArrayBuffer instead of '
          + typeName(o.data) + ';');
      }
      ask('fs.writeFile', { api: api, filePath: needString(api, 'filePath', o.filePath), append: append,
        data: bytes ? fromBuffer(o.data) : o.data, encoding: bytes ? 'latin1' : o.encoding });
    },
    access: function (api, o) { ask('fs.access', { api: api, path: needString(api, 'path', o.path) }); },
    unlink: function (api, o) { ask('fs.unlink', { api: api, filePath: needString(api, 'filePath', o.filePath) }); },
    readdir: function (api, o) {
      return ask('fs.readdir', { api: api, dirPath: needString(api, 'dirPath', o.dirPath) }).files;
    },
    mkdir: function (api, o) {
      ask('fs.mkdir', { api: api, dirPath: needString(api, 'dirPath', o.dirPath), recursive: !!o.recursive });
    },
    rmdir: function (api, o) {
      ask('fs.rmdir', { api: api, dirPath: needString(api, 'dirPath', o.dirPath), recursive: !!o.recursive });
    }
  };

  var manager = function () {
    var fs = {
      readFile: async('readFile', function (o) { return { data: ops.readFile('readFile', o) }; }),
      readFileSync: function (filePath, encoding, position, length) {
        return ops.readFile('readFileSync', { filePath: filePath, encoding: encoding, position: position,
          length: length });
      },
      writeFile: async('writeFile', function (o) { ops.writeFile('writeFile', o, false); return {}; }),
      writeFileSync: function (filePath, data, encoding) {
        ops.writeFile('writeFileSync', { filePath: filePath, data: data, encoding: encoding }, false);
      },
      appendFile: async('appendFile', function (o) { ops.writeFile('appendFile', o, true); return {}; }),
      appendFileSync: function (filePath, data, encoding) {
        ops.writeFile('appendFileSync', { filePath: filePath, data: data, encoding: encoding }, true);
      },
      access: async('access', function (o) { ops.access('access', o); return {}; }),
      accessSync: function (path) { ops.access('accessSync', { path: path }); },
      unlink: async('unlink', function (o) { ops.unlink('unlink', o); return {}; }),
      unlinkSync: function (filePath) { ops.unlink('unlinkSync', { filePath: filePath }); },
      readdir: async('readdir', function (o) { return { files: ops.readdir('readdir', o) }; }),
      readdirSync: function (dirPath) { return ops.readdir('readdirSync', { dirPath: dirPath }); },
      mkdir: async('mkdir', function (o) { ops.mkdir('mkdir', o); return {}; }),
      mkdirSync: function (dirPath, recursive) { ops.mkdir('mkdirSync', { dirPath: dirPath, recursive: recursive }); },
      rmdir: async('rmdir', function (o) { ops.rmdir('rmdir', o); return {}; }),
      rmdirSync: function (dirPath, recursive) { ops.rmdir('rmdirSync', { dirPath: dirPath, recursive: recursive }); }
    };
    return new Proxy(fs, {
      get: function (target, name) {
        if (typeof name !== 'string' || name in target || name === 'then' || name === 'toJSON') { return target[name]; }
        return function () {
          throw new Error('not emulated: FileSystemManager.' + name + ' (see docs/miniprogram.md)');
        };
      }
    });
  };

  return function install(api, record) {
    var fs = null;
    api.getFileSystemManager = function () {
      fs = fs || manager();
      return fs;
    };
    var chosen = function (name, o) {
      record(name, o);
      var count = typeof o.count === 'number' ? o.count : 9;
      return ask('wx.choose', { api: name, count: count }).files;
    };
    api.chooseImage = async('chooseImage', function (o) {
      var files = chosen('chooseImage', o);
      return { tempFilePaths: files.map(function (f) { return f.path; }), tempFiles: files };
    });
    api.chooseMedia = async('chooseMedia', function (o) {
      var files = chosen('chooseMedia', o);
      return { type: 'image', tempFiles: files.map(function (f) {
        return { tempFilePath: f.path, size: f.size, fileType: 'image' };
      }) };
    });
  };
})
