// The shop on FinClip: the cloud function called with callbacks, exactly as FinClip's cloud page shows callFunction.
Page({
  data: { products: [] },

  onLoad() {
    ft.cloud.callFunction({
      name: 'shop',
      data: { $url: 'products/list', category: 'drinks' },
      success: (res) => this.setData({ products: res.result.items.map((p) => p.name), requestID: res.requestID }),
      fail: (err) => this.setData({ error: err.errMsg }),
    });
  },
});
