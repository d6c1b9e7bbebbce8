// A second page, so the first can be unloaded and the lifecycle order observed.
Page({
  data: {},
  onLoad() {
    this.setData({ unloaded: wx.getStorageSync('unloaded'), stack: getCurrentPages().map((p) => p.route) });
  },
});
