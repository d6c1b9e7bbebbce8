// cloud.openapi through the official SDK: answered by the environment's recording stub.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  try {
    return { ok: await cloud.openapi[event.module][event.method](event.params) };
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
};
