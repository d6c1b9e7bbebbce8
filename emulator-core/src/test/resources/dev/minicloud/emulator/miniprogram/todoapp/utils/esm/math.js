// An ES module as the devtools accept it: named, default and renamed exports, a live counter.
export const PI = 3.14;
export let counter = 0;

export function inc() {
  counter += 1;
  return counter;
}

export default class Calc {
  add(a, b) {
    return a + b;
  }
}

const secret = 'hidden';
export { secret as revealed };
