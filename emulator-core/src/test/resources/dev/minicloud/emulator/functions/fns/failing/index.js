class AppError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

async function loadUser(id) {
  await null;
  throw new AppError(404, `user ${id} not found`);
}

function recurse(n) {
  return recurse(n + 1) + 1;
}

exports.main = async (event) => {
  switch (event.mode) {
    case 'throw':
      return loadUser(event.id ?? 'u1');
    case 'reject':
      return Promise.reject(new TypeError('rejected on purpose'));
    case 'reject-string':
      throw 'plain string';
    case 'type-error':
      return event.missing.property;
    case 'loop':
      while (true) {}
    case 'loop-with-finally':
      try {
        while (true) {}
      } catch (e) {
        return 'caught the timeout';
      } finally {
        return 'finally ran';
      }
    case 'recursion':
      return recurse(0);
    case 'memory': {
      const keep = [];
      while (true) keep.push(new Array(10000).fill(event.mode));
    }
    case 'big-result':
      return 'x'.repeat(1024 * 1024 + 1);
    case 'never':
      return new Promise(() => {});
    case 'sleep':
      return new Promise((resolve) => setTimeout(resolve, 10_000));
    case 'timer-throws':
      await new Promise((resolve) => setTimeout(() => { throw new RangeError('thrown in a timer'); }, 5));
      return 'unreachable';
    default:
      return 'ok';
  }
};
