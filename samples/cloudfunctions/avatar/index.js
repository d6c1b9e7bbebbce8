// Stores the user's avatar in cloud storage and returns a link the mini-program can show for an hour.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();

const MAX_BYTES = 512 * 1024;

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  const content = Buffer.from(event.imageBase64 ?? '', 'base64');
  if (content.length === 0 || content.length > MAX_BYTES) {
    return { ok: false, code: 'BAD_IMAGE', message: `an avatar must be 1 byte to ${MAX_BYTES} bytes` };
  }
  const { fileID } = await cloud.uploadFile({ cloudPath: `avatars/${OPENID}.png`, fileContent: content });
  await db.collection('users').doc(OPENID).update({ data: { avatarFileID: fileID, updatedAt: db.serverDate() } });
  const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: 3600 }] });
  return { ok: true, fileID, url: fileList[0].tempFileURL, size: content.length };
};
