const https = require('https');
const http = require('http');

const call = (mod, url, options, body) => new Promise((resolve) => {
  const req = mod.request(url, options || {}, (res) => {
    res.setEncoding('utf8');
    let text = '';
    res.on('data', (c) => { text += c; });
    res.on('end', () => resolve({ status: res.statusCode, text, headers: res.headers, at: new Date().toISOString() }));
  });
  req.on('error', (e) => resolve({ error: e.message, code: e.code }));
  if (options && options.timeout) {
    req.on('timeout', () => { req.destroy(new Error('gave up')); resolve({ timedOut: new Date().toISOString() }); });
  }
  req.end(body);
});

exports.main = async (event) => {
  const mod = event.url.startsWith('https:') ? https : http;
  if (event.iterate) {
    const res = await new Promise((resolve, reject) => https.get(event.url, resolve).on('error', reject));
    let text = '';
    for await (const chunk of res) { text += chunk; }
    return { text };
  }
  return call(mod, event.url, event.options, event.body);
};
