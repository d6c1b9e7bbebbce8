// Calls another function, reports who it is, and calls openapi.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  if (event.inner) {
    return { wx: cloud.getWXContext(), got: event.value };
  }
  const inner = await cloud.callFunction({ name: 'diffnested', data: { inner: true, value: event.value } });
  let missing;
  try {
    await cloud.callFunction({ name: 'noSuchFunction', data: {} });
  } catch (e) {
    missing = { errCode: e.errCode, errMsg: e.errMsg };
  }
  const sent = await cloud.openapi.subscribeMessage.send({ touser: 'o_alice', templateId: 'tpl-1',
    data: { thing1: { value: event.value } } });
  let refused;
  try {
    await cloud.openapi.security.msgSecCheck({ content: 'bad' });
  } catch (e) {
    refused = { errCode: e.errCode, errMsg: e.errMsg };
  }
  return { inner: inner.result, missing, sent, refused, outer: cloud.getWXContext() };
};
