exports.main = async (event) => {
  globalThis.flakyFails = event.fail;
  try {
    return require('./flaky').value;
  } catch (e) {
    return 'failed: ' + e.message;
  }
};
