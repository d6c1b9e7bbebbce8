// Local files and cloud storage as pages use them: the file system manager, the image picker, wx.cloud's storage.
const fs = wx.getFileSystemManager();
const USER = wx.env.USER_DATA_PATH;

function fail(call) {
  return new Promise((resolve) => call({ success: () => resolve('ok'), fail: (e) => resolve(e.errMsg) }));
}

function thrown(run) {
  try {
    run();
    return 'ok';
  } catch (e) {
    return e.message;
  }
}

function roundTrip() {
  fs.mkdirSync(`${USER}/notes/2024`, true);
  fs.writeFileSync(`${USER}/notes/2024/a.txt`, 'jasmine 茶', 'utf8');
  fs.appendFileSync(`${USER}/notes/2024/a.txt`, '!');
  const bytes = new Uint8Array([0, 1, 2, 255]);
  fs.writeFileSync(`${USER}/notes/raw.bin`, bytes.buffer);
  const raw = new Uint8Array(fs.readFileSync(`${USER}/notes/raw.bin`));
  return {
    text: fs.readFileSync(`${USER}/notes/2024/a.txt`, 'utf8'),
    base64: fs.readFileSync(`${USER}/notes/2024/a.txt`, 'base64'),
    raw: Array.from(raw),
    listing: fs.readdirSync(`${USER}/notes`),
  };
}

async function failures() {
  return {
    readMissing: await fail((o) => fs.readFile({ filePath: `${USER}/missing.txt`, encoding: 'utf8', ...o })),
    readMissingSync: thrown(() => fs.readFileSync(`${USER}/missing.txt`)),
    accessMissing: await fail((o) => fs.access({ path: `${USER}/missing.txt`, ...o })),
    unlinkMissing: await fail((o) => fs.unlink({ filePath: `${USER}/missing.txt`, ...o })),
    mkdirTwice: thrown(() => { fs.mkdirSync(`${USER}/d`); fs.mkdirSync(`${USER}/d`); }),
    mkdirNoParent: thrown(() => fs.mkdirSync(`${USER}/x/y`)),
    readdirMissing: thrown(() => fs.readdirSync(`${USER}/none`)),
    unlinkDir: thrown(() => fs.unlinkSync(`${USER}/d`)),
    writeNoParent: thrown(() => fs.writeFileSync(`${USER}/x/y.txt`, 'y')),
    noPath: thrown(() => fs.readFileSync()),
  };
}

function hostile(path) {
  return {
    read: thrown(() => fs.readFileSync(path)),
    write: thrown(() => fs.writeFileSync(path, 'owned')),
    readdir: thrown(() => fs.readdirSync(path)),
  };
}

// Writes `count` files of `megabytes` each, then shrinks the first one and writes the last again.
function fill(count, megabytes) {
  const big = 'x'.repeat(megabytes * 1024 * 1024);
  const results = [];
  for (let i = 0; i < count; i++) {
    results.push(thrown(() => fs.writeFileSync(`${USER}/big${i}.txt`, big)));
  }
  fs.writeFileSync(`${USER}/big0.txt`, 'x');
  results.push(thrown(() => fs.writeFileSync(`${USER}/big${count - 1}.txt`, big)));
  return results;
}

function pickAndUpload(cloudPath) {
  return wx.chooseImage({ count: 1 }).then((r) => wx.cloud.uploadFile({ cloudPath, filePath: r.tempFilePaths[0] }));
}

function uploadWithCallbacks(cloudPath) {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      success: (r) => {
        const progress = [];
        const task = wx.cloud.uploadFile({
          cloudPath,
          filePath: r.tempFiles[0].tempFilePath,
          success: (res) => resolve({ res, progress }),
          fail: (err) => resolve({ err: { errCode: err.errCode, errMsg: err.errMsg }, progress }),
        });
        task.onProgressUpdate((p) => progress.push(p.progress));
      },
      fail: (err) => resolve({ err: { errMsg: err.errMsg } }),
    });
  });
}

async function download(fileID) {
  const r = await wx.cloud.downloadFile({ fileID });
  return { r, text: fs.readFileSync(r.tempFilePath, 'utf8') };
}

function tempUrls(fileList) {
  return wx.cloud.getTempFileURL({ fileList });
}

function remove(fileList) {
  return new Cloud().deleteFile({ fileList });
}

function Cloud() {
  const c = new wx.cloud.Cloud({ resourceEnv: 'other' });
  c.init();
  return c;
}

module.exports = { roundTrip, failures, hostile, fill, pickAndUpload, uploadWithCallbacks, download, tempUrls, remove };
