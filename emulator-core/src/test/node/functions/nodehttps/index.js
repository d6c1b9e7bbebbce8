// A function as written for Node, with plain https.get and the global fetch; under FunctionRuntime.NODE both reach
// the environment's HTTP stubs.
const https = require('https');

function get(url) {
  return new Promise((resolve) => {
    https.get(url, { headers: { 'X-Api-Key': 'k-1' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', (e) => resolve({ code: e.code, message: e.message }));
  });
}

exports.main = async (event) => {
  const out = { rates: await get(event.base + '/v2/latest?base=CNY'), missing: await get(event.base + '/v2/nope'),
    reset: await get('https://flaky.example.com/x') };
  if (typeof fetch === 'function') {
    const r = await fetch(event.base + '/v2/orders', { method: 'POST', body: JSON.stringify({ sku: 'A1' }),
      headers: { 'Content-Type': 'application/json' } });
    out.fetched = { status: r.status, body: await r.json() };
  }
  return out;
};
