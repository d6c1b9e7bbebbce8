const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const db = cloud.database();
  console.log('nightly run for', event.Time);
  await db.collection('runs').add({ data: { fn: 'nightly', event, ranAt: new Date(), source: cloud.getWXContext().SOURCE } });
  return { now: new Date().toISOString(), source: cloud.getWXContext().SOURCE };
};
