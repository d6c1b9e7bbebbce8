// wx.cloud and FinClip's ft.cloud inside a mini-program: the client facade of cloud_database.js (`shared`). Every
// method that reaches the backend takes success/fail/complete and returns nothing when one is given, else a Promise;
// errMsg strings are the client's (`cloud.callFunction:ok`, `collection.get:ok`). The emulator answers database
// requests under the current user's permissions, as for the Java client.
// Plain ES5: this file runs untranspiled, once per mini-program. Returns `newCloud(options)`.
//   host(op, json): the emulator;  reportError(e): an error thrown by a callback, reported as the platform does
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
  var settle = function (options, run) {
    var p;
    try {
      p = Promise.resolve(run());
    } catch (e) {
      p = Promise.reject(e);
    }
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

  var storageLater = function (api) {
    return function (options) {
      return settle(options, function () {
        throw db.apiError(-1, 'cloud.' + api + ':fail not emulated yet in MiniCloud mini-programs: wx.cloud.' + api);
      });
    };
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
    ['uploadFile', 'downloadFile', 'getTempFileURL', 'deleteFile'].forEach(function (api) {
      cloud[api] = storageLater(api);
    });
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
