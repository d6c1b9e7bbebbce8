exports.main = async (event) => {
  const a = ;
};
