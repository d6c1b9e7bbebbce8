package dev.minicloud.emulator.functions.call;

/**
 * Which engine runs a cloud function: set for every function with
 * {@code EmulatorConfiguration.Builder.setFunctionRuntime}, for one function with {@code "runtime": "node"} in its
 * {@code config.json}, or with {@code --runtime node} on the command line. docs/functions.md says when to pick which.
 */
public enum FunctionRuntime {
    /**
     * Mozilla Rhino inside the JVM, after Closure Compiler: nothing to install, calls in microseconds, a virtual
     * clock, and MiniCloud's own {@code wx-server-sdk}. The default.
     */
    RHINO,
    /**
     * A real {@code node} process per warm instance, running the function's own {@code index.js} with its own
     * {@code node_modules} (the real {@code wx-server-sdk} included), which reaches the environment through its admin
     * endpoint. For code Rhino cannot run: native {@code Buffer} and {@code crypto}, streams, packages that probe
     * Node.
     */
    NODE;

    /** The runtime named {@code name} ({@code rhino} or {@code node}, any case), for config.json and the CLI. */
    public static FunctionRuntime named(String name) {
        for (FunctionRuntime r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown function runtime '" + name + "': use rhino or node");
    }
}
