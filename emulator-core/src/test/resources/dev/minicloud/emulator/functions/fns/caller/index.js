const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const res = await cloud.callFunction({ name: event.target ?? 'whoami', data: { from: 'caller' } });
  let failure = null;
  try {
    await cloud.callFunction({ name: 'failing', data: { mode: 'throw' } });
  } catch (e) {
    failure = { errCode: e.errCode, errMsg: e.errMsg };
  }
  let missing = null;
  try {
    await cloud.callFunction({ name: 'no-such-function' });
  } catch (e) {
    missing = { errCode: e.errCode, errMsg: e.errMsg };
  }
  let badName = null;
  try {
    await cloud.callFunction({ data: {} });
  } catch (e) {
    badName = { errCode: e.errCode, errMsg: e.errMsg, message: e.message };
  }
  return { errMsg: res.errMsg, hasRequestId: typeof res.requestID === 'string', inner: res.result, failure, missing, badName };
};
