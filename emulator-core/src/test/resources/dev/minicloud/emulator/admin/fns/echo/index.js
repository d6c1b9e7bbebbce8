exports.main = async (event) => ({ received: { say: event.say, n: event.n } });
