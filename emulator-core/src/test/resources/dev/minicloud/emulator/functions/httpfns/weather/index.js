const axios = require('axios');

const api = axios.create({ baseURL: 'https://api.weather.example.com/v1', timeout: 2000,
  headers: { Authorization: 'Bearer ' + (process.env.WEATHER_TOKEN || 'none') } });

exports.main = async (event) => {
  try {
    const { data, status, headers } = await api.get('/forecast', { params: { city: event.city } });
    const saved = await api.post('/subscriptions', { city: event.city, days: 3 });
    return { status, temp: data.temp, contentType: headers['content-type'], saved: saved.data };
  } catch (e) {
    return { failed: e.message, code: e.code || null, status: e.response ? e.response.status : null };
  }
};
