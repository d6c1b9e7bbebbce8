// Recursion as deep as Node allows, directly and through built-ins that call back into JavaScript.
function direct(n) {
  return n === 0 ? 0 : direct(n - 1) + 1;
}
function throughCall(n) {
  return n === 0 ? 0 : throughCall.call(null, n - 1) + 1;
}
function throughMap(n) {
  return n === 0 ? 0 : [n - 1].map(throughMap)[0] + 1;
}
const ways = { direct, throughCall, throughMap };

exports.main = async (event) => ways[event.way](event.depth);
