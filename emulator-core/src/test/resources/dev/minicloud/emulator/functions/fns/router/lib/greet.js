const punctuation = require('../config/app.json').version > 2 ? '!' : '.';
exports.greet = (name = 'stranger') => `Hello, ${name}${punctuation}`;
