Component({
  data: { n: 0 },
  lifetimes: { attached() { this.setData({ attached: true }); } },
  methods: {
    onLoad(q) { this.setData({ n: Number(q.n) }); },
    inc() { this.setData({ n: this.data.n + 1 }); return this.data.n; },
  },
});
