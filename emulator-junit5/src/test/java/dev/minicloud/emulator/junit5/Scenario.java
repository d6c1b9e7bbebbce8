package dev.minicloud.emulator.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that exists to be run by {@link Scenarios#run} from another test, often failing on purpose; it is
 * skipped anywhere else (an IDE running the whole package, say).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Scenarios.OnlyInTestKit.class)
@interface Scenario {}
