// Allocates far past the memory budget in its top-level code, before any handler runs.
const kept = [];
for (;;) kept.push(new ArrayBuffer(1 << 26));
exports.main = async () => kept.length;
