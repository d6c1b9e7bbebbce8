// CRUD through wx-server-sdk; the differential suite runs it under RHINO and NODE and compares everything.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;

async function failure(promise) {
  try {
    await promise;
    return 'no error';
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
}

exports.main = async (event) => {
  const items = db.collection('items');
  const out = {};
  out.added = await items.add({ data: { name: event.name, n: 1, tags: ['a'], at: new Date(), created: db.serverDate() } });
  out.setNew = await items.doc('fixed-' + event.name).set({ data: { name: 'fixed', n: 10 } });
  out.updated = await items.doc(out.added._id).update({ data: { n: _.inc(2), 'meta.seen': true } });
  out.byId = await items.doc(out.added._id).get();
  out.where = await items.where({ n: _.gte(1) }).orderBy('n', 'desc').orderBy('name', 'asc').skip(0).limit(5)
    .field({ name: true, n: true }).get();
  out.count = await items.where({ name: db.RegExp({ regexp: '^fix', options: 'i' }) }).count();
  out.multi = await items.where({ n: _.lt(100) }).update({ data: { touched: true } });
  out.missing = await failure(items.doc('no-such-doc').get());
  out.noCollection = await failure(db.collection('nowhere').get());
  out.badUpdate = await failure(items.doc(out.added._id).update({ data: {} }));
  out.removed = await items.doc('fixed-' + event.name).remove();
  out.removedWhere = await items.where({ name: 'never' }).remove();
  out.now = { dateNow: Date.now(), iso: new Date().toISOString() };
  return out;
};
