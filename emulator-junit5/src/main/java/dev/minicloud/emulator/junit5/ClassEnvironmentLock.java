package dev.minicloud.emulator.junit5;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * Keeps the tests of a class with a per-class environment from running at the same time: they share one mutable
 * environment. An exclusive lock on the class makes JUnit run its tests on one thread; other classes still run in
 * parallel.
 */
final class ClassEnvironmentLock implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return Scopes.hasPerClassEnvironment(testClass)
                ? Set.of(new Lock("dev.minicloud.emulator.class-environment:" + testClass.getName(),
                        ResourceAccessMode.READ_WRITE))
                : Set.of();
    }
}
