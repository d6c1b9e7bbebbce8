// Runs database steps through wx-server-sdk and answers each step's result, or its error as {errCode, errMsg}.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

const query = (s) => {
  let q = db.collection(s.collection);
  if (s.where) q = q.where(s.where);
  for (const [field, direction] of s.orderBy || []) q = q.orderBy(field, direction);
  if (s.skip) q = q.skip(s.skip);
  if (s.limit) q = q.limit(s.limit);
  if (s.field) q = q.field(s.field);
  return q;
};

const run = (s) => {
  const c = db.collection(s.collection);
  switch (s.op) {
    case 'add': return c.add({ data: s.data });
    case 'get': return query(s).get();
    case 'count': return query(s).count();
    case 'update': return query(s).update({ data: s.data });
    case 'remove': return query(s).remove();
    case 'docGet': return (s.field ? c.doc(s.id).field(s.field) : c.doc(s.id)).get();
    case 'docSet': return c.doc(s.id).set({ data: s.data });
    case 'docUpdate': return c.doc(s.id).update({ data: s.data });
    case 'docRemove': return c.doc(s.id).remove();
    case 'aggregate': return c.aggregate(s.pipeline).end();
    case 'createCollection': return db.createCollection(s.collection);
    default: throw new Error('unknown step ' + s.op);
  }
};

exports.main = async (event) => {
  const out = [];
  for (const step of event.steps) {
    try {
      out.push(await run(step));
    } catch (e) {
      out.push({ errCode: e.errCode, errMsg: e.errMsg });
    }
  }
  return out;
};
