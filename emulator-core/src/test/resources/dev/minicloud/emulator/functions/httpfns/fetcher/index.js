// node-fetch 2.7.0 (MIT) with its dependencies whatwg-url 5.0.0 (MIT), tr46 0.0.3 (MIT) and webidl-conversions
// 3.0.1 (BSD-2-Clause), as npm installs them, unmodified.
const fetch = require('node-fetch');

exports.main = async (event) => {
  try {
    const res = await fetch(event.url, event.init);
    const type = res.headers.get('content-type') || '';
    const body = type.startsWith('application/json') ? await res.json() : await res.text();
    return { ok: res.ok, status: res.status, statusText: res.statusText, type, body };
  } catch (e) {
    return { name: e.name, type: e.type, code: e.code, message: e.message };
  }
};
