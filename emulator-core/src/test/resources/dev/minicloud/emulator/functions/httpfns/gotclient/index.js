// got 11.8.6 (MIT) with its runtime dependencies as npm installs them, unmodified; only the TypeScript declarations
// (*.d.ts, @types/*) are left out.
const got = require('got');

exports.main = async (event) => {
  try {
    const res = await got(event.url, { responseType: 'json', retry: 0, ...(event.options || {}) });
    return { status: res.statusCode, body: res.body, encoding: res.headers['content-encoding'] || null };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message, status: e.response ? e.response.statusCode : null };
  }
};
