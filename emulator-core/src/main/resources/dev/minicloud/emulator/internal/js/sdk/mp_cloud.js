// wx.cloud and FinClip's ft.cloud inside a mini-program: the client facade of cloud_database.js (`shared`). Every
// method that reaches the backend takes success/fail/complete and returns nothing when one is given, else a Promise;
// errMsg strings are the client's (`cloud.callFunction:ok`, `collection.get:ok`). The emulator answers database
// requests under the current user's permissions, as for the Java client.
// Plain ES5: this file runs untranspiled, once per mini-program. Returns `newCloud(options)`.
//   host(op, payload): the emulator;  reportError(e): an error thrown by a callback, reported as the platform does
(function (host, shared, reportError, watchers) {
  var NOT_INITED = "Cloud API isn't enabled, please call wx.cloud.init first";
  var hasCallback = function (o) {
    return !!o && typeof o === 'object' &&
      (typeof o.success === 'function' || typeof o.fail === 'function' || typeof o.complete === 'function');
  };
  var invoke = function (fn, value) {
    if (typeof fn !== 'function') { return; }
    try { fn(value); } catch (e) { reportError(e); }
  };
  // The platform's calling convention: callbacks when any is given, else a Promise. A failure the SDK detects
  // synchronously (bad options) is a failed call, as on the platform, whose APIs never throw once called.
  var deliver = function (options, p) {
    if (!hasCallback(options)) { return p; }
    p.then(function (r) {
      invoke(options.success, r);
      invoke(options.complete, r);
    }, function (e) {
      invoke(options.fail, e);
      invoke(options.complete, e);
    });
    return undefined;
  };
  var settle = function (options, run) {
    var p;
    try {
      p = Promise.resolve(run());
    } catch (e) {
      p = Promise.reject(e);
    }
    return deliver(options, p);
  };
  var terminal = function (fn) {
    return function (options) {
      var self = this;
      var args = arguments;
      return settle(options, function () { return fn.apply(self, args); });
    };
  };

  var nextWatchId = 1;
  var watch = function (payload, options) {
    if (!options || typeof options.onChange !== 'function' || typeof options.onError !== 'function') {
      throw new TypeError('watch needs both onChange and onError');
    }
    var id = nextWatchId++;
    watchers[id] = options;
    payload.watchId = id;
    try {
      db.call('database.watch', payload);
    } catch (e) {
      delete watchers[id];
      throw e;
    }
    return {
      close: function (closeOptions) {
        delete watchers[id];
        return settle(closeOptions, function () { return db.request('database.unwatch', { watchId: id }); });
      }
    };
  };

  var db = shared(host, { terminal: terminal, watch: watch });
  var isObject = db.isObject;

  // The storage calls go to the current user's client storage, under the storage's permission.
  var storageCall = function (api, payloadOf) {
    return function (options) {
      return settle(options, function () {
        if (!isObject(options)) {
          throw db.sdkError('parameter.options should be object instead of ' + db.jsType(options) + ';');
        }
        var payload = payloadOf(options);
        payload.api = 'cloud.' + api;
        return db.request('cloud.' + api, payload);
      });
    };
  };
  // uploadFile and downloadFile: with callbacks they return the platform's task, whose progress listeners hear the
  // whole transfer at once and whose abort() stops a transfer that has not run yet.
  var transfer = function (api, payloadOf) {
    return function (options) {
      var listeners = [];
      var aborted = false;
      var p = Promise.resolve().then(function () {
        if (aborted) { throw db.apiError(-1, 'cloud.' + api + ':fail abort'); }
        return storageCall(api, payloadOf)(isObject(options) ? { fileID: options.fileID, cloudPath: options.cloudPath,
          filePath: options.filePath } : options);
      }).then(function (r) {
        var bytes = r.bytes;
        delete r.bytes;
        listeners.slice().forEach(function (l) {
          invoke(l, { progress: 100, totalBytesWritten: bytes, totalBytesExpectedToWrite: bytes,
            totalBytesSent: bytes, totalBytesExpectedToSend: bytes });
        });
        return r;
      });
      if (!hasCallback(options)) {
        return p;
      }
      deliver(options, p);
      var noop = function () {};
      return {
        onProgressUpdate: function (fn) { listeners.push(fn); },
        offProgressUpdate: function (fn) { listeners = listeners.filter(function (l) { return l !== fn; }); },
        abort: function () { aborted = true; },
        onHeadersReceived: noop,
        offHeadersReceived: noop
      };
    };
  };
  var needString = function (api, name, value) {
    if (typeof value !== 'string') {
      throw db.apiError(-1, 'cloud.' + api + ':fail parameter error: parameter.' + name + ' should be String'
        + ' instead of ' + Object.prototype.toString.call(value).slice(8, -1) + ';');
    }
    return value;
  };

  var newCloud = function (defaults) {
    var state = { inited: false, env: defaults && defaults.resourceEnv };
    var requireInit = function () {
      if (!state.inited) { throw db.sdkError(NOT_INITED); }
    };
    var cloud = {};
    // Only the first call has effect.
    cloud.init = function (options) {
      if (!state.inited) {
        state.inited = true;
        if (options && options.env !== undefined) { state.env = options.env; }
      }
      return Promise.resolve();
    };
    var envOf = function (options, service) {
      var env = options && options.env !== undefined ? options.env : state.env;
      return env && typeof env === 'object' ? env[service] : env;
    };
    cloud.database = function (options) {
      requireInit();
      return new db.Database({ env: envOf(options, 'database') });
    };
    cloud.callFunction = function (options) {
      requireInit();
      return settle(options, function () {
        if (!isObject(options)) {
          throw db.sdkError('parameter.options should be object instead of ' + db.jsType(options) + ';');
        }
        if (typeof options.name !== 'string') {
          throw db.sdkError('parameter.name should be string instead of ' + db.jsType(options.name) + ';');
        }
        return db.request('functions.invokeFunction', { name: options.name,
          data: options.data === undefined ? {} : options.data });
      });
    };
    var withInit = function (fn) {
      return function (options) {
        requireInit();
        return fn(options);
      };
    };
    cloud.uploadFile = withInit(transfer('uploadFile', function (o) {
      return { cloudPath: o.cloudPath, filePath: needString('uploadFile', 'filePath', o.filePath) };
    }));
    cloud.downloadFile = withInit(transfer('downloadFile', function (o) { return { fileID: o.fileID }; }));
    cloud.getTempFileURL = withInit(storageCall('getTempFileURL', function (o) { return { fileList: o.fileList }; }));
    cloud.deleteFile = withInit(storageCall('deleteFile', function (o) { return { fileList: o.fileList }; }));
    cloud.CloudID = function (id) {
      if (!(this instanceof cloud.CloudID)) { return new cloud.CloudID(id); }
      this.cloudID = id;
    };
    cloud.Cloud = function (options) {
      return newCloud(options);
    };
    return cloud;
  };

  return { newCloud: newCloud, revive: db.revive };
})
