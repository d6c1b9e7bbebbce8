// Called once when the mini-program starts: who am I, and my profile (created on first login).
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

exports.main = async (event) => {
  const { OPENID, APPID, UNIONID } = cloud.getWXContext();
  if (!OPENID) {
    throw new Error('login must be called from the mini-program');
  }
  const users = db.collection('users');
  const { data: found } = await users.where({ _id: OPENID }).get();
  const isNew = found.length === 0;
  if (isNew) {
    await users.add({
      data: { _id: OPENID, nickName: event.nickName ?? 'WeChat user', createdAt: db.serverDate(), lastLoginAt: db.serverDate() },
    });
  } else {
    await users.doc(OPENID).update({ data: { lastLoginAt: db.serverDate(), logins: db.command.inc(1) } });
  }
  const { data: user } = await users.doc(OPENID).get();
  console.log(`login ${OPENID}${isNew ? ' (new user)' : ''}`);
  return { openid: OPENID, appid: APPID, unionid: UNIONID ?? null, isNew, user };
};
