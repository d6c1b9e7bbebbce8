const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  switch (event.action) {
    case 'add': {
      const { _id } = await db.collection('todos').add({ data: { title: event.title, owner: OPENID, createdAt: db.serverDate() } });
      console.log(`added ${_id} for ${OPENID}`);
      return { _id };
    }
    case 'count':
      return (await db.collection('todos').count()).total;
    default: {
      const { data } = await db.collection('todos').orderBy('createdAt', 'asc').get();
      return data;
    }
  }
};
