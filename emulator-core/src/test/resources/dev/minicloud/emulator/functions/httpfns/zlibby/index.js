// zlib, url.URL, dns and http2 as HTTP clients use them; each step answers what it saw, or the error it got.
const zlib = require('zlib');
const { promisify } = require('util');
const { URL, URLSearchParams } = require('url');
const dns = require('dns');

const settle = (fn) => {
  try {
    return fn();
  } catch (e) {
    return { error: e.message, code: e.code, errno: e.errno, name: e.name };
  }
};

const viaStream = (stream, input) => new Promise((resolve) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  stream.on('error', (e) => resolve({ error: e.message, code: e.code }));
  stream.write(input.subarray(0, 5));
  stream.end(input.subarray(5));
});

exports.main = async (event) => {
  const text = event.text || 'hello, 世界! '.repeat(20);
  const out = {};
  switch (event.op) {
    case 'roundTrips': {
      const gz = zlib.gzipSync(text);
      out.gzipHeader = gz.subarray(0, 10).toString('hex');
      out.gunzip = zlib.gunzipSync(gz).toString();
      out.unzipGzip = zlib.unzipSync(gz).toString();
      out.inflate = zlib.inflateSync(zlib.deflateSync(text, { level: 9 })).toString();
      out.unzipDeflate = zlib.unzipSync(zlib.deflateSync(text)).toString();
      out.raw = zlib.inflateRawSync(zlib.deflateRawSync(Buffer.from(text))).toString();
      out.fromNode = zlib.gunzipSync(Buffer.from(event.nodeGzip, 'base64')).toString();
      out.callback = await promisify(zlib.gunzip)(gz).then((b) => b.toString());
      out.stream = await viaStream(zlib.createGunzip(), gz);
      out.streamUnzip = await viaStream(zlib.createUnzip(), zlib.deflateSync(text));
      out.smaller = gz.length < Buffer.byteLength(text);
      out.syncFlush = zlib.constants.Z_SYNC_FLUSH === zlib.Z_SYNC_FLUSH;
      out.truncated = settle(() => zlib.gunzipSync(gz.subarray(0, gz.length - 12)));
      out.truncatedSyncFlush = zlib.gunzipSync(gz.subarray(0, gz.length - 8),
        { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString() === text;
      out.notGzip = settle(() => zlib.gunzipSync(Buffer.from('plain text')));
      out.maxOutput = settle(() => zlib.gunzipSync(gz, { maxOutputLength: 10 }));
      out.badStream = await viaStream(zlib.createInflate(), Buffer.from('not deflate at all'));
      break;
    }
    case 'bomb': {
      // A few hundred KB that inflate to far more than the function may allocate; catching cannot save it.
      try {
        out.inflated = zlib.inflateSync(Buffer.from(event.bomb, 'base64')).length;
      } catch (e) {
        out.caught = e.message;
      }
      break;
    }
    case 'url': {
      const u = new URL('../a b/./c?x=1 2&y=%zz#frag ment', 'HTTPS://User:Pa ss@Api.Example.COM:443/v1/d/e');
      out.href = u.href;
      out.parts = [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash,
        u.origin];
      u.searchParams.append('z', 'a&b=c');
      u.searchParams.set('x', '3');
      out.afterParams = u.href;
      out.params = [...new URLSearchParams({ q: 'tea cup', n: 2 })].map((p) => p.join('=')).join(';');
      out.paramsText = new URLSearchParams('?a=1&b=%E4%B8%96+x&a=2').getAll('a').concat(
        new URLSearchParams('b=%E4%B8%96+x').get('b'));
      out.idn = new URL('http://例子.测试:8080/p').host;
      out.invalid = settle(() => new URL('/relative/only'));
      out.global = typeof globalThis.URL === 'function' && new globalThis.URL('http://x/y').pathname;
      out.mailto = new URL('mailto:someone@example.com').pathname;
      break;
    }
    case 'dns': {
      out.lookup = await promisify(dns.lookup)('api.weather.example.com');
      out.all = await dns.promises.lookup('any.example', { all: true });
      out.resolve4 = await new dns.promises.Resolver().resolve4('x.example');
      out.mx = await dns.promises.resolveMx('x.example').catch((e) => e.code);
      out.http2Loads = typeof require('http2').constants.HTTP2_HEADER_STATUS;
      out.http2 = settle(() => require('http2').connect('https://x.example'));
      break;
    }
    default:
      throw new Error('unknown op ' + event.op);
  }
  return out;
};
