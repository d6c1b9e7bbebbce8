const { Readable, Transform, PassThrough, Writable, pipeline } = require('stream');
const url = require('url');
const punycode = require('punycode');

const upper = () => new Transform({
  transform(chunk, encoding, done) { done(null, chunk.toString().toUpperCase()); }
});
const collect = (into) => new Writable({
  write(chunk, encoding, done) { into.push(chunk.toString()); done(); }
});

exports.main = async () => {
  const piped = [];
  await new Promise((resolve, reject) => pipeline(Readable.from(['a', 'b', 'c']), upper(), collect(piped),
    (err) => (err ? reject(err) : resolve())));

  const through = new PassThrough();
  through.end('over a pass-through');
  let iterated = '';
  for await (const chunk of through) { iterated += chunk; }

  const paused = new Readable({ read() {} });
  paused.push('x');
  paused.push('y');
  paused.push(null);
  const read = await new Promise((resolve) => paused.once('readable', () => resolve(String(paused.read()))));

  const parsed = url.parse('https://user:pw@Api.Example.com:8443/v1/items?id=7&sort=asc#top', true);
  return {
    piped,
    iterated,
    read,
    isStream: through instanceof require('stream'),
    parsed: { protocol: parsed.protocol, auth: parsed.auth, host: parsed.host, hostname: parsed.hostname,
      port: parsed.port, pathname: parsed.pathname, path: parsed.path, query: parsed.query, hash: parsed.hash,
      href: parsed.href },
    formatted: url.format({ protocol: 'https', hostname: 'example.com', pathname: '/a b', query: { q: '1 2' } }),
    resolved: [url.resolve('https://x.com/a/b/c', '../d?e=1'), url.resolve('https://x.com/a/', '/root'),
      url.resolve('https://x.com/a', '//y.com/z')],
    ascii: punycode.toASCII('例子.测试'),
    unicode: punycode.toUnicode('xn--maana-pta.com'),
    encoded: punycode.encode('mañana')
  };
};
