// Code that rebinds a global constructor changes what the name means, not what the engine builds: functions keep
// Function.prototype and async functions still return native promises, as in Node.
exports.main = async () => {
  const functionPrototype = Function.prototype;
  const promisePrototype = Promise.prototype;
  const NativeFunction = Function;
  const NativePromise = Promise;
  globalThis.Function = function Fake() {};
  globalThis.Promise = function FakePromise() { throw new Error('not this one'); };
  try {
    const fn = function () { return 1; };
    const pending = (async () => { await null; return 'still async'; })();
    const value = await pending;
    return {
      functionPrototypeKept: Object.getPrototypeOf(fn) === functionPrototype,
      callWorks: fn.call(null) === 1,
      asyncReturnsNativePromise: Object.getPrototypeOf(pending) === promisePrototype,
      value,
    };
  } finally {
    globalThis.Function = NativeFunction;
    globalThis.Promise = NativePromise;
  }
};
