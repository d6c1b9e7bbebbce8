// A cloud function written as an ES module: the same route as a mini-program's modules turns it into CommonJS.
import cloud from 'wx-server-sdk';
import { shout } from './shout.js';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export async function main(event) {
  return { greeting: shout(`hello ${event.name}`), openid: cloud.getWXContext().OPENID };
}
