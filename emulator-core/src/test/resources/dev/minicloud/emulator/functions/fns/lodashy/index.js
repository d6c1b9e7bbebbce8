const _ = require('lodash');

exports.main = async ({ orders }) => {
  const byCity = _.groupBy(orders, 'city');
  return {
    totals: _.mapValues(byCity, (list) => _.sumBy(list, 'amount')),
    top: _.take(_.orderBy(orders, ['amount'], ['desc']), 2).map((o) => o.id),
    chunks: _.chunk(_.range(1, 6), 2),
    merged: _.merge({ a: { b: 1 } }, { a: { c: 2 } }),
    camel: _.camelCase('Foo Bar-baz'),
  };
};
