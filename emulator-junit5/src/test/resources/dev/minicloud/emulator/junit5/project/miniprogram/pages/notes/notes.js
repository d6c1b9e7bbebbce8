// Lists the todos this user may read (READONLY: everyone's) and adds one of theirs.
Page({
  data: { titles: [] },
  onLoad() {
    return this.reload();
  },
  reload() {
    return wx.cloud.database().collection('todos').orderBy('title', 'asc').get()
      .then((res) => this.setData({ titles: res.data.map((d) => d.title) }));
  },
  onAdd(e) {
    console.log('adding', e.title);
    return wx.cloud.database().collection('todos').add({ data: { title: e.title } })
      .then(() => wx.showToast({ title: 'Added' }))
      .then(() => this.reload());
  },
});
