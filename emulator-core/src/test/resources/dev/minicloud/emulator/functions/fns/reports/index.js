// Sales reports over orders and customers with collection.aggregate() and _.expr.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;

const orders = db.collection('orders');
const failure = (e) => ({ errCode: e.errCode, errMsg: e.errMsg });

const seed = async () => {
  await db.collection('customers').add({ data: [
    { _id: 'c1', name: 'Ada', city: 'Shenzhen' },
    { _id: 'c2', name: 'Bo', city: 'Beijing' },
    { _id: 'c3', name: 'Cy', city: 'Shenzhen' },
  ] });
  await orders.add({ data: [
    { _id: 'o1', customer: 'c1', status: 'paid', paidAt: new Date('2024-03-01T20:00:00Z'),
      items: [{ sku: 'tea', qty: 2, price: 30 }, { sku: 'cup', qty: 1, price: 15 }] },
    { _id: 'o2', customer: 'c1', status: 'paid', paidAt: new Date('2024-03-02T10:00:00Z'),
      items: [{ sku: 'tea', qty: 1, price: 30 }] },
    { _id: 'o3', customer: 'c2', status: 'paid', paidAt: new Date('2024-03-03T10:00:00Z'),
      items: [{ sku: 'cup', qty: 4, price: 15 }] },
    { _id: 'o4', customer: 'c2', status: 'cancelled', items: [{ sku: 'tea', qty: 9, price: 30 }] },
  ] });
};

const cases = {
  // Revenue per customer, with the customer's name joined in.
  async revenue() {
    const result = await orders.aggregate()
      .match({ status: 'paid' })
      .unwind('$items')
      .group({
        _id: '$customer',
        revenue: $.sum($.multiply(['$items.qty', '$items.price'])),
        orders: $.addToSet('$_id'),
        lastPaid: $.max('$paidAt'),
      })
      .lookup({ from: 'customers', localField: '_id', foreignField: '_id', as: 'customer' })
      .project({
        _id: 0,
        name: $.arrayElemAt(['$customer.name', 0]),
        revenue: 1,
        orderCount: $.size('$orders'),
        lastPaid: 1,
      })
      .sort({ revenue: -1 })
      .end();
    return { ...result, datesAreDates: result.list.every((d) => d.lastPaid instanceof Date) };
  },

  // Paid orders per customer through a lookup sub-pipeline with let and _.expr.
  async paidPerCustomer() {
    return db.collection('customers').aggregate()
      .lookup({
        from: 'orders',
        let: { customer: '$_id' },
        pipeline: $.pipeline()
          .match(_.expr($.and([$.eq(['$customer', '$$customer']), $.eq(['$status', 'paid'])])))
          .project({ _id: 1 })
          .done(),
        as: 'paid',
      })
      .project({ name: 1, paid: '$paid._id' })
      .end();
  },

  async shapesAndDates() {
    const byDay = await orders.aggregate()
      .match({ paidAt: _.exists(true) })
      .group({ _id: $.dateToString({ date: '$paidAt', format: '%Y-%m-%d', timezone: 'Asia/Shanghai' }), n: $.sum(1) })
      .sort({ _id: 1 })
      .end();
    const cities = await db.collection('customers').aggregate().sortByCount('$city').end();
    const counted = await orders.aggregate().match({ status: _.in(['paid', 'refunded']) }).count('paid').end();
    const raw = await orders.aggregate([{ $match: { status: 'cancelled' } }, { $project: { _id: 1 } }]).end();
    return { byDay: byDay.list, cities: cities.list, counted: counted.list, raw: raw.list };
  },

  async expr() {
    const ids = (res) => res.data.map((d) => d._id);
    return {
      severalItems: ids(await orders.where(_.expr($.gt([$.size('$items'), 1]))).get()),
      combined: ids(await orders.where(_.and([{ status: 'paid' }, _.expr($.eq([$.size('$items'), 1]))])).get()),
      counted: (await orders.where(_.expr($.gte([$.arrayElemAt(['$items.qty', 0]), 4]))).count()).total,
      schema: ids(await orders.where(_.jsonSchema({ required: ['paidAt'], properties: { status: { enum: ['paid'] } } })).get()),
    };
  },

  async defaultLimit() {
    await db.collection('numbers').add({ data: Array.from({ length: 25 }, (x, n) => ({ n })) });
    return {
      withoutLimit: (await db.collection('numbers').aggregate().project({ _id: 0, n: 1 }).end()).list.length,
      withLimit: (await db.collection('numbers').aggregate().limit(25).end()).list.length,
    };
  },

  async failures() {
    return {
      missingCollection: await db.collection('nope').aggregate().match({}).end().catch(failure),
      unknownOperator: await orders.aggregate().project({ x: { $round: ['$total', 1] } }).end().catch(failure),
      unknownStage: await orders.aggregate([{ $merge: { into: 'x' } }]).end().catch(failure),
      badLimit: await orders.aggregate().limit(0).end().catch(failure),
      badExpr: await orders.where(_.expr($.size('$status'))).get().catch(failure),
    };
  },
};

exports.main = async (event) => {
  await seed();
  return cases[event.case]();
};
