// What a clean realm looks like. Returns the names of the checks that fail: each names what some attack in
// ../attacker changes. The test copies this file into every function folder.
const nativeFn = (f) => typeof f === 'function' && /\[native code\]/.test(Function.prototype.toString.call(f));
const protoIsObject = (proto) => Object.getPrototypeOf(proto) === Object.prototype;
const own = (holder, name) => Object.prototype.hasOwnProperty.call(holder, name);

// Each check looks only where its attack writes, so that one attack fails one check.
const CHECKS = {
  'Array.prototype.__proto__': () => protoIsObject(Array.prototype),
  'Number.prototype.__proto__': () => protoIsObject(Number.prototype),
  'RegExp.prototype.__proto__': () => protoIsObject(RegExp.prototype),
  'String.prototype.__proto__': () => protoIsObject(String.prototype),
  'Boolean.prototype.__proto__': () => protoIsObject(Boolean.prototype),
  'Object.prototype': () => !own(Object.prototype, 'pwned'),
  'Map.prototype.size': () => !own(Map.prototype.__lookupGetter__('size'), 'pwned') && new Map([[1, 1]]).size === 1,
  'Object.prototype setter': () => !own(Object.prototype, 'secret'),
  'Array.prototype.push': () => nativeFn(Array.prototype.push) && [1].push(2) === 2,
  'Array.prototype extension': () => !own(Array.prototype, 'pwnedMethod') && !own(Array.prototype, 'uniqueBy'),
  'JSON.parse': () => nativeFn(JSON.parse) && JSON.parse('{"steal":1}').steal === 1,
  'JSON.stringify': () => nativeFn(JSON.stringify) && JSON.stringify({ steal: 1 }) === '{"steal":1}',
  'Function.prototype': () => nativeFn(Function.prototype.bind) && !own(Function.prototype, 'pwned'),
  'Error': () => !own(Error, '__BluebirdErrorTypes__') && !own(Error.prototype, 'pwned')
    && nativeFn(Error.prototype.toString) && nativeFn(Error.captureStackTrace),
  'Promise': () => nativeFn(Promise.prototype.then) && nativeFn(Promise.resolve) && !own(Promise, 'pwned'),
  '$jscomp': () => !own($jscomp, 'pwned') && !own($jscomp.makeIterator, 'pwned'),
  'globals': () => typeof leak === 'undefined' && !own(globalThis, '__core-js_shared__'),
  'Node globals': () => !own(console.log, 'pwned') && !own(Buffer.prototype, 'pwned'),
};

module.exports = function anomalies() {
  return Object.keys(CHECKS).filter((name) => {
    try {
      return !CHECKS[name]();
    } catch (e) {
      return true;
    }
  });
};
