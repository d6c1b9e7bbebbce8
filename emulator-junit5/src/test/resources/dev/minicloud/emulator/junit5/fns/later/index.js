// Waits on a timer: the virtual clock jumps instead of the test waiting.
exports.main = async (event) => {
  const before = Date.now();
  await new Promise((resolve) => setTimeout(resolve, event.ms));
  return { waited: Date.now() - before, now: new Date().toISOString() };
};
