package dev.minicloud.emulator.internal.functions;

/**
 * The phases of an instance's first call. As on SCF, the initialisation (running the entry module's top-level code
 * and the modules it requires) has a limit of its own, {@link InvocationResults#INIT_TIMEOUT}, and the handler then
 * gets the function's whole timeout; the emulator's own preparation (reading, transpiling, compiling) counts against
 * neither.
 */
public enum ColdStart {
    INITIALISING, HANDLING;

    String during() {
        return this == INITIALISING ? "while initialising (the top-level code of the function's modules)"
                : "in the handler of the instance's first call";
    }

    String timedOut(FunctionDefinition def, String limitSeconds) {
        return this == INITIALISING
                ? "the function's initialisation (the top-level code of " + def.entry() + " and the modules it"
                        + " requires) ran longer than " + limitSeconds + " s, the platform's initialisation limit"
                : "the handler ran longer than the function's timeout of " + limitSeconds + " s; this was the"
                        + " instance's first call, and its loading (transpiling, compiling and the modules' top-level"
                        + " code) was not counted";
    }
}
