import { shop, yuan } from '../../utils/shop.js';

Page({
  data: { category: '', products: [], total: 0, cart: [], cartTotal: '' },

  onLoad(query) {
    this.setData({ category: query.category || '' });
    wx.showLoading({ title: 'Loading' });
    return Promise.all([this.loadProducts(), this.loadCart()]).then(() => wx.hideLoading());
  },

  loadProducts() {
    return shop('products/list', this.data.category ? { category: this.data.category } : {}).then((r) => {
      const products = r.items.map((p) => ({ id: p._id, name: p.name, price: yuan(p.price) }));
      this.setData({ products, total: r.total });
    });
  },

  loadCart() {
    return shop('cart/list').then((r) => this.setData({
      cart: r.items.map((i) => ({ id: i.productId, name: i.name, qty: i.qty })),
      cartTotal: yuan(r.total),
    }));
  },

  onAddToCart(e) {
    return shop('cart/add', { productId: e.currentTarget.dataset.id }).then((r) => {
      if (!r.ok) {
        wx.showToast({ title: 'Not on sale', icon: 'none' });
        return undefined;
      }
      wx.showToast({ title: 'Added to cart', icon: 'success' });
      return this.loadCart();
    });
  },
});
