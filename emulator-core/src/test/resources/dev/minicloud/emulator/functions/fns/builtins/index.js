const crypto = require('crypto');
const path = require('path');
const util = require('util');
const EventEmitter = require('events');
const fs = require('fs');
const qs = require('querystring');
const assert = require('assert');

exports.main = async (event) => {
  const key = Buffer.from('0123456789abcdef');
  const iv = Buffer.from('fedcba9876543210');
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  const encrypted = cipher.update('secret message', 'utf8', 'base64') + cipher.final('base64');
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
  const decrypted = decipher.update(encrypted, 'base64', 'utf8') + decipher.final('utf8');
  const emitter = new EventEmitter();
  const heard = [];
  emitter.on('ping', (x) => heard.push(x));
  emitter.once('ping', (x) => heard.push(`once ${x}`));
  emitter.emit('ping', 1);
  emitter.emit('ping', 2);
  const readFile = util.promisify(fs.readFile);
  const pkg = JSON.parse(await readFile(path.join(__dirname, 'data', 'sample.json'), 'utf8'));
  assert.strictEqual(pkg.name, 'sample');
  return {
    md5: crypto.createHash('md5').update('hello').digest('hex'),
    sha256: crypto.createHash('sha256').update('hello').digest('base64'),
    hmac: crypto.createHmac('sha256', 'key').update('message').digest('hex'),
    uuid: /^[0-9a-f-]{36}$/.test(crypto.randomUUID()),
    random: crypto.randomBytes(16).length,
    decrypted,
    buffer: Buffer.from('héllo wörld').toString('base64'),
    hex: Buffer.from([1, 2, 255]).toString('hex'),
    concat: Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString(),
    json: JSON.stringify(Buffer.from('hi')),
    path: [path.join('/a/b', '../c', 'd.js'), path.basename('/x/y.txt', '.txt'), path.extname('f.tar.gz'), path.resolve('rel')],
    format: util.format('%s has %d items: %j', 'cart', 3, { a: 1 }),
    inspect: util.inspect({ a: [1, { b: 'x' }] }),
    heard,
    dirname: __dirname,
    filename: __filename,
    pkg: pkg.name,
    exists: [fs.existsSync(path.join(__dirname, 'data', 'sample.json')), fs.existsSync('/etc/passwd')],
    qs: qs.stringify({ a: 1, b: ['x', 'y'] }),
    text: new TextDecoder().decode(new TextEncoder().encode('文字')),
  };
};
