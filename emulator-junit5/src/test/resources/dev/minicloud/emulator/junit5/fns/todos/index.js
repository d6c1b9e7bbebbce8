const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  console.log('todos', event.action, 'for', OPENID || 'server');
  switch (event.action) {
    case 'add': {
      if (!event.title) {
        throw new Error('title is required');
      }
      const { _id } = await db.collection('todos').add({
        data: { title: event.title, done: false, owner: OPENID, createdAt: db.serverDate() },
      });
      return { ok: true, _id };
    }
    case 'mine':
      return (await db.collection('todos').where({ owner: OPENID }).get()).data.map((t) => t.title);
    case 'notify':
      await cloud.openapi.subscribeMessage.send({ touser: OPENID, templateId: 'tpl-1', data: { title: event.title } });
      return { sent: true };
    default:
      return { who: OPENID || null };
  }
};
