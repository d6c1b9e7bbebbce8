const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
dayjs.extend(utc);

exports.main = async (event) => {
  const start = dayjs.utc(event.start);
  return {
    iso: start.add(7, 'day').toISOString(),
    formatted: start.format('YYYY-MM-DD HH:mm'),
    weekday: start.day(),
    diffDays: dayjs.utc(event.end).diff(start, 'day'),
    spaced: new Date('2024-03-17 10:20:30').getTime(),
    now: Date.now(),
  };
};
