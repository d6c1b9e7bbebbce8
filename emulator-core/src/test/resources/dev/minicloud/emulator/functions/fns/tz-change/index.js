// A function that picks its time zone at run time, as CN functions do before formatting dates.
const instant = new Date(Date.UTC(2024, 2, 17, 2, 20, 30));
const read = () => ({
  hours: instant.getHours(),
  offset: instant.getTimezoneOffset(),
  text: instant.toString(),
  locale: instant.toLocaleString('zh-CN'),
  tz: process.env.TZ === undefined ? null : process.env.TZ,
});

exports.main = async (event) => {
  const before = read();
  if (event.set !== undefined) {
    process.env.TZ = event.set;
  }
  if (event.unset) {
    delete process.env.TZ;
  }
  return { before, after: read() };
};
