// Modules that need the network, other processes or the host: requiring them works (many libraries only require
// them), using them fails with an error that names the module.
(function (exports, require, module, host, name) {
  var refuse = function () {
    var e = new Error("MiniCloud: module '" + name + "' is not available offline: the emulator has no network, no child "
      + 'processes and no host file system. Stub the call, use cloud.openapi for WeChat server APIs, or run the '
      + 'function in real Node: FunctionRuntime.NODE (config.json "runtime": "node", or --runtime node).');
    e.code = 'ERR_MINICLOUD_OFFLINE';
    throw e;
  };
  module.exports = new Proxy(refuse, {
    get: function (target, key) {
      if (key === Symbol.toPrimitive || key === 'then') { return undefined; }
      return refuse;
    },
    apply: refuse,
    construct: refuse
  });
})
