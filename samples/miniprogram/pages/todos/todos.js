const todos = require('../../utils/todos.js');

Page({
  data: { items: [], draft: '' },

  onLoad() {
    return this.reload();
  },

  reload() {
    return todos.listMine().then((items) => this.setData({ items }));
  },

  onInput(e) {
    this.setData({ draft: e.detail.value });
  },

  onAdd() {
    const title = this.data.draft.trim();
    if (!title) {
      wx.showToast({ title: 'Write something first', icon: 'none' });
      return Promise.resolve();
    }
    return todos.add(title).then(() => {
      this.setData({ draft: '' });
      wx.showToast({ title: 'Added', icon: 'success' });
      return this.reload();
    });
  },

  onComplete(e) {
    const { id, index } = e.currentTarget.dataset;
    return todos.complete(id).then((changed) => {
      if (changed) {
        this.setData({ [`items[${index}].done`]: true });
        wx.showToast({ title: 'Done', icon: 'success' });
      } else {
        wx.showToast({ title: 'You can only complete your own todos', icon: 'none' });
      }
    });
  },
});
