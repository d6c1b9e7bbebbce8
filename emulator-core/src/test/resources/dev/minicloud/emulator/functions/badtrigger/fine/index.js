exports.main = async () => 'fine';
