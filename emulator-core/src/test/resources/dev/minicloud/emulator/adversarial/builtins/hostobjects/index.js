// Every object and function the runtime hands to function code: none may lead to Java, and a mark written on one in
// this instance must not show in another instance.
const cloud = require('wx-server-sdk');
const crypto = require('crypto');
const fs = require('fs');
const util = require('util');
const events = require('events');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const JAVA_NAMES = ['getClass', 'class', '__javaObject__', 'javaClass', 'wrappedJSObject', 'unwrap'];
const GLOBALS = 'return [typeof java, typeof Packages, typeof getClass, typeof JavaImporter, typeof importPackage,'
  + ' typeof javax, typeof org, typeof com].join()';
const NONE = Array(8).fill('undefined').join();

const hostObjects = (event, context, settle) => {
  const timer = setTimeout(() => undefined, 1);
  clearTimeout(timer);
  return {
    require, requireResolve: require.resolve, module, exports, process, processEnv: process.env,
    nextTick: process.nextTick, hrtime: process.hrtime, console, consoleLog: console.log, setTimeout, timer,
    Buffer, bufferFrom: Buffer.from, crypto, createHash: crypto.createHash, hash: crypto.createHash('md5'), fs,
    readFileSync: fs.readFileSync, util, events, cloud, callFunction: cloud.callFunction, db: cloud.database(),
    event, context, settle,
  };
};

// Rhino names its Java wrappers JavaObject, JavaClass, JavaMethod, JavaPackage...
const isJava = (value) => /Java/.test(Object.prototype.toString.call(value));
const inRealm = (value) => {
  let proto = value;
  for (let depth = 0; proto !== null && proto !== Object.prototype && depth < 20; depth++) {
    proto = Object.getPrototypeOf(proto);
  }
  return proto === Object.prototype;
};

// What in `value` leads outside this realm: Java members, a constructor chain reaching Java, a foreign prototype.
const leaks = (value) => {
  const found = [];
  if (isJava(value)) found.push('a Java object');
  JAVA_NAMES.forEach((name) => {
    try {
      const member = value[name];
      // A Proxy (cloud.openapi) answers every name with an object of this realm: only Java counts.
      if (member !== undefined && member !== null && (isJava(member) || !inRealm(member))) found.push(name);
    } catch (e) { /* a throwing getter leads nowhere */ }
  });
  try {
    const globals = value.constructor.constructor(GLOBALS)();
    if (globals !== NONE) found.push('constructor chain: ' + globals);
  } catch (e) { /* no constructor chain at all */ }
  if (!inRealm(value)) found.push('prototype chain outside this realm');
  return found;
};

const probe = (objects) => {
  const report = {};
  Object.keys(objects).forEach((name) => {
    const value = objects[name];
    const found = leaks(value);
    Object.getOwnPropertyNames(value).forEach((key) => {
      let member;
      try {
        member = value[key];
      } catch (e) {
        return;
      }
      if ((typeof member === 'object' && member !== null) || typeof member === 'function') {
        leaks(member).forEach((leak) => found.push(key + ': ' + leak));
      }
    });
    if (found.length > 0) report[name] = found;
  });
  return report;
};

const marked = (objects) => Object.keys(objects).filter((name) => objects[name].pwnedByAnotherInstance !== undefined);

// A thenable: the runtime calls its `then` with its own settle functions, which are probed too.
exports.main = (event, context) => ({
  then(resolve) {
    const objects = hostObjects(event, context, resolve);
    if (event.mode === 'check') {
      resolve({ leaks: probe(objects), marked: marked(objects) });
      return;
    }
    Object.keys(objects).forEach((name) => {
      try {
        objects[name].pwnedByAnotherInstance = true;
      } catch (e) { /* frozen is fine */ }
    });
    cloud.callFunction({ name: 'hostobjects', data: { mode: 'check' } })
      .then((other) => resolve({ leaks: probe(objects), otherInstance: other.result }));
  },
});
