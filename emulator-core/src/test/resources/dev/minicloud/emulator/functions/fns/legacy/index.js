counter = typeof counter === 'undefined' ? 0 : counter;

exports.main = function (event, context, callback) {
  counter += 1;
  setTimeout(function () {
    if (event.fail) {
      callback(new Error('callback failure'));
    } else {
      callback(null, { counter: counter, sloppy: typeof undeclaredThing });
    }
  }, 1);
};
