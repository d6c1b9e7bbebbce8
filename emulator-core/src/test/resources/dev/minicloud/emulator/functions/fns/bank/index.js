// Transfers between accounts, the way mini-program backends use transactions. The test seeds
// accounts {alice: 100, bob: 50}; each case is one scenario.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV, throwOnNotFound: false });
const db = cloud.database();
const _ = db.command;

const failure = (e) => ({ errCode: e.errCode, errMsg: e.errMsg });
const balance = async (id) => (await db.collection('accounts').doc(id).get()).data.balance;

// Another call of this function signals through the `signals` collection; the clock of that test runs for real.
const waitFor = async (signal) => {
  for (let i = 0; i < 4000; i++) {
    if ((await db.collection('signals').doc(signal).get()).data) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no ${signal} signal`);
};
const signal = (name) => db.collection('signals').add({ data: { _id: name } });

// runTransaction's callback for a transfer; counts its runs.
const transfer = (runs, from, to, amount) => async (t) => {
  runs.count++;
  const source = (await t.collection('accounts').doc(from).get()).data;
  if (source.balance < amount) {
    await t.rollback({ code: 'INSUFFICIENT_FUNDS', balance: source.balance });
    return 'unreachable';
  }
  await t.collection('accounts').doc(from).update({ data: { balance: _.inc(-amount) } });
  await t.collection('accounts').doc(to).update({ data: { balance: _.inc(amount) } });
  return source.balance - amount;
};

let kept = null;

const cases = {
  async startAndCommit() {
    const t = await db.startTransaction();
    const read = await t.collection('accounts').doc('alice').get();
    const missing = await t.collection('accounts').doc('nobody').get();
    const debited = await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-30) } });
    await t.collection('accounts').doc('bob').update({ data: { balance: _.inc(30) } });
    const created = await t.collection('accounts').doc('carol').set({ data: { balance: 0 } });
    const logged = await t.collection('transfers').add({ data: { _id: 'tr1', from: 'alice', to: 'bob', amount: 30 } });
    const insideSees = (await t.collection('accounts').doc('alice').get()).data.balance;
    const outsideSees = await balance('alice');
    const committed = await t.commit();
    return { read, missing, debited, created, logged, insideSees, outsideSees, committed, afterCommit: await balance('alice') };
  },

  async startAndRollback() {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-30) } });
    const removed = await t.collection('accounts').doc('bob').remove();
    await t.collection('transfers').add({ data: { _id: 'tr1', amount: 30 } });
    const rolledBack = await t.rollback();
    return { removed, rolledBack };
  },

  async stepsAfterTheEnd() {
    const committed = await db.startTransaction();
    await committed.commit();
    const aborted = await db.startTransaction();
    await aborted.rollback();
    return {
      getAfterCommit: await committed.collection('accounts').doc('alice').get().catch(failure),
      commitAgain: await committed.commit().catch(failure),
      rollbackAfterCommit: await committed.rollback().catch(failure),
      updateAfterRollback: await aborted.collection('accounts').doc('alice').update({ data: { balance: 0 } }).catch(failure),
      rollbackAgain: await aborted.rollback(),
    };
  },

  async runTransfer() {
    const runs = { count: 0 };
    const left = await db.runTransaction(transfer(runs, 'alice', 'bob', 40));
    return { left, runs: runs.count };
  },

  async runRollbackWithReason() {
    const runs = { count: 0 };
    try {
      await db.runTransaction(transfer(runs, 'bob', 'alice', 80));
      return 'resolved';
    } catch (reason) {
      return { reason, runs: runs.count };
    }
  },

  async runRollbackWithoutReason() {
    try {
      await db.runTransaction(async (t) => {
        await t.collection('accounts').doc('alice').update({ data: { balance: 0 } });
        await t.rollback();
      });
      return 'resolved';
    } catch (reason) {
      return { reason };
    }
  },

  async runThrows() {
    try {
      await db.runTransaction(async (t) => {
        await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-10) } });
        throw new Error('daily limit exceeded');
      });
      return 'resolved';
    } catch (e) {
      return { message: e.message, isError: e instanceof Error };
    }
  },

  // A transfer retried until the transaction holding alice ends (in the callback's second run).
  async retryInOneCall() {
    const holder = await db.startTransaction();
    await holder.collection('accounts').doc('alice').update({ data: { balance: _.inc(5) } });
    const runs = { count: 0 };
    const left = await db.runTransaction(async (t) => {
      if (runs.count === 1) {
        await holder.commit();
      }
      return transfer(runs, 'alice', 'bob', 10)(t);
    });
    return { left, runs: runs.count };
  },

  async conflictOutlastsRetries() {
    const holder = await db.startTransaction();
    await holder.collection('accounts').doc('alice').update({ data: { balance: _.inc(5) } });
    const runs = { count: 0 };
    const error = await db.runTransaction(transfer(runs, 'alice', 'bob', 10), 1).catch(failure);
    await holder.rollback();
    return { error, runs: runs.count };
  },

  // With the contender below, in two calls at once.
  async holder() {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-10) } });
    await signal('holding');
    await waitFor('contender-retrying');
    await t.commit();
    await signal('committed');
    return 'committed';
  },

  async contender() {
    await waitFor('holding');
    const runs = { count: 0 };
    const left = await db.runTransaction(async (t) => {
      if (runs.count === 1) {
        await signal('contender-retrying');
        await waitFor('committed');
      }
      return transfer(runs, 'alice', 'bob', 5)(t);
    });
    return { left, runs: runs.count };
  },

  async throwMidway() {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(-30) } });
    await t.collection('transfers').add({ data: { _id: 'tr1', amount: 30 } });
    throw new Error('payment gateway down');
  },

  async leaveOpen() {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('alice').update({ data: { balance: 1 } });
    return 'forgot to commit';
  },

  // Module state survives into the next call of a warm instance; the transaction kept there does not.
  async keep() {
    kept = await db.startTransaction();
    await kept.collection('accounts').doc('alice').update({ data: { balance: 1 } });
    return 'kept';
  },

  async useKept() {
    return {
      update: await kept.collection('accounts').doc('alice').update({ data: { balance: 2 } }).catch(failure),
      commit: await kept.commit().catch(failure),
    };
  },

  async hang() {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('alice').update({ data: { balance: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 60000));
  },

  async stepErrors() {
    const t = await db.startTransaction();
    const result = {
      updateId: await t.collection('accounts').doc('alice').update({ data: { _id: 'x' } }).catch(failure),
      missingCollection: await t.collection('nope').doc('x').get().catch(failure),
      addBatch: await t.collection('transfers').add({ data: [{ a: 1 }] }).catch(failure),
    };
    result.stillUsable = await t.collection('accounts').doc('alice').update({ data: { balance: _.inc(1) } });
    await t.commit();
    for (const [name, call] of Object.entries({
      where: () => t.collection('accounts').where({ balance: _.gt(0) }),
      aggregate: () => t.collection('accounts').aggregate(),
    })) {
      try {
        call();
      } catch (e) {
        result[name] = e.message;
      }
    }
    return result;
  },
};

exports.main = async (event) => cases[event.case]();
