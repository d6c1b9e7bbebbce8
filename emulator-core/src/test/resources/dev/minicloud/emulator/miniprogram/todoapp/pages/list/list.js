const api = require('../../utils/api.js');

Page({
  data: { todos: [], loading: false, labels: [] },

  onLoad(query) {
    this.setData({ loading: true, filter: query.filter || 'all' });
    wx.showLoading({ title: 'Loading' });
    return this.refresh();
  },

  refresh() {
    return api.listMine().then((todos) => {
      wx.hideLoading();
      this.setData({ todos, loading: false, labels: todos.map(api.label) });
    });
  },

  onAdd(event) {
    return api.addTodo(event.detail.value).then((id) => {
      wx.showToast({ title: 'Added', icon: 'success' });
      return this.refresh().then(() => id);
    });
  },

  onTapDone(event) {
    const { id, index } = event.currentTarget.dataset;
    wx.cloud.database().collection('todos').doc(id).update({
      data: { done: true },
      success: (res) => {
        if (res.stats.updated === 1) {
          this.setData({ [`todos[${index}].done`]: true });
          wx.showToast({ title: 'Done' });
        } else {
          wx.showToast({ title: 'Not yours', icon: 'none' });
        }
      },
      fail: (err) => this.setData({ error: err.errMsg }),
    });
  },

  onRemoveAll() {
    return wx.showModal({ title: 'Remove all?' }).then((res) => {
      if (!res.confirm) return 0;
      return wx.cloud.database().collection('todos').where({ _openid: '{openid}' }).remove().then((r) => r.stats.removed);
    });
  },
});
