// Node's `crypto`: hashes, HMAC, random values, AES (cbc, ecb, gcm) and RSA signatures, computed by the JDK.
(function (exports, require, module, host) {
  var toBytes = function (data, encoding) {
    if (typeof data === 'string') { return Buffer.from(data, encoding || 'utf8'); }
    if (data instanceof ArrayBuffer) { return Buffer.from(data); }
    if (ArrayBuffer.isView(data)) { return Buffer.from(data.buffer, data.byteOffset, data.byteLength); }
    throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
  };
  var out = function (bytes, encoding) {
    var b = Buffer.from(bytes);
    return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
  };
  var keyText = function (key) {
    if (typeof key === 'string') { return key; }
    if (key && typeof key === 'object' && !ArrayBuffer.isView(key) && key.key !== undefined) { return keyText(key.key); }
    return toBytes(key).toString('utf8');
  };

  function Hash(algorithm, key) {
    this._algorithm = algorithm;
    this._key = key;
    this._chunks = [];
  }
  Hash.prototype.update = function (data, encoding) { this._chunks.push(toBytes(data, encoding)); return this; };
  Hash.prototype.digest = function (encoding) {
    var data = Buffer.concat(this._chunks);
    var bytes = this._key === undefined ? host.hash(this._algorithm, data) : host.hmac(this._algorithm, this._key, data);
    return out(bytes, encoding);
  };
  Hash.prototype.copy = function () {
    var h = new Hash(this._algorithm, this._key);
    h._chunks = this._chunks.slice();
    return h;
  };

  function Cipher(decrypt, algorithm, key, iv) {
    this._decrypt = decrypt;
    this._algorithm = String(algorithm).toLowerCase();
    this._key = toBytes(key);
    this._iv = iv === null || iv === undefined ? Buffer.alloc(0) : toBytes(iv);
    this._chunks = [];
    this._padding = true;
    this._aad = Buffer.alloc(0);
  }
  Cipher.prototype.update = function (data, inputEncoding, outputEncoding) {
    this._chunks.push(toBytes(data, inputEncoding));
    return outputEncoding && outputEncoding !== 'buffer' ? '' : Buffer.alloc(0);
  };
  Cipher.prototype.final = function (outputEncoding) {
    var input = Buffer.concat(this._chunks);
    if (this._decrypt && this._tag) { input = Buffer.concat([input, this._tag]); }
    var result = Buffer.from(host.cipher(this._decrypt, this._algorithm, this._key, this._iv, input, this._padding, this._aad));
    if (!this._decrypt && /gcm$/.test(this._algorithm)) {
      this._tag = result.subarray(result.length - 16);
      result = result.subarray(0, result.length - 16);
    }
    return out(result, outputEncoding);
  };
  Cipher.prototype.setAutoPadding = function (on) { this._padding = on !== false; return this; };
  Cipher.prototype.setAuthTag = function (tag) { this._tag = toBytes(tag); return this; };
  Cipher.prototype.getAuthTag = function () { return this._tag; };
  Cipher.prototype.setAAD = function (aad) { this._aad = toBytes(aad); return this; };

  function Signer(verify, algorithm) {
    this._verify = verify;
    this._algorithm = algorithm;
    this._chunks = [];
  }
  Signer.prototype.update = function (data, encoding) { this._chunks.push(toBytes(data, encoding)); return this; };
  Signer.prototype.sign = function (key, encoding) {
    return out(host.sign(this._algorithm, keyText(key), Buffer.concat(this._chunks)), encoding);
  };
  Signer.prototype.verify = function (key, signature, encoding) {
    return host.verify(this._algorithm, keyText(key), Buffer.concat(this._chunks), toBytes(signature, encoding));
  };
  Signer.prototype.end = function () { return this; };

  module.exports = {
    createHash: function (algorithm) { host.checkHash(algorithm); return new Hash(algorithm); },
    createHmac: function (algorithm, key) { host.checkHash(algorithm); return new Hash(algorithm, toBytes(key)); },
    createCipheriv: function (algorithm, key, iv) { return new Cipher(false, algorithm, key, iv); },
    createDecipheriv: function (algorithm, key, iv) { return new Cipher(true, algorithm, key, iv); },
    createSign: function (algorithm) { return new Signer(false, algorithm); },
    createVerify: function (algorithm) { return new Signer(true, algorithm); },
    randomBytes: function (size, callback) {
      var b = Buffer.from(host.randomBytes(size));
      if (callback) { setImmediate(callback, null, b); return undefined; }
      return b;
    },
    randomUUID: function () { return host.randomUUID(); },
    randomInt: function (min, max) {
      if (max === undefined) { max = min; min = 0; }
      return min + Math.floor(Buffer.from(host.randomBytes(4)).readUInt32BE(0) / 4294967296 * (max - min));
    },
    timingSafeEqual: function (a, b) {
      if (a.length !== b.length) { throw new RangeError('Input buffers must have the same byte length'); }
      var diff = 0;
      for (var i = 0; i < a.length; i++) { diff |= a[i] ^ b[i]; }
      return diff === 0;
    },
    getHashes: function () { return ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']; },
    getCiphers: function () {
      return ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-192-ecb', 'aes-256-ecb',
        'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm'];
    },
    webcrypto: undefined
  };

  // Node's key objects are not here. Reading crypto.KeyObject means the code works with them (jsonwebtoken 9 reads
  // it when it loads), so that read fails saying what to do instead of a later unrelated TypeError. Not enumerable,
  // so copying the module's functions does not trip it; other missing functions stay absent, so that feature tests
  // such as jwa's `typeof crypto.createPublicKey === 'function'` keep choosing the paths that work here.
  Object.defineProperty(module.exports, 'KeyObject', {
    enumerable: false,
    get: function () {
      var e = new Error('MiniCloud: crypto.KeyObject is not available in Rhino, whose crypto has hashes, HMAC, random '
        + 'values, AES and RSA signatures but no key objects. Run the function in real Node: FunctionRuntime.NODE '
        + '(config.json "runtime": "node", or --runtime node).');
      e.code = 'ERR_MINICLOUD_NODE_ONLY';
      throw e;
    }
  });
})
