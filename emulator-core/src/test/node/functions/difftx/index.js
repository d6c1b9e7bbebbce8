// Transactions: runTransaction, startTransaction with commit and rollback, and one left open.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;

exports.main = async (event) => {
  const accounts = db.collection('accounts');
  const out = {};
  out.transfer = await db.runTransaction(async (t) => {
    const from = await t.collection('accounts').doc('alice').get();
    if (from.data.balance < event.amount) {
      await t.rollback('insufficient');
    }
    await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-event.amount) } });
    await t.collection('accounts').doc('bob').update({ data: { balance: _.inc(event.amount) } });
    return from.data.balance - event.amount;
  });
  try {
    await db.runTransaction(async (t) => {
      await t.collection('accounts').doc('alice').update({ data: { balance: 0 } });
      await t.rollback('changed my mind');
    });
  } catch (e) {
    out.rolledBack = e;
  }
  const t = await db.startTransaction();
  await t.collection('accounts').doc('carol').set({ data: { balance: 5 } });
  await t.commit();
  // Its value is the admin protocol's raw answer under NODE (requestId), an errMsg under RHINO: see docs/functions.md.
  out.committed = true;
  if (event.leaveOpen) {
    const open = await db.startTransaction();
    await open.collection('accounts').doc('bob').update({ data: { balance: 1000000 } });
  }
  out.balances = (await accounts.orderBy('_id', 'asc').get()).data;
  return out;
};
