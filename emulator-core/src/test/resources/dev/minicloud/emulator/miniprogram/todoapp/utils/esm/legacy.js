// A CommonJS module imported by ES module code: its default import is module.exports.
module.exports = function legacy() {
  return 'cjs';
};
