Page({
  onLoad() {
    const sneakySeen = typeof [].sneaky;
    Array.prototype.sneaky = function () { return 'changed'; };
    this.setData({
      sneakySeen, java: typeof java, packages: typeof Packages, process: typeof process, require: typeof require,
      wxKeys: typeof wx.cloud.init, hasGlobalThis: typeof globalThis,
    });
  },
  missingModule() { require('./nope.js'); },
  throws() { throw new RangeError("out of range"); },
  spin() { for (;;) { /* runaway */ } },
  notEmulated() { wx.requestPayment({}); },
  canIUse() { return [wx.canIUse('showToast'), wx.canIUse('requestPayment')]; },
  callbackThrows() {
    wx.cloud.init();
    wx.cloud.database().collection('todos').count({ success: () => { throw new TypeError('boom in success'); } });
  },
  beforeInit() {
    try {
      wx.cloud.callFunction({ name: 'whoami' });
      return 'no error';
    } catch (e) {
      return e.errMsg;
    }
  },
  initTwice() {
    wx.cloud.init({ env: 'first' });
    wx.cloud.init({ env: 'second' });
    const other = new wx.cloud.Cloud({ resourceEnv: 'shared-env' });
    return other.init().then(() => [typeof other.database().collection, new wx.cloud.CloudID('abc').cloudID]);
  },
});
