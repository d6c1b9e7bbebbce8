// Every command family in queries and updates, against the seeded `places` collection.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;

const queries = {
  eq: { n: _.eq(2) },
  neq: { n: _.neq(2) },
  gt: { n: _.gt(2) },
  gte: { n: _.gte(2) },
  lt: { n: _.lt(2) },
  lte: { n: _.lte(2) },
  in: { n: _.in([1, 3]) },
  nin: { n: _.nin([1, 3]) },
  and: { n: _.gt(1).and(_.lt(4)) },
  or: _.or([{ n: 1 }, { tag: 'blue' }]),
  not: { n: _.not(_.gt(2)) },
  nor: _.nor([{ n: 1 }, { n: 2 }]),
  exists: { extra: _.exists(true) },
  mod: { n: _.mod(2, 0) },
  all: { list: _.all([1, 2]) },
  elemMatch: { rows: _.elemMatch({ v: _.gt(5) }) },
  size: { list: _.size(3) },
  regexp: { tag: db.RegExp({ regexp: '^bl', options: '' }) },
  expr: _.expr(_.aggregate.gt(['$n', '$m'])),
  date: { when: _.gte(new Date('2024-03-02T00:00:00Z')) },
  geoWithin: { loc: _.geoWithin({ centerSphere: [[113.3, 23.1], 0.01] }) },
  geoNear: { loc: _.geoNear({ geometry: db.Geo.Point(113.3, 23.1), maxDistance: 50000 }) },
  geoIntersects: { area: _.geoIntersects({ geometry: db.Geo.Point(0.5, 0.5) }) },
};

const updates = {
  set: { obj: _.set({ a: 1 }) },
  remove: { extra: _.remove() },
  inc: { n: _.inc(1) },
  mul: { m: _.mul(3) },
  min: { m: _.min(0) },
  max: { n: _.max(50) },
  rename: { tag: _.rename('label') },
  push: { list: _.push([9, 8]) },
  pop: { list: _.pop() },
  shift: { list: _.shift() },
  unshift: { list: _.unshift([0]) },
  pull: { list: _.pull(_.gt(5)) },
  pullAll: { list: _.pullAll([0]) },
  addToSet: { list: _.addToSet(7) },
};

exports.main = async () => {
  const places = db.collection('places');
  const found = {};
  for (const [name, where] of Object.entries(queries)) {
    const { data } = await places.where(where).orderBy('_id', 'asc').field({ _id: true }).get();
    found[name] = data.map((d) => d._id);
  }
  const changed = {};
  for (const [name, data] of Object.entries(updates)) {
    changed[name] = (await places.doc('p2').update({ data })).stats;
  }
  const { data: after } = await places.doc('p2').get();
  return { found, changed, after };
};
