exports.main = async (event) => {
  // Sleeps on the environment's clock: a frozen clock jumps, so the next firing may already be due when it returns.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { time: event.Time, now: new Date().toISOString() };
};
