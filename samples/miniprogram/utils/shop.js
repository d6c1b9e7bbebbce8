// The shop's API from the page's side: one cloud function, tcb-router routes chosen by $url.
export function shop(url, data = {}) {
  return wx.cloud.callFunction({ name: 'shop', data: { $url: url, ...data } }).then((r) => r.result);
}

export const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;
