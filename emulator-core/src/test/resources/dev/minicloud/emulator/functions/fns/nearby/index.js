// A "shops near me" backend: geo values written and read with db.Geo, and the geo query commands.
const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const { Point, LineString, Polygon, MultiPoint } = db.Geo;

const shops = db.collection('shops');
const TOWER = new Point(113.3245, 23.1064);
const square = (west, south, east, north) => new Polygon([new LineString([
  new Point(west, south), new Point(east, south), new Point(east, north), new Point(west, north), new Point(west, south),
])]);

const seed = () => shops.add({ data: [
  { _id: 'tower', name: 'Canton Tower', location: TOWER },
  { _id: 'museum', name: 'Guangdong Museum', location: new Point(113.328, 23.1145) },
  // Callable without new, as in wx-server-sdk.
  { _id: 'station', name: 'Guangzhou South', location: Point(113.269, 22.988) },
  // Plain GeoJSON written by hand reads back as a Geo value, as the SDK decodes it.
  { _id: 'kiosk', name: 'Kiosk', location: { type: 'Point', coordinates: [113.33, 23.11] } },
  { _id: 'ferry', name: 'Ferry', route: new LineString([new Point(113.31, 23.105), new Point(113.35, 23.105)]) },
] });

const ids = (res) => res.data.map((d) => d._id);
const typeError = (fn) => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};

const cases = {
  async readBack() {
    const { data } = await shops.doc('tower').get();
    const kiosk = (await shops.doc('kiosk').get()).data.location;
    const all = (await shops.where({ location: _.exists(true) }).get()).data;
    const t = await db.startTransaction();
    const inTransaction = (await t.collection('shops').doc('museum').get()).data.location;
    await t.commit();
    const lookAlike = (await db.collection('notes').doc('n1').get()).data;
    return {
      towerIsPoint: data.location instanceof Point,
      coordinates: [data.location.longitude, data.location.latitude],
      kioskIsPoint: kiosk instanceof Point,
      allPoints: all.every((d) => d.location instanceof Point),
      inTransactionIsPoint: inTransaction instanceof Point,
      routeIsLine: (await shops.doc('ferry').get()).data.route instanceof LineString,
      outOfRangeStaysPlain: !(lookAlike.where instanceof Point) && lookAlike.where.coordinates[0] === 200,
      // Returned from the function, a Geo value is its GeoJSON.
      tower: data,
    };
  },

  async near() {
    return {
      within2km: ids(await shops.where({ location: _.geoNear({ geometry: TOWER, maxDistance: 2000 }) }).get()),
      beyond800m: ids(await shops.where({ location: _.geoNear({ geometry: TOWER, minDistance: 800 }) }).get()),
    };
  },

  async within() {
    const ring = { centerSphere: [[113.3245, 23.1064], 800 / 6378100] };
    return {
      square: ids(await shops.where({ location: _.geoWithin({ geometry: square(113.32, 23.1, 113.34, 23.12) }) }).get()),
      circle: ids(await shops.where({ location: _.geoWithin(ring) }).get()),
      circleAroundPoint: ids(await shops.where({ location: _.geoWithin({ centerSphere: [TOWER, 800 / 6378100] }) }).get()),
    };
  },

  async intersects() {
    return {
      crossed: ids(await shops.where({ route: _.geoIntersects({ geometry: square(113.32, 23.1, 113.34, 23.11) }) }).get()),
      missed: ids(await shops.where({ route: _.geoIntersects({ geometry: new MultiPoint([new Point(0, 0)]) }) }).get()),
    };
  },

  async nearStage() {
    const { list, errMsg } = await shops.aggregate()
      .geoNear({ near: TOWER, spherical: true, key: 'location', distanceField: 'metres', maxDistance: 2000,
        query: { name: _.neq('Kiosk') } })
      .project({ _id: 1, metres: 1, location: 1 })
      .end();
    return {
      errMsg,
      ids: list.map((d) => d._id),
      metres: list.map((d) => Math.round(d.metres)),
      points: list.every((d) => d.location instanceof Point),
      // Two fields hold geo values, so the stage needs its key.
      withoutKey: await shops.aggregate().geoNear({ near: TOWER, distanceField: 'metres' }).end()
        .catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg })),
    };
  },

  async misuse() {
    return {
      nearNotPoint: typeError(() => _.geoNear({ geometry: [113.3, 23.1] })),
      nearBadDistance: typeError(() => _.geoNear({ geometry: TOWER, maxDistance: '2km' })),
      withinPoint: typeError(() => _.geoWithin({ geometry: TOWER })),
      intersectsNothing: typeError(() => _.geoIntersects({})),
      noOptions: typeError(() => _.geoNear()),
      longitude: typeError(() => new Point(181, 0)),
      notClosed: typeError(() => new Polygon([new LineString([new Point(0, 0), new Point(1, 1), new Point(1, 0)])])),
      chained: ids(await shops.where({ location: _.exists(true).geoNear({ geometry: TOWER, maxDistance: 10 }) }).get()),
      nearInOr: await shops.where(_.or([{ location: _.geoNear({ geometry: TOWER }) }, { name: 'x' }])).get()
        .catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg })),
    };
  },
};

exports.main = async (event) => {
  await seed();
  await db.collection('notes').add({ data: { _id: 'n1', where: { type: 'Point', coordinates: [200, 0] } } });
  return cases[event.case]();
};
