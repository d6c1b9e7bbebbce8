import * as everything from './math.js';

export * from './math.js';
export { default as Calc } from './math.js';
export { everything };
export default function () {
  return 'anonymous default';
}
