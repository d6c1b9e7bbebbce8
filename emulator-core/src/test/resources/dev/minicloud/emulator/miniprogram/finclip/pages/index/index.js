Page({
  data: { items: [] },
  onLoad() {
    const db = ft.cloud.database({ env: 'test' });
    db.collection('todos').add({
      data: { description: 'learn cloud database' },
      success: (res) => {
        this.setData({ added: res._id, addMsg: res.errMsg });
        db.collection('todos').where({ description: 'learn cloud database' }).limit(10).get()
          .then((r) => this.setData({ items: r.data.map((d) => d.description), getMsg: r.errMsg }));
      },
      fail: (err) => this.setData({ error: err.errMsg }),
    });
  },
  callAdd() {
    return new Promise((resolve) => {
      ft.cloud.callFunction({ name: 'whoami', data: { a: 1, b: 2 }, success: (res) => resolve(res.errMsg) });
    });
  },
  wxCloudIsSeparate() {
    try {
      wx.cloud.database();
      return 'inited';
    } catch (e) {
      return e.errMsg;
    }
  },
});
