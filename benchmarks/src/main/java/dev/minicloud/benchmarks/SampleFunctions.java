package dev.minicloud.benchmarks;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cloud functions the function benchmarks call, written to a folder as a team would have them. */
final class SampleFunctions {
    private SampleFunctions() {}

    /** {@code r}, which must have succeeded. */
    static FunctionResult check(FunctionResult r) {
        if (!r.succeeded()) {
            throw new IllegalStateException(r.errMsg());
        }
        return r;
    }

    /**
     * The official wx-server-sdk that {@code bash .ci/node-sdk} installs, for functions run in Node: the system
     * property {@code minicloud.nodeModules}, else {@code emulator-core/src/test/node/node_modules} of the working
     * directory.
     */
    static Path officialSdk() {
        return Path.of(System.getProperty("minicloud.nodeModules", "emulator-core/src/test/node/node_modules"))
                .toAbsolutePath();
    }

    static Path write() {
        try {
            Path root = Files.createTempDirectory("minicloud-bench-functions");
            Files.createDirectories(root.resolve("trivial"));
            Files.writeString(root.resolve("trivial/index.js"),
                    "exports.main = async (event, context) => ({ ok: true, n: event.n });\n");
            Files.createDirectories(root.resolve("twoOps"));
            Files.writeString(root.resolve("twoOps/index.js"), String.join("\n",
                    "const cloud = require('wx-server-sdk');",
                    "cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });",
                    "const db = cloud.database();",
                    "const _ = db.command;",
                    "exports.main = async ({ id }) => {",
                    "  const { data } = await db.collection('todos').doc(id).get();",
                    "  const { stats } = await db.collection('todos').doc(id).update({ data: { views: _.inc(1) } });",
                    "  return { title: data.title, updated: stats.updated };",
                    "};", ""));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
