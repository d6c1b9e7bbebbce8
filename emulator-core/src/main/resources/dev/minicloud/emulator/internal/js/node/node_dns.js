// Node's `dns` without the network: every function's requests go to the environment's HTTP stubs, which match by
// URL, so a name only needs an address to satisfy the clients that resolve before they connect (got's
// cacheable-lookup, agents with a lookup option). lookup and resolve4/resolve6 answer the loopback placeholder
// (127.0.0.1, ::1) for any name; record types no stub could stand for (MX, TXT, SRV...) fail with ENOTFOUND.
(function (exports, require, module) {
  var V4 = '127.0.0.1';
  var V6 = '::1';
  var later = function (fn) { process.nextTick(fn); };
  var argError = function (name, value) {
    var e = new TypeError('The "' + name + '" argument must be of type string. Received ' + typeof value);
    e.code = 'ERR_INVALID_ARG_TYPE';
    return e;
  };
  var notFound = function (syscall, hostname) {
    var e = new Error(syscall + ' ENOTFOUND ' + hostname + " (MiniCloud: no DNS offline; only lookup, resolve4 and "
      + 'resolve6 answer, with the loopback placeholder)');
    e.code = 'ENOTFOUND';
    e.syscall = syscall;
    e.hostname = hostname;
    return e;
  };
  var addresses = function (hostname, options) {
    if (typeof hostname !== 'string') { throw argError('hostname', hostname); }
    var o = typeof options === 'number' ? { family: options } : (options || {});
    var family = o.family === 6 || o.family === 'IPv6' ? 6 : 4;
    var one = { address: family === 6 ? V6 : V4, family: family };
    return { all: o.all === true, list: [one] };
  };
  var lookup = function (hostname, options, callback) {
    var cb = typeof options === 'function' ? options : callback;
    var found = addresses(hostname, typeof options === 'function' ? undefined : options);
    later(function () {
      if (found.all) { cb(null, found.list); } else { cb(null, found.list[0].address, found.list[0].family); }
    });
    return {};
  };
  var resolveAs = function (family, syscall) {
    return function (hostname, options, callback) {
      var cb = typeof options === 'function' ? options : callback;
      if (typeof hostname !== 'string') { throw argError('name', hostname); }
      var address = family === 6 ? V6 : V4;
      var ttl = options && typeof options === 'object' && options.ttl;
      later(function () { cb(null, [ttl ? { address: address, ttl: 0 } : address]); });
    };
  };
  var refuse = function (syscall) {
    return function (hostname) {
      var cb = arguments[arguments.length - 1];
      later(function () { cb(notFound(syscall, hostname)); });
    };
  };
  var resolve4 = resolveAs(4, 'queryA');
  var resolve6 = resolveAs(6, 'queryAaaa');
  var resolve = function (hostname, rrtype, callback) {
    var cb = typeof rrtype === 'function' ? rrtype : callback;
    var type = typeof rrtype === 'string' ? rrtype : 'A';
    if (type === 'A') { return resolve4(hostname, cb); }
    if (type === 'AAAA') { return resolve6(hostname, cb); }
    return refuse('query' + type.charAt(0) + type.slice(1).toLowerCase())(hostname, cb);
  };
  var methods = {
    resolve: resolve, resolve4: resolve4, resolve6: resolve6, resolveAny: refuse('queryAny'),
    resolveCname: refuse('queryCname'), resolveCaa: refuse('queryCaa'), resolveMx: refuse('queryMx'),
    resolveNaptr: refuse('queryNaptr'), resolveNs: refuse('queryNs'), resolvePtr: refuse('queryPtr'),
    resolveSoa: refuse('querySoa'), resolveSrv: refuse('querySrv'), resolveTxt: refuse('queryTxt'),
    reverse: refuse('getHostByAddr')
  };
  var promisified = function (fn) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      return new Promise(function (resolveIt, reject) {
        args.push(function (err, a, b) {
          if (err) { reject(err); } else if (fn === lookup && !Array.isArray(a)) {
            resolveIt({ address: a, family: b });
          } else { resolveIt(a); }
        });
        fn.apply(null, args);
      });
    };
  };

  var servers = ['127.0.0.1'];
  var resolverClass = function (wrap) {
    function Resolver() {}
    Object.keys(methods).forEach(function (k) { Resolver.prototype[k] = wrap(methods[k]); });
    Resolver.prototype.getServers = function () { return servers.slice(); };
    Resolver.prototype.setServers = function () {};
    Resolver.prototype.setLocalAddress = function () {};
    Resolver.prototype.cancel = function () {};
    return Resolver;
  };
  var identity = function (fn) { return fn; };

  var promises = { lookup: promisified(lookup), Resolver: resolverClass(promisified),
    getServers: function () { return servers.slice(); }, setServers: function () {},
    setDefaultResultOrder: function () {} };
  Object.keys(methods).forEach(function (k) { promises[k] = promisified(methods[k]); });
  Object.keys(methods).forEach(function (k) { exports[k] = methods[k]; });
  exports.lookup = lookup;
  exports.lookupService = function (address, port, callback) { refuse('getnameinfo')(address, callback); };
  exports.Resolver = resolverClass(identity);
  exports.promises = promises;
  exports.getServers = function () { return servers.slice(); };
  exports.setServers = function () {};
  exports.setDefaultResultOrder = function () {};
  exports.ADDRCONFIG = 1024;
  exports.V4MAPPED = 2048;
  exports.ALL = 256;
  ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP',
    'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS',
    'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'].forEach(function (code) {
    exports[code] = 'E' + code;
  });
})
