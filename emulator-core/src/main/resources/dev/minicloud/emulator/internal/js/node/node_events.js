// Node's `events` module: EventEmitter.
(function (exports, require, module) {
  function EventEmitter() {
    this._events = this._events || {};
    this._maxListeners = this._maxListeners || undefined;
  }
  var listeners = function (self, name) {
    if (!self._events) { self._events = {}; }
    return self._events[name] || (self._events[name] = []);
  };
  EventEmitter.prototype.on = function (name, fn) {
    if (this._events && this._events.newListener) { this.emit('newListener', name, fn); }
    listeners(this, name).push(fn);
    return this;
  };
  EventEmitter.prototype.addListener = EventEmitter.prototype.on;
  EventEmitter.prototype.prependListener = function (name, fn) { listeners(this, name).unshift(fn); return this; };
  var onceWrapper = function (self, name, fn) {
    var wrapper = function () { self.removeListener(name, wrapper); return fn.apply(this, arguments); };
    wrapper.listener = fn;
    return wrapper;
  };
  EventEmitter.prototype.once = function (name, fn) { return this.on(name, onceWrapper(this, name, fn)); };
  EventEmitter.prototype.prependOnceListener = function (name, fn) {
    return this.prependListener(name, onceWrapper(this, name, fn));
  };
  EventEmitter.prototype.rawListeners = function (name) { return listeners(this, name).slice(); };
  EventEmitter.prototype.off = function (name, fn) { return this.removeListener(name, fn); };
  EventEmitter.prototype.removeListener = function (name, fn) {
    var list = listeners(this, name);
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === fn || list[i].listener === fn) { list.splice(i, 1); break; }
    }
    return this;
  };
  EventEmitter.prototype.removeAllListeners = function (name) {
    if (name === undefined) { this._events = {}; } else if (this._events) { delete this._events[name]; }
    return this;
  };
  EventEmitter.prototype.emit = function (name) {
    var list = listeners(this, name).slice();
    var args = Array.prototype.slice.call(arguments, 1);
    if (name === 'error' && list.length === 0) {
      throw args[0] instanceof Error ? args[0] : new Error('Unhandled error. (' + args[0] + ')');
    }
    for (var i = 0; i < list.length; i++) { list[i].apply(this, args); }
    return list.length > 0;
  };
  EventEmitter.prototype.listeners = function (name) {
    return listeners(this, name).map(function (f) { return f.listener || f; });
  };
  EventEmitter.prototype.listenerCount = function (name) { return listeners(this, name).length; };
  EventEmitter.prototype.eventNames = function () { return Object.keys(this._events || {}); };
  EventEmitter.prototype.setMaxListeners = function (n) { this._maxListeners = n; return this; };
  EventEmitter.prototype.getMaxListeners = function () { return this._maxListeners === undefined ? 10 : this._maxListeners; };
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.once = function (emitter, name) {
    return new Promise(function (resolve) { emitter.once(name, function () { resolve(Array.prototype.slice.call(arguments)); }); });
  };
  module.exports = EventEmitter;
})
