package dev.minicloud.emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field the extension fills with the test's environment or one of its parts: a {@code CloudEnvironment},
 * {@code Database}, {@code Storage}, {@code Functions} or {@code VirtualClock}. An instance field gets the test's
 * environment before each test; a {@code static} field gets the class's environment before {@code @BeforeAll}.
 *
 * <pre>{@code
 * @CloudEmulatorTest
 * class OrdersTest {
 *     @CloudEnv Database db;
 *     @CloudEnv Functions functions;
 * }
 * }</pre>
 *
 * <p>The field must not be {@code final}. All fields and parameters of one test see the same environment.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CloudEnv {}
