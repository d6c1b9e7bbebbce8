// Each attack changes built-ins of its own realm and keeps them working (wrappers call the originals), so that the
// instance can still call another instance of itself through the SDK while the change is in place.
const cloud = require('wx-server-sdk');
const anomalies = require('./checks');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const stolen = [];
const pwned = (label) => ({ pwned: label });
const wrap = (holder, name) => {
  const original = holder[name];
  const replacement = function () {
    return original.apply(this, arguments);
  };
  replacement.pwned = true;
  holder[name] = replacement;
};

const ATTACKS = {
  arrayProtoAssignment: () => { Array.prototype.__proto__ = pwned('array'); },
  numberProtoAssignment: () => { Number.prototype.__proto__ = pwned('number'); },
  protoSetterCalledOnRegExpPrototype: () => {
    Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set.call(RegExp.prototype, pwned('regexp'));
  },
  objectSetPrototypeOf: () => { Object.setPrototypeOf(String.prototype, pwned('string')); },
  reflectSetPrototypeOf: () => { Reflect.setPrototypeOf(Boolean.prototype, pwned('boolean')); },
  defineGetter: () => { Object.prototype.__defineGetter__('pwned', () => 'getter'); },
  defineSetter: () => { Object.prototype.__defineSetter__('secret', (v) => { stolen.push(v); }); },
  lookupGetterOfBuiltInAccessor: () => {
    const size = Map.prototype.__lookupGetter__('size');
    size.pwned = true;
    // Rhino's __defineGetter__ refuses built-in accessors (Node's does not), so the replacement is defined directly.
    Object.defineProperty(Map.prototype, 'size', { get() { return size.call(this) + 1; }, configurable: true });
  },
  protoGetterWalk: () => {
    const protoOf = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get;
    protoOf.call(protoOf.call(0)).pwned = 'reached through the __proto__ getter';
  },
  jscompDefineProperty: () => {
    $jscomp.defineProperty(Object.prototype, 'pwned', { value: 'jscomp', writable: true, configurable: true });
  },
  jscompPolyfill: () => {
    $jscomp.polyfill('Array.prototype.pwnedMethod', () => function () { return 'polyfill'; }, 'es_next', 'es3');
  },
  jscompHelpers: () => { $jscomp.pwned = true; wrap($jscomp, 'makeIterator'); },
  arrayPushReplaced: () => { wrap(Array.prototype, 'push'); },
  objectPrototypePollution: () => { Object.assign(Object.prototype, { pwned: 'polluted' }); },
  jsonReplaced: () => {
    const parse = JSON.parse;
    const stringify = JSON.stringify;
    JSON.parse = (text, reviver) => (text === '{"steal":1}' ? { stolen: true } : parse(text, reviver));
    JSON.stringify = (v, r, s) => (v && v.steal ? '"stolen"' : stringify(v, r, s));
  },
  functionPrototypeChanged: () => { Function.prototype.pwned = 'function'; wrap(Function.prototype, 'bind'); },
  errorChanged: () => {
    Error.prototype.pwned = 'error';
    Error.prototype.toString = () => 'pwned';
    Error.captureStackTrace = () => undefined;
  },
  promiseChanged: () => { Promise.pwned = true; wrap(Promise.prototype, 'then'); wrap(Promise, 'resolve'); },
  nodeGlobalsChanged: () => { wrap(console, 'log'); Buffer.prototype.pwned = 'buffer'; },
  globalThroughConstructorChain: () => { ({}).constructor.constructor('return this')().leak = 'constructor chain'; },
};

exports.main = async (event) => {
  if (event.mode === 'check') {
    return { anomalies: anomalies() };
  }
  ATTACKS[event.attack]();
  const own = anomalies();
  // This instance is busy, so the platform serves the nested call from another instance of the same function.
  const other = await cloud.callFunction({ name: 'attacker', data: { mode: 'check' } });
  return { own, otherInstance: other.result.anomalies, stolen };
};
