// Sales reports for the shop's admin page, computed with the database's aggregation.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;

const TIME_ZONE = 'Asia/Shanghai';

const reports = {
  // Units and revenue per product, best seller first, with the product's name and category.
  async sales() {
    const { list } = await db.collection('orders').aggregate()
      .match({ status: 'paid' })
      .unwind('$items')
      .group({
        _id: '$items.productId',
        units: $.sum('$items.qty'),
        revenue: $.sum($.multiply(['$items.price', '$items.qty'])),
      })
      .lookup({ from: 'products', localField: '_id', foreignField: '_id', as: 'product' })
      .project({ _id: 0, productId: '$_id', units: 1, revenue: 1,
        name: $.arrayElemAt(['$product.name', 0]), category: $.arrayElemAt(['$product.category', 0]) })
      .sort({ revenue: -1, productId: 1 })
      .end();
    return list;
  },

  // Orders and revenue per day in China time, over the last `days` days.
  async daily({ days = 7 }) {
    const since = new Date(Date.now() - days * 24 * 3600 * 1000);
    const { list } = await db.collection('orders').aggregate()
      .match({ status: 'paid', createdAt: _.gte(since) })
      .group({
        _id: $.dateToString({ date: '$createdAt', format: '%Y-%m-%d', timezone: TIME_ZONE }),
        orders: $.sum(1),
        revenue: $.sum('$total'),
      })
      .sort({ _id: 1 })
      .end();
    return list.map(({ _id, orders, revenue }) => ({ day: _id, orders, revenue }));
  },

  // Products whose stock is at or below `threshold`, to reorder.
  async lowStock({ threshold = 5 }) {
    const { data } = await db.collection('products').where({ stock: _.lte(threshold) }).orderBy('stock', 'asc')
      .field({ name: true, stock: true }).get();
    return data;
  },
};

exports.main = async (event) => {
  const report = reports[event.report];
  if (!report) {
    throw new Error(`unknown report ${event.report}; try one of ${Object.keys(reports).join(', ')}`);
  }
  return { report: event.report, rows: await report(event) };
};
