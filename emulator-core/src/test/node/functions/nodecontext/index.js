const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
let calls = 0;

exports.main = async (event, context) => {
  calls++;
  console.info('call', calls);
  return { wx: cloud.getWXContext(), calls, requestId: context.request_id, pid: process.pid, userInfo: event.userInfo };
};
