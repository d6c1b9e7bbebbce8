exports.main = async () => "from src/handler.js";
