const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const log = cloud.logger();
  log.info({ action: 'notify', user: event.user });
  let badLog = null;
  try {
    log.warn('not an object');
  } catch (e) {
    badLog = e.message;
  }
  const sent = await cloud.openapi.subscribeMessage.send({ touser: event.user, templateId: 'tpl-1', data: { thing1: { value: 'hi' } } });
  let openapiError = null;
  try {
    await cloud.openapi.security.msgSecCheck({ content: event.text });
  } catch (e) {
    openapiError = { errCode: e.errCode, errMsg: e.errMsg };
  }
  const up = await cloud.uploadFile({ cloudPath: `avatars/${event.user}.txt`, fileContent: Buffer.from(`avatar of ${event.user}`) });
  const down = await cloud.downloadFile({ fileID: up.fileID });
  const urls = await cloud.getTempFileURL({ fileList: [up.fileID, up.fileID.replace('.txt', '-missing.txt')] });
  const fromStream = await cloud.uploadFile({ cloudPath: 'copies/self.js', fileContent: require('fs').createReadStream(__filename) });
  const removed = await cloud.deleteFile({ fileList: [fromStream.fileID] });
  return {
    sent,
    openapiError,
    badLog,
    upload: { fileID: up.fileID, statusCode: up.statusCode, errMsg: up.errMsg },
    download: { text: down.fileContent.toString(), isBuffer: Buffer.isBuffer(down.fileContent), errMsg: down.errMsg },
    urls,
    removed,
  };
};
