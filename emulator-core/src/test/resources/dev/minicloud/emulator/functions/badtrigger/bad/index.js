exports.main = async () => 'bad';
