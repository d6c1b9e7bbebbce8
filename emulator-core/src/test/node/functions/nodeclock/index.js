// What time a Node function sees: Date at load and per call, and what it stores with new Date() and serverDate().
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const loadedAt = Date.now();

exports.main = async () => {
  const { _id } = await db.collection('todos').add({ data: { at: new Date(), server: db.serverDate() } });
  const { data } = await db.collection('todos').doc(_id).get();
  return {
    loadedAt,
    now: Date.now(),
    iso: new Date().toISOString(),
    called: typeof Date(),
    isDate: new Date() instanceof Date && Object.prototype.toString.call(new Date()) === '[object Date]',
    epoch: new Date(0).toISOString(),
    parsed: Date.parse('2024-01-01T00:00:00Z'),
    utc: Date.UTC(2024, 0, 1),
    stored: data.at.getTime(),
    server: data.server.getTime(),
  };
};
