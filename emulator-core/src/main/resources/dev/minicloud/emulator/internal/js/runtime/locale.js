// A small, honest subset of ECMA-402 for the formats CN cloud code prints most: en-US (Node's default) and zh-CN
// number, currency, percent and date formats, time zone names, pinyin collation and a minimal Intl. Rhino has no
// Intl, and its Number#toLocaleString('zh-CN') throws. Plain ES5: this file runs untranspiled.
(function (host) {
  var define = function (target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  };
  var pick = function (v, fallback) { return v === undefined ? fallback : v; };
  var language = function (locales) {
    var tag = Array.isArray(locales) ? locales[0] : locales;
    return tag !== undefined && /^zh/i.test(String(tag)) ? 'zh' : 'en';
  };
  var pad2 = function (n) { return n < 10 ? '0' + n : String(n); };
  var NativeDate = Date;
  var nativeToString = Date.prototype.toString;

  // Wall-clock fields of a date in a time zone (the option's, else the function's TZ).
  var fields = function (date, timeZone) {
    var ms = date.getTime();
    var shifted = new NativeDate(ms + host.zoneOffset(timeZone, ms) * 60000);
    return { y: shifted.getUTCFullYear(), mo: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(),
      h: shifted.getUTCHours(), mi: shifted.getUTCMinutes(), s: shifted.getUTCSeconds() };
  };
  var datePart = function (f, lang, o) {
    var y = o.year === '2-digit' ? pad2(f.y % 100) : f.y;
    var mo = o.month === '2-digit' ? pad2(f.mo) : f.mo;
    var d = o.day === '2-digit' ? pad2(f.d) : f.d;
    return lang === 'zh' ? y + '/' + mo + '/' + d : mo + '/' + d + '/' + y;
  };
  var timePart = function (f, lang, o) {
    var twelve = pick(o.hour12, lang === 'en');
    var clock = pad2(f.mi) + ':' + pad2(f.s);
    if (!twelve) { return pad2(f.h) + ':' + clock; }
    var h = f.h % 12 || 12;
    return lang === 'zh' ? (f.h < 12 ? '上午' : '下午') + h + ':' + clock : h + ':' + clock + ' ' + (f.h < 12 ? 'AM' : 'PM');
  };
  var invalid = function (d) { return isNaN(d.getTime()); };
  define(Date.prototype, 'toLocaleDateString', function (locales, options) {
    if (invalid(this)) { return 'Invalid Date'; }
    var o = options || {};
    return datePart(fields(this, o.timeZone), language(locales), o);
  });
  define(Date.prototype, 'toLocaleTimeString', function (locales, options) {
    if (invalid(this)) { return 'Invalid Date'; }
    var o = options || {};
    return timePart(fields(this, o.timeZone), language(locales), o);
  });
  define(Date.prototype, 'toLocaleString', function (locales, options) {
    if (invalid(this)) { return 'Invalid Date'; }
    var o = options || {};
    var lang = language(locales);
    var f = fields(this, o.timeZone);
    return datePart(f, lang, o) + (lang === 'zh' ? ' ' : ', ') + timePart(f, lang, o);
  });
  // Rhino abbreviates the zone name ("CST"); Node prints the long one ("China Standard Time").
  define(Date.prototype, 'toString', function toString() {
    var s = nativeToString.call(this);
    return invalid(this) ? s : s.replace(/\([^)]*\)$/, '(' + host.zoneName(this.getTime()) + ')');
  });

  var CURRENCY = {
    en: { CNY: 'CN¥', USD: '$', EUR: '€', JPY: '¥', GBP: '£', HKD: 'HK$' },
    zh: { CNY: '¥', USD: 'US$', EUR: '€', JPY: 'JP¥', GBP: '£', HKD: 'HK$' }
  };
  var formatNumber = function (value, locales, options) {
    var o = options || {};
    var style = o.style || 'decimal';
    var n = Number(value);
    var min;
    var max;
    if (style === 'percent') {
      n *= 100;
      min = pick(o.minimumFractionDigits, 0);
      max = pick(o.maximumFractionDigits, Math.max(min, 0));
    } else if (style === 'currency') {
      var zeroDecimals = o.currency === 'JPY';
      min = pick(o.minimumFractionDigits, zeroDecimals ? 0 : 2);
      max = pick(o.maximumFractionDigits, Math.max(min, zeroDecimals ? 0 : 2));
    } else {
      min = pick(o.minimumFractionDigits, 0);
      max = pick(o.maximumFractionDigits, Math.max(min, 3));
    }
    if (min > max) { throw new RangeError('maximumFractionDigits value is out of range.'); }
    var text = host.formatNumber(n, min, max, o.useGrouping !== false);
    if (style === 'percent') { return text + '%'; }
    if (style === 'currency') {
      if (!o.currency) { throw new TypeError('Currency code is required with currency style.'); }
      var symbol = CURRENCY[language(locales)][String(o.currency).toUpperCase()] || String(o.currency).toUpperCase() + '\u00a0';
      return text.charAt(0) === '-' ? '-' + symbol + text.substring(1) : symbol + text;
    }
    return text;
  };
  define(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    return formatNumber(this, locales, options);
  });
  define(String.prototype, 'localeCompare', function localeCompare(that, locales) {
    return host.collate(String(this), String(that), Array.isArray(locales) ? locales[0] : locales);
  });

  function NumberFormat(locales, options) {
    if (!(this instanceof NumberFormat)) { return new NumberFormat(locales, options); }
    this._locales = locales;
    this._options = options || {};
  }
  define(NumberFormat.prototype, 'format', function (n) { return formatNumber(n, this._locales, this._options); });
  define(NumberFormat.prototype, 'resolvedOptions', function () {
    return { locale: language(this._locales) === 'zh' ? 'zh-CN' : 'en-US', style: this._options.style || 'decimal' };
  });
  function DateTimeFormat(locales, options) {
    if (!(this instanceof DateTimeFormat)) { return new DateTimeFormat(locales, options); }
    this._locales = locales;
    this._options = options || {};
  }
  define(DateTimeFormat.prototype, 'format', function (date) {
    var d = date === undefined ? new Date() : new NativeDate(Number(date));
    var o = this._options;
    var hasDate = o.year || o.month || o.day;
    var hasTime = o.hour || o.minute || o.second;
    if (hasTime && !hasDate) { return d.toLocaleTimeString(this._locales, o); }
    if (hasTime) { return d.toLocaleString(this._locales, o); }
    return d.toLocaleDateString(this._locales, o);
  });
  define(DateTimeFormat.prototype, 'resolvedOptions', function () {
    return { locale: language(this._locales) === 'zh' ? 'zh-CN' : 'en-US', calendar: 'gregory',
      numberingSystem: 'latn', timeZone: this._options.timeZone || host.zoneId() };
  });
  function Collator(locales) {
    if (!(this instanceof Collator)) { return new Collator(locales); }
    var tag = Array.isArray(locales) ? locales[0] : locales;
    this.compare = function (a, b) { return host.collate(String(a), String(b), tag); };
  }
  define(globalThis, 'Intl', { NumberFormat: NumberFormat, DateTimeFormat: DateTimeFormat, Collator: Collator });
})(__minicloud_host);
