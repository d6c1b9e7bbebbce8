// MiniCloud's host for one warm instance of a cloud function in real Node (FunctionRuntime.NODE). It loads the
// function's entry module from the working directory on the first call, reads one invocation per line on stdin
// ({id, event, context, env}) and answers on stdout with lines that start with MARK: {type: 'log'|'result'|'error'}.
// Anything else the function writes to stdout is its own output and is logged. It ends when stdin closes, so it never
// outlives the JVM that started it.
'use strict';
const util = require('util');
const path = require('path');
const MARK = '\u0001minicloud ';
const realWrite = process.stdout.write.bind(process.stdout);
let current = null;

function send(message) {
  realWrite(MARK + JSON.stringify(message) + '\n');
}

for (const level of ['log', 'info', 'debug', 'warn', 'error', 'trace']) {
  console[level] = (...args) => send({ type: 'log', id: current, level, message: util.format(...args) });
}

let entry;
function main() {
  if (!entry) {
    entry = require(path.resolve(process.argv[1]));
  }
  if (typeof entry.main !== 'function') {
    throw new TypeError('the function\'s entry module has no exported main(event, context)');
  }
  return entry.main;
}

function describe(e) {
  if (e instanceof Error) {
    return { name: e.name, message: e.message, stack: String(e.stack || '') };
  }
  return { name: 'Error', message: typeof e === 'string' ? e : util.inspect(e), stack: '' };
}

async function invoke(request) {
  current = request.id;
  for (const [k, v] of Object.entries(request.env)) {
    if (v === null) {
      delete process.env[k];
    } else {
      process.env[k] = v;
    }
  }
  try {
    const value = await main()(request.event, request.context);
    send({ type: 'result', id: request.id, value: value === undefined ? null : value });
  } catch (e) {
    send(Object.assign({ type: 'error', id: request.id }, describe(e)));
  }
}

try {
  main();
  send({ type: 'ready' });
} catch (e) {
  send(Object.assign({ type: 'loadError' }, describe(e)));
}

let buffered = '';
let queue = Promise.resolve();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
    const line = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    if (line) {
      const request = JSON.parse(line);
      queue = queue.then(() => invoke(request));
    }
  }
});
process.stdin.on('end', () => process.exit(0));
process.on('unhandledRejection', (e) => send({ type: 'log', id: current, level: 'error',
  message: 'Unhandled promise rejection: ' + describe(e).stack }));
