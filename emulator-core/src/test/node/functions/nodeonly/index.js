// Only real Node runs this: Brotli, crypto key objects (read as the module loads), and Node's own Buffer.
const zlib = require('zlib');
const crypto = require('crypto');
const { KeyObject } = crypto;

exports.main = async (event) => {
  const packed = zlib.brotliCompressSync(Buffer.from(event.text, 'utf8'));
  const unpacked = zlib.brotliDecompressSync(packed).toString('utf8');
  if (!(crypto.createSecretKey(Buffer.from('k')) instanceof KeyObject)) {
    throw new Error('not a key object');
  }
  const digest = crypto.createHash('sha256').update(unpacked).digest('hex');
  return { unpacked, digest, big: Buffer.alloc(8, 1).readBigUInt64BE().toString() };
};
