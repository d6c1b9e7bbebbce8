// Runs at 02:00 Beijing time (config.json) and stores the previous Beijing day's paid orders and revenue.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const DAY = 24 * 3600 * 1000;
const BEIJING = 8 * 3600 * 1000;

exports.main = async (event) => {
  if (event.Type !== 'Timer') {
    return { skipped: 'the nightly report only runs from its timer' };
  }
  const fired = new Date(event.Time).getTime();
  const end = Math.floor((fired + BEIJING) / DAY) * DAY - BEIJING;
  const start = end - DAY;
  const db = cloud.database();
  const _ = db.command;
  const { data } = await db.collection('orders')
    .where({ status: 'paid', createdAt: _.gte(new Date(start)).and(_.lt(new Date(end))) })
    .get();
  const day = new Date(start + BEIJING).toISOString().slice(0, 10);
  const report = { day, orders: data.length, revenue: data.reduce((sum, o) => sum + o.total, 0) };
  await db.collection('dailyReports').doc(day).set({ data: { ...report, trigger: event.TriggerName, at: event.Time } });
  console.log('report for', day, JSON.stringify(report));
  return report;
};
