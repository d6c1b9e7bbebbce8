// The WHATWG URL and URLSearchParams classes of Node's `url` module, for http(s), ws(s), ftp, file and opaque URLs
// (mailto:, data:): parsing against a base, host lower-casing and IDNA through punycode, default ports dropped, dot
// segments removed, the standard's percent-encode sets, and a searchParams object that writes back to its URL. Not
// covered: IPv4 number forms (0x7f.1) and IPv6 address compression, which stubbed requests do not need.
(function (require) {
  var punycode = require('punycode');
  var SPECIAL = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };
  var C0 = function (c) { return c < 0x21 || c > 0x7e; };
  var FRAGMENT = ' "<>`';
  var QUERY = ' "#<>';
  var PATH = QUERY + '?`{}';
  var USERINFO = PATH + '/:;=@[\\]^|';

  var invalid = function (input) {
    var e = new TypeError('Invalid URL');
    e.code = 'ERR_INVALID_URL';
    e.input = input;
    return e;
  };
  var hex = function (b) { return '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase(); };
  var encodeSet = function (text, set, special) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var ch = text.charAt(i);
      if (c > 0x7e) {
        var bytes = Buffer.from(text.codePointAt(i) > 0xffff ? text.slice(i, i + 2) : ch, 'utf8');
        if (text.codePointAt(i) > 0xffff) { i++; }
        for (var j = 0; j < bytes.length; j++) { out += hex(bytes[j]); }
      } else if (C0(c) || set.indexOf(ch) >= 0 || (special && ch === "'" && set === QUERY)) {
        out += hex(c);
      } else {
        out += ch;
      }
    }
    return out;
  };
  // Percent-decoding that keeps a malformed escape as it is, as the standard does.
  var percentDecode = function (text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(text.substr(i + 1, 2))) {
        bytes.push(parseInt(text.substr(i + 1, 2), 16));
        i += 2;
      } else {
        var b = Buffer.from(text.codePointAt(i) > 0xffff ? text.slice(i, i + 2) : ch, 'utf8');
        if (text.codePointAt(i) > 0xffff) { i++; }
        for (var j = 0; j < b.length; j++) { bytes.push(b[j]); }
      }
    }
    return Buffer.from(bytes).toString('utf8');
  };

  var parseHost = function (text, special, input) {
    if (text.charAt(0) === '[') {
      if (!/^\[[0-9a-fA-F:.]+\]$/.test(text)) { throw invalid(input); }
      return text.toLowerCase();
    }
    if (!special) {
      if (/[\u0000\t\n\r #\/:<>?@\[\\\]^|]/.test(text)) { throw invalid(input); }
      return encodeSet(text, '', false);
    }
    var host = punycode.toASCII(percentDecode(text).toLowerCase());
    if (host === '' || /[\u0000-\u0020#%\/:<>?@\[\\\]^|\u007f]/.test(host)) { throw invalid(input); }
    return host;
  };

  var normalizePath = function (path, special) {
    var out = [];
    var segments = path.split('/');
    for (var i = 1; i < segments.length; i++) {
      var s = segments[i].toLowerCase();
      var last = i === segments.length - 1;
      if (s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e') {
        if (out.length) { out.pop(); }
        if (last) { out.push(''); }
      } else if (s === '.' || s === '%2e') {
        if (last) { out.push(''); }
      } else {
        out.push(encodeSet(segments[i], PATH, special));
      }
    }
    return '/' + out.join('/');
  };

  // A URL's parts: protocol ('http:'), username, password, hostname, port, pathname, search ('?a=1' or ''), hash.
  var parse = function (input, base) {
    var text = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    var m = /^([a-zA-Z][a-zA-Z0-9+.\-]*):(.*)$/.exec(text);
    var r = { username: '', password: '', hostname: '', port: '', search: '', hash: '', opaque: false };
    var rest;
    if (m) {
      r.protocol = m[1].toLowerCase() + ':';
      rest = m[2];
    } else {
      if (!base) { throw invalid(text); }
      r.protocol = base.protocol;
      rest = text;
    }
    var special = SPECIAL.hasOwnProperty(r.protocol);
    if (special) { rest = rest.replace(/\\/g, '/'); }
    var at = rest.indexOf('#');
    if (at >= 0) { r.hash = '#' + encodeSet(rest.slice(at + 1), FRAGMENT, special); rest = rest.slice(0, at); }
    at = rest.indexOf('?');
    var hasQuery = at >= 0;
    if (hasQuery) { r.search = '?' + encodeSet(rest.slice(at + 1), QUERY, special); rest = rest.slice(0, at); }
    if (r.search === '?') { r.search = ''; }
    var relative = !m || (special && base && base.protocol === r.protocol && rest.charAt(0) !== '/');
    if (rest.slice(0, 2) === '//' || (m && special && !relative)) {
      rest = rest.replace(/^\/*/, '');
      var end = rest.indexOf('/');
      var authority = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
      var sign = authority.lastIndexOf('@');
      if (sign >= 0) {
        var info = authority.slice(0, sign);
        var colon = info.indexOf(':');
        r.username = encodeSet(colon < 0 ? info : info.slice(0, colon), USERINFO, special);
        r.password = colon < 0 ? '' : encodeSet(info.slice(colon + 1), USERINFO, special);
        authority = authority.slice(sign + 1);
      }
      var port = /:([^\]:]*)$/.exec(authority);
      if (port) {
        if (!/^\d*$/.test(port[1]) || Number(port[1]) > 65535) { throw invalid(text); }
        r.port = port[1] === '' || String(Number(port[1])) === SPECIAL[r.protocol] ? '' : String(Number(port[1]));
        authority = authority.slice(0, authority.length - port[0].length);
      }
      if (authority === '' && special && r.protocol !== 'file:') { throw invalid(text); }
      r.hostname = authority === '' ? '' : parseHost(authority, special, text);
      r.pathname = special ? normalizePath(rest || '/', special) : (rest ? normalizePath(rest, false) : '');
      return r;
    }
    if (!relative && !special) {
      if (rest.charAt(0) === '/') { r.pathname = normalizePath(rest, false); } else {
        r.opaque = true;
        r.pathname = encodeSet(rest, '', false);
      }
      return r;
    }
    if (!base || base.opaque) { throw invalid(text); }
    r.username = base.username;
    r.password = base.password;
    r.hostname = base.hostname;
    r.port = base.port;
    if (rest === '') {
      r.pathname = base.pathname;
      if (!hasQuery) { r.search = base.search; }
    } else if (rest.charAt(0) === '/') {
      r.pathname = normalizePath(rest, special);
    } else {
      r.pathname = normalizePath(base.pathname.replace(/[^\/]*$/, '') + rest, special);
    }
    return r;
  };

  var hostOf = function (r) { return r.hostname + (r.port ? ':' + r.port : ''); };
  var hrefOf = function (r) {
    if (r.opaque) { return r.protocol + r.pathname + r.search + r.hash; }
    var auth = r.username || r.password ? r.username + (r.password ? ':' + r.password : '') + '@' : '';
    var authority = SPECIAL.hasOwnProperty(r.protocol) || r.hostname ? '//' + auth + hostOf(r) : '';
    return r.protocol + authority + r.pathname + r.search + r.hash;
  };

  // ----------------------------------------------------------------------------------------- URLSearchParams

  var formEncode = function (text) {
    var bytes = Buffer.from(String(text), 'utf8');
    var out = '';
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      var ch = String.fromCharCode(b);
      if (b === 0x20) { out += '+'; } else if (/[*\-._0-9A-Za-z]/.test(ch)) { out += ch; } else { out += hex(b); }
    }
    return out;
  };
  var formDecode = function (text) { return percentDecode(text.replace(/\+/g, ' ')); };
  var parsePairs = function (query) {
    var pairs = [];
    (query.charAt(0) === '?' ? query.slice(1) : query).split('&').forEach(function (part) {
      if (part === '') { return; }
      var eq = part.indexOf('=');
      pairs.push(eq < 0 ? [formDecode(part), ''] : [formDecode(part.slice(0, eq)), formDecode(part.slice(eq + 1))]);
    });
    return pairs;
  };

  function URLSearchParams(init) {
    this._pairs = [];
    this._url = null;
    if (init === undefined || init === null) { return; }
    if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
      var self = this;
      Array.from(init).forEach(function (pair) {
        var p = Array.from(pair);
        if (p.length !== 2) {
          var e = new TypeError('Each query pair must be an iterable [name, value] tuple');
          e.code = 'ERR_INVALID_TUPLE';
          throw e;
        }
        self._pairs.push([String(p[0]), String(p[1])]);
      });
    } else if (typeof init === 'object') {
      Object.keys(init).forEach(function (k) { this._pairs.push([k, String(init[k])]); }, this);
    } else {
      this._pairs = parsePairs(String(init));
    }
  }
  var changed = function (params) {
    if (params._url) {
      var text = params.toString();
      params._url._r.search = text === '' ? '' : '?' + text;
    }
  };
  URLSearchParams.prototype.append = function (k, v) { this._pairs.push([String(k), String(v)]); changed(this); };
  URLSearchParams.prototype['delete'] = function (k) {
    this._pairs = this._pairs.filter(function (p) { return p[0] !== String(k); });
    changed(this);
  };
  URLSearchParams.prototype.get = function (k) {
    for (var i = 0; i < this._pairs.length; i++) { if (this._pairs[i][0] === String(k)) { return this._pairs[i][1]; } }
    return null;
  };
  URLSearchParams.prototype.getAll = function (k) {
    return this._pairs.filter(function (p) { return p[0] === String(k); }).map(function (p) { return p[1]; });
  };
  URLSearchParams.prototype.has = function (k) { return this.get(k) !== null; };
  URLSearchParams.prototype.set = function (k, v) {
    var key = String(k);
    var found = false;
    this._pairs = this._pairs.filter(function (p) {
      if (p[0] !== key) { return true; }
      if (found) { return false; }
      found = true;
      p[1] = String(v);
      return true;
    });
    if (!found) { this._pairs.push([key, String(v)]); }
    changed(this);
  };
  URLSearchParams.prototype.sort = function () {
    this._pairs = this._pairs.map(function (p, i) { return [p, i]; }).sort(function (a, b) {
      return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1];
    }).map(function (x) { return x[0]; });
    changed(this);
  };
  URLSearchParams.prototype.forEach = function (fn, thisArg) {
    this._pairs.slice().forEach(function (p) { fn.call(thisArg, p[1], p[0], this); }, this);
  };
  URLSearchParams.prototype.entries = function () {
    return this._pairs.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator]();
  };
  URLSearchParams.prototype.keys = function () {
    return this._pairs.map(function (p) { return p[0]; })[Symbol.iterator]();
  };
  URLSearchParams.prototype.values = function () {
    return this._pairs.map(function (p) { return p[1]; })[Symbol.iterator]();
  };
  URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
  URLSearchParams.prototype.toString = function () {
    return this._pairs.map(function (p) { return formEncode(p[0]) + '=' + formEncode(p[1]); }).join('&');
  };
  Object.defineProperty(URLSearchParams.prototype, 'size', { get: function () { return this._pairs.length; } });
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams' });

  // --------------------------------------------------------------------------------------------------- URL

  function URL(input, base) {
    if (!(this instanceof URL)) { throw new TypeError("Class constructor URL cannot be invoked without 'new'"); }
    var b = base === undefined ? undefined : (base instanceof URL ? base._r : parse(String(base)));
    Object.defineProperty(this, '_r', { value: parse(input instanceof URL ? input.href : input, b), writable: true });
    var params = new URLSearchParams(this._r.search);
    params._url = this;
    Object.defineProperty(this, '_params', { value: params });
  }
  var accessor = function (name, get, set) {
    Object.defineProperty(URL.prototype, name, { get: get, set: set, enumerable: true, configurable: true });
  };
  var reparse = function (url, href) {
    url._r = parse(href);
    url._params._pairs = parsePairs(url._r.search);
  };
  accessor('href', function () { return hrefOf(this._r); }, function (v) { reparse(this, String(v)); });
  accessor('origin', function () {
    var r = this._r;
    return SPECIAL.hasOwnProperty(r.protocol) && r.protocol !== 'file:' ? r.protocol + '//' + hostOf(r) : 'null';
  });
  accessor('protocol', function () { return this._r.protocol; }, function (v) {
    var p = String(v).replace(/:.*$/, '').toLowerCase() + ':';
    if (SPECIAL.hasOwnProperty(p) === SPECIAL.hasOwnProperty(this._r.protocol) && /^[a-z][a-z0-9+.\-]*:$/.test(p)) {
      this._r.protocol = p;
      if (this._r.port === SPECIAL[p]) { this._r.port = ''; }
    }
  });
  accessor('username', function () { return this._r.username; }, function (v) {
    this._r.username = encodeSet(String(v), USERINFO, true);
  });
  accessor('password', function () { return this._r.password; }, function (v) {
    this._r.password = encodeSet(String(v), USERINFO, true);
  });
  accessor('host', function () { return hostOf(this._r); }, function (v) {
    var r = this._r;
    reparse(this, hrefOf({ protocol: r.protocol, username: r.username, password: r.password, hostname: String(v),
      port: '', pathname: r.pathname, search: r.search, hash: r.hash }));
  });
  accessor('hostname', function () { return this._r.hostname; }, function (v) {
    this._r.hostname = parseHost(String(v), SPECIAL.hasOwnProperty(this._r.protocol), String(v));
  });
  accessor('port', function () { return this._r.port; }, function (v) {
    var digits = /^\d*/.exec(String(v))[0];
    if (digits === '' && String(v) !== '') { return; }
    if (Number(digits) <= 65535) {
      this._r.port = digits === '' || digits === SPECIAL[this._r.protocol] ? '' : String(Number(digits));
    }
  });
  accessor('pathname', function () { return this._r.pathname; }, function (v) {
    if (this._r.opaque) { return; }
    var path = String(v);
    this._r.pathname = normalizePath(path.charAt(0) === '/' ? path : '/' + path,
      SPECIAL.hasOwnProperty(this._r.protocol));
  });
  accessor('search', function () { return this._r.search; }, function (v) {
    var text = String(v).replace(/^\?/, '');
    this._r.search = text === '' ? '' : '?' + encodeSet(text, QUERY, SPECIAL.hasOwnProperty(this._r.protocol));
    this._params._pairs = parsePairs(this._r.search);
  });
  accessor('searchParams', function () { return this._params; });
  accessor('hash', function () { return this._r.hash; }, function (v) {
    var text = String(v).replace(/^#/, '');
    this._r.hash = text === '' ? '' : '#' + encodeSet(text, FRAGMENT, true);
  });
  URL.prototype.toString = function () { return this.href; };
  URL.prototype.toJSON = function () { return this.href; };
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL' });

  return { URL: URL, URLSearchParams: URLSearchParams };
})
