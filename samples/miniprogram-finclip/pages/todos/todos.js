// The same list on FinClip, written in the subset FinClip documents: add, where, get, doc().update, callbacks.
Page({
  data: { items: [] },

  onLoad() {
    this.reload();
  },

  reload() {
    ft.cloud.database().collection('todos').where({ _openid: '{openid}' }).get({
      success: (res) => this.setData({ items: res.data }),
      fail: (err) => this.setData({ error: err.errMsg }),
    });
  },

  onAdd(e) {
    ft.cloud.database().collection('todos').add({
      data: { title: e.detail.value, done: false },
      success: () => this.reload(),
      fail: (err) => this.setData({ error: err.errMsg }),
    });
  },

  onComplete(e) {
    ft.cloud.database().collection('todos').doc(e.currentTarget.dataset.id).update({
      data: { done: true },
      success: (res) => this.setData({ completed: res.stats.updated }),
    });
  },
});
