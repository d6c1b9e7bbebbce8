App({
  globalData: { launched: 0, theme: 'light' },
  onLaunch() {
    wx.cloud.init({ env: 'test-env', traceUser: true });
    this.globalData.launched += 1;
  },
});
