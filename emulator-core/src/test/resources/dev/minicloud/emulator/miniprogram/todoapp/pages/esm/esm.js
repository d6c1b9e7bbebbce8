import Calc, { PI, inc, counter as startCount, revealed } from '../../utils/esm/math.js';
import * as math from '../../utils/esm/math.js';
import legacy from '../../utils/esm/legacy.js';
import anonymous, { everything, Calc as Again, PI as piAgain } from '../../utils/esm/all.js';
import '../../utils/esm/side.js';

Page({
  data: {},

  onLoad() {
    inc();
    this.setData({
      sum: new Calc().add(1, 2),
      PI,
      startCount,
      live: math.counter,
      revealed,
      legacy: legacy(),
      same: Again === Calc && piAgain === PI,
      namespace: typeof everything.inc,
      anonymous: anonymous(),
    });
  },

  throws() {
    throw new TypeError('thrown on line 26');
  },
});
