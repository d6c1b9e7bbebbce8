// config.json names the Node runtime: this function runs in Node whatever the environment's default.
exports.main = async () => ({ gzipped: require('zlib').gzipSync('x').length > 0 });
