// MiniCloud's wx-server-sdk: what `require('wx-server-sdk')` returns inside a cloud function, whatever the function's
// node_modules holds. It mirrors wx-server-sdk 4.0.2's surface, builder rules, result shapes and SDK-side errors;
// every call that reaches the backend goes to the emulator through `host(op, json)`, the one host function.
// Plain ES5: this file runs untranspiled, once per function instance (so `init` state is per instance, as in SCF).
(function (exports, require, module, host) {
  var VERSION = '4.0.2';
  var DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
  var toString = Object.prototype.toString;
  var typeOf = function (v) { return toString.call(v).slice(8, -1); };
  var isObject = function (v) { return typeOf(v) === 'Object'; };
  var slice = Array.prototype.slice;
  var NOT_INITED = "Cloud API isn't enabled, please call init first\n请先调用 init 完成初始化后再调用其他云 API。init 方法可传入一个对象用于设置默认配置，详见文档。";

  var state = { inited: false, env: undefined, throwOnNotFound: true };

  // ------------------------------------------------------------------------------------------------ errors

  // A failure reported by the backend or raised by the SDK: message and errMsg are the same text.
  var apiError = function (errCode, errMsg, message) {
    var e = new Error(message === undefined ? errMsg : message);
    e.errCode = errCode;
    e.errMsg = errMsg;
    return e;
  };
  // The SDK's parameter-validation error (CloudSDKError): errMsg without an api prefix.
  var sdkError = function (errMsg) {
    var e = apiError(-1, errMsg, 'errCode: -1 unknown error | errMsg: ' + errMsg);
    e.name = 'CloudSDKError';
    return e;
  };
  var jsType = function (v) {
    if (v === null) { return 'null'; }
    if (Array.isArray(v)) { return 'array'; }
    return typeof v;
  };
  var requireInit = function () {
    if (!state.inited) { throw sdkError(NOT_INITED); }
  };

  // ------------------------------------------------------------------------------------------------ special values

  function ServerDate(options) {
    this.offset = options && typeof options.offset === 'number' ? options.offset : 0;
  }
  function DbRegExp(options) {
    if (!options || typeof options.regexp !== 'string' || options.regexp.length === 0) {
      throw new TypeError('regexp must be a string');
    }
    this.regexp = options.regexp;
    this.options = options.options || '';
  }

  // ------------------------------------------------------------------------------------------------ commands

  function LogicCommand(operator, operands) {
    this.operator = operator;
    this.operands = operands;
  }
  LogicCommand.prototype.and = function () { return new LogicCommand('and', [this].concat(args(arguments))); };
  LogicCommand.prototype.or = function () { return new LogicCommand('or', [this].concat(args(arguments))); };

  function QueryCommand(operator, operands) {
    LogicCommand.call(this, operator, operands);
  }
  QueryCommand.prototype = Object.create(LogicCommand.prototype);
  QueryCommand.prototype.constructor = QueryCommand;
  ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'geoNear', 'geoWithin', 'geoIntersects'].forEach(function (op) {
    QueryCommand.prototype[op] = function (v) { return this.and(command[op](v)); };
  });

  function UpdateCommand(operator, operands) {
    this.operator = operator;
    this.operands = operands;
  }

  // Several arguments, or one array of them.
  var args = function (a) { return Array.isArray(a[0]) ? a[0].slice() : slice.call(a); };
  var query = function (op) { return function (v) { return new QueryCommand(op, [v]); }; };
  var update = function (op) { return function (v) { return new UpdateCommand(op, [v]); }; };

  var command = {
    eq: query('eq'), neq: query('neq'), gt: query('gt'), gte: query('gte'), lt: query('lt'), lte: query('lte'),
    'in': function (values) { return new QueryCommand('in', values); },
    nin: function (values) { return new QueryCommand('nin', values); },
    all: function (values) { return new QueryCommand('all', values); },
    elemMatch: query('elemMatch'),
    exists: function (v) { return new QueryCommand('exists', [v === undefined ? true : v]); },
    size: query('size'),
    mod: function () { return new QueryCommand('mod', [Array.isArray(arguments[0]) ? arguments[0] : slice.call(arguments, 0, 2)]); },
    geoNear: function (options) { return new QueryCommand('geoNear', [checkGeoNear(options)]); },
    geoWithin: function (options) { return new QueryCommand('geoWithin', [checkGeoWithin(options)]); },
    geoIntersects: function (options) { return new QueryCommand('geoIntersects', [checkGeoIntersects(options)]); },
    expr: query('expr'), jsonSchema: query('jsonSchema'),
    and: function () { return new LogicCommand('and', args(arguments)); },
    or: function () { return new LogicCommand('or', args(arguments)); },
    nor: function () { return new LogicCommand('nor', args(arguments)); },
    not: function (c) { return new LogicCommand('not', [c]); },
    set: update('set'),
    remove: function () { return new UpdateCommand('remove', []); },
    inc: update('inc'), mul: update('mul'), min: update('min'), max: update('max'), rename: update('rename'),
    bit: update('bit'),
    push: function () {
      var a = arguments;
      if (a.length === 1 && isObject(a[0]) && Object.prototype.hasOwnProperty.call(a[0], 'each')) {
        return new UpdateCommand('push', [a[0]]);
      }
      return new UpdateCommand('push', Array.isArray(a[0]) ? a[0].slice() : slice.call(a));
    },
    pop: function () { return new UpdateCommand('pop', []); },
    shift: function () { return new UpdateCommand('shift', []); },
    unshift: function () { return new UpdateCommand('unshift', args(arguments)); },
    pull: update('pull'),
    pullAll: update('pullAll'),
    addToSet: update('addToSet'),
    project: {
      slice: function (n) { return { $slice: n }; },
      elemMatch: function (c) { return { $elemMatch: c }; }
    },
    aggregate: {}
  };

  // $ = db.command.aggregate: each operator builds {$op: arg}; `neq` is `$ne`.
  ['abs', 'add', 'ceil', 'divide', 'exp', 'floor', 'ln', 'log', 'log10', 'mod', 'multiply', 'pow', 'sqrt',
    'subtract', 'trunc', 'arrayElemAt', 'arrayToObject', 'concatArrays', 'filter', 'in', 'indexOfArray', 'isArray',
    'map', 'range', 'reduce', 'reverseArray', 'size', 'slice', 'zip', 'and', 'not', 'or', 'cmp', 'eq', 'gt', 'gte',
    'lt', 'lte', 'cond', 'ifNull', 'switch', 'dateFromParts', 'dateFromString', 'dateToString', 'dayOfMonth',
    'dayOfWeek', 'dayOfYear', 'hour', 'isoDayOfWeek', 'isoWeek', 'isoWeekYear', 'millisecond', 'minute', 'month',
    'second', 'week', 'year', 'literal', 'mergeObjects', 'objectToArray', 'allElementsTrue', 'anyElementTrue',
    'setDifference', 'setEquals', 'setIntersection', 'setIsSubset', 'setUnion', 'concat', 'indexOfBytes',
    'indexOfCP', 'split', 'strLenBytes', 'strLenCP', 'strcasecmp', 'substr', 'substrBytes', 'substrCP', 'toLower',
    'toUpper', 'meta', 'addToSet', 'avg', 'first', 'last', 'max', 'min', 'push', 'stdDevPop', 'stdDevSamp', 'sum',
    'let'].forEach(function (op) {
    command.aggregate[op] = function (param) { var o = {}; o['$' + op] = param; return o; };
  });
  command.aggregate.neq = function (param) { return { $ne: param }; };
  command.aggregate.pipeline = function () { return new Pipeline([]); };

  // ------------------------------------------------------------------------------------------------ wire encoding

  // Values cross to the emulator as JSON; dates, regexes, server dates and commands keep their type through tags.
  var encode = function (v, seen) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') { return v; }
    if (typeof v === 'number') { return isFinite(v) ? v : null; }
    if (typeof v === 'undefined' || typeof v === 'function' || typeof v === 'symbol') { return undefined; }
    if (typeof v === 'bigint') { throw new TypeError('Do not know how to serialize a BigInt'); }
    if (v instanceof Date) { return { $date: v.getTime() }; }
    if (v instanceof RegExp) { return { $regularExpression: { pattern: v.source, options: v.flags.replace(/[gy]/g, '') } }; }
    if (v instanceof DbRegExp) { return { $regularExpression: { pattern: v.regexp, options: v.options } }; }
    if (v instanceof ServerDate) { return { $tcb_server_date: { offset: v.offset } }; }
    if (v instanceof Pipeline) { return encode(v.stages, seen); }
    if (isGeo(v)) { return { $tcb_geo: v.toJSON() }; }
    seen = seen || [];
    if (seen.indexOf(v) >= 0) { throw new TypeError('Cannot convert circular structure to JSON'); }
    seen.push(v);
    var out;
    if (v instanceof LogicCommand || v instanceof UpdateCommand) {
      out = { $tcb_command: { kind: v instanceof UpdateCommand ? 'update' : (v instanceof QueryCommand ? 'query' : 'logic'),
        operator: v.operator, operands: encode(v.operands, seen) } };
    } else if (Array.isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) { var e = encode(v[i], seen); out.push(e === undefined ? null : e); }
    } else if (typeof v.toJSON === 'function' && !(isObject(v))) {
      out = encode(v.toJSON(), seen);
    } else {
      out = {};
      var keys = Object.keys(v);
      for (var k = 0; k < keys.length; k++) {
        var x = encode(v[keys[k]], seen);
        if (x !== undefined) { out[keys[k]] = x; }
      }
    }
    seen.pop();
    return out;
  };

  var revive = function (key, value) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      var keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === '$date') { return new Date(value.$date); }
      if (keys.length === 1 && keys[0] === '$regularExpression') {
        return new DbRegExp({ regexp: value.$regularExpression.pattern, options: value.$regularExpression.options });
      }
      // The emulator tags exactly what the SDK reads as GeoJSON.
      if (keys.length === 1 && keys[0] === '$tcb_geo') { return fromGeoJson(value.$tcb_geo); }
    }
    return value;
  };

  // Calls the emulator; its answer is {result} or {error: {errCode, errMsg, message, transactionConflict?}}.
  var call = function (op, payload) {
    var answer = JSON.parse(host(op, JSON.stringify(encode(payload))), revive);
    if (answer.error) {
      var e = apiError(answer.error.errCode, answer.error.errMsg, answer.error.message);
      // What runTransaction retries on; hidden, as the SDK's error objects have no such field.
      if (answer.error.transactionConflict) { Object.defineProperty(e, 'transactionConflict', { value: true }); }
      throw e;
    }
    return answer.result;
  };
  // Backend calls answer with a promise, as the real SDK's network calls do.
  var request = function (op, payload) {
    return new Promise(function (resolve) { resolve(call(op, payload)); });
  };

  // ------------------------------------------------------------------------------------------------ database

  var checkInteger = function (name, n) {
    if (typeof n !== 'number' || Math.floor(n) !== n || !isFinite(n)) { throw new Error(name + ' must be integer'); }
  };
  var checkCollectionName = function (name) {
    if (!name) { throw new Error('Collection name is required'); }
  };
  var checkData = function (options, api) {
    if (!isObject(options)) { throw sdkError('Params for ' + api + ' must be an object instead of ' + jsType(options)); }
  };
  // The data of a write; its type travels too, as JSON cannot tell a missing value from undefined.
  var dataOf = function (options, flags) {
    var p = { data: options.data, dataType: jsType(options.data) };
    Object.keys(flags || {}).forEach(function (k) { p[k] = flags[k]; });
    return p;
  };

  function Query(db, coll, spec) {
    this._db = db;
    this._coll = coll;
    this._spec = spec || { orders: [] };
  }
  var withSpec = function (q, changes) {
    var spec = {};
    Object.keys(q._spec).forEach(function (k) { spec[k] = q._spec[k]; });
    Object.keys(changes).forEach(function (k) { spec[k] = changes[k]; });
    return new (q instanceof Collection ? Query : q.constructor)(q._db, q._coll, spec);
  };
  Query.prototype.where = function (condition) {
    if (typeOf(condition) !== 'Object') { throw new Error('查询参数必须为对象'); }
    var keys = Object.keys(condition);
    if (!(condition instanceof LogicCommand) && keys.length > 0 &&
        keys.every(function (k) { return condition[k] === undefined; })) {
      throw new Error('查询参数对象值不能均为undefined');
    }
    return withSpec(this, { where: condition });
  };
  Query.prototype.orderBy = function (fieldPath, direction) {
    if (typeof fieldPath !== 'string' || !fieldPath) { throw new Error('fieldPath must be a non-empty string'); }
    if (direction !== 'asc' && direction !== 'desc') { throw new Error('排序字符不合法'); }
    return withSpec(this, { orders: this._spec.orders.concat([[fieldPath, direction]]) });
  };
  Query.prototype.limit = function (n) { checkInteger('limit', n); return withSpec(this, { limit: n }); };
  Query.prototype.skip = function (n) { checkInteger('offset', n); return withSpec(this, { skip: n }); };
  Query.prototype.field = function (projection) {
    var normalized = {};
    Object.keys(projection || {}).forEach(function (k) {
      var v = projection[k];
      normalized[k] = v && typeof v === 'object' ? v : (typeof v === 'number' ? (v > 0 ? 1 : 0) : (v ? 1 : 0));
    });
    return withSpec(this, { field: normalized });
  };
  // The admin protocol's request shape, so every front door decodes one format.
  Query.prototype._payload = function (extra) {
    var s = this._spec;
    var p = { env: this._db._env, collectionName: this._coll, queryType: 'WHERE', query: s.where,
      order: s.orders.map(function (o) { return { field: o[0], direction: o[1] }; }),
      limit: s.limit, offset: s.skip, projection: s.field };
    Object.keys(extra || {}).forEach(function (k) { p[k] = extra[k]; });
    return p;
  };
  Query.prototype.get = function () { return request('database.getDocument', this._payload()); };
  Query.prototype.count = function () { return request('database.calculateDocument', this._payload()); };
  Query.prototype.update = function (options) {
    checkData(options, 'update');
    return request('database.modifyDocument', this._payload({ data: options.data, multi: options.multi !== false,
      merge: true, dataType: jsType(options.data) }));
  };
  Query.prototype.remove = function (options) {
    var multi = !(options && options.multi === false);
    return request('database.removeDocument', this._payload({ multi: multi }));
  };
  Query.prototype.watch = function () {
    throw new Error('watch is only available in the mini-program client SDK, not in wx-server-sdk');
  };

  function Collection(db, name) {
    checkCollectionName(name);
    Query.call(this, db, name, { orders: [] });
  }
  Collection.prototype = Object.create(Query.prototype);
  Collection.prototype.constructor = Collection;
  Collection.prototype.doc = function (id) {
    if (typeof id !== 'string' && typeof id !== 'number') { throw new Error('docId必须为字符串或数字'); }
    return new Document(this._db, this._coll, id, null);
  };
  Collection.prototype.add = function (options) {
    checkData(options, 'add');
    return request('database.insertDocument', { env: this._db._env, collectionName: this._coll, data: options.data,
      dataType: jsType(options.data) });
  };
  Collection.prototype.aggregate = function (stages) {
    return new Aggregate(this._db, this._coll, Array.isArray(stages) ? stages : []);
  };
  Collection.prototype.options = function () { return this; };

  function Document(db, coll, id, projection) {
    this._db = db;
    this._coll = coll;
    this.id = id;
    this._projection = projection;
  }
  Document.prototype.field = function (projection) {
    return new Document(this._db, this._coll, this.id, Query.prototype.field.call(this._asQuery(), projection)._spec.field);
  };
  Document.prototype._asQuery = function () { return new Query(this._db, this._coll, { orders: [] }); };
  Document.prototype._payload = function (extra) {
    var p = { env: this._db._env, collectionName: this._coll, queryType: 'DOC', docId: this.id };
    Object.keys(extra || {}).forEach(function (k) { p[k] = extra[k]; });
    return p;
  };
  Document.prototype.get = function () {
    return request('database.getDocument', this._payload({ projection: this._projection,
      throwOnNotFound: this._db._throwOnNotFound }));
  };
  Document.prototype.set = function (options) {
    checkData(options, 'set');
    return request('database.modifyDocument', this._payload(dataOf(options, { merge: false, upsert: true })));
  };
  Document.prototype.update = function (options) {
    checkData(options, 'update');
    return request('database.modifyDocument', this._payload(dataOf(options, { merge: true })));
  };
  Document.prototype.remove = function () { return request('database.removeDocument', this._payload()); };

  // collection.aggregate(): every stage appends; end() runs the pipeline.
  function Aggregate(db, coll, stages) {
    this._db = db;
    this._coll = coll;
    this.stages = stages;
  }
  function Pipeline(stages) {
    this.stages = stages;
  }
  var STAGES = ['addFields', 'bucket', 'bucketAuto', 'count', 'geoNear', 'group', 'limit', 'lookup', 'match',
    'project', 'replaceRoot', 'sample', 'skip', 'sort', 'sortByCount', 'unwind'];
  STAGES.forEach(function (name) {
    var add = function (param) {
      var stage = {};
      stage['$' + name] = param;
      return stage;
    };
    Aggregate.prototype[name] = function (param) {
      return new Aggregate(this._db, this._coll, this.stages.concat([add(param)]));
    };
    Pipeline.prototype[name] = function (param) { return new Pipeline(this.stages.concat([add(param)])); };
  });
  Pipeline.prototype.done = function () { return this.stages; };
  Aggregate.prototype.end = function () {
    return request('database.aggregateDocuments', { env: this._db._env, collectionName: this._coll,
      stages: this.stages });
  };

  function Database(options) {
    this._env = options && options.env;
    this._throwOnNotFound = options && options.throwOnNotFound !== undefined
      ? options.throwOnNotFound : state.throwOnNotFound;
    this.command = command;
    this.Geo = geo;
  }
  Database.prototype.collection = function (name) { return new Collection(this, name); };
  Database.prototype.serverDate = function (options) { return new ServerDate(options); };
  Database.prototype.RegExp = function (options) { return new DbRegExp(options); };
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
  // Only single-document operations exist in a transaction (cloud-api.md §2.13).
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
      // Without a reason, runTransaction rejects with the rollback's own result (cloud-api.md §2.13).
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

  // ------------------------------------------------------------------------------------------------ db.Geo

  var checkPoint = function (lng, lat) {
    if (typeof lng !== 'number' || typeof lat !== 'number') { throw new TypeError('Geo Point must be number type'); }
    if (lat < -90 || lat > 90) { throw new TypeError('latitude should be a number ranges from -90 to 90'); }
    if (lng < -180 || lng > 180) { throw new TypeError('longitude should be a number ranges from -180 to 180'); }
  };
  var coordsOf = function (p) { return p instanceof GeoPoint ? [p.longitude, p.latitude] : p; };
  function GeoPoint(longitude, latitude) {
    if (!(this instanceof GeoPoint)) { return new GeoPoint(longitude, latitude); }
    checkPoint(longitude, latitude);
    this.longitude = longitude;
    this.latitude = latitude;
  }
  GeoPoint.prototype.toJSON = function () { return { type: 'Point', coordinates: [this.longitude, this.latitude] }; };
  function GeoLineString(points) {
    if (!(this instanceof GeoLineString)) { return new GeoLineString(points); }
    if (!Array.isArray(points) || points.length < 2) { throw new TypeError('"points" must contain 2 points at least'); }
    points.forEach(function (p) { if (!(p instanceof GeoPoint)) { throw new TypeError('"points" must be of type Point[]. Received type ' + typeof p); } });
    this.points = points;
  }
  GeoLineString.prototype.toJSON = function () { return { type: 'LineString', coordinates: this.points.map(coordsOf) }; };
  var isClosed = function (line) {
    var first = line.points[0];
    var last = line.points[line.points.length - 1];
    return first.longitude === last.longitude && first.latitude === last.latitude;
  };
  function GeoPolygon(lines) {
    if (!(this instanceof GeoPolygon)) { return new GeoPolygon(lines); }
    if (!Array.isArray(lines) || lines.length === 0) { throw new TypeError('Polygon must contain 1 linestring at least'); }
    lines.forEach(function (line) {
      if (!(line instanceof GeoLineString)) { throw new TypeError('"lines" must be of type LineString[]. Received type ' + typeof line); }
      if (!isClosed(line)) {
        throw new Error('LineString ' + line.points.map(function (p) { return '[' + coordsOf(p) + ']'; }) + ' is not a closed cycle');
      }
    });
    this.lines = lines;
  }
  GeoPolygon.prototype.toJSON = function () {
    return { type: 'Polygon', coordinates: this.lines.map(function (l) { return l.points.map(coordsOf); }) };
  };
  var multi = function (name, Member, member, key) {
    var Type = function (items) {
      if (!(this instanceof Type)) { return new Type(items); }
      if (!Array.isArray(items) || items.length === 0) { throw new TypeError(name + ' must contain 1 ' + member + ' at least'); }
      items.forEach(function (i) { if (!(i instanceof Member)) { throw new TypeError('"' + key + '" must be of type ' + member + '[]. Received type ' + typeof i); } });
      this[key] = items;
    };
    Type.prototype.toJSON = function () {
      return { type: name, coordinates: this[key].map(function (i) { return i.toJSON().coordinates; }) };
    };
    return Type;
  };
  var GeoMultiPoint = multi('MultiPoint', GeoPoint, 'Point', 'points');
  var GeoMultiLineString = multi('MultiLineString', GeoLineString, 'LineString', 'lines');
  var GeoMultiPolygon = multi('MultiPolygon', GeoPolygon, 'Polygon', 'polygons');
  // The Geo value of GeoJSON the emulator has checked and tagged.
  var fromGeoJson = function (g) {
    var pt = function (c) { return new GeoPoint(c[0], c[1]); };
    var line = function (cs) { return new GeoLineString(cs.map(pt)); };
    switch (g.type) {
      case 'Point': return pt(g.coordinates);
      case 'MultiPoint': return new GeoMultiPoint(g.coordinates.map(pt));
      case 'LineString': return line(g.coordinates);
      case 'MultiLineString': return new GeoMultiLineString(g.coordinates.map(line));
      case 'Polygon': return new GeoPolygon(g.coordinates.map(line));
      default: return new GeoMultiPolygon(g.coordinates.map(function (p) { return new GeoPolygon(p.map(line)); }));
    }
  };

  // db.Geo: the value classes; the geometry itself lives in the emulator.
  var geo = { Point: GeoPoint, LineString: GeoLineString, Polygon: GeoPolygon, MultiPoint: GeoMultiPoint,
    MultiLineString: GeoMultiLineString, MultiPolygon: GeoMultiPolygon };
  var geoTypes = Object.keys(geo).map(function (k) { return geo[k]; });
  var isGeo = function (v) {
    return geoTypes.some(function (Type) { return v instanceof Type; });
  };

  // The SDK checks the options of the geo commands when they are built, with these TypeErrors.
  var geoOptions = function (options) {
    if (options === undefined || options === null) {
      throw new TypeError("Cannot read properties of " + options + " (reading 'geometry')");
    }
    return options;
  };
  var checkGeoNear = function (options) {
    var o = geoOptions(options);
    if (!(o.geometry instanceof GeoPoint)) {
      throw new TypeError('"geometry" must be of type Point. Received type ' + typeof o.geometry);
    }
    ['maxDistance', 'minDistance'].forEach(function (k) {
      if (o[k] !== undefined && typeof o[k] !== 'number') {
        throw new TypeError('"' + k + '" must be of type Number. Received type ' + typeof o[k]);
      }
    });
    return o;
  };
  var checkGeoWithin = function (options) {
    var o = geoOptions(options);
    if (o.centerSphere !== undefined && o.centerSphere !== null) {
      var c = o.centerSphere;
      var centre = Array.isArray(c) ? c[0] : undefined;
      if (!Array.isArray(c) || c.length !== 2 || typeof c[1] !== 'number' || !(centre instanceof GeoPoint
          || Array.isArray(centre) && centre.length === 2 && typeof centre[0] === 'number' && typeof centre[1] === 'number')) {
        throw new TypeError('"centerSphere" must be of type [Point | [longitude, latitude], radius]. Received '
          + JSON.stringify(c));
      }
    } else if (!(o.geometry instanceof GeoPolygon) && !(o.geometry instanceof GeoMultiPolygon)) {
      throw new TypeError('"geometry" must be of type Polygon or MultiPolygon. Received type ' + typeof o.geometry);
    }
    return o;
  };
  var checkGeoIntersects = function (options) {
    var o = geoOptions(options);
    if (!isGeo(o.geometry)) {
      throw new TypeError('"geometry" must be of type Point, LineString, Polygon, MultiPoint, MultiLineString or'
        + ' MultiPolygon. Received type ' + typeof o.geometry);
    }
    return o;
  };

  module.exports = cloud;
})
