// The database half of both SDKs MiniCloud runs: the query builder, commands, special values, Geo types and the
// wire encoding, written once. wx_server_sdk.js (cloud functions) and mp_cloud.js (wx.cloud / ft.cloud in a
// mini-program) each run it into their realm and add their facade: the server's Promise-only methods, createCollection
// and transactions; the client's success/fail/complete callbacks and watch. Every call that reaches the backend goes to
// the emulator through `host(op, payload)` in the admin protocol's request shape, the payload encoded for the wire.
// Plain ES5: this file runs untranspiled.
//   facade.terminal(fn): wraps every method that reaches the backend (identity on the server)
//   facade.watch(query, options): a watch on the query's payload (absent on the server, which has no watch)
(function (host, facade) {
  var toString = Object.prototype.toString;
  var typeOf = function (v) { return toString.call(v).slice(8, -1); };
  var isObject = function (v) { return typeOf(v) === 'Object'; };
  var slice = Array.prototype.slice;
  var terminal = facade.terminal || function (fn) { return fn; };

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

  // Values cross to the emulator as a tree of plain values that the host reads as it would read the tree's JSON; dates,
  // regexes, server dates and commands keep their type through tags. A value a tag carries as the guest gave it is
  // made plain as JSON makes it.
  var asJson = function (x) {
    var text = JSON.stringify(x);
    return text === undefined ? undefined : JSON.parse(text);
  };
  // A plain object or array (most values) has no prototype that any tagged type's instanceof could find, so it skips
  // those checks, and a command skips the checks for the other tagged types.
  var getPrototypeOf = Object.getPrototypeOf;
  // Where the SDK's JSON.stringify runs out of stack in Node 20 (about 4,170 levels of {a: ...} on its default stack),
  // with the error Node throws, which the function can catch; the host refuses 1,000 levels with the service's error.
  var MAX_ENCODED_DEPTH = 4000;
  var ObjectPrototype = Object.prototype;
  var ArrayPrototype = Array.prototype;
  var encode = function (v, seen) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') { return v; }
    if (typeof v === 'number') { return isFinite(v) ? v : null; }
    if (typeof v === 'undefined' || typeof v === 'function' || typeof v === 'symbol') { return undefined; }
    if (typeof v === 'bigint') { throw new TypeError('Do not know how to serialize a BigInt'); }
    var proto = getPrototypeOf(v);
    var plain = proto === ObjectPrototype || proto === ArrayPrototype;
    // Commands are the most common values that are not plain: no other tagged type is one.
    var command = !plain && (v instanceof LogicCommand || v instanceof UpdateCommand);
    if (!plain && !command) {
      if (v instanceof Date) { return { $date: v.getTime() }; }
      if (v instanceof RegExp) {
        return { $regularExpression: { pattern: v.source, options: v.flags.replace(/[gy]/g, '') } };
      }
      if (v instanceof DbRegExp) {
        return { $regularExpression: { pattern: asJson(v.regexp), options: asJson(v.options) } };
      }
      if (v instanceof ServerDate) { return { $tcb_server_date: { offset: asJson(v.offset) } }; }
      if (v instanceof Pipeline) { return encode(v.stages, seen); }
      if (isGeo(v)) { return { $tcb_geo: asJson(v.toJSON()) }; }
    }
    seen = seen || [];
    if (seen.indexOf(v) >= 0) { throw new TypeError('Cannot convert circular structure to JSON'); }
    if (seen.length >= MAX_ENCODED_DEPTH) { throw new RangeError('Maximum call stack size exceeded'); }
    seen.push(v);
    var out;
    if (command) {
      out = { $tcb_command: { kind: v instanceof UpdateCommand ? 'update' : (v instanceof QueryCommand ? 'query' : 'logic'),
        operator: v.operator, operands: encode(v.operands, seen) } };
    } else if (Array.isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) { var e = encode(v[i], seen); out.push(e === undefined ? null : e); }
    } else if (!plain && typeof v.toJSON === 'function' && !(isObject(v))) {
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
    var text = host(op, encode(payload));
    // Every tagged value has a key starting with '$': an answer without one has nothing to revive.
    var answer = text.indexOf('"$') < 0 ? JSON.parse(text) : JSON.parse(text, revive);
    if (answer.error) {
      var e = apiError(answer.error.errCode, answer.error.errMsg, answer.error.message);
      // What runTransaction retries on; hidden, as the SDK's error objects have no such field.
      if (answer.error.transactionConflict) { Object.defineProperty(e, 'transactionConflict', { value: true }); }
      throw e;
    }
    return answer.result;
  };
  // Backend calls answer with a promise, as the real SDK's network calls do: already settled, as the executor form
  // would leave it, without building an executor and its resolving functions.
  var request = function (op, payload) {
    var result;
    try {
      result = call(op, payload);
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve(result);
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
  // Copies the own enumerable properties of extra (if any) onto p: every request builds its payload this way.
  var assign = function (p, extra) {
    var keys = Object.keys(extra || {});
    for (var i = 0; i < keys.length; i++) { p[keys[i]] = extra[keys[i]]; }
    return p;
  };
  // The data of a write; its type travels too, as JSON cannot tell a missing value from undefined.
  var dataOf = function (options, flags) {
    return assign({ data: options.data, dataType: jsType(options.data) }, flags);
  };

  function Query(db, coll, spec) {
    this._db = db;
    this._coll = coll;
    this._spec = spec || { orders: [] };
  }
  var withSpec = function (q, changes) {
    var spec = assign(assign({}, q._spec), changes);
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
    assign(p, extra);
    return p;
  };
  Query.prototype.get = terminal(function () { return request('database.getDocument', this._payload()); });
  Query.prototype.count = terminal(function () { return request('database.calculateDocument', this._payload()); });
  Query.prototype.update = terminal(function (options) {
    checkData(options, 'update');
    return request('database.modifyDocument', this._payload({ data: options.data, multi: options.multi !== false,
      merge: true, dataType: jsType(options.data) }));
  });
  Query.prototype.remove = terminal(function (options) {
    var multi = !(options && options.multi === false);
    return request('database.removeDocument', this._payload({ multi: multi }));
  });
  var watch = function (payload, options) {
    if (!facade.watch) { throw new Error('watch is only available in the mini-program client SDK, not in wx-server-sdk'); }
    return facade.watch(payload, options);
  };
  Query.prototype.watch = function (options) { return watch(this._payload(), options); };

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
  Collection.prototype.add = terminal(function (options) {
    checkData(options, 'add');
    return request('database.insertDocument', { env: this._db._env, collectionName: this._coll, data: options.data,
      dataType: jsType(options.data) });
  });
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
    assign(p, extra);
    return p;
  };
  Document.prototype.get = terminal(function () {
    return request('database.getDocument', this._payload({ projection: this._projection,
      throwOnNotFound: this._db._throwOnNotFound }));
  });
  Document.prototype.set = terminal(function (options) {
    checkData(options, 'set');
    return request('database.modifyDocument', this._payload(dataOf(options, { merge: false, upsert: true })));
  });
  Document.prototype.update = terminal(function (options) {
    checkData(options, 'update');
    return request('database.modifyDocument', this._payload(dataOf(options, { merge: true })));
  });
  Document.prototype.remove = terminal(function () { return request('database.removeDocument', this._payload()); });
  Document.prototype.watch = function (options) { return watch(this._payload(), options); };

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
  Aggregate.prototype.end = terminal(function () {
    return request('database.aggregateDocuments', { env: this._db._env, collectionName: this._coll,
      stages: this.stages });
  });

  function Database(options) {
    this._env = options && options.env;
    this._throwOnNotFound = !(options && options.throwOnNotFound === false);
    this.command = command;
    this.Geo = geo;
  }
  Database.prototype.collection = function (name) { return new Collection(this, name); };
  Database.prototype.serverDate = function (options) { return new ServerDate(options); };
  Database.prototype.RegExp = function (options) { return new DbRegExp(options); };

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
    for (var i = 0; i < geoTypes.length; i++) {
      if (v instanceof geoTypes[i]) { return true; }
    }
    return false;
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

  return { Database: Database, apiError: apiError, sdkError: sdkError, jsType: jsType,
    isObject: isObject, call: call, request: request, checkData: checkData, checkCollectionName: checkCollectionName,
    dataOf: dataOf, encode: encode, revive: revive };
})
