// Aggregation stages and operators over the seeded `places` and `items` collections.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;

exports.main = async () => {
  const places = db.collection('places');
  const out = {};
  out.group = (await places.aggregate().match({ n: _.gte(1) })
    .group({ _id: '$tag', total: $.sum('$n'), avg: $.avg('$n'), names: $.push('$_id') })
    .sort({ _id: 1 }).end()).list;
  out.project = (await places.aggregate().project({ _id: 1, double: $.multiply(['$n', 2]),
    label: $.concat(['$tag', '-', $.substr(['$_id', 1, 1])]) }).sort({ _id: 1 }).end()).list;
  out.unwind = (await places.aggregate().unwind('$list').group({ _id: null, sum: $.sum('$list') }).end()).list;
  out.lookup = (await places.aggregate().match({ _id: 'p1' })
    .lookup({ from: 'items', localField: 'tag', foreignField: 'tag', as: 'items' })
    .project({ _id: 1, count: $.size('$items') }).end()).list;
  out.bucket = (await places.aggregate().bucket({ groupBy: '$n', boundaries: [0, 2, 10], default: 'other',
    output: { count: $.sum(1) } }).end()).list;
  out.countStage = (await places.aggregate().match({ n: _.gt(1) }).count('many').end()).list;
  out.addFields = (await places.aggregate().addFields({ big: $.gt(['$n', 2]) }).sort({ _id: -1 }).limit(2)
    .project({ big: 1 }).end()).list;
  out.sortByCount = (await places.aggregate().sortByCount('$tag').end()).list;
  out.replaceRoot = (await places.aggregate().match({ _id: 'p1' }).replaceRoot({ newRoot: '$obj' }).end()).list;
  out.dates = (await places.aggregate().match({ when: _.exists(true) }).project({
    day: $.dateToString({ date: '$when', format: '%Y-%m-%d', timezone: 'Asia/Shanghai' }), when: 1 })
    .sort({ _id: 1 }).end()).list;
  try {
    await places.aggregate().group({ total: $.sum('$n') }).end();
  } catch (e) {
    // The official SDK reports a failed aggregation with errCode -1 and the bare message (docs/functions.md lists it).
    out.error = e.errMsg.endsWith('a group specification must include an _id');
  }
  return out;
};
