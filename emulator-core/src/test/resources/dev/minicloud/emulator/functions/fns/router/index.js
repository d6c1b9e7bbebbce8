const cloud = require('wx-server-sdk');
const TcbRouter = require('tcb-router');
const config = require('./config/app.json');
const { greet } = require('./lib/greet');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event, context) => {
  const app = new TcbRouter({ event });
  app.use(async (ctx, next) => {
    ctx.data = { app: config.name };
    await next();
  });
  app.router('hello', async (ctx, next) => {
    ctx.body = { ...ctx.data, message: greet(event.name) };
  });
  app.router(['stats', 'count'], async (ctx) => {
    const { total } = await cloud.database().collection('todos').count();
    ctx.body = { ...ctx.data, total };
  });
  return app.serve();
};
