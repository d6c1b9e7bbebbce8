// zlib and the WHATWG URL classes, which HTTP clients use: the same bytes and the same parts under RHINO and NODE.
// dns is left out on purpose: under Node it asks the real resolver.
const zlib = require('zlib');
const { promisify } = require('util');

exports.main = async (event) => {
  const text = event.text.repeat(8);
  const gz = zlib.gzipSync(text);
  const u = new URL(event.path, event.base);
  u.searchParams.append('q', 'tea & 茶');
  return {
    gzip: gz.toString('base64'),
    deflate: zlib.deflateSync(text, { level: 9 }).toString('base64'),
    raw: zlib.deflateRawSync(text, { level: 1 }).toString('base64'),
    back: (await promisify(zlib.unzip)(gz)).toString() === text,
    url: [u.href, u.origin, u.host, u.pathname, u.search, u.hash],
    params: [...new URLSearchParams('a=1&b=%20x+y&a=%E8%8C%B6')].map((p) => p.join(':')),
  };
};
