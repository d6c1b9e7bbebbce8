// A handler may return any thenable: the runtime awaits it, and its then gets resolving functions, as from an await.
exports.main = (event, context) => ({
  then(resolve, reject) {
    resolve({
      resolveType: typeof resolve,
      rejectType: typeof reject,
      isFunction: resolve instanceof Function && reject instanceof Function,
      canApply: typeof resolve.apply === 'function',
    });
  },
});
