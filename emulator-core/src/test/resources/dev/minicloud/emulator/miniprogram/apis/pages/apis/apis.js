// Probes of the globals and wx.* APIs docs/miniprogram.md lists, each returning what a test checks.
const order = [];

Page({
  data: { order: [] },

  onLoad(query) {
    order.push('onLoad');
    this.setData({ query, app: getApp().globalData, file: __filename });
  },
  onShow() {
    order.push('onShow');
  },
  onReady() {
    order.push('onReady');
    this.setData({ order: order.slice() });
  },
  onUnload() {
    wx.setStorageSync('unloaded', this.route);
  },

  timers() {
    const seen = [];
    return new Promise((resolve) => {
      queueMicrotask(() => seen.push('microtask'));
      setImmediate(() => seen.push('immediate'));
      const cancelled = setTimeout(() => seen.push('cancelled timeout'), 10);
      clearTimeout(cancelled);
      let ticks = 0;
      const interval = setInterval(() => {
        ticks += 1;
        seen.push('tick ' + ticks);
        if (ticks === 3) {
          clearInterval(interval);
          setTimeout(() => resolve(seen), 1000);
        }
      }, 100);
    });
  },

  logs() {
    console.log('a log line', { n: 1 });
    console.warn('a warning');
    console.error('an error');
  },

  recorded() {
    wx.showToast({ title: 'hi' });
    wx.hideToast();
    wx.showLoading({ title: 'wait' });
    wx.hideLoading();
    wx.setNavigationBarTitle({ title: 'APIs' });
    wx.startPullDownRefresh();
    wx.stopPullDownRefresh();
    wx.pageScrollTo({ scrollTop: 0 });
    wx.vibrateShort({ type: 'light' });
    wx.navigateTo({ url: '/pages/next/next?a=1' });
    wx.redirectTo({ url: '/pages/next/next' });
    wx.switchTab({ url: '/pages/next/next' });
    wx.reLaunch({ url: '/pages/next/next' });
    return wx.navigateBack({ delta: 1 }).then((res) => res.errMsg);
  },

  callbacks() {
    return new Promise((resolve) => {
      const seen = [];
      wx.showToast({
        title: 'cb',
        success: (res) => seen.push(res.errMsg),
        complete: (res) => { seen.push('complete ' + res.errMsg); resolve(seen); },
      });
    });
  },

  login() {
    return Promise.all([wx.login(), wx.login()]).then((rs) => rs.map((r) => [r.code, r.errMsg]));
  },

  systemInfo() {
    const sync = wx.getSystemInfoSync();
    return wx.getSystemInfo().then((res) => ({
      sync: [sync.windowWidth, sync.windowHeight, sync.pixelRatio, sync.platform],
      async: [res.windowWidth, res.platform, res.errMsg],
    }));
  },

  storageSync() {
    wx.setStorageSync('a', { n: 1 });
    wx.setStorageSync('b', 'two');
    const before = wx.getStorageInfoSync().keys.slice().sort();
    wx.removeStorageSync('a');
    const afterRemove = [wx.getStorageSync('a'), wx.getStorageSync('b')];
    wx.clearStorageSync();
    return { before, afterRemove, afterClear: wx.getStorageInfoSync().keys, missing: wx.getStorageSync('zz') };
  },

  async storageAsync() {
    await wx.setStorage({ key: 'k', data: [1, 2] });
    const got = await wx.getStorage({ key: 'k' });
    await wx.removeStorage({ key: 'k' });
    const missing = await wx.getStorage({ key: 'k' }).then(() => 'found', (err) => err.errMsg);
    await wx.setStorage({ key: 'k2', data: 'x' });
    const cleared = await wx.clearStorage();
    return { got: got.data, gotMsg: got.errMsg, missing, cleared: cleared.errMsg, left: wx.getStorageSync('k2') };
  },

  rmdir() {
    const fs = wx.getFileSystemManager();
    const root = wx.env.USER_DATA_PATH;
    fs.mkdirSync(root + '/d/e', true);
    fs.writeFileSync(root + '/d/e/f.txt', 'x');
    let notEmpty;
    try {
      fs.rmdirSync(root + '/d');
    } catch (e) {
      notEmpty = e.message;
    }
    fs.rmdirSync(root + '/d', true);
    return new Promise((resolve) => fs.rmdir({
      dirPath: root + '/d',
      fail: (err) => resolve([notEmpty, err.errMsg, fs.readdirSync(root)]),
    }));
  },

  selectComponent() {
    this.selectComponent('#x');
  },

  async cloudSetGeoAggregate() {
    const db = wx.cloud.database();
    const $ = db.command.aggregate;
    const created = await db.collection('todos').doc('mine').set({
      data: { title: 'set', loc: db.Geo.Point(113.3, 23.1), at: db.serverDate() },
    });
    const replaced = await db.collection('todos').doc('mine').set({ data: { title: 'again', loc: db.Geo.Point(1, 2) } });
    const near = await db.collection('todos').where({
      loc: db.command.geoWithin({ centerSphere: [db.Geo.Point(1, 2), 0.01] }),
    }).get();
    const agg = await db.collection('todos').aggregate().group({ _id: null, n: $.sum(1) }).end();
    return {
      created: created.stats.created, replaced: replaced.stats.updated, setMsg: replaced.errMsg,
      near: near.data.map((d) => d.title), agg: agg.list, aggMsg: agg.errMsg,
    };
  },

  abortedUpload() {
    const fs = wx.getFileSystemManager();
    const path = wx.env.USER_DATA_PATH + '/up.txt';
    fs.writeFileSync(path, 'content');
    return new Promise((resolve) => {
      const task = wx.cloud.uploadFile({
        cloudPath: 'up.txt',
        filePath: path,
        success: () => resolve('uploaded'),
        fail: (err) => resolve(err.errMsg),
      });
      task.onHeadersReceived(() => resolve('headers'));
      task.abort();
    });
  },
});
