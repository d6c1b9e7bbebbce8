// The shop's API, one function with tcb-router dispatching on event.$url, as many mini-programs do to save functions.
const cloud = require('wx-server-sdk');
const TcbRouter = require('tcb-router');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const $ = _.aggregate;

const products = db.collection('products');
const carts = db.collection('carts');
const orders = db.collection('orders');

const cartId = (openid, productId) => `${openid}_${productId}`;

exports.main = async (event) => {
  const app = new TcbRouter({ event });
  const { OPENID } = cloud.getWXContext();

  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      console.error(`${event.$url} failed:`, e.message);
      ctx.body = { ok: false, code: e.code ?? 'ERROR', message: e.message };
    }
  });

  app.router('products/list', async (ctx) => {
    const { category, page = 1, pageSize = 20 } = event;
    const query = products.where(category ? { category, onSale: true } : { onSale: true });
    const [{ total }, { data }] = await Promise.all([
      query.count(),
      query.orderBy('price', 'asc').skip((page - 1) * pageSize).limit(pageSize).field({ description: false }).get(),
    ]);
    ctx.body = { ok: true, total, items: data };
  });

  app.router('products/detail', async (ctx) => {
    const { data } = await products.doc(event.id).get();
    ctx.body = { ok: true, product: data };
  });

  app.router('cart/add', async (ctx) => {
    const { productId, qty = 1 } = event;
    const { data: [product] } = await products.where({ _id: productId, onSale: true }).get();
    if (!product) {
      ctx.body = { ok: false, code: 'NO_SUCH_PRODUCT' };
      return;
    }
    const id = cartId(OPENID, productId);
    const { stats } = await carts.doc(id).update({ data: { qty: _.inc(qty), updatedAt: db.serverDate() } });
    if (stats.updated === 0) {
      await carts.add({ data: { _id: id, owner: OPENID, productId, qty, updatedAt: db.serverDate() } });
    }
    ctx.body = { ok: true };
  });

  app.router('cart/list', async (ctx) => {
    const { list } = await carts.aggregate()
      .match({ owner: OPENID })
      .lookup({ from: 'products', localField: 'productId', foreignField: '_id', as: 'product' })
      .unwind('$product')
      .project({ _id: 0, productId: 1, qty: 1, name: '$product.name', price: '$product.price',
        subtotal: $.multiply(['$qty', '$product.price']) })
      .sort({ productId: 1 })
      .end();
    ctx.body = { ok: true, items: list, total: list.reduce((sum, item) => sum + item.subtotal, 0) };
  });

  app.router('order/checkout', async (ctx) => {
    const { data: cart } = await carts.where({ owner: OPENID }).get();
    if (cart.length === 0) {
      ctx.body = { ok: false, code: 'EMPTY_CART' };
      return;
    }
    try {
      const order = await db.runTransaction(async (transaction) => {
        const items = [];
        for (const { _id, productId, qty } of cart) {
          const { data: product } = await transaction.collection('products').doc(productId).get();
          if (!product || product.stock < qty) {
            await transaction.rollback({ code: 'OUT_OF_STOCK', productId, left: product ? product.stock : 0 });
          }
          await transaction.collection('products').doc(productId).update({ data: { stock: _.inc(-qty) } });
          await transaction.collection('carts').doc(_id).remove();
          items.push({ productId, name: product.name, price: product.price, qty });
        }
        const total = items.reduce((sum, item) => sum + item.price * item.qty, 0);
        const { _id } = await transaction.collection('orders').add({
          data: { owner: OPENID, items, total, status: 'paid', createdAt: db.serverDate() },
        });
        return { _id, total };
      });
      ctx.body = { ok: true, order };
    } catch (e) {
      if (e && e.code === 'OUT_OF_STOCK') {
        ctx.body = { ok: false, ...e };
        return;
      }
      throw e;
    }
  });

  app.router('order/list', async (ctx) => {
    const { data } = await orders.where({ owner: OPENID }).orderBy('createdAt', 'desc').get();
    ctx.body = { ok: true, orders: data };
  });

  app.router('banner', async (ctx) => {
    const { fileList: [file] } = await cloud.getTempFileURL({ fileList: [{ fileID: event.fileID, maxAge: 600 }] });
    ctx.body = file.status === 0 ? { ok: true, url: file.tempFileURL } : { ok: false, code: 'NO_BANNER', message: file.errMsg };
  });

  return app.serve();
};
