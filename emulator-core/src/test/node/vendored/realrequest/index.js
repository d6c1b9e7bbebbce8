// A function as older projects write it: the real request 2.88.2 (deprecated upstream, still common), callback style.
const request = require('request');

const call = (options) => new Promise((resolve, reject) => {
  request(options, (err, res, body) => (err ? reject(err) : resolve({ status: res.statusCode, body })));
});

exports.main = async (event) => {
  const forecast = await call({ url: event.base + '/v1/forecast', qs: { city: event.city }, json: true,
    headers: { 'X-Api-Key': 'k-123' } });
  const saved = await call({ method: 'POST', url: event.base + '/v1/subscriptions', json: { city: event.city } });
  return { forecast, saved };
};
