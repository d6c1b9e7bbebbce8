exports.main = async (event) => {
  throw new Error('report source unavailable at ' + event.Time);
};
