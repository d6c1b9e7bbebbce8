App({
  onLaunch() {
    wx.cloud.init();
  },
});
