exports.main = (event) => ({ echo: event, at: new Date(Date.UTC(2024, 0, 2)) });
