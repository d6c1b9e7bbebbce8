// The globals URL and URLSearchParams, as in Node: each loads the `url` module on first use, so an instance that
// never touches them never builds them. Assigning either replaces it, as for any global.
(function (g, require) {
  ['URL', 'URLSearchParams'].forEach(function (name) {
    var settle = function (value) {
      Object.defineProperty(g, name, { value: value, writable: true, configurable: true, enumerable: false });
      return value;
    };
    Object.defineProperty(g, name, {
      get: function () { return settle(require('url')[name]); },
      set: settle,
      configurable: true,
      enumerable: false
    });
  });
})
