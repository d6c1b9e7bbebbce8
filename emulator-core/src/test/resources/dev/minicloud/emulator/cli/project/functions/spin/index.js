exports.main = async () => {
  while (true) {}
};
