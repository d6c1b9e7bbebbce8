// MiniCloud's wx-server-sdk: what `require('wx-server-sdk')` returns inside a cloud function, whatever the function's
// node_modules holds. It mirrors wx-server-sdk 4.0.2's surface, builder rules, result shapes and SDK-side errors;
// every call that reaches the backend goes to the emulator through `host(op, payload)`, the one host function. The
// database builder is cloud_database.js (`shared`), which the mini-program's wx.cloud uses too.
// Plain ES5: this file runs untranspiled, once per function instance (so `init` state is per instance, as in SCF).
(function (exports, require, module, host, name, shared) {
  var VERSION = '4.0.2';
  var DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
  var NOT_INITED = "Cloud API isn't enabled, please call init first\n请先调用 init 完成初始化后再调用其他云 API。init 方法可传入一个对象用于设置默认配置，详见文档。";

  var state = { inited: false, env: undefined, throwOnNotFound: true };

  var db = shared(host, {});
  var Database = db.Database;
  var apiError = db.apiError;
  var sdkError = db.sdkError;
  var jsType = db.jsType;
  var isObject = db.isObject;
  var call = db.call;
  var request = db.request;
  var checkData = db.checkData;
  var checkCollectionName = db.checkCollectionName;
  var dataOf = db.dataOf;

  var requireInit = function () {
    if (!state.inited) { throw sdkError(NOT_INITED); }
  };

  // ------------------------------------------------------------------------------------------------ server-only database

  Database.prototype.createCollection = function (name) {
    return request('database.addCollection', { env: this._env, collectionName: name });
  };
  Database.prototype.startTransaction = function () {
    var db = this;
    return request('database.startTransaction', { env: this._env }).then(function (r) {
      return new Transaction(db, r.transactionId);
    });
  };
  // @cloudbase/database's runTransaction: the callback's value after the commit; after rollback(reason) a rejection
  // with the reason; any other failure rolls back and rejects with it. Conflicts run the callback again, each time in a
  // new transaction, `times` more times at most.
  Database.prototype.runTransaction = function (callback, times) {
    var db = this;
    var attempt = function (retriesLeft) {
      var t = null;
      return db.startTransaction().then(function (started) {
        t = started;
        return callback(t);
      }).then(function (value) {
        if (t._aborted) { throw t._reason; }
        return t.commit().then(function () { return value; });
      }).catch(function (err) {
        if (t === null) { throw err; }
        if (retriesLeft > 0 && err && err.transactionConflict) { return attempt(retriesLeft - 1); }
        if (t._aborted) { throw t._reason; }
        var rethrow = function () { throw err; };
        return t.rollback().then(rethrow, rethrow);
      });
    };
    return attempt(times === undefined ? 3 : times);
  };

  function Transaction(db, id) {
    this._db = db;
    this._id = id;
    this._aborted = false;
  }
  // Only single-document operations exist in a transaction.
  var notInTransaction = function (name) {
    return function () {
      throw new Error(name + '() is not supported inside a transaction: only doc(id).get/set/update/remove and add are');
    };
  };
  Transaction.prototype.collection = function (name) {
    checkCollectionName(name);
    var t = this;
    var payload = function (extra) {
      var o = { transactionId: t._id, collectionName: name };
      Object.keys(extra).forEach(function (k) { o[k] = extra[k]; });
      return o;
    };
    return {
      doc: function (docId) {
        if (typeof docId !== 'string' && typeof docId !== 'number') { throw new Error('docId必须为字符串或数字'); }
        var step = function (action, extra) {
          extra.docId = docId;
          return request(action, payload(extra));
        };
        var write = function (op, merge) {
          return function (options) {
            checkData(options, op);
            return step('database.updateDocInTransaction', dataOf(options, { merge: merge }));
          };
        };
        return {
          get: function () { return step('database.getInTransaction', {}); },
          set: write('set', false),
          update: write('update', true),
          remove: function () { return step('database.deleteDocInTransaction', {}); }
        };
      },
      add: function (options) {
        checkData(options, 'add');
        return request('database.insertDocInTransaction', payload(dataOf(options)));
      },
      where: notInTransaction('where'),
      aggregate: notInTransaction('aggregate')
    };
  };
  Transaction.prototype.commit = function () {
    return request('database.commitTransaction', { transactionId: this._id });
  };
  Transaction.prototype.rollback = function (reason) {
    var t = this;
    return request('database.abortTransaction', { transactionId: t._id }).then(function (r) {
      t._aborted = true;
      // Without a reason, runTransaction rejects with the rollback's own result.
      t._reason = reason === undefined ? r : reason;
      return r;
    });
  };

  // ------------------------------------------------------------------------------------------------ the cloud object

  var cloud = {};
  cloud.version = VERSION;
  cloud.DYNAMIC_CURRENT_ENV = DYNAMIC_CURRENT_ENV;
  cloud.init = function (options) {
    options = options || {};
    state.inited = true;
    state.env = options.env;
    if (options.throwOnNotFound !== undefined) { state.throwOnNotFound = options.throwOnNotFound; }
  };
  cloud.updateConfig = cloud.init;
  var envOf = function (options, service) {
    var env = options && options.env !== undefined ? options.env : state.env;
    if (env && typeof env === 'object') { env = env[service] || env['default']; }
    return typeof env === 'symbol' ? undefined : env;
  };
  cloud.database = function (options) {
    requireInit();
    return new Database({ env: envOf(options, 'database'),
      throwOnNotFound: options && options.throwOnNotFound !== undefined ? options.throwOnNotFound : state.throwOnNotFound });
  };
  cloud.callFunction = function (options) {
    requireInit();
    if (!isObject(options)) { return Promise.reject(sdkError('parameter.options should be object instead of ' + jsType(options) + ';')); }
    if (typeof options.name !== 'string') {
      return Promise.reject(sdkError('parameter.name should be string instead of ' + jsType(options.name) + ';'));
    }
    if (options.data !== undefined && !isObject(options.data)) {
      return Promise.reject(sdkError('parameter.data should be object instead of ' + jsType(options.data) + ';'));
    }
    return request('functions.invokeFunction', { name: options.name, data: options.data === undefined ? {} : options.data });
  };
  cloud.getWXContext = function () { return call('context.get', {}); };
  cloud.logger = function () {
    requireInit();
    var log = function (level) {
      return function (msg) {
        if (!isObject(msg)) { throw new Error('log msg must be an object'); }
        call('logger.log', { level: level, fields: msg });
      };
    };
    return { log: log('log'), info: log('info'), warn: log('warn'), error: log('error') };
  };

  // cloud.openapi.<module>.<method>(params), recorded by the emulator; tests decide the answers.
  var openapiProxy = function (options) {
    return new Proxy({}, {
      get: function (target, moduleName) {
        if (typeof moduleName !== 'string') { return undefined; }
        return new Proxy({}, {
          get: function (t, method) {
            if (typeof method !== 'string') { return undefined; }
            return function (params) {
              requireInit();
              return request('openapi.call', { module: moduleName, method: method, params: params === undefined ? {} : params,
                options: options || {} });
            };
          }
        });
      }
    });
  };
  var defaultOpenapi = openapiProxy({});
  cloud.openapi = new Proxy(function (options) { return openapiProxy(options); }, {
    get: function (target, name) { return defaultOpenapi[name]; }
  });

  // Storage: server forms (cloudPath + fileContent, fileID lists).
  var storageCall = function (op, api, options, check) {
    requireInit();
    if (!isObject(options)) { return Promise.reject(sdkError('Params for ' + api + ' must be an object instead of ' + jsType(options))); }
    try {
      if (check) { check(options); }
    } catch (e) {
      return Promise.reject(e);
    }
    return request(op, options);
  };
  cloud.uploadFile = function (options) {
    return storageCall('storage.uploadFile', 'uploadFile', options, function (o) {
      var content = o.fileContent;
      if (content === undefined || content === null) {
        throw apiError(-1, 'uploadFile:fail Type of fileContent must be fs.ReadStream instead of ' + jsType(content));
      }
      if (typeof content === 'string') { o.fileContent = { $bytes: Buffer.from(content).toString('base64') }; }
      else if (ArrayBuffer.isView(content) || content instanceof ArrayBuffer) {
        o.fileContent = { $bytes: Buffer.from(content).toString('base64') };
      } else if (content && content.__minicloudPath) {
        o.fileContent = { $file: content.__minicloudPath };
      } else {
        throw apiError(-1, 'uploadFile:fail Type of fileContent must be fs.ReadStream instead of ' + jsType(content));
      }
    }).then(function (r) { return r; });
  };
  cloud.downloadFile = function (options) {
    return storageCall('storage.downloadFile', 'downloadFile', options).then(function (r) {
      r.fileContent = Buffer.from(r.fileContent, 'base64');
      return r;
    });
  };
  var checkFileList = function (api, strings) {
    return function (o) {
      if (!Array.isArray(o.fileList)) {
        throw apiError(-1, api + ':fail Type of fileList must be array instead of ' + jsType(o.fileList));
      }
      o.fileList.forEach(function (f, i) {
        if (strings && typeof f !== 'string') {
          throw apiError(-1, api + ':fail Type of fileList[' + i + '] must be string instead of ' + jsType(f));
        }
      });
    };
  };
  cloud.getTempFileURL = function (options) {
    return storageCall('storage.batchGetDownloadUrl', 'getTempFileURL', options, checkFileList('getTempFileURL', false));
  };
  cloud.deleteFile = function (options) {
    return storageCall('storage.batchDeleteFile', 'deleteFile', options, checkFileList('deleteFile', true));
  };

  cloud.CloudID = function (id) { return { cloudID: id }; };
  cloud.getOpenData = function () {
    requireInit();
    return Promise.reject(apiError(-1, 'getOpenData:fail open data needs WeChat servers, which MiniCloud does not reach'));
  };
  cloud.Cloud = function (options) {
    var other = {};
    Object.keys(cloud).forEach(function (k) { other[k] = cloud[k]; });
    return other;
  };

  module.exports = cloud;
})
