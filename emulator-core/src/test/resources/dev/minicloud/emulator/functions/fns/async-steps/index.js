// Where each await of a transpiled async function resumes among other promise jobs, and how it settles.
const order = async () => {
  const log = [];
  Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'))
    .then(() => log.push('p4')).then(() => log.push('p5'));
  const inner = async () => { log.push('a0'); await null; log.push('a1'); await Promise.resolve(); log.push('a2'); };
  const done = inner();
  log.push('sync');
  await done;
  log.push('after');
  return log.join(',');
};

const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

const settle = (promise) => promise.then((v) => 'fulfilled ' + JSON.stringify(v), (e) => 'rejected ' + e.message);

// The SDK answers with promises: a failure rejects one (it is never thrown at the call), and tagged values revive.
const sdk = async () => {
  const pending = db.collection('todos').doc('missing').get();
  const missing = await pending.then(() => 'fulfilled', (e) => 'rejected ' + e.errCode);
  await db.collection('todos').add({ data: { _id: 'd1', due: new Date(0), note: 'costs "$5"' } });
  const { data } = await db.collection('todos').doc('d1').get();
  const plain = await db.collection('todos').doc('d1').field({ note: true }).get();
  return { missing, due: data.due instanceof Date ? data.due.getTime() : 'not a Date', note: plain.data.note };
};

exports.main = async () => {
  const thenable = { then(resolve) { resolve('from thenable'); } };
  return {
    order: await order(),
    throwsBeforeAwait: await settle((async () => { throw new Error('before'); })()),
    throwsAfterAwait: await settle((async () => { await 1; throw new Error('after'); })()),
    awaitsRejection: await settle((async () => {
      try { await Promise.reject(new Error('caught')); } catch (e) { return 'handled ' + e.message; }
    })()),
    awaitsThenable: await settle((async () => await thenable)()),
    returnsPromise: await settle((async () => Promise.resolve(42))()),
    noAwait: await settle((async () => 'plain')()),
    sdk: await sdk(),
  };
};
