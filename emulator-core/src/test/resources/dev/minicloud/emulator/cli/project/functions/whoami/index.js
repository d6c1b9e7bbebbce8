const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => ({
  context: cloud.getWXContext(),
  userInfo: event.userInfo ?? null,
  greeting: process.env.GREETING ?? null,
  now: new Date(),
  event,
});
