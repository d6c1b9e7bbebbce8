// MiniCloud's host for one warm instance of a cloud function in real Node (FunctionRuntime.NODE). It reads one
// message per line on stdin: {type: 'load', clock, http, direct} sends outbound HTTP to the stubs behind the URL http,
// except to MiniCloud's own origins in direct (node_outbound.js, run before this file), and loads the function's entry
// module from the working directory; {type: 'invoke', id, clock, event, context, env} runs its main. It answers on
// stdout with lines that start with MARK: {type: 'ready'|'loadError'|'log'|'result'|'error'}. Anything else the
// function writes to stdout is its own output and is logged. It ends when stdin closes, so it never outlives the JVM
// that started it.
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

// Date reads the environment's virtual clock, as in a Rhino function: each message brings the clock's time; a frozen
// clock stands still until the next message, a running one goes on in real time from it.
// The time gone by is measured in fractions of a millisecond and rounded down: whole milliseconds on both ends could
// add one that has not passed, and put the function's time ahead of the environment's.
const RealDate = Date;
const { performance } = require('perf_hooks');
let clock = { now: RealDate.now(), frozen: false, at: performance.now() };

function setClock(c) {
  clock = { now: c.now, frozen: c.frozen, at: performance.now() };
}

function now() {
  return clock.frozen ? clock.now : clock.now + Math.floor(performance.now() - clock.at);
}

function VirtualDate(...args) {
  if (!new.target) {
    return new RealDate(now()).toString();
  }
  return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
}
Object.defineProperty(VirtualDate, 'length', { value: 7 });
Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
VirtualDate.prototype = RealDate.prototype;
VirtualDate.now = function now_() { return now(); };
VirtualDate.parse = RealDate.parse;
VirtualDate.UTC = RealDate.UTC;
Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
globalThis.Date = VirtualDate;

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

function load(request) {
  setClock(request.clock);
  installOutbound(request.http, request.direct);
  try {
    main();
    send({ type: 'ready' });
  } catch (e) {
    send(Object.assign({ type: 'loadError' }, describe(e)));
  }
}

async function invoke(request) {
  current = request.id;
  setClock(request.clock);
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
      queue = queue.then(() => (request.type === 'load' ? load(request) : invoke(request)));
    }
  }
});
process.stdin.on('end', () => process.exit(0));
process.on('unhandledRejection', (e) => send({ type: 'log', id: current, level: 'error',
  message: 'Unhandled promise rejection: ' + describe(e).stack }));
