const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV, throwOnNotFound: false });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;
const todos = db.collection('todos');

// Runs one check: its value, or how it failed (synchronously, as SDK-side checks do, or by rejecting).
const check = async (fn) => {
  let promise;
  try {
    promise = fn();
  } catch (e) {
    return { sync: true, errCode: e.errCode ?? null, errMsg: e.errMsg ?? null, message: e.message };
  }
  try {
    return await promise;
  } catch (e) {
    return { rejected: true, errCode: e.errCode ?? null, errMsg: e.errMsg ?? null };
  }
};

exports.main = async () => {
  await todos.add({ data: [
    { _id: 'a', title: 'Alpha', n: 1, tags: ['x', 'y'], style: { color: 'red', size: 'L' }, due: new Date('2024-01-01T00:00:00Z') },
    { _id: 'b', title: 'beta', n: 2, tags: ['y'], style: { color: 'blue' }, due: new Date('2024-02-01T00:00:00Z') },
    { _id: 'c', title: 'gamma', n: 3, nested: { deep: { v: null } } },
  ] });
  const r = {};
  r.add = await check(() => todos.add({ data: { title: 'new', skip: undefined, keep: null, at: db.serverDate({ offset: 1000 }) } }));
  r.stored = (await todos.doc(r.add._id).get()).data;
  r.whereNested = (await todos.where({ style: { color: 'red' } }).get()).data.map((d) => d._id);
  r.whereEmptyNested = (await todos.where({ style: {} }).count()).total;
  r.whereUndefinedMixed = (await todos.where({ n: 2, other: undefined }).get()).data.map((d) => d._id);
  r.whereAllUndefined = await check(() => todos.where({ n: undefined }));
  r.whereNotObject = await check(() => todos.where('n = 1'));
  r.commands = (await todos.where({ n: _.gt(1).and(_.lt(3)), tags: _.all(['y']) }).get()).data.map((d) => d._id);
  r.or = (await todos.where(_.or([{ n: 1 }, { title: /^gam/ }])).orderBy('n', 'desc').get()).data.map((d) => d._id);
  r.regexp = (await todos.where({ title: db.RegExp({ regexp: '^a', options: 'i' }) }).field({ title: true }).get()).data;
  r.dates = (await todos.where({ due: _.lt(new Date('2024-01-15T00:00:00Z')) }).get()).data.map((d) => d.due instanceof Date);
  r.nullMatchesMissing = (await todos.where({ 'nested.deep.v': null }).count()).total;
  r.badOrder = await check(() => todos.orderBy('n', 'up'));
  r.badLimit = await check(() => todos.limit(1.5));
  r.badSkip = await check(() => todos.skip('2'));
  r.badDocId = await check(() => todos.doc({}));
  r.noName = await check(() => db.collection(''));
  r.badRegExp = await check(() => db.RegExp({ regexp: '' }));
  r.missingDoc = await check(() => todos.doc('zzz').get());
  r.missingDocThrows = await check(() => cloud.database({ throwOnNotFound: true }).collection('todos').doc('zzz').get());
  r.missingCollection = await check(() => db.collection('nope').get());
  r.numericCollectionName = await check(() => db.collection(5).get());
  r.updateWithId = await check(() => todos.doc('a').update({ data: { _id: 'x' } }));
  r.updateEmpty = await check(() => todos.doc('a').update({ data: {} }));
  r.updateNoData = await check(() => todos.doc('a').update({}));
  r.setWithCommand = await check(() => todos.doc('a').set({ data: { n: _.inc(1) } }));
  r.update = await check(() => todos.doc('a').update({ data: { n: _.inc(10), style: { size: 'XL' }, tags: _.push(['z']) } }));
  r.afterUpdate = (await todos.doc('a').field({ n: true, style: true, tags: true }).get()).data;
  r.whereUpdate = await check(() => todos.where({ n: _.gte(2) }).update({ data: { flag: true } }));
  r.set = await check(() => todos.doc('new-id').set({ data: { v: 1 } }));
  r.count = await check(() => todos.where({ flag: true }).count());
  r.removeOne = await check(() => todos.where({ flag: true }).remove({ multi: false }));
  r.docRemove = await check(() => todos.doc('new-id').remove());
  r.createCollection = await check(() => db.createCollection('fresh'));
  r.createExisting = await check(() => db.createCollection('todos'));
  r.duplicate = await check(() => todos.add({ data: { _id: 'b' } }));
  r.addNoData = await check(() => todos.add({}));
  r.limitDefault = (await todos.limit(0).get()).data.length;
  r.projection = (await todos.doc('b').field({ tags: _.project.slice(1), _id: false }).get()).data;
  r.aggregateBuild = typeof todos.aggregate().match({ n: _.gt(0) }).group({ _id: null, total: $.sum('$n') }).end;
  return r;
};
