// How a transpiled async function runs, replacing Closure's $jscomp.asyncExecutePromiseGeneratorProgram: run into each
// realm after Closure's runtime (and into the engine-floor benchmark's bare realm, so the floor uses the same
// stepping). Plain ES5: this file runs untranspiled.
(function () {
  // Every call of a transpiled async function steps Closure's generator engine itself, not through Closure's generator
  // object (four closures) and its two feeding closures. Each await is one promise reaction that resumes the body, as
  // a native await is: Closure's runtime chained two (the body resumed, then its step was handled), so an await resumed
  // a microtask later than in Node and built a second promise capability. A body that never awaits builds no closure
  // beyond the executor; the resuming ones are built on its first await.
  var Engine = $jscomp.generator.Engine_;
  // The realm's own Promise: code that rebinds the global name does not change what an async function returns.
  var IntrinsicPromise = Promise;
  var resumeOnAwait = function (engine, awaited, resolve, reject) {
    var step = function (failed, arg) {
      var record;
      try {
        record = failed ? engine.throw_(arg) : engine.next_(arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (record.done) {
        resolve(record.value);
      } else {
        IntrinsicPromise.resolve(record.value).then(onValue, onError);
      }
    };
    var onValue = function (value) { step(false, value); };
    var onError = function (error) { step(true, error); };
    IntrinsicPromise.resolve(awaited).then(onValue, onError);
  };
  $jscomp.asyncExecutePromiseGeneratorProgram = function (program) {
    var engine = new Engine(program);
    // A throw before the first await rejects the promise: the Promise constructor catches it.
    return new IntrinsicPromise(function (resolve, reject) {
      var record = engine.next_(undefined);
      if (record.done) {
        resolve(record.value);
      } else {
        resumeOnAwait(engine, record.value, resolve, reject);
      }
    });
  };
})();
