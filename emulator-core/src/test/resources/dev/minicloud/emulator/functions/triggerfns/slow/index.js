exports.main = async () => {
  await new Promise((resolve) => setTimeout(resolve, 10000));
  return 'never';
};
