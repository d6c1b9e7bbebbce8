package dev.minicloud.emulator.junit5;

/**
 * A call to the emulator that returns its result, such as {@code () -> todos.where(query).get()}, for
 * {@link CloudAssertions#assertThatCall}. Returning the result lets a failed assertion show what the call did.
 */
@FunctionalInterface
public interface CloudCall {
    Object call() throws Exception;
}
