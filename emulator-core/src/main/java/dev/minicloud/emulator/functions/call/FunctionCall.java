package dev.minicloud.emulator.functions.call;

import java.time.Instant;

/**
 * One call of a cloud function, as {@link dev.minicloud.emulator.functions.Functions#calls() Functions.calls()}
 * records it: who called what with which event, and what came back, logs included.
 *
 * @param name the function called
 * @param caller the mini-program user of a client call, or null for a server-side call
 * @param nested whether another function made the call with {@code cloud.callFunction}
 * @param event the event as the function received it, as plain Java JSON values
 * @param startedAt when the call started, on the environment's clock
 * @param result the outcome, with the invocation's logs
 */
public record FunctionCall(String name, WxContext caller, boolean nested, Object event, Instant startedAt,
        FunctionResult result) {}
