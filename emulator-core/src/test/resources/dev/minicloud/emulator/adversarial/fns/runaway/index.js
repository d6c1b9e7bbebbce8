// Makes the host do work that never ends in time: a catastrophically backtracking regex, matched by the database.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const victims = db.collection('victims');
const pathological = () => db.RegExp({ regexp: '(.*a){12}$' });

exports.main = async (event) => {
  switch (event.case) {
    case 'query':
      return (await victims.where({ s: pathological() }).get()).data;
    case 'aggregate':
      return (await victims.aggregate().project({ s: 1 }).match({ s: pathological() }).end()).list;
    case 'pull':
      return (await victims.where({ _id: 'v' }).update({ data: { list: _.pull(pathological()) } })).stats;
    case 'transaction': {
      const tx = await db.startTransaction();
      return (await tx.collection('victims').doc('v').update({ data: { list: _.pull(pathological()) } })).stats;
    }
    default:
      return (await victims.count()).total;
  }
};
