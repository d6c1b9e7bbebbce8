const db = wx.cloud.database();

Page({
  data: { todo: null },

  onLoad({ id }) {
    this.setData({ id });
    db.collection('todos').doc(id).get()
      .then((res) => this.setData({ todo: res.data, 'meta.loadedAt': Date.now() }))
      .catch((err) => this.setData({ error: { code: err.errCode, msg: err.errMsg } }));
  },

  onShow() {
    const app = getApp();
    this.setData({ theme: app.globalData.theme, pages: getCurrentPages().map((p) => p.route) });
  },

  watchIt() {
    const watcher = db.collection('todos').where({ _openid: '{openid}' }).watch({
      onChange: (snapshot) => this.setData({ watched: snapshot.docs.map((d) => d.title), events: (this.data.events || 0) + 1 }),
      onError: (err) => this.setData({ watchError: err.errMsg }),
    });
    this.setData({ watcher });
  },

  stopWatching() {
    return this.data.watcher.close();
  },

  later() {
    setTimeout(() => this.setData({ later: true }), 5000);
  },

  callWhoami() {
    const call = wx.cloud.callFunction;
    return call({ name: 'whoami', data: { x: 1 } }).then((r) => ({ errMsg: r.errMsg, openid: r.result.wxContext.OPENID }));
  },

  store() {
    wx.setStorageSync('prefs', { sort: 'title', at: 3 });
    return wx.getStorageSync('prefs').sort + '/' + JSON.stringify(wx.getStorageSync('missing'));
  },

  unknownApi() {
    wx.requestPayment({});
  },

  throwInCallback() {
    db.collection('todos').count({ success: () => { throw new TypeError('boom in success'); } });
  },
});
