// The user picks a photo; it is uploaded straight from the phone to avatars/<openid>.png, where the storage's rules
// let each user write only their own avatar.
Page({
  data: { openid: '', fileID: '', progress: 0, error: '' },

  onLoad() {
    return wx.cloud.callFunction({ name: 'login', data: {} }).then((r) => this.setData({ openid: r.result.openid }));
  },

  onChooseAvatar() {
    return this.uploadTo(`avatars/${this.data.openid}.png`);
  },

  // Also reached with another user's path from a crafted request: the storage's rules refuse it.
  uploadTo(cloudPath) {
    return new Promise((resolve) => {
      wx.chooseImage({
        count: 1,
        sizeType: ['compressed'],
        success: ({ tempFilePaths }) => {
          const task = wx.cloud.uploadFile({
            cloudPath,
            filePath: tempFilePaths[0],
            success: ({ fileID }) => {
              this.setData({ fileID, error: '' });
              wx.showToast({ title: 'Avatar saved', icon: 'success' });
            },
            fail: (err) => this.setData({ error: err.errMsg }),
            complete: resolve,
          });
          task.onProgressUpdate(({ progress }) => this.setData({ progress }));
        },
        fail: (err) => {
          this.setData({ error: err.errMsg });
          resolve();
        },
      });
    });
  },

  onShowAvatar() {
    return wx.cloud.getTempFileURL({ fileList: [this.data.fileID] })
      .then(({ fileList: [file] }) => this.setData({ url: file.tempFileURL }));
  },
});
