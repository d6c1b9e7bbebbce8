// Writes the database refuses, each answered with its error as wx-server-sdk reports it.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const victims = db.collection('victims');

const nested = (levels) => {
  let value = 1;
  for (let i = 0; i < levels; i++) {
    value = { a: value };
  }
  return value;
};

const failure = async (fn) => {
  try {
    return { ok: await fn() };
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
};

exports.main = async (event) => {
  switch (event.case) {
    case 'pad':
      return failure(() => victims.doc('v').update({ data: { 'list.100000000': 1 } }));
    case 'huge':
      return failure(() => victims.add({ data: { s: 'x'.repeat(17 * 1024 * 1024) } }));
    case 'deep':
      return failure(() => victims.add({ data: nested(event.levels) }));
    case 'deepWhere':
      return failure(() => victims.where(nested(event.levels)).get());
    case 'transactionPad':
      return failure(() => db.runTransaction(async (tx) => {
        await tx.collection('victims').doc('v').update({ data: { flag: true } });
        await tx.collection('victims').doc('v').update({ data: { 'list.100000000': 1 } });
      }));
    default:
      return failure(() => victims.doc('v').get());
  }
};
