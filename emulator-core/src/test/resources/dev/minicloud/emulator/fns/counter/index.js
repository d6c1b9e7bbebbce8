// Module state lives as long as the warm instance: reset must start from a cold one.
let calls = 0;
const cloud = require('wx-server-sdk');
cloud.init();

exports.main = async (event) => {
  calls += 1;
  console.log('call', calls, 'from', cloud.getWXContext().OPENID || 'server');
  if (event.wait) {
    await new Promise(() => {});
  }
  if (event.spin) {
    await cloud.database().collection('users').add({ data: { _id: 'spinning' } });
    for (;;) {}
  }
  return { calls, now: new Date().toISOString() };
};
