exports.main = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, event.ms));
  return { waited: event.ms };
};
