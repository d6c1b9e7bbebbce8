// Runs one scenario of scenarios.js with the real wx-server-sdk against the endpoint in TCB_CONTEXT_CNFG, and
// prints its outcome as the last line of stdout: {"ok": <result>} or {"error": {errCode, errMsg}}.
'use strict';
const cloud = require('wx-server-sdk');
const scenarios = require('./scenarios');

async function main() {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  const name = process.argv[2];
  if (!scenarios[name]) {
    throw new Error('no scenario ' + name);
  }
  return scenarios[name](cloud);
}

main().then(
  (ok) => process.stdout.write('\n' + JSON.stringify({ ok: ok === undefined ? null : ok }) + '\n'),
  (e) => process.stdout.write('\n' + JSON.stringify({ error: { errCode: e.errCode, errMsg: e.errMsg || String(e) } })
    + '\n'));
