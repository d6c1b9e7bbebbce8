// The mini-program's globals (wx, ft, App, Page, Component, getApp, getCurrentPages, requirePlugin) and the entry
// points MiniCloud's Java side drives pages through. Pages are recorded, never rendered: setData updates the logic
// layer's `this.data` and its history, and the wx.* APIs a page calls are recorded with their options.
// Plain ES5: this file runs untranspiled, once per mini-program, into its own realm.
//   host(op, json): the emulator;  cloudFactory: mp_cloud.js;  shared: cloud_database.js;  fsFactory: mp_fs.js;
//   load(path): require from the root
(function (global, host, cloudFactory, shared, fsFactory, load) {
  var define = function (target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  };
  var ask = function (op, payload) {
    var answer = JSON.parse(host(op, JSON.stringify(payload === undefined ? {} : payload)));
    if (answer.error) { throw new Error(answer.error.errMsg); }
    return answer.result;
  };

  // ---------------------------------------------------------------------------------------------- errors

  var errorInfo = function (e) {
    if (e instanceof Error) { return { name: e.name, message: e.message, stack: String(e.stack || '') }; }
    return { name: 'Error', message: String(e), stack: '' };
  };
  // An error thrown where nobody can catch it (a callback, a timer): the platform reports it as a thirdScriptError.
  var reportError = function (e) { ask('mp.error', errorInfo(e)); };

  // ---------------------------------------------------------------------------------------------- values to Java

  // What a test sees of a value: JSON, with functions dropped and cycles cut, as the view layer's copy would be.
  var plain = function (v, seen) {
    if (v === null || typeof v !== 'object') {
      return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
    }
    if (v instanceof Date) { return isNaN(v.getTime()) ? null : v.toISOString(); }
    if (typeof v.toJSON === 'function') { return plain(v.toJSON(), seen); }
    seen = seen || [];
    if (seen.indexOf(v) >= 0) { return '[Circular]'; }
    seen.push(v);
    var out;
    if (Array.isArray(v)) {
      out = v.map(function (x) { var p = plain(x, seen); return p === undefined ? null : p; });
    } else {
      out = {};
      Object.keys(v).forEach(function (k) {
        var p = plain(v[k], seen);
        if (p !== undefined) { out[k] = p; }
      });
    }
    seen.pop();
    return out;
  };
  var toJava = function (v) { var p = plain(v); return p === undefined ? 'null' : JSON.stringify(p); };

  // ---------------------------------------------------------------------------------------------- wx and ft

  var callbacks = function (options, result, failed) {
    var o = options && typeof options === 'object' ? options : {};
    var any = typeof o.success === 'function' || typeof o.fail === 'function' || typeof o.complete === 'function';
    var p = failed ? Promise.reject(result) : Promise.resolve(result);
    if (!any) { return p; }
    p.then(function (r) {
      if (typeof o.success === 'function') { try { o.success(r); } catch (e) { reportError(e); } }
      if (typeof o.complete === 'function') { try { o.complete(r); } catch (e) { reportError(e); } }
    }, function (r) {
      if (typeof o.fail === 'function') { try { o.fail(r); } catch (e) { reportError(e); } }
      if (typeof o.complete === 'function') { try { o.complete(r); } catch (e) { reportError(e); } }
    });
    return undefined;
  };
  var record = function (api, options) {
    var top = stack.length ? stack[stack.length - 1].route : null;
    return ask('wx.record', { api: api, options: plain(options === undefined ? {} : options), route: top });
  };
  // An asynchronous API that is recorded and then succeeds with `answer(options)` plus its errMsg.
  var recorded = function (api, answer) {
    return function (options) {
      var extra = record(api, options) || (answer ? answer(options) : {});
      var r = { errMsg: api + ':ok' };
      Object.keys(extra).forEach(function (k) { r[k] = extra[k]; });
      return callbacks(options, r, false);
    };
  };
  // An asynchronous API answered by `run(options)`; a thrown Error's message is the failure's errMsg.
  var async = function (name, run) {
    return function (options) {
      var result;
      try {
        result = run(options || {});
      } catch (e) {
        return callbacks(options, { errMsg: e.message }, true);
      }
      result.errMsg = name + ':ok';
      return callbacks(options, result, false);
    };
  };
  var storageKey = function (api, key) {
    if (typeof key !== 'string' || key === '') {
      throw new Error(api + ':fail parameter error: key should be a non-empty string');
    }
    return key;
  };
  // The devtools' default simulator, so layout code gets plausible numbers.
  var systemInfo = function () {
    return { brand: 'devtools', model: 'iPhone 12/13 (Pro)', pixelRatio: 3, screenWidth: 390, screenHeight: 844,
      windowWidth: 390, windowHeight: 844, statusBarHeight: 47, language: 'zh_CN', version: '8.0.5',
      system: 'iOS 10.0.1', platform: 'devtools', SDKVersion: '3.3.4' };
  };

  var installFiles = fsFactory(ask, async);

  var makeApi = function (prefix) {
    var api = {};
    ['showToast', 'hideToast', 'showLoading', 'hideLoading', 'navigateTo', 'redirectTo', 'switchTab', 'reLaunch',
      'navigateBack', 'setNavigationBarTitle', 'stopPullDownRefresh', 'startPullDownRefresh', 'vibrateShort',
      'pageScrollTo'].forEach(function (name) { api[name] = recorded(name); });
    // The answer a test chose (MiniProgram.answerModals), recorded like the other calls.
    api.showModal = recorded('showModal');
    api.login = recorded('login');
    api.getSystemInfoSync = function () { record('getSystemInfoSync'); return systemInfo(); };
    api.getSystemInfo = recorded('getSystemInfo', systemInfo);
    api.setStorageSync = function (key, value) {
      ask('wx.storage', { op: 'set', key: storageKey('setStorageSync', key), value: JSON.stringify(plain(value)) });
    };
    api.getStorageSync = function (key) {
      var r = ask('wx.storage', { op: 'get', key: storageKey('getStorageSync', key) });
      return r.found ? JSON.parse(r.value) : '';
    };
    api.removeStorageSync = function (key) {
      ask('wx.storage', { op: 'remove', key: storageKey('removeStorageSync', key) });
    };
    api.clearStorageSync = function () { ask('wx.storage', { op: 'clear' }); };
    api.getStorageInfoSync = function () { return ask('wx.storage', { op: 'info' }).result; };
    api.setStorage = async('setStorage', function (o) { api.setStorageSync(o.key, o.data); return {}; });
    api.getStorage = async('getStorage', function (o) {
      var r = ask('wx.storage', { op: 'get', key: storageKey('getStorage', o.key) });
      if (!r.found) { throw new Error('getStorage:fail data not found'); }
      return { data: JSON.parse(r.value) };
    });
    api.removeStorage = async('removeStorage', function (o) { api.removeStorageSync(o.key); return {}; });
    api.clearStorage = async('clearStorage', function () { api.clearStorageSync(); return {}; });
    api.canIUse = function (name) {
      return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name.split('.')[0]);
    };
    api.env = { USER_DATA_PATH: 'wxfile://usr' };
    installFiles(api, record);
    // Anything else a page calls is not emulated: a clear error, at the call, so feature checks still work.
    return new Proxy(api, {
      get: function (target, name) {
        if (typeof name !== 'string' || name in target || name === 'then' || name === 'toJSON') { return target[name]; }
        return function () { throw new Error('not emulated: ' + prefix + '.' + name + ' (see docs/miniprogram.md)'); };
      }
    });
  };

  var watchers = {};
  var cloud = cloudFactory(host, shared, reportError, watchers);
  var wx = makeApi('wx');
  wx.cloud = cloud.newCloud();
  var ft = makeApi('ft');
  // FinClip: ft.cloud exists once the app registers the plugin:
  // ft.loadExtApi({name: 'cloud', fun: requirePlugin('cloud')}).
  ft.loadExtApi = function (options) {
    if (!options || typeof options.name !== 'string') { throw new Error('loadExtApi:fail name should be a string'); }
    ft[options.name] = options.fun;
  };
  var requirePlugin = function (name) {
    if (name === 'cloud') { return cloud.newCloud(); }
    throw new Error('not emulated: requirePlugin(\'' + name + '\'): MiniCloud knows only the FinClip cloud plugin');
  };

  // ---------------------------------------------------------------------------------------------- App, Page, stack

  var app = null;
  var appLoaded = false;
  var definitions = {};
  var loadingRoute = null;
  var pages = {};
  var stack = [];
  var nextPageId = 1;

  var App = function (def) {
    if (app) { throw new Error('App() can only be called once'); }
    app = def || {};
  };
  var getApp = function () { return app; };
  var Page = function (def) {
    if (loadingRoute === null) { throw new Error('Page() can only be called in a page\'s own file'); }
    definitions[loadingRoute] = { def: def || {}, component: false };
  };
  // Component() used as a page: its methods, lifetimes and page events.
  var Component = function (def) {
    if (loadingRoute === null) {
      throw new Error('not emulated: Component() outside a page: custom components are not rendered');
    }
    definitions[loadingRoute] = { def: def || {}, component: true };
  };
  var getCurrentPages = function () { return stack.slice(); };

  // 'list[0].done' -> ['list', 0, 'done']
  var pathOf = function (key) {
    var parts = [];
    String(key).replace(/[^.[\]]+|\[(\d+)\]/g, function (m, index) {
      parts.push(index === undefined ? m : Number(index));
      return m;
    });
    return parts;
  };
  var assign = function (data, key, value) {
    var parts = pathOf(key);
    var target = data;
    for (var i = 0; i < parts.length - 1; i++) {
      var next = target[parts[i]];
      if (next === null || typeof next !== 'object') {
        next = typeof parts[i + 1] === 'number' ? [] : {};
        target[parts[i]] = next;
      }
      target = next;
    }
    target[parts[parts.length - 1]] = value;
  };

  var copyData = function (data) { return data ? JSON.parse(JSON.stringify(data)) : {}; };

  var newPage = function (route, entry, query) {
    var def = entry.def;
    var page = {};
    var methods = entry.component ? (def.methods || {}) : def;
    Object.keys(methods).forEach(function (k) { if (k !== 'data') { page[k] = methods[k]; } });
    if (entry.component) {
      var lifetimes = def.lifetimes || {};
      page.__created = lifetimes.created || def.created;
      page.__attached = lifetimes.attached || def.attached;
    }
    var id = nextPageId++;
    define(page, '__id', id);
    define(page, '__history', []);
    page.data = copyData(def.data);
    page.route = route;
    page.options = query;
    define(page, 'setData', function (patch, callback) {
      if (patch === null || typeof patch !== 'object') { throw new Error('setData expects an object'); }
      Object.keys(patch).forEach(function (key) { assign(page.data, key, patch[key]); });
      page.__history.push(plain(patch));
      // The callback runs once the view has been updated, after the current task.
      if (typeof callback === 'function') { setTimeout(function () { callback.call(page); }, 0); }
    });
    define(page, 'selectComponent', function () {
      throw new Error('not emulated: selectComponent: components are not rendered');
    });
    return page;
  };

  var hook = function (page, name, arg) {
    var fn = page[name];
    return typeof fn === 'function' ? fn.call(page, arg) : undefined;
  };

  // The launch options name the first page opened, as the platform's name the page the user entered by;
  // a mini-program that starts with require() has no page yet, hence the empty path.
  var loadApp = function (route, query) {
    if (appLoaded) { return; }
    appLoaded = true;
    if (ask('mp.hasFile', { path: 'app.js' })) { load('/app.js'); }
    if (app) {
      var launch = { path: route || '', query: query || {}, scene: 1001, referrerInfo: {} };
      hook(app, 'onLaunch', launch);
      hook(app, 'onShow', launch);
    }
  };

  var entry = {};
  entry.open = function (route, queryJson) {
    loadApp(route, JSON.parse(queryJson));
    if (!definitions[route]) {
      loadingRoute = route;
      try {
        load('/' + route + '.js');
      } finally {
        loadingRoute = null;
      }
      if (!definitions[route]) {
        throw new Error('Page "' + route + '" has not been registered yet: its file calls neither Page() nor'
          + ' Component()');
      }
    }
    var query = JSON.parse(queryJson);
    var page = newPage(route, definitions[route], query);
    pages[page.__id] = page;
    stack.push(page);
    hook(page, '__created');
    hook(page, '__attached');
    hook(page, 'onLoad', query);
    hook(page, 'onShow');
    hook(page, 'onReady');
    return page.__id;
  };
  var pageOf = function (id) {
    var page = pages[id];
    if (!page) { throw new Error('page ' + id + ' is closed'); }
    return page;
  };
  entry.call = function (id, method, argJson) {
    var page = pageOf(id);
    if (typeof page[method] !== 'function') { throw new TypeError('the page has no method ' + method); }
    return page[method](JSON.parse(argJson));
  };
  entry.data = function (id) { return toJava(pageOf(id).data); };
  entry.history = function (id) { return toJava(pageOf(id).__history); };
  entry.setData = function (id, patchJson) { pageOf(id).setData(JSON.parse(patchJson)); };
  entry.unload = function (id) {
    var page = pageOf(id);
    hook(page, 'onUnload');
    delete pages[id];
    var at = stack.indexOf(page);
    if (at >= 0) { stack.splice(at, 1); }
  };
  entry.requireModule = function (path) { loadApp(); return load(path.charAt(0) === '/' ? path : '/' + path); };
  entry.invoke = function (exportsObject, name, argsJson) {
    var fn = exportsObject === null || exportsObject === undefined ? undefined : exportsObject[name];
    if (typeof fn !== 'function') { throw new TypeError('the module exports no function ' + name); }
    return fn.apply(exportsObject, JSON.parse(argsJson));
  };
  entry.toJava = toJava;
  entry.errorInfo = function (e) { return JSON.stringify(errorInfo(e)); };
  // A watch snapshot or failure the emulator queued for this mini-program.
  entry.deliver = function (watchId, kind, json) {
    var w = watchers[watchId];
    if (!w) { return; }
    var value = JSON.parse(json, cloud.revive);
    if (kind === 'error') {
      delete watchers[watchId];
      var e = new Error(value.errMsg);
      e.errCode = value.errCode;
      e.errMsg = value.errMsg;
      value = e;
    }
    try {
      (kind === 'error' ? w.onError : w.onChange)(value);
    } catch (err) {
      reportError(err);
    }
  };

  define(global, 'wx', wx);
  define(global, 'ft', ft);
  define(global, 'App', App);
  define(global, 'Page', Page);
  define(global, 'Component', Component);
  define(global, 'getApp', getApp);
  define(global, 'getCurrentPages', getCurrentPages);
  define(global, 'requirePlugin', requirePlugin);
  return entry;
})
