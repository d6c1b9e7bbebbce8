const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

exports.main = async () => {
  const order = [];
  const started = Date.now();
  setTimeout(() => order.push('timeout 0'), 0);
  setImmediate(() => order.push('immediate'));
  process.nextTick(() => order.push('nextTick'));
  Promise.resolve().then(() => order.push('microtask'));
  queueMicrotask(() => order.push('queueMicrotask'));
  const cancelled = setTimeout(() => order.push('cancelled'), 10);
  clearTimeout(cancelled);
  let ticks = 0;
  await new Promise((resolve) => {
    const id = setInterval(() => {
      ticks += 1;
      if (ticks === 3) {
        clearInterval(id);
        resolve();
      }
    }, 100);
  });
  await sleep(1000);
  return { order, ticks, elapsed: Date.now() - started };
};
