const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;

const PAGE = 2;

exports.main = async (event, context) => {
  const { OPENID } = cloud.getWXContext();
  switch (event.action) {
    case 'add': {
      const { _id } = await db.collection('todos').add({
        data: { title: event.title, done: false, owner: OPENID, tags: event.tags ?? [], createdAt: db.serverDate() },
      });
      return { _id };
    }
    case 'list': {
      const page = event.page ?? 0;
      const query = db.collection('todos').where({ owner: OPENID, done: event.done ?? _.exists(true) });
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.orderBy('createdAt', 'asc').skip(page * PAGE).limit(PAGE).get(),
      ]);
      return { total, page, items: data.map(({ _id, title, done }) => ({ _id, title, done })) };
    }
    case 'done': {
      const res = await db.collection('todos').doc(event.id).update({ data: { done: true, doneAt: db.serverDate() } });
      return res.stats;
    }
    case 'tag': {
      const res = await db.collection('todos').where({ owner: OPENID, title: db.RegExp({ regexp: event.match, options: 'i' }) })
        .update({ data: { tags: _.addToSet(event.tag) } });
      return res;
    }
    case 'clear': {
      const { stats } = await db.collection('todos').where({ owner: OPENID, done: true }).remove();
      return stats;
    }
    case 'get':
      return (await db.collection('todos').doc(event.id).get()).data;
    default:
      throw new Error(`unknown action ${event.action}`);
  }
};
