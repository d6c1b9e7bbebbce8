// A function whose packages extend built-ins when they load, as request-promise (through bluebird) and core-js do.
const cloud = require('wx-server-sdk');
const { TimeoutError } = require('bluebird-style');
require('corejs-style');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event) => {
  const descriptor = Object.getOwnPropertyDescriptor(Error, '__BluebirdErrorTypes__');
  const own = {
    registryWritable: descriptor.writable,
    registryConfigurable: descriptor.configurable,
    timeout: String(new TimeoutError('too slow')),
    isError: new TimeoutError() instanceof Error,
    unique: [1, 1, 2, 3, 3].uniqueBy(),
    uniqueEnumerable: Object.keys([]).concat(Object.keys(Array.prototype)),
  };
  if (event.nested) {
    // Loaded again, in another instance of this function, while this one holds its changes.
    const other = await cloud.callFunction({ name: 'bluebirdy', data: {} });
    return { own, otherInstance: other.result.own };
  }
  return { own };
};
