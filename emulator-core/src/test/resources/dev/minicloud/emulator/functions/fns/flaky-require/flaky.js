// Throws while loading when told to, as a module whose setup fails on its first attempt.
if (globalThis.flakyFails) {
  throw new Error('flaky load');
}
exports.value = 'loaded';
