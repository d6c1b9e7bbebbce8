// Only real Node runs this: zlib, and Node's own Buffer and crypto.
const zlib = require('zlib');
const crypto = require('crypto');

exports.main = async (event) => {
  const packed = zlib.gzipSync(Buffer.from(event.text, 'utf8'));
  const unpacked = zlib.gunzipSync(packed).toString('utf8');
  const digest = crypto.createHash('sha256').update(unpacked).digest('hex');
  return { unpacked, digest, big: Buffer.alloc(8, 1).readBigUInt64BE().toString() };
};
