// Only real Node runs this: jsonwebtoken 9, a real npm package (the test copies it and its dependencies from the
// installed official SDK's tree into node_modules here), with a key object of Node's crypto and Node's Buffer.
const jwt = require('jsonwebtoken');
const crypto = require('crypto');

exports.main = async (event) => {
  const key = crypto.createSecretKey(Buffer.from(event.secret, 'utf8'));
  const token = jwt.sign({ sub: event.user }, key, { algorithm: 'HS256', noTimestamp: true });
  const payload = jwt.verify(token, event.secret);
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
  return { token, payload, header };
};
