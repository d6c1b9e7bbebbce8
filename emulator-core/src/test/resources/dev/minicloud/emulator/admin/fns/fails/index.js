exports.main = async () => {
  throw new Error('the fixture fails on purpose');
};
