const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const r = await cloud.callFunction({ name: 'nodeonly', data: { text: event.text } });
  return r.result;
};
