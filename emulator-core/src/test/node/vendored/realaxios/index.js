// A function as teams write it with the real axios (0.27, the version the official SDK installs beside itself).
const axios = require('axios');

exports.main = async (event) => {
  const forecast = await axios.get(event.base + '/v1/forecast', {
    params: { city: event.city },
    headers: { 'X-Api-Key': 'k-123' },
  });
  const saved = await axios.post(event.base + '/v1/subscriptions', { city: event.city, openid: 'o_alice' });
  let failure = null;
  try {
    await axios.get(event.base + '/v1/missing');
  } catch (e) {
    failure = { message: e.message, status: e.response.status, body: e.response.data };
  }
  return { status: forecast.status, forecast: forecast.data, saved: saved.data, failure };
};
