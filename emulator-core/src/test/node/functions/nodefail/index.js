exports.main = async (event) => {
  if (event.how === 'throw') {
    throw new TypeError('thrown on purpose');
  }
  if (event.how === 'exit') {
    process.exit(3);
  }
  if (event.how === 'loop') {
    for (;;) {
      // Runs until the time limit kills the process.
    }
  }
  return 'fine';
};
