// A module that throws at its top level, as a package does when a dependency or a configuration is missing.
if (!globalThis.configured) {
  throw new Error('boom at load');
}
exports.main = async () => 'loaded';
