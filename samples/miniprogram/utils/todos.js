// The todo list's data access, straight from the page through wx.cloud.database(): the collection's permission
// (only the creator reads and writes) decides what each user sees and may change.
function collection() {
  return wx.cloud.database().collection('todos');
}

function listMine() {
  return collection().where({ _openid: '{openid}' }).orderBy('createdAt', 'desc').get().then((r) => r.data);
}

function add(title) {
  return collection().add({ data: { title, done: false, createdAt: wx.cloud.database().serverDate() } })
    .then((r) => r._id);
}

function complete(id) {
  return collection().doc(id).update({ data: { done: true } }).then((r) => r.stats.updated === 1);
}

module.exports = { listMine, add, complete };
