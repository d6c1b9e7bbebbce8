// Hostile values and allocation bombs: every mode must end as a failed call in the service's form.
const messageGetter = (get) => {
  const e = new Error('never shown');
  Object.defineProperty(e, 'message', { get, configurable: true });
  return e;
};
const hostile = {
  'to-string-throws': () => ({ toString() { throw new Error('toString refused'); } }),
  'message-getter-throws': () => messageGetter(() => { throw new Error('message refused'); }),
  'message-getter-loops': () => messageGetter(() => { for (;;) {} }),
  'name-getter-throws': () => {
    const e = new TypeError('named by a getter');
    Object.defineProperty(e, 'name', { get() { throw new Error('name refused'); } });
    return e;
  },
  'stack-getter-loops': () => {
    const e = new RangeError('stack by a getter');
    Object.defineProperty(e, 'stack', { get() { for (;;) {} } });
    return e;
  },
  'proxy': () => new Proxy({}, { get() { throw new Error('trap refused'); },
    getOwnPropertyDescriptor() { throw new Error('trap refused'); } }),
  'symbol': () => Symbol('thrown'),
};

const kept = [];
const viaMap = (n) => [n + 1].map(viaMap)[0];

exports.main = async (event) => {
  const value = hostile[event.value] ? hostile[event.value]() : undefined;
  switch (event.mode) {
    case 'throw':
      throw value;
    case 'reject':
      return Promise.reject(value);
    case 'timer':
      await new Promise(() => setTimeout(() => { throw value; }, 1));
      return 'unreachable';
    case 'callback':
      return undefined;
    case 'log':
      console.log('hostile:', { value, get refused() { throw new Error('getter refused'); } });
      return 'logged';
    case 'result-to-json-throws':
      return { toJSON() { throw new Error('toJSON refused'); } };
    case 'result-getter-throws':
      return { get refused() { throw new Error('getter refused'); } };
    case 'result-getter-loops':
      return { get refused() { for (;;) {} } };
    case 'result-cyclic': {
      const o = { name: 'loop' };
      o.self = o;
      return o;
    }
    case 'result-bigint':
      return { n: 10n };
    case 'string-doubling': {
      let s = 'x';
      for (let i = 0; i < 40; i++) s = s + s;
      return s.slice(0).length;
    }
    case 'string-doubling-small': {
      let s = 'x';
      for (let i = 0; i < 26; i++) s = s + s;
      return s.slice(0).length;
    }
    case 'string-repeat':
      return 'x'.repeat(2 ** 30).length;
    case 'string-pad':
      return ''.padEnd(2 ** 29, 'ab').length;
    case 'array-join':
      return new Array(2 ** 28).join('xy').length;
    case 'array-fill':
      return new Array(1e9).fill(0).length;
    case 'typed-arrays':
      for (;;) kept.push(new Float64Array(1 << 24));
    case 'array-buffers':
      for (;;) kept.push(new ArrayBuffer(1 << 27));
    case 'buffer-alloc':
      for (;;) kept.push(Buffer.alloc(1 << 27));
    case 'typed-array-slices': {
      const big = new Uint8Array(1 << 25);
      for (;;) kept.push(big.slice());
    }
    case 'recursion-through-map':
      return viaMap(0);
    default:
      return 'ok';
  }
};
