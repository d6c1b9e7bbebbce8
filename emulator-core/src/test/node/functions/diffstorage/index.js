// Storage: upload, temporary URL, download and delete.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const out = {};
  const up = await cloud.uploadFile({ cloudPath: 'notes/' + event.name + '.txt', fileContent: Buffer.from(event.text) });
  out.upload = { fileID: up.fileID, errMsg: up.errMsg };
  const urls = await cloud.getTempFileURL({ fileList: [up.fileID, 'cloud://nowhere.0/none.txt'] });
  out.urls = urls.fileList.map((f) => ({ fileID: f.fileID, status: f.status, hasUrl: f.tempFileURL !== '' }));
  const down = await cloud.downloadFile({ fileID: up.fileID });
  out.download = { text: down.fileContent.toString('utf8'), errMsg: down.errMsg };
  const copy = await cloud.uploadFile({ cloudPath: 'notes/copy.txt', fileContent: Buffer.from('copy') });
  const del = await cloud.deleteFile({ fileList: [copy.fileID] });
  out.deleted = del.fileList.map((f) => ({ fileID: f.fileID, status: f.status }));
  return out;
};
