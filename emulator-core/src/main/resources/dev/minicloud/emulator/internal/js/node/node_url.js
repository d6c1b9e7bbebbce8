// Node's `url`: the legacy API (parse, format, resolve), which request libraries such as node-fetch 2 build their
// http.request options with, and the WHATWG URL and URLSearchParams classes (node_whatwg_url.js, given as `shared`),
// which got 11 and node-fetch 2 use. As in Node, both classes are also globals.
(function (exports, require, module, host, name, shared) {
  var whatwg = shared(require);
  var querystring = require('querystring');
  var SLASHED = /^(https?|ftp|gopher|file|wss?):$/;

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  var parse = function (text, parseQueryString, slashesDenoteHost) {
    if (text instanceof Url) { return text; }
    if (typeof text !== 'string') {
      var e = new TypeError('The "url" argument must be of type string. Received ' + typeof text);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    var u = new Url();
    var rest = text.trim();
    var at = rest.indexOf('#');
    if (at >= 0) { u.hash = rest.slice(at); rest = rest.slice(0, at); }
    at = rest.indexOf('?');
    if (at >= 0) {
      u.search = rest.slice(at);
      u.query = rest.slice(at + 1);
      rest = rest.slice(0, at);
    } else if (parseQueryString) {
      u.search = '';
    }
    if (parseQueryString) { u.query = querystring.parse(u.query || ''); }
    var proto = /^([a-z][a-z0-9.+-]*:)/i.exec(rest);
    if (proto) { u.protocol = proto[1].toLowerCase(); rest = rest.slice(proto[1].length); }
    if (rest.slice(0, 2) === '//' && (proto || slashesDenoteHost)) {
      u.slashes = true;
      rest = rest.slice(2);
      var end = rest.search(/[\/\\]/);
      var authority = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
      var atSign = authority.lastIndexOf('@');
      if (atSign >= 0) {
        u.auth = decodeURIComponent(authority.slice(0, atSign));
        authority = authority.slice(atSign + 1);
      }
      var port = /:(\d*)$/.exec(authority);
      if (port) { u.port = port[1] || null; authority = authority.slice(0, authority.length - port[0].length); }
      u.hostname = authority.toLowerCase().replace(/^\[(.*)\]$/, '$1');
      u.host = (authority.charAt(0) === '[' ? '[' + u.hostname + ']' : u.hostname) + (u.port ? ':' + u.port : '');
      if (rest === '' && SLASHED.test(u.protocol || '')) { rest = '/'; }
    }
    u.pathname = rest === '' ? (u.slashes ? '/' : null) : rest;
    if (u.pathname !== null || u.search) { u.path = (u.pathname || '') + (u.search || ''); }
    u.href = format(u);
    return u;
  };

  var format = function (obj) {
    if (typeof obj === 'string') { obj = parse(obj); }
    var protocol = obj.protocol || '';
    if (protocol && protocol.slice(-1) !== ':') { protocol += ':'; }
    var auth = obj.auth ? encodeURIComponent(obj.auth).replace(/%3A/i, ':') + '@' : '';
    var hostPart = '';
    if (obj.host) {
      hostPart = obj.host;
    } else if (obj.hostname) {
      hostPart = (obj.hostname.indexOf(':') >= 0 ? '[' + obj.hostname + ']' : obj.hostname)
        + (obj.port ? ':' + obj.port : '');
    }
    var pathname = obj.pathname || '';
    var search = obj.search || '';
    if (!search && obj.query && typeof obj.query === 'object' && Object.keys(obj.query).length) {
      search = '?' + querystring.stringify(obj.query);
    } else if (!search && typeof obj.query === 'string' && obj.query) {
      search = '?' + obj.query;
    }
    if (search && search.charAt(0) !== '?') { search = '?' + search; }
    var hash = obj.hash || '';
    if (hash && hash.charAt(0) !== '#') { hash = '#' + hash; }
    if (obj.slashes || (hostPart && SLASHED.test(protocol))) {
      if (pathname && pathname.charAt(0) !== '/') { pathname = '/' + pathname; }
      return protocol + '//' + auth + hostPart + pathname + search + hash;
    }
    return protocol + auth + hostPart + pathname + search + hash;
  };

  // RFC 3986's merge and remove_dot_segments, as url.resolve does for the common cases.
  var resolve = function (from, to) {
    var base = parse(from);
    var rel = parse(to);
    if (rel.protocol) { return rel.href; }
    if (to.slice(0, 2) === '//') { return format(parse((base.protocol || '') + to)); }
    var origin = (base.protocol || '') + (base.slashes ? '//' : '') + (base.auth ? base.auth + '@' : '')
      + (base.host || '');
    if (to === '' || to.charAt(0) === '#') { return origin + (base.path || '') + to; }
    if (to.charAt(0) === '?') { return origin + (base.pathname || '/') + to; }
    var dir = (base.pathname || '/').replace(/[^\/]*$/, '');
    var path = to.charAt(0) === '/' ? rel.pathname : dir + rel.pathname;
    var out = [];
    path.split('/').forEach(function (segment, i, all) {
      if (segment === '..') { if (out.length > 1) { out.pop(); } } else if (segment !== '.') { out.push(segment); }
      if ((segment === '.' || segment === '..') && i === all.length - 1) { out.push(''); }
    });
    return origin + out.join('/') + (rel.search || '') + (rel.hash || '');
  };

  var domainTo = function (fn) {
    return function (domain) {
      try {
        return fn(String(domain));
      } catch (e) {
        return '';
      }
    };
  };
  module.exports = { parse: parse, format: format, resolve: resolve, Url: Url, URL: whatwg.URL,
    URLSearchParams: whatwg.URLSearchParams, domainToASCII: domainTo(require('punycode').toASCII),
    domainToUnicode: domainTo(require('punycode').toUnicode),
    fileURLToPath: function (u) { return decodeURIComponent(new whatwg.URL(String(u)).pathname); },
    pathToFileURL: function (p) { return new whatwg.URL('file://' + encodeURI(String(p))); } };
})
