// Node's `path` module, POSIX flavour (cloud functions run on Linux).
(function (exports, require, module) {
  var normalizeParts = function (parts, absolute) {
    var out = [];
    parts.forEach(function (p) {
      if (!p || p === '.') { return; }
      if (p === '..') {
        if (out.length && out[out.length - 1] !== '..') { out.pop(); } else if (!absolute) { out.push('..'); }
        return;
      }
      out.push(p);
    });
    return out;
  };
  var normalize = function (p) {
    if (p === '') { return '.'; }
    var absolute = p.charAt(0) === '/';
    var trailing = p.charAt(p.length - 1) === '/';
    var joined = normalizeParts(p.split('/'), absolute).join('/');
    if (!joined && !absolute) { joined = '.'; }
    if (joined && trailing) { joined += '/'; }
    return (absolute ? '/' : '') + joined;
  };
  var resolve = function () {
    var resolved = '';
    var absolute = false;
    for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
      var p = i >= 0 ? arguments[i] : process.cwd();
      if (typeof p !== 'string') { throw new TypeError('The "path" argument must be of type string. Received ' + typeof p); }
      if (!p) { continue; }
      resolved = p + '/' + resolved;
      absolute = p.charAt(0) === '/';
    }
    var joined = normalizeParts(resolved.split('/'), absolute).join('/');
    return ((absolute ? '/' : '') + joined) || '.';
  };
  var basename = function (p, ext) {
    var base = p.replace(/\/+$/, '');
    base = base.substring(base.lastIndexOf('/') + 1);
    if (ext && base !== ext && base.slice(-ext.length) === ext) { base = base.slice(0, -ext.length); }
    return base;
  };
  var dirname = function (p) {
    if (!p) { return '.'; }
    var trimmed = p.replace(/\/+$/, '') || '/';
    var i = trimmed.lastIndexOf('/');
    if (i < 0) { return '.'; }
    if (i === 0) { return '/'; }
    return trimmed.substring(0, i);
  };
  var extname = function (p) {
    var base = basename(p);
    var i = base.lastIndexOf('.');
    return i <= 0 ? '' : base.substring(i);
  };
  var path = {
    sep: '/',
    delimiter: ':',
    normalize: normalize,
    resolve: resolve,
    join: function () {
      var parts = Array.prototype.slice.call(arguments).filter(function (p) {
        if (typeof p !== 'string') { throw new TypeError('The "path" argument must be of type string. Received ' + typeof p); }
        return p.length > 0;
      });
      return parts.length ? normalize(parts.join('/')) : '.';
    },
    isAbsolute: function (p) { return p.charAt(0) === '/'; },
    basename: basename,
    dirname: dirname,
    extname: extname,
    relative: function (from, to) {
      var a = resolve(from).split('/').filter(Boolean);
      var b = resolve(to).split('/').filter(Boolean);
      var i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
      return a.slice(i).map(function () { return '..'; }).concat(b.slice(i)).join('/');
    },
    parse: function (p) {
      var root = p.charAt(0) === '/' ? '/' : '';
      var base = basename(p);
      var ext = extname(p);
      return { root: root, dir: p.indexOf('/') >= 0 ? dirname(p) : '', base: base, ext: ext,
        name: ext ? base.slice(0, -ext.length) : base };
    },
    format: function (o) {
      var dir = o.dir || o.root || '';
      var base = o.base || ((o.name || '') + (o.ext || ''));
      return dir ? (dir === o.root ? dir + base : dir + '/' + base) : base;
    },
    toNamespacedPath: function (p) { return p; }
  };
  path.posix = path;
  module.exports = path;
})
