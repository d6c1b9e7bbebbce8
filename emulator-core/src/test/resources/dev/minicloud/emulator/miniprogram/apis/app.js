// Records what the app's lifecycle received, for the page to show.
App({
  globalData: { launches: [], shows: [] },
  onLaunch(options) {
    wx.cloud.init({ env: 'apis-env' });
    this.globalData.launches.push(options);
  },
  onShow(options) {
    this.globalData.shows.push(options);
  },
});
