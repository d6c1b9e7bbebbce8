exports.main = async (event) => event.Time;
