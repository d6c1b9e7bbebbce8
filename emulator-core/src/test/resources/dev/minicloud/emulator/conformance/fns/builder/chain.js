// Runs one case of builder-cases.json through a façade: 'server' (wx-server-sdk, in a cloud function) or 'client'
// (wx.cloud, in a mini-program). The same file is the function's module and the mini-program's, so both façades
// read the cases the same way; only the database object differs.
function database(facade) {
  if (facade === 'client') {
    wx.cloud.init();
    return wx.cloud.database();
  }
  const cloud = require('wx-server-sdk');
  cloud.init();
  return cloud.database();
}

// The case file's JSON stand-ins for what JSON cannot hold: commands, aggregation operators, undefined, RegExp.
function value(v, db) {
  if (Array.isArray(v)) {
    return v.map((x) => value(x, db));
  }
  if (v === null || typeof v !== 'object') {
    return v;
  }
  if (v.$undefined) {
    return undefined;
  }
  if (v.$cmd) {
    const [op, ...args] = v.$cmd;
    let command = db.command[op](...value(args, db));
    for (const [method, ...more] of v.then || []) {
      command = command[method](...value(more, db));
    }
    return command;
  }
  if (v.$agg) {
    const [op, ...args] = v.$agg;
    return db.command.aggregate[op](...value(args, db));
  }
  if (v.$regexp) {
    return db.RegExp(v.$regexp);
  }
  const out = {};
  Object.keys(v).forEach((k) => { out[k] = value(v[k], db); });
  return out;
}

function withoutOwner(doc) {
  const { _openid, ...rest } = doc;
  return rest;
}

async function run(facade, c) {
  const db = database(facade);
  try {
    const collection = db.collection('passages');
    let q = c.doc ? collection.doc(c.doc) : collection;
    for (const [method, ...args] of c.chain || []) {
      q = q[method](...value(args, db));
    }
    const terminal = c.terminal || 'get';
    const r = await (c.options ? q[terminal](value(c.options, db)) : q[terminal]());
    if (terminal === 'count') {
      return { total: r.total };
    }
    if (terminal === 'update') {
      const after = await collection.doc(c.read).get();
      return { updated: r.stats.updated, after: withoutOwner(after.data) };
    }
    return c.show === 'data' ? { data: r.data.map(withoutOwner) } : { ids: r.data.map((d) => d._id) };
  } catch (e) {
    return { error: e.errMsg || e.message };
  }
}

module.exports = { run };
