wx.setStorageSync('side', 'loaded');
