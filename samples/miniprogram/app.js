App({
  onLaunch() {
    wx.cloud.init({ env: 'minishop', traceUser: true });
  },
  globalData: {},
});
