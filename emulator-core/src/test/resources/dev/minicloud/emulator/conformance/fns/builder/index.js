// The server façade of the builder conformance cases.
const { run } = require('./chain.js');

exports.main = (event) => run('server', event.case);
