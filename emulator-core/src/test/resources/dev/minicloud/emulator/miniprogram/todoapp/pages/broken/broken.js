Page({
  onLoad() {
    this.setData({ started: true });
    undefinedFunction();
  },
  spin() {
    for (;;) { /* a runaway handler */ }
  },
});
