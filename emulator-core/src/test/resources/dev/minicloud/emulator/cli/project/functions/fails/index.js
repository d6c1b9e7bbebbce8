exports.main = async (event) => {
  console.warn('about to fail');
  throw new Error(`failed on purpose: ${event.reason ?? 'no reason'}`);
};
