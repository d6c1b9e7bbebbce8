const attempt = (f) => {
  try {
    return `allowed: ${String(f())}`;
  } catch (e) {
    return `refused: ${e.name}`;
  }
};

exports.main = async (event) => {
  if (event.mode === 'pollute') {
    return {
      defineProperty: attempt(() => Object.defineProperty(Array.prototype, 'push', { value: () => 'hacked' })),
      assign: attempt(() => { Array.prototype.push = () => 'hacked'; return Array.prototype.push === Array.prototype.push; }),
      setPrototypeOf: attempt(() => Object.setPrototypeOf(Array.prototype, { evil: true })),
      freeze: attempt(() => Object.freeze(JSON)),
      defineGetter: attempt(() => Object.prototype.__defineGetter__.call(Math, 'max', () => () => 3)),
      jscomp: attempt(() => { $jscomp.makeIterator = null; return typeof $jscomp.makeIterator; }),
      globalFromFunction: attempt(() => { Function('return this')().leak = 1; return 'wrote'; }),
      constructorChain: attempt(() => { ({}).constructor.constructor('return this')().leak2 = 1; return 'wrote'; }),
    };
  }
  if (event.mode === 'check') {
    return { push: [1].push(2), max: Math.max(1, 2), evil: [].evil ?? null, leaked: typeof leak };
  }
  if (event.mode === 'global') {
    if (event.set) {
      sharedName = event.set;
      globalThis.other = event.set;
    }
    return { sharedName: typeof sharedName === 'undefined' ? null : sharedName, other: globalThis.other ?? null };
  }
  if (event.mode === 'offline') {
    const failure = (f) => {
      try {
        return { returned: String(f()) };
      } catch (e) {
        return { name: e.name, code: e.code, message: e.message };
      }
    };
    return {
      net: failure(() => require('net').connect(80, 'example.com')),
      childProcess: failure(() => require('child_process').execSync('id')),
    };
  }
  return {
    java: attempt(() => java.lang.System.exit(0)),
    packages: attempt(() => Packages.java.lang.Runtime.getRuntime()),
    getClass: attempt(() => getClass(1)),
    importPackage: attempt(() => importPackage(java.io)),
    javaImporter: attempt(() => new JavaImporter(java.io)),
    http: attempt(() => require('net').connect(80, 'example.com')),
    childProcess: attempt(() => require('child_process').execSync('id')),
    fsOutside: attempt(() => require('fs').readFileSync('/etc/passwd', 'utf8')),
    fsEscape: attempt(() => require('fs').readFileSync('../../../../etc/hostname', 'utf8')),
    fsWrite: attempt(() => require('fs').writeFileSync('/var/user/x.txt', 'x')),
    requireEscape: attempt(() => require('../../../../../../etc/passwd')),
    missing: attempt(() => require('left-pad')),
  };
};
