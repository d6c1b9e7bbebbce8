// Node's (deprecated, still built-in) `punycode`: RFC 3492 for internationalised host names, which URL libraries
// such as whatwg-url and tr46 (and through them node-fetch 2) require.
(function (exports, require, module, host, name) {
  var BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;
  var MAX_INT = 2147483647;
  var fail = function (message) { throw new RangeError(message); };

  var ucs2decode = function (string) {
    var out = [];
    for (var i = 0; i < string.length; i++) {
      var c = string.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < string.length) {
        var low = string.charCodeAt(i + 1);
        if ((low & 0xFC00) === 0xDC00) {
          out.push(((c & 0x3FF) << 10) + (low & 0x3FF) + 0x10000);
          i++;
          continue;
        }
      }
      out.push(c);
    }
    return out;
  };
  var ucs2encode = function (codePoints) {
    var out = '';
    for (var i = 0; i < codePoints.length; i++) {
      var cp = codePoints[i];
      if (cp > 0xFFFF) {
        cp -= 0x10000;
        out += String.fromCharCode(0xD800 + (cp >>> 10), 0xDC00 + (cp & 0x3FF));
      } else {
        out += String.fromCharCode(cp);
      }
    }
    return out;
  };
  var threshold = function (k, bias) { return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias; };
  var digitToBasic = function (d) { return d + 22 + 75 * (d < 26 ? 1 : 0); };
  var basicToDigit = function (cp) {
    if (cp >= 0x30 && cp < 0x3A) { return cp - 0x16; }
    if (cp >= 0x41 && cp < 0x5B) { return cp - 0x41; }
    if (cp >= 0x61 && cp < 0x7B) { return cp - 0x61; }
    return BASE;
  };
  var adapt = function (delta, numPoints, firstTime) {
    var k = 0;
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) { delta = Math.floor(delta / (BASE - T_MIN)); }
    return Math.floor(k + (BASE - T_MIN + 1) * delta / (delta + SKEW));
  };

  var decode = function (input) {
    var output = [], i = 0, n = INITIAL_N, bias = INITIAL_BIAS;
    var basic = Math.max(input.lastIndexOf('-'), 0);
    for (var j = 0; j < basic; j++) {
      if (input.charCodeAt(j) >= 0x80) { fail('Illegal input >= 0x80 (not a basic code point)'); }
      output.push(input.charCodeAt(j));
    }
    for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
      var oldi = i;
      for (var w = 1, k = BASE; ; k += BASE) {
        if (index >= input.length) { fail('Invalid input'); }
        var digit = basicToDigit(input.charCodeAt(index++));
        if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) { fail('Invalid input'); }
        i += digit * w;
        var t = threshold(k, bias);
        if (digit < t) { break; }
        w *= BASE - t;
      }
      var out = output.length + 1;
      bias = adapt(i - oldi, out, oldi === 0);
      if (Math.floor(i / out) > MAX_INT - n) { fail('Overflow: input needs wider integers to process'); }
      n += Math.floor(i / out);
      i %= out;
      output.splice(i++, 0, n);
    }
    return ucs2encode(output);
  };

  var encode = function (string) {
    var input = ucs2decode(string), output = [], n = INITIAL_N, delta = 0, bias = INITIAL_BIAS, i;
    for (i = 0; i < input.length; i++) {
      if (input[i] < 0x80) { output.push(String.fromCharCode(input[i])); }
    }
    var basicLength = output.length, handled = basicLength;
    if (basicLength) { output.push('-'); }
    while (handled < input.length) {
      var m = MAX_INT;
      for (i = 0; i < input.length; i++) {
        if (input[i] >= n && input[i] < m) { m = input[i]; }
      }
      if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) {
        fail('Overflow: input needs wider integers to process');
      }
      delta += (m - n) * (handled + 1);
      n = m;
      for (i = 0; i < input.length; i++) {
        if (input[i] < n && ++delta > MAX_INT) { fail('Overflow: input needs wider integers to process'); }
        if (input[i] === n) {
          var q = delta;
          for (var k = BASE; ; k += BASE) {
            var t = threshold(k, bias);
            if (q < t) { break; }
            output.push(String.fromCharCode(digitToBasic(t + (q - t) % (BASE - t))));
            q = Math.floor((q - t) / (BASE - t));
          }
          output.push(String.fromCharCode(digitToBasic(q)));
          bias = adapt(delta, handled + 1, handled === basicLength);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return output.join('');
  };

  // Labels are separated by any of the four dots IDNA knows; an e-mail address keeps its local part as it is.
  var mapDomain = function (domain, fn) {
    var at = domain.lastIndexOf('@');
    var local = at >= 0 ? domain.slice(0, at + 1) : '';
    var labels = domain.slice(at + 1).replace(/[\u3002\uFF0E\uFF61]/g, '.').split('.');
    return local + labels.map(fn).join('.');
  };
  module.exports = {
    version: '2.1.0',
    ucs2: { decode: ucs2decode, encode: ucs2encode },
    decode: decode,
    encode: encode,
    toASCII: function (domain) {
      return mapDomain(domain, function (label) { return /[^\0-\x7E]/.test(label) ? 'xn--' + encode(label) : label; });
    },
    toUnicode: function (domain) {
      return mapDomain(domain, function (label) {
        return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label;
      });
    }
  };
})
