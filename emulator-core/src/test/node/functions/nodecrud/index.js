// Database calls through the official SDK from inside a Node function.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

exports.main = async (event) => {
  console.log('adding', event.title);
  const added = await db.collection('todos').add({ data: { title: event.title, n: event.n } });
  await db.collection('todos').doc(added._id).update({ data: { n: db.command.inc(1) } });
  const total = await db.collection('todos').where({ n: db.command.gt(0) }).count();
  const doc = await db.collection('todos').doc(added._id).get();
  return { title: doc.data.title, n: doc.data.n, total: total.total };
};
