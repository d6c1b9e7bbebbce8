const anomalies = require('./checks');

exports.main = async () => ({ anomalies: anomalies() });
