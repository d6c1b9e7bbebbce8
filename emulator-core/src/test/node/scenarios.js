// Scenarios the official SDK runs against MiniCloud's admin endpoint (OfficialSdkTest runs the same steps through
// the Java API and compares). Each returns the SDK's answers, as JSON.
'use strict';

async function settle(promise) {
  try {
    return await promise;
  } catch (e) {
    return { errCode: e.errCode, errMsg: e.errMsg };
  }
}

exports.crud = async (cloud) => {
  const db = cloud.database();
  const _ = db.command;
  const todos = db.collection('todos');
  const out = {};
  out.query = await todos.where({ n: _.gt(1) }).orderBy('n', 'desc').get();
  out.page = await todos.orderBy('n', 'asc').skip(1).limit(2).field({ title: true }).get();
  out.doc = await todos.doc('a').get();
  out.add = await todos.add({
    data: { _id: 'c', title: 'new', n: 5, at: new Date(86400000), nested: { k: [1, 2.5] } },
  });
  out.update = await todos.doc('a').update({ data: { n: _.inc(2), tags: _.push('q'), 'meta.seen': true } });
  out.set = await todos.doc('b').set({ data: { title: 'replaced', n: 0 } });
  out.setNew = await todos.doc('d').set({ data: { title: 'created', n: 7 } });
  out.updateWhere = await todos.where({ n: _.gte(3) }).update({ data: { done: true, tags: _.addToSet('z') } });
  out.count = await todos.where({ title: db.RegExp({ regexp: '^rep', options: 'i' }) }).count();
  out.countOr = await todos.where(_.or([{ n: _.lt(1) }, { done: true }])).count();
  out.remove = await todos.doc('c').remove();
  out.removeWhere = await todos.where({ n: _.in([0, 100]) }).remove();
  out.missing = await settle(todos.doc('zz').get());
  out.noCollection = await settle(db.collection('nope').get());
  out.after = await todos.orderBy('_id', 'asc').get();
  return out;
};

exports.aggregate = async (cloud) => {
  const db = cloud.database();
  const $ = db.command.aggregate;
  const out = {};
  out.groups = await db.collection('todos').aggregate()
    .match({ n: db.command.gte(1) })
    .group({ _id: '$owner', total: $.sum('$n'), titles: $.push('$title') })
    .sort({ _id: 1 })
    .end();
  out.counted = await db.collection('todos').aggregate().count('c').end();
  return out;
};

exports.transaction = async (cloud) => {
  const db = cloud.database();
  const out = {};
  out.committed = await db.runTransaction(async (t) => {
    const a = await t.collection('todos').doc('a').get();
    await t.collection('todos').doc('a').update({ data: { n: a.data.n + 10 } });
    await t.collection('todos').doc('b').remove();
    return a.data.title;
  });
  const t = await db.startTransaction();
  await t.collection('todos').doc('a').update({ data: { title: 'rolled back' } });
  await t.rollback();
  out.after = await db.collection('todos').orderBy('_id', 'asc').get();
  return out;
};

exports.storage = async (cloud) => {
  const out = {};
  out.upload = await cloud.uploadFile({ cloudPath: 'docs/hello.txt', fileContent: Buffer.from('hello, 世界') });
  const fileID = out.upload.fileID;
  const urls = await cloud.getTempFileURL({ fileList: [fileID, fileID.replace('hello', 'absent')] });
  out.urls = urls.fileList.map((f) => ({ fileID: f.fileID, status: f.status, errMsg: f.errMsg,
    hasUrl: f.tempFileURL.startsWith('http://127.0.0.1:') }));
  const download = await cloud.downloadFile({ fileID });
  out.download = { text: download.fileContent.toString('utf8'), errMsg: download.errMsg };
  out.remove = await cloud.deleteFile({ fileList: [fileID, fileID] });
  return out;
};

exports.callFunction = async (cloud) => {
  const out = {};
  out.ok = await cloud.callFunction({ name: 'echo', data: { say: 'hi', n: 1 } });
  delete out.ok.requestID;
  out.failed = await settle(cloud.callFunction({ name: 'fails', data: {} }));
  return out;
};

// updateAndReturn and copyFile are @cloudbase/node-sdk's (wx-server-sdk 4.0.2 has neither): the same endpoint,
// reached through tcb.init. Its failures are {code, message}.
function nodeSdk() {
  const tcb = require('@cloudbase/node-sdk');
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
}

async function settleTcb(promise) {
  try {
    const r = await promise;
    delete r.requestId;
    return r;
  } catch (e) {
    return { code: e.code, message: e.message };
  }
}

exports.updateAndReturn = async () => {
  const db = nodeSdk().database();
  const _ = db.command;
  const todos = db.collection('todos');
  const out = {};
  out.first = await settleTcb(todos.where({ owner: 'o_alice' }).updateAndReturn({ n: _.inc(10), seen: true }));
  // The SDK sends no order: orderBy does not choose which match is updated.
  out.again = await settleTcb(todos.where({ owner: 'o_alice' }).orderBy('n', 'desc').updateAndReturn({ n: _.inc(1) }));
  out.leavesQuery = await settleTcb(todos.where({ owner: 'o_bob' }).updateAndReturn({ owner: 'o_carol' }));
  out.none = await settleTcb(todos.where({ owner: 'nobody' }).updateAndReturn({ n: 0 }));
  out.badUpdate = await settleTcb(todos.where({ owner: 'o_carol' }).updateAndReturn({ title: _.push('x') }));
  out.inTransaction = await settleTcb(db.runTransaction(async (t) =>
    t.collection('todos').where({ owner: 'o_carol' }).updateAndReturn({ n: 1 })));
  return out;
};

exports.copyFile = async (cloud) => {
  const app = nodeSdk();
  const up = await cloud.uploadFile({ cloudPath: 'a/pic.txt', fileContent: Buffer.from('picture') });
  const other = await cloud.uploadFile({ cloudPath: 'c/pic.txt', fileContent: Buffer.from('kept') });
  const src = up.fileID;
  const to = (dir) => src.replace('/a/pic.txt', '/' + dir + '/pic.txt');
  const out = {};
  const copied = await app.copyFile({ fileList: [
    { srcPath: src, dstPath: to('b') },
    { srcPath: to('missing'), dstPath: to('d') },
    { srcPath: src, dstPath: other.fileID, overwrite: false },
    { srcPath: src, dstPath: 'cloud://other-env.bucket/x/pic.txt' },
  ] });
  out.copied = copied.fileList;
  const moved = await app.copyFile({ fileList: [{ srcPath: to('b'), dstPath: to('e'), removeOriginal: true }] });
  out.moved = moved.fileList;
  return out;
};


// WeChat Pay is not emulated: the endpoint answers wx.wxPayApi with the service's error shape.
exports.cloudPay = async (cloud) => ({
  order: await settle(cloud.cloudPay.unifiedOrder({ body: 'tea', outTradeNo: 'o1', totalFee: 1 })),
});
