// A helper module as real projects write them: promises over wx.cloud, a shared db handle.
const format = require('tiny-format');
const db = () => wx.cloud.database();
const _ = () => wx.cloud.database().command;

function listMine() {
  return db().collection('todos').where({ _openid: '{openid}' }).orderBy('title', 'asc').get().then((r) => r.data);
}

async function addTodo(title) {
  const r = await db().collection('todos').add({ data: { title, done: false, createdAt: db().serverDate() } });
  return r._id;
}

function completeTodo(id) {
  return db().collection('todos').doc(id).update({ data: { done: true } }).then((r) => r.stats.updated);
}

function addTo(collection, data) {
  return db().collection(collection).add({ data });
}

function countOpen() {
  return db().collection('todos').where({ done: _().neq(true) }).count().then((r) => r.total);
}

// A project with several environments names one per call; MiniCloud has one environment per test.
function callWithConfig(env) {
  return wx.cloud.callFunction({ name: 'whoami', data: {}, config: { env } })
    .then((r) => r.errMsg + ' ' + r.result.wxContext.OPENID);
}

function countMineIn(env) {
  return wx.cloud.database({ env }).collection('todos').where({ _openid: '{openid}' }).count().then((r) => r.total);
}

function label(todo) {
  return format(todo);
}

module.exports = {
  listMine, addTodo, addTo, completeTodo, countOpen, callWithConfig, countMineIn, label, VERSION: '1.0.0',
};
