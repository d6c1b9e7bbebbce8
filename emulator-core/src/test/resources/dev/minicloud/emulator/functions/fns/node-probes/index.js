// What popular packages probe to learn they run in Node: axios picks its adapter by the process tag.
const kindOf = (thing) => Object.prototype.toString.call(thing).slice(8, -1).toLowerCase();

function getDefaultAdapter() {
  if (typeof XMLHttpRequest !== 'undefined') {
    return 'xhr';
  }
  if (typeof process !== 'undefined' && kindOf(process) === 'process') {
    return require('http');
  }
  return undefined;
}

exports.main = async () => {
  const adapter = getDefaultAdapter();
  let request;
  try {
    adapter.request({ host: 'example.com' });
    request = 'sent';
  } catch (e) {
    request = e.message;
  }
  return {
    processTag: Object.prototype.toString.call(process),
    globalTag: Object.prototype.toString.call(global),
    processKeysHaveTag: Object.keys(process).includes(String(Symbol.toStringTag)),
    versions: process.versions,
    release: process.release,
    platform: process.platform,
    isBuffer: [Buffer.isBuffer(Buffer.from('a')), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a')],
    global: global === globalThis,
    types: [typeof setImmediate, typeof queueMicrotask, typeof process.nextTick, typeof window, typeof self,
      typeof document],
    request,
  };
};
